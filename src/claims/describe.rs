//! What a reader (and a screen reader) is told about a claim, in their language.

use super::{Claim, Finding, Measure, Verdict};
use crate::format::{human_date, percent, thousands};
use crate::i18n::word;
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
    word(v.id(), lang)
}

/// Describes `finding` for `claim` (whose series is called `series_name`) in `lang`.
pub fn describe(claim: &Claim, finding: &Finding, series_name: &str, lang: Lang) -> ClaimText {
    let bound_word = match claim.bound {
        super::Bound::About => format!("{} ", word("about", lang)),
        super::Bound::MoreThan => format!("{} ", word("more-than", lang)),
    };
    let (claimed, computed, basis) = match claim.measure {
        Measure::Change => {
            let (a, b) = finding.endpoints.unwrap_or((0.0, 0.0));
            let arrow = format!(
                "{series_name}: {} ({}) → {} ({})",
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
    let (open, close) = (
        lang.text("format.quote-open").unwrap_or("“"),
        lang.text("format.quote-close").unwrap_or("”"),
    );
    let quote = format!("{open}{}{close}", claim.quote);
    let note = if claim.note.is_empty() {
        String::new()
    } else {
        format!(" {}", claim.note)
    };
    let sentence = if finding.verdict == Verdict::Uncheckable {
        format!(
            "{quote} {}: {verdict}.{note} {}: {computed} ({basis}).",
            word("verdict", lang),
            word("for-comparison", lang),
        )
    } else {
        format!(
            "{quote} {}: {claimed}. {}: {computed} ({basis}). {}: {verdict}.{note}",
            word("claimed", lang),
            word("the-data", lang),
            word("verdict", lang)
        )
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
