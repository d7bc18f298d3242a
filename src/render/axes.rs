//! Grid lines, axis baselines, tick marks and tick labels.

use super::texts::text_style;
use super::{px, render_error, rgb, Area};
use crate::error::Result;
use crate::layout::{Align, Frame, TextRole};
use crate::theme::Theme;
use plotters::prelude::*;

/// Faint horizontal lines at each y tick, behind the data.
pub fn draw_grid<DB: DrawingBackend>(area: &Area<DB>, frame: &Frame, theme: &Theme) -> Result<()> {
    let style = ShapeStyle::from(rgb(theme.grid)).stroke_width(1);
    for t in &frame.y_ticks {
        let line = [px(frame.plot.left, t.px), px(frame.plot.right, t.px)];
        area.draw(&PathElement::new(line.to_vec(), style))
            .map_err(render_error)?;
    }
    Ok(())
}

/// The baseline, tick marks and labels of both axes, over the data.
pub fn draw_axes<DB: DrawingBackend>(area: &Area<DB>, frame: &Frame, theme: &Theme) -> Result<()> {
    let axis = ShapeStyle::from(rgb(theme.axis)).stroke_width(1);
    let p = frame.plot;
    let baseline = [px(p.left, p.bottom), px(p.right, p.bottom)];
    area.draw(&PathElement::new(baseline.to_vec(), axis))
        .map_err(render_error)?;
    let below = text_style(
        theme,
        frame.type_sizes.label_px,
        TextRole::Label,
        Align::TopCenter,
    );
    // Every tick mark, then every label: the marks, one style, go to a canvas as one path.
    for t in &frame.x_ticks {
        let tick = [px(t.px, p.bottom), px(t.px, p.bottom + 5.0)];
        area.draw(&PathElement::new(tick.to_vec(), axis))
            .map_err(render_error)?;
    }
    for t in &frame.x_ticks {
        area.draw_text(&t.label, &below, px(t.px, p.bottom + 8.0))
            .map_err(render_error)?;
    }
    let left = text_style(
        theme,
        frame.type_sizes.label_px,
        TextRole::Label,
        Align::MiddleRight,
    );
    for t in &frame.y_ticks {
        area.draw_text(&t.label, &left, px(p.left - 8.0, t.px))
            .map_err(render_error)?;
    }
    Ok(())
}
