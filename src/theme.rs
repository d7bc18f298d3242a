//! Colours of everything that is not a series: background, text, grid, axes. Pure data.

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
    };
}
