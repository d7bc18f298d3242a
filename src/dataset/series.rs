//! Series: a named, coloured sequence held as numeric columns (x in fractional years, ascending;
//! y with NaN for a gap, never a zero), which layout, decimation and hit-testing read directly,
//! and, for sourced data, each point's details (its date at the sources' precision, status,
//! source, note, other figures). A million bare numbers cost two `f64` columns and nothing per
//! point. Pure data; imports only `color` and the siblings.

use super::date::Date;
use super::point::{Point, PointRef};
use crate::color::Rgb;
use std::rc::Rc;

/// A numeric column, shared (by the series of one set of columns, and by a spec and the chart
/// validated from it) rather than copied.
pub type Column = Rc<Vec<f64>>;

/// A named, coloured sequence of points in ascending order of x.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Stable identifier (`arrests`).
    pub id: String,
    /// Name in the reader's language.
    pub name: String,
    /// Colour of its marks.
    pub color: Rgb,
    /// Drawn dashed, so colour is not the only cue.
    pub dashed: bool,
    /// Dates of the first points after a break in what the series measures, ascending.
    pub breaks: Vec<Date>,
    /// Dates of points that cover only part of their period (1953: January–June): never an
    /// extreme or the end of a comparison.
    pub partial: Vec<Date>,
    /// x of each point in fractional years (shared between the series of one set of columns).
    x: Column,
    /// y of each point; NaN where there is no data.
    y: Column,
    /// Per point, the sourced details; empty for bare numeric columns.
    details: Vec<Point>,
    /// Every x is a whole number, so bare columns name years rather than 1 January.
    whole_years: bool,
    /// Smallest and largest present value, alternatives included.
    extent: Option<(f64, f64)>,
    /// For bare columns, the indices of the first lowest and the last highest present value.
    extremes_at: Option<(usize, usize)>,
}

impl Series {
    /// A sourced series from its points (ascending by date): x is each date's middle.
    pub fn from_points(id: String, name: String, color: Rgb, points: Vec<Point>) -> Series {
        let x: Column = Rc::new(points.iter().map(|p| p.date.to_year_fraction()).collect());
        let y: Column = Rc::new(points.iter().map(|p| p.value.unwrap_or(f64::NAN)).collect());
        let alternatives = points.iter().flat_map(|p| p.alternatives.iter().map(|a| a.value));
        let extent = extent(y.iter().copied().filter(|v| !v.is_nan()).chain(alternatives));
        Series::assemble((id, name, color), (x, y), points, false, extent, None)
    }

    /// A series of bare numeric columns: `x` ascending fractional years (`whole_years` when every
    /// one is a whole number), `y` finite or NaN (a gap), validated by the caller; beyond the
    /// shorter column nothing is kept. One pass over `y`, for its extent and where it lies.
    pub fn from_columns(
        id: String,
        name: String,
        color: Rgb,
        x: Column,
        y: Column,
        whole_years: bool,
    ) -> Series {
        let n = x.len().min(y.len());
        let (x, y) = (trimmed(x, n), trimmed(y, n));
        let extremes_at = extremes_at(&y);
        let extent = extremes_at.map(|(lo, hi)| (y[lo], y[hi]));
        Series::assemble(
            (id, name, color),
            (x, y),
            Vec::new(),
            whole_years,
            extent,
            extremes_at,
        )
    }

    /// A series with no breaks and no part-year points yet, drawn solid.
    fn assemble(
        (id, name, color): (String, String, Rgb),
        (x, y): (Column, Column),
        details: Vec<Point>,
        whole_years: bool,
        extent: Option<(f64, f64)>,
        extremes_at: Option<(usize, usize)>,
    ) -> Series {
        Series {
            id,
            name,
            color,
            dashed: false,
            breaks: Vec::new(),
            partial: Vec::new(),
            x,
            y,
            details,
            whole_years,
            extent,
            extremes_at,
        }
    }

    /// How many points.
    pub fn len(&self) -> usize {
        self.x.len()
    }

    /// Whether it has no points.
    pub fn is_empty(&self) -> bool {
        self.x.is_empty()
    }

    /// x of every point, in fractional years, ascending.
    pub fn xs(&self) -> &[f64] {
        &self.x
    }

    /// y of every point; NaN is a gap.
    pub fn ys(&self) -> &[f64] {
        &self.y
    }

    /// Both columns as shared: the same data is the same allocation, which a cache of what was
    /// computed from them can recognise.
    pub fn columns(&self) -> (&Column, &Column) {
        (&self.x, &self.y)
    }

    /// The sourced details of every point; empty for bare numeric columns.
    pub fn details(&self) -> &[Point] {
        &self.details
    }

    /// The value of point `i`, or `None` for a gap (or past the end).
    pub fn value(&self, i: usize) -> Option<f64> {
        self.y.get(i).copied().filter(|v| !v.is_nan())
    }

