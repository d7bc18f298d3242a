//! plotters' drawing calls onto a canvas 2D context, with the context's state (fill, stroke,
//! line width, font, alignment) written only when it changes, and one JS string per colour, font
//! and label kept for the page's life and reused. plotters-canvas, which this replaces, formats
//! and sends a new `rgba(…)` string (and a font string) on every draw call: a redraw of a small
//! chart made a hundred JS strings and twice the calls across the boundary. Opaque shapes of one
//! colour drawn one after another (grid lines, a series' markers) go into one path, stroked or
//! filled once: the canvas records and rasterises one operation for them, not one each. Drawing
//! is the same call for call otherwise (half-pixel lines, arcs, text anchors); text is never
//! rotated (the layout asks for none).

use super::context2d::{with_js_string, Styles};
use crate::color::Rgb;
use crate::render::{crisp, css_color, css_font};
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Fills `width` × `height` px from the origin with `color` (the caller sets the transform).
pub fn fill_all(context: &CanvasRenderingContext2d, color: Rgb, width: f64, height: f64) {
    let styles: &Styles = context.unchecked_ref();
    with_js_string(&css_color(opaque(color)), &|v| styles.set_fill(v));
    context.fill_rect(0.0, 0.0, width, height);
}

/// A colour as a key: red, green, blue and the alpha's bits.
type ColorKey = (u8, u8, u8, u64);

fn key(c: BackendColor) -> ColorKey {
    (c.rgb.0, c.rgb.1, c.rgb.2, c.alpha.to_bits())
}

fn opaque(c: Rgb) -> BackendColor {
    BackendColor {
        rgb: (c.0, c.1, c.2),
        alpha: 1.0,
    }
}

fn unkey((r, g, b, alpha): ColorKey) -> BackendColor {
    BackendColor {
        rgb: (r, g, b),
        alpha: f64::from_bits(alpha),
    }
}

fn filled(color: BackendColor) -> Open {
    Open::Fill(key(color))
}

fn stroked(style: &impl BackendStyle) -> Open {
    Open::Stroke(key(style.color()), style.stroke_width())
}

/// The context's state as last written here; `None` until written.
#[derive(Default)]
struct State {
    fill: Option<ColorKey>,
    stroke: Option<ColorKey>,
    line_width: Option<u32>,
    /// The font as (style, size's bits, family), compared without making its CSS string.
    font: Option<(String, u64, String)>,
    align: Option<&'static str>,
    baseline: Option<&'static str>,
}

/// The path being gathered: what will paint it, once a shape of another kind comes.
#[derive(Clone, Copy, PartialEq)]
enum Open {
    /// Filled with this colour.
    Fill(ColorKey),
    /// Stroked with this colour, this many px wide.
    Stroke(ColorKey, u32),
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

/// A canvas' 2D context as a plotters backend, sized by its backing store.
pub struct Canvas2d {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    state: State,
    /// The path begun and not yet painted.
    open: Option<Open>,
    /// The colour every pixel holds while nothing has been drawn since the canvas was grounded
    /// (`fill_all`): a fill in that colour then changes nothing and is left out.
    ground: Option<ColorKey>,
}

impl Canvas2d {
    /// Draws through `context`, the 2D context of `canvas`, filled all over with `ground` if
    /// given. The state is taken as unknown, so each piece is written once before its first use.
    pub fn new(
        canvas: &HtmlCanvasElement,
        context: CanvasRenderingContext2d,
        ground: Option<Rgb>,
    ) -> Canvas2d {
        Canvas2d {
            canvas: canvas.clone(),
            context,
            state: State::default(),
            open: None,
            ground: ground.map(|c| key(opaque(c))),
        }
    }

    /// Paints the current path as `paint` says.
    fn paint(&self, paint: Open) {
        match paint {
            Open::Fill(_) => self.context.fill(),
            Open::Stroke(..) => self.context.stroke(),
        }
    }

    /// Paints the path gathered so far, if any.
    fn finish(&mut self) {
        if let Some(open) = self.open.take() {
            self.paint(open);
        }
    }

    /// Gets ready for a drawing outside any path (a rectangle, a pixel, text): what is gathered
    /// is painted first, and the canvas is no longer all its ground.
    fn settle(&mut self) {
        self.finish();
        self.ground = None;
    }

