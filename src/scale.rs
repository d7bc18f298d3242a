//! Value↔pixel mappings and nice tick values. Pure arithmetic: no plotters, no web types.

use crate::error::{ChartError, Result};

/// Maps a data interval linearly onto a pixel interval (reversed for canvas y).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearScale {
    domain: (f64, f64),
    range_px: (f64, f64),
}

impl LinearScale {
    /// Fails if the domain is empty or not finite.
    pub fn new(domain: (f64, f64), range_px: (f64, f64)) -> Result<Self> {
        let (d0, d1) = domain;
        if !(d0.is_finite() && d1.is_finite()) || d0 == d1 {
            return Err(ChartError::invalid("domain", format!("{d0}..{d1}")));
        }
        Ok(Self { domain, range_px })
    }

    /// The data interval.
    pub fn domain(&self) -> (f64, f64) {
        self.domain
    }

    /// The pixel interval.
    pub fn range_px(&self) -> (f64, f64) {
        self.range_px
    }

    /// Data value → pixel.
    pub fn value_to_px(&self, value: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range_px;
        r0 + (value - d0) / (d1 - d0) * (r1 - r0)
    }

    /// Pixel → data value.
    pub fn px_to_value(&self, px: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range_px;
        if r1 == r0 {
            return d0;
        }
        d0 + (px - r0) / (r1 - r0) * (d1 - d0)
    }
}

/// A step of 1, 2 or 5 × 10ⁿ giving close to `target_count` intervals over `span`.
pub fn nice_step(span: f64, target_count: usize) -> f64 {
    let raw = span.abs() / target_count.max(1) as f64;
    if !(raw.is_finite() && raw > 0.0) {
        return 1.0;
    }
    let magnitude = 10f64.powf(raw.log10().floor());
    let residual = raw / magnitude;
    // Nearest of 1, 2, 5, 10 (geometric midpoints), so the count stays close to the target.
    let nice = if residual < 1.42 {
        1.0
    } else if residual < 3.17 {
        2.0
    } else if residual < 7.08 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

/// Multiples of `step` within `[lo, hi]` (tolerant of rounding at both ends).
pub fn ticks_in(lo: f64, hi: f64, step: f64) -> Vec<f64> {
    if !(step > 0.0 && lo.is_finite() && hi.is_finite()) || hi < lo {
        return Vec::new();
    }
    let first = (lo / step - 1e-9).ceil() as i64;
    let last = (hi / step + 1e-9).floor() as i64;
    (first..=last).map(|i| i as f64 * step).collect()
}

/// A zero-based domain for counts, rounded up to a nice step, and its ticks.
pub fn zero_based_ticks(max_value: f64, target_count: usize) -> (f64, Vec<f64>) {
    let max = if max_value > 0.0 { max_value } else { 1.0 };
    let step = nice_step(max, target_count);
    let top = (max / step).ceil() * step;
    (top, ticks_in(0.0, top, step))
}

/// Evenly spaced bands, one per whole year from `first_year` to `last_year`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BandScale {
    first_year: i32,
    count: usize,
    range_px: (f64, f64),
}

impl BandScale {
    /// Fails when the years are reversed.
    pub fn new(first_year: i32, last_year: i32, range_px: (f64, f64)) -> Result<Self> {
        if last_year < first_year {
            return Err(ChartError::invalid("years", format!("{first_year}..{last_year}")));
        }
        Ok(Self {
            first_year,
            count: (last_year - first_year + 1) as usize,
            range_px,
        })
    }

    /// Width of one band in pixels.
    pub fn band_width_px(&self) -> f64 {
        (self.range_px.1 - self.range_px.0) / self.count as f64
    }

    /// Left edge of the band of `year`, or `None` outside the scale.
    pub fn year_to_px(&self, year: i32) -> Option<f64> {
        let i = year.checked_sub(self.first_year)?;
        if i < 0 || i as usize >= self.count {
            return None;
        }
        Some(self.range_px.0 + f64::from(i) * self.band_width_px())
    }

    /// The year whose band holds `px`.
    pub fn px_to_year(&self, px: f64) -> Option<i32> {
        let i = ((px - self.range_px.0) / self.band_width_px()).floor();
        (i >= 0.0 && (i as usize) < self.count).then(|| self.first_year + i as i32)
    }

    /// First and last year.
    pub fn years(&self) -> (i32, i32) {
        (self.first_year, self.first_year + self.count as i32 - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linear_scale_maps_both_ways_reversed() {
        let s = LinearScale::new((0.0, 1000.0), (400.0, 0.0)).unwrap();
        assert_eq!(s.value_to_px(250.0), 300.0);
        assert_eq!(s.px_to_value(300.0), 250.0);
    }

    #[test]
    fn linear_scale_rejects_empty_domain() {
        let e = LinearScale::new((3.0, 3.0), (0.0, 1.0)).unwrap_err();
        assert_eq!(e.to_string(), "invalid domain: 3..3");
        assert!(LinearScale::new((f64::NAN, 1.0), (0.0, 1.0)).is_err());
    }

    #[test]
    fn nice_ticks_cover_repression_counts() {
        let (top, ticks) = zero_based_ticks(936_750.0, 5);
        assert_eq!(top, 1_000_000.0);
        assert_eq!(
            ticks,
            vec![0.0, 200_000.0, 400_000.0, 600_000.0, 800_000.0, 1_000_000.0]
        );
        assert_eq!(nice_step(22.0, 5), 5.0);
        assert_eq!(
            ticks_in(1917.2, 1939.5, 5.0),
            vec![1920.0, 1925.0, 1930.0, 1935.0]
        );
    }

    #[test]
    fn band_scale_finds_years() {
        let b = BandScale::new(1921, 1953, (0.0, 330.0)).unwrap();
        assert_eq!(b.band_width_px(), 10.0);
        assert_eq!(b.year_to_px(1937), Some(160.0));
        assert_eq!(b.px_to_year(165.0), Some(1937));
        assert_eq!(b.year_to_px(1960), None);
        assert_eq!(b.px_to_year(-1.0), None);
    }
}
