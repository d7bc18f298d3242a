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
    fn rgb_rejects_bad_hex_naming_field() {
        let e = Rgb::from_hex("blue", "series[1].color").unwrap_err();
        assert_eq!(e.to_string(), "invalid series[1].color: blue");
        assert!(Rgb::from_hex("#12345g", "c").is_err());
    }
}
