//! Numbers and dates through the browser's `Intl`, installed as `format`'s hooks so every number
//! and date the chart shows (ticks, tooltips, claims) reads as the reader's browser writes it, in
//! the page's own locale (`uk`, `es-ES`), even where the widget's words fall back to English.
//! Formatters are made once per locale and kept; a locale `Intl` refuses falls back to the words'
//! code. What they write is kept too: a redraw writes the same tick labels again, and a call into
//! `Intl` (and the string it sends back) costs far more than a lookup, and its time swings.

use crate::dataset::Date;
use crate::format::{set_hooks, Hooks};
use crate::lang::Lang;
use js_sys::{Object, Reflect};
use std::cell::RefCell;
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = NumberFormat)]
    type NumberFormat;
    #[wasm_bindgen(catch, constructor, js_namespace = Intl, js_class = "NumberFormat")]
    fn new(locale: &str, options: &Object) -> Result<NumberFormat, JsValue>;
    #[wasm_bindgen(method, js_class = "NumberFormat")]
    fn format(this: &NumberFormat, value: f64) -> String;

    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    type DateTimeFormat;
    #[wasm_bindgen(catch, constructor, js_namespace = Intl, js_class = "DateTimeFormat")]
    fn new(locale: &str, options: &Object) -> Result<DateTimeFormat, JsValue>;
    #[wasm_bindgen(method, js_class = "DateTimeFormat")]
    fn format(this: &DateTimeFormat, date: &js_sys::Date) -> String;
}

/// Which formatter: whole numbers, percentages with 0–3 decimals, month + year, day + month + year.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Number,
    Percent(u8),
    MonthYear,
    Day,
}

enum Formatter {
    Number(NumberFormat),
    Date(DateTimeFormat),
}

thread_local! {
    static FORMATTERS: RefCell<BTreeMap<(usize, Kind), Formatter>> = const { RefCell::new(BTreeMap::new()) };
    /// What each formatter wrote, by (locale, formatter, value's bits); emptied past FORMATTED_MAX.
    static FORMATTED: RefCell<BTreeMap<(usize, Kind, u64), String>> = const { RefCell::new(BTreeMap::new()) };
}

/// How many written numbers and dates are kept: a chart's ticks, points and events many times over.
const FORMATTED_MAX: usize = 4096;

/// What `write` makes of the value whose bits are `bits`, written once per locale and formatter.
fn remembered(lang: Lang, kind: Kind, bits: u64, write: impl FnOnce() -> Option<String>) -> Option<String> {
    let key = (lang.locale_key(), kind, bits);
    if let Some(text) = FORMATTED.with(|f| f.borrow().get(&key).cloned()) {
        return Some(text);
    }
    let text = write()?;
    FORMATTED.with(|f| {
        let mut f = f.borrow_mut();
        if f.len() >= FORMATTED_MAX {
            f.clear();
        }
        f.insert(key, text.clone());
    });
    Some(text)
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

fn make(kind: Kind, locale: &str) -> Option<Formatter> {
    let num = |n: f64| JsValue::from_f64(n);
    let s = JsValue::from_str;
    let numbers = |pairs: &[(&str, JsValue)]| {
        NumberFormat::new(locale, &options(pairs))
            .ok()
            .map(Formatter::Number)
    };
    let dates = |pairs: &[(&str, JsValue)]| {
        DateTimeFormat::new(locale, &options(pairs))
            .ok()
            .map(Formatter::Date)
    };
    match kind {
        Kind::Number => numbers(&[(
            "maximumFractionDigits",
            num(f64::from(crate::format::MAX_DECIMALS)),
        )]),
        Kind::Percent(d) => numbers(&[
            ("style", s("percent")),
            ("signDisplay", s("negative")),
            ("minimumFractionDigits", num(f64::from(d))),
            ("maximumFractionDigits", num(f64::from(d))),
        ]),
        Kind::MonthYear => dates(&[("year", s("numeric")), ("month", s("long"))]),
        Kind::Day => dates(&[
            ("year", s("numeric")),
            ("month", s("long")),
            ("day", s("numeric")),
        ]),
    }
}

/// Runs `use_it` with the formatter of `kind` for `lang`'s locale (made on first use).
fn with<R>(lang: Lang, kind: Kind, use_it: impl FnOnce(&Formatter) -> R) -> Option<R> {
    FORMATTERS.with(|f| {
        let mut f = f.borrow_mut();
        let key = (lang.locale_key(), kind);
        if let std::collections::btree_map::Entry::Vacant(slot) = f.entry(key) {
            slot.insert(make(kind, &lang.locale()).or_else(|| make(kind, lang.code()))?);
        }
        f.get(&key).map(use_it)
    })
}

fn number(value: f64, lang: Lang) -> Option<String> {
    remembered(lang, Kind::Number, value.to_bits(), || {
        with(lang, Kind::Number, |f| match f {
            Formatter::Number(nf) => Some(nf.format(value)),
            Formatter::Date(_) => None,
        })?
    })
}

fn percent(value: f64, decimals: usize, lang: Lang) -> Option<String> {
    let decimals = u8::try_from(decimals.min(3)).unwrap_or(3);
    let kind = Kind::Percent(decimals);
    remembered(lang, kind, value.to_bits(), || {
        with(lang, kind, |f| match f {
            Formatter::Number(nf) => Some(nf.format(value / 100.0)),
            Formatter::Date(_) => None,
        })?
    })
}

fn date(d: &Date, lang: Lang) -> Option<String> {
    let month = d.month?;
    let day = d.day.unwrap_or(1);
    let kind = if d.day.is_some() {
        Kind::Day
    } else {
        Kind::MonthYear
    };
    // The year's bits above the month's and the day's.
    let bits = (u64::from(d.year as u32) << 16) | (u64::from(month) << 8) | u64::from(day);
    remembered(lang, kind, bits, || {
        let js = js_sys::Date::new_with_year_month_day(d.year as u32, i32::from(month) - 1, i32::from(day));
        with(lang, kind, |f| match f {
            Formatter::Date(df) => Some(df.format(&js)),
            Formatter::Number(_) => None,
        })?
    })
}

/// Makes `format` use `Intl` on this page.
pub fn install() {
    set_hooks(Some(Hooks {
        number,
        date,
        percent,
    }));
}
