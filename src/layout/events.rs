//! Event markers: a row under the x axis with a small triangle at each event's date (and a bar
//! over a span's dates), so the story's moments sit on the same time axis as the numbers.

use super::frame::{Frame, RectPx};
use crate::spec::Chart;

/// Height of the marker row.
pub const ROW_PX: f64 = 14.0;

/// One event on the axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EventMark {
    /// Index into the chart's events.
    pub event: usize,
    /// The marker's tip (the event's date).
    pub x_px: f64,
    /// The span's extent, for events with an end.
    pub span_px: Option<(f64, f64)>,
    /// The area that answers to the pointer.
    pub hit: RectPx,
}

/// Markers of the events inside the x domain, in a row whose top is `row_top_px`.
pub fn compute(chart: &Chart, frame: &Frame, row_top_px: f64) -> Vec<EventMark> {
    let plot = frame.plot;
    let mut marks = Vec::new();
    for (i, e) in chart.events.iter().enumerate() {
        let Some(x) = frame.time_to_px(e.date.to_year_fraction()) else {
            continue;
        };
        if x < plot.left || x > plot.right {
            continue;
        }
        let span_px = e.end.and_then(|end| {
            let x1 = frame.time_to_px(end.to_year_fraction())?;
            Some((x, x1.min(plot.right)))
        });
        let right = span_px.map_or(x, |(_, x1)| x1);
        let hit = RectPx {
            left: x - 6.0,
            top: row_top_px,
            right: right + 6.0,
            bottom: row_top_px + ROW_PX,
        };
        marks.push(EventMark {
            event: i,
            x_px: x,
            span_px,
            hit,
        });
    }
    marks
}
