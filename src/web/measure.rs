//! Text widths from the browser, installed as layout's measuring hook: the canvas 2D context's
//! `measureText` with the exact font string the renderer sets (`render::text_font`), so text is
//! laid out in the metrics of the font it is drawn in (DejaVu Sans, Arial, Helvetica…). One
//! canvas that is never inserted measures for every chart (no DOM is touched); widths are kept
//! per (text, size, weight), so a redraw measures nothing twice. Where no canvas can be made,
//! layout keeps its estimate.

use crate::layout::{set_measure, WidthCache};
use crate::render::text_font;
use crate::theme::FONT_FAMILY;
use std::cell::{OnceCell, RefCell};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Enough for every text of a page of charts through a long session of zooming.
const CACHE_ENTRIES: usize = 4096;

thread_local! {
    static CONTEXT: OnceCell<Option<CanvasRenderingContext2d>> = const { OnceCell::new() };
    static FONT: RefCell<String> = const { RefCell::new(String::new()) };
    static WIDTHS: RefCell<WidthCache> = RefCell::new(WidthCache::new(CACHE_ENTRIES));
}

/// A 2D context on a canvas of its own, made once; `None` without a document.
fn make_context() -> Option<CanvasRenderingContext2d> {
    let canvas: HtmlCanvasElement = web_sys::window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    canvas.get_context("2d").ok()??.dyn_into().ok()
}

fn measure_text(text: &str, size_px: f64, bold: bool) -> Option<f64> {
    CONTEXT.with(|cell| {
        let context = cell.get_or_init(make_context).as_ref()?;
        let font = text_font(size_px, bold, FONT_FAMILY);
        FONT.with(|set| {
            let mut set = set.borrow_mut();
            if *set != font {
                context.set_font(&font);
                *set = font;
            }
        });
        context.measure_text(text).ok().map(|m| m.width())
    })
}

fn measure(text: &str, size_px: f64, bold: bool) -> Option<f64> {
    WIDTHS.with(|w| {
        w.borrow_mut()
            .get_or_measure(text, size_px, bold, || measure_text(text, size_px, bold))
    })
}

/// Makes layout measure text with this browser's canvas.
pub fn install() {
    set_measure(Some(measure));
}
