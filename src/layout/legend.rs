//! The canvas legend (for exports, and pages that keep it in the picture): entries flowing left
//! to right and wrapping, one per shown series; a name wider than the row is cut with `…`.

use super::frame::{placed, Align, LegendEntry, RectPx, TextRole};
use super::measure::width_px;
use super::text::fit;
use super::visible::shown_series;
use super::{View, LEGEND_PX};
use crate::spec::Chart;

const ROW_PX: f64 = 20.0;
const SWATCH_PX: f64 = 14.0;

/// Entries between `left` and `right` from `top`; returns them and the bottom of the last row.
pub fn compute(chart: &Chart, view: &View, left: f64, top: f64, right: f64) -> (Vec<LegendEntry>, f64) {
    let (mut x, mut y) = (left, top);
    let mut entries = Vec::new();
    for (i, s) in shown_series(chart, view) {
        // A name longer than a whole row is cut to fit it, with an ellipsis.
        let name = fit(&s.name, LEGEND_PX, false, right - left - SWATCH_PX - 6.0);
        let w = SWATCH_PX + 6.0 + width_px(&name, LEGEND_PX, false);
        if x > left && x + w > right {
            x = left;
            y += ROW_PX;
        }
        let mid = y + ROW_PX / 2.0;
        let swatch = RectPx {
            left: x,
            top: mid - SWATCH_PX / 2.0,
            right: x + SWATCH_PX,
            bottom: mid + SWATCH_PX / 2.0,
        };
        let label = placed(
            x + SWATCH_PX + 6.0,
            mid,
            name,
            LEGEND_PX,
            Align::MiddleLeft,
            TextRole::Label,
        );
        entries.push(LegendEntry {
            series: i,
            swatch,
            label,
        });
        x += w + 18.0;
    }
    (entries, y + ROW_PX)
}
