//! Which format a piece of data text is in, decided once for every way data arrives (a fetched
//! `src`, inline text, `setData`): the server's content type first, then the URL's extension,
//! then the text itself (JSON starts with `{`). Pure.

use super::{from_csv_with, ChartSpec, Decimal};
use crate::error::Result;

/// The formats data text can come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataFormat {
    /// The data format of `docs/data-format.md`.
    Json,
    /// A table: a date column, then one column per series.
    Csv,
}

impl DataFormat {
    /// The format of `text`, served as `content_type` (may be empty) from `url` (may be empty).
    pub fn sniff(text: &str, content_type: &str, url: &str) -> DataFormat {
        let content_type = content_type.to_ascii_lowercase();
        if content_type.contains("json") {
            return DataFormat::Json;
        }
        if content_type.contains("csv") || content_type.contains("tab-separated") {
            return DataFormat::Csv;
        }
        let path = url.split(['?', '#']).next().unwrap_or("").to_ascii_lowercase();
        if path.ends_with(".json") {
            return DataFormat::Json;
        }
        if path.ends_with(".csv") {
            return DataFormat::Csv;
        }
        if text.trim_start_matches('\u{feff}').trim_start().starts_with('{') {
            DataFormat::Json
        } else {
            DataFormat::Csv
        }
    }
}

/// A chart spec from data text in whichever format it is in; a CSV is titled `title` and reads
/// its numbers with `decimal` (JSON numbers need no convention).
pub fn spec_from_text(
    text: &str,
    content_type: &str,
    url: &str,
    title: &str,
    decimal: Decimal,
) -> Result<ChartSpec> {
    match DataFormat::sniff(text, content_type, url) {
        DataFormat::Json => ChartSpec::from_json(text),
        DataFormat::Csv => from_csv_with(text, title, None, decimal),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniff_prefers_content_type_then_extension_then_text() {
        use DataFormat::{Csv, Json};
        assert_eq!(
            DataFormat::sniff("date,a\n1937,1", "application/json; charset=utf-8", ""),
            Json
        );
        assert_eq!(DataFormat::sniff("{\"x\":1}", "text/csv", "a.json"), Csv);
        assert_eq!(
            DataFormat::sniff("date,a", "text/plain", "/data/a.JSON?v=2"),
            Json
        );
        assert_eq!(DataFormat::sniff("{", "", "/a.csv#top"), Csv);
        assert_eq!(DataFormat::sniff("\u{feff}  {\"series\": []}", "", ""), Json);
        assert_eq!(DataFormat::sniff("date,arrests\n1937,936750", "", ""), Csv);
    }
}
