//! Labels on the plot: the chart's point labels (a short text at the few numbers the story turns
//! on, its `{value}` and `{date}` filled from the point in the reader's number and date format),
//! then each line's name at its end. Each label is offered the places around its point where it
//! stays inside the plot and touches no mark, line, range mark or other text: in an order that
//! suits the line's shape there (above a peak, below a trough, on the open side of a slope; above
//! a bar or beside its top), on one line or two, next to the point or standing off with a thin
//! leader, and for a point label, last, its figure alone. A small search then keeps as many as
//! can stand together without touching each other, an earlier label outranking all later ones,
//! so where room is short the last give way first: point labels in the data's order, then the
//! lines' names in legend order. The legend stays, for toggling.

mod geometry;
mod search;

use geometry::{around, inside, leader, Obstacles};
pub use geometry::{mark_box, overlap, text_box};
use search::{candidate, preferences, search, Place, Request, Spot};
use Place::*;

use super::frame::{placed, Align, Frame, PlacedText, RectPx, TextRole, XScale};
use super::marks::MarkShape;
use super::measure::width_px;
use super::metrics::LINE_HEIGHT_RATIO;
use super::visible::{in_domain, is_shown};
use super::View;
use crate::format::{human_date, thousands};
use crate::i18n::fill;
use crate::spec::Chart;

/// Room between a label and its point, and around every other thing it avoids.
pub const GAP_PX: f64 = 4.0;
/// How far a point's marker reaches from its centre (a diamond's tip and its stroke).
pub const MARK_RADIUS_PX: f64 = 6.0;
/// Room kept between a label and the plot's edge.
pub const EDGE_PX: f64 = 2.0;
/// How much further a label may stand off from its point, tied to it by a leader line.
pub const STAND_OFF_PX: f64 = 16.0;
/// The widest a line's name may be, as a share of the plot's width.
const NAME_SHARE: f64 = 0.4;

/// What a label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelOf {
    /// The chart's point label number `i` (`chart.labels[i]`).
    Point(usize),
    /// The line of series number `i`, at its end.
    Series(usize),
}

/// A label placed on the plot.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedLabel {
    /// What it names.
    pub of: LabelOf,
    /// The words, a line or two, where they are drawn.
    pub lines: Vec<PlacedText>,
    /// The box the words take (their measured width, their lines' height).
    pub bounds: RectPx,
    /// A thin line from the point to the words, when they had to stand off.
    pub leader: Option<((f64, f64), (f64, f64))>,
}

/// A label's words, with the point's figure and date in the reader's format.
pub fn point_label_text(chart: &Chart, i: usize) -> Option<String> {
    let l = chart.labels.get(i)?;
    let s = chart.dataset.series.get(l.series)?;
    // No line break inside the figure or the date (`1 January 1924`).
    let value = thousands(s.value(l.point)?, chart.lang).replace(' ', "\u{a0}");
    let date = human_date(&s.date(l.point)?, chart.lang).replace(' ', "\u{a0}");
    Some(fill(&l.text, &[("value", &value), ("date", &date)]))
}

/// `text` broken at the space that leaves its two lines most even; `None` for a single word.
fn two_lines(text: &str, label_px: f64) -> Option<Vec<String>> {
    let split = |i: usize| (text[..i].trim_end(), text[i..].trim_start());
    let (a, b) = text
        .char_indices()
        .filter(|&(_, c)| c == ' ')
        .map(|(i, _)| split(i))
        .filter(|(a, b)| !a.is_empty() && !b.is_empty())
        .min_by(|x, y| {
            let wide = |(a, b): &(&str, &str)| width_px(a, label_px, false).max(width_px(b, label_px, false));
            wide(x).total_cmp(&wide(y))
        })?;
    Some(vec![a.to_string(), b.to_string()])
}

