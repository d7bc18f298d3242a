//! Text widths without a font, and word wrap. The estimate takes per-character classes of an
//! Arial-like sans-serif (Arial, Helvetica, Liberation Sans): deterministic, so the golden SVGs do
//! not depend on system fonts, and what layout uses wherever no host measures (see `measure`).
//! Wrapping measures through the host's hook, so lines break where the drawing font needs them to.

use super::measure::width_px;

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

/// Greedy word wrap to `max_width_px` by the widths the text is drawn at; a word longer than a
/// line stands alone.
pub fn wrap(text: &str, size_px: f64, bold: bool, max_width_px: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && width_px(&candidate, size_px, bold) > max_width_px {
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

/// `text` as it fits in `max_width_px`: whole where it fits, else cut after as many characters
/// as fit and ended with `…` (a lone `…` where none does).
pub fn fit(text: &str, size_px: f64, bold: bool, max_width_px: f64) -> String {
    if width_px(text, size_px, bold) <= max_width_px {
        return text.to_string();
    }
    let cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    let cut = |n: usize| format!("{}…", text[..cuts[n]].trim_end());
    // The most characters that fit: widths grow with the count, so search.
    let (mut lo, mut hi) = (0, cuts.len());
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if width_px(&cut(mid), size_px, bold) <= max_width_px {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    cut(lo)
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

    fn wider(text: &str, size_px: f64, bold: bool) -> Option<f64> {
        Some(estimate_width_px(text, size_px, bold) * 1.25)
    }

    #[test]
    fn wrap_breaks_earlier_when_the_hook_measures_wider() {
        let text = "Sources: USSR MVD certificate of 11 Dec 1953 (GARF f. 9401, op. 1, d. 4157), publ. 1992";
        let plain = wrap(text, 11.0, false, 200.0);
        crate::layout::set_measure(Some(wider));
        let wide = wrap(text, 11.0, false, 200.0);
        let widths: Vec<f64> = wide
            .iter()
            .map(|l| crate::layout::width_px(l, 11.0, false))
            .collect();
        crate::layout::set_measure(None);
        assert!(wide.len() > plain.len(), "{plain:?} → {wide:?}");
        assert!(widths.iter().all(|w| *w <= 200.0), "{wide:?}: {widths:?}");
        assert_eq!(wide.join(" "), text);
    }
}

#[cfg(test)]
mod fit_tests {
    use super::*;

    #[test]
    fn fit_keeps_what_fits_and_cuts_the_rest_with_an_ellipsis() {
        let name = "Convictions for 'counter-revolutionary crimes'";
        assert_eq!(fit(name, 13.0, false, 1000.0), name);
        let cut = fit(name, 13.0, false, 150.0);
        assert!(
            cut.ends_with('…') && name.starts_with(cut.trim_end_matches('…')),
            "{cut}"
        );
        assert!(estimate_width_px(&cut, 13.0, false) <= 150.0, "{cut}");
        let longer = fit(name, 13.0, false, 160.0);
        assert!(longer.chars().count() >= cut.chars().count());
        assert_eq!(fit("Осуждено", 13.0, false, 1.0), "…");
    }
}
