//! The settings a page changes on a chart: its data, kind, range, theme, language, zoom, motion,
//! and where title and legend go. Each takes effect at the next `render`.

use super::{js_error, ChartHandle, JsValue};
use crate::color::Rgb;
use crate::error::ChartError;
use crate::layout::{View, XDomain};
use crate::render::Focus;
use crate::spec::{Chart, ChartSpec};
use crate::theme::Theme;
use crate::Lang;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

#[wasm_bindgen]
impl ChartHandle {
    /// Replaces the data with JSON or CSV text (told apart by `content_type` and the text; a CSV
    /// is titled `title` and reads numbers with `decimal`); the view starts afresh. On error the
    /// chart keeps its old data.
    #[cfg(feature = "full")]
    #[wasm_bindgen(js_name = setData)]
    pub fn set_data(
        &mut self,
        text: &str,
        content_type: &str,
        title: &str,
        decimal: &str,
    ) -> Result<(), JsValue> {
        let decimal = crate::spec::Decimal::parse(decimal, "decimal").map_err(js_error)?;
        let spec = crate::spec::spec_from_text(text, content_type, "", title, decimal).map_err(js_error)?;
        self.replace_spec(spec)
    }

    /// Replaces the data with a data object in the `docs/data-format.md` schema (the object
    /// itself, or what `specFromText` made of a user's text); the view starts afresh. On error
    /// the chart keeps its old data.
    #[wasm_bindgen(js_name = setSpec)]
    pub fn set_spec(&mut self, data: JsValue) -> Result<(), JsValue> {
        self.replace_spec(super::spec_from_js(data)?)
    }

    pub(super) fn replace_spec(&mut self, spec: ChartSpec) -> Result<(), JsValue> {
        self.revision = self.revision.wrapping_add(1);
        self.chart = self.validated(&spec, self.chart.lang)?;
        self.spec = spec;
        self.view = View {
            show_claims: self.view.show_claims,
            type_scale: self.view.type_scale,
            ..View::default()
        };
        self.view.title_in_canvas = false;
        self.view.legend_in_canvas = false;
        self.view.credit_in_canvas = false;
        (self.focus, self.cursor, self.event_cursor, self.transition) = (Focus::default(), None, None, None);
        Ok(())
    }

    /// Draws as `line`, `bar` or `area` (`""` for the data's own kind); an error if the data
    /// does not allow it (bars take whole years).
    #[wasm_bindgen(js_name = setKind)]
    pub fn set_kind(&mut self, kind: &str) -> Result<(), JsValue> {
        self.revision = self.revision.wrapping_add(1);
        let previous = self.kind.replace(kind.to_string()).filter(|k| !k.is_empty());
        if kind.is_empty() {
            self.kind = None;
        }
        match self.validated(&self.spec, self.chart.lang) {
            Ok(chart) => {
                self.chart = chart;
                self.view.x_range = None;
                Ok(())
            }
            Err(e) => {
                self.kind = previous;
                Err(e)
            }
        }
    }

    /// The chart validated from `spec` in `lang`, with the page's `kind` applied.
    fn validated(&self, spec: &ChartSpec, lang: Lang) -> Result<Chart, JsValue> {
        match &self.kind {
            Some(kind) => {
                let spec = ChartSpec {
                    kind: Some(kind.clone()),
                    ..spec.clone()
                };
                Chart::from_spec(&spec, lang).map_err(js_error)
            }
            None => Chart::from_spec(spec, lang).map_err(js_error),
        }
    }

    /// Shows `from`..`to` (dates such as `1936`, `1921-03`); empty strings show everything.
    #[wasm_bindgen(js_name = setRange)]
    pub fn set_range(&mut self, from: &str, to: &str) -> Result<(), JsValue> {
        self.view.x_range = XDomain::from_range(&self.chart, from, to).map_err(js_error)?;
        Ok(())
    }