    /// The date of point `i`: the sources' date, or the day (the year, for whole years) its x
    /// falls in.
    pub fn date(&self, i: usize) -> Option<Date> {
        match self.details.get(i) {
            Some(p) => Some(p.date),
            None if self.details.is_empty() => Date::containing(*self.x.get(i)?, self.whole_years),
            None => None,
        }
    }

    /// Point `i`, if there is one.
    pub fn point(&self, i: usize) -> Option<PointRef<'_>> {
        (i < self.len()).then_some(PointRef {
            series: self,
            index: i,
        })
    }

    /// Every point, in order.
    pub fn points(&self) -> impl DoubleEndedIterator<Item = PointRef<'_>> + ExactSizeIterator + Clone {
        (0..self.len()).map(move |index| PointRef { series: self, index })
    }

    /// Whether a break in what the series measures lies between `a` and `b` (`a` before `b`):
    /// the two values cannot be compared.
    pub fn breaks_between(&self, a: &Date, b: &Date) -> bool {
        self.breaks.iter().any(|d| a < d && d <= b)
    }

    /// Smallest and largest present value, alternatives included, if any (kept from the start).
    pub fn value_extent(&self) -> Option<(f64, f64)> {
        self.extent
    }

    /// For bare columns, the indices of the first lowest and the last highest present value
    /// (kept from the start); `None` for sourced series, whose alternatives count too.
    pub fn extremes_at(&self) -> Option<(usize, usize)> {
        self.extremes_at
    }

    /// The index of the point at exactly `date` (binary search).
    pub fn index_at(&self, date: &Date) -> Option<usize> {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.date(mid).is_some_and(|d| d < *date) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        (self.date(lo) == Some(*date)).then_some(lo)
    }

    /// The point at exactly `date`.
    pub fn point_at(&self, date: &Date) -> Option<PointRef<'_>> {
        self.point(self.index_at(date)?)
    }

    /// Sum of present values whose year lies in `from_year..=to_year` (a point's year is the
    /// whole part of its x, a dated point's x being inside its period).
    pub fn sum_years(&self, from_year: i32, to_year: i32) -> f64 {
        let years = f64::from(from_year)..f64::from(to_year) + 1.0;
        let values = self.x.iter().zip(self.y.iter());
        values
            .filter(|(x, y)| years.contains(*x) && !y.is_nan())
            .map(|(_, y)| y)
            .sum()
    }
}

/// The first `n` values of `column`, shared when that is all of it.
fn trimmed(column: Column, n: usize) -> Column {
    if column.len() == n {
        column
    } else {
        Rc::new(column[..n].to_vec())
    }
}

/// The indices of the first lowest and the last highest present (not NaN) value of `ys`: two
/// comparisons per value, in which NaN takes no part, over blocks of [`BLOCK`] values.
fn extremes_at(ys: &[f64]) -> Option<(usize, usize)> {
    let mut found = Extremes {
        lo: f64::INFINITY,
        hi: f64::NEG_INFINITY,
        lo_at: usize::MAX,
        hi_at: usize::MAX,
    };
    for (k, block) in ys.chunks(BLOCK).enumerate() {
        extremes_in(block, k * BLOCK, &mut found);
    }
    // Every present value is at least −∞, so none were present if no highest was found; one
    // highest but no lowest means every present value is +∞, the first of them the lowest.
    if found.hi_at == usize::MAX {
        return None;
    }
    if found.lo_at == usize::MAX {
        found.lo_at = ys.iter().position(|v| !v.is_nan())?;
    }
    Some((found.lo_at, found.hi_at))
}

/// Values a long loop reads per call. The browser first runs WebAssembly in baseline code and
/// optimises a function that has run long for its next call: a million points read in one call
/// would all be read in baseline code, in blocks most are read optimised.
pub const BLOCK: usize = 1 << 15;

/// The lowest and highest value so far, and where they are.
struct Extremes {
    lo: f64,
    hi: f64,
    lo_at: usize,
    hi_at: usize,
}

/// Takes the values of `block` (which starts at index `offset`) into `found`. Never inlined:
/// the browser optimises this small function, not its callers.
#[inline(never)]
fn extremes_in(block: &[f64], offset: usize, found: &mut Extremes) {
    let (mut lo, mut hi, mut lo_at, mut hi_at) = (found.lo, found.hi, found.lo_at, found.hi_at);
    for (i, &v) in (offset..).zip(block) {
        if v < lo {
            (lo, lo_at) = (v, i);
        }
        if v >= hi {
            (hi, hi_at) = (v, i);
        }
    }
    *found = Extremes { lo, hi, lo_at, hi_at };
}

/// Min and max of an iterator of numbers, none of them NaN. Compared, not `f64::min`/`max`, whose
/// NaN rule makes them calls in WebAssembly: a million-point column passes through here.
pub fn extent(values: impl Iterator<Item = f64>) -> Option<(f64, f64)> {
    values.fold(None, |acc, v| match acc {
        None => Some((v, v)),
        Some((lo, hi)) => Some((if v < lo { v } else { lo }, if v > hi { v } else { hi })),
    })
}
