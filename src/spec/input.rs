//! The serde shape of a chart dataset (`data/*.json`, or a user's JSON). Unknown fields are
//! refused, so a misspelt `colour` is reported instead of silently ignored.

use crate::error::{ChartError, Result};
use crate::lang::Lang;
use serde::Deserialize;
use std::collections::BTreeMap;

/// A text given once, or per language (`{"en": "…", "ru": "…"}`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Text {
    /// The same in every language.
    Plain(String),
    /// Keyed by language code.
    Translated(BTreeMap<String, String>),
}

impl Text {
    /// The text in `lang`, falling back to English, then to any translation.
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Text::Plain(s) => s,
            Text::Translated(map) => map
                .get(lang.code())
                .or_else(|| map.get("en"))
                .or_else(|| map.values().next())
                .map_or("", String::as_str),
        }
    }
}

/// A whole chart as supplied.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChartSpec {
    /// Identifier; `custom` when absent.
    pub id: Option<String>,
    /// `line` (default) or `bar`.
    pub kind: Option<String>,
    /// Heading.
    pub title: Text,
    /// x axis label.
    pub x_label: Option<Text>,
    /// y axis label.
    pub y_label: Option<Text>,
    /// The sources line.
    pub credit: Option<Text>,
    /// Full references, by key; points name a key.
    #[serde(default)]
    pub sources: BTreeMap<String, Text>,
    /// The series, in legend order.
    pub series: Vec<SeriesSpec>,
}

/// One series as supplied.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeriesSpec {
    /// Stable identifier.
    pub id: String,
    /// Legend name.
    pub name: Text,
    /// `#rrggbb`; a palette colour when absent.
    pub color: Option<String>,
    /// Draw dashed.
    #[serde(default)]
    pub dash: bool,
    /// The points, ascending by date.
    pub points: Vec<PointSpec>,
}

/// One point as supplied; `value: null` is a gap.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PointSpec {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// The figure, or null for no data.
    pub value: Option<f64>,
    /// `archival`, `official`, `claim`, `estimate` or `derived`.
    pub status: Option<String>,
    /// Key into `sources`.
    pub source: Option<String>,
    /// Note for readers.
    pub note: Option<String>,
}

impl ChartSpec {
    /// Parses JSON text; syntax errors carry serde's line and column.
    pub fn from_json(text: &str) -> Result<Self> {
        serde_json::from_str(text).map_err(|e| ChartError::Parse {
            message: e.to_string(),
        })
    }
}