    /// Shows the chart's story view named `id` (`lenin-purges`), narrowed to `from`..`to` where
    /// those are given; Reset then returns to it. An unknown name is an error naming the chart's
    /// views; `""` shows everything.
    #[wasm_bindgen(js_name = setView)]
    pub fn set_view(&mut self, id: &str, from: &str, to: &str) -> Result<(), JsValue> {
        let range = if id.is_empty() {
            XDomain::from_range(&self.chart, from, to)
        } else {
            XDomain::from_view(&self.chart, id, from, to)
        };
        self.view.x_range = range.map_err(js_error)?;
        self.home = self.view.x_range;
        Ok(())
    }

    /// Moves to the story view `id` with a transition; Reset then returns to it (the kiosk's
    /// steps). An unknown name is an error naming the chart's views.
    #[wasm_bindgen(js_name = viewTo)]
    pub fn view_to(&mut self, id: &str, now_ms: f64) -> Result<(), JsValue> {
        let current = self.view.x_range;
        self.set_view(id, "", "")?;
        let target = self.view.clone();
        self.view.x_range = current;
        self.transition_to(target, now_ms);
        Ok(())
    }

    /// Moves to `from`..`to` with a transition (the kiosk's gentle motion between moments).
    #[wasm_bindgen(js_name = rangeTo)]
    pub fn range_to(&mut self, from: &str, to: &str, now_ms: f64) -> Result<(), JsValue> {
        let current = self.view.x_range;
        self.set_range(from, to)?;
        let target = self.view.clone();
        self.view.x_range = current;
        self.transition_to(target, now_ms);
        Ok(())
    }

    /// Uses the `light`, `dark` or `high-contrast` theme, or with `auto` the one the reader's
    /// colour scheme (`prefers_dark`) asks for. Returns the name of the theme in use.
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(&mut self, name: &str, prefers_dark: bool) -> Result<String, JsValue> {
        self.revision = self.revision.wrapping_add(1);
        let (resolved, theme) =
            Theme::resolve(name, prefers_dark).ok_or_else(|| js_error(ChartError::invalid("theme", name)))?;
        self.theme = theme;
        Ok(resolved.to_string())
    }

    /// Uses the system's forced colours, read by the page: background, text, highlight (`#rrggbb`).
    #[wasm_bindgen(js_name = setForcedColors)]
    pub fn set_forced_colors(&mut self, canvas: &str, text: &str, highlight: &str) -> Result<(), JsValue> {
        self.revision = self.revision.wrapping_add(1);
        let c = |v: &str, f: &str| Rgb::from_hex(v, f).map_err(js_error);
        self.theme = Theme::forced(c(canvas, "canvas")?, c(text, "text")?, c(highlight, "highlight")?);
        Ok(())
    }

    /// Draws everything `zoom` times larger (1 to 4): large type for kiosks and big screens.
    #[wasm_bindgen(js_name = setZoom)]
    pub fn set_zoom(&mut self, zoom: f64) {
        self.zoom = crate::layout::clamp_zoom(zoom);
    }

    /// Draws the chart's text `scale` times the page sizes (1 to 4) while lines, marks and the
    /// plot keep their size: a page passes its font size over 16 px, a kiosk its screen's scale.
    #[wasm_bindgen(js_name = setTypeScale)]
    pub fn set_type_scale(&mut self, scale: f64) {
        self.view.type_scale = crate::layout::clamp_type_scale(scale);
    }

    /// Puts forward the labelled period `id` (its band drawn stronger, its name in the text
    /// colour), or none when `id` is empty; an id the chart has no period for is an error.
    #[wasm_bindgen(js_name = setHighlight)]
    pub fn set_highlight(&mut self, id: &str) -> Result<(), JsValue> {
        if !id.is_empty() && !self.chart.periods.iter().any(|p| p.id == id) {
            return Err(js_error(crate::error::ChartError::invalid("highlight", id)));
        }
        self.view.highlight = (!id.is_empty()).then(|| id.to_string());
        Ok(())
    }

