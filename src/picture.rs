//! A pre-rendered picture's map, written at build time beside the picture: where each target of
//! the chart is hit, where its tooltip points, its focus outline, where each key moves from it,
//! and its words. The page's small picture module (`crates/picture`) reads it so the picture a
//! reader sees first answers the pointer and the keyboard by the live chart's own rules, before
//! (or without) the drawing module. Built from the same `Frame` that drew the picture, with the
//! live chart's `hit_test`, `walk`, `step_event`, `describe_target` and `summarize`.
//! May use `spec`, `layout`, `interact`, `summary`, `i18n`.

use crate::i18n::ui_text;
use crate::interact::{
    describe_target, events_sharing, hit_test, target_shape, tooltip_anchor, walk, Cursor, Target,
    TooltipText,
};
use crate::layout::{shown_series, Frame, MarkShape, View, XScale};
use crate::spec::Chart;
use crate::summary::summarize;
use chronicle_picture::{Focus, HitKind, PictureMap, Target as Spot, KEYS, PLOT_REACH_PX};

/// The focus ring's radius around a line's marker, in px (the live overlay's).
const RING_RADIUS_PX: f64 = 7.0;
/// How far the focus box stands out from a bar's sides and top, in px (the live overlay's).
const BAR_OUTLINE_PX: f64 = 2.0;
/// The step of the scan that finds each bar's column, in px.
const SCAN_STEP_PX: f64 = 1.0;

/// A picture's map and its words, target by target.
pub struct PictureWords {
    /// The map the picture module reads.
    pub map: PictureMap,
    /// Each target's tooltip and live-region words (an event's lists the events sharing its target).
    pub words: Vec<TooltipText>,
    /// The chart's accessible name and description, and the keyboard help.
    pub short: String,
    /// The description.
    pub long: String,
    /// What the keys do.
    pub help: String,
    /// How the words write a large whole number (`SAMPLE_NUMBER`): a page whose locale writes it
    /// otherwise gets the live chart at once, which writes numbers as the page does.
    pub number_sample: String,
}

/// The number whose writing tells whether the picture's words write numbers as the page does:
/// grouped in threes at least twice.
pub const SAMPLE_NUMBER: f64 = 1_234_567.0;

/// The map of `chart` drawn as `view` in `frame`.
pub fn picture_map(chart: &Chart, view: &View, frame: &Frame) -> PictureWords {
    let mut targets: Vec<Target> = shown_series(chart, view)
        .flat_map(|(series, s)| (0..s.len()).map(move |point| Target::Point { series, point }))
        .collect();
    targets.extend(frame.events.iter().map(|e| Target::Event(e.event)));
    let columns = bar_columns(chart, view, frame);
    let spots: Vec<Spot> = targets
        .iter()
        .map(|&t| {
            spot(
                chart,
                frame,
                t,
                columns.iter().find(|(c, _)| *c == t).map(|(_, r)| *r),
            )
        })
        .collect();
    let index = |t: Target| targets.iter().position(|&k| k == t).map_or(-1, |i| i as i32);
    let mut moves = Vec::with_capacity((targets.len() + 1) * KEYS.len());
    for from in targets.iter().map(Some).chain([None]) {
        let cursor = match from {
            Some(&Target::Point { series, point }) => Some(Cursor { series, point }),
            _ => None,
        };
        let event = match from {
            Some(&Target::Event(e)) => Some(e),
            _ => None,
        };
        for key in KEYS {
            let to = match crate::interact::KeyCommand::from_key(key) {
                Some(crate::interact::KeyCommand::Walk(step)) => {
                    let c = walk(chart, view, cursor, step);
                    index(Target::Point {
                        series: c.series,
                        point: c.point,
                    })
                }
                // As `step_event`: the first press lands on the first event, later ones step
                // and stop at the ends; events the picture leaves out are stepped over.
                Some(crate::interact::KeyCommand::Event { forward }) => {
                    let n = chart.events.len();
                    let order: Vec<usize> = match (event, forward) {
                        (None, _) => (0..n).collect(),
                        (Some(e), true) => (e + 1..n).collect(),
                        (Some(e), false) => (0..e).rev().collect(),
                    };
                    let next = order
                        .into_iter()
                        .map(|e| index(Target::Event(e)))
                        .find(|&i| i >= 0);
                    next.unwrap_or(-1)
                }
                _ => -1,
            };
            moves.push(to);
        }
    }
    let words = targets
        .iter()
        .map(|&t| {
            let mut text = describe_target(chart, t).unwrap_or_else(|| empty_words(t));
            if let Target::Event(e) = t {
                text.details.extend(events_sharing(chart, frame, e));
            }
            text
        })
        .collect();
    let p = frame.plot;
    let summary = summarize(chart, view);
    PictureWords {
        map: PictureMap {
            size_px: (frame.width_px, frame.height_px),
            plot: [p.left, p.top, p.right, p.bottom],
            targets: spots,
            moves,
        },
        words,
        short: summary.short,
        long: summary.long,
        help: ui_text("chart-help", chart.lang).unwrap_or_default().to_string(),
        number_sample: crate::format::thousands(SAMPLE_NUMBER, chart.lang),
    }
}

