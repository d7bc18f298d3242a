//! Exports from the page: SVG text, a picture drawn on a canvas the page supplies (for PNG), and
//! CSV. Each draws the whole chart, title and legend included, as the reader sees it now.

use super::draw::{backend, context_of, size_canvas, Ground};
use super::{js_error, ChartHandle};
use crate::export::{image_size, png_scale, to_csv};
use crate::layout::View;
use crate::render::{render, to_svg};
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

impl ChartHandle {
    /// The reader's view with title and legend put back in the picture.
    fn export_view(&self) -> View {
        View {
            title_in_canvas: true,
            legend_in_canvas: true,
            credit_in_canvas: true,
            y_top: None,
            ..self.view.clone()
        }
    }
}

#[wasm_bindgen]
impl ChartHandle {
    /// The chart as an SVG document of `width` × `height` px.
    #[wasm_bindgen(js_name = toSvg)]
    pub fn to_svg(&self, width: u32, height: u32) -> Result<String, JsValue> {
        let (width, height) = image_size(width, height);
        to_svg(&self.chart, &self.export_view(), &self.theme, width, height).map_err(js_error)
    }

    /// Draws the chart on `canvas` at `width` × `height` CSS px and `scale` device px per CSS px
    /// (2 for a sharp PNG), for the page to turn into an image.
    #[wasm_bindgen(js_name = drawImage)]
    pub fn draw_image(
        &self,
        canvas: HtmlCanvasElement,
        width: u32,
        height: u32,
        scale: f64,
    ) -> Result<(), JsValue> {
        let (size, scale) = (image_size(width, height), png_scale(scale));
        let ground = Ground::Opaque(self.theme.background);
        let context = context_of(&canvas, ground)?;
        let context = size_canvas(&canvas, context, size, (scale, scale), true, ground)?;
        render(
            backend(&canvas, context, size, ground),
            &self.chart,
            &self.export_view(),
            &self.theme,
        )
        .map_err(js_error)?;
        Ok(())
    }

    /// The chart's data as CSV, with each series' status and source.
    #[wasm_bindgen(js_name = toCsv)]
    pub fn to_csv(&self) -> String {
        to_csv(&self.chart)
    }
}
