//! The legend: a swatch per series (a patterned bar block, or a line sample, dashed when the
//! series is, with its marker) and its name; and a range mark, saying what range marks are.

use super::markers::{bar_pattern, marker};
use super::ranges::range_mark;
use super::texts::draw_placed;
use super::{px, render_error, rgb, Area};
use crate::error::Result;
use crate::layout::Frame;
use crate::spec::{Chart, Kind};
use crate::theme::Theme;
use plotters::element::DashedPathElement;
use plotters::prelude::*;

/// Draws every legend entry of the frame.
pub fn draw<DB: DrawingBackend>(area: &Area<DB>, chart: &Chart, frame: &Frame, theme: &Theme) -> Result<()> {
    for entry in &frame.legend {
        let series = &chart.dataset.series[entry.series];
        let color = rgb(theme.series_color(series.color, entry.series));
        let r = entry.swatch;
        match chart.kind {
            Kind::Bar => {
                let corners = [px(r.left, r.top), px(r.right, r.bottom)];
                area.draw(&Rectangle::new(corners, color.filled()))
                    .map_err(render_error)?;
                bar_pattern(area, entry.series, r, theme)?;
            }
            Kind::Line | Kind::Area => {
                let mid = (r.top + r.bottom) / 2.0;
                let line = vec![px(r.left, mid), px(r.right, mid)];
                let stroke = ShapeStyle::from(color).stroke_width(3);
                if series.dashed {
                    area.draw(&DashedPathElement::new(line, 4, 3, stroke))
                        .map_err(render_error)?;
                } else {
                    area.draw(&PathElement::new(line, stroke)).map_err(render_error)?;
                }
                marker(
                    area,
                    entry.series,
                    (r.left + r.right) / 2.0,
                    mid,
                    color,
                    false,
                    theme,
                )?;
            }
        }
        draw_placed(area, &entry.label, theme)?;
    }
    if let Some(key) = &frame.legend_key {
        let r = key.swatch;
        let x = (r.left + r.right) / 2.0;
        range_mark(area, x, r.top + 1.0, r.bottom - 1.0, rgb(theme.muted_text), 1)?;
        draw_placed(area, &key.label, theme)?;
    }
    Ok(())
}
