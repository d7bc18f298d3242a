//! Golden SVG tests: every built-in chart, rendered natively through the same `render` as the
//! canvas, must equal `tests/golden/<name>.svg` byte for byte. On a mismatch the new output is
//! written beside it as `<name>.new.svg` and the test fails; `UPDATE_GOLDEN=1 cargo test`
//! re-blesses, and `git diff` is the review. Deterministic: no clock, no fonts, no randomness.

use chronicle_charts::layout::{View, XDomain};
use chronicle_charts::render::to_svg;
use chronicle_charts::spec::BUILTIN_IDS;
use chronicle_charts::theme::Theme;
use chronicle_charts::{Chart, Lang};
use std::fs;
use std::path::PathBuf;

fn check(name: &str, svg: &str) -> Result<(), String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let golden = dir.join(format!("{name}.svg"));
    let fresh = dir.join(format!("{name}.new.svg"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        fs::write(&golden, svg).map_err(|e| e.to_string())?;
        let _ = fs::remove_file(&fresh);
        return Ok(());
    }
    match fs::read_to_string(&golden) {
        Ok(expected) if expected == svg => {
            let _ = fs::remove_file(&fresh);
            Ok(())
        }
        found => {
            fs::write(&fresh, svg).map_err(|e| e.to_string())?;
            let why = if found.is_ok() { "differs from" } else { "has no" };
            Err(format!(
                "{name}: output {why} {}; wrote {} (UPDATE_GOLDEN=1 re-blesses)",
                golden.display(),
                fresh.display()
            ))
        }
    }
}

#[test]
fn golden_svgs_match() {
    let plain = View::default();
    let claims = View {
        show_claims: true,
        ..View::default()
    };
    let zoomed = View {
        hidden: vec!["convictions".into()],
        x_range: Some(XDomain {
            lo: 1936.0,
            hi: 1940.0,
        }),
        ..View::default()
    };
    let mut cases = Vec::new();
    for id in BUILTIN_IDS {
        cases.push((id.to_string(), id, Lang::EN, plain.clone(), 800, 450));
    }
    cases.push((
        "repression-ru-360".into(),
        "repression",
        Lang::negotiate("ru"),
        plain.clone(),
        360,
        420,
    ));
    cases.push((
        "party-membership-claims".into(),
        "party-membership",
        Lang::EN,
        claims.clone(),
        800,
        450,
    ));
    cases.push((
        "repression-claims-ru".into(),
        "repression",
        Lang::negotiate("ru"),
        claims,
        800,
        450,
    ));
    cases.push((
        "repression-1936-1939-no-convictions".into(),
        "repression",
        Lang::EN,
        zoomed,
        800,
        450,
    ));
    let zoomed_line = View {
        x_range: Some(XDomain {
            lo: 1920.5,
            hi: 1926.0,
        }),
        ..View::default()
    };
    cases.push((
        "party-membership-1920-1926".into(),
        "party-membership",
        Lang::EN,
        zoomed_line,
        800,
        450,
    ));
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(name, id, lang, view, w, h)| {
            let svg = Chart::builtin(id, *lang).and_then(|chart| to_svg(&chart, view, &Theme::LIGHT, *w, *h));
            match svg {
                Ok(svg) => check(name, &svg).err(),
                Err(e) => Some(format!("{name}: {e}")),
            }
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn golden_rendering_is_deterministic() {
    let chart = Chart::builtin("party-membership", Lang::EN).unwrap();
    let a = to_svg(&chart, &View::default(), &Theme::LIGHT, 640, 400).unwrap();
    let b = to_svg(&chart, &View::default(), &Theme::LIGHT, 640, 400).unwrap();
    assert_eq!(a, b);
    assert!(a.contains("Bolshevik party membership, 1917–1939"));
    assert!(a.contains("\n4,000,000\n</text>"), "thousands-formatted ticks");
}
