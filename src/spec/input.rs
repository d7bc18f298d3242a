//! The serde shape of a chart dataset (`data/*.json`, or a user's JSON); `docs/data-format.md`
//! documents every field. Unknown fields are refused, so a misspelt `colour` is reported
//! instead of silently ignored.

use super::claims::ClaimSpec;
use super::columns::ColumnsSpec;
use super::events::EventSpec;
use super::rules::RuleSpec;
use super::sources::SourceSpec;
use super::text::Text;
#[cfg(feature = "full")]
use crate::error::{ChartError, Result};
use serde::Deserialize;
use std::collections::BTreeMap;

/// A whole chart as supplied.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "full", derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct ChartSpec {
    /// Identifier; `custom` when absent.
    pub id: Option<String>,
    /// `line` (default) or `bar`.
    #[cfg_attr(feature = "full", serde(skip_serializing_if = "Option::is_none"))]
    pub kind: Option<String>,
    /// Heading.
    #[serde(default)]
    pub title: Text,
    /// x axis label.
    #[cfg_attr(feature = "full", serde(skip_serializing_if = "Option::is_none"))]
    pub x_label: Option<Text>,
    /// y axis label.
    #[cfg_attr(feature = "full", serde(skip_serializing_if = "Option::is_none"))]
    pub y_label: Option<Text>,
    /// The sources line.
    #[cfg_attr(feature = "full", serde(skip_serializing_if = "Option::is_none"))]
    pub credit: Option<Text>,
    /// Publications, by key; points, events and claims name a key.
    #[serde(default)]
    #[cfg_attr(feature = "full", serde(skip_serializing_if = "BTreeMap::is_empty"))]
    pub sources: BTreeMap<String, SourceSpec>,
    /// Checks the numbers must pass (sums, documented totals).
    #[serde(default)]
    #[cfg_attr(feature = "full", serde(skip_serializing_if = "Vec::is_empty"))]
    pub rules: Vec<RuleSpec>,
    /// Dated annotations.
    #[serde(default)]
    #[cfg_attr(feature = "full", serde(skip_serializing_if = "Vec::is_empty"))]
    pub events: Vec<EventSpec>,
    /// Claims about the numbers, checked against them.
    #[serde(default)]
    #[cfg_attr(feature = "full", serde(skip_serializing_if = "Vec::is_empty"))]
    pub claims: Vec<ClaimSpec>,
    /// Labelled periods (the 1921 purge, the Great Terror), drawn as named bands.
    #[serde(default)]
    #[cfg_attr(feature = "full", serde(skip_serializing_if = "Vec::is_empty"))]
    pub periods: Vec<super::PeriodSpec>,
    /// Named views (`lenin-purges`: 1917–1926) a page can ask for.
    #[serde(default)]
    #[cfg_attr(feature = "full", serde(skip_serializing_if = "Vec::is_empty"))]
    pub views: Vec<super::ViewSpec>,
    /// Labels at the few points the story turns on (732,521 in March 1921).
    #[serde(default)]
    pub labels: Vec<super::LabelSpec>,
    /// The series, in legend order.
    pub series: Vec<SeriesSpec>,
    /// Numeric columns handed over by a page instead of `series` (never read from JSON).
    #[serde(skip)]
    pub columns: Option<ColumnsSpec>,
}

/// One series as supplied.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "full", derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct SeriesSpec {
    /// Stable identifier.
    pub id: String,
    /// Legend name.
    #[serde(default)]
    pub name: Text,
    /// `#rrggbb`; a palette colour when absent.
    #[cfg_attr(feature = "full", serde(skip_serializing_if = "Option::is_none"))]
    pub color: Option<String>,
    /// Draw dashed.
    #[serde(default)]
    #[cfg_attr(feature = "full", serde(skip_serializing_if = "std::ops::Not::not"))]
    pub dash: bool,
    /// Source of every point that names none.
    #[cfg_attr(feature = "full", serde(skip_serializing_if = "Option::is_none"))]
    pub source: Option<String>,
    /// Status of every point that names none.
    #[cfg_attr(feature = "full", serde(skip_serializing_if = "Option::is_none"))]
    pub status: Option<String>,
    /// Where what the series measures changes: lines are not drawn across these, and no
    /// generated sentence or claim compares values on both sides.
    #[serde(default)]
    #[cfg_attr(feature = "full", serde(skip_serializing_if = "Vec::is_empty"))]
    pub breaks: Vec<BreakSpec>,
    /// The points, ascending by date.
    pub points: Vec<PointSpec>,
}

/// A break in what a series measures, just before the point at `before`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "full", derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct BreakSpec {
    /// The date of the first point after the break.
    pub before: String,
    /// Why: `coverage` (what is counted changes), `part-year` (the point covers part of its
    /// year), `claims` (contemporary claims give way to counted figures).
    pub why: String,
}

/// The reasons a series may break.
pub const BREAK_REASONS: [&str; 3] = ["coverage", "part-year", "claims"];

/// One point as supplied; `value: null` is a gap.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "full", derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct PointSpec {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// The figure, or null for no data.
    pub value: Option<f64>,
    /// `archival`, `official`, `claim`, `estimate` or `derived`.
    #[cfg_attr(feature = "full", serde(skip_serializing_if = "Option::is_none"))]
    pub status: Option<String>,
    /// Key into `sources`.
    #[cfg_attr(feature = "full", serde(skip_serializing_if = "Option::is_none"))]
    pub source: Option<String>,
    /// Note for readers.
    #[cfg_attr(feature = "full", serde(skip_serializing_if = "Option::is_none"))]
    pub note: Option<Text>,
    /// Other sources' figures for the same point.
    #[serde(default)]
    #[cfg_attr(feature = "full", serde(skip_serializing_if = "Vec::is_empty"))]
    pub alt: Vec<AltSpec>,
}

/// Another source's figure.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "full", derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct AltSpec {
    /// The figure.
    pub value: f64,
    /// Key into `sources`.
    #[cfg_attr(feature = "full", serde(skip_serializing_if = "Option::is_none"))]
    pub source: Option<String>,
    /// How it is known.
    #[cfg_attr(feature = "full", serde(skip_serializing_if = "Option::is_none"))]
    pub status: Option<String>,
}

#[cfg(feature = "full")]
impl ChartSpec {
    /// Parses JSON text; syntax errors carry serde's line and column.
    pub fn from_json(text: &str) -> Result<Self> {
        serde_json::from_str(text).map_err(|e| ChartError::Parse {
            message: e.to_string(),
        })
    }
}
