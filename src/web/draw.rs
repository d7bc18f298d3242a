//! Sizing and drawing, the web layer's side of `render`: the canvases sized for
//! `devicePixelRatio` (the one place it is handled) and covered before each full redraw (the chart
//! opaque in its background, the overlay clear, and hidden while it shows nothing), the chart
//! drawn through the canvas backend at the layout's size, the overlay redrawn alone for pointer
//! moves, and view changes stepped as transitions.

use super::{canvas, context2d, js_error, typed_error, ChartHandle};
use crate::color::Rgb;
use crate::interact::{target_shape, Transition};
use crate::layout::{Frame, View};
use crate::render::{draw_overlay, render, CssSized};
use std::cell::OnceCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

fn js_value_error(e: JsValue) -> JsValue {
    let why = e.as_string().unwrap_or_else(|| "canvas error".into());
    typed_error("render", &format!("cannot draw: {why}"), None)
}

/// No 2D context: the browser refused one (out of memory, or canvas disabled).
fn no_context() -> JsValue {
    typed_error("render", "cannot draw: no 2d canvas context", None)
}

/// What a canvas is cleared to before each full redraw.
#[derive(Clone, Copy)]
pub(super) enum Ground {
    /// The chart's own background: the canvas is opaque (its context asked with
    /// `alpha: false`), so the compositor copies it over the page rather than blending it, and
    /// draws nothing of the page beneath it.
    Opaque(Rgb),
    /// Transparent: the overlay, over the chart.
    Clear,
}

thread_local! {
    /// The page's window, found once (each `web_sys::window()` is two calls across the boundary
    /// and an `instanceof`).
    static WINDOW: Option<web_sys::Window> = web_sys::window();
    /// `{ alpha: false }`, the options of an opaque canvas's context, made once.
    static OPAQUE: JsValue = {
        let options = js_sys::Object::new();
        // Setting a property on a plain new object cannot fail.
        let _ = js_sys::Reflect::set(&options, &"alpha".into(), &JsValue::FALSE);
        options.into()
    };
}

/// The 2D context of `canvas`, kept in `cache` after the first ask.
fn cached_context(
    cache: &OnceCell<CanvasRenderingContext2d>,
    canvas: &HtmlCanvasElement,
    ground: Ground,
) -> Result<CanvasRenderingContext2d, JsValue> {
    if let Some(context) = cache.get() {
        return Ok(context.clone());
    }
    let context = context_of(canvas, ground)?;
    Ok(cache.get_or_init(|| context).clone())
}

/// The 2D context of `canvas`, opaque for `Ground::Opaque` (the options count at the first ask
/// only).
pub(super) fn context_of(
    canvas: &HtmlCanvasElement,
    ground: Ground,
) -> Result<CanvasRenderingContext2d, JsValue> {
    let context = match ground {
        Ground::Opaque(_) => OPAQUE.with(|o| canvas.get_context_with_context_options("2d", o)),
        Ground::Clear => canvas.get_context("2d"),
    };
    context
        .map_err(js_value_error)?
        .and_then(|c| c.dyn_into().ok())
        .ok_or_else(no_context)
}

/// Sets the backing store to CSS size × DPR (only when it changed: resizing clears the canvas),
/// clears it to `ground`, pins the CSS size when `restyle` (only when size or DPR changed, so a
/// redraw writes no style), and scales the context by `draw_scale` (DPR × the page's zoom) so
/// all drawing is in layout px.
pub(super) fn size_canvas(
    canvas: &HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    size_css: (u32, u32),
    (dpr, draw_scale): (f64, f64),
    restyle: bool,
    ground: Ground,
) -> Result<CanvasRenderingContext2d, JsValue> {
    let backing = (
        (f64::from(size_css.0) * dpr).round() as u32,
        (f64::from(size_css.1) * dpr).round() as u32,
    );
    if (canvas.width(), canvas.height()) != backing {
        canvas.set_width(backing.0);
        canvas.set_height(backing.1);
    }
    if restyle {
        let style = canvas.style();
        style
            .set_property("width", &format!("{}px", size_css.0))
            .map_err(js_value_error)?;
        style
            .set_property("height", &format!("{}px", size_css.1))
            .map_err(js_value_error)?;
    }
    // Covering the whole backing store first lets the browser drop the previous drawing's
    // recorded commands: without it, redraws that no frame presents pile up and are rasterised
    // all at once every few hundred redraws (a 0.1–4 s stall; docs/architecture.md, no jank).
    let styles: &context2d::Styles = context.unchecked_ref();
    styles.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
    let (w, h) = (f64::from(backing.0), f64::from(backing.1));
    match ground {
        Ground::Opaque(color) => canvas::fill_all(&context, color, w, h),
        Ground::Clear => context.clear_rect(0.0, 0.0, w, h),
    }
    styles.set_transform(draw_scale, 0.0, 0.0, draw_scale, 0.0, 0.0);
    Ok(context)
}

