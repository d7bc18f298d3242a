//! Numbers for a reader: thousands grouping in the reader's language. Pure; no locale data is
//! loaded (the browser's Intl serves the DOM; this serves the canvas and the SVG export alike).

use crate::lang::Lang;

/// Rounds to a whole number and groups thousands: `1,575,259` (en), `1 575 259` (ru, with a
/// no-break space as Russian typography requires).
pub fn thousands(value: f64, lang: Lang) -> String {
    let sep = match lang {
        Lang::En => ",",
        Lang::Ru => "\u{a0}",
    };
    let rounded = value.round();
    let digits = format!("{}", rounded.abs() as u64);
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if rounded < 0.0 {
        out.push('−');
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_groups_per_language() {
        assert_eq!(thousands(1_575_259.0, Lang::En), "1,575,259");
        assert_eq!(thousands(681_692.0, Lang::Ru), "681\u{a0}692");
        assert_eq!(thousands(999.4, Lang::En), "999");
        assert_eq!(thousands(0.0, Lang::En), "0");
        assert_eq!(thousands(-1000.0, Lang::En), "−1,000");
    }
}
