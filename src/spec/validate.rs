//! Spec → [`Chart`]: every rule a dataset must meet before it is drawn. Each failure names the
//! field path (`series[1].points[4].date`) and the value found there.

use super::input::{AltSpec, ChartSpec, PointSpec, SeriesSpec};
use super::text::text_in;
use super::{claims, events, rules, Chart, Kind, SourceMap};
use crate::color::{Rgb, PALETTE};
use crate::dataset::{Alternative, Dataset, Date, Point, Series, Status};
use crate::error::{ChartError, Result};
use crate::lang::Lang;

/// Longest title, series name or event title, in characters.
pub const MAX_LABEL_CHARS: usize = 300;

/// A title, name or label of at most [`MAX_LABEL_CHARS`] characters.
pub(super) fn label(text: &str, field: &str) -> Result<()> {
    let n = text.chars().count();
    if n > MAX_LABEL_CHARS {
        return Err(ChartError::invalid(
            field,
            format!("{n} characters (at most {MAX_LABEL_CHARS})"),
        ));
    }
    Ok(())
}

/// Validates the whole chart.
pub fn chart(spec: &ChartSpec, lang: Lang) -> Result<Chart> {
    let kind = match spec.kind.as_deref() {
        None | Some("line") => Kind::Line,
        Some("bar") => Kind::Bar,
        Some("area") => Kind::Area,
        Some(other) => return Err(ChartError::invalid("kind", other)),
    };
    let title = spec.title.get(lang).trim();
    if title.is_empty() {
        return Err(ChartError::missing("title"));
    }
    label(title, "title")?;
    let sources: SourceMap = spec
        .sources
        .iter()
        .map(|(k, v)| (k.clone(), v.resolve(lang)))
        .collect();
    let series = match &spec.columns {
        Some(columns) => super::columns::series(columns, kind)?,
        None => sourced_series(spec, kind, lang, &sources)?,
    };
    if series.iter().all(Series::is_empty) {
        return Err(ChartError::missing("series[0].points"));
    }
    let dataset = Dataset { series };
    let id = spec.id.clone().unwrap_or_else(|| "custom".into());
    let totals = rules::check(&id, &spec.rules, &dataset)?;
    let events = events::validate(&spec.events, lang, &sources)?;
    let claims = claims::validate(&spec.claims, lang, &sources, &dataset)?;
    let periods = super::periods::validate(&spec.periods, lang, &sources)?;
    let views = super::views::validate(&spec.views)?;
    let labels = super::labels::validate(&spec.labels, lang, &dataset)?;
    Ok(Chart {
        id,
        kind,
        lang,
        title: title.to_string(),
        x_label: text_in(&spec.x_label, lang),
        y_label: text_in(&spec.y_label, lang),
        credit: text_in(&spec.credit, lang),
        sources,
        dataset,
        totals,
        events,
        claims,
        periods,
        views,
        labels,
    })
}

/// The series given point by point, each checked.
fn sourced_series(spec: &ChartSpec, kind: Kind, lang: Lang, sources: &SourceMap) -> Result<Vec<Series>> {
    if spec.series.is_empty() {
        return Err(ChartError::missing("series"));
    }
    let mut series = Vec::with_capacity(spec.series.len());
    for (i, s) in spec.series.iter().enumerate() {
        let field = format!("series[{i}]");
        if spec.series[..i].iter().any(|prev| prev.id == s.id) {
            return Err(ChartError::invalid(format!("{field}.id"), &s.id));
        }
        series.push(one_series(s, i, &field, kind, lang, sources)?);
    }
    Ok(series)
}

