//! Lines through dated points, broken at gaps, with a marker per point: a disc for a counted
//! figure, a ring for a claim or estimate. Dashed series differ by more than colour.

use super::{px, render_error, rgb, Area};
use crate::error::Result;
use crate::layout::{Frame, Mark, MarkShape};
use crate::spec::Chart;
use plotters::element::DashedPathElement;
use plotters::prelude::*;

/// Draws each series' line segments, then its markers.
pub fn draw<DB: DrawingBackend>(area: &Area<DB>, chart: &Chart, frame: &Frame) -> Result<()> {
    for (si, series) in chart.dataset.series.iter().enumerate() {
        let color = rgb(series.color);
        let stroke = ShapeStyle::from(color).stroke_width(2);
        for run in runs(frame, si, series.points.len()) {
            if series.dashed {
                area.draw(&DashedPathElement::new(run, 6, 4, stroke))
                    .map_err(render_error)?;
            } else {
                area.draw(&PathElement::new(run, stroke)).map_err(render_error)?;
            }
        }
        for mark in frame.marks.iter().filter(|m| m.series == si) {
            let MarkShape::Dot { x_px, y_px, hollow } = mark.shape else {
                continue;
            };
            let centre = px(x_px, y_px);
            if hollow {
                area.draw(&Circle::new(centre, 4, ShapeStyle::from(WHITE).filled()))
                    .map_err(render_error)?;
                area.draw(&Circle::new(centre, 4, stroke)).map_err(render_error)?;
            } else {
                area.draw(&Circle::new(centre, 3, color.filled()))
                    .map_err(render_error)?;
            }
        }
    }
    Ok(())
}

/// Consecutive present points of one series as pixel runs; a gap (no mark) ends a run.
fn runs(frame: &Frame, series: usize, point_count: usize) -> Vec<Vec<(i32, i32)>> {
    let mut by_point: Vec<Option<(i32, i32)>> = vec![None; point_count];
    for Mark { point, shape, .. } in frame.marks.iter().filter(|m| m.series == series) {
        if let MarkShape::Dot { x_px, y_px, .. } = *shape {
            by_point[*point] = Some(px(x_px, y_px));
        }
    }
    by_point
        .split(Option::is_none)
        .map(|run| run.iter().flatten().copied().collect::<Vec<_>>())
        .filter(|run| run.len() > 1)
        .collect()
}
