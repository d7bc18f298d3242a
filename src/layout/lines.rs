//! Line geometry: each shown series as pixel runs through its points, broken at gaps, and
//! clipped to the plot (plotters does not clip), so a zoomed line stops at the plot's edge. Only
//! the points in view are visited (binary search on the x column), and a dense series is
//! decimated in one pass over its columns.

use super::decimate;
use super::frame::{Frame, RectPx, XScale};
use super::visible::shown_series;
use super::View;
use crate::spec::Chart;
use std::rc::Rc;

/// One series' line.
#[derive(Debug, Clone, PartialEq)]
pub struct LinePath {
    /// Index into the dataset's series.
    pub series: usize,
    /// Unbroken runs of (x, y) px, each at least two points.
    pub runs: Vec<Vec<(f64, f64)>>,
}

/// Whether `count` points on screen are too many to draw one by one (and to mark).
pub fn is_dense(count: usize, frame: &Frame) -> bool {
    count as f64 > frame.plot.width() * decimate::DENSE_PER_PX
}

/// Whether `count` points are too close together for each to carry a marker: the markers would
/// run together into a band that hides the line (its points are still there to hover and key to).
pub fn too_close_to_mark(count: usize, frame: &Frame) -> bool {
    count as f64 * super::metrics::MARKER_SPACING_PX > frame.plot.width()
}

/// Lines of every shown series on a time axis; none on a bar chart. Never inlined, so that what
/// the browser optimises after a dense first draw is this function, not the whole layout.
#[inline(never)]
pub fn compute(chart: &Chart, view: &View, frame: &Frame) -> Vec<LinePath> {
    let XScale::Time(x) = frame.x else {
        return Vec::new();
    };
    let mut paths = Vec::new();
    for (si, s) in shown_series(chart, view) {
        // Points inside the domain, plus one on each side so the line reaches the edges.
        let (d, xs, ys) = (frame.x_domain, s.xs(), s.ys());
        let first = xs.partition_point(|&t| t < d.lo).saturating_sub(1);
        let last = (xs.partition_point(|&t| t <= d.hi) + 1).min(xs.len());
        let to_px = |i: usize| {
            let v = ys[i];
            (!v.is_nan()).then(|| (x.value_to_px(xs[i]), frame.y.value_to_px(v)))
        };
        let kept: Rc<Vec<Option<usize>>> = if is_dense(last - first, frame) {
            let px_per_year = frame.plot.width() / d.span();
            let (x_column, y_column) = s.columns();
            decimate::m4_kept(x_column, y_column, first..last, d.lo, px_per_year)
        } else {
            Rc::new((first..last).map(Some).collect())
        };
        // A break in what the series measures is a gap too: the line is never drawn across it.
        let mut px: Vec<Option<(f64, f64)>> = Vec::with_capacity(kept.len() + s.breaks.len());
        let mut previous: Option<usize> = None;
        for &k in kept.iter() {
            if let (false, Some(a), Some(b)) = (s.breaks.is_empty(), previous, k) {
                if let (Some(a), Some(b)) = (s.date(a), s.date(b)) {
                    if s.breaks_between(&a, &b) {
                        px.push(None);
                    }
                }
            }
            previous = k.or(previous);
            px.push(k.and_then(to_px));
        }
        let mut runs = Vec::new();
        for run in px.split(Option::is_none) {
            let run: Vec<(f64, f64)> = run.iter().flatten().copied().collect();
            for segment in run.windows(2) {
                let Some((a, b)) = clip_segment(segment[0], segment[1], &frame.plot) else {
                    runs.push(Vec::new());
                    continue;
                };
                // Clipping a segment that ends on the plot's edge may move its end by a rounding
                // error; the next segment still continues the same run.
                let continues = |l: &(f64, f64)| (l.0 - a.0).abs() < 1e-6 && (l.1 - a.1).abs() < 1e-6;
                match runs.last_mut() {
                    Some(current) if current.last().is_some_and(continues) => current.push(b),
                    _ => runs.push(vec![a, b]),
                }
            }
        }
        runs.retain(|r: &Vec<(f64, f64)>| r.len() > 1);
        paths.push(LinePath { series: si, runs });
    }
    paths
}

