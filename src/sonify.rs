//! Sonification: the shown series played as pitch over time, one series after another, each
//! point a short tone whose pitch rises with the value (220–880 Hz, two octaves, linear in the
//! value from zero), a gap a silence, and every point's year spoken through the live region as it
//! sounds. Pure: it makes the score; the page plays it with Web Audio.

use crate::format::{human_date, thousands};
use crate::i18n::word;
use crate::layout::{shown_series, View, XDomain};
use crate::spec::Chart;

/// Length of one point's tone, and of the pause between series, in ms.
pub const STEP_MS: f64 = 220.0;

/// One step of the score.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// When it starts, from the start of playback.
    pub at_ms: f64,
    /// How long it sounds.
    pub duration_ms: f64,
    /// Pitch; 0 for a gap (silence).
    pub frequency_hz: f64,
    /// What the live region says as it sounds (`Arrests, 1937: 936,750`).
    pub label: String,
}

/// The score for the shown series within `domain` (everything when `None`).
pub fn score(chart: &Chart, view: &View, domain: Option<XDomain>) -> Vec<Note> {
    let lang = chart.lang;
    let shown: Vec<&crate::dataset::Series> = shown_series(chart, view).map(|(_, s)| s).collect();
    let max = shown
        .iter()
        .filter_map(|s| s.value_extent())
        .map(|(_, hi)| hi)
        .fold(0.0, f64::max);
    let mut notes = Vec::new();
    let mut t = 0.0;
    for s in shown {
        for p in s
            .points()
            .filter(|p| domain.is_none_or(|d| d.contains(chart.kind, &p.date())))
        {
            let frequency_hz = match p.value() {
                Some(v) if max > 0.0 => 220.0 + 660.0 * (v / max).clamp(0.0, 1.0),
                Some(_) => 220.0,
                None => 0.0,
            };
            let value = p
                .value()
                .map_or_else(|| word("no-data", lang).to_string(), |v| thousands(v, lang));
            let label = format!("{}, {}: {value}", s.name, human_date(&p.date(), lang));
            notes.push(Note {
                at_ms: t,
                duration_ms: STEP_MS * 0.8,
                frequency_hz,
                label,
            });
            t += STEP_MS;
        }
        t += STEP_MS * 2.0;
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn score_rises_to_1937_and_is_silent_in_gaps() {
        let chart = Chart::builtin("repression", Lang::EN).unwrap();
        let view = View {
            hidden: vec!["convictions".into(), "death-sentences".into()],
            ..View::default()
        };
        let notes = score(&chart, &view, None);
        assert_eq!(notes.len(), 33);
        let highest = notes
            .iter()
            .max_by(|a, b| a.frequency_hz.total_cmp(&b.frequency_hz))
            .unwrap();
        assert_eq!(highest.label, "Arrests by the security organs, 1937: 936,750");
        assert_eq!(highest.frequency_hz, 880.0);
        assert_eq!(notes[0].frequency_hz, 0.0, "1921 has no arrest figure");
        let zoomed = score(
            &chart,
            &view,
            Some(XDomain {
                lo: 1936.0,
                hi: 1940.0,
            }),
        );
        assert_eq!(zoomed.len(), 4);
    }
}
