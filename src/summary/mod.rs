//! Text alternatives generated from the data, in the reader's language: a short form for the
//! chart's accessible name (what it is, how many series, over which years) and a long form for
//! its description (each shown series' extremes and its largest falls and rise, runs of
//! consecutive changes between present values). Pure; uses `spec`, `layout`, `format`, `i18n`.

mod scan;

use crate::dataset::Series;
use crate::format::{human_date, percent, thousands};
use crate::i18n::{fill, word};
use crate::layout::{shown_series, View};
use crate::spec::{Chart, Kind};
use scan::{change, Run, Scan};

/// The two forms of the text alternative.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The accessible name.
    pub short: String,
    /// The description.
    pub long: String,
}

fn describe_run(chart: &Chart, s: &Series, key: &str, run: &Run) -> String {
    let lang = chart.lang;
    let (ys, date) = (s.ys(), |i: usize| {
        s.date(i).map(|d| human_date(&d, lang)).unwrap_or_default()
    });
    fill(
        word(key, lang),
        &[
            ("pct", &percent(change(ys, run).abs(), 1, lang)),
            ("a", &thousands(ys[run.0], lang)),
            ("a_date", &date(run.0)),
            ("b", &thousands(ys[run.1], lang)),
            ("b_date", &date(run.1)),
        ],
    )
}

fn series_sentence(chart: &Chart, s: &Series) -> Option<String> {
    let lang = chart.lang;
    let scan = Scan::of(s);
    let (max, min) = (s.point(scan.max?)?, s.point(scan.min?)?);
    let mut parts = vec![fill(
        word("sum-extremes", lang),
        &[
            ("series", &s.name),
            ("max", &thousands(max.value().unwrap_or(0.0), lang)),
            ("max_date", &human_date(&max.date(), lang)),
            ("min", &thousands(min.value().unwrap_or(0.0), lang)),
            ("min_date", &human_date(&min.date(), lang)),
        ],
    )];
    let falls: Vec<String> = scan
        .falls
        .iter()
        .map(|(r, _)| describe_run(chart, s, "sum-fell", r))
        .collect();
    if !falls.is_empty() {
        parts.push(falls.join(&format!(" {} ", word("sum-and", lang))));
    }
    if let Some((r, _)) = scan.rises.first() {
        parts.push(describe_run(chart, s, "sum-rose", r));
    }
    Some(format!("{}.", parts.join("; ")))
}

/// The text alternative of `chart` as `view` shows it.
pub fn summarize(chart: &Chart, view: &View) -> Summary {
    let lang = chart.lang;
    let shown: Vec<&Series> = shown_series(chart, view).map(|(_, s)| s).collect();
    let kind = word(
        match chart.kind {
            Kind::Line => "sum-line",
            Kind::Bar => "sum-bar",
            Kind::Area => "sum-area",
        },
        lang,
    );
    let (from, to) = chart
        .dataset
        .date_extent()
        .map_or((String::new(), String::new()), |(a, b)| {
            (human_date(&a, lang), human_date(&b, lang))
        });
    let n = shown.len().to_string();
    let overview = fill(
        word("sum-overview", lang),
        &[("kind", kind), ("n", &n), ("from", &from), ("to", &to)],
    );
    let short = format!("{}. {overview}", chart.title);
    let sentences: Vec<String> = shown.iter().filter_map(|s| series_sentence(chart, s)).collect();
    let long = if sentences.is_empty() {
        short.clone()
    } else {
        format!("{short} {}", sentences.join(" "))
    };
    Summary { short, long }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn summary_tells_the_fall_after_1921_and_1933() {
        let chart = Chart::builtin("party-membership", Lang::EN).unwrap();
        let s = summarize(&chart, &View::default());
        assert_eq!(
            s.short,
            "Bolshevik party membership, 1917–1939. A line chart of 3 series from February 1917 to March 1939."
        );
        assert!(
            s.long.contains(
                "Total (members + candidates): highest 3,555,338 (1 January 1933), lowest 472,000 (1 January 1924); \
                 fell 46.0% from 3,555,338 (1 January 1933) to 1,920,002 (1 January 1938) and \
                 fell 35.6% from 732,521 (March 1921) to 472,000 (1 January 1924)"
            ),
            "{}",
            s.long
        );
        // The contemporary claims of 1917–18 are drawn hollow and never compared in a sentence.
        assert!(
            !s.long.contains("24,000") && !s.long.contains("1918"),
            "{}",
            s.long
        );
    }

    #[test]
    fn summary_never_runs_across_a_break_or_a_gap() {
        let gulag = summarize(&Chart::builtin("gulag", Lang::EN).unwrap(), &View::default()).long;
        // Colonies counted prisons until 1938 and not from 1939: no fall from 1938 to 1940.
        assert!(!gulag.contains("(1 January 1938) to 315,584"), "{gulag}");
        let rep = summarize(&Chart::builtin("repression", Lang::EN).unwrap(), &View::default()).long;
        // 1953 covers January to June only: never an extreme or the end of a run.
        assert!(!rep.contains("(1953)"), "{rep}");
        // 1941 has no arrests figure: no run bridges it.
        for sentence in rep.split("; ") {
            assert!(
                !(sentence.contains("(1940)") && sentence.contains("(1942)")),
                "{sentence}"
            );
        }
    }

    #[test]
    fn summary_speaks_russian_and_follows_toggles() {
        let chart = Chart::builtin("repression", Lang::negotiate("ru")).unwrap();
        let view = View {
            hidden: vec!["convictions".into(), "death-sentences".into()],
            ..View::default()
        };
        let s = summarize(&chart, &view);
        assert!(
            s.short.contains("Столбчатая диаграмма; рядов данных: 1;"),
            "{}",
            s.short
        );
        assert!(s.long.contains("максимум 936\u{a0}750 (1937)"), "{}", s.long);
        assert!(!s.long.contains("Осуждено"));
    }
}
