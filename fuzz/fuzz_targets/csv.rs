//! Fuzz target: any bytes as CSV must give a chart or an error, never a panic; a chart must lay
//! out and render to SVG.
#![no_main]
use chronicle_charts::layout::View;
use chronicle_charts::render::to_svg;
use chronicle_charts::theme::Theme;
use chronicle_charts::{Chart, Lang};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(chart) = Chart::from_csv(&text, "fuzz", None, Lang::EN) {
        let _ = to_svg(&chart, &View::default(), &Theme::LIGHT, 400, 300);
    }
});
