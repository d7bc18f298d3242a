//! Labels on the plot, where layout placed them: point labels in the text colour (with a thin
//! leader to the point where they stand off from it), each line's name at its end in the line's
//! own colour, brought to text contrast (4.5:1) on the background.

use super::texts::{draw_placed, text_style};
use super::{px, render_error, rgb, Area};
use crate::error::Result;
use crate::layout::{Frame, TextRole};
use crate::spec::Chart;
use crate::theme::Theme;
use plotters::prelude::*;

/// Text contrast, WCAG 1.4.3.
const TEXT_CONTRAST: f64 = 4.5;

/// Draws every placed label.
pub fn draw<DB: DrawingBackend>(area: &Area<DB>, chart: &Chart, frame: &Frame, theme: &Theme) -> Result<()> {
    let leader = ShapeStyle::from(rgb(theme.muted_text)).stroke_width(1);
    for label in &frame.labels {
        if let Some((a, b)) = label.leader {
            area.draw(&PathElement::new(vec![px(a.0, a.1), px(b.0, b.1)], leader))
                .map_err(render_error)?;
        }
        for t in &label.lines {
            let TextRole::Series(i) = t.role else {
                draw_placed(area, t, theme)?;
                continue;
            };
            let Some(series) = chart.dataset.series.get(i) else {
                continue;
            };
            let mut colour = theme.series_color(series.color, i);
            if colour.contrast(theme.background) < TEXT_CONTRAST {
                colour = colour.with_contrast(theme.background, TEXT_CONTRAST);
            }
            let mut style = text_style(theme, t.size_px, t.role, t.align);
            style.color = rgb(colour).to_backend_color();
            area.draw_text(&t.text, &style, px(t.x_px, t.y_px))
                .map_err(render_error)?;
        }
    }
    Ok(())
}
