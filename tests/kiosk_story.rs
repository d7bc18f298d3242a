//! The kiosk's story read against the data: every step's chart has the step's story view and
//! period (as `data/<chart>.json` lists them), and every count in a step's caption, in every
//! language, is a value of that chart's data file (read here as plain JSON, not through the crate).

use chronicle_charts::kiosk::{story, STEPS};
use chronicle_charts::Lang;
use serde_json::Value;

fn data(chart: &str) -> Value {
    let path = format!("{}/data/{chart}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Every `value` anywhere in the file (points and their alternatives).
fn values(v: &Value, out: &mut Vec<f64>) {
    match v {
        Value::Object(map) => {
            for (k, x) in map {
                if k == "value" {
                    out.extend(x.as_f64());
                }
                values(x, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|x| values(x, out)),
        _ => {}
    }
}

/// The whole numbers of 10,000 and more in `text`, with any of the languages' group separators
/// (comma, dot, space, narrow space) between groups of three digits.
fn counts(text: &str) -> Vec<f64> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut digits = String::new();
        while i < chars.len() {
            let grouped = matches!(chars[i], ',' | '.' | ' ' | '\u{202f}' | '\u{a0}')
                && chars
                    .get(i + 1..i + 4)
                    .is_some_and(|g| g.iter().all(char::is_ascii_digit))
                && !chars.get(i + 4).is_some_and(char::is_ascii_digit);
            if chars[i].is_ascii_digit() {
                digits.push(chars[i]);
            } else if !grouped {
                break;
            }
            i += 1;
        }
        let n: f64 = digits.parse().unwrap_or(0.0);
        if n >= 10_000.0 {
            out.push(n);
        }
    }
    out
}

#[test]
fn kiosk_story_steps_name_views_and_periods_of_their_data() {
    for s in STEPS {
        let d = data(s.chart);
        let ids = |key: &str| -> Vec<String> {
            d[key]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v["id"].as_str().unwrap().to_string())
                .collect()
        };
        assert!(ids("views").contains(&s.view.to_string()), "{s:?}");
        assert!(ids("periods").contains(&s.period.to_string()), "{s:?}");
    }
}

#[test]
fn kiosk_story_captions_count_only_what_the_data_holds() {
    assert_eq!(
        counts("1 196 369 and 1.881.570, 732,521 in 1937"),
        vec![1_196_369.0, 1_881_570.0, 732_521.0]
    );
    for (i, s) in STEPS.iter().enumerate() {
        let mut known = Vec::new();
        values(&data(s.chart), &mut known);
        for lang in Lang::all() {
            let text = story::caption(i, lang);
            let found = counts(text);
            assert!(
                !found.is_empty() || s.caption == "attract-1933",
                "{text}: no count to check"
            );
            for n in found {
                assert!(
                    known.contains(&n),
                    "{} step {}: {n} is not in data/{}.json: {text}",
                    lang.code(),
                    i + 1,
                    s.chart
                );
            }
        }
    }
}