    /// Internal self-tests, not part of the API: `"panic-next-render"` makes the next `render`
    /// panic, so the recovery of a chart from a fault in the module can be shown working.
    #[wasm_bindgen(js_name = __selfTest)]
    pub fn self_test(&mut self, what: &str) -> bool {
        self.panic_next = what == "panic-next-render";
        self.panic_next
    }

    /// Changes whenever the legend, text alternative or table may read differently, so the page
    /// rebuilds them only then, not on every redraw.
    pub fn revision(&self) -> u32 {
        self.revision
    }

    /// The canvas over the chart on which hover, keyboard focus and linked cursors are drawn.
    #[wasm_bindgen(js_name = setOverlay)]
    pub fn set_overlay(&mut self, overlay: HtmlCanvasElement) {
        self.overlay = Some(overlay);
        self.overlay_context = Default::default();
        self.overlay_clear.set(false);
        self.styled = None;
    }

    /// Draws title, legend and sources line inside the picture (exports), or leaves them to the
    /// page's heading, buttons and text.
    #[wasm_bindgen(js_name = setFurnitureInCanvas)]
    pub fn set_furniture_in_canvas(&mut self, on: bool) {
        self.view.title_in_canvas = on;
        self.view.legend_in_canvas = on;
        self.view.credit_in_canvas = on;
    }

    /// Transitions as usual, or none when the reader asked for reduced motion.
    #[wasm_bindgen(js_name = setReducedMotion)]
    pub fn set_reduced_motion(&mut self, reduced: bool) {
        self.motion_ms = crate::interact::motion_ms(reduced);
    }

    /// Switches the language of every text; takes effect at the next `render`.
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&mut self, lang: &str) -> Result<(), JsValue> {
        self.revision = self.revision.wrapping_add(1);
        let lang = Lang::negotiate(lang);
        self.chart = self.validated(&self.spec, lang)?;
        Ok(())
    }

    /// What the reader has done to the view (series switched off, the zoomed range, the claims
    /// layer, the kind asked for), so a second handle on the same data (the full module's, which
    /// makes exports, the table and the sound) shows exactly the same: `{hidden, lo, hi, claims,
    /// kind}`.
    #[wasm_bindgen(js_name = viewState)]
    pub fn view_state(&self) -> Result<JsValue, JsValue> {
        let range = self.view.x_range;
        super::to_js(&ViewState {
            hidden: self.view.hidden.clone(),
            lo: range.map(|r| r.lo),
            hi: range.map(|r| r.hi),
            claims: self.view.show_claims,
            kind: self.kind.clone(),
        })
    }

    /// Takes the view of another handle on the same data (see `viewState`).
    #[wasm_bindgen(js_name = setViewState)]
    pub fn set_view_state(&mut self, state: JsValue) -> Result<(), JsValue> {
        let state = ViewState::read(state).map_err(super::js_error)?;
        if state.kind != self.kind {
            self.set_kind(state.kind.as_deref().unwrap_or(""))?;
        }
        self.view.hidden = state.hidden;
        self.view.x_range = state.lo.zip(state.hi).map(|(lo, hi)| XDomain { lo, hi });
        self.view.show_claims = state.claims;
        self.revision = self.revision.wrapping_add(1);
        Ok(())
    }

    /// Shows or hides the claims layer; takes effect at the next `render`.
    #[wasm_bindgen(js_name = setClaims)]
    pub fn set_claims(&mut self, on: bool) {
        self.view.show_claims = on;
    }
}

/// The reader's view of a chart, handed from one handle to another.
#[derive(serde::Serialize)]
struct ViewState {
    hidden: Vec<String>,
    lo: Option<f64>,
    hi: Option<f64>,
    claims: bool,
    kind: Option<String>,
}

impl ViewState {
    fn read(value: JsValue) -> crate::Result<ViewState> {
        let n = super::read::Node::object(value, "view".into())?;
        Ok(ViewState {
            hidden: n.strings("hidden")?,
            lo: n.number("lo")?,
            hi: n.number("hi")?,
            claims: n.flag("claims")?.unwrap_or(false),
            kind: n.string("kind")?,
        })
    }
}
