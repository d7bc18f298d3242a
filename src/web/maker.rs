//! Binding of the chart maker (`crate::maker`, full module only): the page hands over its draft as
//! JSON and gets back the chart in the data format, the table's grid and the error with its cell.

use super::{js_error, to_js};
use crate::maker::{self, table, Draft};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// What went wrong, for the page to show beside the field or on the cell it names.
#[derive(Serialize)]
struct Fault {
    message: String,
    field: Option<String>,
    cell: Option<table::Cell>,
}

/// The draft read: the chart as JSON text (when it has none, `error` says why) and the grid.
#[derive(Serialize)]
struct Read {
    json: Option<String>,
    /// The series the table's header names (empty while it cannot be read).
    series: Vec<String>,
    rows: Vec<table::Row>,
    error: Option<Fault>,
}

/// Reads the maker's draft (JSON of `maker::Draft`): `{ json, rows, error }`.
#[wasm_bindgen(js_name = makerRead)]
pub fn maker_read(draft: &str) -> Result<JsValue, JsValue> {
    let draft: Draft = serde_json::from_str(draft).map_err(|e| {
        js_error(crate::error::ChartError::Parse {
            message: e.to_string(),
        })
    })?;
    let rows = table::rows(&draft.table);
    let series = crate::spec::table_series(&draft.table).unwrap_or_default();
    let read = match maker::chart_spec(&draft).and_then(|s| maker::chart_json(&s)) {
        Ok(json) => Read {
            json: Some(json),
            series,
            rows,
            error: None,
        },
        Err(e) => Read {
            json: None,
            series,
            rows,
            error: Some(Fault {
                message: e.to_string(),
                field: e.field().map(str::to_string),
                cell: table::cell_of(&e),
            }),
        },
    };
    to_js(&read)
}

/// A saved maker file, checked, as the draft JSON the page keeps.
#[wasm_bindgen(js_name = makerOpen)]
pub fn maker_open(text: &str) -> Result<String, JsValue> {
    let draft = maker::open(text).map_err(js_error)?;
    serde_json::to_string(&draft).map_err(|e| {
        js_error(crate::error::ChartError::Parse {
            message: e.to_string(),
        })
    })
}

/// The colours a series may take (the accessible palette), as `#rrggbb`.
#[wasm_bindgen(js_name = makerPalette)]
pub fn maker_palette() -> Vec<String> {
    maker::palette()
}
