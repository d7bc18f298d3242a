//! Points: a sourced observation as supplied ([`Point`]: its date at the sources' precision,
//! value, status, source, note and other figures), and a point as read from a series
//! ([`PointRef`]: an index into its columns, which answers the same questions whether the series
//! came with sources or as bare numeric columns). Pure data; imports only the sibling `date`.

use super::date::Date;
use super::series::{extent, Series};

/// How much weight a figure can bear, shown to readers beside the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Seen in a published archival document (its source names the archive reference).
    Archival,
    /// A Soviet official statistical series or official publication of the time.
    Official,
    /// A count from an agency's records published in a later work, not seen as a document.
    Published,
    /// As usually reproduced in the literature; the original publication was not confirmed.
    Reproduced,
    /// A contemporary claim; often inflated or contradicted.
    Claim,
    /// A historian's estimate.
    Estimate,
    /// Computed by arithmetic from other figures.
    Derived,
}

impl Status {
    /// The data files' lowercase name.
    pub fn name(self) -> &'static str {
        match self {
            Status::Archival => "archival",
            Status::Official => "official",
            Status::Published => "published",
            Status::Reproduced => "reproduced",
            Status::Claim => "claim",
            Status::Estimate => "estimate",
            Status::Derived => "derived",
        }
    }

    /// Parses the data files' lowercase name.
    pub fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "archival" => Status::Archival,
            "official" => Status::Official,
            "published" => Status::Published,
            "reproduced" => Status::Reproduced,
            "claim" => Status::Claim,
            "estimate" => Status::Estimate,
            "derived" => Status::Derived,
            _ => return None,
        })
    }

    /// True for figures that are drawn hollow: the reader should not read them as counts.
    pub fn is_uncertain(self) -> bool {
        matches!(self, Status::Claim | Status::Estimate)
    }
}

/// Another source's figure for the same point: drawn as a whisker, shown beside the value.
#[derive(Debug, Clone, PartialEq)]
pub struct Alternative {
    /// The other figure.
    pub value: f64,
    /// Key into the chart's sources.
    pub source: Option<String>,
    /// How that figure is known.
    pub status: Option<Status>,
}

/// One sourced observation as supplied. `value: None` is a gap (no data), never a zero.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// When the figure applies.
    pub date: Date,
    /// The figure, or `None` where the sources have no data.
    pub value: Option<f64>,
    /// How the figure is known.
    pub status: Option<Status>,
    /// Key into the chart's sources.
    pub source: Option<String>,
    /// A note for readers (misprints, coverage), in the chart's language.
    pub note: Option<String>,
    /// Other sources' figures for this point.
    pub alternatives: Vec<Alternative>,
}

/// One point of a series as read: its index, with the series' columns and details behind it.
/// Cheap to copy and to make, so a million of them cost no allocation.
#[derive(Clone, Copy)]
pub struct PointRef<'a> {
    pub(super) series: &'a Series,
    pub(super) index: usize,
}

impl<'a> PointRef<'a> {
    /// Index into the series' points.
    pub fn index(&self) -> usize {
        self.index
    }

    /// Position on the time axis, in fractional years (a dated point's middle).
    pub fn x(&self) -> f64 {
        self.series.xs().get(self.index).copied().unwrap_or(f64::NAN)
    }

    /// The figure, or `None` for a gap.
    pub fn value(&self) -> Option<f64> {
        self.series.value(self.index)
    }

    /// When the figure applies: the sources' date, or the day (or year) its x falls in.
    pub fn date(&self) -> Date {
        self.series.date(self.index).unwrap_or(Date::year(1))
    }

    /// The sourced details, when the series has them.
    fn detail(&self) -> Option<&'a Point> {
        self.series.details().get(self.index)
    }

    /// How the figure is known.
    pub fn status(&self) -> Option<Status> {
        self.detail().and_then(|p| p.status)
    }

    /// Key into the chart's sources.
    pub fn source(&self) -> Option<&'a str> {
        self.detail().and_then(|p| p.source.as_deref())
    }

    /// A note for readers.
    pub fn note(&self) -> Option<&'a str> {
        self.detail().and_then(|p| p.note.as_deref())
    }

    /// Other sources' figures for this point.
    pub fn alternatives(&self) -> &'a [Alternative] {
        self.detail().map_or(&[], |p| p.alternatives.as_slice())
    }

    /// Lowest and highest of the value and its alternatives, when there are alternatives.
    pub fn alternative_range(&self) -> Option<(f64, f64)> {
        let alternatives = self.alternatives();
        if alternatives.is_empty() {
            return None;
        }
        extent(
            self.value()
                .into_iter()
                .chain(alternatives.iter().map(|a| a.value)),
        )
    }
}

impl PartialEq for PointRef<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.series, other.series) && self.index == other.index
    }
}

impl std::fmt::Debug for PointRef<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} #{} {}: {:?}",
            self.series.id,
            self.index,
            self.date(),
            self.value()
        )
    }
}
