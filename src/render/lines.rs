//! Lines through dated points, as the frame clipped and broke them, with a marker per point: a
//! disc for a counted figure, a ring for a claim or estimate. Dashed series differ by more than
//! colour.

use super::markers::marker;
use super::{px, render_error, rgb, Area};
use crate::error::Result;
use crate::layout::{Frame, MarkShape};
use crate::spec::Chart;
use crate::theme::Theme;
use plotters::element::DashedPathElement;
use plotters::prelude::*;

/// Draws each shown series' runs, then its markers.
pub fn draw<DB: DrawingBackend>(area: &Area<DB>, chart: &Chart, frame: &Frame, theme: &Theme) -> Result<()> {
    for line in &frame.lines {
        let series = &chart.dataset.series[line.series];
        let color = rgb(theme.series_color(series.color, line.series));
        let stroke = ShapeStyle::from(color).stroke_width(2);
        for run in &line.runs {
            let points: Vec<(i32, i32)> = run.iter().map(|&(x, y)| px(x, y)).collect();
            if series.dashed {
                area.draw(&DashedPathElement::new(points, 6, 4, stroke))
                    .map_err(render_error)?;
            } else {
                area.draw(&PathElement::new(points, stroke))
                    .map_err(render_error)?;
            }
        }
        for mark in frame.marks.iter().filter(|m| m.series == line.series) {
            let MarkShape::Dot { x_px, y_px, hollow } = mark.shape else {
                continue;
            };
            marker(area, line.series, x_px, y_px, color, hollow, theme)?;
        }
    }
    Ok(())
}
