//! Transitions between views: the x domain and the y axis' top move together over at most
//! 250 ms with an ease-out curve; a duration of zero (reduced motion) jumps straight there.

use crate::layout::XDomain;

/// The longest transition, in ms.
pub const MAX_MS: f64 = 250.0;

/// How long a discrete change (zoom key, Reset, legend toggle) moves, in ms.
pub const MOTION_MS: f64 = 200.0;

/// The transition length for a reader: [`MOTION_MS`], or none when they asked for reduced motion.
pub fn motion_ms(reduced_motion: bool) -> f64 {
    if reduced_motion {
        0.0
    } else {
        MOTION_MS
    }
}

/// A move from one (x domain, y top) to another.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Transition {
    from: (XDomain, f64),
    to: (XDomain, f64),
    start_ms: f64,
    duration_ms: f64,
}

impl Transition {
    /// Starts at `now_ms`; `duration_ms` is capped at 250.
    pub fn new(from: (XDomain, f64), to: (XDomain, f64), now_ms: f64, duration_ms: f64) -> Self {
        Transition {
            from,
            to,
            start_ms: now_ms,
            duration_ms: duration_ms.clamp(0.0, MAX_MS),
        }
    }

    /// The x domain and y top at `now_ms`, and whether the transition has ended.
    pub fn at(&self, now_ms: f64) -> (XDomain, f64, bool) {
        let t = if self.duration_ms <= 0.0 {
            1.0
        } else {
            ((now_ms - self.start_ms) / self.duration_ms).clamp(0.0, 1.0)
        };
        let e = 1.0 - (1.0 - t).powi(3);
        let mix = |a: f64, b: f64| a + (b - a) * e;
        let ((fd, fy), (td, ty)) = (self.from, self.to);
        let d = XDomain {
            lo: mix(fd.lo, td.lo),
            hi: mix(fd.hi, td.hi),
        };
        (d, mix(fy, ty), t >= 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transition_eases_to_its_end_within_250_ms() {
        let a = (
            XDomain {
                lo: 1921.0,
                hi: 1954.0,
            },
            1_000_000.0,
        );
        let b = (
            XDomain {
                lo: 1936.0,
                hi: 1940.0,
            },
            1_000_000.0,
        );
        let tr = Transition::new(a, b, 1000.0, 900.0);
        let (d0, _, done0) = tr.at(1000.0);
        assert_eq!((d0.lo, done0), (1921.0, false));
        let (mid, _, _) = tr.at(1125.0);
        assert!(
            mid.lo > 1921.0 + (1936.0 - 1921.0) / 2.0,
            "ease-out is past halfway at half time"
        );
        let (end, _, done) = tr.at(1250.0);
        assert_eq!((end.lo, end.hi, done), (1936.0, 1940.0, true));
        let instant = Transition::new(a, b, 0.0, 0.0);
        assert!(instant.at(0.0).2);
    }

    #[test]
    fn transition_motion_is_brief_and_none_when_reduced() {
        assert_eq!(motion_ms(true), 0.0);
        assert!(motion_ms(false) > 0.0 && motion_ms(false) <= MAX_MS);
        assert_eq!(motion_ms(false), 200.0, "the documented 200 ms");
    }
}
