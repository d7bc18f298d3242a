//! CSV input: a header row, then one row per date. The first column holds dates (`1937`,
//! `1921-03`, `1924-01-01`); every further column is a series; an empty cell is a gap. Quoted
//! fields, CRLF, a byte-order mark and thousands separators (`1,575,259`, `1 575 259`,
//! `1.575.259`) are handled. Columns named `<series> [status]` and `<series> [source]` carry the
//! status and source of that series' cells, as `toCSV` writes them, so an export reads back.
//! Parsing is csv-core's; errors name the line, the column and the header.

use super::input::{ChartSpec, PointSpec, SeriesSpec};
use super::sources::SourceSpec;
use super::text::Text;
use crate::dataset::Date;
use crate::error::{ChartError, Result};
use csv_core::{ReadRecordResult, Reader};
use std::collections::BTreeMap;

/// Most rows a CSV may have.
pub const MAX_ROWS: usize = 1_000_000;
/// Most series (value columns) a CSV may have.
pub const MAX_SERIES: usize = 50;

/// Calls `f` with each record's starting line and its fields (borrowed from one reused buffer,
/// so a million rows cost no per-field strings); blank lines are skipped.
fn each_record(text: &str, mut f: impl FnMut(u64, &[&str]) -> Result<()>) -> Result<()> {
    let mut reader = Reader::new();
    let mut input = text.strip_prefix('\u{feff}').unwrap_or(text).as_bytes();
    let (mut out, mut ends) = (vec![0u8; 1024], vec![0usize; 16]);
    let (mut out_len, mut ends_len) = (0, 0);
    let mut count = 0;
    let mut line = reader.line();
    loop {
        let (result, read, written, ended) =
            reader.read_record(input, &mut out[out_len..], &mut ends[ends_len..]);
        input = &input[read..];
        out_len += written;
        ends_len += ended;
        match result {
            ReadRecordResult::InputEmpty => {}
            ReadRecordResult::OutputFull => out.resize(out.len() * 2, 0),
            ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
            ReadRecordResult::Record => {
                let record = std::str::from_utf8(&out[..out_len]).unwrap_or("");
                let mut fields: Vec<&str> = Vec::with_capacity(ends_len);
                let mut start = 0;
                for &end in &ends[..ends_len] {
                    fields.push(record.get(start..end).unwrap_or(""));
                    start = end;
                }
                if !(fields.len() == 1 && fields[0].trim().is_empty()) {
                    count += 1;
                    if count > MAX_ROWS + 1 {
                        return Err(ChartError::invalid("csv", format!("more than {MAX_ROWS} rows")));
                    }
                    f(line, &fields)?;
                }
                (out_len, ends_len) = (0, 0);
                line = reader.line();
            }
            ReadRecordResult::End => return Ok(()),
        }
    }
}

/// A number as people write it, or `None`: `1,575,259`, `1 575 259`, `1.575.259`, `12.5`, `12,5`.
pub fn parse_number(cell: &str) -> Option<f64> {
    // Fast path: a plain number (most cells of a big file) needs no copying.
    let plain = cell.trim();
    if plain
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E'))
    {
        if let Ok(v) = plain.parse::<f64>() {
            return v.is_finite().then_some(v);
        }
    }
    let s: String = cell
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '_'))
        .collect();
    let s = s.replace('−', "-");
    let body = s.trim_start_matches(['-', '+']);
    let grouped = |sep: char| {
        let int = body
            .split([if sep == ',' { '.' } else { ',' }])
            .next()
            .unwrap_or("");
        let groups: Vec<&str> = int.split(sep).collect();
        groups.len() > 1 && groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3)
    };
    let normal = if body.contains(',') && grouped(',') {
        s.replace(',', "")
    } else if body.contains('.') && body.contains(',') || body.matches('.').count() > 1 && grouped('.') {
        s.replace('.', "").replace(',', ".")
    } else {
        s.replace(',', ".")
    };
    normal.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A lowercase id from a header: `Death sentences` → `death-sentences`.
