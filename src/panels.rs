//! What the page shows beside the canvas, as plain data in the chart's language: the checked
//! claims (with other counts of the same total), the cited sources, the legend's entries. Pure:
//! the web layer only converts these to JS values, so `cargo test` reaches every word. May use
//! `spec`, `claims`, `layout`, `theme`, `format` and `i18n`.

use crate::claims::{describe, evaluate, Claim};
use crate::format::thousands;
use crate::i18n::word;
use crate::layout::{is_shown, View};
use crate::spec::{Chart, Kind};
use crate::theme::Theme;
use crate::Result;
use serde::Serialize;

/// How many bar patterns (solid, hatched, ruled) and line markers (disc, square, triangle,
/// diamond) there are; series cycle through them so colour is never the only cue.
pub const BAR_PATTERNS: usize = 3;
/// See [`BAR_PATTERNS`].
pub const LINE_MARKERS: usize = 4;

/// A checked claim, for the list under the chart.
#[derive(Debug, Serialize)]
pub struct ClaimItem {
    /// The claim's id.
    pub id: String,
    /// `supported`, `overstated`, …
    pub verdict: &'static str,
    /// The essay's words.
    pub quote: String,
    /// What the claim says, as a figure.
    pub claimed: String,
    /// What the data give.
    pub computed: String,
    /// Which numbers the figure comes from.
    pub basis: String,
    /// The verdict in words.
    pub verdict_text: String,
    /// Everything in one sentence, with other counts of the same total.
    pub sentence: String,
}

/// A cited source, for the list under the chart.
#[derive(Debug, Serialize)]
pub struct SourceItem {
    /// Its key in the source library.
    pub id: String,
    /// Short name.
    pub short: String,
    /// The full citation.
    pub citation: String,
    /// Where to read it, if online.
    pub url: Option<String>,
}

/// A legend entry, for the page's toggle buttons.
#[derive(Debug, Serialize)]
pub struct LegendItem {
    /// The series' id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its colour in the theme, `#rrggbb`.
    pub color: String,
    /// Drawn dashed.
    pub dashed: bool,
    /// Shown now.
    pub shown: bool,
    /// Bar pattern (0 solid, 1 hatched, 2 ruled) or line marker (0 disc, 1 square, 2 triangle,
    /// 3 diamond), as drawn.
    pub cue: usize,
    /// A bar series.
    pub bar: bool,
}

/// The chart's claims, checked, numbered as on the chart.
pub fn claim_items(chart: &Chart) -> Result<Vec<ClaimItem>> {
    chart
        .claims
        .iter()
        .map(|claim| {
            let finding = evaluate(claim, &chart.dataset)?;
            let name = chart
                .dataset
                .series_by_id(&claim.series)
                .map_or("", |s| s.name.as_str());
            let text = describe(claim, &finding, name, chart.lang);
            Ok(ClaimItem {
                id: claim.id.clone(),
                verdict: finding.verdict.id(),
                sentence: format!("{}{}", text.sentence, other_counts(chart, claim)),
                quote: text.quote,
                claimed: text.claimed,
                computed: text.computed,
                basis: text.basis,
                verdict_text: text.verdict,
            })
        })
        .collect()
}

/// The sources the chart cites, in full.
pub fn source_items(chart: &Chart) -> Vec<SourceItem> {
    chart
        .cited_sources()
        .into_iter()
        .filter_map(|id| {
            let s = chart.sources.get(id)?;
            Some(SourceItem {
                id: id.into(),
                short: s.short.clone(),
                citation: s.citation.clone(),
                url: s.url.clone(),
            })
        })
        .collect()
}

/// The legend's entries as `view` shows them, coloured by `theme`.
pub fn legend_items(chart: &Chart, view: &View, theme: &Theme) -> Vec<LegendItem> {
    let bar = chart.kind == Kind::Bar;
    let cues = if bar { BAR_PATTERNS } else { LINE_MARKERS };
    chart
        .dataset
        .series
        .iter()
        .enumerate()
        .map(|(i, s)| LegendItem {
            id: s.id.clone(),
            name: s.name.clone(),
            color: theme.series_color(s.color, i).to_hex(),
            dashed: s.dashed,
            shown: is_shown(view, s),
            cue: i % cues,
            bar,
        })
        .collect()
}

/// What the legend's key for range marks says ("Another source's figure"), or `""` when no point
/// of the chart has another source's figure.
pub fn range_key(chart: &Chart) -> &'static str {
    let any = chart
        .dataset
        .series
        .iter()
        .any(|s| s.details().iter().any(|p| !p.alternatives.is_empty()));
    if any {
        crate::i18n::word("other-figure", chart.lang)
    } else {
        ""
    }
}

/// " Another count: 1,548,366 (Pospelov Commission 1956)." for a claim over a documented total
/// that other sources count differently; empty otherwise.
pub fn other_counts(chart: &Chart, claim: &Claim) -> String {
    let counts: Vec<String> = chart
        .totals
        .iter()
        .filter(|t| t.series == claim.series && t.from_year == claim.from.year && t.to_year == claim.to.year)
        .flat_map(|t| t.alternatives.iter())
        .map(|(value, source)| {
            let who = source
                .as_ref()
                .and_then(|s| chart.sources.get(s))
                .map_or("", |s| s.short.as_str());
            format!("{} ({who})", thousands(*value, chart.lang))
        })
        .collect();
    if counts.is_empty() {
        return String::new();
    }
    format!(" {}: {}.", word("another-count", chart.lang), counts.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    #[test]
    fn panels_claims_carry_other_counts_of_the_same_total() {
        let chart = Chart::builtin("repression", Lang::EN).unwrap();
        let items = claim_items(&chart).unwrap();
        let arrests = items.iter().find(|c| c.id == "arrests-1937-38").unwrap();
        assert!(
            arrests
                .sentence
                .ends_with(" Another count: 1,548,366 (Pospelov Commission 1956)."),
            "{}",
            arrests.sentence
        );
        let deaths = items.iter().find(|c| c.id == "executed-1937-38").unwrap();
        assert!(!deaths.sentence.contains("Another count"), "{}", deaths.sentence);
    }

    #[test]
    fn panels_sources_cite_every_source_in_full() {
        let chart = Chart::builtin("repression", Lang::negotiate("ru")).unwrap();
        let items = source_items(&chart);
        let mvd = items.iter().find(|s| s.id == "mvd-1953").unwrap();
        assert_eq!(mvd.short, "Справка МВД СССР, 1953");
        assert!(mvd.citation.contains("GARF f. 9401"), "{}", mvd.citation);
    }

    #[test]
    fn panels_legend_cycles_cues_and_follows_the_view() {
        let chart = Chart::builtin("gulag", Lang::EN).unwrap();
        let view = View {
            hidden: vec![chart.dataset.series[1].id.clone()],
            ..View::default()
        };
        let items = legend_items(&chart, &view, &Theme::LIGHT);
        assert_eq!(items.len(), chart.dataset.series.len());
        assert!(items[0].shown && !items[1].shown);
        let cues: Vec<usize> = items.iter().map(|i| i.cue).collect();
        let expected: Vec<usize> = (0..items.len())
            .map(|i| i % if items[0].bar { 3 } else { 4 })
            .collect();
        assert_eq!(cues, expected);
    }
}
