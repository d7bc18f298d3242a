//! Exports that are data, not pictures: the chart's numbers as CSV, one row per date and, for
//! each series, its value, status and source, in the shape `spec::csv` reads back. Cells a
//! spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the start) are neutralised
//! with a leading apostrophe; numbers are written plainly. Pure; uses `spec` and `dataset`.

use crate::dataset::Date;
use crate::spec::Chart;
use std::collections::BTreeSet;

/// A CSV cell: quoted when it holds a comma, quote or line break; neutralised when a spreadsheet
/// would treat it as a formula.
fn cell(text: &str) -> String {
    let safe = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if safe.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", safe.replace('"', "\"\""))
    } else {
        safe
    }
}

fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        (v as i64).to_string()
    } else {
        v.to_string()
    }
}

/// The smallest and largest side of an exported picture, in CSS px.
pub const IMAGE_SIDE_PX: (u32, u32) = (100, 10_000);
/// Device px per CSS px of an exported PNG: sharp on a retina screen and in print.
pub const PNG_SCALE: f64 = 2.0;
/// The largest scale a page may ask for.
pub const MAX_PNG_SCALE: f64 = 4.0;

/// An exported picture's size, within [`IMAGE_SIDE_PX`].
pub fn image_size(width_px: u32, height_px: u32) -> (u32, u32) {
    let (lo, hi) = IMAGE_SIDE_PX;
    (width_px.clamp(lo, hi), height_px.clamp(lo, hi))
}

/// A PNG's device px per CSS px: as asked within 1–4, [`PNG_SCALE`] when not a number.
pub fn png_scale(scale: f64) -> f64 {
    if scale.is_finite() {
        scale.clamp(1.0, MAX_PNG_SCALE)
    } else {
        PNG_SCALE
    }
}

/// The chart's data as CSV: `date,<series>,<series> [status],<series> [source],…`.
pub fn to_csv(chart: &Chart) -> String {
    let mut header = vec!["date".to_string()];
    for s in &chart.dataset.series {
        header.push(cell(&s.name));
        header.push(cell(&format!("{} [status]", s.name)));
        header.push(cell(&format!("{} [source]", s.name)));
    }
    let dates: BTreeSet<Date> = chart
        .dataset
        .series
        .iter()
        .flat_map(|s| s.points().map(|p| p.date()))
        .collect();
    let mut out = header.join(",");
    out.push_str("\r\n");
    for date in dates {
        let mut row = vec![date.to_string()];
        for s in &chart.dataset.series {
            let p = s.point_at(&date);
            row.push(p.and_then(|p| p.value()).map(number).unwrap_or_default());
            row.push(
                p.and_then(|p| p.status())
                    .map_or(String::new(), |st| st.name().to_string()),
            );
            let source = p.and_then(|p| p.source()).and_then(|k| chart.sources.get(k));
            row.push(source.map_or(String::new(), |s| cell(&s.short)));
        }
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn csv_export_reads_back_with_the_same_numbers() {
        let chart = Chart::builtin("repression", Lang::EN).unwrap();
        let csv = to_csv(&chart);
        assert!(
            csv.starts_with("date,Arrests by the security organs,Arrests by the security organs [status],")
        );
        assert!(
            csv.contains("\r\n1937,936750,archival,\"USSR MVD certificate, 1953\",790665,archival,"),
            "{csv}"
        );
        let back = Chart::from_csv(&csv, &chart.title, Some("bar"), Lang::EN).unwrap();
        for (a, b) in chart.dataset.series.iter().zip(&back.dataset.series) {
            let va: Vec<Option<f64>> = a.points().map(|p| p.value()).collect();
            let vb: Vec<Option<f64>> = b.points().map(|p| p.value()).collect();
            assert_eq!((a.name.as_str(), va), (b.name.as_str(), vb));
            assert_eq!(a.details()[16].status, b.details()[16].status);
        }
    }

    #[test]
    fn csv_export_neutralises_formulas() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("Deaths"), "Deaths");
    }

    #[test]
    fn export_sizes_and_scales_stay_within_limits() {
        assert_eq!(image_size(20, 50_000), (100, 10_000));
        assert_eq!(image_size(800, 500), (800, 500));
        assert_eq!(png_scale(f64::NAN), 2.0);
        assert_eq!(png_scale(8.0), 4.0);
        assert_eq!(png_scale(0.5), 1.0);
    }
}
