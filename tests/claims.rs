//! The essay's claims checked against the bundled data: the computed figures, the verdicts, and
//! a verdict that follows the data when a number changes.

use chronicle_charts::claims::{describe, evaluate, Verdict};
use chronicle_charts::spec::{join_library, ChartSpec};
use chronicle_charts::{Chart, Lang};

fn finding(chart: &Chart, id: &str) -> (f64, Verdict, String) {
    let claim = chart
        .claims
        .iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("claim {id}"));
    let f = evaluate(claim, &chart.dataset).unwrap();
    let name = &chart.dataset.series_by_id(&claim.series).unwrap().name;
    (
        f.computed,
        f.verdict,
        describe(claim, &f, name, chart.lang).sentence,
    )
}

#[test]
fn claims_membership_halved_is_overstated_at_minus_35_6() {
    let c = Chart::builtin("party-membership", Lang::EN).unwrap();
    let (pct, verdict, sentence) = finding(&c, "halved-by-1924");
    assert!((pct - -35.56).abs() < 0.01, "{pct}");
    assert_eq!(verdict, Verdict::Overstated);
    // The essay's exact words, the figure with the series and dates it comes from, the verdict,
    // then the editorial choices behind it.
    assert!(
        sentence.starts_with(
            "“By 1924, party membership was cut in half.” Claimed: about −50%. The data: −35.6% \
             (Total (members + candidates): 732,521 (March 1921) → 472,000 (1 January 1924)). \
             Verdict: overstated. Which figures: members and candidates together"
        ),
        "{sentence}"
    );
    let (pct, verdict, _) = finding(&c, "purge-1921-quarter");
    assert!((pct - -27.87).abs() < 0.01, "{pct}");
    assert_eq!(verdict, Verdict::Supported);
}

#[test]
fn claims_terror_counts() {
    let c = Chart::builtin("repression", Lang::EN).unwrap();
    assert_eq!(finding(&c, "arrests-1937-38").0, 1_575_259.0);
    assert_eq!(finding(&c, "arrests-1937-38").1, Verdict::Supported);
    assert_eq!(finding(&c, "executed-1937-38").0, 681_692.0);
    assert_eq!(finding(&c, "executed-1937-38").1, Verdict::Supported);
    assert_eq!(finding(&c, "courts-7-million").0, 1_344_923.0);
    assert_eq!(finding(&c, "courts-7-million").1, Verdict::Uncheckable);
}

#[test]
fn claims_verdict_follows_the_data() {
    // If the official series had 366,261 on 1 January 1924, "cut in half" would hold.
    let text = chronicle_charts::spec::builtin_json("party-membership").unwrap();
    let changed = text
        .replace(
            r#""date": "1924-01-01", "value": 472000"#,
            r#""date": "1924-01-01", "value": 366261"#,
        )
        .replace(
            r#""date": "1924-01-01", "value": 350000"#,
            r#""date": "1924-01-01", "value": 244261"#,
        );
    assert_ne!(changed, text);
    let spec = join_library("party-membership", ChartSpec::from_json(&changed).unwrap()).unwrap();
    let c = Chart::from_spec(&spec, Lang::EN).unwrap();
    let (pct, verdict, _) = finding(&c, "halved-by-1924");
    assert!((pct - -50.0).abs() < 0.01, "{pct}");
    assert_eq!(verdict, Verdict::Supported);
}

#[test]
fn claims_speak_russian() {
    let c = Chart::builtin("party-membership", Lang::negotiate("ru")).unwrap();
    let (_, _, sentence) = finding(&c, "halved-by-1924");
    assert!(
        sentence.starts_with("«К 1924 году численность партии сократилась вдвое.»"),
        "{sentence}"
    );
    assert!(
        sentence.contains("−35,6\u{a0}%") && sentence.contains("Вывод: преувеличено. Какие данные:"),
        "{sentence}"
    );
}

#[test]
fn claims_the_data_cannot_decide_say_so_with_the_whole_quote() {
    let c = Chart::builtin("repression", Lang::EN).unwrap();
    let (computed, verdict, sentence) = finding(&c, "courts-7-million");
    assert_eq!(verdict, Verdict::Uncheckable);
    assert_eq!(computed, 1_344_923.0, "shown for comparison only");
    assert!(
        sentence.starts_with("“Aside from the NKVD arrests, Soviet courts convicted more than 7 million people between 1937 and …” Verdict: cannot be checked with these data."),
        "{sentence}"
    );
    assert!(sentence.contains("For comparison only: 1,344,923"), "{sentence}");
}

#[test]
fn claims_across_a_break_in_what_a_series_measures_cannot_be_checked() {
    let mut spec = chronicle_charts::spec::builtin_spec("party-membership").unwrap();
    let total = spec.series.iter_mut().find(|s| s.id == "total").unwrap();
    total.breaks.push(chronicle_charts::spec::BreakSpec {
        before: "1923-01-01".into(),
        why: "coverage".into(),
    });
    let c = Chart::from_spec(&spec, Lang::EN).unwrap();
    assert_eq!(finding(&c, "halved-by-1924").1, Verdict::Uncheckable);
    assert_eq!(
        finding(&c, "purge-1921-quarter").1,
        Verdict::Supported,
        "before the break"
    );
}

#[test]
fn claims_quote_the_essay_to_the_letter() {
    // A copy of the essay (the research's seed-essay.txt), so the test needs nothing outside.
    let essay = include_str!("research/seed-essay.txt");
    for id in ["party-membership", "repression"] {
        let c = Chart::builtin(id, Lang::EN).unwrap();
        for claim in &c.claims {
            // An ellipsis marks words left out before or after the quote.
            let words = claim.quote.trim_start_matches("… ").trim_end_matches(" …");
            assert!(essay.contains(words), "{}: {words}", claim.id);
        }
    }
}
