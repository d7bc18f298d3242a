//! The dataset layer: columnar-in-spirit series of dated, sourced points, with extents. Pure
//! data and arithmetic; it may use `error` and `color`, never plotters, serde or web types.

mod date;
mod event;
mod series;

pub use date::Date;
pub use event::Event;
pub use series::{extent, Alternative, Point, Series, Status};

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
        let mut dates = self.series.iter().flat_map(|s| s.points.iter().map(|p| p.date));
        let first = dates.next()?;
        Some(dates.fold((first, first), |(lo, hi), d| (lo.min(d), hi.max(d))))
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

    fn series(id: &str, pts: &[(&str, Option<f64>)]) -> Series {
        Series {
            id: id.into(),
            name: id.into(),
            color: Rgb(0, 0, 0),
            dashed: false,
            breaks: Vec::new(),
            partial: Vec::new(),
            points: pts
                .iter()
                .map(|(d, v)| Point {
                    date: Date::parse(d).unwrap(),
                    value: *v,
                    status: None,
                    source: None,
                    note: None,
                    alternatives: Vec::new(),
                })
                .collect(),
        }
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
        assert!(ds.series_by_id("b").is_some());
    }
}
