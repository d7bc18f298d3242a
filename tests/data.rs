//! The bundled numbers against the documented checks in the research: the totals of the 1953
//! MVD certificate, the membership figures named in the brief, and gaps kept as gaps.

use chronicle_charts::dataset::{Date, Series};
use chronicle_charts::{Chart, Lang};

fn series(chart: &Chart, id: &str) -> Series {
    chart
        .dataset
        .series_by_id(id)
        .cloned()
        .unwrap_or_else(|| panic!("series {id}"))
}

fn value(s: &Series, date: &str) -> Option<f64> {
    let d = Date::parse(date).unwrap();
    s.details().iter().find(|p| p.date == d).and_then(|p| p.value)
}

fn sum_years(s: &Series, from: i32, to: i32) -> f64 {
    s.details()
        .iter()
        .filter(|p| (from..=to).contains(&p.date.year))
        .filter_map(|p| p.value)
        .sum()
}

#[test]
fn repression_totals_match_the_certificate() {
    let c = Chart::builtin("repression", Lang::EN).unwrap();
    let (arrests, convictions, deaths) = (
        series(&c, "arrests"),
        series(&c, "convictions"),
        series(&c, "death-sentences"),
    );
    assert_eq!(sum_years(&arrests, 1937, 1938), 1_575_259.0);
    assert_eq!(sum_years(&convictions, 1937, 1938), 1_344_923.0);
    assert_eq!(sum_years(&deaths, 1937, 1938), 681_692.0);
    assert_eq!(sum_years(&convictions, 1921, 1953), 4_060_306.0);
    assert_eq!(sum_years(&deaths, 1921, 1953), 799_455.0);
    assert_eq!(value(&arrests, "1937"), Some(936_750.0));
}

#[test]
fn repression_gaps_are_gaps_not_zeros() {
    let c = Chart::builtin("repression", Lang::EN).unwrap();
    let arrests = series(&c, "arrests");
    for year in (1921..=1929).chain([1941, 1944]) {
        assert_eq!(value(&arrests, &year.to_string()), None, "{year}");
        assert!(
            arrests.details().iter().any(|p| p.date.year == year),
            "{year} keeps its date"
        );
    }
    // No death sentences while the death penalty was abolished: a real zero.
    assert_eq!(value(&series(&c, "death-sentences"), "1948"), Some(0.0));
    let years: Vec<i32> = arrests.details().iter().map(|p| p.date.year).collect();
    assert_eq!(years, (1921..=1953).collect::<Vec<_>>());
}

#[test]
fn membership_falls_from_1921_to_1924_and_after_1933() {
    let c = Chart::builtin("party-membership", Lang::EN).unwrap();
    let total = series(&c, "total");
    assert_eq!(value(&total, "1921-03"), Some(732_521.0));
    assert_eq!(value(&total, "1924-01-01"), Some(472_000.0));
    assert_eq!(value(&total, "1933-01-01"), Some(3_555_338.0));
    assert!(value(&total, "1935-01-01") < value(&total, "1933-01-01"));
    assert_eq!(
        value(&total, "1939-03"),
        Some(2_477_666.0),
        "18th Congress stays in March"
    );
}

#[test]
fn membership_members_and_candidates_add_up_from_1922() {
    let c = Chart::builtin("party-membership", Lang::EN).unwrap();
    let (total, members, candidates) = (
        series(&c, "total"),
        series(&c, "members"),
        series(&c, "candidates"),
    );
    assert_eq!(members.details().first().map(|p| p.date.year), Some(1922));
    for p in members.details() {
        let d = p.date.to_string();
        let sum = p.value.unwrap() + value(&candidates, &d).unwrap();
        assert_eq!(Some(sum), value(&total, &d), "{d}");
    }
}

/// A built-in dataset file with one edit, joined with the library as the build does it.
fn edited(id: &str, from: &str, to: &str) -> chronicle_charts::Result<Chart> {
    use chronicle_charts::spec::{join_library, ChartSpec};
    let text = chronicle_charts::spec::builtin_json(id).unwrap();
    assert!(text.contains(from), "{from} not in {id}.json");
    let spec = join_library(id, ChartSpec::from_json(&text.replacen(from, to, 1))?)?;
    Chart::from_spec(&spec, Lang::EN)
}

