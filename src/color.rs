//! Colours as the core sees them: plain sRGB triples parsed from `#rrggbb`. Pure; imports
//! nothing but `error`.

use crate::error::{ChartError, Result};

/// An opaque sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Parses `#rrggbb` (case-insensitive); `field` names the input in the error.
    pub fn from_hex(text: &str, field: &str) -> Result<Self> {
        let hex = text
            .strip_prefix('#')
            .filter(|h| h.len() == 6 && h.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| ChartError::invalid(field, text))?;
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0);
        Ok(Rgb(byte(0), byte(2), byte(4)))
    }

    /// WCAG relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// WCAG contrast ratio against `other`, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// `t` of the way from this colour to `other` (0 = self, 1 = other).
    pub fn mix(self, other: Rgb, t: f64) -> Rgb {
        let m = |a: u8, b: u8| {
            (f64::from(a) + (f64::from(b) - f64::from(a)) * t)
                .round()
                .clamp(0.0, 255.0) as u8
        };
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }

    /// This colour moved toward white or black (whichever is away from `background`) just far
    /// enough to reach `ratio` contrast; unchanged if it already does.
    pub fn with_contrast(self, background: Rgb, ratio: f64) -> Rgb {
        let target = if background.luminance() > 0.5 {
            Rgb(0, 0, 0)
        } else {
            Rgb(255, 255, 255)
        };
        (0..=20)
            .map(|step| self.mix(target, f64::from(step) / 20.0))
            .find(|c| c.contrast(background) >= ratio)
            .unwrap_or(target)
    }

    /// `#rrggbb`, lowercase: the form JS and CSS receive.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// Series colours used when the data names none, in order. Okabe–Ito hues darkened so each
/// keeps at least 3:1 contrast on white (WCAG 1.4.11) and stays apart under colour blindness.
pub const PALETTE: [Rgb; 5] = [
    Rgb(0x00, 0x72, 0xb2),
    Rgb(0xc2, 0x4e, 0x00),
    Rgb(0x1a, 0x1a, 0x1a),
    Rgb(0x00, 0x7a, 0x5a),
    Rgb(0x9b, 0x3d, 0x7a),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rgb_round_trips_hex() {
        let c = Rgb::from_hex("#0072B2", "color").unwrap();
        assert_eq!(c, Rgb(0x00, 0x72, 0xb2));
        assert_eq!(c.to_hex(), "#0072b2");
    }

    #[test]
    fn contrast_matches_wcag_and_repairs_toward_it() {
        let white = Rgb(255, 255, 255);
        assert!((Rgb(0, 0, 0).contrast(white) - 21.0).abs() < 1e-9);
        assert!((Rgb(0x76, 0x76, 0x76).contrast(white) - 4.54).abs() < 0.01);
        let dark = Rgb(0x12, 0x12, 0x12);
        let fixed = Rgb(0x9b, 0x3d, 0x7a).with_contrast(dark, 4.5);
        assert!(fixed.contrast(dark) >= 4.5, "{fixed:?}");
        assert_eq!(
            Rgb(0x00, 0x72, 0xb2).with_contrast(white, 3.0),
            Rgb(0x00, 0x72, 0xb2)
        );
    }

    #[test]
    fn rgb_rejects_bad_hex_naming_field() {
        let e = Rgb::from_hex("blue", "series[1].color").unwrap_err();
        assert_eq!(e.to_string(), "invalid series[1].color: blue");
        assert!(Rgb::from_hex("#12345g", "c").is_err());
    }
}
