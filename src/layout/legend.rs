//! The canvas legend (for exports, and pages that keep it in the picture): entries flowing left
//! to right and wrapping, one per shown series; a name wider than the row is cut with `…`. Where
//! the picture draws range marks, a last entry explains them.

use super::frame::{placed, Align, KeyEntry, LegendEntry, RectPx, TextRole};
use super::measure::width_px;
use super::text::fit;
use super::visible::shown_series;
use super::View;
use crate::spec::Chart;

const ROW_PX: f64 = 20.0;
const SWATCH_PX: f64 = 14.0;

/// The legend's entries.
pub struct Legend {
    /// One per shown series.
    pub entries: Vec<LegendEntry>,
    /// The range marks' entry, when asked for.
    pub key: Option<KeyEntry>,
    /// The bottom of the last row.
    pub bottom: f64,
}

/// Entries between `left` and `right` from `top`, names `legend_px` high, and an entry saying
/// `key` after them.
pub fn compute(
    chart: &Chart,
    view: &View,
    left: f64,
    top: f64,
    right: f64,
    legend_px: f64,
    key: Option<&str>,
) -> Legend {
    // Rows and swatches grow with the type (they are 20 and 14 px at the page's 13 px).
    let grow = legend_px / super::LEGEND_PX;
    let (row_px, swatch_px) = (ROW_PX * grow, SWATCH_PX * grow);
    let (mut x, mut y) = (left, top);
    let mut flow = |text: &str| {
        // A name longer than a whole row is cut to fit it, with an ellipsis.
        let name = fit(text, legend_px, false, right - left - swatch_px - 6.0);
        let w = swatch_px + 6.0 + width_px(&name, legend_px, false);
        if x > left && x + w > right {
            x = left;
            y += row_px;
        }
        let mid = y + row_px / 2.0;
        let swatch = RectPx {
            left: x,
            top: mid - swatch_px / 2.0,
            right: x + swatch_px,
            bottom: mid + swatch_px / 2.0,
        };
        let label = placed(
            x + swatch_px + 6.0,
            mid,
            name,
            legend_px,
            Align::MiddleLeft,
            TextRole::Label,
        );
        x += w + 18.0;
        (swatch, label)
    };
    let mut entries = Vec::new();
    for (i, s) in shown_series(chart, view) {
        let (swatch, label) = flow(&s.name);
        entries.push(LegendEntry {
            series: i,
            swatch,
            label,
        });
    }
    let key = key.map(|text| {
        let (swatch, label) = flow(text);
        KeyEntry { swatch, label }
    });
    Legend {
        entries,
        key,
        bottom: y + row_px,
    }
}
