//! Areas: the stretch under each line run shaded down to zero in the series' colour, light
//! enough that overlapping areas and the grid stay readable; the lines are drawn over them.

use super::{px, render_error, rgb, Area};
use crate::error::Result;
use crate::layout::Frame;
use crate::spec::Chart;
use crate::theme::Theme;
use plotters::prelude::*;

/// Shades the area under every run of every shown line.
pub fn draw<DB: DrawingBackend>(area: &Area<DB>, chart: &Chart, frame: &Frame, theme: &Theme) -> Result<()> {
    let base = frame.y.value_to_px(0.0).min(frame.plot.bottom);
    for line in &frame.lines {
        let colour = rgb(theme.series_color(chart.dataset.series[line.series].color, line.series)).mix(0.22);
        for run in &line.runs {
            let (Some(first), Some(last)) = (run.first(), run.last()) else {
                continue;
            };
            let mut outline: Vec<(i32, i32)> = run.iter().map(|&(x, y)| px(x, y)).collect();
            outline.push(px(last.0, base));
            outline.push(px(first.0, base));
            area.draw(&Polygon::new(outline, colour.filled()))
                .map_err(render_error)?;
        }
    }
    Ok(())
}
