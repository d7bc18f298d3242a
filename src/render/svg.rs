//! SVG output through the same [`render`](super::render) as the canvas: the export tool, the
//! golden tests and the page's SVG download use it.

use super::render;
use crate::error::Result;
use crate::layout::View;
use crate::spec::Chart;
use crate::theme::Theme;
use plotters_svg::SVGBackend;

/// The chart as an SVG document of `width_px` × `height_px`.
pub fn to_svg(chart: &Chart, view: &View, theme: &Theme, width_px: u32, height_px: u32) -> Result<String> {
    let mut out = String::new();
    {
        let backend = SVGBackend::with_string(&mut out, (width_px, height_px));
        render(backend, chart, view, theme)?;
    }
    Ok(out)
}
