//! Labelled periods as named bands: a shaded stretch of the plot for each period in view, and its
//! name in a strip just above the plot, so the story's stretches of time (the 1921 purge, the Great
//! Terror) read without hovering. A name is centred on its band, kept within the plot's width, and
//! put in the first row of the strip where it overlaps no other name; where no row has room it is
//! left out and the band stays. The data lists periods most important first, so at narrow widths
//! the least important names give way first. Marks never reach the strip: it lies above the plot.

use super::frame::{placed, Align, Frame, PlacedText, RectPx, TextRole};
use super::measure::width_px;
use super::metrics::{TypeSizes, BLOCK_GAP_PX};
use crate::spec::Chart;

/// Rows of names in the strip.
pub const ROWS: usize = 2;
/// The least room between two names in a row.
pub const NAME_GAP_PX: f64 = 8.0;
/// The shortest plot, in rows of names, whose bands are named.
const MIN_PLOT_ROWS: f64 = 3.0;

/// One period in view.
#[derive(Debug, Clone, PartialEq)]
pub struct BandMark {
    /// Index into the chart's periods.
    pub period: usize,
    /// The band's left edge, within the plot.
    pub left_px: f64,
    /// The band's right edge, within the plot.
    pub right_px: f64,
    /// Its name, where there was room.
    pub label: Option<PlacedText>,
    /// The box the name takes.
    pub label_box: Option<RectPx>,
    /// The period the page puts forward: drawn stronger, its name in the text colour.
    pub highlighted: bool,
}

/// Height of the strip of names (nothing when the chart has no periods).
pub fn strip_height_px(chart: &Chart, sizes: &TypeSizes) -> f64 {
    if chart.periods.is_empty() {
        0.0
    } else {
        ROWS as f64 * sizes.label_line_px() + BLOCK_GAP_PX
    }
}

/// The bands of the periods inside the x domain, their names in rows from `strip_top_px`; the
/// period with the id `highlight` is put forward.
pub fn compute(chart: &Chart, frame: &Frame, strip_top_px: f64, highlight: Option<&str>) -> Vec<BandMark> {
    let (plot, size_px) = (frame.plot, frame.type_sizes.label_px);
    let row_px = frame.type_sizes.label_line_px();
    let mut taken: Vec<RectPx> = Vec::new();
    let mut bands = Vec::new();
    for (i, p) in chart.periods.iter().enumerate() {
        let Some((x0, x1)) = span(frame, p) else {
            continue;
        };
        let (left, right) = (x0.max(plot.left), x1.min(plot.right));
        if right <= left {
            continue;
        }
        let highlighted = highlight == Some(p.id.as_str());
        let role = if highlighted {
            TextRole::Label
        } else {
            TextRole::Muted
        };
        let width = width_px(&p.label, size_px, false);
        let mut label = None;
        let mut label_box = None;
        // A plot squeezed to a sliver (a long sources line in a small picture) names nothing:
        // the blocks around it already overlap.
        let room = plot.height() >= MIN_PLOT_ROWS * row_px;
        if room && width <= plot.width() {
            let centre = ((left + right) / 2.0).clamp(plot.left + width / 2.0, plot.right - width / 2.0);
            for row in 0..ROWS {
                let top = strip_top_px + row as f64 * row_px;
                let candidate = RectPx {
                    left: centre - width / 2.0,
                    top,
                    right: centre + width / 2.0,
                    bottom: top + row_px,
                };
                if taken.iter().all(|t| apart(t, &candidate)) {
                    taken.push(candidate);
                    label = Some(placed(
                        centre,
                        top,
                        p.label.clone(),
                        size_px,
                        Align::TopCenter,
                        role,
                    ));
                    label_box = Some(candidate);
                    break;
                }
            }
        }
        bands.push(BandMark {
            period: i,
            left_px: left,
            right_px: right,
            label,
            label_box,
            highlighted,
        });
    }
    bands
}

/// Where a period runs on the x axis: from the start of its first date to the end of its last
/// (whole bands on a bar chart).
fn span(frame: &Frame, p: &crate::spec::Period) -> Option<(f64, f64)> {
    match frame.x {
        super::XScale::Time(s) => Some((
            s.value_to_px(p.from.start_year_fraction()),
            s.value_to_px(p.to.end_year_fraction()),
        )),
        super::XScale::Band(_) => frame.span_px(&p.from, &p.to),
    }
}

/// Whether two boxes in a row keep at least the gap between them (or are in different rows).
fn apart(a: &RectPx, b: &RectPx) -> bool {
    a.bottom <= b.top
        || b.bottom <= a.top
        || a.right + NAME_GAP_PX <= b.left
        || b.right + NAME_GAP_PX <= a.left
}
