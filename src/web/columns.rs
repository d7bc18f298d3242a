//! Numeric columns from a page (`setData({ title, x, series: [{ name, y }] })` with typed
//! arrays): each column crosses into wasm memory by one copy, and validation and everything
//! after it happen in the core (`spec::columns`). Binding only.

use super::{js_error, ChartHandle};
use crate::error::ChartError;
use crate::spec::{ChartSpec, ColumnSpec, ColumnsSpec};
use js_sys::{Array, Float64Array, Reflect};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Series `i` of the page's `series` array: its `name`, and its `y` as `f64`s by one copy (the
/// typed array's own `set`, which also takes a plain array of numbers).
fn one_series(series: &Array, i: u32) -> Result<ColumnSpec, JsValue> {
    let s = series.get(i);
    let field = |leaf: &str| format!("series[{i}].{leaf}");
    let name = Reflect::get(&s, &"name".into())?.as_string().unwrap_or_default();
    let y = Reflect::get(&s, &"y".into())?;
    if !y.is_object() {
        return Err(js_error(ChartError::missing(field("y"))));
    }
    let y = y.unchecked_ref::<Float64Array>().to_vec();
    Ok(ColumnSpec { name, y: Rc::new(y) })
}

/// The page's `x` and `series` as columns; `series` must be an array.
fn columns(x: Vec<f64>, series: JsValue) -> Result<ColumnsSpec, JsValue> {
    let Some(series) = series.dyn_ref::<Array>() else {
        return Err(js_error(ChartError::missing("series")));
    };
    let series = (0..series.length())
        .map(|i| one_series(series, i))
        .collect::<Result<Vec<_>, JsValue>>()?;
    Ok(ColumnsSpec {
        x: Rc::new(x),
        series,
    })
}

#[wasm_bindgen]
impl ChartHandle {
    /// A chart of numeric columns (see `setColumns`), in `lang`: how the full module makes the
    /// chart a page gave as columns, for its exports, table and sound.
    #[wasm_bindgen(js_name = fromColumns)]
    pub fn from_columns(
        canvas: web_sys::HtmlCanvasElement,
        title: &str,
        x: Vec<f64>,
        series: JsValue,
        lang: &str,
    ) -> Result<ChartHandle, JsValue> {
        Self::bind(canvas, ChartSpec::from_columns(title, columns(x, series)?), lang)
    }

    /// Replaces the data with numeric columns: `x` in fractional years (ascending) and `series`,
    /// an array of `{ name, y }` with `y` a `Float64Array` as long as `x` (NaN is a gap). The
    /// chart is titled `title`; the view starts afresh. On error the chart keeps its old data.
    #[wasm_bindgen(js_name = setColumns)]
    pub fn set_columns(&mut self, title: &str, x: Vec<f64>, series: JsValue) -> Result<(), JsValue> {
        self.replace_spec(ChartSpec::from_columns(title, columns(x, series)?))
    }
}
