//! The claims layer's geometry: a shaded span over the dates a claim speaks of, and a label row
//! above the plot saying claimed figure, computed figure and verdict. Labels stack one row per
//! claim, in rows the layout reserves above the plot, so they never cover the data.

use super::frame::{Align, Frame, PlacedText, RectPx, TextRole};
use super::measure::width_px;
use super::LABEL_PX;
use crate::claims::{describe, evaluate, Verdict};
use crate::error::Result;
use crate::i18n::word;
use crate::spec::Chart;

/// Height of one label row.
pub const ROW_PX: f64 = LABEL_PX + 8.0;

/// One claim on the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimSpan {
    /// Index into the chart's claims.
    pub claim: usize,
    /// The shaded dates, clipped to the plot.
    pub span: RectPx,
    /// What the data says.
    pub verdict: Verdict,
    /// The label's box (drawn opaque over the data).
    pub label_box: RectPx,
    /// The label.
    pub label: PlacedText,
}

/// Spans and labels of every claim whose dates are on the axis.
pub fn compute(chart: &Chart, frame: &Frame) -> Result<Vec<ClaimSpan>> {
    let plot = frame.plot;
    let first_row_top = plot.top - chart.claims.len() as f64 * ROW_PX;
    let mut spans = Vec::new();
    for (i, claim) in chart.claims.iter().enumerate() {
        let finding = evaluate(claim, &chart.dataset)?;
        let Some((x0, x1)) = frame.span_px(&claim.from, &claim.to) else {
            continue;
        };
        let (left, right) = (x0.min(x1).max(plot.left), x0.max(x1).min(plot.right));
        let name = chart
            .dataset
            .series_by_id(&claim.series)
            .map_or("", |s| s.name.as_str());
        let text = describe(claim, &finding, name, chart.lang);
        let words = format!(
            "{}. {} {} · {} {}: {}",
            i + 1,
            word("claim-short", chart.lang),
            text.claimed,
            word("data-short", chart.lang),
            text.computed,
            text.verdict
        );
        let width = width_px(&words, LABEL_PX, false) + 10.0;
        let top = first_row_top + spans.len() as f64 * ROW_PX;
        let box_left = left.min(plot.right - width).max(plot.left);
        let label_box = RectPx {
            left: box_left,
            top,
            right: box_left + width,
            bottom: top + ROW_PX - 4.0,
        };
        let label = PlacedText {
            x_px: box_left + 5.0,
            y_px: top + (ROW_PX - 4.0) / 2.0,
            text: words,
            size_px: LABEL_PX,
            align: Align::MiddleLeft,
            role: TextRole::Label,
        };
        let span = RectPx {
            left,
            top: label_box.bottom,
            right: right.max(left + 2.0),
            bottom: plot.bottom,
        };
        spans.push(ClaimSpan {
            claim: i,
            span,
            verdict: finding.verdict,
            label_box,
            label,
        });
    }
    Ok(spans)
}
