//! Numeric columns as a page hands them over (`setData({ title, x, series: [{ name, y }] })`
//! with typed arrays, what uPlot is given): x in fractional years, strictly ascending, and per
//! series a name and a y column of the same length, NaN being a gap (never a zero). Validated
//! here in one pass per column, straight into the dataset's columns: no per-point structs, no
//! dates, no strings. Errors name the field, the value and the index (`invalid x: not
//! increasing at 1234`).

use super::input::ChartSpec;
use super::text::Text;
use super::validate::label;
use super::Kind;
use crate::color::PALETTE;
use crate::dataset::{Column, Series, BLOCK};
use crate::error::{ChartError, Result};
use std::rc::Rc;

/// Most points a set of columns may have.
pub const MAX_COLUMN_POINTS: usize = 10_000_000;
/// Most series a set of columns may have.
pub const MAX_COLUMN_SERIES: usize = 50;

/// Numeric columns as supplied.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ColumnsSpec {
    /// x of every point, in fractional years (1921.25 is a quarter into 1921), ascending.
    pub x: Column,
    /// The series, in legend order.
    pub series: Vec<ColumnSpec>,
}

/// One series of numeric columns as supplied.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnSpec {
    /// Legend name.
    pub name: String,
    /// y of every point; NaN is a gap.
    pub y: Column,
}

impl ChartSpec {
    /// A custom chart titled `title` drawing `columns`; validated by [`super::Chart::from_spec`].
    pub fn from_columns(title: &str, columns: ColumnsSpec) -> ChartSpec {
        ChartSpec {
            id: Some("custom".into()),
            kind: None,
            title: Text::Plain(title.to_string()),
            x_label: None,
            y_label: None,
            credit: None,
            sources: Default::default(),
            rules: Vec::new(),
            events: Vec::new(),
            claims: Vec::new(),
            periods: Vec::new(),
            views: Vec::new(),
            labels: Vec::new(),
            series: Vec::new(),
            columns: Some(columns),
        }
    }
}

/// The x column's checks: finite, inside years 1 to 9999, strictly ascending; in the same pass,
/// whether every x is a whole number (years). Strictly ascending from a first x of at least 1 to
/// a last below 10,000 puts every x in range, so the pass over a million points makes one
/// comparison and one rounding per point (NaN fails the comparison); only a column that fails
/// is read again, to name the first bad value and where it is.
fn check_x(x: &[f64]) -> Result<bool> {
    if x.is_empty() {
        return Err(ChartError::missing("x"));
    }
    if x.len() > MAX_COLUMN_POINTS {
        return Err(ChartError::invalid(
            "x",
            format!("{} values (at most {MAX_COLUMN_POINTS})", x.len()),
        ));
    }
    let (ascending, whole_years) = ascending_and_whole(x);
    if ascending && YEARS.contains(&x[0]) && YEARS.contains(&x[x.len() - 1]) {
        return Ok(whole_years);
    }
    Err(first_bad_x(x))
}

/// Whether `x` is strictly ascending (NaN is not), and whether every x is a whole number: one
/// comparison and one rounding per value, over blocks of [`BLOCK`] values.
fn ascending_and_whole(x: &[f64]) -> (bool, bool) {
    let (mut ascending, mut whole_years) = (true, true);
    let mut previous = f64::NEG_INFINITY;
    for block in x.chunks(BLOCK) {
        (ascending, whole_years) = block_ascending_and_whole(block, previous, (ascending, whole_years));
        previous = block[block.len() - 1];
    }
    (ascending, whole_years)
}

/// [`ascending_and_whole`] of one block, after `previous`, carrying what the blocks before found.
/// Never inlined: the browser optimises this small function, not its callers.
#[inline(never)]
fn block_ascending_and_whole(
    block: &[f64],
    mut previous: f64,
    (mut ascending, mut whole_years): (bool, bool),
) -> (bool, bool) {
    for &v in block {
        ascending &= v > previous;
        whole_years &= v == v.trunc();
        previous = v;
    }
    (ascending, whole_years)
}

/// Where an x may be: years 1 to 9999, in fractional years.
const YEARS: std::ops::Range<f64> = 1.0..10_000.0;

