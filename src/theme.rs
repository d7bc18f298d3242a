//! Colours of everything that is not a series: background, text, grid, axes, verdicts. Pure data.

use crate::claims::Verdict;
use crate::color::Rgb;

/// A colour scheme for the chart's furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Canvas background.
    pub background: Rgb,
    /// Title, legend and tick labels (≥ 4.5:1 on the background).
    pub text: Rgb,
    /// Axis titles and the sources line (still ≥ 4.5:1).
    pub muted_text: Rgb,
    /// Horizontal grid lines (decorative, deliberately faint).
    pub grid: Rgb,
    /// Axis baselines and ticks (≥ 3:1).
    pub axis: Rgb,
    /// CSS font family for every text.
    pub font_family: &'static str,
    /// Verdict colours: supported, overstated, understated, not supported (each ≥ 3:1).
    pub verdicts: [Rgb; 4],
}

impl Theme {
    /// Dark text on white.
    pub const LIGHT: Theme = Theme {
        background: Rgb(0xff, 0xff, 0xff),
        text: Rgb(0x1a, 0x1a, 0x1a),
        muted_text: Rgb(0x55, 0x55, 0x55),
        grid: Rgb(0xe3, 0xe3, 0xe3),
        axis: Rgb(0x6b, 0x6b, 0x6b),
        font_family: "sans-serif",
        verdicts: [
            Rgb(0x1b, 0x7f, 0x3b),
            Rgb(0xa3, 0x5a, 0x00),
            Rgb(0x3b, 0x5b, 0xa8),
            Rgb(0xb3, 0x26, 0x1e),
        ],
    };

    /// The colour of a verdict.
    pub fn verdict_color(&self, verdict: Verdict) -> Rgb {
        self.verdicts[match verdict {
            Verdict::Supported => 0,
            Verdict::Overstated => 1,
            Verdict::Understated => 2,
            Verdict::NotSupported => 3,
        }]
    }
}
