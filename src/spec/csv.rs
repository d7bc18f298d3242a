//! CSV input: a header row, then one row per date. The first column holds dates (`1937`,
//! `1921-03`, `1924-01-01`); every further column is a series; an empty cell is a gap. Quoted
//! fields, CRLF and a byte-order mark are handled, and numbers are read without guessing (see
//! `numbers`). Columns named `<series> [status]` and `<series> [source]` carry the status and
//! source of that series' cells, as `toCSV` writes them, so an export reads back. Records are
//! csv-core's; `csv_rows` turns them into series; errors name the line, the column and the header.

use super::csv_rows::Builder;
use super::input::ChartSpec;
use super::numbers::Decimal;
use super::text::Text;
use crate::error::{ChartError, Result};
use csv_core::{ReadRecordResult, ReaderBuilder};

/// Most rows a CSV may have.
pub const MAX_ROWS: usize = 1_000_000;
/// Most series (value columns) a CSV may have.
pub const MAX_SERIES: usize = 50;

/// The field separator of a table: a tab where its first line has one (cells copied from a
/// spreadsheet, TSV), else a comma.
pub fn delimiter_of(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if first.contains('\t') {
        b'\t'
    } else {
        b','
    }
}

/// Calls `f` with each record's starting line and its fields (borrowed from one reused buffer,
/// so a million rows cost no per-field strings), fields separated by `delimiter`; blank lines are
/// skipped.
pub fn each_record(text: &str, delimiter: u8, mut f: impl FnMut(u64, &[&str]) -> Result<()>) -> Result<()> {
    let mut reader = ReaderBuilder::new().delimiter(delimiter).build();
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

/// Parses CSV text into a spec titled `title` (the series names when empty), drawn as `kind`,
/// with no decimal separator stated (see [`from_csv_with`]).
pub fn from_csv(text: &str, title: &str, kind: Option<&str>) -> Result<ChartSpec> {
    from_csv_with(text, title, kind, Decimal::Unstated)
}

/// Parses CSV text whose numbers use `decimal` (or, when unstated, the convention its cells show).
pub fn from_csv_with(text: &str, title: &str, kind: Option<&str>, decimal: Decimal) -> Result<ChartSpec> {
    from_delimited(text, b',', title, kind, decimal)
}

/// Parses a table pasted by a person: CSV, TSV or cells copied from a spreadsheet (tab-separated),
/// told apart by its first line ([`delimiter_of`]); otherwise as [`from_csv_with`].
pub fn from_table(text: &str, title: &str, kind: Option<&str>, decimal: Decimal) -> Result<ChartSpec> {
    from_delimited(text, delimiter_of(text), title, kind, decimal)
}

/// The series a pasted table's header row names, in order (its `[status]` and `[source]` columns
/// are not series), as its chart will read them.
pub fn table_series(text: &str) -> Result<Vec<String>> {
    let mut names = None;
    each_record(text, delimiter_of(text), |_, fields| {
        if names.is_none() {
            let builder = Builder::new(fields, Decimal::Unstated)?;
            names = Some(
                builder
                    .series
                    .iter()
                    .map(|s| s.name.get(crate::lang::Lang::EN).to_string())
                    .collect(),
            );
        }
        Ok(())
    })?;
    names.ok_or_else(|| ChartError::missing("csv header row"))
}

fn from_delimited(
    text: &str,
    delimiter: u8,
    title: &str,
    kind: Option<&str>,
    decimal: Decimal,
) -> Result<ChartSpec> {
    let mut builder: Option<Builder> = None;
    each_record(text, delimiter, |line, fields| match &mut builder {
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
        periods: Vec::new(),
        views: Vec::new(),
        labels: Vec::new(),
        series,
        columns: None,
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
        let values: Vec<Option<f64>> = arrests.points().map(|p| p.value()).collect();
        assert_eq!(values, vec![Some(936_750.0), Some(638_509.0), None]);
        assert_eq!(chart.dataset.series[1].value(1), None);
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
        let later = "year,v\n1936,\"1.575\"\n1937,\"12,5\"\n";
        let first = from_csv(later, "", None).unwrap().series[0].points[0].value;
        assert_eq!(first, Some(1575.0), "a later cell settles an earlier one");
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
    fn csv_reads_cells_copied_from_a_spreadsheet() {
        // A spreadsheet puts tabs between cells; grouped numbers need no quotes there.
        let text = "year\tArrests, NKVD\tDeaths\n1937\t1,575,259\t353074\n1938\t638509\t\n";
        assert_eq!(delimiter_of(text), b'\t');
        assert_eq!(delimiter_of("\n\nyear,a\tb\n"), b'\t');
        assert_eq!(delimiter_of("year,a\n1937\t1\n"), b',');
        let spec = from_table(text, "", None, Decimal::Unstated).unwrap();
        assert_eq!(spec.series.len(), 2);
        assert_eq!(spec.series[0].points[0].value, Some(1_575_259.0));
        assert_eq!(spec.series[1].points[1].value, None);
        let names = table_series("year\tA\tA [status]\tB\n1937\t1\tofficial\t2\n").unwrap();
        assert_eq!(names, ["A", "B"]);
        let e = from_table("year\tv\n1937\t12x4\n", "", None, Decimal::Unstated).unwrap_err();
        assert_eq!(e.to_string(), "invalid csv line 2, column 2 (v): 12x4");
    }

    #[test]
    fn csv_status_and_source_columns_attach_to_their_series() {
        let text = "date,Arrests,Arrests [status],Arrests [source]\n1937,936750,archival,MVD 1953\n";
        let chart = Chart::from_spec(&from_csv(text, "t", None).unwrap(), Lang::EN).unwrap();
        assert_eq!(chart.dataset.series.len(), 1);
        let p = chart.dataset.series[0].point(0).unwrap();
        assert_eq!(p.status().map(|s| s.name()), Some("archival"));
        assert_eq!(chart.sources.get(p.source().unwrap()).unwrap().short, "MVD 1953");
    }
}