#[test]
fn broken_copies_fail_naming_dataset_point_and_rule() {
    let e = edited(
        "repression",
        r#""date": "1937", "value": 936750"#,
        r#""date": "1937", "value": 936751"#,
    );
    assert_eq!(
        e.unwrap_err().to_string(),
        r#"repression: rule "arrests 1937–1938 = 1575259" fails the points sum to 1575260"#
    );
    let e = edited(
        "party-membership",
        r#""date": "1923-01-01", "value": 499100"#,
        r#""date": "1923-01-01", "value": 499101"#,
    );
    assert_eq!(
        e.unwrap_err().to_string(),
        r#"party-membership: rule "total = members + candidates" fails at 1923-01-01: 381400 + 117700 = 499100, but total is 499101"#
    );
    let e = edited(
        "gulag",
        r#""source": "zemskov-1991""#,
        r#""source": "zemskov-1919""#,
    );
    assert_eq!(
        e.unwrap_err().to_string(),
        "invalid series[0].points[0].source: zemskov-1919"
    );
    let e = edited("repression", r#""date": "1922""#, r#""date": "1920""#);
    assert_eq!(
        e.unwrap_err().to_string(),
        "invalid series[0].points[1].date: 1920 (dates must ascend; previous is 1921)"
    );
}

#[test]
fn every_builtin_point_names_a_known_source_and_events_are_dated() {
    for id in chronicle_charts::spec::BUILTIN_IDS {
        let c = Chart::builtin(id, Lang::EN).unwrap();
        for s in &c.dataset.series {
            for p in s.details().iter().filter(|p| p.value.is_some()) {
                let key = p
                    .source
                    .as_deref()
                    .unwrap_or_else(|| panic!("{id} {} {}", s.id, p.date));
                assert!(c.sources.contains_key(key), "{id}: {key}");
                assert!(p.status.is_some(), "{id} {} {} has a status", s.id, p.date);
            }
        }
        assert!(!c.events.is_empty(), "{id} has events");
    }
    let party = Chart::builtin("party-membership", Lang::EN).unwrap();
    let titles: Vec<&str> = party.events.iter().map(|e| e.title.as_str()).collect();
    assert!(titles.iter().any(|t| t.contains("On Party Unity")));
    assert!(titles.contains(&"Death of Lenin"));
}

#[test]
fn alternatives_are_kept_with_their_sources() {
    let party = Chart::builtin("party-membership", Lang::EN).unwrap();
    let total = series(&party, "total");
    let jan1924 = total.point_at(&Date::parse("1924-01-01").unwrap()).unwrap();
    assert_eq!(jan1924.value(), Some(472_000.0));
    assert_eq!(jan1924.alternatives()[0].value, 446_089.0);
    assert_eq!(
        jan1924.alternatives()[0].source.as_deref(),
        Some("siegelbaum-17m")
    );
    let rep = Chart::builtin("repression", Lang::EN).unwrap();
    let arrests = rep.totals.iter().find(|t| t.series == "arrests").unwrap();
    assert_eq!(
        arrests.alternatives,
        vec![(1_548_366.0, Some("pospelov-1956".into()))]
    );
    let sentences = series(&rep, "death-sentences");
    let kgb_1941 = sentences.point_at(&Date::year(1941)).unwrap();
    assert_eq!(
        (kgb_1941.value(), kgb_1941.alternatives()[0].value),
        (Some(8_001.0), 23_726.0)
    );
}

/// The research table the Gulag chart was transcribed from, copied verbatim into the tests
/// (`tests/research/gulag_population_1jan.csv` = the research folder's
/// `data/gulag_population_1jan.csv`): Zemskov's 1 January figures for camps (ITL), colonies (ITK)
/// and the printed ITL + ITK column, one row per year. Empty cells are `None`.
fn research_gulag() -> Vec<(i32, [Option<f64>; 3])> {
    let text = include_str!("research/gulag_population_1jan.csv");
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (year, camps, colonies, both) = (
        col("year_1jan"),
        col("camps_ITL"),
        col("colonies_ITK"),
        col("ITL_plus_ITK"),
    );
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let cells: Vec<&str> = l.split(',').collect();
            let num = |i: usize| cells[i].trim().parse::<f64>().ok();
            (
                cells[year].parse().unwrap(),
                [num(camps), num(colonies), num(both)],
            )
        })
        .collect()
}

/// "Camps + colonies = total" used to check a total that the data file itself derives by
/// summing, so it could not fail while the rule holds. Instead every bundled figure, the
/// derived total included, is compared with the research table it was transcribed from: a
/// mistyped camp figure with a total "corrected" to match would pass the sum rule but fails
/// here.
#[test]
fn gulag_figures_match_the_research_table_and_keep_coverage_notes() {
    let g = Chart::builtin("gulag", Lang::EN).unwrap();
    let (total, camps, colonies) = (series(&g, "total"), series(&g, "camps"), series(&g, "colonies"));
    let rows = research_gulag();
    assert_eq!(rows.len(), 24, "1930–1953");
    for (year, [itl, itk, both]) in rows {
        let d = format!("{year}-01-01");
        assert_eq!(value(&camps, &d), itl, "camps {d}");
        assert_eq!(value(&colonies, &d), itk, "colonies {d}");
        assert_eq!(value(&total, &d), both, "camps + colonies {d}");
    }
    // The misprint trap: the text prints 1,334,408 for camps on 1 January 1940; the components
    // imply 1,344,408, which is what the table and the chart keep.
    assert_eq!(value(&camps, "1940-01-01"), Some(1_344_408.0));
    let note = |d: &str| {
        camps
            .point_at(&Date::parse(d).unwrap())
            .and_then(|p| p.note().map(str::to_string))
    };
    assert!(note("1930-01-01").unwrap().contains("OGPU camps only"));
    assert_eq!(note("1934-01-01"), None);
}
