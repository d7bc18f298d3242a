//! Event markers: a row under the x axis with a small triangle at each event's date (and a bar
//! over a span's dates), so the story's moments sit on the same time axis as the numbers. Each
//! answers to the pointer over a target at least [`TOUCH_PX`] square, so a finger reaches every
//! event: events closer together than that share one target, which lists them all. Events with
//! a short name (`Lenin dies`, `Order 00447`) have it written under their marker where there is
//! room, so the key moments read without hovering.

use super::frame::{placed, Align, Frame, RectPx, TextRole};
use super::measure::width_px;
use super::metrics::{pad_px, TypeSizes, LINE_HEIGHT_RATIO};
use crate::spec::Chart;

/// Height of the marker row.
pub const ROW_PX: f64 = 14.0;
/// The least width and height of an event's target (WCAG 2.5.5: 44 CSS px).
pub const TOUCH_PX: f64 = 44.0;

/// One event on the axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EventMark {
    /// Index into the chart's events.
    pub event: usize,
    /// The marker's tip (the event's date).
    pub x_px: f64,
    /// The span's extent, for events with an end.
    pub span_px: Option<(f64, f64)>,
    /// Where the marker is drawn (its triangle, and its span's bar), in the row.
    pub row: RectPx,
    /// The area that answers to the pointer: at least `TOUCH_PX` square, shared by the events
    /// of its group.
    pub hit: RectPx,
    /// Which group of events closer together than `TOUCH_PX` it is in (numbered left to right).
    pub group: usize,
}

/// How far an event's target reaches above its row.
const ABOVE_ROW_PX: f64 = 4.0;
/// The least room between two events' names.
const NAME_GAP_PX: f64 = 10.0;
/// How far a name reaches past its marker's tip on either side, at least.
const TIP_PX: f64 = 6.0;
/// The least height the plot keeps when the events' names take their row; a shorter chart
/// leaves them out (a picture with a long sources line and the claims' labels in it).
pub const MIN_PLOT_FOR_NAMES_PX: f64 = 120.0;
/// Room between the marker row and the names under it.
const NAMES_GAP_PX: f64 = 2.0;

/// Height of the row of events' names under the markers (nothing when no event has a name).
pub fn names_height_px(chart: &Chart, sizes: &TypeSizes) -> f64 {
    if chart.events.iter().any(|e| e.short.is_some()) {
        NAMES_GAP_PX + sizes.label_px * LINE_HEIGHT_RATIO
    } else {
        0.0
    }
}

/// The short names of the events in `frame`, under their markers (the row at `row_top_px`).
/// Each spans its marker's tip by `TIP_PX` or more and keeps `NAME_GAP_PX` from the next. Left
/// to right, each name is first put as far left as that allows (so as many fit as can), and a
/// name with no room is left out (its marker still tells it on hover); then, right to left, each
/// moves back towards being centred on its tip as far as the next name lets it.
/// A name answers to the pointer too: its event's target is widened to take it in.
pub fn names(chart: &Chart, frame: &mut Frame, row_top_px: f64) {
    let pad = pad_px(frame.width_px);
    let label_px = frame.type_sizes.label_px;
    let top = row_top_px + ROW_PX + NAMES_GAP_PX;
    let order = left_to_right(&frame.events);
    // (tip, width, left, name, position in frame.events) of each name that fits.
    let mut kept: Vec<(f64, f64, f64, String, usize)> = Vec::new();
    for at in order {
        let mark = &frame.events[at];
        let Some(name) = chart.events.get(mark.event).and_then(|e| e.short.as_ref()) else {
            continue;
        };
        let (tip, w) = (mark.x_px, width_px(name, label_px, false));
        let after = kept.last().map_or(pad, |k| k.2 + k.1 + NAME_GAP_PX);
        let left = (tip - w + TIP_PX).max(after);
        if left <= tip - TIP_PX && left + w <= frame.width_px - pad {
            kept.push((tip, w, left, name.clone(), at));
        }
    }
    let mut limit = frame.width_px - pad;
    for k in kept.iter_mut().rev() {
        let (tip, w, left) = (k.0, k.1, k.2);
        let centred = (tip - w / 2.0).clamp(tip - w + TIP_PX, tip - TIP_PX);
        k.2 = left.max(centred.min(limit - w));
        limit = k.2 - NAME_GAP_PX;
    }
    let bottom = top + label_px * LINE_HEIGHT_RATIO;
    for (_, w, left, name, at) in kept {
        let group = frame.events[at].group;
        for e in frame.events.iter_mut().filter(|e| e.group == group) {
            e.hit.left = e.hit.left.min(left);
            e.hit.right = e.hit.right.max(left + w);
            e.hit.bottom = e.hit.bottom.max(bottom);
        }
        let text = placed(
            left + w / 2.0,
            top,
            name,
            label_px,
            Align::TopCenter,
            TextRole::Muted,
        );
        frame.texts.push(text);
    }
}

