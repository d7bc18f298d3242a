//! The render layer, the only user of plotters: a [`Frame`] computed by `layout` is drawn onto any
//! `DrawingBackend` (canvas in the browser, SVG natively), and returned so interaction can read
//! the geometry of what is on screen. One file per kind of mark; no layout decisions here.

mod areas;
mod axes;
mod bands;
mod bars;
mod canvas_style;
mod claims;
mod css_size;
mod events;
mod labels;
mod legend;
mod lines;
mod markers;
mod overlay;
mod ranges;
#[cfg(feature = "full")]
mod svg;
#[cfg(feature = "full")]
mod svg_compact;
mod texts;

pub use canvas_style::{crisp, css_color, css_font};
pub use css_size::CssSized;
pub use overlay::{draw_overlay, Focus};
#[cfg(feature = "full")]
pub use svg::to_svg;
pub use texts::text_font;

use crate::color::Rgb;
use crate::error::{ChartError, Result};
use crate::layout::{Frame, View};
use crate::spec::{Chart, Kind};
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;

/// A drawing area in CSS px over any backend.
pub(crate) type Area<DB> = DrawingArea<DB, Shift>;

/// Draws `chart` with the layers `view` switches on over the whole backend (its size is taken as
/// CSS px) and returns the frame.
pub fn render<DB: DrawingBackend>(backend: DB, chart: &Chart, view: &View, theme: &Theme) -> Result<Frame> {
    let (width, height) = backend.get_size();
    let frame = Frame::compute(chart, view, f64::from(width), f64::from(height))?;
    let root = backend.into_drawing_area();
    root.fill(&rgb(theme.background)).map_err(render_error)?;
    axes::draw_grid(&root, &frame, theme)?;
    bands::draw_bands(&root, &frame, theme)?;
    claims::draw_spans(&root, &frame, theme)?;
    match chart.kind {
        Kind::Bar => bars::draw(&root, chart, &frame, theme)?,
        Kind::Line => lines::draw(&root, chart, &frame, theme)?,
        Kind::Area => {
            areas::draw(&root, chart, &frame, theme)?;
            lines::draw(&root, chart, &frame, theme)?;
        }
    }
    ranges::draw(&root, &frame, theme)?;
    axes::draw_axes(&root, &frame, theme)?;
    events::draw(&root, &frame, theme)?;
    legend::draw(&root, chart, &frame, theme)?;
    texts::draw(&root, &frame, theme)?;
    bands::draw_names(&root, &frame, theme)?;
    claims::draw_labels(&root, &frame, theme)?;
    labels::draw(&root, chart, &frame, theme)?;
    root.present().map_err(render_error)?;
    Ok(frame)
}

/// The core's colour as a plotters colour.
pub(crate) fn rgb(c: Rgb) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

/// A CSS px coordinate rounded onto the backend's integer grid.
pub(crate) fn px(x: f64, y: f64) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

/// Any backend failure, as the core's error.
pub(crate) fn render_error(e: impl std::fmt::Display) -> ChartError {
    ChartError::Render {
        message: e.to_string(),
    }
}
