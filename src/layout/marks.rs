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
    /// Where other sources put it: top and bottom y of the whisker, when they disagree.
    pub whisker_px: Option<(f64, f64)>,
}

impl Mark {
    /// The x pixel of the mark's centre line.
    pub fn centre_x_px(&self) -> f64 {
        match self.shape {
            MarkShape::Bar(r) => (r.left + r.right) / 2.0,
            MarkShape::Dot { x_px, .. } => x_px,
        }
    }
}

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

/// Marks of every present value of the shown series inside the domain; gaps produce none.
pub fn compute(chart: &Chart, view: &View, frame: &Frame) -> Vec<Mark> {
    let shown: Vec<usize> = shown_series(chart, view).map(|(i, _)| i).collect();
    let mut marks = Vec::new();
    for (slot, &si) in shown.iter().enumerate() {
        let series = &chart.dataset.series[si];
        let range = in_domain(chart.kind, &frame.x_domain, series);
        // Points too close for markers get none: they would cover the line, and hit-testing
        // reads the points.
        if matches!(frame.x, XScale::Time(_)) && too_close_to_mark(range.len(), frame) {
            continue;
        }
        for p in range.filter_map(|i| series.point(i)) {
            let Some(value) = p.value() else { continue };
            let y_px = frame.y.value_to_px(value);
            let shape = match frame.x {
                XScale::Band(band) => {
                    let year = p.x().floor() as i32;
                    let Some((left, bar)) = bar_slot(&band, year, slot, shown.len()) else {
                        continue;
                    };
                    let gap = if bar > 4.0 { 1.0 } else { 0.0 };
                    let base = frame.y.value_to_px(0.0);
                    MarkShape::Bar(RectPx {
                        left,
                        top: y_px.min(base),
                        right: left + bar - gap,
                        bottom: base.max(y_px),
                    })
                }
                XScale::Time(scale) => MarkShape::Dot {
                    x_px: scale.value_to_px(p.x()),
                    y_px,
                    hollow: p.status().is_some_and(Status::is_uncertain),
                },
            };
            let whisker_px = p
                .alternative_range()
                .map(|(lo, hi)| (frame.y.value_to_px(hi), frame.y.value_to_px(lo)));
            marks.push(Mark {
                series: si,
                point: p.index(),
                shape,
                whisker_px,
            });
        }
    }
    marks
}