/// The error for the first x out of range or not above the one before it.
fn first_bad_x(x: &[f64]) -> ChartError {
    let mut previous = f64::NEG_INFINITY;
    for (i, &v) in x.iter().enumerate() {
        if !YEARS.contains(&v) {
            let why = if v.is_finite() {
                " (fractional years, 1 to 9999)"
            } else {
                ""
            };
            return ChartError::invalid("x", format!("{v} at {i}{why}"));
        }
        if v <= previous {
            return ChartError::invalid("x", format!("not increasing at {i}"));
        }
        previous = v;
    }
    // Not reached: the fast pass failed, so one of the checks above fails too.
    ChartError::invalid("x", "not increasing".to_string())
}

/// One y column's checks: as long as x, each value finite or NaN (read from the extent the
/// series keeps, so the column is read once).
fn check_y(series: &Series, y_len: usize, x_len: usize, field: &str) -> Result<()> {
    if y_len != x_len {
        return Err(ChartError::invalid(
            field,
            format!("{y_len} values for {x_len} x"),
        ));
    }
    if series
        .value_extent()
        .is_some_and(|(lo, hi)| lo.is_infinite() || hi.is_infinite())
    {
        if let Some(i) = series.ys().iter().position(|v| v.is_infinite()) {
            return Err(ChartError::invalid(field, format!("{} at {i}", series.ys()[i])));
        }
    }
    Ok(())
}

