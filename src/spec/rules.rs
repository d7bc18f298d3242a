//! Rules a dataset declares about itself (`"rules"` in the data files): a series is the sum of
//! others, or a range of years adds up to a documented total. Failures name the dataset, the
//! point and the rule.

use super::input::AltSpec;
use super::validate::parse_date;
use crate::dataset::{Dataset, Date, Series};
use crate::error::{ChartError, Result};
use serde::Deserialize;

/// A rule as supplied.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "full", derive(serde::Serialize))]
#[serde(tag = "rule", rename_all = "lowercase")]
pub enum RuleSpec {
    /// At every date where all `parts` have values, `series` equals their sum.
    Sum {
        /// The total series.
        series: String,
        /// The series that add up to it.
        parts: Vec<String>,
    },
    /// The values of `series` in the years `from..=to` add up to `value`.
    Total {
        /// The series.
        series: String,
        /// First year.
        from: String,
        /// Last year.
        to: String,
        /// The documented total.
        value: f64,
        /// Who documents it.
        source: Option<String>,
        /// Other counts of the same total.
        #[serde(default)]
        alt: Vec<AltSpec>,
    },
}

/// A documented total over a range of years, with other counts of it.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentedTotal {
    /// The series.
    pub series: String,
    /// First year.
    pub from_year: i32,
    /// Last year.
    pub to_year: i32,
    /// The total.
    pub value: f64,
    /// Other counts: value and source key.
    pub alternatives: Vec<(f64, Option<String>)>,
}

fn series<'a>(dataset: &'a Dataset, id: &str, field: &str) -> Result<&'a Series> {
    dataset
        .series_by_id(id)
        .ok_or_else(|| ChartError::invalid(field, id))
}

/// Checks every rule; returns the documented totals for later use.
pub fn check(dataset_id: &str, rules: &[RuleSpec], dataset: &Dataset) -> Result<Vec<DocumentedTotal>> {
    let mut totals = Vec::new();
    for (i, rule) in rules.iter().enumerate() {
        let field = format!("rules[{i}]");
        match rule {
            RuleSpec::Sum {
                series: total_id,
                parts,
            } => {
                let total = series(dataset, total_id, &format!("{field}.series"))?;
                let parts: Vec<&Series> = parts
                    .iter()
                    .map(|p| series(dataset, p, &format!("{field}.parts")))
                    .collect::<Result<_>>()?;
                check_sum(dataset_id, total, &parts)?;
            }
            RuleSpec::Total {
                series: id,
                from,
                to,
                value,
                alt,
                ..
            } => {
                let s = series(dataset, id, &format!("{field}.series"))?;
                let (from, to) = (
                    parse_date(from, &format!("{field}.from"))?,
                    parse_date(to, &format!("{field}.to"))?,
                );
                let sum = s.sum_years(from.year, to.year);
                if sum != *value {
                    return Err(ChartError::Check {
                        dataset: dataset_id.into(),
                        rule: format!("{id} {}–{} = {value}", from.year, to.year),
                        detail: format!("the points sum to {sum}"),
                    });
                }
                totals.push(DocumentedTotal {
                    series: id.clone(),
                    from_year: from.year,
                    to_year: to.year,
                    value: *value,
                    alternatives: alt.iter().map(|a| (a.value, a.source.clone())).collect(),
                });
            }
        }
    }
    Ok(totals)
}

fn check_sum(dataset_id: &str, total: &Series, parts: &[&Series]) -> Result<()> {
    let names: Vec<&str> = parts.iter().map(|p| p.id.as_str()).collect();
    let rule = format!("{} = {}", total.id, names.join(" + "));
    let fail = |date: &Date, detail: String| ChartError::Check {
        dataset: dataset_id.into(),
        rule: rule.clone(),
        detail: format!("at {date}: {detail}"),
    };
    let Some(first) = parts.first() else { return Ok(()) };
    for point in first.points() {
        let date = point.date();
        let values: Option<Vec<f64>> = parts
            .iter()
            .map(|p| p.point_at(&date).and_then(|q| q.value()))
            .collect();
        let Some(values) = values else { continue };
        let sum: f64 = values.iter().sum();
        match total.point_at(&date).and_then(|p| p.value()) {
            Some(t) if t == sum => {}
            Some(t) => {
                let terms: Vec<String> = values.iter().map(f64::to_string).collect();
                return Err(fail(
                    &date,
                    format!("{} = {sum}, but {} is {t}", terms.join(" + "), total.id),
                ));
            }
            None => return Err(fail(&date, format!("{} has no value", total.id))),
        }
    }
    Ok(())
}
