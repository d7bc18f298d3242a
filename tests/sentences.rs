//! Every generated sentence of every built-in chart, in every language, read against the data:
//! each number a text alternative says is a figure of the data, a date of it, or a change the test
//! computes itself between two counted figures of one series with no gap, break, claimed or
//! part-year figure between them. A sentence that ran across a break or a gap, or compared a
//! contemporary claim, would carry a percentage this test cannot find.

use chronicle_charts::dataset::{Point, Series};
use chronicle_charts::layout::View;
use chronicle_charts::spec::BUILTIN_IDS;
use chronicle_charts::summary::summarize;
use chronicle_charts::{Chart, Lang};

/// The numbers in `text`, read with the language's own separators.
fn numbers(text: &str, lang: Lang) -> Vec<f64> {
    let group = lang.text("format.group").unwrap_or(",");
    let decimal = lang.text("format.decimal").unwrap_or(".");
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut token = String::new();
        while i < chars.len() {
            let c = chars[i];
            let next_is_digit = chars.get(i + 1).is_some_and(char::is_ascii_digit);
            if c.is_ascii_digit() {
                token.push(c);
            } else if group.contains(c) && next_is_digit {
                // a thousands separator: dropped
            } else if decimal.contains(c) && next_is_digit {
                token.push('.');
            } else {
                break;
            }
            i += 1;
        }
        out.extend(token.parse::<f64>().ok());
    }
    out
}

/// Counted figures of a series, in stretches a sentence may compare across.
fn segments(s: &Series) -> Vec<Vec<&Point>> {
    let mut out: Vec<Vec<&Point>> = vec![Vec::new()];
    let mut previous: Option<&Point> = None;
    for p in s.details() {
        let counted = p.value.is_some()
            && !p.status.is_some_and(|st| st.is_uncertain())
            && !s.partial.contains(&p.date);
        let broken = previous.is_some_and(|q| s.breaks.iter().any(|b| q.date < *b && *b <= p.date));
        if !counted || broken {
            out.push(Vec::new());
        }
        if counted {
            if let Some(seg) = out.last_mut() {
                seg.push(p);
            }
        }
        previous = Some(p);
    }
    out
}

/// Whether `n` is a figure, date or count of the chart, or a change within one segment.
fn explained(n: f64, chart: &Chart) -> bool {
    let near = |a: f64, b: f64, tolerance: f64| (a - b).abs() <= tolerance;
    if n.fract() == 0.0 && (1.0..=31.0).contains(&n) {
        return true; // a day of the month, a series count
    }
    if (1900.0..=2000.0).contains(&n) {
        return true; // a year
    }
    chart.dataset.series.iter().any(|s| {
        let figure = s
            .details()
            .iter()
            .filter_map(|p| p.value)
            .any(|v| near(v, n, 0.5));
        let change = segments(s).iter().any(|seg| {
            seg.iter().enumerate().any(|(i, a)| {
                seg[i + 1..].iter().any(|b| {
                    let (a, b) = (a.value.unwrap_or(0.0), b.value.unwrap_or(0.0));
                    a != 0.0 && near(((b - a) / a * 100.0).abs(), n, 0.051)
                })
            })
        });
        figure || change
    })
}

/// Every built-in chart in every language.
fn every_chart() -> impl Iterator<Item = (Lang, &'static str, Chart)> {
    Lang::all().flat_map(|lang| {
        BUILTIN_IDS
            .into_iter()
            .map(move |id| (lang, id, Chart::builtin(id, lang).unwrap()))
    })
}

#[test]
fn every_number_in_every_generated_sentence_is_in_the_data() {
    let mut read = 0;
    for (lang, id, chart) in every_chart() {
        let long = summarize(&chart, &View::default()).long;
        for n in numbers(&long, lang) {
            assert!(explained(n, &chart), "{} {id}: {n} in “{long}”", lang.code());
            read += 1;
        }
    }
    assert!(read > 300, "{read} numbers read");
}

#[test]
fn a_sentence_across_a_break_would_be_caught() {
    // The 1938 → 1940 fall of the colonies (counted with prisons until 1938) is not a change this
    // test can explain.
    let chart = Chart::builtin("gulag", Lang::EN).unwrap();
    let colonies = chart.dataset.series_by_id("colonies").unwrap();
    let value = |d: &str| {
        colonies
            .details()
            .iter()
            .find(|p| p.date.to_string() == d)
            .and_then(|p| p.value)
            .unwrap()
    };
    let across = ((value("1940-01-01") - value("1938-01-01")) / value("1938-01-01") * 100.0).abs();
    let rounded = (across * 10.0).round() / 10.0;
    assert!(!explained(rounded, &chart), "{rounded}");
}

#[test]
fn every_number_the_tooltip_and_live_region_say_is_the_points_own() {
    use chronicle_charts::interact::{describe_target, Target};
    let mut read = 0;
    for (lang, id, chart) in every_chart() {
        for (si, s) in chart.dataset.series.iter().enumerate() {
            for (pi, p) in s.details().iter().enumerate() {
                let t = describe_target(
                    &chart,
                    Target::Point {
                        series: si,
                        point: pi,
                    },
                )
                .unwrap();
                // The point's own figures, its date, and the figures its note and its
                // sources' names (data too) quote.
                let note = p.note.as_deref().unwrap_or("");
                let own: Vec<f64> = p
                    .value
                    .into_iter()
                    .chain(p.alternatives.iter().map(|a| a.value))
                    .collect();
                let cited = p
                    .alternatives
                    .iter()
                    .filter_map(|a| a.source.as_deref())
                    .chain(p.source.as_deref());
                let names: String = cited
                    .filter_map(|k| chart.sources.get(k))
                    .map(|s| format!("{} ", s.short))
                    .collect();
                let quoted = [numbers(note, lang), numbers(&names, lang)].concat();
                for n in numbers(&t.announcement, lang) {
                    let ok = own.iter().chain(&quoted).any(|v| (v - n).abs() < 0.5)
                        || (n.fract() == 0.0
                            && ((1.0..=31.0).contains(&n) || (1900.0..=2030.0).contains(&n)));
                    assert!(
                        ok,
                        "{} {id} {} {}: {n} in “{}”",
                        lang.code(),
                        s.id,
                        p.date,
                        t.announcement
                    );
                    read += 1;
                }
            }
        }
    }
    assert!(read > 1000, "{read} numbers read");
}
