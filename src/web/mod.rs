//! The web layer (wasm only): a [`ChartHandle`] binds one validated chart to a canvas and an
//! overlay canvas. It converts JS values and errors, sizes both canvases for the device pixel
//! ratio (the one place DPR is handled), steps transitions, and calls `render`. Chart logic lives
//! in the layers below; JS in `www/` wires elements and events to these handles.
//!
//! Files: `mod.rs` (binding, sizing, drawing, transitions), `options.rs` (data, kind, range,
//! theme, language, zoom and the other settings), `pointer.rs` (pointer, wheel, keys,
//! legend, linked cursor), `panels.rs` (claims, sources and legend as plain data), `geometry.rs`
//! (read-outs of the last frame), `exports.rs` (SVG, PNG, CSV), `intl.rs` (numbers and dates
//! through the browser's `Intl`), `measure.rs` (text widths from the canvas' `measureText`),
//! `columns.rs` (numeric columns from typed arrays), `canvas.rs` (the canvas backend) and
//! `context2d.rs` (the context's calls it makes most, bound directly).

mod canvas;
mod columns;
mod context2d;
mod draw;
#[cfg(feature = "full")]
mod exports;
mod geometry;
mod intl;
#[cfg(feature = "full")]
mod kiosk;
#[cfg(feature = "full")]
mod maker;
mod measure;
mod options;
mod panels;
mod pointer;
mod read;

use crate::error::ChartError;
use crate::interact::{Cursor, Gestures, Transition};
use crate::layout::{Frame, View};
use crate::render::Focus;
use crate::spec::{BuiltinParts, Chart, ChartSpec};
use crate::theme::Theme;
use crate::Lang;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// One chart bound to one canvas (and, once set, an overlay canvas).
#[wasm_bindgen]
pub struct ChartHandle {
    canvas: HtmlCanvasElement,
    overlay: Option<HtmlCanvasElement>,
    /// True while the overlay canvas is known to be clear (drawn blank at the current size).
    overlay_clear: std::cell::Cell<bool>,
    /// The 2D context of the chart's canvas, asked for once rather than on every redraw (an ask
    /// is three calls across the boundary and a conversion of the options).
    context: std::cell::OnceCell<web_sys::CanvasRenderingContext2d>,
    /// The overlay's 2D context, asked for once per overlay.
    overlay_context: std::cell::OnceCell<web_sys::CanvasRenderingContext2d>,
    spec: ChartSpec,
    chart: Chart,
    /// What the reader asked for; a running transition overrides its x range and y top.
    view: View,
    frame: Option<Frame>,
    size_css: (u32, u32),
    dpr: f64,
    focus: Focus,
    cursor: Option<Cursor>,
    event_cursor: Option<usize>,
    transition: Option<Transition>,
    motion_ms: f64,
    theme: Theme,
    /// The `kind` the page asked for, overriding the data's own.
    kind: Option<String>,
    /// Bumped whenever what the page shows beside the canvas (legend, summary, table) may change.
    revision: u32,
    /// Set by `__selfTest("panic-next-render")`, the self-test of the page's recovery.
    panic_next: bool,
    /// CSS px per layout px: above 1 the whole chart (type, lines, markers) is drawn larger, as a
    /// kiosk's large screen needs. Pointer coordinates are divided by it on the way in.
    zoom: f64,
    /// The CSS size and DPR both canvases' styles were last pinned for.
    styled: Option<((u32, u32), f64)>,
    /// The pointers down on the chart, and the last tap.
    gestures: Gestures,
    /// Where Reset returns: the story view the page asked for (everything when none).
    home: Option<crate::layout::XDomain>,
}

thread_local! {
    static LAST_PANIC: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Records a panic's message before the module traps, so the page can say what happened and
/// re-create the chart instead of leaving it dead.
fn install_panic_hook() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let message = info.to_string();
            LAST_PANIC.with(|p| *p.borrow_mut() = message);
        }));
    });
}

/// The message of the last panic ("" if none), read by the page after a `RuntimeError`.
#[wasm_bindgen(js_name = lastPanic)]
pub fn last_panic() -> String {
    LAST_PANIC.with(|p| p.borrow().clone())
}

