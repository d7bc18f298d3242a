//! The story the kiosk tells, in steps a visitor moves through with Next and Back and the attract
//! loop plays in the same order: each step a chart, one of its story views (`views` in the data),
//! the labelled period it puts forward (`periods`), the date the cursor marks, and a caption (the
//! period's name from the chart's words, then one sentence from the UI words).

use crate::i18n::word;
use crate::lang::Lang;

/// One step of the story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// Built-in chart id.
    pub chart: &'static str,
    /// The chart's story view shown.
    pub view: &'static str,
    /// The labelled period highlighted.
    pub period: &'static str,
    /// The date the cursor marks.
    pub cursor: &'static str,
    /// Key of the caption's sentence in the UI words.
    pub caption: &'static str,
}

const fn step(
    chart: &'static str,
    view: &'static str,
    period: &'static str,
    cursor: &'static str,
    caption: &'static str,
) -> Step {
    Step {
        chart,
        view,
        period,
        cursor,
        caption,
    }
}

/// From the 1921 purge to the Great Terror, in order.
pub const STEPS: [Step; 6] = [
    step(
        "party-membership",
        "lenin-purges",
        "purge-1921",
        "1921-03",
        "attract-1921",
    ),
    step(
        "party-membership",
        "lenin-purges",
        "lenin-enrolment",
        "1924-01-01",
        "attract-1924",
    ),
    step(
        "party-membership",
        "purges-1930s",
        "purge-1933",
        "1933-01-01",
        "attract-1933",
    ),
    step(
        "repression",
        "great-terror",
        "great-terror",
        "1937",
        "attract-1937",
    ),
    step(
        "repression",
        "great-terror",
        "great-terror",
        "1938",
        "attract-1938",
    ),
    step(
        "gulag",
        "great-terror",
        "great-terror",
        "1937-01-01",
        "attract-gulag-1937",
    ),
];

/// The step after `i`, back to the first after the last.
pub fn next(i: usize) -> usize {
    (i + 1) % STEPS.len()
}

/// The step before `i`, to the last from the first.
pub fn back(i: usize) -> usize {
    (i + STEPS.len() - 1) % STEPS.len()
}

/// The first step on `chart` (where a visitor's choice of chart leads).
pub fn first_of(chart: &str) -> Option<usize> {
    STEPS.iter().position(|s| s.chart == chart)
}

/// The caption's sentence for step `i` in `lang` (empty for no step).
pub fn caption(i: usize, lang: Lang) -> &'static str {
    STEPS.get(i).map_or("", |s| word(s.caption, lang))
}

/// `Step 2 of 6` in `lang`, for step `i` (counted from 0).
pub fn position(i: usize, lang: Lang) -> String {
    word("kiosk-step", lang)
        .replace("{n}", &(i + 1).to_string())
        .replace("{total}", &STEPS.len().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::Chart;

    #[test]
    fn story_every_step_names_a_view_and_a_period_of_its_chart() {
        for s in STEPS {
            let chart = Chart::builtin(s.chart, Lang::EN).unwrap();
            assert!(chart.views.iter().any(|v| v.id == s.view), "{s:?}: no such view");
            assert!(
                chart.periods.iter().any(|p| p.id == s.period),
                "{s:?}: no such period"
            );
            let range = crate::layout::XDomain::from_view(&chart, s.view, "", "")
                .unwrap()
                .unwrap();
            let cursor = crate::dataset::Date::parse(s.cursor).unwrap().to_year_fraction();
            assert!(
                range.lo <= cursor && cursor <= range.hi,
                "{s:?}: the cursor is outside the view"
            );
        }
    }

    #[test]
    fn story_steps_go_round_both_ways() {
        assert_eq!(next(0), 1);
        assert_eq!(next(STEPS.len() - 1), 0);
        assert_eq!(back(0), STEPS.len() - 1);
        assert_eq!(first_of("party-membership"), Some(0));
        assert_eq!(first_of("repression").map(|i| STEPS[i].chart), Some("repression"));
        assert_eq!(first_of("nothing"), None);
        assert!((0..STEPS.len()).all(|i| back(next(i)) == i));
        for lang in Lang::all() {
            assert!((0..STEPS.len()).all(|i| !caption(i, lang).is_empty()));
            assert!(position(1, lang).contains('2') && position(1, lang).contains(&STEPS.len().to_string()));
        }
    }
}