/// Positions of `marks` left to right. The events come in date order already, so a plain
/// insertion sort (a few lines of code, where the standard sort adds kilobytes to the module)
/// does next to nothing.
pub fn left_to_right(marks: &[EventMark]) -> Vec<usize> {
    let mut order: Vec<usize> = Vec::with_capacity(marks.len());
    for k in 0..marks.len() {
        let at = order
            .iter()
            .rposition(|&j| marks[j].x_px <= marks[k].x_px)
            .map_or(0, |j| j + 1);
        order.insert(at, k);
    }
    order
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
        let row = RectPx {
            left: x - 6.0,
            top: row_top_px,
            right: right + 6.0,
            bottom: row_top_px + ROW_PX,
        };
        marks.push(EventMark {
            event: i,
            x_px: x,
            span_px,
            row,
            hit: row,
            group: 0,
        });
    }
    group(&mut marks, row_top_px);
    marks
}

/// Puts events whose tips are closer than `TOUCH_PX` into one group, left to right, and gives
/// each group one target: `TOUCH_PX` high from just above the row's top `row_top` (downwards,
/// over the names and the axis title, so the tick labels above stay free to press and drag on),
/// from half of `TOUCH_PX` left of its first tip to half of it right of its last (or the end of a
/// span, if further). Neighbouring groups' tips are `TOUCH_PX` apart or more, so their targets do
/// not overlap.
fn group(marks: &mut [EventMark], row_top: f64) {
    let order = left_to_right(marks);
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut last_x = f64::NEG_INFINITY;
    for k in order {
        match groups.last_mut() {
            Some(g) if marks[k].x_px - last_x < TOUCH_PX => g.push(k),
            _ => groups.push(vec![k]),
        }
        last_x = marks[k].x_px;
    }
    for (n, members) in groups.iter().enumerate() {
        let first = members
            .iter()
            .map(|&k| marks[k].x_px)
            .fold(f64::INFINITY, f64::min);
        let last = members
            .iter()
            .map(|&k| marks[k].x_px)
            .fold(f64::NEG_INFINITY, f64::max);
        let spans = members
            .iter()
            .map(|&k| marks[k].row.right)
            .fold(f64::NEG_INFINITY, f64::max);
        let hit = RectPx {
            left: first - TOUCH_PX / 2.0,
            top: row_top - ABOVE_ROW_PX,
            right: (last + TOUCH_PX / 2.0).max(spans),
            bottom: row_top - ABOVE_ROW_PX + TOUCH_PX,
        };
        for &k in members {
            marks[k].hit = hit;
            marks[k].group = n;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::View;
    use crate::Lang;

    #[test]
    fn events_closer_than_a_finger_share_one_target_of_at_least_44_px() {
        for id in crate::spec::BUILTIN_IDS {
            let chart = Chart::builtin(id, Lang::EN).unwrap();
            for width in [320.0, 800.0, 1200.0] {
                let frame = Frame::compute(&chart, &View::default(), width, 500.0).unwrap();
                let events = &frame.events;
                assert!(!events.is_empty(), "{id}");
                for a in events {
                    assert!(
                        a.hit.width() >= TOUCH_PX && a.hit.height() >= TOUCH_PX,
                        "{id} {a:?}"
                    );
                    let mid = (a.row.top + a.row.bottom) / 2.0;
                    // A finger on the marker reaches it, or the target it shares.
                    let view = View::default();
                    let hit = crate::interact::hit_test(&chart, &view, &frame, a.x_px, mid);
                    let Some(crate::interact::Target::Event(i)) = hit else {
                        panic!("{id} at {width}: nothing under {a:?}");
                    };
                    let b = events.iter().find(|e| e.event == i).unwrap();
                    assert_eq!(b.group, a.group, "{id} at {width}");
                    for b in events {
                        if (a.x_px - b.x_px).abs() < TOUCH_PX {
                            assert_eq!(a.group, b.group, "{id} at {width}: close events apart");
                        }
                    }
                }
            }
        }
        // At 320 px the Great Terror's orders of July–August 1937 are one target.
        let chart = Chart::builtin("repression", Lang::EN).unwrap();
        let frame = Frame::compute(&chart, &View::default(), 320.0, 420.0).unwrap();
        let of = |date: &str| {
            let i = chart
                .events
                .iter()
                .position(|e| e.date.to_string() == date)
                .unwrap();
            frame.events.iter().find(|e| e.event == i).unwrap().group
        };
        assert_eq!(of("1937-07-02"), of("1937-08-11"));
    }
}
