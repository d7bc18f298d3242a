//! One pass over a series for its summary: the extremes, and the largest falls and rise among
//! its monotone runs, found without sorting or allocating, since a million points pass through
//! it inside the first draw. Pure; reads the dataset only.

use crate::dataset::{Point, Series, BLOCK};
use std::cmp::Ordering;

/// A run of consecutive present values moving one way: the indices of its first and last point.
pub(super) type Run = (usize, usize);

/// Whether point `i`'s value may be compared in a sentence: present, counted rather than claimed
/// or estimated (the chart draws those hollow for the same reason), and for a whole period.
fn comparable(s: &Series, i: usize) -> bool {
    let present = s.ys().get(i).is_some_and(|v| !v.is_nan());
    let counted = |p: &Point| !p.status.is_some_and(|st| st.is_uncertain()) && !s.partial.contains(&p.date);
    present && s.details().get(i).is_none_or(counted)
}

/// What one pass over a series finds: its highest (the last of equals) and lowest (the first of
/// equals) comparable value, and, of the longest monotone stretches within stretches of
/// comparable values (a gap, a break, or a claimed or estimated value ends one), the two largest
/// falls and the largest rise, ranked as a stable sort by size would rank them. One pass, no
/// allocation: a summary of a million points reads each once.
#[derive(Default)]
pub(super) struct Scan {
    pub(super) max: Option<usize>,
    pub(super) min: Option<usize>,
    pub(super) falls: Vec<(Run, f64)>,
    pub(super) rises: Vec<(Run, f64)>,
}

impl Scan {
    pub(super) fn of(s: &Series) -> Scan {
        let (ys, mut scan) = (s.ys(), Scan::default());
        // Bare columns have no statuses, part years or breaks: the value alone decides, and
        // the series found its extremes when it was made.
        if s.details().is_empty() && s.breaks.is_empty() {
            (scan.min, scan.max) = s.extremes_at().unzip();
            scan.plain_runs(ys);
            return scan;
        }
        // The open stretch: where its current run starts and that run's first step (-1, 0, 1).
        let (mut open, mut start, mut way) = (false, 0, 0i8);
        for i in 0..ys.len() {
            let here = comparable(s, i);
            let broken = here && i > 0 && {
                let (a, b) = (s.date(i - 1), s.date(i));
                a.zip(b).is_some_and(|(a, b)| s.breaks_between(&a, &b))
            };
            if open && (!here || broken) {
                scan.run(ys, start, i - 1);
                open = false;
            }
            if !here {
                continue;
            }
            scan.extremes(ys, i);
            if !open {
                (open, start, way) = (true, i, 0);
                continue;
            }
            let step = i8::from(ys[i] > ys[i - 1]) - i8::from(ys[i] < ys[i - 1]);
            let first_step = i == start + 1;
            if step == 0 || (!first_step && step != way) {
                scan.run(ys, start, i - 1);
                (start, way) = (i - 1, step);
            } else if first_step {
                way = step;
            }
        }
        if open {
            scan.run(ys, start, ys.len() - 1);
        }
        scan
    }

    /// The runs of bare columns, where only a gap (NaN) ends a stretch: the same rule as above,
    /// walked run by run, since a million points pass through it inside the first draw. From a
    /// run's first step its way is known, and the run goes on while each value passes the one
    /// before it that way (a gap passes no comparison); where it ends, the next run starts. A
    /// flat step is a run of its own, which is never ranked. In blocks of runs starting within
    /// [`BLOCK`] values, so the browser runs most of them optimised.
    fn plain_runs(&mut self, ys: &[f64]) {
        let mut start = 0;
        while start + 1 < ys.len() {
            start = self.runs_from(ys, start, start + BLOCK);
        }
    }

    /// The runs of [`Self::plain_runs`] that start from `start` up to `limit`; where the next
    /// starts. Never inlined: the browser optimises this small function, not the whole summary.
    #[inline(never)]
    fn runs_from(&mut self, ys: &[f64], mut start: usize, limit: usize) -> usize {
        while start + 1 < ys.len() && start < limit {
            let (a, b) = (ys[start], ys[start + 1]);
            let way = if b > a {
                1
            } else if b < a {
                -1
            } else {
                // Flat, or a gap on either side: nothing starts here that could be ranked.
                start += 1;
                continue;
            };
            let mut end = start + 1;
            if way == 1 {
                while end + 1 < ys.len() && ys[end + 1] > ys[end] {
                    end += 1;
                }
            } else {
                while end + 1 < ys.len() && ys[end + 1] < ys[end] {
                    end += 1;
                }
            }
            self.ended(ys, start, end, way);
            start = end;
        }
        start
    }

    /// Ranks the run from `a` to `b`, whose steps all went `way` (-1, 0 or 1).
    #[inline(always)]
    fn ended(&mut self, ys: &[f64], a: usize, b: usize, way: i8) {
        match way {
            -1 => keep(&mut self.falls, (a, b), change(ys, &(a, b)), 2, Ordering::Less),
            1 => keep(&mut self.rises, (a, b), change(ys, &(a, b)), 1, Ordering::Greater),
            _ => {}
        }
    }

