//! Scales and ticks for both axes, sized to the plot so labels never collide.

use super::frame::{RectPx, Tick, XScale};
use super::measure::width_px;
use super::visible::{shown_max, XDomain};
use super::View;
use crate::error::Result;
use crate::format::thousands;
use crate::scale::{nice_step, ticks_in, zero_based_ticks, BandScale, LinearScale};
use crate::spec::{Chart, Kind};

/// The y axis before the plot's left edge is known.
pub struct YAxis {
    /// Value → px.
    pub scale: LinearScale,
    /// Ticks with thousands-formatted labels.
    pub ticks: Vec<Tick>,
    /// Widest label, which sets the left margin.
    pub label_width_px: f64,
}

/// A zero-based count axis over what is shown, with about one tick per 56 px. `view.y_top`
/// (set while a transition runs) overrides the rounded top.
pub fn y_axis(chart: &Chart, view: &View, domain: &XDomain, top_px: f64, bottom_px: f64) -> Result<YAxis> {
    let max = shown_max(chart, view, domain).unwrap_or(1.0);
    let target = ((bottom_px - top_px) / 56.0).clamp(2.0, 8.0) as usize;
    let (nice_top, _) = zero_based_ticks(max, target);
    let top_value = view
        .y_top
        .filter(|t| t.is_finite() && *t > 0.0)
        .unwrap_or(nice_top);
    let step = nice_step(top_value, target);
    let values = ticks_in(0.0, top_value, step);
    let scale = LinearScale::new((0.0, top_value), (bottom_px, top_px))?;
    let ticks: Vec<Tick> = values
        .into_iter()
        .map(|v| Tick {
            px: scale.value_to_px(v),
            label: thousands(v, chart.lang),
        })
        .collect();
    let size_px = super::TypeSizes::at(view.type_scale).label_px;
    let label_width_px = ticks
        .iter()
        .map(|t| width_px(&t.label, size_px, false))
        .fold(0.0, f64::max);
    Ok(YAxis {
        scale,
        ticks,
        label_width_px,
    })
}

/// Room kept right of the plot so a year label (`label_px` high) centred on its right edge is not cut.
pub fn right_overhang_px(chart: &Chart, label_px: f64) -> f64 {
    match chart.kind {
        Kind::Line | Kind::Area => width_px("0000", label_px, false) / 2.0,
        Kind::Bar => 0.0,
    }
}

/// The x scale over `domain` and year ticks (labels `size_px` high) spaced so labels keep 10 px apart.
pub fn x_axis(chart: &Chart, domain: &XDomain, plot: &RectPx, size_px: f64) -> Result<(XScale, Vec<Tick>)> {
    let label_px = width_px("0000", size_px, false) + 10.0;
    match chart.kind {
        Kind::Bar => {
            let (first, last) = domain.band_years();
            let band = BandScale::new(first, last, (plot.left, plot.right))?;
            let every = [1, 2, 5, 10, 20, 50, 100]
                .into_iter()
                .find(|k| band.band_width_px() * f64::from(*k) >= label_px)
                .unwrap_or(100);
            let ticks = (first..=last)
                .filter(|y| y.rem_euclid(every) == 0)
                .filter_map(|y| {
                    let px = band.year_to_px(y)? + band.band_width_px() / 2.0;
                    Some(Tick {
                        px,
                        label: y.to_string(),
                    })
                })
                .collect();
            Ok((XScale::Band(band), ticks))
        }
        Kind::Line | Kind::Area => {
            let (lo, hi) = (domain.lo, domain.hi);
            let scale = LinearScale::new((lo, hi), (plot.left, plot.right))?;
            let target = (plot.width() / (label_px * 1.6)).max(1.0) as usize;
            let step = nice_step(hi - lo, target).max(1.0);
            let ticks = ticks_in(lo, hi, step)
                .into_iter()
                .map(|y| Tick {
                    px: scale.value_to_px(y),
                    // Whole years (the step is at least 1), written as integers.
                    label: (y.round() as i64).to_string(),
                })
                .collect();
            Ok((XScale::Time(scale), ticks))
        }
    }
}