fn slug(header: &str, taken: &[String]) -> String {
    let base: String = header
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let base = if base.is_empty() {
        "series".to_string()
    } else {
        base
    };
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// What a column is.
enum Column {
    Series(usize),
    Status(usize),
    Source(usize),
}

/// The spec being built from the CSV's records.
struct Builder {
    header: Vec<String>,
    columns: Vec<Column>,
    series: Vec<SeriesSpec>,
    sources: BTreeMap<String, SourceSpec>,
}

impl Builder {
    /// Reads the header row: a date column, then series and their status/source columns.
    fn new(header: &[&str]) -> Result<Builder> {
        if header.len() < 2 {
            return Err(ChartError::invalid(
                "csv line 1",
                "needs a date column and at least one series column",
            ));
        }
        let mut series: Vec<SeriesSpec> = Vec::new();
        let mut columns = Vec::new();
        for (c, name) in header.iter().enumerate().skip(1) {
            let name = name.trim();
            let meta = |suffix: &str| {
                let base = name.strip_suffix(suffix)?.trim_end();
                series
                    .iter()
                    .position(|s| s.name == Text::Plain(base.to_string()))
            };
            let column = if let Some(i) = meta("[status]") {
                Column::Status(i)
            } else if let Some(i) = meta("[source]") {
                Column::Source(i)
            } else {
                if name.is_empty() {
                    return Err(ChartError::invalid(
                        format!("csv line 1, column {}", c + 1),
                        "empty header",
                    ));
                }
                let taken: Vec<String> = series.iter().map(|s| s.id.clone()).collect();
                let id = slug(name, &taken);
                series.push(SeriesSpec {
                    id,
                    name: Text::Plain(name.into()),
                    color: None,
                    dash: false,
                    source: None,
                    status: None,
                    breaks: Vec::new(),
                    points: Vec::new(),
                });
                Column::Series(series.len() - 1)
            };
            columns.push(column);
        }
        if series.len() > MAX_SERIES {
            return Err(ChartError::invalid(
                "csv line 1",
                format!("{} series (at most {MAX_SERIES})", series.len()),
            ));
        }
        let header = header.iter().map(|h| h.trim().to_string()).collect();
        Ok(Builder {
            header,
            columns,
            series,
            sources: BTreeMap::new(),
        })
    }

    /// Reads one data row.
    fn row(&mut self, line: u64, fields: &[&str]) -> Result<()> {
        let header = &self.header;
        if fields.len() != header.len() {
            return Err(ChartError::invalid(
                format!("csv line {line}"),
                format!("{} fields (the header has {})", fields.len(), header.len()),
            ));
        }
        let date = fields[0].trim();
        if Date::parse(date).is_none() {
            return Err(ChartError::invalid(
                format!("csv line {line}, column 1 ({})", header[0]),
                date,
            ));
        }
        for (k, column) in self.columns.iter().enumerate() {
            let cell = fields[k + 1].trim();
            let at = || format!("csv line {line}, column {} ({})", k + 2, header[k + 1]);
            match *column {
                Column::Series(i) => {
                    let value = if cell.is_empty() {
                        None
                    } else {
                        Some(parse_number(cell).ok_or_else(|| ChartError::invalid(at(), cell))?)
                    };
                    self.series[i].points.push(PointSpec {
                        date: date.into(),
                        value,
                        status: None,
                        source: None,
                        note: None,
                        alt: Vec::new(),
                    });
                }
                Column::Status(i) if !cell.is_empty() => {
                    if let Some(p) = self.series[i].points.last_mut() {
                        p.status = Some(cell.into());
                    }
                }
                Column::Source(i) if !cell.is_empty() => {
                    let key = slug(cell, &[]);
                    self.sources
                        .entry(key.clone())
                        .or_insert_with(|| SourceSpec::Title(Text::Plain(cell.into())));
                    if let Some(p) = self.series[i].points.last_mut() {
                        p.source = Some(key);
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// Parses CSV text into a spec titled `title` (the series names when empty), drawn as `kind`.
pub fn from_csv(text: &str, title: &str, kind: Option<&str>) -> Result<ChartSpec> {
    let mut builder: Option<Builder> = None;
    each_record(text, |line, fields| match &mut builder {
        None => {
            builder = Some(Builder::new(fields)?);
            Ok(())
        }
        Some(b) => b.row(line, fields),
    })?;
    let Builder { series, sources, .. } = builder.ok_or_else(|| ChartError::missing("csv header row"))?;
    let names: Vec<String> = series
        .iter()
        .map(|s| match &s.name {
            Text::Plain(n) => n.clone(),
            Text::Translated(_) | Text::Key(_) => String::new(),
        })
        .collect();
    let title = if title.trim().is_empty() {
        names.join(", ")
    } else {
        title.to_string()
    };
    Ok(ChartSpec {
        id: Some("custom".into()),
        kind: kind.map(str::to_string),
        title: Text::Plain(title),
        x_label: None,
        y_label: None,
        credit: None,
        sources,
        rules: Vec::new(),
        events: Vec::new(),
        claims: Vec::new(),
        series,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::spec::Chart;

    #[test]
    fn csv_numbers_as_people_write_them() {
        assert_eq!(parse_number("1,575,259"), Some(1_575_259.0));
        assert_eq!(parse_number("1 575 259"), Some(1_575_259.0));
        assert_eq!(parse_number("1\u{a0}575\u{a0}259"), Some(1_575_259.0));
        assert_eq!(parse_number("1.575.259"), Some(1_575_259.0));
        assert_eq!(parse_number("1.575.259,5"), Some(1_575_259.5));
        assert_eq!(parse_number("12.5"), Some(12.5));
        assert_eq!(parse_number("12,5"), Some(12.5));
        assert_eq!(parse_number("−3"), Some(-3.0));
        assert_eq!(parse_number("12x4"), None);
        assert_eq!(parse_number("NaN"), None);
        assert_eq!(parse_number("inf"), None);
    }

    #[test]
    fn csv_reads_quotes_crlf_bom_gaps_and_grouping() {
        let text = "\u{feff}year,\"Arrests, NKVD\",Deaths\r\n1937,\"936,750\",353074\r\n1938,638509,\r\n1941,,8001\r\n";
        let chart = Chart::from_spec(&from_csv(text, "", Some("bar")).unwrap(), Lang::EN).unwrap();
        assert_eq!(chart.title, "Arrests, NKVD, Deaths");
        let arrests = &chart.dataset.series[0];
        assert_eq!(
            (arrests.id.as_str(), arrests.name.as_str()),
            ("arrests-nkvd", "Arrests, NKVD")
        );
        let values: Vec<Option<f64>> = arrests.points.iter().map(|p| p.value).collect();
        assert_eq!(values, vec![Some(936_750.0), Some(638_509.0), None]);
        assert_eq!(chart.dataset.series[1].points[1].value, None);
    }

    #[test]
    fn csv_errors_name_line_column_and_header() {
        let e = from_csv("date,arrests\n1937,936750\n1938,12x4\n", "", None).unwrap_err();
        assert_eq!(e.to_string(), "invalid csv line 3, column 2 (arrests): 12x4");
        let e = from_csv("date,arrests\n1937-13,1\n", "", None).unwrap_err();
        assert_eq!(e.to_string(), "invalid csv line 2, column 1 (date): 1937-13");
        let e = from_csv("date,a,b\n1937,1\n", "", None).unwrap_err();
        assert_eq!(e.to_string(), "invalid csv line 2: 2 fields (the header has 3)");
        assert_eq!(
            from_csv("", "", None).unwrap_err().to_string(),
            "missing csv header row"
        );
        let quoted = from_csv("date,a\n\"1937\",\"1\"\n\"19\n38\",2\n", "", None).unwrap_err();
        assert!(
            quoted
                .to_string()
                .starts_with("invalid csv line 3, column 1 (date)"),
            "{quoted}"
        );
    }

    #[test]
    fn csv_status_and_source_columns_attach_to_their_series() {
        let text = "date,Arrests,Arrests [status],Arrests [source]\n1937,936750,archival,MVD 1953\n";
        let chart = Chart::from_spec(&from_csv(text, "t", None).unwrap(), Lang::EN).unwrap();
        assert_eq!(chart.dataset.series.len(), 1);
        let p = &chart.dataset.series[0].points[0];
        assert_eq!(p.status.map(|s| s.name()), Some("archival"));
        assert_eq!(
            chart.sources.get(p.source.as_deref().unwrap()).unwrap().short,
            "MVD 1953"
        );
    }
}
