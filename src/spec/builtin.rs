//! The bundled datasets, compiled into the binary from `data/` so the widget needs no network.
//! A dataset file holds its series and rules; the shared source library, events and claims live
//! in their own files and are joined here by chart id. They hold no words: every text is named
//! by its key in `lang/*.json` (`<chart>.title`, `<chart>.series.<id>.name`,
//! `<chart>.point.<series>.<date>.note`, `event.<date>.title`, `source.<id>.short`,
//! `source.<id>.title`, `claim.<id>.quote`, `<chart>.label.<id>.text`), so a language is added by adding its file.

use super::claims::ClaimSpec;
use super::events::EventSpec;
use super::input::ChartSpec;
use super::sources::{SourceSpec, SOURCE_KINDS};
use super::text::{keyed, Text};
use super::Chart;
use crate::error::{ChartError, Result};
use std::collections::BTreeMap;

/// Identifiers of the built-in charts, in the order the demo shows them.
pub const BUILTIN_IDS: [&str; 3] = ["party-membership", "repression", "gulag"];

#[cfg(feature = "full")]
const SOURCES: &str = include_str!("../../data/sources.json");
#[cfg(feature = "full")]
const EVENTS: &str = include_str!("../../data/events.json");
#[cfg(feature = "full")]
const CLAIMS: &str = include_str!("../../data/claims.json");

#[cfg(feature = "full")]
fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|e| ChartError::Parse {
        message: format!("data/{file}: {e}"),
    })
}

/// The spec of a built-in chart, joined with its sources, events and claims.
#[cfg(feature = "full")]
pub fn builtin_spec(id: &str) -> Result<ChartSpec> {
    join_library(id, parse(&format!("{id}.json"), builtin_json(id)?)?)
}

/// A built-in chart's data file, as JSON text (numbers, dates, statuses and sources; its words
/// are joined by [`join_library`]).
#[cfg(feature = "full")]
pub fn builtin_json(id: &str) -> Result<&'static str> {
    Ok(match id {
        "party-membership" => include_str!("../../data/party-membership.json"),
        "repression" => include_str!("../../data/repression.json"),
        "gulag" => include_str!("../../data/gulag.json"),
        _ => return Err(ChartError::invalid("chart", id)),
    })
}

/// Adds the shared source library, and the events and claims filed under `id`, to `spec`, and
/// names every text the data leaves out by its key in the language files.
#[cfg(feature = "full")]
pub fn join_library(id: &str, spec: ChartSpec) -> Result<ChartSpec> {
    let parts = BuiltinParts {
        data: spec,
        sources: parse("sources.json", SOURCES)?,
        events: parse("events.json", EVENTS)?,
        claims: parse("claims.json", CLAIMS)?,
    };
    Ok(parts.join(id))
}

/// A built-in chart's files as they are shipped: its data file, and the shared source library,
/// events and claims (the web module is handed these as plain objects, never as JSON text).
#[derive(Debug, Clone, serde::Deserialize)]
pub struct BuiltinParts {
    /// `data/<id>.json`.
    pub data: ChartSpec,
    /// `data/sources.json`.
    pub sources: BTreeMap<String, SourceSpec>,
    /// `data/events.json` (every chart's; those filed under the chart are kept).
    pub events: Vec<EventSpec>,
    /// `data/claims.json` (every chart's; those filed under the chart are kept).
    pub claims: Vec<ClaimSpec>,
}

impl BuiltinParts {
    /// The data of chart `id` with the library's sources, its own events and claims, and every
    /// text the data leaves out named by its key in the language files.
    pub fn join(self, id: &str) -> ChartSpec {
        let mut spec = self.data;
        for (key, source) in self.sources {
            spec.sources.entry(key).or_insert(source);
        }
        spec.events.extend(
            self.events
                .into_iter()
                .filter(|e| e.charts.iter().any(|c| c == id)),
        );
        spec.claims
            .extend(self.claims.into_iter().filter(|c| c.chart.as_deref() == Some(id)));
        name_texts(id, &mut spec);
        spec
    }
}

