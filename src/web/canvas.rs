//! plotters' drawing calls onto a canvas 2D context, with the context's state (fill, stroke,
//! line width, font, alignment) written only when it changes, and one JS string per colour, font
//! and label kept for the page's life and reused. plotters-canvas, which this replaces, formats
//! and sends a new `rgba(…)` string (and a font string) on every draw call: a redraw of a small
//! chart made a hundred JS strings and twice the calls across the boundary. Drawing is the same
//! call for call otherwise (half-pixel lines, arcs, text anchors), so pixels do not change; text
//! is never rotated (the layout asks for none).

use crate::render::{crisp, css_color, css_font};
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

#[wasm_bindgen]
extern "C" {
    /// The same context, seen through the style setters that take a JS string already made
    /// (web-sys's `&str` setters make one from UTF-8 on every call).
    type Styles;
    #[wasm_bindgen(method, setter = fillStyle)]
    fn set_fill(this: &Styles, value: &JsValue);
    #[wasm_bindgen(method, setter = strokeStyle)]
    fn set_stroke(this: &Styles, value: &JsValue);
    #[wasm_bindgen(method, setter = font)]
    fn set_font(this: &Styles, value: &JsValue);
    #[wasm_bindgen(method, js_name = fillText)]
    fn fill_text(this: &Styles, text: &JsValue, x: f64, y: f64);
}

thread_local! {
    /// The JS strings made so far, by what they say (`#0072b2`, `bold 18px sans-serif`, a tick
    /// label): a chart has a few dozen, so a list is enough; it is cleared past 256.
    static STRINGS: RefCell<Vec<(String, JsValue)>> = const { RefCell::new(Vec::new()) };
}

/// Calls `f` with the JS string for `text`, made once (and lent, not cloned: a clone of a JS
/// value is a call across the boundary too).
fn with_js_string(text: &str, f: &dyn Fn(&JsValue)) {
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

/// A colour as a key: red, green, blue and the alpha's bits.
type ColorKey = (u8, u8, u8, u64);

fn key(c: BackendColor) -> ColorKey {
    (c.rgb.0, c.rgb.1, c.rgb.2, c.alpha.to_bits())
}

/// The context's state as last written here; `None` until written.
#[derive(Default)]
struct State {
    fill: Option<ColorKey>,
    stroke: Option<ColorKey>,
    line_width: Option<u32>,
    font: Option<String>,
    align: Option<&'static str>,
    baseline: Option<&'static str>,
}

/// Why drawing failed, as the canvas said.
#[derive(Debug)]
pub struct CanvasError(String);

impl std::fmt::Display for CanvasError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CanvasError {}

fn error(e: JsValue) -> DrawingErrorKind<CanvasError> {
    let why = e.as_string().unwrap_or_else(|| "canvas error".into());
    DrawingErrorKind::DrawingError(CanvasError(why))
}

/// A canvas' 2D context as a plotters backend, sized by its backing store.
pub struct Canvas2d {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    state: State,
}

impl Canvas2d {
    /// Draws through `context`, the 2D context of `canvas`. The state is taken as unknown, so
    /// each piece is written once before its first use.
    pub fn new(canvas: &HtmlCanvasElement, context: CanvasRenderingContext2d) -> Canvas2d {
        Canvas2d {
            canvas: canvas.clone(),
            context,
            state: State::default(),
        }
    }

    fn styles(&self) -> &Styles {
        self.context.unchecked_ref()
    }

    fn fill(&mut self, color: BackendColor) {
        if self.state.fill != Some(key(color)) {
            with_js_string(&css_color(color), &|v| self.styles().set_fill(v));
            self.state.fill = Some(key(color));
        }
    }

    fn stroke(&mut self, style: &impl BackendStyle) {
        let (color, width) = (style.color(), style.stroke_width());
        if self.state.stroke != Some(key(color)) {
            with_js_string(&css_color(color), &|v| self.styles().set_stroke(v));
            self.state.stroke = Some(key(color));
        }
        if self.state.line_width != Some(width) {
            self.context.set_line_width(f64::from(width));
            self.state.line_width = Some(width);
        }
    }

    fn text_state(&mut self, font: String, align: &'static str, baseline: &'static str) {
        if self.state.font.as_deref() != Some(font.as_str()) {
            with_js_string(&font, &|v| self.styles().set_font(v));
            self.state.font = Some(font);
        }
        if self.state.align != Some(align) {
            self.context.set_text_align(align);
            self.state.align = Some(align);
        }
        if self.state.baseline != Some(baseline) {
            self.context.set_text_baseline(baseline);
            self.state.baseline = Some(baseline);
        }
    }

    /// Begins a path through `points`: moved to the first, lines to the rest.
    fn path(&self, points: impl IntoIterator<Item = BackendCoord>) {
        self.context.begin_path();
        let mut points = points.into_iter();
        if let Some((x, y)) = points.next() {
            self.context.move_to(f64::from(x), f64::from(y));
        }
        for (x, y) in points {
            self.context.line_to(f64::from(x), f64::from(y));
        }
    }
}

type Drawn = Result<(), DrawingErrorKind<CanvasError>>;

impl DrawingBackend for Canvas2d {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        (self.canvas.width(), self.canvas.height())
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        if color.alpha > 0.0 {
            self.fill(color);
            self.context
                .fill_rect(f64::from(point.0), f64::from(point.1), 1.0, 1.0);
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Drawn {
        if style.color().alpha > 0.0 {
            let (a, b) = crisp(from, to);
            self.stroke(style);
            self.context.begin_path();
            self.context.move_to(a.0, a.1);
            self.context.line_to(b.0, b.1);
            self.context.stroke();
        }
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let (x, y) = (f64::from(upper_left.0), f64::from(upper_left.1));
        let w = f64::from(bottom_right.0 - upper_left.0);
        let h = f64::from(bottom_right.1 - upper_left.1);
        if fill {
            self.fill(style.color());
            self.context.fill_rect(x, y, w, h);
        } else {
            self.stroke(style);
            self.context.stroke_rect(x, y, w, h);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        if style.color().alpha > 0.0 {
            self.stroke(style);
            self.path(path);
            self.context.stroke();
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Drawn {
        if style.color().alpha > 0.0 {
            self.fill(style.color());
            self.path(vert);
            self.context.close_path();
            self.context.fill();
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        if fill {
            self.fill(style.color());
        } else {
            self.stroke(style);
        }
        self.context.begin_path();
        let (x, y, r) = (f64::from(center.0), f64::from(center.1), f64::from(radius));
        self.context
            .arc(x, y, r, 0.0, std::f64::consts::TAU)
            .map_err(error)?;
        if fill {
            self.context.fill();
        } else {
            self.context.stroke();
        }
        Ok(())
    }

    fn draw_text<T: BackendTextStyle>(&mut self, text: &str, style: &T, pos: BackendCoord) -> Drawn {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        // Every label is upright: the layout never asks for rotated text (`style.transform()`).
        let (x, y) = (f64::from(pos.0), f64::from(pos.1));
        let baseline = match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        let align = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        self.fill(color);
        let font = css_font(style.style().as_str(), style.size(), style.family().as_str());
        self.text_state(font, align, baseline);
        with_js_string(text, &|v| self.styles().fill_text(v, x, y));
        Ok(())
    }
}
