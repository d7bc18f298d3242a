//! Dated events for annotations: a day, a month or a span ("1937-07-30", "1933" to "1935").

use super::date::Date;
use super::point::Status;

/// Something that happened, with its source.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// When it happened or began.
    pub date: Date,
    /// When a span ended (inclusive).
    pub end: Option<Date>,
    /// What happened, in the chart's language.
    pub title: String,
    /// A few words for it, drawn under its marker where there is room.
    pub short: Option<String>,
    /// Key into the chart's sources.
    pub source: Option<String>,
    /// How the date is known.
    pub status: Option<Status>,
}