/// The part of segment a–b inside `rect` (Liang–Barsky), or `None` when it misses.
pub fn clip_segment(a: (f64, f64), b: (f64, f64), rect: &RectPx) -> Option<((f64, f64), (f64, f64))> {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
    let edges = [
        (-dx, a.0 - rect.left),
        (dx, rect.right - a.0),
        (-dy, a.1 - rect.top),
        (dy, rect.bottom - a.1),
    ];
    for (p, q) in edges {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
            continue;
        }
        let t = q / p;
        if p < 0.0 {
            t0 = t0.max(t);
        } else {
            t1 = t1.min(t);
        }
        if t0 > t1 {
            return None;
        }
    }
    let at = |t: f64| (a.0 + t * dx, a.1 + t * dy);
    Some((at(t0), at(t1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const R: RectPx = RectPx {
        left: 0.0,
        top: 0.0,
        right: 100.0,
        bottom: 100.0,
    };

    #[test]
    fn clip_segment_keeps_inside_cuts_crossing_drops_outside() {
        assert_eq!(
            clip_segment((10.0, 10.0), (20.0, 20.0), &R),
            Some(((10.0, 10.0), (20.0, 20.0)))
        );
        assert_eq!(
            clip_segment((-50.0, 50.0), (50.0, 50.0), &R),
            Some(((0.0, 50.0), (50.0, 50.0)))
        );
        assert_eq!(
            clip_segment((50.0, -10.0), (50.0, 110.0), &R),
            Some(((50.0, 0.0), (50.0, 100.0)))
        );
        assert_eq!(clip_segment((-10.0, 0.0), (-5.0, 50.0), &R), None);
        assert_eq!(clip_segment((110.0, 10.0), (120.0, 10.0), &R), None);
    }

    #[test]
    fn lines_of_columns_are_decimated_to_their_extremes_and_break_at_nan() {
        use crate::spec::{ChartSpec, ColumnSpec, ColumnsSpec};
        let n = 100_000;
        let xs: Vec<f64> = (0..n).map(|i| 1900.0 + i as f64 / 365.2425).collect();
        let mut ys: Vec<f64> = (0..n).map(|i| ((i * 7919) % 1000) as f64 + 10.0).collect();
        ys[n / 2..n / 2 + 10].fill(f64::NAN);
        ys[1234] = 5000.0;
        let columns = ColumnsSpec {
            x: xs.clone().into(),
            series: vec![ColumnSpec {
                name: "V".into(),
                y: ys.clone().into(),
            }],
        };
        let chart = Chart::from_spec(&ChartSpec::from_columns("t", columns), crate::Lang::EN).unwrap();
        let frame = Frame::compute(&chart, &View::default(), 800.0, 450.0).unwrap();
        let XScale::Time(x) = frame.x else {
            panic!("a time axis")
        };
        let runs = &frame.lines[0].runs;
        assert_eq!(runs.len(), 2, "the NaN stretch breaks the line once");
        let last_before = runs[0].last().unwrap();
        let first_after = runs[1][0];
        assert_eq!(last_before.0, x.value_to_px(xs[n / 2 - 1]));
        assert_eq!(first_after.0, x.value_to_px(xs[n / 2 + 10]));
        let vertices: usize = runs.iter().map(Vec::len).sum();
        assert!(
            vertices <= 4 * (frame.plot.width() as usize + 2),
            "{vertices} vertices"
        );
        // The highest value, computed here, is drawn: its pixel is the top of the line.
        let top = runs.iter().flatten().map(|p| p.1).fold(f64::MAX, f64::min);
        assert_eq!(top, frame.y.value_to_px(5000.0));
        assert!(frame.marks.is_empty(), "a dense line has no markers");
    }

    #[test]
    fn points_closer_than_the_marker_spacing_get_no_markers_but_stay_a_line() {
        use crate::spec::{ChartSpec, ColumnSpec, ColumnsSpec};
        let frame_of = |n: usize| {
            let columns = ColumnsSpec {
                x: (0..n)
                    .map(|i| 1958.0 + i as f64 / 12.0)
                    .collect::<Vec<_>>()
                    .into(),
                series: vec![ColumnSpec {
                    name: "CO2".into(),
                    y: (0..n).map(|i| 315.0 + i as f64 / 10.0).collect::<Vec<_>>().into(),
                }],
            };
            let chart = Chart::from_spec(&ChartSpec::from_columns("t", columns), crate::Lang::EN).unwrap();
            Frame::compute(&chart, &View::default(), 1000.0, 450.0).unwrap()
        };
        // A monthly record over six decades: fewer points than pixels, too many for markers.
        let monthly = frame_of(741);
        assert!(741.0 < monthly.plot.width() && !is_dense(741, &monthly));
        assert!(
            monthly.marks.is_empty(),
            "no markers at {:.1} px a point",
            monthly.plot.width() / 741.0
        );
        assert_eq!(monthly.lines[0].runs[0].len(), 741, "the line keeps every point");
        // Forty points have room for theirs.
        assert_eq!(frame_of(40).marks.len(), 40);
    }

    #[test]
    fn lines_count_as_dense_past_their_points_per_pixel() {
        let chart = Chart::builtin("party-membership", crate::Lang::EN).unwrap();
        let frame = Frame::compute(&chart, &View::default(), 800.0, 500.0).unwrap();
        let limit = (frame.plot.width() * decimate::DENSE_PER_PX).floor() as usize;
        assert!(!is_dense(limit, &frame));
        assert!(is_dense(limit + 1, &frame));
        assert!(
            !is_dense(chart.dataset.series[0].len(), &frame),
            "the built-in data is not dense"
        );
    }
}
