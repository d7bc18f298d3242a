//! Series and points: the numbers with their date, source and status. Pure data; imports only
//! `color` and the sibling `date`.

use super::date::Date;
use crate::color::Rgb;

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
    /// A note for readers (misprints, coverage), in the chart's language.
    pub note: Option<String>,
    /// Other sources' figures for this point.
    pub alternatives: Vec<Alternative>,
}

impl Point {
    /// Lowest and highest of the value and its alternatives, when there are alternatives.
    pub fn alternative_range(&self) -> Option<(f64, f64)> {
        if self.alternatives.is_empty() {
            return None;
        }
        extent(
            self.value
                .into_iter()
                .chain(self.alternatives.iter().map(|a| a.value)),
        )
    }
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
    /// Dates of the first points after a break in what the series measures, ascending.
    pub breaks: Vec<Date>,
    /// Dates of points that cover only part of their period (1953: January–June): never an
    /// extreme or the end of a comparison.
    pub partial: Vec<Date>,
}

impl Series {
    /// Whether a break in what the series measures lies between `a` and `b` (`a` before `b`):
    /// the two values cannot be compared.
    pub fn breaks_between(&self, a: &Date, b: &Date) -> bool {
        self.breaks.iter().any(|d| a < d && d <= b)
    }

    /// Smallest and largest present value, alternatives included, if any.
    pub fn value_extent(&self) -> Option<(f64, f64)> {
        let alternatives = self
            .points
            .iter()
            .flat_map(|p| p.alternatives.iter().map(|a| a.value));
        extent(self.points.iter().filter_map(|p| p.value).chain(alternatives))
    }

    /// The point at exactly `date`.
    pub fn point_at(&self, date: &Date) -> Option<&Point> {
        self.points
            .binary_search_by(|p| p.date.cmp(date))
            .ok()
            .and_then(|i| self.points.get(i))
    }

    /// Sum of present values whose year lies in `from_year..=to_year`.
    pub fn sum_years(&self, from_year: i32, to_year: i32) -> f64 {
        self.points
            .iter()
            .filter(|p| (from_year..=to_year).contains(&p.date.year))
            .filter_map(|p| p.value)
            .sum()
    }
}

/// Min and max of an iterator of finite numbers.
pub fn extent(values: impl Iterator<Item = f64>) -> Option<(f64, f64)> {
    values.fold(None, |acc, v| match acc {
        None => Some((v, v)),
        Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
    })
}
