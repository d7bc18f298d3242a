//! Numbers and dates for a reader: thousands grouping, percentages and dates in the reader's language. Pure; no locale data is
//! loaded (the browser's Intl serves the DOM; this serves the canvas and the SVG export alike).

use crate::dataset::Date;
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

/// A signed percentage with `decimals` places: `−35.6%` (en), `−35,6 %` (ru, no-break space).
pub fn percent(value: f64, decimals: usize, lang: Lang) -> String {
    let body = format!("{:.*}", decimals, value.abs());
    let is_zero = body.chars().all(|c| c == '0' || c == '.');
    let sign = if value < 0.0 && !is_zero { "−" } else { "" };
    match lang {
        Lang::En => format!("{sign}{body}%"),
        Lang::Ru => format!("{sign}{}\u{a0}%", body.replace('.', ",")),
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_RU: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];
const MONTHS_RU_GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// A date at its own precision, for reading: `1937`, `March 1921`, `1 January 1924`;
/// `1937`, `март 1921`, `1 января 1924`.
pub fn human_date(date: &Date, lang: Lang) -> String {
    let Some(m) = date.month.map(|m| usize::from(m.clamp(1, 12)) - 1) else {
        return date.year.to_string();
    };
    match (lang, date.day) {
        (Lang::En, None) => format!("{} {}", MONTHS_EN[m], date.year),
        (Lang::En, Some(d)) => format!("{d} {} {}", MONTHS_EN[m], date.year),
        (Lang::Ru, None) => format!("{} {}", MONTHS_RU[m], date.year),
        (Lang::Ru, Some(d)) => format!("{d} {} {}", MONTHS_RU_GENITIVE[m], date.year),
    }
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

    #[test]
    fn percent_and_dates_per_language() {
        assert_eq!(percent(-35.5794, 1, Lang::En), "−35.6%");
        assert_eq!(percent(-35.5794, 1, Lang::Ru), "−35,6\u{a0}%");
        assert_eq!(percent(-0.01, 1, Lang::En), "0.0%");
        assert_eq!(percent(-50.0, 0, Lang::En), "−50%");
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(human_date(&d("1921-03"), Lang::En), "March 1921");
        assert_eq!(human_date(&d("1924-01-01"), Lang::En), "1 January 1924");
        assert_eq!(human_date(&d("1924-01-01"), Lang::Ru), "1 января 1924");
        assert_eq!(human_date(&d("1937"), Lang::Ru), "1937");
    }
}
