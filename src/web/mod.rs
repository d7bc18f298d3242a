//! The web layer (wasm only): a [`ChartHandle`] binds one validated chart to one canvas. It
//! converts JS values and errors, sizes the canvas for the device pixel ratio (the one place DPR
//! is handled), and calls `render`. No chart logic lives here; JS in `www/` wires elements and
//! events to these handles.

use crate::error::ChartError;
use crate::layout::Frame;
use crate::render::{render, CssSized};
use crate::spec::{Chart, ChartSpec};
use crate::theme::Theme;
use crate::{dataset::Date, Lang};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// One chart bound to one canvas.
#[wasm_bindgen]
pub struct ChartHandle {
    canvas: HtmlCanvasElement,
    spec: ChartSpec,
    chart: Chart,
    frame: Option<Frame>,
}

fn js_error(e: ChartError) -> JsError {
    JsError::new(&e.to_string())
}

#[wasm_bindgen]
impl ChartHandle {
    /// A built-in chart (`party-membership`, `repression`) in `lang` (`en`, `ru`).
    pub fn builtin(canvas: HtmlCanvasElement, id: &str, lang: &str) -> Result<ChartHandle, JsError> {
        let spec = crate::spec::builtin_spec(id).map_err(js_error)?;
        Self::bind(canvas, spec, lang)
    }

    /// A chart from JSON text in the `docs/data-format.md` schema.
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(canvas: HtmlCanvasElement, json: &str, lang: &str) -> Result<ChartHandle, JsError> {
        let spec = ChartSpec::from_json(json).map_err(js_error)?;
        Self::bind(canvas, spec, lang)
    }

    /// A chart from a JS object in the `docs/data-format.md` schema.
    #[wasm_bindgen(js_name = fromObject)]
    pub fn from_object(canvas: HtmlCanvasElement, data: JsValue, lang: &str) -> Result<ChartHandle, JsError> {
        let spec: ChartSpec = serde_wasm_bindgen::from_value(data).map_err(|e| {
            js_error(ChartError::Parse {
                message: e.to_string(),
            })
        })?;
        Self::bind(canvas, spec, lang)
    }

    fn bind(canvas: HtmlCanvasElement, spec: ChartSpec, lang: &str) -> Result<ChartHandle, JsError> {
        let lang = Lang::parse(lang).map_err(js_error)?;
        let chart = Chart::from_spec(&spec, lang).map_err(js_error)?;
        Ok(ChartHandle {
            canvas,
            spec,
            chart,
            frame: None,
        })
    }

    /// Switches the language of every text; takes effect at the next `render`.
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&mut self, lang: &str) -> Result<(), JsError> {
        let lang = Lang::parse(lang).map_err(js_error)?;
        self.chart = Chart::from_spec(&self.spec, lang).map_err(js_error)?;
        Ok(())
    }

    /// Draws the chart at `css_width` × `css_height` CSS px. The backing store becomes that size
    /// times `devicePixelRatio`, the context is scaled once, and the CSS size is pinned so the
    /// canvas never grows from one redraw to the next.
    pub fn render(&mut self, css_width: f64, css_height: f64) -> Result<(), JsError> {
        let width = css_width.round().clamp(1.0, 16_384.0) as u32;
        let height = css_height.round().clamp(1.0, 16_384.0) as u32;
        let dpr = web_sys::window()
            .map(|w| w.device_pixel_ratio())
            .filter(|d| d.is_finite() && *d > 0.0)
            .unwrap_or(1.0);
        self.canvas.set_width((f64::from(width) * dpr).round() as u32);
        self.canvas.set_height((f64::from(height) * dpr).round() as u32);
        let style = self.canvas.style();
        style
            .set_property("width", &format!("{width}px"))
            .map_err(js_value_error)?;
        style
            .set_property("height", &format!("{height}px"))
            .map_err(js_value_error)?;
        let context: CanvasRenderingContext2d = self
            .canvas
            .get_context("2d")
            .map_err(js_value_error)?
            .and_then(|c| c.dyn_into().ok())
            .ok_or_else(|| JsError::new("cannot draw: no 2d canvas context"))?;
        // Resizing the canvas reset the context; scale it once so all drawing is in CSS px.
        context
            .set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0)
            .map_err(js_value_error)?;
        let backend = CanvasBackend::with_canvas_object(self.canvas.clone())
            .ok_or_else(|| JsError::new("cannot draw: no 2d canvas context"))?;
        let frame =
            render(CssSized::new(backend, width, height), &self.chart, &Theme::LIGHT).map_err(js_error)?;
        self.frame = Some(frame);
        Ok(())
    }

    /// The chart's title, for the canvas' accessible name.
    pub fn title(&self) -> String {
        self.chart.title.clone()
    }

    /// The sources line, in the chart's language.
    pub fn credit(&self) -> String {
        self.chart.credit.clone()
    }

    /// The CSS px x of a date (`1937`, `1921-03`) in the last render, if it is on the axis.
    #[wasm_bindgen(js_name = dateToPx)]
    pub fn date_to_px(&self, date: &str) -> Option<f64> {
        self.frame.as_ref()?.date_to_px(&Date::parse(date)?)
    }

    /// The CSS px y of a value in the last render.
    #[wasm_bindgen(js_name = valueToPx)]
    pub fn value_to_px(&self, value: f64) -> Option<f64> {
        Some(self.frame.as_ref()?.y.value_to_px(value))
    }

    /// The plot rectangle of the last render, `[left, top, right, bottom]` in CSS px.
    #[wasm_bindgen(js_name = plotRect)]
    pub fn plot_rect(&self) -> Option<Vec<f64>> {
        let p = self.frame.as_ref()?.plot;
        Some(vec![p.left, p.top, p.right, p.bottom])
    }

    /// `#rrggbb` of a series, for a DOM legend or a test reading pixels.
    #[wasm_bindgen(js_name = seriesColor)]
    pub fn series_color(&self, id: &str) -> Option<String> {
        Some(self.chart.dataset.series_by_id(id)?.color.to_hex())
    }
}

fn js_value_error(e: JsValue) -> JsError {
    JsError::new(&format!(
        "cannot draw: {}",
        e.as_string().unwrap_or_else(|| "canvas error".into())
    ))
}
