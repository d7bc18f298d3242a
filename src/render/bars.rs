//! Bars: one filled rectangle per present value, grouped by year, patterned by series so colour
//! is not the only cue. Gaps draw nothing.

use super::markers::bar_pattern;
use super::{px, render_error, rgb, Area};
use crate::error::Result;
use crate::layout::{Frame, MarkShape};
use crate::spec::Chart;
use crate::theme::Theme;
use plotters::prelude::*;

/// Draws every bar mark of the frame in its series' colour (as the theme adjusts it).
pub fn draw<DB: DrawingBackend>(area: &Area<DB>, chart: &Chart, frame: &Frame, theme: &Theme) -> Result<()> {
    for mark in &frame.marks {
        let MarkShape::Bar(r) = mark.shape else { continue };
        let color = rgb(theme.series_color(chart.dataset.series[mark.series].color, mark.series));
        let corners = [px(r.left, r.top), px(r.right, r.bottom)];
        area.draw(&Rectangle::new(corners, color.filled()))
            .map_err(render_error)?;
        bar_pattern(area, mark.series, r, theme)?;
    }
    Ok(())
}
