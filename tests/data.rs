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
    s.points.iter().find(|p| p.date == d).and_then(|p| p.value)
}

fn sum_years(s: &Series, from: i32, to: i32) -> f64 {
    s.points
        .iter()
        .filter(|p| (from..=to).contains(&p.date.year))
        .filter_map(|p| p.value)
        .sum()
}

#[test]
fn repression_totals_match_the_certificate() {
    let c = Chart::builtin("repression", Lang::En).unwrap();
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
    let c = Chart::builtin("repression", Lang::En).unwrap();
    let arrests = series(&c, "arrests");
    for year in (1921..=1929).chain([1941, 1944]) {
        assert_eq!(value(&arrests, &year.to_string()), None, "{year}");
        assert!(
            arrests.points.iter().any(|p| p.date.year == year),
            "{year} keeps its date"
        );
    }
    // No death sentences while the death penalty was abolished: a real zero.
    assert_eq!(value(&series(&c, "death-sentences"), "1948"), Some(0.0));
    let years: Vec<i32> = arrests.points.iter().map(|p| p.date.year).collect();
    assert_eq!(years, (1921..=1953).collect::<Vec<_>>());
}

#[test]
fn membership_falls_from_1921_to_1924_and_after_1933() {
    let c = Chart::builtin("party-membership", Lang::En).unwrap();
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
    let c = Chart::builtin("party-membership", Lang::En).unwrap();
    let (total, members, candidates) = (
        series(&c, "total"),
        series(&c, "members"),
        series(&c, "candidates"),
    );
    assert_eq!(members.points.first().map(|p| p.date.year), Some(1922));
    for p in &members.points {
        let d = p.date.to_string();
        let sum = p.value.unwrap() + value(&candidates, &d).unwrap();
        assert_eq!(Some(sum), value(&total, &d), "{d}");
    }
}
