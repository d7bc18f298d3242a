//! `chronicle-render`: writes a built-in chart as SVG to stdout through the same render code the
//! browser uses. `cargo run --bin chronicle-render -- --chart repression --width 800 --height 450`

use chronicle_charts::layout::View;
use chronicle_charts::render::to_svg;
use chronicle_charts::spec::BUILTIN_IDS;
use chronicle_charts::theme::Theme;
use chronicle_charts::{Chart, Lang};
use std::process::ExitCode;

const USAGE: &str =
    "usage: chronicle-render --chart <id> [--width <px>] [--height <px>] [--lang en|ru] [--claims on|off]";

struct Args {
    chart: String,
    width_px: u32,
    height_px: u32,
    lang: Lang,
    view: View,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut out = Args {
        chart: String::new(),
        width_px: 800,
        height_px: 450,
        lang: Lang::En,
        view: View::default(),
    };
    while let Some(flag) = args.next() {
        let value = args.next().ok_or_else(|| format!("missing value for {flag}"))?;
        let size = |v: &str| match v.parse::<u32>() {
            Ok(n) if (100..=10_000).contains(&n) => Ok(n),
            _ => Err(format!("invalid {flag}: {v} (100 to 10000)")),
        };
        match flag.as_str() {
            "--chart" => out.chart = value,
            "--width" => out.width_px = size(&value)?,
            "--height" => out.height_px = size(&value)?,
            "--lang" => out.lang = Lang::parse(&value).map_err(|e| e.to_string())?,
            "--claims" => {
                out.view.show_claims = match value.as_str() {
                    "on" => true,
                    "off" => false,
                    _ => return Err(format!("invalid --claims: {value} (on or off)")),
                }
            }
            _ => return Err(format!("unknown option: {flag}")),
        }
    }
    if out.chart.is_empty() {
        return Err(format!("missing --chart (one of: {})", BUILTIN_IDS.join(", ")));
    }
    Ok(out)
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("chronicle-render: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let svg = Chart::builtin(&args.chart, args.lang)
        .and_then(|chart| to_svg(&chart, &args.view, &Theme::LIGHT, args.width_px, args.height_px));
    match svg {
        Ok(svg) => {
            print!("{svg}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("chronicle-render: {e}");
            ExitCode::FAILURE
        }
    }
}
