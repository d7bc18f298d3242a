//! Claims as supplied (`data/claims.json`, or `"claims"` in a dataset), validated against the
//! chart's own series so a claim that cannot be computed is an error at load time.

use super::text::Text;
use super::validate::{parse_date, require_source};
use super::SourceMap;
use crate::claims::{evaluate, Bound, Claim, Measure};
use crate::dataset::Dataset;
use crate::error::{ChartError, Result};
use crate::lang::Lang;
use serde::Deserialize;

/// A claim as supplied.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "full", derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct ClaimSpec {
    /// Identifier.
    pub id: String,
    /// Which built-in chart it belongs to (ignored for custom data).
    pub chart: Option<String>,
    /// The words claimed.
    #[serde(default)]
    pub quote: Text,
    /// Key into `sources`: who claimed it.
    pub source: Option<String>,
    /// `change` (percent between two dates) or `total` (sum over years).
    pub measure: String,
    /// The series measured.
    pub series: String,
    /// Start date or first year.
    pub from: String,
    /// End date or last year.
    pub to: String,
    /// The claimed figure.
    pub claimed: f64,
    /// `about` (default) or `more_than`.
    pub bound: Option<String>,
    /// Percentage points for a change, percent of the claim for a total.
    pub tolerance: f64,
    /// False when these data cannot decide the claim (it counts something else, or its words
    /// are cut off); the figure is then shown for comparison only, with `note` saying why.
    #[serde(default = "yes")]
    pub checkable: bool,
    /// The editorial choices and caveats behind the verdict, for readers.
    pub note: Option<Text>,
}

fn yes() -> bool {
    true
}

/// Validates every claim and checks that each can be computed from `dataset`.
pub fn validate(
    specs: &[ClaimSpec],
    lang: Lang,
    sources: &SourceMap,
    dataset: &Dataset,
) -> Result<Vec<Claim>> {
    specs
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let field = format!("claims[{i}]");
            let measure = match c.measure.as_str() {
                "change" => Measure::Change,
                "total" => Measure::Total,
                other => return Err(ChartError::invalid(format!("{field}.measure"), other)),
            };
            let bound = match c.bound.as_deref() {
                None | Some("about") => Bound::About,
                Some("more_than") => Bound::MoreThan,
                Some(other) => return Err(ChartError::invalid(format!("{field}.bound"), other)),
            };
            if !(c.tolerance.is_finite() && c.tolerance >= 0.0) {
                return Err(ChartError::invalid(format!("{field}.tolerance"), c.tolerance));
            }
            if !c.claimed.is_finite() {
                return Err(ChartError::invalid(format!("{field}.claimed"), c.claimed));
            }
            require_source(c.source.as_deref(), &format!("{field}.source"), sources)?;
            let claim = Claim {
                id: c.id.clone(),
                quote: c.quote.get(lang).to_string(),
                source: c.source.clone(),
                measure,
                series: c.series.clone(),
                from: parse_date(&c.from, &format!("{field}.from"))?,
                to: parse_date(&c.to, &format!("{field}.to"))?,
                claimed: c.claimed,
                bound,
                tolerance: c.tolerance,
                checkable: c.checkable,
                note: c.note.as_ref().map_or("", |t| t.get(lang)).to_string(),
            };
            evaluate(&claim, dataset)?;
            Ok(claim)
        })
        .collect()
}
