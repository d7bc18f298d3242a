//! The page's panels as JS values: checked claims, cited sources, legend entries (from the pure
//! `panels` module), the text alternative, table and sonification score, and UI words. The page inserts all of it as text, never as markup.

use super::{js_error, to_js, ChartHandle};
use crate::panels;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The text alternative.
#[derive(Serialize)]
struct SummaryInfo {
    short: String,
    long: String,
}

/// The data table.
#[derive(Serialize)]
#[cfg(feature = "full")]
struct TableInfo {
    caption: String,
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
}

/// One note of the sonification.
#[derive(Serialize)]
#[cfg(feature = "full")]
struct NoteInfo {
    at_ms: f64,
    duration_ms: f64,
    frequency_hz: f64,
    label: String,
}

#[wasm_bindgen]
impl ChartHandle {
    /// Whether the chart has claims to check.
    #[wasm_bindgen(js_name = hasClaims)]
    pub fn has_claims(&self) -> bool {
        !self.chart.claims.is_empty()
    }

    /// The checked claims: `[{id, verdict, quote, claimed, computed, basis, verdict_text,
    /// sentence}]`, numbered as on the chart.
    pub fn claims(&self) -> Result<JsValue, JsValue> {
        to_js(&panels::claim_items(&self.chart).map_err(js_error)?)
    }

    /// The sources the chart cites, in full: `[{id, short, citation, url}]`.
    pub fn sources(&self) -> Result<JsValue, JsValue> {
        to_js(&panels::source_items(&self.chart))
    }

    /// The series for legend buttons: `[{id, name, color, dashed, shown, cue, bar}]`.
    pub fn legend(&self) -> Result<JsValue, JsValue> {
        to_js(&panels::legend_items(&self.chart, &self.view, &self.theme))
    }

    /// The legend's entry for range marks (another source's figure), or `""` when no point of
    /// the chart has one: the page shows it after the series' buttons, as a key, not a toggle.
    #[wasm_bindgen(js_name = rangeKey)]
    pub fn range_key(&self) -> String {
        panels::range_key(&self.chart).to_string()
    }

    /// The text alternative of the chart as shown: `{short, long}`.
    pub fn summary(&self) -> Result<JsValue, JsValue> {
        let s = crate::summary::summarize(&self.chart, &self.view);
        to_js(&SummaryInfo {
            short: s.short,
            long: s.long,
        })
    }

    /// The chart as a table of text: `{caption, headers, rows}`.
    #[cfg(feature = "full")]
    pub fn table(&self) -> Result<JsValue, JsValue> {
        let t = crate::table::data_table(&self.chart, &self.view);
        to_js(&TableInfo {
            caption: t.caption,
            headers: t.headers,
            rows: t.rows,
        })
    }

    /// The sonification of what is on screen: `[{at_ms, duration_ms, frequency_hz, label}]`.
    #[cfg(feature = "full")]
    pub fn score(&self) -> Result<JsValue, JsValue> {
        let notes: Vec<NoteInfo> = crate::sonify::score(&self.chart, &self.view, self.view.x_range)
            .into_iter()
            .map(|n| NoteInfo {
                at_ms: n.at_ms,
                duration_ms: n.duration_ms,
                frequency_hz: n.frequency_hz,
                label: n.label,
            })
            .collect();
        to_js(&notes)
    }

    /// A UI string (`claims`, `sources`, `reset`, `legend`, `chart-help`, …) in the chart's
    /// language.
    #[wasm_bindgen(js_name = uiText)]
    pub fn ui_text(&self, key: &str) -> String {
        crate::i18n::ui_text(key, self.chart.lang)
            .unwrap_or(key)
            .to_string()
    }
}
