//! Colour-vision deficiency simulation, for checking that a palette stays distinguishable:
//! Machado, Oliveira & Fernandes (2009) matrices at full severity, applied in linear RGB, and
//! CIE76 colour difference in CIELAB. Pure arithmetic; used by tests and available to tools.

use crate::color::Rgb;

/// A kind of colour-vision deficiency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deficiency {
    /// Red-blind.
    Protanopia,
    /// Green-blind.
    Deuteranopia,
    /// Blue-blind.
    Tritanopia,
}

const PROTAN: [[f64; 3]; 3] = [
    [0.152_286, 1.052_583, -0.204_868],
    [0.114_503, 0.786_281, 0.099_216],
    [-0.003_882, -0.048_116, 1.051_998],
];
const DEUTAN: [[f64; 3]; 3] = [
    [0.367_322, 0.860_646, -0.227_968],
    [0.280_085, 0.672_501, 0.047_413],
    [-0.011_820, 0.042_940, 0.968_881],
];
const TRITAN: [[f64; 3]; 3] = [
    [1.255_528, -0.076_749, -0.178_779],
    [-0.078_411, 0.930_809, 0.147_602],
    [0.004_733, 0.691_367, 0.303_900],
];

fn to_linear(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.040_45 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

fn to_srgb(c: f64) -> u8 {
    let c = c.clamp(0.0, 1.0);
    let v = if c <= 0.003_130_8 {
        c * 12.92
    } else {
        1.055 * c.powf(1.0 / 2.4) - 0.055
    };
    (v * 255.0).round() as u8
}

/// How `c` looks with `d`.
pub fn simulate(c: Rgb, d: Deficiency) -> Rgb {
    let m = match d {
        Deficiency::Protanopia => PROTAN,
        Deficiency::Deuteranopia => DEUTAN,
        Deficiency::Tritanopia => TRITAN,
    };
    let v = [to_linear(c.0), to_linear(c.1), to_linear(c.2)];
    let row = |r: [f64; 3]| to_srgb(r[0] * v[0] + r[1] * v[1] + r[2] * v[2]);
    Rgb(row(m[0]), row(m[1]), row(m[2]))
}

fn lab(c: Rgb) -> [f64; 3] {
    let (r, g, b) = (to_linear(c.0), to_linear(c.1), to_linear(c.2));
    let x = (0.412_456_4 * r + 0.357_576_1 * g + 0.180_437_5 * b) / 0.950_47;
    let y = 0.212_672_9 * r + 0.715_152_2 * g + 0.072_175 * b;
    let z = (0.019_333_9 * r + 0.119_192 * g + 0.950_304_1 * b) / 1.088_83;
    let f = |t: f64| {
        if t > 0.008_856 {
            t.cbrt()
        } else {
            7.787 * t + 16.0 / 116.0
        }
    };
    let (fx, fy, fz) = (f(x), f(y), f(z));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

/// CIE76 colour difference: about 2.3 is just noticeable; 20 and more reads as different.
pub fn delta_e(a: Rgb, b: Rgb) -> f64 {
    let (p, q) = (lab(a), lab(b));
    ((p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2) + (p[2] - q[2]).powi(2)).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::spec::{Chart, BUILTIN_IDS};
    use crate::theme::Theme;

    #[test]
    fn cvd_simulation_merges_red_and_green_for_deuteranopes() {
        let (red, green) = (Rgb(0xd0, 0x30, 0x30), Rgb(0x30, 0x90, 0x30));
        assert!(delta_e(red, green) > 60.0);
        let (r, g) = (
            simulate(red, Deficiency::Deuteranopia),
            simulate(green, Deficiency::Deuteranopia),
        );
        assert!(delta_e(r, g) < delta_e(red, green) / 2.0, "{r:?} {g:?}");
    }

    #[test]
    fn cvd_every_chart_palette_stays_distinguishable_in_every_theme() {
        for id in BUILTIN_IDS {
            let chart = Chart::builtin(id, Lang::EN).unwrap();
            for theme in [Theme::LIGHT, Theme::DARK, Theme::HIGH_CONTRAST] {
                let colours: Vec<Rgb> = chart
                    .dataset
                    .series
                    .iter()
                    .enumerate()
                    .map(|(i, s)| theme.series_color(s.color, i))
                    .collect();
                for d in [
                    Deficiency::Protanopia,
                    Deficiency::Deuteranopia,
                    Deficiency::Tritanopia,
                ] {
                    for (i, a) in colours.iter().enumerate() {
                        for b in &colours[i + 1..] {
                            let e = delta_e(simulate(*a, d), simulate(*b, d));
                            assert!(
                                e >= 15.0,
                                "{id}: {a:?} vs {b:?} under {d:?} in {:?}: ΔE {e:.1}",
                                theme.background
                            );
                        }
                    }
                }
            }
        }
    }
}