/// A UI string in `lang` (English when the language is unknown), for messages shown before any
/// chart exists.
#[wasm_bindgen(js_name = uiText)]
pub fn ui_text_for(key: &str, lang: &str) -> String {
    let lang = Lang::negotiate(lang);
    crate::i18n::ui_text(key, lang).unwrap_or(key).to_string()
}

/// A Rust value as a plain JS value (objects, arrays, strings).
pub(crate) fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsValue> {
    serde_wasm_bindgen::to_value(value).map_err(|e| typed_error("internal", &e.to_string(), None))
}

/// The one error that crosses into JS: an `Error` named `ChronicleError` with a `code` (`invalid`,
/// `missing`, `parse`, `check`, `render`, `internal`), its `message`, and the `field` it names
/// (`null` when none), so a page can tell bad input from a fault without reading the words.
pub(crate) fn typed_error(code: &str, message: &str, field: Option<&str>) -> JsValue {
    let error = js_sys::Error::new(message);
    error.set_name("ChronicleError");
    let _ = js_sys::Reflect::set(&error, &"code".into(), &code.into());
    let field = field.map_or(JsValue::NULL, JsValue::from_str);
    let _ = js_sys::Reflect::set(&error, &"field".into(), &field);
    error.into()
}

/// A data object in the `docs/data-format.md` schema, as a spec.
#[cfg(not(feature = "full"))]
pub(crate) fn spec_from_js(data: JsValue) -> Result<ChartSpec, JsValue> {
    read::chart(data).map_err(js_error)
}

/// A data object in the `docs/data-format.md` schema, as a spec (read by serde in the full module).
#[cfg(feature = "full")]
pub(crate) fn spec_from_js(data: JsValue) -> Result<ChartSpec, JsValue> {
    serde_wasm_bindgen::from_value(data)
        .map_err(|e| typed_error("parse", &format!("invalid data: {e}"), Some("data")))
}

/// Data text (JSON in the `docs/data-format.md` schema, or CSV; told apart by `content_type`,
/// `url` and the text) read into a plain data object, for `fromObject` and `setSpec`: the full
/// module reads what a user wrote, so the lean one never carries the parsers. Errors name what
/// and where, as `fromText` does.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = specFromText)]
pub fn spec_from_text(
    text: &str,
    content_type: &str,
    url: &str,
    title: &str,
    decimal: &str,
) -> Result<JsValue, JsValue> {
    let decimal = crate::spec::Decimal::parse(decimal, "decimal").map_err(js_error)?;
    let spec = crate::spec::spec_from_text(text, content_type, url, title, decimal).map_err(js_error)?;
    // Validate here too, so an error names the user's text rather than an object they never saw.
    Chart::from_spec(&spec, Lang::EN).map_err(js_error)?;
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&spec, &serializer).map_err(|e| typed_error("internal", &e.to_string(), None))
}

/// A built-in chart's files, read by hand in the lean module and by serde in the full one.
fn builtin_parts(parts: JsValue) -> Result<BuiltinParts, String> {
    #[cfg(feature = "full")]
    return serde_wasm_bindgen::from_value(parts).map_err(|e| e.to_string());
    #[cfg(not(feature = "full"))]
    return read::builtin_parts(parts).map_err(|e| e.to_string());
}

/// The languages the widget has words for, each named in itself: `[{code, name}]`, English first.
#[wasm_bindgen]
pub fn languages() -> Result<JsValue, JsValue> {
    #[derive(serde::Serialize)]
    struct Language {
        code: &'static str,
        name: &'static str,
    }
    let all: Vec<Language> = Lang::all()
        .map(|l| Language {
            code: l.code(),
            name: l.name(),
        })
        .collect();
    to_js(&all)
}

/// The code of the language whose words the page must hand over (`setWords`) before a chart
/// in `tag` speaks it (`uk` for `uk-UA`), or `""` when none is needed: English, a language
/// without words (which speaks English), or words already handed over.
#[wasm_bindgen(js_name = wordsNeeded)]
pub fn words_needed(tag: &str) -> String {
    let lang = Lang::negotiate(tag);
    if lang.has_words() {
        String::new()
    } else {
        lang.code().to_string()
    }
}