fn one_series(
    s: &SeriesSpec,
    index: usize,
    field: &str,
    kind: Kind,
    lang: Lang,
    sources: &SourceMap,
) -> Result<Series> {
    if s.id.trim().is_empty() {
        return Err(ChartError::missing(format!("{field}.id")));
    }
    label(s.name.get(lang), &format!("{field}.name"))?;
    let color = match &s.color {
        Some(hex) => Rgb::from_hex(hex, &format!("{field}.color"))?,
        None => PALETTE[index % PALETTE.len()],
    };
    let default_status = parse_status(s.status.as_deref(), &format!("{field}.status"))?;
    let mut points: Vec<Point> = Vec::with_capacity(s.points.len());
    for (j, p) in s.points.iter().enumerate() {
        let mut point = one_point(p, field, j, kind, lang, sources)?;
        if point.source.is_none() {
            point.source.clone_from(&s.source);
        }
        if point.status.is_none() && point.value.is_some() {
            point.status = default_status;
        }
        if let Some(prev) = points.last() {
            if point.date <= prev.date {
                return Err(ChartError::invalid(
                    format!("{field}.points[{j}].date"),
                    format!("{} (dates must ascend; previous is {})", p.date, prev.date),
                ));
            }
        }
        points.push(point);
    }
    require_source(s.source.as_deref(), &format!("{field}.source"), sources)?;
    let (mut breaks, mut partial) = (Vec::with_capacity(s.breaks.len()), Vec::new());
    for (k, b) in s.breaks.iter().enumerate() {
        let at = format!("{field}.breaks[{k}]");
        if !crate::spec::BREAK_REASONS.contains(&b.why.as_str()) {
            return Err(ChartError::invalid(format!("{at}.why"), &b.why));
        }
        let before = parse_date(&b.before, &format!("{at}.before"))?;
        if b.why == "part-year" {
            partial.push(before);
        }
        breaks.push(before);
    }
    breaks.sort();
    let mut series = Series::from_points(s.id.clone(), s.name.get(lang).to_string(), color, points);
    (series.dashed, series.breaks, series.partial) = (s.dash, breaks, partial);
    Ok(series)
}

/// One point; field paths (`series[1].points[4].date`) are only built when something is wrong,
/// since a million points must not cost a million strings.
fn one_point(
    p: &PointSpec,
    series: &str,
    j: usize,
    kind: Kind,
    lang: Lang,
    sources: &SourceMap,
) -> Result<Point> {
    let at = |leaf: &str| format!("{series}.points[{j}].{leaf}");
    let date = Date::parse(&p.date).ok_or_else(|| ChartError::invalid(at("date"), &p.date))?;
    if kind == Kind::Bar && date.month.is_some() {
        return Err(ChartError::invalid(
            at("date"),
            format!("{} (bar charts take whole years)", p.date),
        ));
    }
    if let Some(v) = p.value.filter(|v| !v.is_finite()) {
        return Err(ChartError::invalid(at("value"), v));
    }
    if let Some(key) = p.source.as_deref().filter(|k| !sources.contains_key(*k)) {
        return Err(ChartError::invalid(at("source"), key));
    }
    let status = match p.status.as_deref() {
        None => None,
        Some(s) => Some(Status::parse(s).ok_or_else(|| ChartError::invalid(at("status"), s))?),
    };
    let alternatives = p
        .alt
        .iter()
        .enumerate()
        .map(|(k, a)| alternative(a, &at(&format!("alt[{k}]")), sources))
        .collect::<Result<_>>()?;
    Ok(Point {
        date,
        value: p.value,
        status,
        source: p.source.clone(),
        note: p.note.as_ref().map(|n| n.get(lang).to_string()),
        alternatives,
    })
}

fn alternative(a: &AltSpec, field: &str, sources: &SourceMap) -> Result<Alternative> {
    finite(Some(a.value), &format!("{field}.value"))?;
    require_source(a.source.as_deref(), &format!("{field}.source"), sources)?;
    Ok(Alternative {
        value: a.value,
        source: a.source.clone(),
        status: parse_status(a.status.as_deref(), &format!("{field}.status"))?,
    })
}

fn finite(value: Option<f64>, field: &str) -> Result<()> {
    match value {
        Some(v) if !v.is_finite() => Err(ChartError::invalid(field, v)),
        _ => Ok(()),
    }
}

/// A date in one of the three precisions, or `invalid <field>: <text>`.
pub fn parse_date(text: &str, field: &str) -> Result<Date> {
    Date::parse(text).ok_or_else(|| ChartError::invalid(field, text))
}

/// An optional status name.
pub fn parse_status(text: Option<&str>, field: &str) -> Result<Option<Status>> {
    text.map(|s| Status::parse(s).ok_or_else(|| ChartError::invalid(field, s)))
        .transpose()
}

