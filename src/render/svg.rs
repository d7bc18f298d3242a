//! SVG output through the same [`render`](super::render) as the canvas, made lighter by
//! [`compact`](super::svg_compact::compact): the export tool (and so the pre-rendered pictures),
//! the golden tests and the page's SVG download use it.

use super::render;
use super::svg_compact::compact;
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
    Ok(compact(&out))
}
