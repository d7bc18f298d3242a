//! The bundled datasets, compiled into the binary from `data/` so the widget needs no network.
//! A dataset file holds its series and rules; the shared source library, events and claims live
//! in their own files and are joined here by chart id.

use super::claims::ClaimSpec;
use super::events::EventSpec;
use super::input::ChartSpec;
use super::sources::SourceSpec;
use super::Chart;
use crate::error::{ChartError, Result};
use std::collections::BTreeMap;

/// Identifiers of the built-in charts, in the order the demo shows them.
pub const BUILTIN_IDS: [&str; 3] = ["party-membership", "repression", "gulag"];

const SOURCES: &str = include_str!("../../data/sources.json");
const EVENTS: &str = include_str!("../../data/events.json");
const CLAIMS: &str = include_str!("../../data/claims.json");

fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|e| ChartError::Parse {
        message: format!("data/{file}: {e}"),
    })
}

/// The spec of a built-in chart, joined with its sources, events and claims.
pub fn builtin_spec(id: &str) -> Result<ChartSpec> {
    let text = match id {
        "party-membership" => include_str!("../../data/party-membership.json"),
        "repression" => include_str!("../../data/repression.json"),
        "gulag" => include_str!("../../data/gulag.json"),
        _ => return Err(ChartError::invalid("chart", id)),
    };
    join_library(id, parse(&format!("{id}.json"), text)?)
}

/// Adds the shared source library, and the events and claims filed under `id`, to `spec`.
pub fn join_library(id: &str, mut spec: ChartSpec) -> Result<ChartSpec> {
    let library: BTreeMap<String, SourceSpec> = parse("sources.json", SOURCES)?;
    for (key, source) in library {
        spec.sources.entry(key).or_insert(source);
    }
    let events: Vec<EventSpec> = parse("events.json", EVENTS)?;
    spec.events
        .extend(events.into_iter().filter(|e| e.charts.iter().any(|c| c == id)));
    let claims: Vec<ClaimSpec> = parse("claims.json", CLAIMS)?;
    spec.claims
        .extend(claims.into_iter().filter(|c| c.chart.as_deref() == Some(id)));
    Ok(spec)
}

/// The bundled data's stricter rule: every point with a value names a source.
pub fn require_point_sources(chart: &Chart) -> Result<()> {
    for s in &chart.dataset.series {
        if let Some(p) = s.points.iter().find(|p| p.value.is_some() && p.source.is_none()) {
            return Err(ChartError::Check {
                dataset: chart.id.clone(),
                rule: "every point names a source".into(),
                detail: format!("at {} {}", s.id, p.date),
            });
        }
    }
    Ok(())
}
