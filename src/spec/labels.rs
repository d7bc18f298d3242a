//! Point labels as supplied (`labels` in a chart's data): a short text at one of the few numbers
//! the story turns on (732,521 in March 1921, the 1937 peak), and their validation. The number
//! and date are never typed in the text: it says `{value}` and `{date}`, and layout fills them
//! from the point, formatted in the reader's language, so the label cannot disagree with the data.

use super::text::Text;
use super::validate::parse_date;
use crate::dataset::Dataset;
use crate::error::{ChartError, Result};
use crate::lang::Lang;
use serde::Deserialize;

/// The longest label text, placeholders included: a label is a figure and a few words.
pub const MAX_POINT_LABEL_CHARS: usize = 60;

/// The placeholders a label's text may use.
pub const LABEL_PLACEHOLDERS: [&str; 2] = ["value", "date"];

/// A point label as written in the data.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "full", derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct LabelSpec {
    /// Names its words (`<chart>.label.<id>.text`) and the label in messages.
    pub id: String,
    /// The id of the series the point is in.
    pub series: String,
    /// The point's date, exactly as the series gives it.
    pub date: String,
    /// The words, with `{value}` and `{date}` where the point's figure and date go.
    #[serde(default)]
    pub text: Text,
}

/// A validated point label, in the chart's language.
#[derive(Debug, Clone, PartialEq)]
pub struct PointLabel {
    /// As in the data.
    pub id: String,
    /// Index into the dataset's series.
    pub series: usize,
    /// Index into that series' points.
    pub point: usize,
    /// The words with their placeholders (filled by layout, with the reader's number format).
    pub text: String,
}

/// Validates `specs` in order (the order is the labels' priority when room is short): the series
/// exists, the date is one of its points and has a value, and the text uses only `{value}` and
/// `{date}`.
pub fn validate(specs: &[LabelSpec], lang: Lang, dataset: &Dataset) -> Result<Vec<PointLabel>> {
    let mut out = Vec::with_capacity(specs.len());
    for (i, l) in specs.iter().enumerate() {
        let field = format!("labels[{i}]");
        if l.id.trim().is_empty() || specs[..i].iter().any(|m| m.id == l.id) {
            return Err(ChartError::invalid(format!("{field}.id"), &l.id));
        }
        let series = dataset
            .series
            .iter()
            .position(|s| s.id == l.series)
            .ok_or_else(|| ChartError::invalid(format!("{field}.series"), &l.series))?;
        let date = parse_date(&l.date, &format!("{field}.date"))?;
        let s = &dataset.series[series];
        let point = s
            .index_at(&date)
            .filter(|&j| s.value(j).is_some())
            .ok_or_else(|| {
                ChartError::invalid(
                    format!("{field}.date"),
                    format!("{} (no value of {} on that date)", l.date, l.series),
                )
            })?;
        let text = l.text.get(lang).trim().to_string();
        if text.is_empty() {
            return Err(ChartError::missing(format!("{field}.text")));
        }
        let n = text.chars().count();
        if n > MAX_POINT_LABEL_CHARS {
            return Err(ChartError::invalid(
                format!("{field}.text"),
                format!("{n} characters (at most {MAX_POINT_LABEL_CHARS})"),
            ));
        }
        if let Some(unknown) = placeholders(&text).find(|p| !LABEL_PLACEHOLDERS.contains(p)) {
            return Err(ChartError::invalid(
                format!("{field}.text"),
                format!("{{{unknown}}} (only {{value}} and {{date}})"),
            ));
        }
        out.push(PointLabel {
            id: l.id.clone(),
            series,
            point,
            text,
        });
    }
    Ok(out)
}

/// The `{names}` in `text`.
fn placeholders(text: &str) -> impl Iterator<Item = &str> {
    text.split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(name, _)| name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::Chart;

    fn chart(labels: &str) -> Result<Chart> {
        let json = format!(
            r#"{{"title": "t", "labels": [{labels}], "series": [{{"id": "a", "name": "A", "points": [
                {{"date": "1921-03", "value": 732521}}, {{"date": "1922", "value": null}}]}}]}}"#
        );
        Chart::from_json(&json, Lang::EN)
    }

    #[test]
    fn labels_name_a_point_with_a_value_and_use_only_their_placeholders() {
        let ok =
            chart(r#"{"id": "c", "series": "a", "date": "1921-03", "text": "{value} ({date})"}"#).unwrap();
        assert_eq!(ok.labels[0].point, 0);
        assert_eq!(ok.labels[0].text, "{value} ({date})");
        let err = |l: &str| chart(l).unwrap_err().to_string();
        assert_eq!(
            err(r#"{"id": "c", "series": "b", "date": "1921-03", "text": "{value}"}"#),
            "invalid labels[0].series: b"
        );
        assert_eq!(
            err(r#"{"id": "c", "series": "a", "date": "1921-04", "text": "{value}"}"#),
            "invalid labels[0].date: 1921-04 (no value of a on that date)"
        );
        assert_eq!(
            err(r#"{"id": "c", "series": "a", "date": "1922", "text": "{value}"}"#),
            "invalid labels[0].date: 1922 (no value of a on that date)"
        );
        assert_eq!(
            err(r#"{"id": "c", "series": "a", "date": "1921-03", "text": "{n} members"}"#),
            "invalid labels[0].text: {n} (only {value} and {date})"
        );
        assert_eq!(
            err(r#"{"id": "c", "series": "a", "date": "1921-03"}"#),
            "missing labels[0].text"
        );
        assert_eq!(
            err(&format!(
                r#"{{"id": "c", "series": "a", "date": "1921-03", "text": "{}"}}"#,
                "a".repeat(61)
            )),
            "invalid labels[0].text: 61 characters (at most 60)"
        );
        assert_eq!(
            err(
                r#"{"id": "c", "series": "a", "date": "1921-03", "text": "x"}, {"id": "c", "series": "a", "date": "1921-03", "text": "y"}"#
            ),
            "invalid labels[1].id: c"
        );
    }
}
