//! Labelled periods: the bands, drawn under the data in a faint wash of the muted text colour,
//! and their names in the strip above the plot.

use super::texts::draw_placed;
use super::{px, render_error, rgb, Area};
use crate::error::Result;
use crate::layout::Frame;
use crate::theme::Theme;
use plotters::prelude::*;

/// How strongly a band tints the plot: enough to see the stretch, little enough that every mark
/// keeps its contrast against the background.
const BAND_ALPHA: f64 = 0.07;

/// The bands, under the data.
pub fn draw_bands<DB: DrawingBackend>(area: &Area<DB>, frame: &Frame, theme: &Theme) -> Result<()> {
    let plot = frame.plot;
    for b in &frame.bands {
        let corners = [px(b.left_px, plot.top), px(b.right_px, plot.bottom)];
        area.draw(&Rectangle::new(
            corners,
            rgb(theme.muted_text).mix(BAND_ALPHA).filled(),
        ))
        .map_err(render_error)?;
    }
    Ok(())
}

/// The bands' names, above the plot.
pub fn draw_names<DB: DrawingBackend>(area: &Area<DB>, frame: &Frame, theme: &Theme) -> Result<()> {
    for label in frame.bands.iter().filter_map(|b| b.label.as_ref()) {
        draw_placed(area, label, theme)?;
    }
    Ok(())
}
