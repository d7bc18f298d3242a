//! CSV input: a header row, then one row per date. The first column holds dates (`1937`,
//! `1921-03`, `1924-01-01`); every further column is a series; an empty cell is a gap. Quoted
//! fields, CRLF, a byte-order mark and thousands separators (`1,575,259`, `1 575 259`,
//! `1.575.259`) are handled. Columns named `<series> [status]` and `<series> [source]` carry the
//! status and source of that series' cells, as `toCSV` writes them, so an export reads back.
//! Parsing is csv-core's; errors name the line, the column and the header.

use super::input::{ChartSpec, PointSpec, SeriesSpec};
use super::numbers::{read_number, Decimal, Reading};
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
    // csv_core ends a CRLF record at its CR and counts the LF only when the next read sees it;
    // skipping that LF here (and counting it) keeps line numbers right in Windows files.
    let mut skipped_lf = 0;
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
                if let Some(rest) = input.strip_prefix(b"\n") {
                    (input, skipped_lf) = (rest, skipped_lf + 1);
                }
                line = reader.line() + skipped_lf;
            }
            ReadRecordResult::End => return Ok(()),
        }
    }
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

/// A cell read two ways, waiting for the table's convention.
struct Open {
    series: usize,
    point: usize,
    at: String,
    cell: String,
    comma: f64,
}

/// The spec being built from the CSV's records.
struct Builder {
    header: Vec<String>,
    columns: Vec<Column>,
    series: Vec<SeriesSpec>,
    sources: BTreeMap<String, SourceSpec>,
    /// The decimal separator: stated by the page or the header, else shown by a cell (and where).
    decimal: Decimal,
    shown_at: Option<String>,
    open: Vec<Open>,
}

impl Builder {
    /// Reads the header row: a date column (its name may end `[decimal point]` or
    /// `[decimal comma]`),
    /// then series and their status/source columns.
    fn new(header: &[&str], stated: Decimal) -> Result<Builder> {
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
        let mut header: Vec<String> = header.iter().map(|h| h.trim().to_string()).collect();
        let mut decimal = stated;
        for (mark, d) in [
            ("[decimal point]", Decimal::Point),
            ("[decimal comma]", Decimal::Comma),
        ] {
            if let Some(name) = header[0].strip_suffix(mark).map(|n| n.trim_end().to_string()) {
                if stated != Decimal::Unstated && stated != d {
                    return Err(ChartError::invalid(
                        "csv line 1, column 1",
                        format!("{mark} (the page says decimal=\"{}\")", stated.symbol()),
                    ));
                }
                (header[0], decimal) = (name, d);
            }
        }
        Ok(Builder {
            header,
            columns,
            series,
            sources: BTreeMap::new(),
            decimal,
            shown_at: None,
            open: Vec::new(),
        })
    }

