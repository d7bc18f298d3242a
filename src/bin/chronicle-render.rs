//! `chronicle-render`: writes a chart as SVG or PNG to stdout through the same render code the
//! browser uses, for print, social previews and pages without scripts.
//!
//! ```sh
//! cargo run --bin chronicle-render -- --chart repression --width 800 --height 450 > out.svg
//! cargo run --bin chronicle-render -- --data my.csv --title "My data" --format png > out.png
//! ```

use chronicle_charts::layout::{Frame, View, XDomain};
use chronicle_charts::picture::{picture_map, picture_module};
use chronicle_charts::render::to_svg;
use chronicle_charts::spec::BUILTIN_IDS;
use chronicle_charts::theme::Theme;
use chronicle_charts::{Chart, Lang};
use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "usage: chronicle-render (--chart <id> | --data <file.json|file.csv> [--title <text>] [--kind line|bar|area])
       [--width <px>] [--height <px>] [--lang en|ru|uk|pl|de|fr|…] [--theme light|dark|high-contrast]
       [--decimal .|,]
       [--claims on|off] [--view <story view>] [--format svg|png|map] [--scale <1-4>]
  --format map writes the picture's map (what its pixels and keys mean) as an ES module";

struct Args {
    chart: Option<String>,
    data: Option<String>,
    title: String,
    kind: Option<String>,
    decimal: chronicle_charts::spec::Decimal,
    width_px: u32,
    height_px: u32,
    lang: Lang,
    theme: Theme,
    view: View,
    story: Option<String>,
    png: bool,
    map: bool,
    scale: f32,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut out = Args {
        chart: None,
        data: None,
        title: String::new(),
        kind: None,
        decimal: chronicle_charts::spec::Decimal::Unstated,
        width_px: 800,
        height_px: 450,
        lang: Lang::EN,
        theme: Theme::LIGHT,
        view: View::default(),
        story: None,
        png: false,
        map: false,
        scale: 2.0,
    };
    while let Some(flag) = args.next() {
        let value = args.next().ok_or_else(|| format!("missing value for {flag}"))?;
        let size = |v: &str| match v.parse::<u32>() {
            Ok(n) if (100..=10_000).contains(&n) => Ok(n),
            _ => Err(format!("invalid {flag}: {v} (100 to 10000)")),
        };
        match flag.as_str() {
            "--chart" => out.chart = Some(value),
            "--data" => out.data = Some(value),
            "--title" => out.title = value,
            "--kind" => out.kind = Some(value),
            "--width" => out.width_px = size(&value)?,
            "--height" => out.height_px = size(&value)?,
            "--lang" => out.lang = Lang::negotiate(&value),
            "--decimal" => {
                out.decimal =
                    chronicle_charts::spec::Decimal::parse(&value, "--decimal").map_err(|e| e.to_string())?
            }
            "--theme" => out.theme = Theme::by_name(&value).ok_or(format!("invalid --theme: {value}"))?,
            "--claims" => out.view.show_claims = on_off(&flag, &value)?,
            "--view" => out.story = Some(value),
            "--format" => {
                (out.png, out.map) = match value.as_str() {
                    "svg" => (false, false),
                    "png" => (true, false),
                    "map" => (false, true),
                    _ => return Err(format!("invalid --format: {value} (svg, png or map)")),
                }
            }
            "--scale" => {
                out.scale = value
                    .parse()
                    .ok()
                    .filter(|s| (1.0..=4.0).contains(s))
                    .ok_or(format!("invalid --scale: {value} (1 to 4)"))?
            }
            _ => return Err(format!("unknown option: {flag}")),
        }
    }
    if out.chart.is_none() && out.data.is_none() {
        return Err(format!(
            "missing --chart (one of: {}) or --data",
            BUILTIN_IDS.join(", ")
        ));
    }
    Ok(out)
}

fn on_off(flag: &str, value: &str) -> Result<bool, String> {
    match value {
        "on" => Ok(true),
        "off" => Ok(false),
        _ => Err(format!("invalid {flag}: {value} (on or off)")),
    }
}

fn load(args: &Args) -> Result<Chart, String> {
    let Some(path) = &args.data else {
        return Chart::builtin(args.chart.as_deref().unwrap_or(""), args.lang).map_err(|e| e.to_string());
    };
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let result = if path.ends_with(".csv") {
        chronicle_charts::spec::from_csv_with(&text, &args.title, args.kind.as_deref(), args.decimal)
            .and_then(|spec| Chart::from_spec(&spec, args.lang))
    } else {
        let mut spec =
            chronicle_charts::spec::ChartSpec::from_json(&text).map_err(|e| format!("{path}: {e}"))?;
        if args.kind.is_some() {
            spec.kind.clone_from(&args.kind);
        }
        Chart::from_spec(&spec, args.lang)
    };
    result.map_err(|e| format!("{path}: {e}"))
}

/// Rasterises the SVG with the system's fonts.
fn png(svg: &str, scale: f32) -> Result<Vec<u8>, String> {
    use resvg::{tiny_skia, usvg};
    let mut options = usvg::Options::default();
    let fonts = options.fontdb_mut();
    fonts.load_system_fonts();
    // "sans-serif" means Arial to fontdb; use whichever common sans face this system has.
    let installed: Vec<String> = fonts
        .faces()
        .flat_map(|f| f.families.iter().map(|(n, _)| n.clone()))
        .collect();
    if let Some(family) = ["Liberation Sans", "DejaVu Sans", "Noto Sans", "Arial"]
        .iter()
        .find(|f| installed.iter().any(|n| n == *f))
    {
        fonts.set_sans_serif_family(*family);
    }
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| format!("cannot read the SVG: {e}"))?;
    let size = tree.size().to_int_size().scale_by(scale).ok_or("invalid size")?;
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("invalid size")?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| format!("cannot encode PNG: {e}"))
}

fn run(args: &Args) -> Result<Vec<u8>, String> {
    let chart = load(args)?;
    let mut view = args.view.clone();
    if let Some(story) = &args.story {
        view.x_range = XDomain::from_view(&chart, story, "", "").map_err(|e| e.to_string())?;
    }
    if args.map {
        let frame = Frame::compute(&chart, &view, f64::from(args.width_px), f64::from(args.height_px))
            .map_err(|e| e.to_string())?;
        return Ok(picture_module(&picture_map(&chart, &view, &frame)).into_bytes());
    }
    let svg = to_svg(&chart, &view, &args.theme, args.width_px, args.height_px).map_err(|e| e.to_string())?;
    if args.png {
        png(&svg, args.scale)
    } else {
        Ok(svg.into_bytes())
    }
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("chronicle-render: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(bytes) => match std::io::stdout().write_all(&bytes) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("chronicle-render: cannot write: {e}");
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            eprintln!("chronicle-render: {e}");
            ExitCode::FAILURE
        }
    }
}
