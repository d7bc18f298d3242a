//! The spec layer: what a chart is asked to be (serde input: a built-in dataset's JSON, or a
//! user's JSON) and its validation into a [`Chart`] that later layers can trust: series, sources,
//! rules, events and claims. Errors name the field path and the value. May use `dataset`,
//! `claims`, `color`, `lang` and `error`; never plotters or web types.

mod builtin;
mod claims;
mod columns;
#[cfg(feature = "full")]
mod csv;
#[cfg(feature = "full")]
mod csv_rows;
mod events;
#[cfg(feature = "full")]
mod format;
mod input;
mod labels;
#[cfg(feature = "full")]
mod numbers;
mod periods;
mod rules;
mod sources;
mod text;
mod validate;
mod views;

#[cfg(feature = "full")]
pub use builtin::{builtin_json, builtin_spec, join_library};
pub use builtin::{check_citations, require_point_sources, BuiltinParts, BUILTIN_IDS};
pub use claims::ClaimSpec;
pub use columns::{ColumnSpec, ColumnsSpec, MAX_COLUMN_POINTS, MAX_COLUMN_SERIES};
#[cfg(feature = "full")]
pub use csv::{
    delimiter_of, each_record as each_table_record, from_csv, from_csv_with, from_table, table_series,
};
#[cfg(feature = "full")]
pub use csv::{MAX_ROWS, MAX_SERIES};
pub use events::EventSpec;
#[cfg(feature = "full")]
pub use format::{spec_from_text, DataFormat};
pub use input::{AltSpec, BreakSpec, ChartSpec, PointSpec, SeriesSpec, BREAK_REASONS};
pub use labels::{LabelSpec, PointLabel, LABEL_PLACEHOLDERS, MAX_POINT_LABEL_CHARS};
#[cfg(feature = "full")]
pub use numbers::{parse_number, read_number, Decimal, Reading};
pub use periods::{Period, PeriodSpec, MAX_PERIOD_LABEL_CHARS};
pub use rules::{DocumentedTotal, RuleSpec};
pub use sources::{Source, SourceRecord, SourceSpec, SOURCE_KINDS};
pub use text::Text;
pub use validate::MAX_LABEL_CHARS;
pub use views::{find as find_view, ViewSpec};

use crate::claims::Claim;
use crate::dataset::{Dataset, Event};
use crate::error::Result;
use crate::lang::Lang;
use std::collections::{BTreeMap, BTreeSet};

/// Sources by key, in the reader's language.
pub type SourceMap = BTreeMap<String, Source>;

/// How the series are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Lines through dated points (membership at real dates).
    Line,
    /// Grouped bars, one band per year (counts per year).
    Bar,
    /// Lines with the area under each shaded (time axis, like `Line`).
    Area,
}

impl Kind {
    /// Whether x is continuous time (lines and areas) rather than bands of years.
    pub fn is_time(self) -> bool {
        matches!(self, Kind::Line | Kind::Area)
    }
}

/// A validated chart in one language: everything the layout and render layers need.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// Identifier (`repression`), or `custom`.
    pub id: String,
    /// Line or bar.
    pub kind: Kind,
    /// The language every text below is in.
    pub lang: Lang,
    /// Heading drawn at the top.
    pub title: String,
    /// What the x axis measures.
    pub x_label: String,
    /// What the y axis measures.
    pub y_label: String,
    /// The sources line drawn at the bottom.
    pub credit: String,
    /// Sources by key.
    pub sources: SourceMap,
    /// The numbers.
    pub dataset: Dataset,
    /// Documented totals over ranges of years, with other counts.
    pub totals: Vec<DocumentedTotal>,
    /// Dated annotations.
    pub events: Vec<Event>,
    /// Claims about the numbers.
    pub claims: Vec<Claim>,
    /// Labelled periods, drawn as named bands, most important first.
    pub periods: Vec<Period>,
    /// Named views a page can ask for.
    pub views: Vec<ViewSpec>,
    /// Labels at the points the story turns on, most important first.
    pub labels: Vec<PointLabel>,
}

impl Chart {
    /// A built-in chart (`party-membership`, `repression`, `gulag`) in `lang`, with its events,
    /// claims and the shared source library; every point must name a known source.
    #[cfg(feature = "full")]
    pub fn builtin(id: &str, lang: Lang) -> Result<Self> {
        let chart = Self::from_spec(&builtin_spec(id)?, lang)?;
        require_point_sources(&chart)?;
        Ok(chart)
    }

    /// Validates a spec; the first problem found is returned, naming field and value.
    pub fn from_spec(spec: &ChartSpec, lang: Lang) -> Result<Self> {
        validate::chart(spec, lang)
    }

    /// Parses and validates a JSON dataset in the `docs/data-format.md` schema.
    #[cfg(feature = "full")]
    pub fn from_json(text: &str, lang: Lang) -> Result<Self> {
        Self::from_spec(&ChartSpec::from_json(text)?, lang)
    }

    /// Parses and validates CSV text (see `spec::csv`), titled `title`, drawn as `kind`.
    #[cfg(feature = "full")]
    pub fn from_csv(text: &str, title: &str, kind: Option<&str>, lang: Lang) -> Result<Self> {
        Self::from_spec(&from_csv(text, title, kind)?, lang)
    }

    /// Keys of the sources that points, alternatives, events, claims and totals cite, sorted.
    pub fn cited_sources(&self) -> BTreeSet<&str> {
        let points = self.dataset.series.iter().flat_map(|s| s.details());
        let from_points = points.flat_map(|p| {
            let alts = p.alternatives.iter().filter_map(|a| a.source.as_deref());
            p.source.as_deref().into_iter().chain(alts)
        });
        let from_events = self.events.iter().filter_map(|e| e.source.as_deref());
        let from_claims = self.claims.iter().filter_map(|c| c.source.as_deref());
        let from_periods = self
            .periods
            .iter()
            .flat_map(|p| p.source.as_deref().into_iter().chain(p.end_source.as_deref()));
        let from_totals = self
            .totals
            .iter()
            .flat_map(|t| t.alternatives.iter().filter_map(|(_, s)| s.as_deref()));
        from_points
            .chain(from_events)
            .chain(from_claims)
            .chain(from_periods)
            .chain(from_totals)
            .collect()
    }
}
