//! Bars: one filled rectangle per present value, grouped by year. Gaps draw nothing.

use super::{px, render_error, rgb, Area};
use crate::error::Result;
use crate::layout::{Frame, MarkShape};
use crate::spec::Chart;
use plotters::prelude::*;

/// Draws every bar mark of the frame in its series' colour.
pub fn draw<DB: DrawingBackend>(area: &Area<DB>, chart: &Chart, frame: &Frame) -> Result<()> {
    for mark in &frame.marks {
        let MarkShape::Bar(r) = mark.shape else { continue };
        let color = rgb(chart.dataset.series[mark.series].color);
        let corners = [px(r.left, r.top), px(r.right, r.bottom)];
        area.draw(&Rectangle::new(corners, color.filled()))
            .map_err(render_error)?;
    }
    Ok(())
}
