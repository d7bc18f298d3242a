//! Decimation for dense series, as uPlot does it: when a series has more points on screen than
//! the plot has pixel columns, each column keeps only its first, lowest, highest and last point,
//! in order. The drawn line is then the same to the pixel, and drawing costs a few thousand
//! vertices whatever the data's size. Gaps still break the line. One tight pass over the `f64`
//! columns: no per-point structs, dates or allocation; and none at all when the view and the
//! plot's width are those of the last pass over the same columns (an unchanged redraw).

use crate::dataset::{Column, BLOCK};
use std::cell::RefCell;
use std::ops::Range;
use std::rc::{Rc, Weak};

/// Points per pixel column above which a series is decimated (and drawn without markers).
pub const DENSE_PER_PX: f64 = 1.0;

/// Indices of the points in `range` to draw at `px_per_year` (column = ⌊(x − t0) · px_per_year⌋),
/// keeping per pixel column the first, lowest, highest and last present point, ascending; `None`
/// marks a gap (a NaN y; a run of gaps gives one `None`). Read in blocks of [`BLOCK`] points, so
/// the browser reads most of a long series optimised.
pub fn m4(xs: &[f64], ys: &[f64], range: Range<usize>, t0: f64, px_per_year: f64) -> Vec<Option<usize>> {
    let n = xs.len().min(ys.len());
    let range = range.start.min(n)..range.end.min(n);
    let mut decimation = Decimation {
        out: Vec::with_capacity(1024),
        at: f64::NAN,
        kept: [0; 4],
        lo: 0.0,
        hi: 0.0,
    };
    let mut start = range.start;
    while start < range.end {
        let end = (start + BLOCK).min(range.end);
        decimation.read(&xs[start..end], &ys[start..end], start, (t0, px_per_year));
        start = end;
    }
    decimation.close();
    decimation.out
}

/// What [`m4`] has kept, and its open column: where it is (NaN: none), its first, lowest, highest
/// and last point, and the lowest and highest values, kept here rather than read again.
struct Decimation {
    out: Vec<Option<usize>>,
    at: f64,
    kept: [usize; 4],
    lo: f64,
    hi: f64,
}

impl Decimation {
    /// Reads a block of points, the first of which is point `offset`. Never inlined: the browser
    /// optimises this small function, not the whole layout.
    #[inline(never)]
    fn read(&mut self, xs: &[f64], ys: &[f64], offset: usize, (t0, px_per_year): (f64, f64)) {
        let (mut at, mut kept, mut lo, mut hi) = (self.at, self.kept, self.lo, self.hi);
        for (i, (&x, &y)) in (offset..).zip(xs.iter().zip(ys)) {
            if y.is_nan() {
                if !at.is_nan() {
                    flush(&mut self.out, kept);
                    at = f64::NAN;
                }
                if self.out.last() != Some(&None) {
                    self.out.push(None);
                }
                continue;
            }
            let here = ((x - t0) * px_per_year).floor();
            if here == at {
                if y < lo {
                    (lo, kept[1]) = (y, i);
                }
                if y > hi {
                    (hi, kept[2]) = (y, i);
                }
                kept[3] = i;
            } else {
                if !at.is_nan() {
                    flush(&mut self.out, kept);
                }
                (at, kept, lo, hi) = (here, [i; 4], y, y);
            }
        }
        (self.at, self.kept, self.lo, self.hi) = (at, kept, lo, hi);
    }

    /// Keeps the open column's points, if one is open.
    fn close(&mut self) {
        if !self.at.is_nan() {
            flush(&mut self.out, self.kept);
            self.at = f64::NAN;
        }
    }
}

/// The last decimations made: of which columns (held weakly, so a cache never keeps data alive,
/// and an allocation it names cannot be reused by other data while it names it), over which
/// points and which pixel grid.
struct Kept {
    x: Weak<Vec<f64>>,
    y: Weak<Vec<f64>>,
    range: Range<usize>,
    grid: (u64, u64),
    kept: Rc<Vec<Option<usize>>>,
}

