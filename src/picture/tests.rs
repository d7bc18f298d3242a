//! The picture's map answers as the live chart does on the same picture: every pixel of a grid
//! hits what `hit_test` hits, and every key moves where `walk` and `step_event` move; the words
//! under a point carry the data file's figure.

use super::*;
use crate::interact::KeyCommand;
use crate::Lang;
use chronicle_picture::KeyAnswer;

const CHARTS: [&str; 3] = ["party-membership", "repression", "gulag"];
/// The picture sizes the build writes: the page's, and the phone's.
const SIZES: [(f64, f64); 2] = [(800.0, 500.0), (390.0, 736.0)];

fn targets(chart: &Chart, view: &View, frame: &Frame) -> Vec<Target> {
    let mut t: Vec<Target> = shown_series(chart, view)
        .flat_map(|(series, s)| (0..s.len()).map(move |point| Target::Point { series, point }))
        .collect();
    t.extend(frame.events.iter().map(|e| Target::Event(e.event)));
    t
}

#[test]
fn every_pixel_of_the_picture_hits_what_the_live_chart_hits() {
    for id in CHARTS {
        for lang in ["en", "ru", "de"].map(Lang::negotiate) {
            for (w, h) in SIZES {
                let chart = Chart::builtin(id, lang).unwrap();
                let view = View::default();
                let frame = Frame::compute(&chart, &view, w, h).unwrap();
                let map = picture_map(&chart, &view, &frame).map;
                let all = targets(&chart, &view, &frame);
                let mut hits = 0;
                for yi in 0..(h as usize / 3) {
                    for xi in 0..(w as usize / 3) {
                        let (x, y) = (xi as f64 * 3.0 + 0.5, yi as f64 * 3.0 + 0.5);
                        let live = hit_test(&chart, &view, &frame, x, y);
                        let want = live.map(|t| all.iter().position(|&k| k == t).unwrap());
                        assert_eq!(map.hit(x, y), want, "{id} {lang:?} {w}×{h} at ({x}, {y})");
                        hits += usize::from(want.is_some());
                    }
                }
                assert!(hits > 1000, "{id}: only {hits} pixels hit anything");
            }
        }
    }
}

#[test]
fn every_key_moves_where_the_live_chart_moves() {
    for id in CHARTS {
        let chart = Chart::builtin(id, Lang::EN).unwrap();
        let view = View::default();
        let frame = Frame::compute(&chart, &view, 800.0, 500.0).unwrap();
        let map = picture_map(&chart, &view, &frame).map;
        let all = targets(&chart, &view, &frame);
        for (i, &from) in all.iter().enumerate() {
            for key in KEYS {
                let want = match (KeyCommand::from_key(key), from) {
                    (Some(KeyCommand::Walk(step)), Target::Point { series, point }) => {
                        let c = walk(&chart, &view, Some(Cursor { series, point }), step);
                        Target::Point {
                            series: c.series,
                            point: c.point,
                        }
                    }
                    (Some(KeyCommand::Walk(step)), Target::Event(_)) => {
                        let c = walk(&chart, &view, None, step);
                        Target::Point {
                            series: c.series,
                            point: c.point,
                        }
                    }
                    // The next event the picture shows, in the chart's order; none: stay.
                    (Some(KeyCommand::Event { forward }), _) => {
                        let from_event = match from {
                            Target::Event(e) => Some(e),
                            _ => None,
                        };
                        let order: Vec<usize> = (0..chart.events.len()).collect();
                        let shown = |e: &&usize| all.contains(&Target::Event(**e));
                        let next = match (from_event, forward) {
                            (None, true) => order.iter().find(shown),
                            (None, false) => order.iter().find(shown),
                            (Some(e), true) => order[e + 1..].iter().find(shown),
                            (Some(e), false) => order[..e].iter().rev().find(shown),
                        };
                        next.map_or(from, |&e| Target::Event(e))
                    }
                    other => panic!("{key} is not a walk or an event step: {other:?}"),
                };
                let want = all.iter().position(|&k| k == want).unwrap();
                assert_eq!(
                    map.key(Some(i), key),
                    KeyAnswer::Focus(want),
                    "{id}: {key} from {from:?}"
                );
            }
        }
        assert_eq!(
            map.key(None, "ArrowRight"),
            KeyAnswer::Focus(0),
            "{id}: the first key lands on the first point"
        );
    }
}

#[test]
fn the_words_under_march_1921_carry_the_data_files_figure() {
    let text = std::fs::read_to_string("data/party-membership.json").unwrap();
    let data: serde_json::Value = serde_json::from_str(&text).unwrap();
    let figure = data["series"][0]["points"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["date"] == "1921-03")
        .and_then(|p| p["value"].as_f64())
        .expect("March 1921 in the data file");
    assert_eq!(figure, 732_521.0);
    let chart = Chart::builtin("party-membership", Lang::EN).unwrap();
    let view = View::default();
    let frame = Frame::compute(&chart, &view, 800.0, 500.0).unwrap();
    let p = picture_map(&chart, &view, &frame);
    let i = p.words.iter().position(|w| w.date == "1921-03").unwrap();
    let Focus::Ring { x_px, y_px, .. } = p.map.targets[i].focus else {
        panic!("a ring on a line's point")
    };
    let hit = p.map.hit(x_px + 1.0, y_px + 1.0).unwrap();
    assert_eq!(p.words[hit].value, "732,521");
    assert!(
        p.words[hit].announcement.contains("732,521"),
        "{}",
        p.words[hit].announcement
    );
    // The module's tables read back as the page's picture module reads them.
    let module = picture_module(&p);
    let body = module
        .strip_prefix("export default ")
        .unwrap()
        .trim_end()
        .trim_end_matches(';');
    let tables: serde_json::Value = serde_json::from_str(body).unwrap();
    let numbers = |k: &str| -> Vec<f64> {
        tables[k]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_f64().unwrap())
            .collect()
    };
    let moves: Vec<i32> = tables["moves"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_i64().unwrap() as i32)
        .collect();
    let read =
        PictureMap::new(&numbers("header"), &numbers("targets"), &moves).expect("the module's map reads");
    assert_eq!(
        (read.size_px, read.targets.len()),
        ((800.0, 500.0), p.words.len())
    );
    assert_eq!(read.hit(x_px + 1.0, y_px + 1.0), Some(hit));
}
