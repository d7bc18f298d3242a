//! Languages are data: every file in `lang/` has every key of English, none empty, with the same
//! `{placeholders}`; the widget speaks each of them without a Rust change.

use chronicle_charts::{i18n::ui_text, Chart, Lang};
use std::collections::{BTreeMap, BTreeSet};

fn files() -> BTreeMap<String, BTreeMap<String, String>> {
    std::fs::read_dir("lang")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let code = p.file_stem().unwrap().to_string_lossy().to_string();
            let text = std::fs::read_to_string(&p).unwrap();
            (code, serde_json::from_str(&text).unwrap())
        })
        .collect()
}

fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(name, _)| name))
        .collect()
}

#[test]
fn every_language_has_every_key_with_its_placeholders() {
    let files = files();
    let english = &files["en"];
    assert!(files.len() >= 6, "{:?}", files.keys());
    for (code, texts) in &files {
        let missing: Vec<&String> = english.keys().filter(|k| !texts.contains_key(*k)).collect();
        let extra: Vec<&String> = texts.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{code}: missing {missing:?}, extra {extra:?}"
        );
        for (key, text) in texts {
            // A separator may be a space (`format.group`); every other text has words.
            let blank = text.is_empty() || (text.trim().is_empty() && !key.starts_with("format."));
            assert!(!blank, "{code} {key} is empty");
            if key == "format.day" {
                // A language may name the day's month in its own case (`1 января 1924`).
                let allowed = BTreeSet::from(["d", "month", "month-of", "year"]);
                assert!(placeholders(text).is_subset(&allowed), "{code} {key}");
            } else {
                assert_eq!(placeholders(text), placeholders(&english[key]), "{code} {key}");
            }
        }
    }
}

#[test]
fn every_language_file_is_spoken_by_the_widget() {
    for (code, texts) in files() {
        let lang = Lang::negotiate(&code);
        assert_eq!(lang.code(), code);
        assert_eq!(ui_text("reset", lang), Some(texts["ui.reset"].as_str()));
        let chart = Chart::builtin("party-membership", lang).unwrap();
        assert_eq!(chart.title, texts["party-membership.title"], "{code}");
    }
}
