//! The claims layer: statements about the numbers (an essay's "cut in half", "about 1.6
//! million") held as data, and what the data says of each: the computed figure and a verdict
//! from the claim's stated tolerance, never a hard-coded one. Pure; may use `dataset`, `format`,
//! `lang` and `error`.

mod describe;
mod verdict;

pub use describe::{describe, ClaimText};
pub use verdict::{verdict, Verdict};

use crate::dataset::{Dataset, Date};
use crate::error::{ChartError, Result};

/// What a claim measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// Percentage change of one series between two dates (`-50` for "cut in half").
    Change,
    /// Sum of one series over a range of years ("1.6 million arrested in 1937–38").
    Total,
}

/// How the claimed figure is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// Roughly this figure.
    About,
    /// At least this far from zero ("more than a quarter", "more than 7 million").
    MoreThan,
}

/// A validated claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// Identifier.
    pub id: String,
    /// The words claimed, in the reader's language.
    pub quote: String,
    /// Key into the chart's sources (who claimed it).
    pub source: Option<String>,
    /// What is measured.
    pub measure: Measure,
    /// The series measured.
    pub series: String,
    /// Start: the first date of a change, the first year of a total.
    pub from: Date,
    /// End: the second date of a change, the last year of a total.
    pub to: Date,
    /// The claimed figure: percent for a change, a count for a total.
    pub claimed: f64,
    /// How the figure is meant.
    pub bound: Bound,
    /// Allowed distance: percentage points for a change, percent of the claim for a total.
    pub tolerance: f64,
    /// False when these data cannot decide the claim; the figure is for comparison only.
    pub checkable: bool,
    /// Why the verdict is what it is: the editorial choices and caveats, in the reader's language
    /// (empty when there is nothing to add).
    pub note: String,
}

/// What the data says of a claim.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Finding {
    /// The computed figure, in the claim's unit.
    pub computed: f64,
    /// For a change: the values at `from` and `to`.
    pub endpoints: Option<(f64, f64)>,
    /// The verdict.
    pub verdict: Verdict,
}

/// Computes the claim's figure from the data and judges it.
pub fn evaluate(claim: &Claim, dataset: &Dataset) -> Result<Finding> {
    let series = dataset
        .series_by_id(&claim.series)
        .ok_or_else(|| ChartError::invalid(format!("claims.{}.series", claim.id), &claim.series))?;
    let (computed, endpoints) = match claim.measure {
        Measure::Change => {
            let value_at = |d: &Date, field: &str| {
                series.point_at(d).and_then(|p| p.value()).ok_or_else(|| {
                    ChartError::invalid(
                        format!("claims.{}.{field}", claim.id),
                        format!("{d} (no value in {})", claim.series),
                    )
                })
            };
            let (a, b) = (value_at(&claim.from, "from")?, value_at(&claim.to, "to")?);
            if a == 0.0 {
                return Err(ChartError::invalid(
                    format!("claims.{}.from", claim.id),
                    "0 (no change from zero)",
                ));
            }
            ((b - a) / a * 100.0, Some((a, b)))
        }
        Measure::Total => (series.sum_years(claim.from.year, claim.to.year), None),
    };
    // Values on both sides of a break in what the series measures cannot be compared.
    let crosses_break = series.breaks_between(&claim.from, &claim.to);
    let verdict = if claim.checkable && !crosses_break {
        verdict(
            computed,
            claim.claimed,
            claim.bound,
            claim.tolerance,
            claim.measure,
        )
    } else {
        Verdict::Uncheckable
    };
    Ok(Finding {
        computed,
        endpoints,
        verdict,
    })
}
