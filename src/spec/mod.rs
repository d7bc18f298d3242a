//! The spec layer: what a chart is asked to be (serde input: a built-in dataset's JSON, or a
//! user's JSON) and its validation into a [`Chart`] that later layers can trust. Errors name the
//! field path and the value. May use `dataset`, `color`, `lang` and `error`; never plotters or
//! web types.

mod builtin;
mod input;
mod validate;

pub use builtin::{builtin_spec, BUILTIN_IDS};
pub use input::{ChartSpec, PointSpec, SeriesSpec, Text};

use crate::dataset::Dataset;
use crate::error::Result;
use crate::lang::Lang;
use std::collections::BTreeMap;

/// How the series are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Lines through dated points (membership at real dates).
    Line,
    /// Grouped bars, one band per year (counts per year).
    Bar,
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
    /// Full source references by key.
    pub sources: BTreeMap<String, String>,
    /// The numbers.
    pub dataset: Dataset,
}

impl Chart {
    /// A built-in chart (`party-membership`, `repression`) in `lang`.
    pub fn builtin(id: &str, lang: Lang) -> Result<Self> {
        Self::from_spec(&builtin_spec(id)?, lang)
    }

    /// Validates a spec; the first problem found is returned, naming field and value.
    pub fn from_spec(spec: &ChartSpec, lang: Lang) -> Result<Self> {
        validate::chart(spec, lang)
    }

    /// Parses and validates a JSON dataset in the `docs/data-format.md` schema.
    pub fn from_json(text: &str, lang: Lang) -> Result<Self> {
        Self::from_spec(&ChartSpec::from_json(text)?, lang)
    }
}
