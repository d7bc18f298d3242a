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
