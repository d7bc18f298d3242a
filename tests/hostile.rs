//! Hostile and odd input: every parser returns a value or an error that names what is wrong, and
//! never panics; markup stays text; documented limits hold. Property tests run a bounded number of
//! cases here (PROPTEST_CASES raises it: `npm run soak` does).

use chronicle_charts::layout::View;
use chronicle_charts::render::to_svg;
use chronicle_charts::spec::{from_csv, MAX_ROWS};
use chronicle_charts::theme::Theme;
use chronicle_charts::{dataset::Date, Chart, Lang};
use proptest::prelude::*;

fn known_error(message: &str) -> bool {
    ["invalid ", "missing ", "cannot read data: ", "custom: rule"]
        .iter()
        .any(|p| message.starts_with(p))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(256)))]

    #[test]
    fn hostile_any_text_as_csv_gives_a_chart_or_a_named_error(text in "\\PC{0,200}") {
        match Chart::from_csv(&text, "t", None, Lang::EN) {
            Ok(chart) => prop_assert!(!chart.dataset.series.is_empty()),
            Err(e) => prop_assert!(known_error(&e.to_string()), "{e}"),
        }
    }

    #[test]
    fn hostile_csv_shaped_noise_never_panics(rows in prop::collection::vec(("[0-9]{1,4}(-[0-9]{1,2}){0,2}", "[-+0-9., eE]{0,12}", "[^\\n]{0,6}"), 0..40)) {
        let mut text = String::from("date,a,b\n");
        for (d, v, w) in rows {
            text.push_str(&format!("{d},{v},{w}\n"));
        }
        if let Err(e) = Chart::from_csv(&text, "", None, Lang::EN) {
            prop_assert!(known_error(&e.to_string()), "{e}");
        }
    }

    #[test]
    fn hostile_any_text_as_json_gives_a_named_error(text in "\\PC{0,200}") {
        if let Err(e) = Chart::from_json(&text, Lang::EN) {
            prop_assert!(known_error(&e.to_string()), "{e}");
        }
    }

    #[test]
    fn hostile_attributes_and_dates_parse_or_refuse(s in "\\PC{0,24}") {
        let _ = Lang::negotiate(&s).locale();
        let _ = Theme::by_name(&s);
        let _ = Date::parse(&s);
        let _ = chronicle_charts::spec::parse_number(&s);
    }

    #[test]
    fn hostile_numbers_round_trip_through_csv(values in prop::collection::vec(prop_oneof![-1e15..1e15f64, -1e-9..1e-9f64, Just(0.0)], 1..30)) {
        let mut text = String::from("year,v\n");
        for (i, v) in values.iter().enumerate() {
            text.push_str(&format!("{},{v}\n", 1000 + i));
        }
        let chart = Chart::from_csv(&text, "t", None, Lang::EN).unwrap();
        let read: Vec<f64> = chart.dataset.series[0].details().iter().map(|p| p.value.unwrap()).collect();
        prop_assert_eq!(read, values);
    }
}

#[test]
fn hostile_nan_inf_duplicates_and_unsorted_dates_are_named() {
    for cell in ["NaN", "inf", "-inf", "1e400"] {
        let e = from_csv(&format!("year,v\n1937,{cell}\n"), "", None).unwrap_err();
        assert_eq!(e.to_string(), format!("invalid csv line 2, column 2 (v): {cell}"));
    }
    let dup = Chart::from_csv("year,v\n1937,1\n1937,2\n", "", None, Lang::EN).unwrap_err();
    assert_eq!(
        dup.to_string(),
        "invalid series[0].points[1].date: 1937 (dates must ascend; previous is 1937)"
    );
    let unsorted = Chart::from_csv("year,v\n1938,1\n1937,2\n", "", None, Lang::EN).unwrap_err();
    assert!(unsorted
        .to_string()
        .ends_with("(dates must ascend; previous is 1938)"));
    let empty = Chart::from_csv("year,v\n", "", None, Lang::EN).unwrap_err();
    assert_eq!(empty.to_string(), "missing series[0].points");
}

#[test]
fn hostile_deep_json_is_refused_not_overflowed() {
    let deep = format!(
        "{{\"title\": {}{}, \"series\": []}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let e = Chart::from_json(&deep, Lang::EN).unwrap_err().to_string();
    assert!(e.starts_with("cannot read data: recursion limit exceeded"), "{e}");
}

#[test]
fn hostile_a_million_rows_is_the_limit() {
    let mut text = String::with_capacity(16 * (MAX_ROWS + 2));
    text.push_str("date,v\n");
    let mut n = 0;
    'rows: for y in 1000..9999 {
        for d in 1..=365u32 {
            let (m, day) = ((d - 1) / 31 + 1, (d - 1) % 31 + 1);
            if day > 28 {
                continue;
            }
            text.push_str(&format!("{y}-{m:02}-{day:02},{n}\n"));
            n += 1;
            if n == MAX_ROWS {
                break 'rows;
            }
        }
    }
    let spec = from_csv(&text, "big", None).unwrap();
    assert_eq!(spec.series[0].points.len(), MAX_ROWS);
    text.push_str("9999-12-31,1\n");
    assert_eq!(
        from_csv(&text, "big", None).unwrap_err().to_string(),
        "invalid csv: more than 1000000 rows"
    );
}

#[test]
fn hostile_markup_and_rtl_labels_stay_text() {
    let json = r#"{"title": "<script>alert(1)</script> & co", "sources": {"s": "<img src=x onerror=alert(1)>"},
        "series": [{"id": "a", "name": "مؤشر <b>bold</b>", "source": "s", "points": [{"date": "1937", "value": 1}, {"date": "1938", "value": 2}]}]}"#;
    let chart = Chart::from_json(json, Lang::EN).unwrap();
    assert_eq!(chart.dataset.series[0].name, "مؤشر <b>bold</b>");
    let svg = to_svg(&chart, &View::default(), &Theme::LIGHT, 600, 400).unwrap();
    assert!(
        !svg.contains("<script>") && !svg.contains("<b>"),
        "markup must be escaped in SVG"
    );
    assert!(
        svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"),
        "{svg}"
    );
    let csv = chronicle_charts::export::to_csv(&chart);
    assert!(csv.contains("مؤشر <b>bold</b>"));
}

#[test]
fn hostile_labels_have_a_length_limit() {
    let long = "x".repeat(301);
    let json = format!(
        r#"{{"title": "{long}", "series": [{{"id": "a", "name": "A", "points": [{{"date": "1937", "value": 1}}]}}]}}"#
    );
    assert_eq!(
        Chart::from_json(&json, Lang::EN).unwrap_err().to_string(),
        "invalid title: 301 characters (at most 300)"
    );
}
