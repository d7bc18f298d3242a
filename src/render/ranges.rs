//! Range marks: where other sources give another figure for a point, a thin line in the muted
//! text colour from its figure to the others, with a short tick at each end, beside the mark
//! (right of a point's marker, or in a lane at a bar's right inside its own slot). Thin, grey and
//! beside rather than over the data, it cannot be read as a bar or a line, and never crosses
//! another mark; the legend has an entry for it. A bar too narrow for a lane shows its range
//! only when it has focus (the overlay).

use super::{px, render_error, rgb, Area};
use crate::error::Result;
use crate::layout::{Frame, RANGE_TICK_PX};
use crate::theme::Theme;
use plotters::prelude::*;

/// Draws the range mark of every mark that has one.
pub fn draw<DB: DrawingBackend>(area: &Area<DB>, frame: &Frame, theme: &Theme) -> Result<()> {
    for mark in &frame.marks {
        if let (Some((top, bottom)), Some(x)) = (mark.alt_px, mark.range_x_px) {
            range_mark(area, x, top, bottom, rgb(theme.muted_text), 1)?;
        }
    }
    Ok(())
}

/// One range mark at `x` from `top` to `bottom`, `width` px thick.
pub fn range_mark<DB: DrawingBackend>(
    area: &Area<DB>,
    x: f64,
    top: f64,
    bottom: f64,
    colour: RGBColor,
    width: u32,
) -> Result<()> {
    let style = ShapeStyle::from(colour).stroke_width(width);
    let half = RANGE_TICK_PX / 2.0;
    let lines = [
        [px(x, top), px(x, bottom)],
        [px(x - half, top), px(x + half, top)],
        [px(x - half, bottom), px(x + half, bottom)],
    ];
    for line in lines {
        area.draw(&PathElement::new(line.to_vec(), style))
            .map_err(render_error)?;
    }
    Ok(())
}
