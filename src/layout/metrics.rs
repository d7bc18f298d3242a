//! The chart's measurements, named in one place: font sizes, line heights, paddings and gaps, all
//! in CSS px (or a ratio where the name says so). Layout reads these instead of bare numbers.

/// Title font size.
pub const TITLE_PX: f64 = 18.0;
/// Legend entries.
pub const LEGEND_PX: f64 = 13.0;
/// Tick labels and axis titles.
pub const LABEL_PX: f64 = 12.0;
/// The sources line: the smallest chart text, and no smaller than 12 px anywhere on a page.
pub const CREDIT_PX: f64 = 12.0;

/// Line height of titles and labels, as a multiple of the font size.
pub const LINE_HEIGHT_RATIO: f64 = 1.3;
/// Line height of the sources line (small type reads better a little looser).
pub const CREDIT_LINE_HEIGHT_RATIO: f64 = 1.35;

/// Below this width the chart is on a phone: tighter padding.
pub const NARROW_WIDTH_PX: f64 = 420.0;
/// Padding around the whole chart on a narrow screen.
pub const PAD_NARROW_PX: f64 = 8.0;
/// Padding around the whole chart otherwise.
pub const PAD_WIDE_PX: f64 = 14.0;

/// Gap under the title and under the legend.
pub const BLOCK_GAP_PX: f64 = 6.0;
/// Gap between the plot's bottom edge and the x tick labels, and under the x axis block.
pub const AXIS_GAP_PX: f64 = 8.0;
/// Gap between the x tick labels and the event row.
pub const TICK_GAP_PX: f64 = 6.0;
/// Gap under the event row.
pub const EVENTS_GAP_PX: f64 = 4.0;
/// Gap between the y tick labels and the plot.
pub const Y_LABEL_GAP_PX: f64 = 8.0;

/// Padding around the chart for a canvas `width_px` wide.
pub fn pad_px(width_px: f64) -> f64 {
    if width_px < NARROW_WIDTH_PX {
        PAD_NARROW_PX
    } else {
        PAD_WIDE_PX
    }
}

/// The most a page may enlarge a chart (type, lines, markers) with `setZoom`.
pub const MAX_ZOOM: f64 = 4.0;

/// A page's enlargement, kept between 1 (as laid out) and [`MAX_ZOOM`]; 1 when not a number.
pub fn clamp_zoom(zoom: f64) -> f64 {
    if zoom.is_finite() {
        zoom.clamp(1.0, MAX_ZOOM)
    } else {
        1.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metrics_zoom_stays_between_one_and_four() {
        assert_eq!(clamp_zoom(1.5), 1.5);
        assert_eq!(clamp_zoom(0.5), 1.0);
        assert_eq!(clamp_zoom(9.0), MAX_ZOOM);
        assert_eq!(clamp_zoom(f64::NAN), 1.0);
        assert_eq!(pad_px(320.0), PAD_NARROW_PX);
        assert_eq!(pad_px(800.0), PAD_WIDE_PX);
    }
}
