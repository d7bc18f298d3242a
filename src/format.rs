//! Numbers and dates for a reader: thousands grouping, percentages and dates in the reader's
//! language. In the browser the web layer installs [`Hooks`] backed by `Intl`, so numbers and
//! dates read exactly as the reader's browser writes them; the built-in rules below serve native
//! code (SVG export, golden tests) and stand in when no hook is installed. Pure otherwise.

use crate::dataset::Date;
use crate::i18n::fill;
use crate::lang::Lang;
use std::cell::Cell;

/// Formatters supplied by the host; `None` from a hook falls back to the built-in rules.
#[derive(Clone, Copy)]
pub struct Hooks {
    /// A whole number with grouping (`1,575,259`).
    pub number: fn(f64, Lang) -> Option<String>,
    /// A date at its own precision (`1 January 1924`, `March 1921`).
    pub date: fn(&Date, Lang) -> Option<String>,
    /// A signed percentage with a number of decimals (`−35.6%`).
    pub percent: fn(f64, usize, Lang) -> Option<String>,
}

thread_local! {
    static HOOKS: Cell<Option<Hooks>> = const { Cell::new(None) };
}

/// Installs (or with `None` removes) the host's formatters for this thread.
pub fn set_hooks(hooks: Option<Hooks>) {
    HOOKS.with(|h| h.set(hooks));
}

fn hooks() -> Option<Hooks> {
    HOOKS.with(Cell::get)
}

/// The most decimals a number is written with: a figure of 1.5 (a table in millions) must not
/// read as 2, and no source gives more than three.
pub const MAX_DECIMALS: u32 = 3;

/// Groups thousands and keeps up to [`MAX_DECIMALS`] decimals the value has: `1,575,259` (en),
/// `1 575 259` (ru, no-break space), `1.575.259` (de), `1 575 259` (fr, narrow no-break space),
/// `1.5` (en), `1,5` (ru).
pub fn thousands(value: f64, lang: Lang) -> String {
    if let Some(s) = hooks().and_then(|h| (h.number)(value, lang)) {
        return true_minus(s);
    }
    let sep = lang.text("format.group").unwrap_or(",");
    let scale = 10f64.powi(MAX_DECIMALS as i32);
    let scaled = (value.abs() * scale).round();
    let digits = format!("{}", (scaled / scale).trunc() as u64);
    let fraction = (scaled % scale) as u64;
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 6);
    if value < 0.0 && scaled > 0.0 {
        out.push('−');
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(ch);
    }
    if fraction > 0 {
        out.push_str(lang.text("format.decimal").unwrap_or("."));
        let decimals = format!("{fraction:0width$}", width = MAX_DECIMALS as usize);
        out.push_str(decimals.trim_end_matches('0'));
    }
    out
}

/// A number as a host wrote it, with its hyphen-minus (`Intl` writes `-35.6%` in most locales)
/// set as the true minus sign the built-in rules use (`−35.6%`).
fn true_minus(s: String) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let before_digit = chars.peek().is_some_and(|n| n.is_numeric());
        out.push(if c == '-' && before_digit { '\u{2212}' } else { c });
    }
    out
}

/// A signed percentage with `decimals` places: `−35.6%` (en), `−35,6 %` (ru, de, fr).
pub fn percent(value: f64, decimals: usize, lang: Lang) -> String {
    if let Some(s) = hooks().and_then(|h| (h.percent)(value, decimals, lang)) {
        return true_minus(s);
    }
    let body = format!("{:.*}", decimals, value.abs());
    let is_zero = body.chars().all(|c| c == '0' || c == '.');
    let sign = if value < 0.0 && !is_zero { "−" } else { "" };
    let body = body.replace('.', lang.text("format.decimal").unwrap_or("."));
    let pattern = lang.text("format.percent").unwrap_or("{n}%");
    format!("{sign}{}", fill(pattern, &[("n", &body)]))
}