/// Validates `columns` drawn as `kind` into series (ids `series-1`, `series-2`, …; palette
/// colours). Bars take whole years, so every x must then be a whole number.
pub fn series(columns: &ColumnsSpec, kind: Kind) -> Result<Vec<Series>> {
    let whole_years = check_x(&columns.x)?;
    if kind == Kind::Bar && !whole_years {
        if let Some(i) = columns.x.iter().position(|v| v.fract() != 0.0) {
            return Err(ChartError::invalid(
                "x",
                format!("{} at {i} (bar charts take whole years)", columns.x[i]),
            ));
        }
    }
    if columns.series.is_empty() {
        return Err(ChartError::missing("series"));
    }
    if columns.series.len() > MAX_COLUMN_SERIES {
        return Err(ChartError::invalid(
            "series",
            format!("{} series (at most {MAX_COLUMN_SERIES})", columns.series.len()),
        ));
    }
    let mut out = Vec::with_capacity(columns.series.len());
    for (i, s) in columns.series.iter().enumerate() {
        let field = |leaf: &str| format!("series[{i}].{leaf}");
        let name = s.name.trim();
        if name.is_empty() {
            return Err(ChartError::missing(field("name")));
        }
        label(name, &field("name"))?;
        let series = Series::from_columns(
            format!("series-{}", i + 1),
            name.to_string(),
            PALETTE[i % PALETTE.len()],
            Rc::clone(&columns.x),
            Rc::clone(&s.y),
            whole_years,
        );
        check_y(&series, s.y.len(), columns.x.len(), &field("y"))?;
        out.push(series);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn columns(x: &[f64], ys: &[&[f64]]) -> ColumnsSpec {
        ColumnsSpec {
            x: Rc::new(x.to_vec()),
            series: ys
                .iter()
                .enumerate()
                .map(|(i, y)| ColumnSpec {
                    name: format!("S{i}"),
                    y: Rc::new(y.to_vec()),
                })
                .collect(),
        }
    }

    fn err(c: &ColumnsSpec, kind: Kind) -> String {
        series(c, kind).unwrap_err().to_string()
    }

    #[test]
    fn columns_become_series_sharing_x_with_nan_as_gaps() {
        let c = columns(
            &[1921.25, 1921.5, 1922.0],
            &[&[1.0, f64::NAN, 3.0], &[4.0, 5.0, 6.0]],
        );
        let s = series(&c, Kind::Line).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!((s[0].id.as_str(), s[1].id.as_str()), ("series-1", "series-2"));
        assert_eq!(s[0].name, "S0");
        assert_eq!(s[0].xs(), &[1921.25, 1921.5, 1922.0]);
        assert_eq!(
            (s[0].value(0), s[0].value(1), s[0].value(2)),
            (Some(1.0), None, Some(3.0))
        );
        assert_eq!(s[1].value_extent(), Some((4.0, 6.0)));
        assert_ne!(s[0].color, s[1].color, "palette colours");
    }

    #[test]
    fn columns_refuse_with_field_value_and_index() {
        let line = Kind::Line;
        assert_eq!(err(&columns(&[], &[&[]]), line), "missing x");
        assert_eq!(
            err(&columns(&[1921.0, 1922.0, 1922.0], &[&[1.0, 2.0, 3.0]]), line),
            "invalid x: not increasing at 2"
        );
        assert_eq!(
            err(&columns(&[1921.0, 1920.5], &[&[1.0, 2.0]]), line),
            "invalid x: not increasing at 1"
        );
        assert_eq!(
            err(&columns(&[1921.0, f64::NAN], &[&[1.0, 2.0]]), line),
            "invalid x: NaN at 1"
        );
        assert_eq!(
            err(&columns(&[1_700_000_000.0], &[&[1.0]]), line),
            "invalid x: 1700000000 at 0 (fractional years, 1 to 9999)"
        );
        assert_eq!(
            err(&columns(&[1921.0, 1922.0], &[&[1.0]]), line),
            "invalid series[0].y: 1 values for 2 x"
        );
        assert_eq!(
            err(
                &columns(&[1921.0, 1922.0], &[&[1.0, 2.0], &[1.0, f64::INFINITY]]),
                line
            ),
            "invalid series[1].y: inf at 1"
        );
        assert_eq!(err(&columns(&[1921.0], &[]), line), "missing series");
        let mut unnamed = columns(&[1921.0], &[&[1.0]]);
        unnamed.series[0].name = " ".into();
        assert_eq!(err(&unnamed, line), "missing series[0].name");
        assert_eq!(
            err(&columns(&[1921.0, 1921.5], &[&[1.0, 2.0]]), Kind::Bar),
            "invalid x: 1921.5 at 1 (bar charts take whole years)"
        );
        assert!(series(&columns(&[1921.0, 1922.0], &[&[1.0, 2.0]]), Kind::Bar).is_ok());
        // Ascending, but the last or the first out of range; the first x fractional.
        assert_eq!(
            err(&columns(&[1921.0, 12_000.0], &[&[1.0, 2.0]]), line),
            "invalid x: 12000 at 1 (fractional years, 1 to 9999)"
        );
        assert_eq!(
            err(&columns(&[f64::NEG_INFINITY, 1921.0], &[&[1.0, 2.0]]), line),
            "invalid x: -inf at 0"
        );
        assert_eq!(
            err(&columns(&[1921.5, 1922.0], &[&[1.0, 2.0]]), Kind::Bar),
            "invalid x: 1921.5 at 0 (bar charts take whole years)"
        );
    }

    #[test]
    fn columns_are_checked_across_blocks() {
        // Read in blocks: a fault on either side of a block's edge is found, and named.
        let x: Vec<f64> = (0..2 * BLOCK + 5).map(|i| 1000.0 + i as f64 / 100.0).collect();
        assert_eq!(check_x(&x), Ok(false));
        for at in [BLOCK - 1, BLOCK, BLOCK + 1, 2 * BLOCK] {
            let mut bad = x.clone();
            bad[at] = bad[at - 1];
            assert_eq!(
                check_x(&bad).unwrap_err().to_string(),
                format!("invalid x: not increasing at {at}")
            );
        }
        let mut late = x.clone();
        late[2 * BLOCK + 4] = f64::INFINITY;
        assert_eq!(
            check_x(&late).unwrap_err().to_string(),
            format!("invalid x: inf at {}", 2 * BLOCK + 4)
        );
    }

    proptest! {
        /// The one-comparison pass agrees with reading each x in turn: the first x out of years
        /// 1–9999 or not above the one before it is the error; else whether all are whole.
        #[test]
        fn check_x_agrees_with_reading_each_x_in_turn(
            x in prop::collection::vec(
                prop_oneof![
                    (0u32..12_000).prop_map(f64::from),
                    (0.0f64..12_000.0),
                    prop::sample::select(vec![f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 1.0, 9_999.5, 10_000.0]),
                ],
                1..40,
            ),
            sort in any::<bool>(),
        ) {
            let mut x = x;
            if sort {
                x.sort_by(f64::total_cmp);
            }
            let mut expected = Ok(x.iter().all(|v| v.fract() == 0.0));
            for (i, &v) in x.iter().enumerate() {
                if !(1.0..10_000.0).contains(&v) {
                    let why = if v.is_finite() { " (fractional years, 1 to 9999)" } else { "" };
                    expected = Err(format!("invalid x: {v} at {i}{why}"));
                    break;
                }
                if i > 0 && v <= x[i - 1] {
                    expected = Err(format!("invalid x: not increasing at {i}"));
                    break;
                }
            }
            prop_assert_eq!(check_x(&x).map_err(|e| e.to_string()), expected);
        }
    }
}
