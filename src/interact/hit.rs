//! A pixel → what is under it: a bar (by band, then slot), the nearest point of a line (binary
//! search over x per series), or an event marker. Gaps answer too, so a reader can learn that a
//! year has no data rather than see nothing.

use crate::layout::{shown_series, slot_at, Frame, MarkShape, View, XScale};
use crate::spec::Chart;

/// What the pointer is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A point of a series (its value may be a gap).
    Point {
        /// Index into the dataset's series.
        series: usize,
        /// Index into the series' points.
        point: usize,
    },
    /// An event marker.
    Event(usize),
}

/// How far from a line's point the pointer may be and still pick it, in px.
const LINE_REACH_PX: f64 = 40.0;

/// What is under (`x_px`, `y_px`) in `frame`, drawn from `chart` as `view` asked.
pub fn hit_test(chart: &Chart, view: &View, frame: &Frame, x_px: f64, y_px: f64) -> Option<Target> {
    if let Some(e) = frame
        .events
        .iter()
        .filter(|e| e.hit.contains(x_px, y_px))
        .min_by(|a, b| (a.x_px - x_px).abs().total_cmp(&(b.x_px - x_px).abs()))
    {
        return Some(Target::Event(e.event));
    }
    let p = frame.plot;
    if !(p.left - 4.0..=p.right + 4.0).contains(&x_px) || !(p.top - 4.0..=p.bottom + 4.0).contains(&y_px) {
        return None;
    }
    match frame.x {
        XScale::Band(band) => {
            let year = band.px_to_year(x_px.clamp(p.left, p.right - 0.01))?;
            let shown: Vec<usize> = shown_series(chart, view).map(|(i, _)| i).collect();
            let series = shown[slot_at(&band, year, shown.len(), x_px)?];
            // A point's year is the whole part of its x (a dated point's x is inside its year).
            let xs = chart.dataset.series[series].xs();
            let point = xs.partition_point(|&x| x < f64::from(year));
            if xs.get(point)?.floor() != f64::from(year) {
                return None;
            }
            Some(Target::Point { series, point })
        }
        XScale::Time(_) => nearest_point(chart, frame, x_px, y_px),
    }
}

/// The nearest present point of a shown line: closest in x first, then in y among points at
/// (almost) the same x. Binary search on the x column, so a million points cost the same as ten.
fn nearest_point(chart: &Chart, frame: &Frame, x_px: f64, y_px: f64) -> Option<Target> {
    let XScale::Time(xs) = frame.x else { return None };
    let t = xs.px_to_value(x_px);
    let mut best: Option<(f64, f64, Target)> = None;
    for line in &frame.lines {
        let s = &chart.dataset.series[line.series];
        let (x, y) = (s.xs(), s.ys());
        let i = x.partition_point(|&v| v < t);
        let before = (0..i).rev().find(|&k| !y[k].is_nan());
        let after = (i..x.len()).find(|&k| !y[k].is_nan());
        for k in [before, after].into_iter().flatten() {
            let (px, py) = (xs.value_to_px(x[k]), frame.y.value_to_px(y[k]));
            let (dx, dy) = ((px - x_px).abs(), (py - y_px).abs());
            let target = Target::Point {
                series: line.series,
                point: k,
            };
            let better = match best {
                None => true,
                Some((bx, by, _)) => dx < bx - 1.0 || (dx <= bx + 1.0 && dy < by),
            };
            if better {
                best = Some((dx, dy, target));
            }
        }
    }
    best.filter(|(dx, _, _)| *dx <= LINE_REACH_PX).map(|(_, _, t)| t)
}

/// Where a target is drawn: its bar, or its point's position (also for dense lines, which have
/// no marks), with no shape for a gap or an event.
pub fn target_shape(chart: &Chart, frame: &Frame, target: Target) -> Option<MarkShape> {
    let Target::Point { series, point } = target else {
        return None;
    };
    if let Some(m) = frame
        .marks
        .iter()
        .find(|m| m.series == series && m.point == point)
    {
        return Some(m.shape);
    }
    let p = chart.dataset.series.get(series)?.point(point)?;
    let XScale::Time(xs) = frame.x else { return None };
    Some(MarkShape::Dot {
        x_px: xs.value_to_px(p.x()),
        y_px: frame.y.value_to_px(p.value()?),
        hollow: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Date;
    use crate::lang::Lang;

    fn setup(id: &str, view: &View) -> (Chart, Frame) {
        let chart = Chart::builtin(id, Lang::EN).unwrap();
        let frame = Frame::compute(&chart, view, 800.0, 450.0).unwrap();
        (chart, frame)
    }

    fn point_of(chart: &Chart, t: Option<Target>) -> Option<(String, String)> {
        match t? {
            Target::Point { series, point } => {
                let s = &chart.dataset.series[series];
                Some((s.id.clone(), s.date(point).unwrap().to_string()))
            }
            Target::Event(_) => None,
        }
    }

    #[test]
    fn hit_test_finds_the_1937_arrests_bar_and_gaps() {
        let view = View::default();
        let (chart, frame) = setup("repression", &view);
        let bar = frame
            .marks
            .iter()
            .find(|m| {
                chart.dataset.series[m.series].id == "arrests"
                    && chart.dataset.series[m.series].date(m.point).unwrap().year == 1937
            })
            .unwrap();
        let MarkShape::Bar(r) = bar.shape else { panic!() };
        let hit = hit_test(&chart, &view, &frame, (r.left + r.right) / 2.0, r.bottom - 5.0);
        assert_eq!(point_of(&chart, hit), Some(("arrests".into(), "1937".into())));
        // 1941 arrests are a gap: the slot still answers, with the gap's point.
        let x1941 = frame.date_to_px(&Date::year(1941)).unwrap() - frame.plot.width() / 33.0 * 0.3;
        let gap = hit_test(&chart, &view, &frame, x1941, frame.plot.bottom - 2.0);
        assert_eq!(point_of(&chart, gap), Some(("arrests".into(), "1941".into())));
        assert_eq!(hit_test(&chart, &view, &frame, 2.0, 2.0), None);
    }

    #[test]
    fn hit_test_snaps_to_the_nearest_line_point() {
        let view = View::default();
        let (chart, frame) = setup("party-membership", &view);
        let d = Date::parse("1924-01-01").unwrap();
        let x = frame.date_to_px(&d).unwrap();
        let y_total = frame.y.value_to_px(472_000.0);
        let hit = hit_test(&chart, &view, &frame, x + 3.0, y_total - 2.0);
        assert_eq!(point_of(&chart, hit), Some(("total".into(), "1924-01-01".into())));
        let y_cand = frame.y.value_to_px(122_000.0);
        let hit = hit_test(&chart, &view, &frame, x - 2.0, y_cand + 1.0);
        assert_eq!(
            point_of(&chart, hit),
            Some(("candidates".into(), "1924-01-01".into()))
        );
    }

    #[test]
    fn hit_test_finds_events_under_the_axis() {
        let view = View::default();
        let (chart, frame) = setup("party-membership", &view);
        let lenin = chart
            .events
            .iter()
            .position(|e| e.title == "Death of Lenin")
            .unwrap();
        let mark = frame.events.iter().find(|e| e.event == lenin).unwrap();
        let hit = hit_test(
            &chart,
            &view,
            &frame,
            mark.x_px,
            (mark.hit.top + mark.hit.bottom) / 2.0,
        );
        assert!(
            matches!(hit, Some(Target::Event(i)) if chart.events[i].date.year == 1924),
            "{hit:?}"
        );
    }
}
