//! What a reader (and a screen reader) is told about a claim, in their language.

use super::{Claim, Finding, Measure, Verdict};
use crate::format::{human_date, percent, thousands};
use crate::lang::Lang;

/// The texts of one checked claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimText {
    /// The claim's words.
    pub quote: String,
    /// The claimed figure (`−50%`, `about 1,600,000`).
    pub claimed: String,
    /// The computed figure (`−35.6%`).
    pub computed: String,
    /// How it was computed (`732,521 in March 1921 → 472,000 on 1 January 1924`).
    pub basis: String,
    /// The verdict in words.
    pub verdict: String,
    /// One sentence with all of it.
    pub sentence: String,
}

fn verdict_words(v: Verdict, lang: Lang) -> &'static str {
    match (v, lang) {
        (Verdict::Supported, Lang::En) => "supported",
        (Verdict::Overstated, Lang::En) => "overstated",
        (Verdict::Understated, Lang::En) => "understated",
        (Verdict::NotSupported, Lang::En) => "not supported",
        (Verdict::Supported, Lang::Ru) => "подтверждается",
        (Verdict::Overstated, Lang::Ru) => "преувеличено",
        (Verdict::Understated, Lang::Ru) => "преуменьшено",
        (Verdict::NotSupported, Lang::Ru) => "не подтверждается",
    }
}

/// Describes `finding` for `claim` (whose series is called `series_name`) in `lang`.
pub fn describe(claim: &Claim, finding: &Finding, series_name: &str, lang: Lang) -> ClaimText {
    let bound_word = match (claim.bound, lang) {
        (super::Bound::About, Lang::En) => "about ",
        (super::Bound::About, Lang::Ru) => "около ",
        (super::Bound::MoreThan, Lang::En) => "more than ",
        (super::Bound::MoreThan, Lang::Ru) => "более ",
    };
    let (claimed, computed, basis) = match claim.measure {
        Measure::Change => {
            let (a, b) = finding.endpoints.unwrap_or((0.0, 0.0));
            let arrow = format!(
                "{} ({}) → {} ({})",
                thousands(a, lang),
                human_date(&claim.from, lang),
                thousands(b, lang),
                human_date(&claim.to, lang)
            );
            (
                format!("{bound_word}{}", percent(claim.claimed, 0, lang)),
                percent(finding.computed, 1, lang),
                arrow,
            )
        }
        Measure::Total => {
            let years = if claim.from.year == claim.to.year {
                claim.from.year.to_string()
            } else {
                format!("{}–{}", claim.from.year, claim.to.year)
            };
            (
                format!("{bound_word}{}", thousands(claim.claimed, lang)),
                thousands(finding.computed, lang),
                format!("{series_name}, {years}"),
            )
        }
    };
    let verdict = verdict_words(finding.verdict, lang).to_string();
    let sentence = match lang {
        Lang::En => format!(
            "“{}” Claimed: {claimed}. The data: {computed} ({basis}). Verdict: {verdict}.",
            claim.quote
        ),
        Lang::Ru => format!(
            "«{}» Утверждается: {claimed}. Данные: {computed} ({basis}). Вывод: {verdict}.",
            claim.quote
        ),
    };
    ClaimText {
        quote: claim.quote.clone(),
        claimed,
        computed,
        basis,
        verdict,
        sentence,
    }
}
