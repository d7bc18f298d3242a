//! Colours of the chart: background, text, grid, axes, verdicts, and how a series' own colour is
//! adjusted to keep its contrast on this background (WCAG 1.4.11: marks ≥ 3:1; text ≥ 4.5:1).
//! Light, dark and high-contrast themes, and a forced-colours theme built from the system colours
//! the page reads. Pure data and arithmetic.

use crate::claims::Verdict;
use crate::color::Rgb;

/// The font family every theme draws text in (the system's sans-serif), and the one the web
/// layer measures text with.
pub const FONT_FAMILY: &str = "sans-serif";

/// A colour scheme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    /// Canvas background.
    pub background: Rgb,
    /// Title, legend and tick labels (≥ 4.5:1 on the background).
    pub text: Rgb,
    /// Axis titles and the sources line (still ≥ 4.5:1).
    pub muted_text: Rgb,
    /// Horizontal grid lines (decorative, deliberately faint).
    pub grid: Rgb,
    /// Axis baselines, ticks and event markers (≥ 3:1).
    pub axis: Rgb,
    /// CSS font family for every text.
    pub font_family: &'static str,
    /// Verdict colours: supported, overstated, understated, not supported (each ≥ 3:1).
    pub verdicts: [Rgb; 4],
    /// The contrast every series colour is brought to.
    pub mark_contrast: f64,
    /// How strongly a labelled period's band tints the plot (0: not at all). Forced colours draw
    /// no tint: the reader's system palette has none.
    pub band_alpha: f64,
    /// When set, every series is drawn in these colours in turn (forced colours), told apart by
    /// dash and marker rather than hue.
    pub series_override: Option<[Rgb; 2]>,
}

impl Theme {
    /// Dark text on white.
    pub const LIGHT: Theme = Theme {
        background: Rgb(0xff, 0xff, 0xff),
        text: Rgb(0x1a, 0x1a, 0x1a),
        muted_text: Rgb(0x55, 0x55, 0x55),
        grid: Rgb(0xe3, 0xe3, 0xe3),
        axis: Rgb(0x6b, 0x6b, 0x6b),
        font_family: FONT_FAMILY,
        verdicts: [
            Rgb(0x1b, 0x7f, 0x3b),
            Rgb(0xa3, 0x5a, 0x00),
            Rgb(0x3b, 0x5b, 0xa8),
            Rgb(0xb3, 0x26, 0x1e),
        ],
        mark_contrast: 3.0,
        band_alpha: 0.07,
        series_override: None,
    };

    /// Light text on near-black.
    pub const DARK: Theme = Theme {
        background: Rgb(0x14, 0x14, 0x14),
        text: Rgb(0xed, 0xed, 0xed),
        muted_text: Rgb(0xb8, 0xb8, 0xb8),
        grid: Rgb(0x33, 0x33, 0x33),
        axis: Rgb(0x9a, 0x9a, 0x9a),
        font_family: FONT_FAMILY,
        verdicts: [
            Rgb(0x4c, 0xc2, 0x6e),
            Rgb(0xf0, 0xa0, 0x3c),
            Rgb(0x8c, 0xa8, 0xf0),
            Rgb(0xff, 0x7a, 0x70),
        ],
        mark_contrast: 3.0,
        band_alpha: 0.07,
        series_override: None,
    };

    /// Black on white: text at 21:1, marks at 4.5:1 or more, for low vision.
    pub const HIGH_CONTRAST: Theme = Theme {
        background: Rgb(0xff, 0xff, 0xff),
        text: Rgb(0x00, 0x00, 0x00),
        muted_text: Rgb(0x00, 0x00, 0x00),
        grid: Rgb(0xb0, 0xb0, 0xb0),
        axis: Rgb(0x00, 0x00, 0x00),
        font_family: FONT_FAMILY,
        verdicts: [
            Rgb(0x0b, 0x5a, 0x25),
            Rgb(0x7a, 0x40, 0x00),
            Rgb(0x1f, 0x3a, 0x80),
            Rgb(0x8a, 0x10, 0x0a),
        ],
        mark_contrast: 4.5,
        band_alpha: 0.07,
        series_override: None,
    };