/// The backend drawing on `canvas` through `context`, its 2D context (`cached_context`), just cleared
/// to `ground` by `size_canvas`.
pub(super) fn backend(
    canvas: &HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    size_css: (u32, u32),
    ground: Ground,
) -> CssSized<canvas::Canvas2d> {
    let ground = match ground {
        Ground::Opaque(color) => Some(color),
        Ground::Clear => None,
    };
    CssSized::new(
        canvas::Canvas2d::new(canvas, context, ground),
        size_css.0,
        size_css.1,
    )
}

#[wasm_bindgen]
impl ChartHandle {
    /// Draws the chart at `css_width` × `css_height` CSS px as of `now_ms` (for transitions),
    /// then the overlay. Returns true while a transition still needs frames.
    pub fn render(&mut self, css_width: f64, css_height: f64, now_ms: f64) -> Result<bool, JsValue> {
        self.self_test_panic();
        let width = css_width.round().clamp(1.0, 16_384.0) as u32;
        let height = css_height.round().clamp(1.0, 16_384.0) as u32;
        self.dpr = WINDOW
            .with(|w| w.as_ref().map(|w| w.device_pixel_ratio()))
            .filter(|d| d.is_finite() && *d > 0.0)
            .unwrap_or(1.0);
        self.size_css = (width, height);
        let mut view = self.view.clone();
        if let Some(tr) = self.transition {
            let (domain, y_top, done) = tr.at(now_ms);
            if done {
                self.transition = None;
            } else {
                view.x_range = Some(domain);
                view.y_top = Some(y_top);
            }
        }
        let restyle = self.styled != Some((self.size_css, self.dpr));
        let ground = Ground::Opaque(self.theme.background);
        let context = cached_context(&self.context, &self.canvas, ground)?;
        let scales = (self.dpr, self.dpr * self.zoom);
        let context = size_canvas(&self.canvas, context, self.size_css, scales, restyle, ground)?;
        let frame = render(
            backend(&self.canvas, context, self.layout_size(), ground),
            &self.chart,
            &view,
            &self.theme,
        )
        .map_err(js_error)?;
        self.frame = Some(frame);
        self.draw_overlay_restyled(restyle)?;
        self.styled = Some((self.size_css, self.dpr));
        Ok(self.transition.is_some())
    }

    // The one deliberate panic: the self-test above asked for it.
    #[allow(clippy::panic)]
    fn self_test_panic(&mut self) {
        if std::mem::take(&mut self.panic_next) {
            panic!("self-test panic requested by __selfTest");
        }
    }

    /// Redraws the overlay alone: cheap, for pointer moves.
    pub(super) fn draw_overlay(&self) -> Result<(), JsValue> {
        self.draw_overlay_restyled(false)
    }

    /// Redraws the overlay, pinning its CSS size too when `restyle`; leaves it alone when it is
    /// clear and has nothing to show.
    pub(super) fn draw_overlay_restyled(&self, restyle: bool) -> Result<(), JsValue> {
        let (Some(overlay), Some(frame)) = (&self.overlay, &self.frame) else {
            return Ok(());
        };
        let blank = self.focus.is_blank();
        let was_clear = self.overlay_clear.get();
        if blank && !restyle && was_clear {
            return Ok(());
        }
        // A clear overlay is hidden too: then the compositor has no layer to blend over the
        // chart in each frame.
        if blank != was_clear {
            let visibility = if blank { "hidden" } else { "visible" };
            overlay
                .style()
                .set_property("visibility", visibility)
                .map_err(js_value_error)?;
        }
        self.overlay_clear.set(blank);
        let context = cached_context(&self.overlay_context, overlay, Ground::Clear)?;
        let scales = (self.dpr, self.dpr * self.zoom);
        let context = size_canvas(overlay, context, self.size_css, scales, restyle, Ground::Clear)?;
        let mut focus = self.focus;
        focus.shape = self
            .focus
            .target
            .and_then(|t| target_shape(&self.chart, frame, t));
        draw_overlay(
            backend(overlay, context, self.layout_size(), Ground::Clear),
            frame,
            &focus,
            &self.theme,
        )
        .map_err(js_error)
    }

    /// The size layout works in: the CSS size divided by the zoom.
    pub(super) fn layout_size(&self) -> (u32, u32) {
        let scale = |v: u32| ((f64::from(v) / self.zoom).round() as u32).max(1);
        (scale(self.size_css.0), scale(self.size_css.1))
    }

    /// Moves to `target` view (x range, hidden series) with a transition from what is on screen.
    pub(super) fn transition_to(&mut self, target: View, now_ms: f64) {
        let from = self.frame.as_ref().map(|f| (f.x_domain, f.y.domain().1));
        let (w, h) = (f64::from(self.layout_size().0), f64::from(self.layout_size().1));
        let to = Frame::compute(&self.chart, &target, w, h)
            .ok()
            .map(|f| (f.x_domain, f.y.domain().1));
        self.view = target;
        self.transition = match (from, to) {
            (Some(from), Some(to)) if self.motion_ms > 0.0 => {
                Some(Transition::new(from, to, now_ms, self.motion_ms))
            }
            _ => None,
        };
    }
}
