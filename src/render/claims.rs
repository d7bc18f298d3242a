//! The claims layer: a translucent span in the verdict's colour under the data, and a boxed label
//! over it saying claimed figure, computed figure and verdict (on more lines where it wraps).

use super::texts::draw_placed;
use super::{px, render_error, rgb, Area};
use crate::error::Result;
use crate::layout::Frame;
use crate::theme::Theme;
use plotters::prelude::*;

/// The spans, drawn before the data so marks stay on top.
pub fn draw_spans<DB: DrawingBackend>(area: &Area<DB>, frame: &Frame, theme: &Theme) -> Result<()> {
    for c in &frame.claims {
        let colour = rgb(theme.verdict_color(c.verdict)).mix(0.14);
        let r = c.span;
        area.draw(&Rectangle::new(
            [px(r.left, r.top), px(r.right, r.bottom)],
            colour.filled(),
        ))
        .map_err(render_error)?;
    }
    Ok(())
}

/// The labels, drawn last so they stay readable over the data.
pub fn draw_labels<DB: DrawingBackend>(area: &Area<DB>, frame: &Frame, theme: &Theme) -> Result<()> {
    for c in &frame.claims {
        let b = c.label_box;
        let corners = [px(b.left, b.top), px(b.right, b.bottom)];
        area.draw(&Rectangle::new(corners, rgb(theme.background).filled()))
            .map_err(render_error)?;
        let border = ShapeStyle::from(rgb(theme.verdict_color(c.verdict))).stroke_width(2);
        area.draw(&Rectangle::new(corners, border))
            .map_err(render_error)?;
        for line in &c.lines {
            draw_placed(area, line, theme)?;
        }
    }
    Ok(())
}
