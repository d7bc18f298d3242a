//! The keyboard cursor: a (series, point) that arrow keys walk. It visits gaps too, so a reader
//! hears "no data" where the chart shows nothing; it moves only over shown series.

use crate::layout::{is_shown, View};
use crate::spec::Chart;

/// A keyboard step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// ← one point earlier.
    Prev,
    /// → one point later.
    Next,
    /// PageUp: five points earlier.
    PrevPage,
    /// PageDown: five points later.
    NextPage,
    /// Home: the first point.
    First,
    /// End: the last point.
    Last,
    /// ↑: the previous shown series, at the nearest date.
    PrevSeries,
    /// ↓: the next shown series, at the nearest date.
    NextSeries,
}

impl Move {
    /// The move for a `KeyboardEvent.key`, if it is one.
    pub fn from_key(key: &str) -> Option<Move> {
        Some(match key {
            "ArrowLeft" => Move::Prev,
            "ArrowRight" => Move::Next,
            "PageUp" => Move::PrevPage,
            "PageDown" => Move::NextPage,
            "Home" => Move::First,
            "End" => Move::Last,
            "ArrowUp" => Move::PrevSeries,
            "ArrowDown" => Move::NextSeries,
            _ => return None,
        })
    }
}

/// Where the keyboard cursor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    /// Index into the dataset's series.
    pub series: usize,
    /// Index into the series' points.
    pub point: usize,
}

impl Cursor {
    /// The first point of the first shown series.
    pub fn start(chart: &Chart, view: &View) -> Option<Cursor> {
        let series = chart
            .dataset
            .series
            .iter()
            .position(|s| is_shown(view, s) && !s.is_empty())?;
        Some(Cursor { series, point: 0 })
    }

    /// The cursor after `step`; it stays put at the ends.
    pub fn step(self, chart: &Chart, view: &View, step: Move) -> Cursor {
        let len = chart.dataset.series.get(self.series).map_or(0, |s| s.len());
        let last = len.saturating_sub(1);
        let point = |p: usize| Cursor {
            series: self.series,
            point: p.min(last),
        };
        match step {
            Move::Prev => point(self.point.saturating_sub(1)),
            Move::Next => point(self.point + 1),
            Move::PrevPage => point(self.point.saturating_sub(5)),
            Move::NextPage => point(self.point + 5),
            Move::First => point(0),
            Move::Last => point(last),
            Move::PrevSeries => self.other_series(chart, view, false),
            Move::NextSeries => self.other_series(chart, view, true),
        }
    }

    /// The nearest shown series above or below, at the point nearest in time.
    fn other_series(self, chart: &Chart, view: &View, forward: bool) -> Cursor {
        let all = &chart.dataset.series;
        let Some(here) = all.get(self.series).and_then(|s| s.point(self.point)) else {
            return self;
        };
        let when = here.x();
        let order: Vec<usize> = if forward {
            (self.series + 1..all.len()).collect()
        } else {
            (0..self.series).rev().collect()
        };
        for si in order {
            let s = &all[si];
            if !is_shown(view, s) || s.is_empty() {
                continue;
            }
            // x ascends: the nearest is just before or at the first x past `when` (the earlier
            // one on a tie).
            let xs = s.xs();
            let after = xs.partition_point(|&x| x < when).min(xs.len() - 1);
            let before = after.saturating_sub(1);
            let nearest = if (xs[before] - when).abs() <= (xs[after] - when).abs() {
                before
            } else {
                after
            };
            return Cursor {
                series: si,
                point: nearest,
            };
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn cursor_walks_points_pages_and_series() {
        let chart = Chart::builtin("repression", Lang::EN).unwrap();
        let view = View::default();
        let c = Cursor::start(&chart, &view).unwrap();
        assert_eq!(c, Cursor { series: 0, point: 0 });
        assert_eq!(c.step(&chart, &view, Move::Prev), c);
        assert_eq!(
            c.step(&chart, &view, Move::Next),
            Cursor { series: 0, point: 1 },
            "one step"
        );
        assert_eq!(c.step(&chart, &view, Move::NextPage).point, 5);
        let end = c.step(&chart, &view, Move::Last);
        assert_eq!(chart.dataset.series[0].date(end.point).unwrap().year, 1953);
        assert_eq!(end.step(&chart, &view, Move::Next), end);
        let down = end.step(&chart, &view, Move::NextSeries);
        assert_eq!(
            (
                down.series,
                chart.dataset.series[1].date(down.point).unwrap().year
            ),
            (1, 1953)
        );
        let hidden = View {
            hidden: vec!["convictions".into()],
            ..View::default()
        };
        assert_eq!(end.step(&chart, &hidden, Move::NextSeries).series, 2);
        assert_eq!(Move::from_key("PageDown"), Some(Move::NextPage));
        assert_eq!(Move::from_key("a"), None);
    }
}