/// Takes the words of language `code` from its words file (`pkg/lang/<code>.words`); false for
/// an unknown code.
#[wasm_bindgen(js_name = setWords)]
pub fn set_words(code: &str, file: &str) -> bool {
    crate::lang::load_words(code, file)
}

/// A core error as the typed JS error.
pub(crate) fn js_error(e: ChartError) -> JsValue {
    typed_error(e.code(), &e.to_string(), e.field())
}

#[wasm_bindgen]
impl ChartHandle {
    /// A built-in chart (`party-membership`, `repression`, `gulag`) in `lang` (`en`, `ru`).
    #[cfg(feature = "full")]
    pub fn builtin(canvas: HtmlCanvasElement, id: &str, lang: &str) -> Result<ChartHandle, JsValue> {
        let spec = crate::spec::builtin_spec(id).map_err(js_error)?;
        Self::bind(canvas, spec, lang)
    }

    /// A chart from data text: JSON in the `docs/data-format.md` schema or CSV, told apart by
    /// `content_type`, `url` and the text itself; a CSV is titled `title` (the series names when
    /// empty) and reads numbers with the decimal separator `decimal` (`.`, `,` or `""`).
    #[cfg(feature = "full")]
    #[wasm_bindgen(js_name = fromText)]
    pub fn from_text(
        canvas: HtmlCanvasElement,
        text: &str,
        content_type: &str,
        url: &str,
        title: &str,
        decimal: &str,
        lang: &str,
    ) -> Result<ChartHandle, JsValue> {
        let decimal = crate::spec::Decimal::parse(decimal, "decimal").map_err(js_error)?;
        let spec = crate::spec::spec_from_text(text, content_type, url, title, decimal).map_err(js_error)?;
        Self::bind(canvas, spec, lang)
    }

    /// A built-in chart from its shipped files (`pkg/charts/<id>.js`: `{data, sources, events,
    /// claims}` as plain objects, so no JSON text is parsed), in `lang`.
    #[wasm_bindgen(js_name = fromBuiltin)]
    pub fn from_builtin(
        canvas: HtmlCanvasElement,
        id: &str,
        parts: JsValue,
        lang: &str,
    ) -> Result<ChartHandle, JsValue> {
        let parts = builtin_parts(parts)
            .map_err(|e| typed_error("parse", &format!("cannot read chart {id}: {e}"), Some("chart")))?;
        let handle = Self::bind(canvas, parts.join(id), lang)?;
        crate::spec::require_point_sources(&handle.chart).map_err(js_error)?;
        Ok(handle)
    }

    /// A chart from a data object in the `docs/data-format.md` schema (the JS object itself, not
    /// JSON text).
    #[wasm_bindgen(js_name = fromObject)]
    pub fn from_object(canvas: HtmlCanvasElement, data: JsValue, lang: &str) -> Result<ChartHandle, JsValue> {
        Self::bind(canvas, spec_from_js(data)?, lang)
    }

    fn bind(canvas: HtmlCanvasElement, spec: ChartSpec, lang: &str) -> Result<ChartHandle, JsValue> {
        install_panic_hook();
        intl::install();
        measure::install();
        let lang = Lang::negotiate(lang);
        let chart = Chart::from_spec(&spec, lang).map_err(js_error)?;
        Ok(ChartHandle {
            canvas,
            overlay: None,
            overlay_clear: std::cell::Cell::new(false),
            context: Default::default(),
            overlay_context: Default::default(),
            spec,
            chart,
            view: View::default(),
            frame: None,
            size_css: (0, 0),
            dpr: 1.0,
            focus: Focus::default(),
            cursor: None,
            event_cursor: None,
            transition: None,
            motion_ms: crate::interact::motion_ms(false),
            theme: Theme::LIGHT,
            kind: None,
            revision: 0,
            panic_next: false,
            zoom: 1.0,
            styled: None,
            gestures: Gestures::default(),
            home: None,
        })
    }
}
