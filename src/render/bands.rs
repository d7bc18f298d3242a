//! Labelled periods: the bands, drawn under the data in a faint wash of the muted text colour
//! (the theme's `band_alpha`: enough to see the stretch, little enough that every mark keeps its
//! contrast; none under forced colours), and their names in the strip above the plot. The band a
//! page puts forward (a kiosk's step) is washed [`HIGHLIGHT_ALPHA_RATIO`] times as strong, and
//! under forced colours outlined instead.

use super::texts::draw_placed;
use super::{px, render_error, rgb, Area};
use crate::error::Result;
use crate::layout::Frame;
use crate::theme::Theme;
use plotters::prelude::*;

/// How much stronger the highlighted band's wash is than the others'.
pub const HIGHLIGHT_ALPHA_RATIO: f64 = 3.0;

/// The bands, under the data.
pub fn draw_bands<DB: DrawingBackend>(area: &Area<DB>, frame: &Frame, theme: &Theme) -> Result<()> {
    let plot = frame.plot;
    for b in &frame.bands {
        let corners = [px(b.left_px, plot.top), px(b.right_px, plot.bottom)];
        let style = match (theme.band_alpha > 0.0, b.highlighted) {
            (true, highlighted) => {
                let ratio = if highlighted { HIGHLIGHT_ALPHA_RATIO } else { 1.0 };
                rgb(theme.muted_text).mix(theme.band_alpha * ratio).filled()
            }
            (false, true) => rgb(theme.muted_text).stroke_width(2),
            (false, false) => continue,
        };
        area.draw(&Rectangle::new(corners, style)).map_err(render_error)?;
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