/// Fills each text the data leaves out with its key in the language files.
fn name_texts(id: &str, spec: &mut ChartSpec) {
    fn fill(text: &mut Text, key: String) {
        if *text == Text::default() {
            *text = keyed(key).unwrap_or_default();
        }
    }
    fn fill_option(text: &mut Option<Text>, key: String) {
        if text.is_none() {
            *text = keyed(key);
        }
    }
    fill(&mut spec.title, format!("{id}.title"));
    fill_option(&mut spec.x_label, format!("{id}.x_label"));
    fill_option(&mut spec.y_label, format!("{id}.y_label"));
    fill_option(&mut spec.credit, format!("{id}.credit"));
    for s in &mut spec.series {
        fill(&mut s.name, format!("{id}.series.{}.name", s.id));
        for p in &mut s.points {
            fill_option(&mut p.note, format!("{id}.point.{}.{}.note", s.id, p.date));
        }
    }
    for p in &mut spec.periods {
        fill(&mut p.label, format!("{id}.period.{}.label", p.id));
    }
    for l in &mut spec.labels {
        fill(&mut l.text, format!("{id}.label.{}.text", l.id));
    }
    for e in &mut spec.events {
        fill(&mut e.title, format!("event.{}.title", e.date));
        fill_option(&mut e.short, format!("event.{}.short", e.date));
    }
    for c in &mut spec.claims {
        fill(&mut c.quote, format!("claim.{}.quote", c.id));
        fill_option(&mut c.note, format!("claim.{}.note", c.id));
    }
    for (key, source) in &mut spec.sources {
        if let SourceSpec::Record(r) = source {
            fill_option(&mut r.short, format!("source.{key}.short"));
            fill(&mut r.title, format!("source.{key}.title"));
        }
    }
}

/// The bundled data's citation rules, checked on the spec (where the source records are):
/// every source record names its kind from [`SOURCE_KINDS`]; a figure or event of status
/// `archival` cites a published archival document with its archive reference; an event whose
/// document was first published in a known year cites a publication of that year or later.
pub fn check_citations(id: &str, spec: &ChartSpec) -> Result<()> {
    let fail = |rule: &str, detail: String| ChartError::Check {
        dataset: id.to_string(),
        rule: rule.to_string(),
        detail,
    };
    let record = |key: &str| match spec.sources.get(key) {
        Some(SourceSpec::Record(r)) => Some(r),
        _ => None,
    };
    for (key, source) in &spec.sources {
        let kind = match source {
            SourceSpec::Record(r) => r.kind.as_deref(),
            SourceSpec::Title(_) => None,
        };
        if !kind.is_some_and(|k| SOURCE_KINDS.contains(&k)) {
            return Err(fail(
                "every source names its kind",
                format!("at source {key}: {kind:?}"),
            ));
        }
    }
    let mut cited: Vec<(String, Option<&str>, Option<&str>)> = Vec::new();
    for s in &spec.series {
        for p in &s.points {
            let at = format!("{} {}", s.id, p.date);
            cited.push((at.clone(), p.status.as_deref(), p.source.as_deref()));
            for a in &p.alt {
                cited.push((
                    format!("{at} (other figure)"),
                    a.status.as_deref(),
                    a.source.as_deref(),
                ));
            }
        }
    }
    for e in &spec.events {
        cited.push((
            format!("event {}", e.date),
            e.status.as_deref(),
            e.source.as_deref(),
        ));
        let year = e.source.as_deref().and_then(record).and_then(|r| r.year);
        if let (Some(first), Some(year)) = (e.first_published, year) {
            if year < first {
                let detail = format!("at event {}: cited {year}, first published {first}", e.date);
                return Err(fail("a citation is no older than what it cites", detail));
            }
        }
    }
    for (at, status, source) in cited {
        let archival_source = source
            .and_then(record)
            .is_some_and(|r| r.is_archival_publication());
        if status == Some("archival") && !archival_source {
            let detail = format!("at {at}: source {}", source.unwrap_or("none"));
            return Err(fail(
                "archival figures cite a published archival document",
                detail,
            ));
        }
    }
    Ok(())
}

/// The bundled data's stricter rule: every point with a value names a source.
pub fn require_point_sources(chart: &Chart) -> Result<()> {
    for s in &chart.dataset.series {
        if let Some(p) = s.points().find(|p| p.value().is_some() && p.source().is_none()) {
            return Err(ChartError::Check {
                dataset: chart.id.clone(),
                rule: "every point names a source".into(),
                detail: format!("at {} {}", s.id, p.date()),
            });
        }
    }
    Ok(())
}
