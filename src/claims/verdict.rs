//! The verdict rule, in one place so it can be read and tested as a table.
//!
//! Let `diff` be the distance between computed and claimed figures, and `tol` the claim's
//! tolerance (percentage points for a change, percent of the claim for a total).
//! - about: `diff ≤ tol` → supported; same sign and smaller but at least half the claim →
//!   overstated; same sign and larger but at most double → understated; otherwise not supported.
//! - more than: at least the claim less `tol` (same sign) → supported; at least half → overstated;
//!   otherwise not supported.

use super::{Bound, Measure};

/// What the data says of a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Within tolerance.
    Supported,
    /// The data goes the same way, but less far.
    Overstated,
    /// The data goes the same way, further.
    Understated,
    /// The data does not bear the claim out.
    NotSupported,
    /// These data cannot decide it (they count something else, or the claim is cut off).
    Uncheckable,
}

impl Verdict {
    /// Lowercase identifier (`not-supported`), for CSS classes and tests.
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Overstated => "overstated",
            Verdict::Understated => "understated",
            Verdict::NotSupported => "not-supported",
            Verdict::Uncheckable => "uncheckable",
        }
    }
}

/// Judges `computed` against `claimed`.
pub fn verdict(computed: f64, claimed: f64, bound: Bound, tolerance: f64, measure: Measure) -> Verdict {
    let tol = match measure {
        Measure::Change => tolerance.abs(),
        Measure::Total => tolerance.abs() / 100.0 * claimed.abs(),
    };
    let same_sign = computed.signum() == claimed.signum();
    let (got, want) = (computed.abs(), claimed.abs());
    match bound {
        Bound::About if (computed - claimed).abs() <= tol => Verdict::Supported,
        Bound::MoreThan if same_sign && got >= want - tol => Verdict::Supported,
        _ if same_sign && got < want && got >= want / 2.0 => Verdict::Overstated,
        Bound::About if same_sign && got > want && got <= want * 2.0 => Verdict::Understated,
        _ => Verdict::NotSupported,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Bound::*;
    use Measure::*;

    #[test]
    fn verdict_table() {
        assert_eq!(verdict(-35.6, -50.0, About, 5.0, Change), Verdict::Overstated);
        assert_eq!(
            verdict(-26.0, -50.0, About, 5.0, Change),
            Verdict::Overstated,
            "half is enough"
        );
        assert_eq!(
            verdict(-24.0, -50.0, About, 5.0, Change),
            Verdict::NotSupported,
            "less than half"
        );
        assert_eq!(verdict(-47.0, -50.0, About, 5.0, Change), Verdict::Supported);
        assert_eq!(verdict(-27.9, -25.0, MoreThan, 2.0, Change), Verdict::Supported);
        assert_eq!(verdict(-20.0, -25.0, MoreThan, 2.0, Change), Verdict::Overstated);
        assert_eq!(verdict(10.0, -50.0, About, 5.0, Change), Verdict::NotSupported);
        assert_eq!(
            verdict(1_575_259.0, 1_600_000.0, About, 5.0, Total),
            Verdict::Supported
        );
        assert_eq!(
            verdict(681_692.0, 700_000.0, About, 5.0, Total),
            Verdict::Supported
        );
        assert_eq!(
            verdict(1_344_923.0, 7_000_000.0, MoreThan, 5.0, Total),
            Verdict::NotSupported
        );
        assert_eq!(
            verdict(3_000_000.0, 2_000_000.0, About, 5.0, Total),
            Verdict::Understated
        );
        assert_eq!(
            verdict(5_000_000.0, 2_000_000.0, About, 5.0, Total),
            Verdict::NotSupported
        );
    }
}