    /// Takes point `i` as the highest (the last of equals) or lowest (the first) so far.
    fn extremes(&mut self, ys: &[f64], i: usize) {
        if self.max.is_none_or(|m| ys[i] >= ys[m]) {
            self.max = Some(i);
        }
        if self.min.is_none_or(|m| ys[i] < ys[m]) {
            self.min = Some(i);
        }
    }

    /// Ranks the stretch from `a` to `b` among the falls or rises, if it moved. Inlined: it
    /// runs for every other point of a noisy series.
    #[inline(always)]
    fn run(&mut self, ys: &[f64], a: usize, b: usize) {
        if b > a && ys[b] < ys[a] {
            keep(&mut self.falls, (a, b), change(ys, &(a, b)), 2, Ordering::Less);
        } else if b > a && ys[b] > ys[a] {
            keep(&mut self.rises, (a, b), change(ys, &(a, b)), 1, Ordering::Greater);
        }
    }
}

/// Puts `run` (of `change`) among the `k` best so far, after any as good (`better` is how a
/// better change compares). Inlined: its first line turns most runs of a long series away, and
/// a call for each would cost more than that line.
#[inline(always)]
fn keep(best: &mut Vec<(Run, f64)>, run: Run, change: f64, k: usize, better: Ordering) {
    // Most runs of a long series are small: no better than the last kept, they go at once.
    if let (true, Some(last)) = (best.len() == k, best.last()) {
        if change.total_cmp(&last.1) != better {
            return;
        }
    }
    // In at the end, then up past every one it beats.
    best.push((run, change));
    let mut at = best.len() - 1;
    while at > 0 && change.total_cmp(&best[at - 1].1) == better {
        best.swap(at, at - 1);
        at -= 1;
    }
    best.truncate(k);
}

/// The run's change in percent of its start.
#[inline(always)]
pub(super) fn change(ys: &[f64], run: &Run) -> f64 {
    let (a, b) = (ys[run.0], ys[run.1]);
    if a == 0.0 {
        0.0
    } else {
        (b - a) / a * 100.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::color::Rgb;
    use crate::dataset::Date;
    use std::rc::Rc;

    fn columns(ys: &[f64]) -> Series {
        let x = (0..ys.len()).map(|i| 1900.0 + i as f64).collect();
        Series::from_columns(
            "v".into(),
            "V".into(),
            Rgb(0, 0, 0),
            Rc::new(x),
            Rc::new(ys.to_vec()),
            true,
        )
    }

    #[test]
    fn scan_of_bare_columns_finds_extremes_and_largest_runs() {
        let nan = f64::NAN;
        // Runs, worked out by hand: 10→6 falls 40%; 6→9 rises 50%; the flat step 9→9 ends it;
        // 9→3 falls 66.7%; the gap ends the stretch; 5→1 falls 80%.
        let s = Scan::of(&columns(&[10.0, 8.0, 6.0, 7.0, 9.0, 9.0, 3.0, nan, 5.0, 1.0]));
        assert_eq!((s.max, s.min), (Some(0), Some(9)), "10 first, 1 last");
        let falls: Vec<Run> = s.falls.iter().map(|(r, _)| *r).collect();
        assert_eq!(falls, vec![(8, 9), (5, 6)], "−80% then −66.7%");
        assert_eq!(s.rises.first().map(|(r, _)| *r), Some((2, 4)));
        // Equal extremes: the last highest and the first lowest.
        let tie = Scan::of(&columns(&[2.0, 5.0, 2.0, 5.0]));
        assert_eq!((tie.max, tie.min), (Some(3), Some(0)));
    }

    #[test]
    fn scan_of_bare_columns_agrees_with_the_sourced_path() {
        // A noisy walk with gaps, once as bare columns and once as sourced points of the same
        // years (no statuses, breaks or part years): the same extremes and runs. Long enough to
        // be read in three blocks, with a steep fall planted across the first block's end.
        let mut seed: u64 = 7;
        let mut ys: Vec<f64> = (0..2 * BLOCK + 2000)
            .map(|i| {
                seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
                if i % 97 == 13 {
                    f64::NAN
                } else {
                    (seed % 1000) as f64 + if i % 7 == 0 { 1.0 } else { 500.0 }
                }
            })
            .collect();
        // From 5,000 to 1 (the walk's values are 1 to 1,499): the steepest fall.
        for (i, v) in (BLOCK - 3..).zip([5000.0, 4000.0, 3000.0, 2000.0, 1000.0, 100.0, 1.0]) {
            ys[i] = v;
        }
        let points = ys
            .iter()
            .enumerate()
            .map(|(i, &v)| Point {
                date: Date::year(1000 + i as i32),
                value: (!v.is_nan()).then_some(v),
                status: None,
                source: None,
                note: None,
                alternatives: Vec::new(),
            })
            .collect();
        let sourced = Series::from_points("v".into(), "V".into(), Rgb(0, 0, 0), points);
        let (a, b) = (Scan::of(&columns(&ys)), Scan::of(&sourced));
        assert_eq!((a.max, a.min), (b.max, b.min));
        assert_eq!(a.falls, b.falls);
        assert_eq!(a.rises, b.rises);
        assert_eq!(a.falls.len(), 2);
        assert_eq!(a.falls[0].0, (BLOCK - 3, BLOCK + 3));
    }
}
