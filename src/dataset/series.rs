//! Series and points: the numbers with their date, source and status. Pure data; imports only
//! `color` and the sibling `date`.

use super::date::Date;
use crate::color::Rgb;

/// How much weight a figure can bear, shown to readers beside the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Seen in an archival document or a publication of one.
    Archival,
    /// A Soviet official statistical series.
    Official,
    /// A contemporary claim; often inflated or contradicted.
    Claim,
    /// A historian's estimate.
    Estimate,
    /// Computed by arithmetic from other figures.
    Derived,
}

impl Status {
    /// Parses the data files' lowercase name.
    pub fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "archival" => Status::Archival,
            "official" => Status::Official,
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

/// One observation. `value: None` is a gap (no data), never a zero.
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
    /// A note for readers (misprints, coverage).
    pub note: Option<String>,
}

/// A named, coloured sequence of points in ascending date order.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Stable identifier (`arrests`).
    pub id: String,
    /// Name in the reader's language.
    pub name: String,
    /// Colour of its marks.
    pub color: Rgb,
    /// Drawn dashed, so colour is not the only cue.
    pub dashed: bool,
    /// Points, ascending by date, unique dates.
    pub points: Vec<Point>,
}

impl Series {
    /// Smallest and largest present value, if any.
    pub fn value_extent(&self) -> Option<(f64, f64)> {
        extent(self.points.iter().filter_map(|p| p.value))
    }
}

/// Min and max of an iterator of finite numbers.
pub fn extent(values: impl Iterator<Item = f64>) -> Option<(f64, f64)> {
    values.fold(None, |acc, v| match acc {
        None => Some((v, v)),
        Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
    })
}
