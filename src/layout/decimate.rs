//! Decimation for dense series, as uPlot does it: when a series has more points on screen than
//! the plot has pixel columns (many times over), each column keeps only its first, lowest,
//! highest and last point, in order. The drawn line is then the same to the pixel, and drawing
//! costs a few thousand vertices whatever the data's size. Gaps still break the line.

use crate::dataset::Point;

/// Points per pixel column above which a series is decimated (and drawn without markers).
pub const DENSE_PER_PX: f64 = 1.0;

/// Indices of `points[range]` to draw at `px_per_year` (x = (t − t0) · px_per_year), keeping per
/// pixel column the first, min, max and last present point; `None` entries mark gaps.
pub fn m4(points: &[Point], range: std::ops::Range<usize>, t0: f64, px_per_year: f64) -> Vec<Option<usize>> {
    let mut out: Vec<Option<usize>> = Vec::new();
    let mut bucket: Option<(i64, [usize; 4])> = None; // column; first, min, max, last
    let value = |i: usize| points[i].value.unwrap_or(0.0);
    let flush = |out: &mut Vec<Option<usize>>, b: [usize; 4]| {
        let mut idx = b.to_vec();
        idx.sort_unstable();
        idx.dedup();
        out.extend(idx.into_iter().map(Some));
    };
    for i in range {
        if points[i].value.is_none() {
            if let Some((_, b)) = bucket.take() {
                flush(&mut out, b);
            }
            out.push(None);
            continue;
        }
        let column = ((points[i].date.to_year_fraction() - t0) * px_per_year).floor() as i64;
        match &mut bucket {
            Some((c, b)) if *c == column => {
                if value(i) < value(b[1]) {
                    b[1] = i;
                }
                if value(i) > value(b[2]) {
                    b[2] = i;
                }
                b[3] = i;
            }
            _ => {
                if let Some((_, b)) = bucket.take() {
                    flush(&mut out, b);
                }
                bucket = Some((column, [i, i, i, i]));
            }
        }
    }
    if let Some((_, b)) = bucket {
        flush(&mut out, b);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Date;

    fn day(i: usize, v: Option<f64>) -> Point {
        let d = Date::parse(&format!(
            "19{:02}-{:02}-{:02}",
            20 + i / 365,
            (i % 365) / 31 + 1,
            (i % 31).min(27) + 1
        ))
        .unwrap();
        Point {
            date: d,
            value: v,
            status: None,
            source: None,
            note: None,
            alternatives: Vec::new(),
        }
    }

    #[test]
    fn m4_keeps_first_min_max_last_per_column_and_gaps() {
        let points: Vec<Point> = (0..365)
            .map(|i| day(i, Some(((i * 37 + 13) % 101) as f64)))
            .collect();
        // The whole year in one pixel column: four points survive.
        let kept = m4(&points, 0..points.len(), 1920.0, 1.0);
        assert_eq!(kept.len(), 4);
        let values: Vec<f64> = kept.iter().flatten().map(|&i| points[i].value.unwrap()).collect();
        assert!(values.contains(&0.0) && values.contains(&100.0));
        assert_eq!(kept[0], Some(0));
        assert_eq!(kept[3], Some(364));
        let mut with_gap = points.clone();
        with_gap[200].value = None;
        assert_eq!(
            m4(&with_gap, 0..with_gap.len(), 1920.0, 1.0)
                .iter()
                .filter(|k| k.is_none())
                .count(),
            1
        );
    }
}
