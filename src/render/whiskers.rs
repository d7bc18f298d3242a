//! Whiskers: where other sources put a point (an alternative estimate), a vertical line from the
//! lowest to the highest figure with caps at both ends, so disagreement is visible, not hidden.

use super::{px, render_error, rgb, Area};
use crate::error::Result;
use crate::layout::{Frame, MarkShape};
use crate::theme::Theme;
use plotters::prelude::*;

/// Draws the whisker of every mark that has one.
pub fn draw<DB: DrawingBackend>(area: &Area<DB>, frame: &Frame, theme: &Theme) -> Result<()> {
    let style = ShapeStyle::from(rgb(theme.text)).stroke_width(2);
    for mark in &frame.marks {
        let Some((top, bottom)) = mark.whisker_px else {
            continue;
        };
        let x = mark.centre_x_px();
        let half_cap = match mark.shape {
            MarkShape::Bar(r) => (r.width() / 2.0).clamp(2.0, 6.0),
            MarkShape::Dot { .. } => 5.0,
        };
        let lines = [
            [px(x, top), px(x, bottom)],
            [px(x - half_cap, top), px(x + half_cap, top)],
            [px(x - half_cap, bottom), px(x + half_cap, bottom)],
        ];
        for line in lines {
            area.draw(&PathElement::new(line.to_vec(), style))
                .map_err(render_error)?;
        }
    }
    Ok(())
}
