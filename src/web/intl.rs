//! Numbers and dates through the browser's `Intl`, installed as `format`'s hooks so every number
//! and date the chart shows (ticks, tooltips, claims) reads as the reader's browser writes it.
//! Formatters are made once per language and kept.

use crate::dataset::Date;
use crate::format::{set_hooks, Hooks};
use crate::lang::Lang;
use js_sys::{Object, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = NumberFormat)]
    type NumberFormat;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "NumberFormat")]
    fn new(locale: &str, options: &Object) -> NumberFormat;
    #[wasm_bindgen(method, js_class = "NumberFormat")]
    fn format(this: &NumberFormat, value: f64) -> String;

    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    type DateTimeFormat;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DateTimeFormat")]
    fn new(locale: &str, options: &Object) -> DateTimeFormat;
    #[wasm_bindgen(method, js_class = "DateTimeFormat")]
    fn format(this: &DateTimeFormat, date: &js_sys::Date) -> String;
}

struct Formatters {
    numbers: [Option<NumberFormat>; 4],
    month_years: [Option<DateTimeFormat>; 4],
    days: [Option<DateTimeFormat>; 4],
}

thread_local! {
    static FORMATTERS: RefCell<Formatters> = const {
        RefCell::new(Formatters { numbers: [None, None, None, None], month_years: [None, None, None, None], days: [None, None, None, None] })
    };
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

fn number(value: f64, lang: Lang) -> Option<String> {
    FORMATTERS.with(|f| {
        let mut f = f.borrow_mut();
        let slot = &mut f.numbers[lang.index()];
        let nf = slot.get_or_insert_with(|| {
            NumberFormat::new(
                lang.code(),
                &options(&[("maximumFractionDigits", JsValue::from_f64(0.0))]),
            )
        });
        Some(nf.format(value))
    })
}

fn date(d: &Date, lang: Lang) -> Option<String> {
    let month = d.month?;
    let js = js_sys::Date::new_with_year_month_day(
        d.year as u32,
        i32::from(month) - 1,
        i32::from(d.day.unwrap_or(1)),
    );
    FORMATTERS.with(|f| {
        let mut f = f.borrow_mut();
        let long = JsValue::from_str("long");
        let numeric = JsValue::from_str("numeric");
        let fmt = if d.day.is_some() {
            f.days[lang.index()].get_or_insert_with(|| {
                DateTimeFormat::new(
                    lang.code(),
                    &options(&[
                        ("year", numeric.clone()),
                        ("month", long.clone()),
                        ("day", numeric.clone()),
                    ]),
                )
            })
        } else {
            f.month_years[lang.index()].get_or_insert_with(|| {
                DateTimeFormat::new(
                    lang.code(),
                    &options(&[("year", numeric.clone()), ("month", long.clone())]),
                )
            })
        };
        Some(fmt.format(&js))
    })
}

/// Makes `format` use `Intl` on this page.
pub fn install() {
    set_hooks(Some(Hooks { number, date }));
}