/// A source key, if given, must name a known source.
pub fn require_source(key: Option<&str>, field: &str, sources: &SourceMap) -> Result<()> {
    match key {
        Some(k) if !sources.contains_key(k) => Err(ChartError::invalid(field, k)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use crate::lang::Lang;
    use crate::spec::Chart;

    fn err(json: &str) -> String {
        Chart::from_json(json, Lang::EN).unwrap_err().to_string()
    }

    const HEAD: &str = r#""title": "t", "kind": "bar", "sources": {"s": "S"}"#;

    #[test]
    fn validate_names_field_and_value() {
        let bad_date = format!(
            r#"{{{HEAD}, "series": [{{"id": "a", "name": "A", "points": [{{"date": "1937-13", "value": 1}}]}}]}}"#
        );
        assert_eq!(err(&bad_date), "invalid series[0].points[0].date: 1937-13");
        let month_in_bar = format!(
            r#"{{{HEAD}, "series": [{{"id": "a", "name": "A", "points": [{{"date": "1937-03", "value": 1}}]}}]}}"#
        );
        assert_eq!(
            err(&month_in_bar),
            "invalid series[0].points[0].date: 1937-03 (bar charts take whole years)"
        );
        let unknown_source = format!(
            r#"{{{HEAD}, "series": [{{"id": "a", "name": "A", "points": [{{"date": "1937", "value": 1, "source": "zz"}}]}}]}}"#
        );
        assert_eq!(err(&unknown_source), "invalid series[0].points[0].source: zz");
        let status = format!(
            r#"{{{HEAD}, "series": [{{"id": "a", "name": "A", "points": [{{"date": "1937", "value": 1, "status": "rumour"}}]}}]}}"#
        );
        assert_eq!(err(&status), "invalid series[0].points[0].status: rumour");
        let colour =
            format!(r#"{{{HEAD}, "series": [{{"id": "a", "name": "A", "color": "red", "points": []}}]}}"#);
        assert_eq!(err(&colour), "invalid series[0].color: red");
    }

    #[test]
    fn validate_refuses_unsorted_duplicate_ids_and_kinds() {
        let unsorted = format!(
            r#"{{{HEAD}, "series": [{{"id": "a", "name": "A", "points": [{{"date": "1938", "value": 1}}, {{"date": "1937", "value": 2}}]}}]}}"#
        );
        assert_eq!(
            err(&unsorted),
            "invalid series[0].points[1].date: 1937 (dates must ascend; previous is 1938)"
        );
        let dup = format!(
            r#"{{{HEAD}, "series": [{{"id": "a", "name": "A", "points": []}}, {{"id": "a", "name": "B", "points": []}}]}}"#
        );
        assert_eq!(err(&dup), "invalid series[1].id: a");
        assert_eq!(
            err(r#"{"title": "t", "kind": "pie", "series": []}"#),
            "invalid kind: pie"
        );
        assert_eq!(err(r#"{"title": " ", "series": []}"#), "missing title");
        assert_eq!(err(r#"{"title": "t", "series": []}"#), "missing series");
    }

    #[test]
    fn validate_reports_json_syntax_and_unknown_fields_with_position() {
        let e = err(r#"{"title": "t", "colour": 1, "series": []}"#);
        assert!(e.starts_with("cannot read data: unknown field `colour`"), "{e}");
        assert!(e.contains("line 1 column"), "{e}");
        assert!(err("{").contains("EOF while parsing"));
    }

    #[test]
    fn builtins_validate_in_both_languages() {
        for id in crate::spec::BUILTIN_IDS {
            for lang in [Lang::EN, Lang::negotiate("ru")] {
                let c = Chart::builtin(id, lang).unwrap();
                assert!(!c.title.is_empty() && !c.credit.is_empty(), "{id}");
            }
        }
        let ru = Chart::builtin("repression", Lang::negotiate("ru")).unwrap();
        assert!(ru.title.starts_with("Политические репрессии"));
        assert_eq!(
            Chart::builtin("nope", Lang::EN).unwrap_err().to_string(),
            "invalid chart: nope"
        );
    }
}