    /// Gets the path ready for a shape painted by `paint`: adds to the open path where it is
    /// painted the same way and the colour is opaque (overlaps then look the same drawn once),
    /// else paints what is open and begins a new path in that style.
    fn begin(&mut self, paint: Open) {
        self.ground = None;
        let opaque = match paint {
            Open::Fill(c) | Open::Stroke(c, _) => c.3 == 1.0f64.to_bits(),
        };
        if opaque && self.open == Some(paint) {
            return;
        }
        self.finish();
        match paint {
            Open::Fill(c) => self.set_fill(c),
            Open::Stroke(c, width) => self.set_stroke(c, width),
        }
        self.context.begin_path();
        self.open = opaque.then_some(paint);
    }

    /// Paints the shape just added when its path is not kept open for more.
    fn end(&mut self, paint: Open) {
        if self.open.is_none() {
            self.paint(paint);
        }
    }

    fn styles(&self) -> &Styles {
        self.context.unchecked_ref()
    }

    fn set_fill(&mut self, color: ColorKey) {
        if self.state.fill != Some(color) {
            with_js_string(&css_color(unkey(color)), &|v| self.styles().set_fill(v));
            self.state.fill = Some(color);
        }
    }

    fn set_stroke(&mut self, color: ColorKey, width: u32) {
        if self.state.stroke != Some(color) {
            with_js_string(&css_color(unkey(color)), &|v| self.styles().set_stroke(v));
            self.state.stroke = Some(color);
        }
        if self.state.line_width != Some(width) {
            self.context.set_line_width(f64::from(width));
            self.state.line_width = Some(width);
        }
    }

    fn text_state(
        &mut self,
        (style, size, family): (&str, f64, &str),
        align: &'static str,
        baseline: &'static str,
    ) {
        let same = |(s, b, f): &(String, u64, String)| s == style && *b == size.to_bits() && f == family;
        if !self.state.font.as_ref().is_some_and(same) {
            with_js_string(&css_font(style, size, family), &|v| self.styles().set_font(v));
            self.state.font = Some((style.to_string(), size.to_bits(), family.to_string()));
        }
        if self.state.align != Some(align) {
            with_js_string(align, &|v| self.styles().set_text_align(v));
            self.state.align = Some(align);
        }
        if self.state.baseline != Some(baseline) {
            with_js_string(baseline, &|v| self.styles().set_text_baseline(v));
            self.state.baseline = Some(baseline);
        }
    }

    /// Adds a subpath through `points`: moved to the first, lines to the rest.
    fn path(&self, points: impl IntoIterator<Item = BackendCoord>) {
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
        self.finish();
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        if color.alpha > 0.0 {
            self.settle();
            self.set_fill(key(color));
            self.context
                .fill_rect(f64::from(point.0), f64::from(point.1), 1.0, 1.0);
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Drawn {
        if style.color().alpha > 0.0 {
            let (a, b) = crisp(from, to);
            let paint = stroked(style);
            self.begin(paint);
            self.context.move_to(a.0, a.1);
            self.context.line_to(b.0, b.1);
            self.end(paint);
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
        if fill && self.ground == Some(key(style.color())) {
            return Ok(());
        }
        self.settle();
        if fill {
            self.set_fill(key(style.color()));
            self.context.fill_rect(x, y, w, h);
        } else {
            self.set_stroke(key(style.color()), style.stroke_width());
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
            let paint = stroked(style);
            self.begin(paint);
            self.path(path);
            self.end(paint);
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Drawn {
        if style.color().alpha > 0.0 {
            let paint = filled(style.color());
            self.begin(paint);
            self.path(vert);
            self.context.close_path();
            self.end(paint);
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
        let paint = if fill {
            filled(style.color())
        } else {
            stroked(style)
        };
        self.begin(paint);
        let (x, y, r) = (f64::from(center.0), f64::from(center.1), f64::from(radius));
        // A subpath of its own, starting where the arc starts (no line from the last shape).
        self.context.move_to(x + r, y);
        self.styles().arc(x, y, r, 0.0, std::f64::consts::TAU);
        self.end(paint);
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
        self.settle();
        self.set_fill(key(color));
        let (font_style, family) = (style.style(), style.family());
        self.text_state(
            (font_style.as_str(), style.size(), family.as_str()),
            align,
            baseline,
        );
        with_js_string(text, &|v| self.styles().fill_text(v, x, y));
        Ok(())
    }
}
