//! The dataset layer: series held as numeric columns (x in fractional years, y with NaN for a
//! gap) with, for sourced data, each point's date, source and status; extents. Pure data and
//! arithmetic; it may use `error` and `color`, never plotters, serde or web types.

mod date;
mod event;
mod point;
mod series;

pub use date::Date;
pub use event::Event;
pub use point::{Alternative, Point, PointRef, Status};
pub use series::{extent, Column, Series, BLOCK};

/// All series of one chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    /// In legend order.
    pub series: Vec<Series>,
}

impl Dataset {
    /// Smallest and largest value over all series.
    pub fn value_extent(&self) -> Option<(f64, f64)> {
        extent(
            self.series
                .iter()
                .filter_map(Series::value_extent)
                .flat_map(|(lo, hi)| [lo, hi]),
        )
    }

    /// Earliest and latest date over all series (gaps included: a gap still occupies its date).
    pub fn date_extent(&self) -> Option<(Date, Date)> {
        let mut out: Option<(Date, Date)> = None;
        for s in &self.series {
            let (Some(a), Some(b)) = (s.date(0), s.date(s.len().saturating_sub(1))) else {
                continue;
            };
            out = Some(out.map_or((a, b), |(lo, hi)| (lo.min(a), hi.max(b))));
        }
        out
    }

    /// Smallest and largest x over all series, in fractional years (gaps included).
    pub fn x_extent(&self) -> Option<(f64, f64)> {
        let ends = self.series.iter().filter(|s| !s.is_empty());
        extent(ends.flat_map(|s| [s.xs()[0], s.xs()[s.len() - 1]]))
    }

    /// The series with this id.
    pub fn series_by_id(&self, id: &str) -> Option<&Series> {
        self.series.iter().find(|s| s.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::color::Rgb;
    use std::rc::Rc;

    fn series(id: &str, pts: &[(&str, Option<f64>)]) -> Series {
        let points = pts
            .iter()
            .map(|(d, v)| Point {
                date: Date::parse(d).unwrap(),
                value: *v,
                status: None,
                source: None,
                note: None,
                alternatives: Vec::new(),
            })
            .collect();
        Series::from_points(id.into(), id.into(), Rgb(0, 0, 0), points)
    }

    #[test]
    fn dataset_extents_skip_gaps_but_keep_their_dates() {
        let ds = Dataset {
            series: vec![
                series("a", &[("1921", None), ("1930", Some(5.0))]),
                series("b", &[("1925", Some(-1.0)), ("1953", Some(2.0))]),
            ],
        };
        assert_eq!(ds.value_extent(), Some((-1.0, 5.0)));
        let (lo, hi) = ds.date_extent().unwrap();
        assert_eq!((lo.year, hi.year), (1921, 1953));
        assert_eq!(ds.x_extent(), Some((1921.5, 1953.5)));
        assert!(ds.series_by_id("b").is_some());
    }

    #[test]
    fn columns_keep_numbers_gaps_and_derived_dates() {
        let x: Column = Rc::new(vec![1921.0, 1921.25, 1921.5, 1922.0]);
        let y: Column = Rc::new(vec![3.0, f64::NAN, -2.5, 7.0]);
        let s = Series::from_columns("v".into(), "V".into(), Rgb(0, 0, 0), x.clone(), y, false);
        assert_eq!(s.len(), 4);
        assert_eq!(s.xs(), &x[..]);
        assert_eq!(s.value(1), None, "NaN is a gap, never a zero");
        assert_eq!(s.value(2), Some(-2.5));
        assert_eq!(s.value_extent(), Some((-2.5, 7.0)));
        // 0.25 of 1921 is day 91.25: 2 April.
        assert_eq!(s.date(1), Date::parse("1921-04-02"));
        assert_eq!(s.point(1).unwrap().date().to_string(), "1921-04-02");
        assert_eq!(s.point(4), None);
        assert_eq!(s.index_at(&Date::parse("1921-07-02").unwrap()), Some(2));
        assert_eq!(s.sum_years(1921, 1921), 0.5);
        assert!(s.details().is_empty() && s.point(0).unwrap().source().is_none());
        // Whole numbers name years.
        let years = Series::from_columns(
            "y".into(),
            "Y".into(),
            Rgb(0, 0, 0),
            Rc::new(vec![1937.0, 1938.0]),
            Rc::new(vec![1.0, 2.0]),
            true,
        );
        assert_eq!(years.date(1), Some(Date::year(1938)));
    }

    #[test]
    fn columns_know_where_their_extremes_are() {
        let of = |y: Vec<f64>| {
            let x = Rc::new((0..y.len()).map(|i| 1900.0 + i as f64).collect());
            let s = Series::from_columns("v".into(), "V".into(), Rgb(0, 0, 0), x, Rc::new(y), true);
            (s.extremes_at(), s.value_extent())
        };
        let nan = f64::NAN;
        // The first of equal lows, the last of equal highs; gaps take no part.
        assert_eq!(
            of(vec![nan, 2.0, 5.0, 2.0, nan, 5.0, nan]),
            (Some((1, 5)), Some((2.0, 5.0)))
        );
        assert_eq!(of(vec![nan, nan]), (None, None), "no value, no extremes");
        let inf = f64::INFINITY;
        // Infinities are found (validation refuses them by the extent).
        assert_eq!(of(vec![nan, inf, inf]), (Some((1, 2)), Some((inf, inf))));
        assert_eq!(of(vec![-inf, 1.0]), (Some((0, 1)), Some((-inf, 1.0))));
        // Read in blocks: the first lowest and the last highest, whichever block they are in.
        let mut long = vec![5.0; 2 * BLOCK + 10];
        (long[3], long[BLOCK], long[BLOCK + 5], long[2 * BLOCK + 1]) = (9.0, 9.0, 0.0, 0.0);
        assert_eq!(of(long), (Some((BLOCK + 5, BLOCK)), Some((0.0, 9.0))));
    }
}
