//! What is in view: which series the reader has left on, and which stretch of time. The x
//! domain is in fractional years; on a bar chart it covers whole bands, year `y` being `[y, y+1)`.

use super::View;
use crate::dataset::{Date, Series};
use crate::error::{ChartError, Result};
use crate::spec::{Chart, Kind};

/// A stretch of the time axis, in fractional years.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct XDomain {
    /// Left edge.
    pub lo: f64,
    /// Right edge.
    pub hi: f64,
}

/// The narrowest zoom: three years of bars, or one year of a line.
pub fn min_span_years(kind: Kind) -> f64 {
    match kind {
        Kind::Bar => 3.0,
        Kind::Line | Kind::Area => 1.0,
    }
}

impl XDomain {
    /// Everything: whole years around the data (a band per year on a bar chart; a point's year
    /// is the whole part of its x).
    pub fn full(chart: &Chart) -> Option<XDomain> {
        let (first, last) = chart.dataset.x_extent()?;
        Some(match chart.kind {
            Kind::Bar => XDomain {
                lo: first.floor(),
                hi: last.floor() + 1.0,
            },
            Kind::Line | Kind::Area => {
                let lo = first.floor();
                XDomain {
                    lo,
                    hi: last.ceil().max(lo + 1.0),
                }
            }
        })
    }

    /// The range a page asked for with `from`/`to` (dates such as `1936`, `1921-03`; an empty
    /// one means the data's own end), or `None` for everything when both are empty. Errors name
    /// the attribute: `invalid from: 19x6`, `invalid to: 1930 (before from 1936)`.
    pub fn from_range(chart: &Chart, from: &str, to: &str) -> Result<Option<XDomain>> {
        if from.is_empty() && to.is_empty() {
            return Ok(None);
        }
        let (first, last) = chart
            .dataset
            .date_extent()
            .ok_or_else(|| ChartError::missing("series[0].points"))?;
        let parse = |field: &str, text: &str, default: Date| {
            if text.is_empty() {
                return Ok(default);
            }
            Date::parse(text).ok_or_else(|| ChartError::invalid(field, text))
        };
        let (from, to) = (parse("from", from, first)?, parse("to", to, last)?);
        if to < from {
            return Err(ChartError::invalid("to", format!("{to} (before from {from})")));
        }
        Ok(Some(XDomain::between(&from, &to)))
    }

    /// The range of the chart's view named `id`, narrowed to `from`..`to` where those are given
    /// (each a date, empty for the view's own end); an unknown view names the chart's views.
    pub fn from_view(chart: &Chart, id: &str, from: &str, to: &str) -> Result<Option<XDomain>> {
        let view = crate::spec::find_view(&chart.views, &chart.id, id)?;
        let pick = |asked: &str, own: &str| {
            if asked.is_empty() {
                own.to_string()
            } else {
                asked.to_string()
            }
        };
        XDomain::from_range(chart, &pick(from, &view.from), &pick(to, &view.to))
    }

    /// From the start of `from`'s period to the end of `to`'s (1936 to 1939 → 1936.0–1940.0).
    pub fn between(from: &Date, to: &Date) -> XDomain {
        XDomain {
            lo: from.start_year_fraction(),
            hi: to.end_year_fraction().max(from.start_year_fraction()),
        }
    }

    /// Width in years.
    pub fn span(&self) -> f64 {
        self.hi - self.lo
    }

    /// This domain kept inside `full` and no narrower than `min_span` (nor wider than `full`).
    pub fn clamped(self, full: XDomain, min_span: f64) -> XDomain {
        let span = self.span().clamp(min_span.min(full.span()), full.span());
        let centre = (self.lo + self.hi) / 2.0;
        let lo = (centre - span / 2.0).clamp(full.lo, full.hi - span);
        XDomain { lo, hi: lo + span }
    }

    /// The whole years whose bands are shown: those overlapping the domain.
    pub fn band_years(&self) -> (i32, i32) {
        let first = self.lo.floor() as i32;
        let last = (self.hi.ceil() as i32 - 1).max(first);
        (first, last)
    }

    /// Whether a point at `date` is inside the domain.
    pub fn contains(&self, kind: Kind, date: &Date) -> bool {
        match kind {
            Kind::Bar => {
                let (first, last) = self.band_years();
                (first..=last).contains(&date.year)
            }
            Kind::Line | Kind::Area => (self.lo..=self.hi).contains(&date.to_year_fraction()),
        }
    }
}

/// Whether the reader has left this series on.
pub fn is_shown(view: &View, series: &Series) -> bool {
    !view.hidden.iter().any(|h| h == &series.id)
}

/// The series the reader has left on, with their index in the dataset, in legend order.
pub fn shown_series<'a>(chart: &'a Chart, view: &'a View) -> impl Iterator<Item = (usize, &'a Series)> + 'a {
    chart
        .dataset
        .series
        .iter()
        .enumerate()
        .filter(move |(_, s)| is_shown(view, s))
}

