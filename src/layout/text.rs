//! Text measurement without a font: an estimate of rendered width from per-character classes of
//! a typical sans-serif. Deterministic (the golden SVGs must not depend on system fonts) and free
//! of DOM calls (plotters' web font backend appends a `<span>` per measured string).

/// Estimated width in CSS px of `text` at `size_px`.
pub fn estimate_width_px(text: &str, size_px: f64, bold: bool) -> f64 {
    let em: f64 = text.chars().map(char_em).sum();
    em * size_px * if bold { 1.07 } else { 1.0 }
}

fn char_em(c: char) -> f64 {
    match c {
        ' ' | ',' | '.' | ':' | ';' | '\'' | '|' | '!' | 'i' | 'j' | 'l' | '\u{a0}' => 0.28,
        'f' | 't' | 'r' | '(' | ')' | '[' | ']' | '-' | '–' => 0.36,
        '0'..='9' => 0.56,
        'm' | 'w' | 'M' | 'W' | 'ш' | 'щ' | 'ж' | 'ю' | 'ы' | 'м' | 'Ш' | 'Щ' | 'Ж' | 'Ю' | 'Ы' | 'М' => {
            0.85
        }
        'A'..='Z' | 'А'..='Я' | 'Ё' | '—' => 0.68,
        _ => 0.56,
    }
}

/// Greedy word wrap to `max_width_px`; a word longer than a line stands alone.
pub fn wrap(text: &str, size_px: f64, bold: bool, max_width_px: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && estimate_width_px(&candidate, size_px, bold) > max_width_px {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn estimate_width_scales_with_size_and_length() {
        let w = estimate_width_px("1,000,000", 12.0, false);
        assert!((50.0..62.0).contains(&w), "{w}");
        assert_eq!(
            estimate_width_px("ab", 24.0, false),
            2.0 * estimate_width_px("ab", 12.0, false)
        );
    }

    #[test]
    fn wrap_breaks_at_words_within_width() {
        let lines = wrap("Sources: one two three four five six", 10.0, false, 80.0);
        assert!(lines.len() > 1);
        for l in &lines {
            assert!(
                estimate_width_px(l, 10.0, false) <= 80.0 || !l.contains(' '),
                "{l}"
            );
        }
        assert_eq!(lines.join(" "), "Sources: one two three four five six");
        assert!(wrap("", 10.0, false, 80.0).is_empty());
    }
}