/// How many decimations are kept: a few charts of a few series each.
const KEPT: usize = 16;

thread_local! {
    static CACHE: RefCell<Vec<Kept>> = const { RefCell::new(Vec::new()) };
}

/// [`m4`] of these columns, reused when the same columns, points and pixel grid were decimated
/// last time: a redraw of an unchanged view reads none of the points again.
pub fn m4_kept(
    x: &Column,
    y: &Column,
    range: Range<usize>,
    t0: f64,
    px_per_year: f64,
) -> Rc<Vec<Option<usize>>> {
    let grid = (t0.to_bits(), px_per_year.to_bits());
    let of_y = |k: &Kept| std::ptr::eq(k.y.as_ptr(), Rc::as_ptr(y));
    let of_x = |k: &Kept| std::ptr::eq(k.x.as_ptr(), Rc::as_ptr(x));
    CACHE.with(|c| {
        let mut cache = c.borrow_mut();
        if let Some(k) = cache
            .iter()
            .find(|k| of_y(k) && of_x(k) && k.range == range && k.grid == grid)
        {
            return Rc::clone(&k.kept);
        }
        let kept = Rc::new(m4(x, y, range.clone(), t0, px_per_year));
        // The data gone, or this series' older view: replaced, never piled up.
        cache.retain(|k| k.y.strong_count() > 0 && !of_y(k));
        if cache.len() >= KEPT {
            cache.clear();
        }
        cache.push(Kept {
            x: Rc::downgrade(x),
            y: Rc::downgrade(y),
            range,
            grid,
            kept: Rc::clone(&kept),
        });
        kept
    })
}