fn empty_words(t: Target) -> TooltipText {
    TooltipText {
        kind: if matches!(t, Target::Event(_)) {
            "event"
        } else {
            "point"
        },
        heading: String::new(),
        series_id: String::new(),
        series: String::new(),
        value: String::new(),
        number: None,
        date: String::new(),
        details: Vec::new(),
        announcement: String::new(),
    }
}

/// Where `target` is hit, points its tooltip and is outlined.
fn spot(chart: &Chart, frame: &Frame, target: Target, column: Option<[f64; 4]>) -> Spot {
    let anchor = tooltip_anchor(chart, frame, target, None);
    if let Target::Event(e) = target {
        let hit = frame.events.iter().find(|m| m.event == e).map(|m| m.hit);
        let [l, t, r, b] = hit.map_or([0.0; 4], |h| [h.left, h.top, h.right, h.bottom]);
        // The tie between events is decided by the marker's x, which the anchor carries.
        return Spot {
            kind: HitKind::Event,
            hit: [l, t, r, b],
            anchor,
            focus: Focus::None,
        };
    }
    let (kind, hit, focus) = match (column, target_shape(chart, frame, target)) {
        (Some(c), Some(MarkShape::Bar(r))) => {
            (HitKind::Column, c, bar_focus(r.left, r.top, r.right, r.bottom))
        }
        (Some(c), _) => (HitKind::Column, c, Focus::None),
        (None, Some(MarkShape::Dot { x_px, y_px, .. })) if matches!(frame.x, XScale::Time(_)) => (
            HitKind::Dot,
            [x_px, y_px, x_px, y_px],
            Focus::Ring {
                x_px,
                y_px,
                radius_px: RING_RADIUS_PX,
            },
        ),
        (None, Some(MarkShape::Bar(r))) => (
            HitKind::KeysOnly,
            [0.0; 4],
            bar_focus(r.left, r.top, r.right, r.bottom),
        ),
        _ => (HitKind::KeysOnly, [0.0; 4], Focus::None),
    };
    Spot {
        kind,
        hit,
        anchor,
        focus,
    }
}

fn bar_focus(left: f64, top: f64, right: f64, bottom: f64) -> Focus {
    Focus::Rect {
        left_px: left - BAR_OUTLINE_PX,
        top_px: top - BAR_OUTLINE_PX,
        right_px: right + BAR_OUTLINE_PX,
        bottom_px: bottom,
    }
}

/// Each bar's column, found by asking the live chart's `hit_test` across the plot at its middle
/// height (a bar chart's hit does not depend on the height within the plot): left, top, right,
/// bottom, so the picture answers exactly where the live chart does.
fn bar_columns(chart: &Chart, view: &View, frame: &Frame) -> Vec<(Target, [f64; 4])> {
    let XScale::Band(_) = frame.x else {
        return Vec::new();
    };
    let p = frame.plot;
    let (top, bottom) = (p.top - PLOT_REACH_PX, p.bottom + PLOT_REACH_PX);
    let middle = (p.top + p.bottom) / 2.0;
    let mut columns: Vec<(Target, [f64; 4])> = Vec::new();
    let mut x = (p.left - PLOT_REACH_PX).floor();
    while x <= p.right + PLOT_REACH_PX {
        if let Some(t @ Target::Point { .. }) = hit_test(chart, view, frame, x + SCAN_STEP_PX / 2.0, middle) {
            match columns.iter_mut().find(|(c, _)| *c == t) {
                Some((_, r)) => r[2] = x + SCAN_STEP_PX,
                None => columns.push((t, [x, top, x + SCAN_STEP_PX, bottom])),
            }
        }
        x += SCAN_STEP_PX;
    }
    columns
}

/// The map and its words as the ES module the page imports (`pkg/picture/<chart>.<lang>.<size>.js`):
/// the three tables and, per target, `[kind, heading, series id, series, value, number, date,
/// details, announcement]`.
#[cfg(feature = "full")]
pub fn picture_module(p: &PictureWords) -> String {
    use serde_json::json;
    let words: Vec<serde_json::Value> = p
        .words
        .iter()
        .map(|w| {
            json!([
                w.kind,
                w.heading,
                w.series_id,
                w.series,
                w.value,
                w.number,
                w.date,
                w.details,
                w.announcement
            ])
        })
        .collect();
    let body = json!({
        "header": p.map.header(),
        "targets": p.map.targets.iter().flat_map(|t| t.to_numbers()).map(round).collect::<Vec<f64>>(),
        "moves": p.map.moves,
        "words": words,
        "short": p.short,
        "long": p.long,
        "help": p.help,
        "numberSample": [SAMPLE_NUMBER, p.number_sample],
    });
    format!("export default {body};\n")
}

/// Two decimals are a hundredth of a px: enough, and shorter.
#[cfg(feature = "full")]
fn round(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests;
