//! What the web layer's canvas backend computes before it calls the canvas: CSS strings for
//! plotters' colours and fonts (`#0072b2`, `rgba(…)`, `bold 18px sans-serif`, with integer
//! formatting only) and the half-pixel placement of one-pixel lines. Pure, beside the other
//! plotters code, where `cargo test` reaches it.

use plotters_backend::{BackendColor, BackendCoord};

/// A CSS colour: `#rrggbb` when opaque, else `rgba(r,g,b,0.xyz)` (alpha to a thousandth; the
/// canvas keeps 8 bits of it). Integer formatting only.
pub fn css_color(c: BackendColor) -> String {
    let (r, g, b) = c.rgb;
    if c.alpha >= 1.0 {
        return format!("#{r:02x}{g:02x}{b:02x}");
    }
    let thousandths = (c.alpha.clamp(0.0, 1.0) * 1000.0).round() as u32;
    format!("rgba({r},{g},{b},0.{thousandths:03})")
}

/// A CSS font: `bold 18px sans-serif` (sizes to a tenth of a pixel; integer formatting only).
pub fn css_font(style: &str, size_px: f64, family: &str) -> String {
    let tenths = (size_px.max(0.0) * 10.0).round() as u32;
    match tenths % 10 {
        0 => format!("{style} {}px {family}", tenths / 10),
        t => format!("{style} {}.{t}px {family}", tenths / 10),
    }
}

/// Moves a horizontal or vertical line onto the half pixel, so one pixel wide stays crisp (as
/// plotters-canvas does).
pub fn crisp(from: BackendCoord, to: BackendCoord) -> ((f64, f64), (f64, f64)) {
    let (mut a, mut b) = (
        (f64::from(from.0), f64::from(from.1)),
        (f64::from(to.0), f64::from(to.1)),
    );
    if from.0 == to.0 {
        (a.0, b.0) = (a.0 - 0.5, b.0 - 0.5);
    }
    if from.1 == to.1 {
        (a.1, b.1) = (a.1 - 0.5, b.1 - 0.5);
    }
    (a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_color_is_hex_when_opaque_and_rgba_with_thousandths_else() {
        let c = |rgb, alpha| BackendColor { alpha, rgb };
        assert_eq!(css_color(c((0x00, 0x72, 0xb2), 1.0)), "#0072b2");
        assert_eq!(css_color(c((255, 255, 255), 0.25)), "rgba(255,255,255,0.250)");
        assert_eq!(css_color(c((1, 2, 3), 0.0304)), "rgba(1,2,3,0.030)");
        assert_eq!(css_color(c((1, 2, 3), 0.0)), "rgba(1,2,3,0.000)");
    }

    #[test]
    fn css_font_gives_whole_and_tenth_pixel_sizes() {
        assert_eq!(css_font("bold", 18.0, "sans-serif"), "bold 18px sans-serif");
        assert_eq!(
            css_font("normal", 11.5, "Georgia, serif"),
            "normal 11.5px Georgia, serif"
        );
        assert_eq!(css_font("normal", 12.04, "x"), "normal 12px x");
    }

    #[test]
    fn crisp_puts_straight_lines_on_half_pixels_only() {
        assert_eq!(crisp((10, 0), (10, 40)), ((9.5, 0.0), (9.5, 40.0)));
        assert_eq!(crisp((0, 7), (30, 7)), ((0.0, 6.5), (30.0, 6.5)));
        assert_eq!(crisp((0, 0), (3, 4)), ((0.0, 0.0), (3.0, 4.0)));
    }
}