/// Pushes a column's first, lowest, highest and last point in index order, each once.
fn flush(out: &mut Vec<Option<usize>>, [first, lo, hi, last]: [usize; 4]) {
    let (a, b) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    let mut previous = None;
    for i in [first, a, b, last] {
        if previous != Some(i) {
            out.push(Some(i));
            previous = Some(i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A year of daily values from a fixed pseudo-random walk.
    fn year_of_days() -> (Vec<f64>, Vec<f64>) {
        let xs: Vec<f64> = (0..365).map(|i| 1920.0 + (f64::from(i) + 0.5) / 365.0).collect();
        let ys: Vec<f64> = (0..365).map(|i| f64::from((i * 37 + 13) % 101)).collect();
        (xs, ys)
    }

    #[test]
    fn m4_keeps_first_min_max_last_per_column_and_gaps() {
        let (xs, ys) = year_of_days();
        // The whole year in one pixel column: four points survive, in order.
        let kept = m4(&xs, &ys, 0..365, 1920.0, 1.0);
        // Computed here: value 0 at i·37 + 13 ≡ 0 (mod 101), value 100 at ≡ 100.
        let at = |v: usize| (0..365).find(|&i| (i * 37 + 13) % 101 == v).unwrap();
        let mut expected = vec![0, at(0), at(100), 364];
        expected.sort_unstable();
        assert_eq!(kept, expected.into_iter().map(Some).collect::<Vec<_>>());
        let mut with_gap = ys.clone();
        with_gap[200] = f64::NAN;
        with_gap[201] = f64::NAN;
        let kept = m4(&xs, &with_gap, 0..365, 1920.0, 1.0);
        assert_eq!(
            kept.iter().filter(|k| k.is_none()).count(),
            1,
            "one gap, one break"
        );
        let gap = kept.iter().position(Option::is_none).unwrap();
        assert!(kept[..gap].iter().flatten().all(|&i| i < 200));
        assert!(kept[gap + 1..].iter().flatten().all(|&i| i > 201));
        assert_eq!(
            kept[gap + 1],
            Some(202),
            "the first point after the gap starts a column"
        );
    }

    #[test]
    fn m4_kept_reuses_an_unchanged_view_and_only_that() {
        let (xs, ys) = year_of_days();
        let (x, y) = (Rc::new(xs), Rc::new(ys));
        let first = m4_kept(&x, &y, 0..365, 1920.0, 12.0);
        assert_eq!(&first[..], &m4(&x, &y, 0..365, 1920.0, 12.0)[..]);
        let again = m4_kept(&x, &y, 0..365, 1920.0, 12.0);
        assert!(Rc::ptr_eq(&first, &again), "the same view reads no point again");
        let wider = m4_kept(&x, &y, 0..365, 1920.0, 24.0);
        assert!(
            !Rc::ptr_eq(&first, &wider),
            "another pixel grid is decimated afresh"
        );
        assert!(wider.len() > first.len());
        let part = m4_kept(&x, &y, 0..100, 1920.0, 24.0);
        assert!(part.iter().flatten().all(|&i| i < 100), "another range too");
        // The same numbers in new columns (new data) are new data.
        let (x2, y2) = (Rc::new(x.to_vec()), Rc::new(y.to_vec()));
        let fresh = m4_kept(&x2, &y2, 0..100, 1920.0, 24.0);
        assert!(!Rc::ptr_eq(&part, &fresh));
        assert_eq!(&part[..], &fresh[..]);
    }

    #[test]
    fn m4_reads_columns_across_blocks_as_one() {
        // Three blocks of points, ~700 to a pixel column, so columns straddle the blocks' edges.
        let n = 3 * BLOCK;
        let xs: Vec<f64> = (0..n).map(|i| 1000.0 + i as f64 / 1000.0).collect();
        let ys: Vec<f64> = (0..n).map(|i| ((i * 7919) % 1009) as f64).collect();
        let px_per_year = 1000.0 / 700.0;
        // Worked out here, column by column: first, first lowest, first highest, last.
        let mut expected = Vec::new();
        let mut i = 0;
        while i < n {
            let column = ((xs[i] - 1000.0) * px_per_year).floor();
            let mut members = vec![i];
            while i + 1 < n && ((xs[i + 1] - 1000.0) * px_per_year).floor() == column {
                i += 1;
                members.push(i);
            }
            let lowest = members
                .iter()
                .copied()
                .reduce(|a, b| if ys[b] < ys[a] { b } else { a });
            let highest = members
                .iter()
                .copied()
                .reduce(|a, b| if ys[b] > ys[a] { b } else { a });
            let mut picks = vec![members[0], lowest.unwrap(), highest.unwrap(), i];
            picks.sort_unstable();
            picks.dedup();
            expected.extend(picks.into_iter().map(Some));
            i += 1;
        }
        assert_eq!(m4(&xs, &ys, 0..n, 1000.0, px_per_year), expected);
    }

    #[test]
    fn m4_columns_hold_their_extremes() {
        let (xs, ys) = year_of_days();
        // 12 px for the year: each column is about a month; its lowest and highest survive.
        let px_per_year = 12.0;
        let kept: Vec<usize> = m4(&xs, &ys, 0..365, 1920.0, px_per_year)
            .into_iter()
            .flatten()
            .collect();
        assert!(kept.windows(2).all(|w| w[0] < w[1]), "ascending, each once");
        for column in 0..12 {
            let members: Vec<usize> = (0..365)
                .filter(|&i| ((xs[i] - 1920.0) * px_per_year).floor() as i64 == column)
                .collect();
            let kept_here: Vec<usize> = kept.iter().copied().filter(|i| members.contains(i)).collect();
            let (lo, hi) = members.iter().fold((f64::MAX, f64::MIN), |(lo, hi), &i| {
                (lo.min(ys[i]), hi.max(ys[i]))
            });
            assert_eq!(kept_here.first(), members.first(), "column {column} starts");
            assert_eq!(kept_here.last(), members.last(), "column {column} ends");
            assert!(kept_here.iter().any(|&i| ys[i] == lo) && kept_here.iter().any(|&i| ys[i] == hi));
            assert!(kept_here.len() <= 4);
        }
        // Only the range asked for is read.
        let part = m4(&xs, &ys, 100..120, 1920.0, 1.0);
        assert_eq!(part.first(), Some(&Some(100)));
        assert_eq!(part.last(), Some(&Some(119)));
    }
}
