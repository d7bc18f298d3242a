//! The export tool as a user runs it: SVG and PNG of built-in and custom data, clear errors.

use std::process::Command;

fn render(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_chronicle-render"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn cli_writes_svg_of_a_builtin_and_png_of_a_csv() {
    let out = render(&["--chart", "repression", "--width", "800", "--height", "450"]);
    assert!(out.status.success());
    let svg = String::from_utf8(out.stdout).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains("Political repression in the USSR"));

    let csv = std::env::temp_dir().join("chronicle-cli-test.csv");
    std::fs::write(&csv, "year,Arrests\n1937,936750\n1938,638509\n").unwrap();
    let out = render(&[
        "--data",
        csv.to_str().unwrap(),
        "--title",
        "Arrests",
        "--format",
        "png",
        "--width",
        "400",
        "--height",
        "300",
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let png = out.stdout;
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let width = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
    let height = u32::from_be_bytes([png[20], png[21], png[22], png[23]]);
    assert_eq!((width, height), (800, 600), "PNG at twice the size");
}

#[test]
fn cli_draws_a_story_view_with_its_labels() {
    let out = render(&[
        "--chart",
        "repression",
        "--view",
        "great-terror",
        "--width",
        "800",
        "--height",
        "500",
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let svg = String::from_utf8(out.stdout).unwrap();
    let years: Vec<&str> = ["1933", "1934", "1940", "1941"]
        .into_iter()
        .filter(|y| svg.contains(&format!(">\n{y}\n<")))
        .collect();
    assert_eq!(years, ["1934", "1940"], "the x axis runs over 1934–1940");
    assert!(svg.contains("936,750 arrests in 1937"), "the peak is labelled");
    let out = render(&["--chart", "repression", "--view", "purges"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim(),
        "chronicle-render: invalid view: purges (views of repression: great-terror)"
    );
}

#[test]
fn cli_errors_name_what_is_wrong() {
    let out = render(&["--chart", "nope"]);
    assert!(!out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim(),
        "chronicle-render: invalid chart: nope"
    );
    let out = render(&["--chart", "gulag", "--width", "5"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr)
        .starts_with("chronicle-render: invalid --width: 5 (100 to 10000)"));
}
