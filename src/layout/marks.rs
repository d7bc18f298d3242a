//! Geometry of every data mark: bars grouped within their year's band (one slot per shown
//! series), points at their dates. Computed once per layout so render and hit-testing agree to
//! the pixel. Only marks inside the x domain are made.

use super::frame::{Frame, RectPx, XScale};
use super::lines::is_dense;
use super::visible::in_domain;
use super::visible::is_shown;
use super::View;
use crate::dataset::Status;
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

/// Marks of every present value of the shown series inside the domain; gaps produce none.
pub fn compute(chart: &Chart, view: &View, frame: &Frame) -> Vec<Mark> {
    let shown: Vec<usize> = (0..chart.dataset.series.len())
        .filter(|&i| is_shown(view, &chart.dataset.series[i]))
        .collect();
    let slots = shown.len().max(1) as f64;
    let mut marks = Vec::new();
    for (slot, &si) in shown.iter().enumerate() {
        let points = &chart.dataset.series[si].points;
        let range = in_domain(chart.kind, &frame.x_domain, points);
        let (first, last) = (range.start, range.end);
        // A dense line gets no markers: they would cover it, and hit-testing reads the points.
        if matches!(frame.x, XScale::Time(_)) && is_dense(last - first, frame) {
            continue;
        }
        for (pi, p) in points.iter().enumerate().take(last).skip(first) {
            let Some(value) = p.value else { continue };
            if !frame.x_domain.contains(chart.kind, &p.date) {
                continue;
            }
            let y_px = frame.y.value_to_px(value);
            let shape = match frame.x {
                XScale::Band(band) => {
                    let Some(band_left) = band.year_to_px(p.date.year) else {
                        continue;
                    };
                    let bar = band.band_width_px() * 0.84 / slots;
                    let gap = if bar > 4.0 { 1.0 } else { 0.0 };
                    let left = band_left + band.band_width_px() * 0.08 + slot as f64 * bar;
                    let base = frame.y.value_to_px(0.0);
                    MarkShape::Bar(RectPx {
                        left,
                        top: y_px.min(base),
                        right: left + bar - gap,
                        bottom: base.max(y_px),
                    })
                }
                XScale::Time(scale) => MarkShape::Dot {
                    x_px: scale.value_to_px(p.date.to_year_fraction()),
                    y_px,
                    hollow: p.status.is_some_and(Status::is_uncertain),
                },
            };
            let whisker_px = p
                .alternative_range()
                .map(|(lo, hi)| (frame.y.value_to_px(hi), frame.y.value_to_px(lo)));
            marks.push(Mark {
                series: si,
                point: pi,
                shape,
                whisker_px,
            });
        }
    }
    marks
}
