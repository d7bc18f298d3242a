//! The chart as a data table for readers (the Table button and screen readers): a row per date,
//! and for each shown series its value (formatted for the language, "no data" for a gap) and a
//! column saying how it is known and where it comes from. Pure; uses `spec`, `layout`, `format`,
//! `i18n`.

use crate::dataset::Date;
use crate::format::{human_date, thousands};
use crate::i18n::{status_label, word};
use crate::layout::{shown_series, View};
use crate::spec::Chart;
use std::collections::BTreeSet;

/// Caption, column headers and rows of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The chart's title.
    pub caption: String,
    /// Column headers; the first is the date.
    pub headers: Vec<String>,
    /// One row per date, each as long as `headers`.
    pub rows: Vec<Vec<String>>,
}

/// The table of `chart` as `view` shows it (hidden series left out).
pub fn data_table(chart: &Chart, view: &View) -> Table {
    let lang = chart.lang;
    let shown: Vec<&crate::dataset::Series> = shown_series(chart, view).map(|(_, s)| s).collect();
    let mut headers = vec![word("table-date", lang).to_string()];
    for s in &shown {
        headers.push(s.name.clone());
        headers.push(format!(
            "{}: {}, {}",
            s.name,
            word("table-status", lang),
            word("table-source", lang)
        ));
    }
    let dates: BTreeSet<Date> = shown.iter().flat_map(|s| s.points().map(|p| p.date())).collect();
    let rows = dates
        .into_iter()
        .map(|date| {
            let mut row = vec![human_date(&date, lang)];
            for s in &shown {
                let p = s.point_at(&date);
                let value = match p.and_then(|p| p.value()) {
                    Some(v) => thousands(v, lang),
                    None if p.is_some() => word("no-data", lang).to_string(),
                    None => String::new(),
                };
                let status = p.and_then(|p| p.status()).map(|st| status_label(st, lang));
                let source = p
                    .and_then(|p| p.source())
                    .and_then(|k| chart.sources.get(k))
                    .map(|s| s.short.as_str());
                row.push(value);
                row.push(status.into_iter().chain(source).collect::<Vec<_>>().join("; "));
            }
            row
        })
        .collect();
    Table {
        caption: chart.title.clone(),
        headers,
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn table_has_a_row_per_year_with_values_statuses_and_sources() {
        let chart = Chart::builtin("repression", Lang::EN).unwrap();
        let t = data_table(&chart, &View::default());
        assert_eq!(t.headers.len(), 7);
        assert_eq!(
            t.headers[1], chart.dataset.series[0].name,
            "the series' name heads its column"
        );
        assert_eq!(t.rows.len(), 33);
        let y1937 = t.rows.iter().find(|r| r[0] == "1937").unwrap();
        assert_eq!(y1937[1], "936,750");
        assert_eq!(y1937[2], "archival document; USSR MVD certificate, 1953");
        let y1941 = t.rows.iter().find(|r| r[0] == "1941").unwrap();
        assert_eq!(y1941[1], "no data");
    }
}