/// A date at its own precision, for reading: `1937`, `March 1921`, `1 January 1924`;
/// `март 1921`, `1 января 1924`; `März 1921`, `1. Januar 1924`; `mars 1921`, `1 janvier 1924`.
pub fn human_date(date: &Date, lang: Lang) -> String {
    let Some(m) = date.month.map(|m| usize::from(m.clamp(1, 12)) - 1) else {
        return date.year.to_string();
    };
    if let Some(s) = hooks().and_then(|h| (h.date)(date, lang)) {
        return s;
    }
    let word = |kind: &str| lang.text(&format!("format.{kind}.{}", m + 1)).unwrap_or("");
    let year = date.year.to_string();
    match date.day {
        None => fill(
            lang.text("format.month-year").unwrap_or("{month} {year}"),
            &[("month", word("month")), ("year", &year)],
        ),
        Some(d) => fill(
            lang.text("format.day").unwrap_or("{d} {month} {year}"),
            &[
                ("d", &d.to_string()),
                ("month", word("month")),
                ("month-of", word("month-of")),
                ("year", &year),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_groups_per_language() {
        assert_eq!(thousands(1_575_259.0, Lang::EN), "1,575,259");
        assert_eq!(thousands(681_692.0, Lang::negotiate("ru")), "681\u{a0}692");
        assert_eq!(thousands(1_575_259.0, Lang::negotiate("de")), "1.575.259");
        assert_eq!(
            thousands(1_575_259.0, Lang::negotiate("fr")),
            "1\u{202f}575\u{202f}259"
        );
        assert_eq!(thousands(999.4, Lang::EN), "999.4");
        assert_eq!(thousands(1.5, Lang::negotiate("ru")), "1,5");
        assert_eq!(thousands(2.0004, Lang::EN), "2");
        assert_eq!(thousands(-0.0001, Lang::EN), "0");
        assert_eq!(thousands(0.0, Lang::EN), "0");
        assert_eq!(thousands(-1000.0, Lang::EN), "−1,000");
    }

    #[test]
    fn percent_and_dates_per_language() {
        assert_eq!(percent(-35.5794, 1, Lang::EN), "−35.6%");
        assert_eq!(percent(-35.5794, 1, Lang::negotiate("ru")), "−35,6\u{a0}%");
        assert_eq!(percent(-0.01, 1, Lang::EN), "0.0%");
        assert_eq!(percent(-50.0, 0, Lang::EN), "−50%");
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(human_date(&d("1921-03"), Lang::EN), "March 1921");
        assert_eq!(human_date(&d("1924-01-01"), Lang::EN), "1 January 1924");
        assert_eq!(
            human_date(&d("1924-01-01"), Lang::negotiate("ru")),
            "1 января 1924"
        );
        assert_eq!(
            human_date(&d("1924-01-01"), Lang::negotiate("de")),
            "1. Januar 1924"
        );
        assert_eq!(human_date(&d("1921-03"), Lang::negotiate("fr")), "mars 1921");
        assert_eq!(human_date(&d("1937"), Lang::negotiate("ru")), "1937");
    }

    #[test]
    fn hooks_replace_the_built_in_rules() {
        fn number(v: f64, _: Lang) -> Option<String> {
            Some(format!("<{v}>"))
        }
        fn date(_: &Date, _: Lang) -> Option<String> {
            None
        }
        fn percent(v: f64, d: usize, lang: Lang) -> Option<String> {
            Some(format!("{v:.d$} in {}", lang.locale()))
        }
        set_hooks(Some(Hooks {
            number,
            date,
            percent,
        }));
        assert_eq!(thousands(12.0, Lang::EN), "<12>");
        assert_eq!(
            super::percent(-35.58, 1, Lang::negotiate("es-ES")),
            "−35.6 in es-ES"
        );
        assert_eq!(
            human_date(&Date::parse("1921-03").unwrap(), Lang::EN),
            "March 1921"
        );
        set_hooks(None);
        assert_eq!(thousands(12.0, Lang::EN), "12");
    }
}