/// The indices of the points of `series` inside `domain`: a binary search on its x column (on a
/// bar chart, over whole bands: a point's year is the whole part of its x).
pub fn in_domain(kind: Kind, domain: &XDomain, series: &Series) -> std::ops::Range<usize> {
    let xs = series.xs();
    let (first, last) = if kind.is_time() {
        (
            xs.partition_point(|&x| x < domain.lo),
            xs.partition_point(|&x| x <= domain.hi),
        )
    } else {
        let (a, b) = domain.band_years();
        (
            xs.partition_point(|&x| x < f64::from(a)),
            xs.partition_point(|&x| x < f64::from(b) + 1.0),
        )
    };
    first..last.max(first)
}

/// The largest value (alternatives included) among shown series inside `domain`: the series'
/// own extent when all of it is inside, else one pass over the y column in view.
pub fn shown_max(chart: &Chart, view: &View, domain: &XDomain) -> Option<f64> {
    let mut max = f64::NAN;
    for (_, s) in shown_series(chart, view) {
        let range = in_domain(chart.kind, domain, s);
        if range == (0..s.len()) {
            max = max.max(s.value_extent().map_or(f64::NAN, |(_, hi)| hi));
            continue;
        }
        let details = s.details().get(range.clone()).unwrap_or(&[]);
        let alternatives = details.iter().flat_map(|p| &p.alternatives).map(|a| a.value);
        // f64::max ignores NaN (a gap) on either side.
        max = s.ys()[range]
            .iter()
            .copied()
            .chain(alternatives)
            .fold(max, f64::max);
    }
    (!max.is_nan()).then_some(max)
}

/// The view with series `id` switched off (or back on), or `None` when nothing changes: an
/// unknown id, or switching off the last series shown (a chart never goes blank by a toggle).
pub fn toggled(chart: &Chart, view: &View, id: &str) -> Option<View> {
    let series = chart.dataset.series.iter().find(|s| s.id == id)?;
    let mut next = view.clone();
    if is_shown(view, series) {
        if shown_series(chart, view).count() <= 1 {
            return None;
        }
        next.hidden.push(id.to_string());
    } else {
        next.hidden.retain(|h| h != id);
    }
    Some(next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn xdomain_full_and_clamped() {
        let rep = Chart::builtin("repression", Lang::EN).unwrap();
        let full = XDomain::full(&rep).unwrap();
        assert_eq!((full.lo, full.hi), (1921.0, 1954.0));
        let zoomed = XDomain {
            lo: 1936.2,
            hi: 1936.4,
        }
        .clamped(full, 3.0);
        assert!((zoomed.span() - 3.0).abs() < 1e-9);
        let past_end = XDomain {
            lo: 1950.0,
            hi: 1960.0,
        }
        .clamped(full, 3.0);
        assert_eq!((past_end.lo, past_end.hi), (1944.0, 1954.0));
        assert_eq!(
            XDomain {
                lo: 1936.0,
                hi: 1940.0
            }
            .band_years(),
            (1936, 1939)
        );
    }

    #[test]
    fn shown_max_follows_toggles_and_range() {
        let rep = Chart::builtin("repression", Lang::EN).unwrap();
        let full = XDomain::full(&rep).unwrap();
        let all = View::default();
        assert_eq!(shown_max(&rep, &all, &full), Some(936_750.0));
        let no_arrests = View {
            hidden: vec!["arrests".into()],
            ..View::default()
        };
        assert_eq!(shown_max(&rep, &no_arrests, &full), Some(790_665.0));
        let early = XDomain {
            lo: 1921.0,
            hi: 1930.0,
        };
        assert_eq!(shown_max(&rep, &all, &early), Some(56_220.0));
    }

    #[test]
    fn toggled_never_hides_the_last_series() {
        let chart = Chart::builtin("repression", Lang::EN).unwrap();
        let ids: Vec<String> = chart.dataset.series.iter().map(|s| s.id.clone()).collect();
        let mut view = View::default();
        for id in &ids[1..] {
            view = toggled(&chart, &view, id).unwrap();
        }
        assert_eq!(view.hidden, ids[1..].to_vec());
        assert_eq!(toggled(&chart, &view, &ids[0]), None, "the last one stays");
        let back = toggled(&chart, &view, &ids[1]).unwrap();
        assert!(!back.hidden.contains(&ids[1]));
        assert_eq!(toggled(&chart, &view, "nope"), None);
    }

    #[test]
    fn from_range_parses_and_names_the_bad_end() {
        let chart = Chart::builtin("repression", Lang::EN).unwrap();
        assert_eq!(XDomain::from_range(&chart, "", "").unwrap(), None);
        let d = |t| Date::parse(t).unwrap();
        assert_eq!(
            XDomain::from_range(&chart, "1936", "").unwrap(),
            Some(XDomain::between(&d("1936"), &d("1953")))
        );
        assert_eq!(
            XDomain::from_range(&chart, "19x6", "").unwrap_err().to_string(),
            "invalid from: 19x6"
        );
        assert_eq!(
            XDomain::from_range(&chart, "1936", "1930")
                .unwrap_err()
                .to_string(),
            "invalid to: 1930 (before from 1936)"
        );
    }
}
