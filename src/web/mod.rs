//! The web layer (wasm only): a [`ChartHandle`] binds one validated chart to one canvas. It
//! converts JS values and errors, sizes the canvas for the device pixel ratio (the one place DPR
//! is handled), and calls `render`. No chart logic lives here; JS in `www/` wires elements and
//! events to these handles.

use crate::claims::{describe, evaluate};
use crate::error::ChartError;
use crate::format::thousands;
use crate::layout::{Frame, View};
use crate::render::{render, CssSized};
use crate::spec::{Chart, ChartSpec};
use crate::theme::Theme;
use crate::{dataset::Date, Lang};
use plotters_canvas::CanvasBackend;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// One chart bound to one canvas.
#[wasm_bindgen]
pub struct ChartHandle {
    canvas: HtmlCanvasElement,
    spec: ChartSpec,
    chart: Chart,
    view: View,
    frame: Option<Frame>,
}

/// A checked claim, for the page's list under the chart.
#[derive(Serialize)]
struct ClaimInfo {
    id: String,
    verdict: &'static str,
    quote: String,
    claimed: String,
    computed: String,
    basis: String,
    verdict_text: String,
    sentence: String,
}

/// A cited source, for the page's list under the chart.
#[derive(Serialize)]
struct SourceInfo {
    id: String,
    short: String,
    citation: String,
    url: Option<String>,
}

/// A UI string in `lang` (English when the language is unknown), for messages shown before any
/// chart exists.
#[wasm_bindgen(js_name = uiText)]
pub fn ui_text_for(key: &str, lang: &str) -> String {
    let lang = Lang::parse(lang).unwrap_or_default();
    crate::i18n::ui_text(key, lang).unwrap_or(key).to_string()
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
            view: View::default(),
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
        let backend = CssSized::new(backend, width, height);
        let frame = render(backend, &self.chart, &self.view, &Theme::LIGHT).map_err(js_error)?;
        self.frame = Some(frame);
        Ok(())
    }

    /// Shows or hides the claims layer; takes effect at the next `render`.
    #[wasm_bindgen(js_name = setClaims)]
    pub fn set_claims(&mut self, on: bool) {
        self.view.show_claims = on;
    }

    /// Whether the chart has claims to check.
    #[wasm_bindgen(js_name = hasClaims)]
    pub fn has_claims(&self) -> bool {
        !self.chart.claims.is_empty()
    }

    /// The checked claims in the chart's language: `[{id, verdict, quote, claimed, computed,
    /// basis, verdict_text, sentence}]`, numbered as on the chart.
    pub fn claims(&self) -> Result<JsValue, JsError> {
        let mut out = Vec::new();
        for claim in &self.chart.claims {
            let finding = evaluate(claim, &self.chart.dataset).map_err(js_error)?;
            let name = self
                .chart
                .dataset
                .series_by_id(&claim.series)
                .map_or("", |s| s.name.as_str());
            let text = describe(claim, &finding, name, self.chart.lang);
            let other_counts = self.other_counts(claim);
            out.push(ClaimInfo {
                id: claim.id.clone(),
                verdict: finding.verdict.id(),
                sentence: format!("{}{other_counts}", text.sentence),
                quote: text.quote,
                claimed: text.claimed,
                computed: text.computed,
                basis: text.basis,
                verdict_text: text.verdict,
            });
        }
        serde_wasm_bindgen::to_value(&out).map_err(|e| JsError::new(&e.to_string()))
    }

    /// The sources the chart cites, in full: `[{id, short, citation, url}]`.
    pub fn sources(&self) -> Result<JsValue, JsError> {
        let out: Vec<SourceInfo> = self
            .chart
            .cited_sources()
            .into_iter()
            .filter_map(|id| {
                let s = self.chart.sources.get(id)?;
                Some(SourceInfo {
                    id: id.into(),
                    short: s.short.clone(),
                    citation: s.citation.clone(),
                    url: s.url.clone(),
                })
            })
            .collect();
        serde_wasm_bindgen::to_value(&out).map_err(|e| JsError::new(&e.to_string()))
    }

    /// A UI string (`claims`, `claims-heading`, `sources`, `error`) in the chart's language.
    #[wasm_bindgen(js_name = uiText)]
    pub fn ui_text(&self, key: &str) -> String {
        crate::i18n::ui_text(key, self.chart.lang)
            .unwrap_or(key)
            .to_string()
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

impl ChartHandle {
    /// " Other counts: 1,548,366 (Pospelov Commission 1956)." for a claim over a documented total.
    fn other_counts(&self, claim: &crate::claims::Claim) -> String {
        let lang = self.chart.lang;
        let counts: Vec<String> = self
            .chart
            .totals
            .iter()
            .filter(|t| {
                t.series == claim.series && t.from_year == claim.from.year && t.to_year == claim.to.year
            })
            .flat_map(|t| t.alternatives.iter())
            .map(|(value, source)| {
                let who = source
                    .as_ref()
                    .and_then(|s| self.chart.sources.get(s))
                    .map_or("", |s| s.short.as_str());
                format!("{} ({who})", thousands(*value, lang))
            })
            .collect();
        if counts.is_empty() {
            return String::new();
        }
        match lang {
            Lang::En => format!(" Another count: {}.", counts.join("; ")),
            Lang::Ru => format!(" Другой подсчёт: {}.", counts.join("; ")),
        }
    }
}

fn js_value_error(e: JsValue) -> JsError {
    JsError::new(&format!(
        "cannot draw: {}",
        e.as_string().unwrap_or_else(|| "canvas error".into())
    ))
}
