//! Dated annotations as supplied, and their validation.

use super::text::Text;
use super::validate::{parse_date, parse_status, require_source};
use super::SourceMap;
use crate::dataset::Event;
use crate::error::{ChartError, Result};
use crate::lang::Lang;
use serde::Deserialize;

/// An event as supplied.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "full", derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct EventSpec {
    /// When it happened or began.
    pub date: String,
    /// When a span ended.
    pub end: Option<String>,
    /// What happened.
    #[serde(default)]
    pub title: Text,
    /// A few words for it, drawn under its marker where there is room, so it reads without
    /// hovering (`Lenin dies`).
    pub short: Option<Text>,
    /// Which built-in charts show it (ignored for custom data).
    #[serde(default)]
    pub charts: Vec<String>,
    /// Key into `sources`.
    pub source: Option<String>,
    /// How the date is known.
    pub status: Option<String>,
    /// The year the document behind the event was first published (a decision kept secret until
    /// 1992): no source published before it can attest it.
    pub first_published: Option<i32>,
}

/// The longest short name of an event: a few words under the axis.
pub const MAX_EVENT_SHORT_CHARS: usize = 30;

/// Validates every event; errors name `events[i].<field>`.
pub fn validate(specs: &[EventSpec], lang: Lang, sources: &SourceMap) -> Result<Vec<Event>> {
    specs
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let field = format!("events[{i}]");
            let date = parse_date(&e.date, &format!("{field}.date"))?;
            let end = e
                .end
                .as_deref()
                .map(|d| parse_date(d, &format!("{field}.end")))
                .transpose()?;
            if end.is_some_and(|end| end < date) {
                return Err(ChartError::invalid(
                    format!("{field}.end"),
                    format!("{} (before {})", e.end.as_deref().unwrap_or(""), e.date),
                ));
            }
            let title = e.title.get(lang).trim().to_string();
            if title.is_empty() {
                return Err(ChartError::missing(format!("{field}.title")));
            }
            let short = e.short.as_ref().map(|t| t.get(lang).trim().to_string());
            let short = short.filter(|s| !s.is_empty());
            if let Some(n) = short.as_ref().map(|s| s.chars().count()) {
                if n > MAX_EVENT_SHORT_CHARS {
                    return Err(ChartError::invalid(
                        format!("{field}.short"),
                        format!("{n} characters (at most {MAX_EVENT_SHORT_CHARS})"),
                    ));
                }
            }
            require_source(e.source.as_deref(), &format!("{field}.source"), sources)?;
            let status = parse_status(e.status.as_deref(), &format!("{field}.status"))?;
            Ok(Event {
                date,
                end,
                title,
                short,
                source: e.source.clone(),
                status,
            })
        })
        .collect()
}