/// The labels that fit, in the order they were asked for.
pub fn compute(chart: &Chart, view: &View, frame: &Frame) -> Vec<PlacedLabel> {
    let plot = frame.plot;
    // The type the page or the kiosk scaled the chart's labels to.
    let label_px = frame.type_sizes.label_px;
    let row = label_px * LINE_HEIGHT_RATIO;
    let obstacles = Obstacles::new(frame);
    // Next to the point first; then standing off by a line's height, tied to it by a leader.
    // Every position that stays in the plot clear of marks, lines and texts, and "none" last.
    let request = |of: LabelOf,
                   (forms, full): (Vec<Vec<String>>, usize),
                   anchor: RectPx,
                   order: &[Place],
                   rings: &[f64],
                   widest: f64| {
        let centre = (
            (anchor.left + anchor.right) / 2.0,
            (anchor.top + anchor.bottom) / 2.0,
        );
        let radius = anchor.height() / 2.0;
        let mut options: Vec<Option<Spot>> = Vec::new();
        // The words in full (`full` forms: one line, then two) at every distance, then the rest
        // (the figure alone).
        let passes = [(0..full), (full..forms.len())];
        for pass in passes {
            for &further in rings {
                for f in pass.clone() {
                    let lines = &forms[f];
                    let w = lines
                        .iter()
                        .map(|l| width_px(l, label_px, false))
                        .fold(0.0, f64::max);
                    let h = row * lines.len() as f64;
                    if w > widest {
                        continue;
                    }
                    for &place in order {
                        let bounds = candidate(place, &anchor, w, h, further);
                        if !inside(&bounds, &plot) || !obstacles.clear(&bounds) {
                            continue;
                        }
                        let leader = (further > 0.0).then(|| leader(centre, radius, &bounds));
                        if leader.is_some_and(|(a, b)| !obstacles.leader_clear(a, b)) {
                            continue;
                        }
                        options.push(Some(Spot {
                            bounds,
                            leader,
                            place,
                            form: f,
                        }));
                    }
                }
            }
        }
        options.push(None);
        Request { of, forms, options }
    };
    let mut requests = Vec::new();
    for (i, l) in chart.labels.iter().enumerate() {
        let Some(series) = chart.dataset.series.get(l.series) else {
            continue;
        };
        if !is_shown(view, series) || !in_domain(chart.kind, &frame.x_domain, series).contains(&l.point) {
            continue;
        }
        let Some(text) = point_label_text(chart, i) else {
            continue;
        };
        let mark = frame
            .marks
            .iter()
            .find(|m| m.series == l.series && m.point == l.point);
        let (anchor, order) = match (mark.map(|m| m.shape), frame.x) {
            (Some(MarkShape::Bar(r)), _) => {
                let top = RectPx { bottom: r.top, ..r };
                (
                    top,
                    vec![Above, AboveRight, AboveLeft, Left, Right, LeftDown, RightDown],
                )
            }
            (_, XScale::Time(x)) => {
                let xs = series.xs();
                let at = |j: usize| Some((x.value_to_px(xs[j]), frame.y.value_to_px(series.value(j)?)));
                let Some((px, py)) = at(l.point) else { continue };
                let before = (0..l.point).rev().find_map(at).map(|p| p.1);
                let after = (l.point + 1..series.len()).find_map(at).map(|p| p.1);
                (
                    around(px, py, MARK_RADIUS_PX),
                    preferences(before, py, after).to_vec(),
                )
            }
            _ => continue,
        };
        // In full on one line or two; where neither has room, the figure alone.
        let figure = chart.dataset.series[l.series]
            .value(l.point)
            .map(|v| thousands(v, chart.lang).replace(' ', "\u{a0}"));
        let mut forms: Vec<Vec<String>> = std::iter::once(vec![text.clone()])
            .chain(two_lines(&text, label_px))
            .collect();
        let full = forms.len();
        forms.extend(figure.filter(|f| *f != text).map(|f| vec![f]));
        requests.push(request(
            LabelOf::Point(i),
            (forms, full),
            anchor,
            &order,
            &[
                0.0,
                STAND_OFF_PX,
                2.0 * STAND_OFF_PX,
                3.0 * STAND_OFF_PX,
                4.0 * STAND_OFF_PX,
            ],
            plot.width(),
        ));
    }
    for line in &frame.lines {
        let Some(&(x, y)) = line.runs.last().and_then(|r| r.last()) else {
            continue;
        };
        let name = chart.dataset.series[line.series].name.clone();
        // Where the line leaves the plot on the right its name sits inside, over or under it.
        let end = around(x.min(plot.right - MARK_RADIUS_PX), y, MARK_RADIUS_PX);
        let order = [Right, AboveLeft, BelowLeft, Above, Below];
        // A name wider than a share of the plot would read as a heading, not as the line's name.
        let widest = plot.width() * NAME_SHARE;
        let forms: Vec<Vec<String>> = std::iter::once(vec![name.clone()])
            .chain(two_lines(&name, label_px))
            .collect();
        let full = forms.len();
        requests.push(request(
            LabelOf::Series(line.series),
            (forms, full),
            end,
            &order,
            &[0.0],
            widest,
        ));
    }
    let spots = search(&requests);
    requests
        .into_iter()
        .zip(spots)
        .filter_map(|(r, spot)| {
            let spot = spot?;
            let role = match r.of {
                LabelOf::Point(_) => TextRole::Label,
                LabelOf::Series(i) => TextRole::Series(i),
            };
            let b = spot.bounds;
            // Lines of a label left of its point end at its edge nearest the point; above or below
            // it they are centred; right of it they start at the edge nearest the point. Anchored
            // there, so a renderer that draws the words narrower (SVG) keeps them by the point.
            let (x, align) = match spot.place {
                Left | AboveLeft | BelowLeft | LeftDown => (b.right, Align::TopRight),
                Above | Below => ((b.left + b.right) / 2.0, Align::TopCenter),
                Right | AboveRight | BelowRight | RightDown => (b.left, Align::TopLeft),
            };
            let lines = r.forms.into_iter().nth(spot.form)?;
            let lines = lines
                .into_iter()
                .enumerate()
                .map(|(k, line)| placed(x, b.top + k as f64 * row, line, label_px, align, role))
                .collect();
            Some(PlacedLabel {
                of: r.of,
                lines,
                bounds: b,
                leader: spot.leader,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::metrics::LABEL_PX;
    use super::*;
    use crate::Lang;

    fn spot(left: f64) -> Option<Spot> {
        Some(Spot {
            bounds: RectPx {
                left,
                top: 0.0,
                right: left + 50.0,
                bottom: 15.0,
            },
            leader: None,
            place: Above,
            form: 0,
        })
    }

    fn request(options: Vec<Option<Spot>>) -> Request {
        Request {
            of: LabelOf::Point(0),
            forms: vec![vec!["x".into()]],
            options: options.into_iter().chain([None]).collect(),
        }
    }

    fn lefts(found: &[Option<Spot>]) -> Vec<Option<f64>> {
        found.iter().map(|s| s.map(|s| s.bounds.left)).collect()
    }

    #[test]
    fn labels_search_keeps_the_first_labels_place_when_two_want_one() {
        // Both want the same place and have no other: the first keeps it, the second gives way.
        let found = search(&[request(vec![spot(0.0)]), request(vec![spot(10.0)])]);
        assert_eq!(lefts(&found), [Some(0.0), None]);
        // The first could go elsewhere: it takes its second choice, so both are placed.
        let found = search(&[request(vec![spot(0.0), spot(200.0)]), request(vec![spot(10.0)])]);
        assert_eq!(lefts(&found), [Some(200.0), Some(10.0)]);
        // Placing the first outweighs placing every later one.
        let found = search(&[
            request(vec![spot(0.0)]),
            request(vec![spot(10.0)]),
            request(vec![spot(20.0)]),
        ]);
        assert_eq!(lefts(&found), [Some(0.0), None, None]);
    }

    #[test]
    fn labels_break_into_two_even_lines_never_inside_a_figure_or_date() {
        assert_eq!(
            two_lines("Total (members + candidates)", LABEL_PX),
            Some(vec!["Total (members".to_string(), "+ candidates)".to_string()])
        );
        assert_eq!(two_lines("Candidates", LABEL_PX), None);
        let chart = Chart::builtin("party-membership", Lang::EN).unwrap();
        let text = point_label_text(&chart, 1).unwrap();
        assert_eq!(text, "472,000 on 1\u{a0}January\u{a0}1924");
        assert_eq!(
            two_lines(&text, LABEL_PX),
            Some(vec![
                "472,000 on".to_string(),
                "1\u{a0}January\u{a0}1924".to_string()
            ])
        );
        let ru = Chart::builtin("party-membership", Lang::negotiate("ru")).unwrap();
        assert_eq!(point_label_text(&ru, 0).unwrap(), "732\u{a0}521 (март\u{a0}1921)");
    }

    #[test]
    fn labels_stand_clear_of_their_point_on_the_open_side() {
        let anchor = around(100.0, 100.0, MARK_RADIUS_PX);
        let above = candidate(Above, &anchor, 40.0, 15.0, 0.0);
        assert!(above.bottom < anchor.top - GAP_PX && (above.left + above.right) / 2.0 == 100.0);
        let far = candidate(Above, &anchor, 40.0, 15.0, STAND_OFF_PX);
        assert_eq!(far.bottom, above.bottom - STAND_OFF_PX);
        // A peak is labelled above, a trough below, a rising slope above-left.
        assert_eq!(preferences(Some(120.0), 100.0, Some(110.0))[0], Above);
        assert_eq!(preferences(Some(80.0), 100.0, Some(90.0))[0], Below);
        assert_eq!(preferences(Some(120.0), 100.0, Some(80.0))[0], AboveLeft);
        let (a, b) = leader((100.0, 100.0), MARK_RADIUS_PX, &far);
        assert!(
            a.1 < 100.0 - MARK_RADIUS_PX && (b.1 - far.bottom).abs() <= 1.0,
            "{a:?} {b:?}"
        );
    }
}