    /// A theme by name: `light`, `dark` or `high-contrast`.
    pub fn by_name(name: &str) -> Option<Theme> {
        Theme::resolve(name, false).map(|(_, theme)| theme)
    }

    /// A theme and its name, where `auto` (or no name) follows the reader's colour-scheme
    /// preference (`prefers_dark`).
    pub fn resolve(name: &str, prefers_dark: bool) -> Option<(&'static str, Theme)> {
        match name {
            "auto" | "" if prefers_dark => Some(("dark", Theme::DARK)),
            "auto" | "" => Some(("light", Theme::LIGHT)),
            "light" => Some(("light", Theme::LIGHT)),
            "dark" => Some(("dark", Theme::DARK)),
            "high-contrast" => Some(("high-contrast", Theme::HIGH_CONTRAST)),
            _ => None,
        }
    }

    /// The system's forced colours (Windows high contrast): `canvas` background, `text` for
    /// everything, `highlight` as the second series colour.
    pub fn forced(canvas: Rgb, text: Rgb, highlight: Rgb) -> Theme {
        Theme {
            background: canvas,
            text,
            muted_text: text,
            grid: text.mix(canvas, 0.7),
            axis: text,
            font_family: FONT_FAMILY,
            verdicts: [text, highlight, text, highlight],
            mark_contrast: 3.0,
            band_alpha: 0.0,
            series_override: Some([text, highlight]),
        }
    }

    /// The colour series number `index` is drawn in, given its own colour from the data.
    pub fn series_color(&self, own: Rgb, index: usize) -> Rgb {
        match self.series_override {
            Some(colours) => colours[index % colours.len()],
            // A near-black series means "ink": it takes the theme's text colour.
            None if own.luminance() < 0.02 => self.text,
            None if own.contrast(self.background) >= self.mark_contrast => own,
            None => own.with_contrast(self.background, self.mark_contrast),
        }
    }

    /// The colour of a verdict; a claim these data cannot decide takes the axis colour (no
    /// judgement, still ≥ 3:1).
    pub fn verdict_color(&self, verdict: Verdict) -> Rgb {
        match verdict {
            Verdict::Supported => self.verdicts[0],
            Verdict::Overstated => self.verdicts[1],
            Verdict::Understated => self.verdicts[2],
            Verdict::NotSupported => self.verdicts[3],
            Verdict::Uncheckable => self.axis,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::color::PALETTE;

    #[test]
    fn theme_every_theme_draws_in_the_measured_family() {
        let black = Rgb(0, 0, 0);
        let forced = Theme::forced(Rgb(0xff, 0xff, 0xff), black, black);
        for t in [Theme::LIGHT, Theme::DARK, Theme::HIGH_CONTRAST, forced] {
            assert_eq!(t.font_family, FONT_FAMILY);
        }
    }

    #[test]
    fn theme_auto_follows_the_readers_colour_scheme() {
        assert_eq!(Theme::resolve("auto", true).map(|t| t.0), Some("dark"));
        assert_eq!(Theme::resolve("", false).map(|t| t.0), Some("light"));
        assert_eq!(
            Theme::resolve("high-contrast", true).map(|t| t.0),
            Some("high-contrast")
        );
        assert!(Theme::resolve("sepia", false).is_none());
    }

    #[test]
    fn themes_keep_text_and_marks_readable() {
        for theme in [Theme::LIGHT, Theme::DARK, Theme::HIGH_CONTRAST] {
            assert!(theme.text.contrast(theme.background) >= 4.5);
            assert!(theme.muted_text.contrast(theme.background) >= 4.5);
            assert!(theme.axis.contrast(theme.background) >= 3.0);
            for (i, c) in PALETTE.iter().enumerate() {
                let drawn = theme.series_color(*c, i);
                assert!(
                    drawn.contrast(theme.background) >= theme.mark_contrast,
                    "{c:?} in {theme:?}"
                );
            }
            for v in theme.verdicts {
                assert!(v.contrast(theme.background) >= 3.0, "{v:?}");
            }
        }
        assert_eq!(Theme::by_name("dark"), Some(Theme::DARK));
        assert_eq!(Theme::by_name("neon"), None);
    }
}
