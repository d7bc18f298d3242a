//! Event markers under the x axis: a small upward triangle at each event's date, and a thin bar
//! over a span's dates, in the axis colour.

use super::{px, render_error, rgb, Area};
use crate::error::Result;
use crate::layout::Frame;
use crate::theme::Theme;
use plotters::prelude::*;

/// Draws every event marker of the frame.
pub fn draw<DB: DrawingBackend>(area: &Area<DB>, frame: &Frame, theme: &Theme) -> Result<()> {
    let colour = rgb(theme.axis);
    for e in &frame.events {
        let (top, bottom) = (e.row.top + 2.0, e.row.bottom - 2.0);
        if let Some((x0, x1)) = e.span_px {
            let bar = [px(x0, bottom - 3.0), px(x1, bottom)];
            area.draw(&Rectangle::new(bar, colour.mix(0.6).filled()))
                .map_err(render_error)?;
        }
        let triangle = vec![
            px(e.x_px, top),
            px(e.x_px - 4.0, bottom),
            px(e.x_px + 4.0, bottom),
        ];
        area.draw(&Polygon::new(triangle, colour.filled()))
            .map_err(render_error)?;
    }
    Ok(())
}
