//! The canvas 2D context's calls the canvas backend makes most, bound for a redraw that makes
//! no strings and no try/catch: style setters and `fillText` that take a JS string already made
//! (kept here, one per text, and reused), `arc` and `setTransform` without web-sys's error
//! wrapper where they cannot throw.

use std::cell::RefCell;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The same context, seen through the style setters that take a JS string already made
    /// (web-sys's `&str` setters make one from UTF-8 on every call).
    pub(super) type Styles;
    #[wasm_bindgen(method, setter = fillStyle)]
    pub(super) fn set_fill(this: &Styles, value: &JsValue);
    #[wasm_bindgen(method, setter = strokeStyle)]
    pub(super) fn set_stroke(this: &Styles, value: &JsValue);
    #[wasm_bindgen(method, setter = font)]
    pub(super) fn set_font(this: &Styles, value: &JsValue);
    #[wasm_bindgen(method, setter = textAlign)]
    pub(super) fn set_text_align(this: &Styles, value: &JsValue);
    #[wasm_bindgen(method, setter = textBaseline)]
    pub(super) fn set_text_baseline(this: &Styles, value: &JsValue);
    #[wasm_bindgen(method, js_name = fillText)]
    pub(super) fn fill_text(this: &Styles, text: &JsValue, x: f64, y: f64);
    /// `arc` without web-sys's try/catch wrapper: it throws only for a negative radius, and a
    /// radius here is a `u32`.
    #[wasm_bindgen(method)]
    pub(super) fn arc(this: &Styles, x: f64, y: f64, radius: f64, start: f64, end: f64);
    /// `setTransform` with six numbers, which never throws (web-sys wraps it in a try/catch for
    /// the overload that takes a matrix).
    #[wasm_bindgen(method, js_name = setTransform)]
    pub(super) fn set_transform(this: &Styles, a: f64, b: f64, c: f64, d: f64, e: f64, f: f64);
}

thread_local! {
    /// The JS strings made so far, by what they say (`#0072b2`, `bold 18px sans-serif`, a tick
    /// label): a chart has a few dozen, so a list is enough; it is cleared past 256.
    static STRINGS: RefCell<Vec<(String, JsValue)>> = const { RefCell::new(Vec::new()) };
}

/// Calls `f` with the JS string for `text`, made once (and lent, not cloned: a clone of a JS
/// value is a call across the boundary too).
pub(super) fn with_js_string(text: &str, f: &dyn Fn(&JsValue)) {
    STRINGS.with(|cache| {
        let mut cache = cache.borrow_mut();
        let at = match cache.iter().position(|(t, _)| t == text) {
            Some(at) => at,
            None => {
                if cache.len() >= 256 {
                    cache.clear();
                }
                cache.push((text.to_string(), JsValue::from_str(text)));
                cache.len() - 1
            }
        };
        f(&cache[at].1);
    });
}