    /// Settles the cells read two ways by the convention the table stated or showed, or names the
    /// first one when it did neither.
    fn settle(&mut self) -> Result<()> {
        let Some(first) = self.open.first() else {
            return Ok(());
        };
        match self.decimal {
            Decimal::Unstated => Err(ChartError::invalid(
                &first.at,
                format!(
                    "{} (a thousand-separator or a decimal one? say which with decimal=\".\" or decimal=\",\")",
                    first.cell
                ),
            )),
            Decimal::Point => Ok(()),
            Decimal::Comma => {
                for open in &self.open {
                    if let Some(p) = self.series[open.series].points.get_mut(open.point) {
                        p.value = Some(open.comma);
                    }
                }
                Ok(())
            }
        }
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
                        let reading = read_number(cell).ok_or_else(|| ChartError::invalid(at(), cell))?;
                        if let Reading::Shows(_, shown) = reading {
                            if self.decimal == Decimal::Unstated {
                                (self.decimal, self.shown_at) = (shown, Some(at()));
                            }
                        }
                        let value = match (reading, self.decimal) {
                            (Reading::Ambiguous { point, comma }, Decimal::Unstated) => {
                                let at = at();
                                let point_index = self.series[i].points.len();
                                self.open.push(Open {
                                    series: i,
                                    point: point_index,
                                    at,
                                    cell: cell.into(),
                                    comma,
                                });
                                point
                            }
                            (r, d) => r
                                .value(d)
                                .ok_or_else(|| contradiction(&at(), cell, d, self.shown_at.as_deref()))?,
                        };
                        Some(value)
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

/// The longest title made from the series' names, in characters: a heading, not a list.
pub const GENERATED_TITLE_CHARS: usize = 80;

/// A title for a table that gave none: its series' names, as many as fit in
/// [`GENERATED_TITLE_CHARS`], then `…` for the rest (the legend names them all).
fn generated_title(names: &[String]) -> String {
    const MORE: &str = ", …";
    let mut title = String::new();
    for (i, name) in names.iter().enumerate() {
        let piece = if i == 0 { name.clone() } else { format!(", {name}") };
        // Room for ", …" unless this is the last name.
        let room = if i + 1 == names.len() {
            0
        } else {
            MORE.chars().count()
        };
        if title.chars().count() + piece.chars().count() + room > GENERATED_TITLE_CHARS {
            if title.is_empty() {
                // One name longer than a heading: its beginning.
                title = name.chars().take(GENERATED_TITLE_CHARS - 1).collect();
                title.push('…');
            } else {
                title.push_str(MORE);
            }
            break;
        }
        title.push_str(&piece);
    }
    title
}

/// A cell that contradicts the table's decimal separator.
fn contradiction(at: &str, cell: &str, decimal: Decimal, shown_at: Option<&str>) -> ChartError {
    let why = match shown_at {
        Some(first) => format!("{first} writes decimals with \"{}\"", decimal.symbol()),
        None => format!("the decimal separator is \"{}\"", decimal.symbol()),
    };
    ChartError::invalid(at, format!("{cell} ({why})"))
}

/// Parses CSV text into a spec titled `title` (the series names when empty), drawn as `kind`,
/// with no decimal separator stated (see [`from_csv_with`]).
pub fn from_csv(text: &str, title: &str, kind: Option<&str>) -> Result<ChartSpec> {
    from_csv_with(text, title, kind, Decimal::Unstated)
}

/// Parses CSV text whose numbers use `decimal` (or, when unstated, the convention its cells show).
pub fn from_csv_with(text: &str, title: &str, kind: Option<&str>, decimal: Decimal) -> Result<ChartSpec> {
    let mut builder: Option<Builder> = None;
    each_record(text, |line, fields| match &mut builder {
        None => {
            builder = Some(Builder::new(fields, decimal)?);
            Ok(())
        }
        Some(b) => b.row(line, fields),
    })?;
    let mut builder = builder.ok_or_else(|| ChartError::missing("csv header row"))?;
    builder.settle()?;
    let Builder { series, sources, .. } = builder;
    let names: Vec<String> = series
        .iter()
        .map(|s| match &s.name {
            Text::Plain(n) => n.clone(),
            Text::Translated(_) | Text::Key(_) => String::new(),
        })
        .collect();
    let title = if title.trim().is_empty() {
        generated_title(&names)
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
    fn csv_reads_quotes_crlf_bom_gaps_and_grouping() {
        let text = "\u{feff}year,\"Arrests, NKVD\",Deaths\r\n1937,\"936,750\",\"353,074.0\"\r\n1938,638509,\r\n1941,,8001\r\n";
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
    fn csv_titles_it_makes_itself_fit_any_limit() {
        // A public table with 23 numeric columns and long headers draws, titled by its first
        // columns, instead of failing on a title the widget wrote itself.
        let headers: Vec<String> = (1..=23)
            .map(|i| format!("Registered voters in district number {i}"))
            .collect();
        let text = format!("year,{}\n2020,{}\n", headers.join(","), vec!["1"; 23].join(","));
        let chart = Chart::from_spec(&from_csv(&text, "", None).unwrap(), Lang::EN).unwrap();
        assert!(
            chart.title.chars().count() <= GENERATED_TITLE_CHARS,
            "{}",
            chart.title
        );
        assert!(
            chart
                .title
                .starts_with("Registered voters in district number 1, ")
                && chart.title.ends_with(", …")
        );
        assert_eq!(chart.dataset.series.len(), 23);
        assert_eq!(generated_title(&["A".into(), "B".into()]), "A, B");
        let long = generated_title(&["x".repeat(200)]);
        assert_eq!(
            (long.chars().count(), long.ends_with('…')),
            (GENERATED_TITLE_CHARS, true)
        );
    }

    #[test]
    fn csv_refuses_a_number_it_would_have_to_guess() {
        let text = "year,arrests\r\n1937,\"936,750\"\r\n1938,\"1,500\"\r\n";
        let e = from_csv(text, "", None).unwrap_err().to_string();
        assert!(
            e.starts_with("invalid csv line 2, column 2 (arrests): 936,750 (a thousand-separator"),
            "{e}"
        );
        let value = |t: &str, d| from_csv_with(t, "", None, d).unwrap().series[0].points[1].value;
        assert_eq!(value(text, Decimal::Point), Some(1500.0));
        assert_eq!(value(text, Decimal::Comma), Some(1.5));
        let header = "year [decimal comma],v\n1937,\"1,5\"\n1938,\"1.575\"\n";
        assert_eq!(
            value(header, Decimal::Unstated),
            Some(1575.0),
            "the header states it"
        );
        let shown = "year,v\n1936,\"12,5\"\n1937,\"1.575\"\n";
        assert_eq!(
            value(shown, Decimal::Unstated),
            Some(1575.0),
            "another cell shows it"
        );
        let mixed = from_csv("year,v\n1936,\"12,5\"\n1937,12.5\n", "", None).unwrap_err();
        assert_eq!(
            mixed.to_string(),
            "invalid csv line 3, column 2 (v): 12.5 (csv line 2, column 2 (v) writes decimals with \",\")"
        );
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
