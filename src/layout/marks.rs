//! Geometry of every data mark: bars grouped within their year's band (one slot per shown
//! series), points at their dates. Computed once per layout so render and hit-testing agree to
//! the pixel. Only marks inside the x domain are made.

use super::frame::{Frame, RectPx, XScale};
use super::lines::too_close_to_mark;
use super::visible::{in_domain, shown_series};
use super::View;
use crate::dataset::Status;
use crate::scale::BandScale;
use crate::spec::Chart;

/// The shape of one mark.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MarkShape {
    /// A bar from the baseline to its value.
    Bar(RectPx),
    /// A point on a line; `hollow` for claims and estimates.
    Dot {
        /// Centre x.
        x_px: f64,
        /// Centre y.
        y_px: f64,
        /// Drawn as a ring rather than a disc.
        hollow: bool,
    },
}

/// One drawn datum: which series and point, and where.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark {
    /// Index into the dataset's series.
    pub series: usize,
    /// Index into that series' points.
    pub point: usize,
    /// Where it is.
    pub shape: MarkShape,
    /// Where its figure and other sources' figures for it lie, when they disagree: the top and
    /// bottom y of their extent.
    pub alt_px: Option<(f64, f64)>,
    /// The x of the thin range mark drawn beside the mark over `alt_px`: beside a point, or in a
    /// lane kept at a bar's right inside its own slot; `None` where a bar is too narrow for one
    /// (the range is then drawn only when the bar has focus).
    pub range_x_px: Option<f64>,
}

impl Mark {
    /// The x pixel of the mark's centre line.
    pub fn centre_x_px(&self) -> f64 {
        match self.shape {
            MarkShape::Bar(r) => (r.left + r.right) / 2.0,
            MarkShape::Dot { x_px, .. } => x_px,
        }
    }

    /// The box the range mark takes (its line and end ticks), when one is drawn.
    pub fn range_box(&self) -> Option<RectPx> {
        let (top, bottom) = self.alt_px?;
        let x = self.range_x_px?;
        Some(RectPx {
            left: x - RANGE_TICK_PX / 2.0,
            top: top - 1.0,
            right: x + RANGE_TICK_PX / 2.0,
            bottom: bottom + 1.0,
        })
    }
}

/// Width of a range mark's end ticks.
pub const RANGE_TICK_PX: f64 = 5.0;
/// The lane kept at the right of a bar with other figures, inside its slot, for the range mark.
const RANGE_LANE_PX: f64 = 4.0;
/// The narrowest a bar is drawn beside a lane; a narrower slot gets no lane and no range mark.
const MIN_BAR_BESIDE_LANE_PX: f64 = 5.0;
/// How far right of a point's centre its range mark stands: clear of the marker.
const RANGE_BESIDE_DOT_PX: f64 = 9.0;

/// Share of a year's band the group of bars fills; the rest is split either side.
const GROUP: f64 = 0.84;

/// Where the `slot`-th of `slots` bars of `year` starts, and its width (before its 1 px gap).
pub fn bar_slot(band: &BandScale, year: i32, slot: usize, slots: usize) -> Option<(f64, f64)> {
    let width = band.band_width_px() * GROUP / slots.max(1) as f64;
    let group_left = band.year_to_px(year)? + band.band_width_px() * (1.0 - GROUP) / 2.0;
    Some((group_left + slot as f64 * width, width))
}

/// Which of `slots` bar slots of `year` is under `x_px` (the nearest one beside the group).
pub fn slot_at(band: &BandScale, year: i32, slots: usize, x_px: f64) -> Option<usize> {
    let (first_left, width) = bar_slot(band, year, 0, slots)?;
    Some((((x_px - first_left) / width).floor().max(0.0) as usize).min(slots.checked_sub(1)?))
}

/// Marks of every present value of the shown series inside the domain; gaps produce none. With
/// `ranges`, points whose sources disagree get a range mark beside them where there is room.
pub fn compute(chart: &Chart, view: &View, frame: &Frame, ranges: bool) -> Vec<Mark> {
    let shown: Vec<usize> = shown_series(chart, view).map(|(i, _)| i).collect();
    let mut marks = Vec::new();
    for (slot, &si) in shown.iter().enumerate() {
        let series = &chart.dataset.series[si];
        // Every bar of a series with other figures keeps the same lane, so all its bars are as
        // wide as each other.
        let lane = ranges && series.details().iter().any(|p| !p.alternatives.is_empty());
        let range = in_domain(chart.kind, &frame.x_domain, series);
        // Points too close for markers get none: they would cover the line, and hit-testing
        // reads the points.
        if matches!(frame.x, XScale::Time(_)) && too_close_to_mark(range.len(), frame) {
            continue;
        }
        for p in range.filter_map(|i| series.point(i)) {
            let Some(value) = p.value() else { continue };
            let y_px = frame.y.value_to_px(value);
            let (shape, range_x_px) = match frame.x {
                XScale::Band(band) => {
                    let year = p.x().floor() as i32;
                    let Some((left, bar)) = bar_slot(&band, year, slot, shown.len()) else {
                        continue;
                    };
                    let gap = if bar > 4.0 { 1.0 } else { 0.0 };
                    let lane = if lane && bar - gap - RANGE_LANE_PX >= MIN_BAR_BESIDE_LANE_PX {
                        RANGE_LANE_PX
                    } else {
                        0.0
                    };
                    let base = frame.y.value_to_px(0.0);
                    let right = left + bar - gap - lane;
                    let shape = MarkShape::Bar(RectPx {
                        left,
                        top: y_px.min(base),
                        right,
                        bottom: base.max(y_px),
                    });
                    (shape, (lane > 0.0).then_some(right + lane / 2.0))
                }
                XScale::Time(scale) => {
                    let x_px = scale.value_to_px(p.x());
                    let shape = MarkShape::Dot {
                        x_px,
                        y_px,
                        hollow: p.status().is_some_and(Status::is_uncertain),
                    };
                    (shape, ranges.then_some(x_px + RANGE_BESIDE_DOT_PX))
                }
            };
            let alt_px = p
                .alternative_range()
                .map(|(lo, hi)| (frame.y.value_to_px(hi), frame.y.value_to_px(lo)));
            marks.push(Mark {
                series: si,
                point: p.index(),
                shape,
                alt_px,
                range_x_px: range_x_px.filter(|_| alt_px.is_some()),
            });
        }
    }
    marks
}
