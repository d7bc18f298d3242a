//! The claims layer's geometry: a shaded span over the dates a claim speaks of, and a label
//! above the plot saying claimed figure, computed figure and verdict. Labels stack one per claim
//! in the room the layout reserves above the plot ([`height_px`]), so they never cover the data;
//! a label wider than the plot wraps onto more lines rather than run past the picture.

use super::frame::{Align, Frame, PlacedText, RectPx, TextRole};
use super::measure::width_px;
use super::metrics::TypeSizes;
use super::text::wrap;
use crate::claims::{describe, evaluate, Claim, Finding, Verdict};
use crate::error::Result;
use crate::i18n::word;
use crate::spec::Chart;

/// Room a one-line label's row keeps above and below its words, together.
const ROW_ROOM_PX: f64 = 8.0;

/// Height of a one-line label's row.
pub fn row_px(sizes: &TypeSizes) -> f64 {
    sizes.label_px + ROW_ROOM_PX
}
/// Room between the label's border and its words, each side.
const INSET_PX: f64 = 5.0;

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
    /// The label, a line each.
    pub lines: Vec<PlacedText>,
}

/// The label of claim number `i`: its words, wrapped to a plot `plot_width_px` wide.
fn label_lines(
    chart: &Chart,
    i: usize,
    (claim, finding): (&Claim, &Finding),
    plot_width_px: f64,
    size_px: f64,
) -> Vec<String> {
    let name = chart
        .dataset
        .series_by_id(&claim.series)
        .map_or("", |s| s.name.as_str());
    let text = describe(claim, finding, name, chart.lang);
    let words = format!(
        "{}. {} {} · {} {}: {}",
        i + 1,
        word("claim-short", chart.lang),
        text.claimed,
        word("data-short", chart.lang),
        text.computed,
        text.verdict
    );
    let room = plot_width_px - 2.0 * INSET_PX;
    if width_px(&words, size_px, false) <= room {
        vec![words]
    } else {
        wrap(&words, size_px, false, room)
    }
}

/// The height of a label of `lines` lines, with the gap under it.
fn row_height(lines: usize, sizes: &TypeSizes) -> f64 {
    row_px(sizes) + lines.saturating_sub(1) as f64 * sizes.label_line_px()
}

/// The room every claim's label takes above a plot `plot_width_px` wide.
pub fn height_px(chart: &Chart, plot_width_px: f64, sizes: &TypeSizes) -> Result<f64> {
    let mut h = 0.0;
    for (i, claim) in chart.claims.iter().enumerate() {
        let finding = evaluate(claim, &chart.dataset)?;
        let lines = label_lines(chart, i, (claim, &finding), plot_width_px, sizes.label_px);
        h += row_height(lines.len(), sizes);
    }
    Ok(h)
}

/// Spans and labels of every claim whose dates are on the axis.
pub fn compute(chart: &Chart, frame: &Frame) -> Result<Vec<ClaimSpan>> {
    let (plot, sizes) = (frame.plot, frame.type_sizes);
    let mut top = plot.top - height_px(chart, plot.width(), &sizes)?;
    let mut spans = Vec::new();
    for (i, claim) in chart.claims.iter().enumerate() {
        let finding = evaluate(claim, &chart.dataset)?;
        let Some((x0, x1)) = frame.span_px(&claim.from, &claim.to) else {
            continue;
        };
        let (left, right) = (x0.min(x1).max(plot.left), x0.max(x1).min(plot.right));
        let words = label_lines(chart, i, (claim, &finding), plot.width(), sizes.label_px);
        let width = words
            .iter()
            .map(|l| width_px(l, sizes.label_px, false))
            .fold(0.0, f64::max)
            + 2.0 * INSET_PX;
        let box_left = left.min(plot.right - width).max(plot.left);
        let row = row_height(words.len(), &sizes);
        let label_box = RectPx {
            left: box_left,
            top,
            right: box_left + width,
            bottom: top + row - 4.0,
        };
        let lines = words
            .into_iter()
            .enumerate()
            .map(|(n, text)| PlacedText {
                x_px: box_left + INSET_PX,
                y_px: top + (row_px(&sizes) - 4.0) / 2.0 + n as f64 * sizes.label_line_px(),
                text,
                size_px: sizes.label_px,
                align: Align::MiddleLeft,
                role: TextRole::Label,
            })
            .collect();
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
            lines,
        });
        top += row;
    }
    Ok(spans)
}
