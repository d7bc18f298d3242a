//! Plain data for the page's panels, in the chart's language: checked claims, cited sources,
//! legend entries and UI words. The page inserts all of it as text, never as markup.

use super::{js_error, ChartHandle};
use crate::claims::{describe, evaluate, Claim};
use crate::format::thousands;
use crate::layout::is_shown;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// A checked claim, for the list under the chart.
#[derive(Serialize)]
struct ClaimInfo {
    id: String,
    verdict: &'static str,
    quote: String,
    claimed: String,
    computed: String,
    basis: String,
    verdict_text: String,
    sentence: String,
}

/// A cited source, for the list under the chart.
#[derive(Serialize)]
struct SourceInfo {
    id: String,
    short: String,
    citation: String,
    url: Option<String>,
}

/// The text alternative.
#[derive(Serialize)]
struct SummaryInfo {
    short: String,
    long: String,
}

/// The data table.
#[derive(Serialize)]
struct TableInfo {
    caption: String,
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
}

/// One note of the sonification.
#[derive(Serialize)]
struct NoteInfo {
    at_ms: f64,
    duration_ms: f64,
    frequency_hz: f64,
    label: String,
}

/// A legend entry, for the page's toggle buttons.
#[derive(Serialize)]
struct LegendInfo {
    id: String,
    name: String,
    color: String,
    dashed: bool,
    shown: bool,
    /// Bar pattern (0 solid, 1 hatched, 2 ruled) or line marker (0 disc, 1 square, 2 triangle,
    /// 3 diamond), as drawn.
    cue: usize,
    bar: bool,
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    serde_wasm_bindgen::to_value(value).map_err(|e| JsError::new(&e.to_string()))
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
    pub fn claims(&self) -> Result<JsValue, JsError> {
        let mut out = Vec::new();
        for claim in &self.chart.claims {
            let finding = evaluate(claim, &self.chart.dataset).map_err(js_error)?;
            let name = self
                .chart
                .dataset
                .series_by_id(&claim.series)
                .map_or("", |s| s.name.as_str());
            let text = describe(claim, &finding, name, self.chart.lang);
            out.push(ClaimInfo {
                id: claim.id.clone(),
                verdict: finding.verdict.id(),
                sentence: format!("{}{}", text.sentence, self.other_counts(claim)),
                quote: text.quote,
                claimed: text.claimed,
                computed: text.computed,
                basis: text.basis,
                verdict_text: text.verdict,
            });
        }
        to_js(&out)
    }

    /// The sources the chart cites, in full: `[{id, short, citation, url}]`.
    pub fn sources(&self) -> Result<JsValue, JsError> {
        let out: Vec<SourceInfo> = self
            .chart
            .cited_sources()
            .into_iter()
            .filter_map(|id| {
                let s = self.chart.sources.get(id)?;
                Some(SourceInfo {
                    id: id.into(),
                    short: s.short.clone(),
                    citation: s.citation.clone(),
                    url: s.url.clone(),
                })
            })
            .collect();
        to_js(&out)
    }

    /// The series for legend buttons: `[{id, name, color, dashed, shown, cue, bar}]`.
    pub fn legend(&self) -> Result<JsValue, JsError> {
        let out: Vec<LegendInfo> = self
            .chart
            .dataset
            .series
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let bar = self.chart.kind == crate::spec::Kind::Bar;
                LegendInfo {
                    id: s.id.clone(),
                    name: s.name.clone(),
                    color: self.theme.series_color(s.color, i).to_hex(),
                    dashed: s.dashed,
                    shown: is_shown(&self.view, s),
                    cue: if bar { i % 3 } else { i % 4 },
                    bar,
                }
            })
            .collect();
        to_js(&out)
    }

    /// The text alternative of the chart as shown: `{short, long}`.
    pub fn summary(&self) -> Result<JsValue, JsError> {
        let s = crate::summary::summarize(&self.chart, &self.view);
        to_js(&SummaryInfo {
            short: s.short,
            long: s.long,
        })
    }

    /// The chart as a table of text: `{caption, headers, rows}`.
    pub fn table(&self) -> Result<JsValue, JsError> {
        let t = crate::table::data_table(&self.chart, &self.view);
        to_js(&TableInfo {
            caption: t.caption,
            headers: t.headers,
            rows: t.rows,
        })
    }

    /// The sonification of what is on screen: `[{at_ms, duration_ms, frequency_hz, label}]`.
    pub fn score(&self) -> Result<JsValue, JsError> {
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

impl ChartHandle {
    /// " Another count: 1,548,366 (Pospelov Commission 1956)." for a claim over a documented total.
    fn other_counts(&self, claim: &Claim) -> String {
        let lang = self.chart.lang;
        let counts: Vec<String> = self
            .chart
            .totals
            .iter()
            .filter(|t| {
                t.series == claim.series && t.from_year == claim.from.year && t.to_year == claim.to.year
            })
            .flat_map(|t| t.alternatives.iter())
            .map(|(value, source)| {
                let who = source
                    .as_ref()
                    .and_then(|s| self.chart.sources.get(s))
                    .map_or("", |s| s.short.as_str());
                format!("{} ({who})", thousands(*value, lang))
            })
            .collect();
        if counts.is_empty() {
            return String::new();
        }
        format!(
            " {}: {}.",
            crate::i18n::word("another-count", lang),
            counts.join("; ")
        )
    }
}
