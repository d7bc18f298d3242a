//! Labelled periods as supplied (`periods` in a chart's data: the 1921 purge, the Great Terror),
//! and their validation. A period is drawn as a named band across the plot, so a reader sees the
//! story's stretches of time without hovering; each cites its source like every other claim.

use super::text::Text;
use super::validate::{parse_date, require_source};
use super::SourceMap;
use crate::dataset::Date;
use crate::error::{ChartError, Result};
use crate::lang::Lang;
use serde::Deserialize;

/// The longest label a period may have: a band's label is a name, not a sentence.
pub const MAX_PERIOD_LABEL_CHARS: usize = 40;

/// A period as written in the data.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "full", derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct PeriodSpec {
    /// Names its words (`<chart>.period.<id>.label`) and the period in messages.
    pub id: String,
    /// First day, month or year.
    pub from: String,
    /// Last day, month or year (inclusive).
    pub to: String,
    /// The band's short name.
    #[serde(default)]
    pub label: Text,
    /// Key into `sources`: where the dates come from.
    pub source: Option<String>,
    /// Key into `sources` for the end date, where another document sets it.
    pub end_source: Option<String>,
}

/// A validated period, in the chart's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    /// As in the data.
    pub id: String,
    /// First date.
    pub from: Date,
    /// Last date (inclusive).
    pub to: Date,
    /// The band's name.
    pub label: String,
    /// Key into the chart's sources.
    pub source: Option<String>,
    /// Key into the chart's sources for the end date.
    pub end_source: Option<String>,
}

/// Validates `specs` in order (the order is the labels' priority when room is short).
pub fn validate(specs: &[PeriodSpec], lang: Lang, sources: &SourceMap) -> Result<Vec<Period>> {
    let mut out = Vec::with_capacity(specs.len());
    for (i, p) in specs.iter().enumerate() {
        let field = format!("periods[{i}]");
        if specs[..i].iter().any(|q| q.id == p.id) {
            return Err(ChartError::invalid(format!("{field}.id"), &p.id));
        }
        let from = parse_date(&p.from, &format!("{field}.from"))?;
        let to = parse_date(&p.to, &format!("{field}.to"))?;
        if to < from {
            return Err(ChartError::invalid(
                format!("{field}.to"),
                format!("{} (before {})", p.to, p.from),
            ));
        }
        let label = p.label.get(lang).trim().to_string();
        if label.is_empty() {
            return Err(ChartError::missing(format!("{field}.label")));
        }
        if label.chars().count() > MAX_PERIOD_LABEL_CHARS {
            let n = label.chars().count();
            return Err(ChartError::invalid(
                format!("{field}.label"),
                format!("{n} characters (at most {MAX_PERIOD_LABEL_CHARS})"),
            ));
        }
        require_source(p.source.as_deref(), &format!("{field}.source"), sources)?;
        require_source(p.end_source.as_deref(), &format!("{field}.end_source"), sources)?;
        out.push(Period {
            id: p.id.clone(),
            from,
            to,
            label,
            source: p.source.clone(),
            end_source: p.end_source.clone(),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(from: &str, to: &str, label: &str) -> PeriodSpec {
        PeriodSpec {
            id: "p".into(),
            from: from.into(),
            to: to.into(),
            label: Text::Plain(label.into()),
            source: None,
            end_source: None,
        }
    }

    #[test]
    fn periods_validate_dates_order_and_label() {
        let ok = validate(
            &[spec("1937-08", "1938-11", "Great Terror")],
            Lang::EN,
            &SourceMap::new(),
        )
        .unwrap();
        assert_eq!(ok[0].from.year, 1937);
        assert_eq!(ok[0].to.month, Some(11));
        let backwards = validate(&[spec("1938", "1937", "x")], Lang::EN, &SourceMap::new()).unwrap_err();
        assert_eq!(backwards.to_string(), "invalid periods[0].to: 1937 (before 1938)");
        let unnamed = validate(&[spec("1937", "1938", " ")], Lang::EN, &SourceMap::new()).unwrap_err();
        assert_eq!(unnamed.to_string(), "missing periods[0].label");
        let long = validate(
            &[spec("1937", "1938", &"a".repeat(41))],
            Lang::EN,
            &SourceMap::new(),
        )
        .unwrap_err();
        assert_eq!(
            long.to_string(),
            "invalid periods[0].label: 41 characters (at most 40)"
        );
        let mut twice = vec![spec("1937", "1938", "a"), spec("1939", "1940", "b")];
        twice[1].id = "p".into();
        let dup = validate(&twice, Lang::EN, &SourceMap::new()).unwrap_err();
        assert_eq!(dup.to_string(), "invalid periods[1].id: p");
    }
}
