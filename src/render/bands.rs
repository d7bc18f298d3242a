//! Labelled periods: the bands, drawn under the data in a faint wash of the muted text colour
//! (the theme's `band_alpha`: enough to see the stretch, little enough that every mark keeps its
//! contrast; none under forced colours), and their names in the strip above the plot.

use super::texts::draw_placed;
use super::{px, render_error, rgb, Area};
use crate::error::Result;
use crate::layout::Frame;
use crate::theme::Theme;
use plotters::prelude::*;

/// The bands, under the data.
pub fn draw_bands<DB: DrawingBackend>(area: &Area<DB>, frame: &Frame, theme: &Theme) -> Result<()> {
    let plot = frame.plot;
    if theme.band_alpha <= 0.0 {
        return Ok(());
    }
    for b in &frame.bands {
        let corners = [px(b.left_px, plot.top), px(b.right_px, plot.bottom)];
        area.draw(&Rectangle::new(
            corners,
            rgb(theme.muted_text).mix(theme.band_alpha).filled(),
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
