//! The bundled datasets, compiled into the binary from `data/` so the widget needs no network.

use super::input::ChartSpec;
use crate::error::{ChartError, Result};

/// Identifiers of the built-in charts, in the order the demo shows them.
pub const BUILTIN_IDS: [&str; 2] = ["party-membership", "repression"];

/// The spec of a built-in chart.
pub fn builtin_spec(id: &str) -> Result<ChartSpec> {
    let text = match id {
        "party-membership" => include_str!("../../data/party-membership.json"),
        "repression" => include_str!("../../data/repression.json"),
        _ => return Err(ChartError::invalid("chart", id)),
    };
    ChartSpec::from_json(text)
}
