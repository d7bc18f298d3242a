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

/// The most the type scale enlarges a chart's text: a 4K kiosk (2160 px) at four times the page.
pub const MAX_TYPE_SCALE: f64 = 4.0;

/// A type scale (a page's font size over 16 px, or a kiosk's screen over 540 px), kept between 1
/// (the page sizes above, the smallest readable) and [`MAX_TYPE_SCALE`]; 1 when not a number.
pub fn clamp_type_scale(scale: f64) -> f64 {
    if scale.is_finite() {
        scale.clamp(1.0, MAX_TYPE_SCALE)
    } else {
        1.0
    }
}

/// The chart width each step of the type scale needs: a chart 320 px wide keeps the page sizes,
/// one 640 px wide may draw them twice as large. Larger type in a narrower chart would leave the
/// plot a sliver between its labels.
pub const WIDTH_PER_TYPE_SCALE_PX: f64 = 320.0;

/// The type scale a chart `width_px` wide draws when `scale` is asked for: no larger than its
/// width allows (see [`WIDTH_PER_TYPE_SCALE_PX`]), and clamped by [`clamp_type_scale`].
pub fn fitted_type_scale(scale: f64, width_px: f64) -> f64 {
    let room = if width_px.is_finite() {
        width_px / WIDTH_PER_TYPE_SCALE_PX
    } else {
        1.0
    };
    clamp_type_scale(clamp_type_scale(scale).min(room))
}

/// The chart's font sizes at one type scale, in CSS px: the sizes above multiplied by it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TypeSizes {
    /// Title.
    pub title_px: f64,
    /// Legend entries.
    pub legend_px: f64,
    /// Tick labels, axis titles, band names and claim labels.
    pub label_px: f64,
    /// The sources line.
    pub credit_px: f64,
}

impl TypeSizes {
    /// The sizes at `scale` (clamped by [`clamp_type_scale`]).
    pub fn at(scale: f64) -> TypeSizes {
        let s = clamp_type_scale(scale);
        TypeSizes {
            title_px: TITLE_PX * s,
            legend_px: LEGEND_PX * s,
            label_px: LABEL_PX * s,
            credit_px: CREDIT_PX * s,
        }
    }

    /// Height of one line of labels.
    pub fn label_line_px(&self) -> f64 {
        self.label_px * LINE_HEIGHT_RATIO
    }
}

/// The plot width a line's point needs for its own marker (a marker is about 7 px across):
/// points closer than this are drawn as the line alone.
pub const MARKER_SPACING_PX: f64 = 4.0;

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

    #[test]
    fn metrics_type_scale_multiplies_every_size_and_never_shrinks_them() {
        let double = TypeSizes::at(2.0);
        assert_eq!(
            (
                double.title_px,
                double.legend_px,
                double.label_px,
                double.credit_px
            ),
            (36.0, 26.0, 24.0, 24.0)
        );
        assert_eq!(
            TypeSizes::at(0.75),
            TypeSizes::at(1.0),
            "never under the page sizes"
        );
        assert_eq!(TypeSizes::at(f64::NAN), TypeSizes::at(1.0));
        assert_eq!(TypeSizes::at(9.0).label_px, LABEL_PX * MAX_TYPE_SCALE);
        assert!(TypeSizes::at(1.0).label_px >= 12.0 && TypeSizes::at(1.0).title_px >= 14.0);
    }

    #[test]
    fn metrics_a_narrow_chart_keeps_its_type_near_the_page_size() {
        assert_eq!(fitted_type_scale(2.0, 1872.0), 2.0);
        assert_eq!(fitted_type_scale(2.0, 480.0), 1.5);
        assert_eq!(fitted_type_scale(2.0, 256.0), 1.0, "never under the page sizes");
        assert_eq!(fitted_type_scale(1.25, 390.0), 1.21875);
        assert_eq!(fitted_type_scale(f64::NAN, 800.0), 1.0);
    }
}
