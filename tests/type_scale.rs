//! The chart's type scale: at a kiosk's scale every text of every built-in chart is drawn at least
//! 24 px (twice the page's 12) while the plot keeps most of the picture's height, and on a page at
//! scale 1 no text is under 12 px (titles 14). Sizes are checked against those numbers, not
//! against the metrics the layout reads.

use chronicle_charts::layout::{Frame, TextRole, View};
use chronicle_charts::spec::BUILTIN_IDS;
use chronicle_charts::{Chart, Lang};

/// The smallest text a frame draws: its placed texts, legend, band names and tick labels.
fn smallest_px(frame: &Frame) -> f64 {
    let placed = frame
        .texts
        .iter()
        .chain(frame.legend.iter().map(|e| &e.label))
        .chain(frame.bands.iter().filter_map(|b| b.label.as_ref()))
        .chain(frame.claims.iter().flat_map(|c| c.lines.iter()))
        .map(|t| t.size_px);
    placed.fold(frame.type_sizes.label_px, f64::min)
}

fn view(scale: f64, in_canvas: bool, claims: bool) -> View {
    View {
        type_scale: scale,
        title_in_canvas: in_canvas,
        legend_in_canvas: in_canvas,
        credit_in_canvas: in_canvas,
        show_claims: claims,
        ..View::default()
    }
}

#[test]
fn type_scale_two_draws_kiosk_text_at_24_px_and_keeps_the_plot_tall() {
    for id in BUILTIN_IDS {
        for lang in Lang::all() {
            let chart = Chart::builtin(id, lang).unwrap();
            for (w, h) in [(1872.0, 800.0), (1032.0, 1400.0)] {
                let claims = Frame::compute(&chart, &view(2.0, false, true), w, h).unwrap();
                let least = smallest_px(&claims);
                assert!(least >= 24.0, "{id} {lang:?} {w}x{h}: text at {least} px");
                let frame = Frame::compute(&chart, &view(2.0, false, false), w, h).unwrap();
                let share = frame.plot.height() / h;
                assert!(
                    share >= 0.6,
                    "{id} {lang:?} {w}x{h}: the plot is {share:.2} of the height"
                );
            }
        }
    }
}

#[test]
fn type_scale_one_keeps_page_text_at_12_px_and_titles_at_14() {
    for id in BUILTIN_IDS {
        let chart = Chart::builtin(id, Lang::EN).unwrap();
        for w in [320.0, 390.0, 800.0, 1200.0] {
            let frame = Frame::compute(&chart, &view(1.0, true, true), w, w * 0.625).unwrap();
            assert!(smallest_px(&frame) >= 12.0, "{id} at {w}");
            let title: Vec<_> = frame.texts.iter().filter(|t| t.role == TextRole::Title).collect();
            assert!(
                !title.is_empty() && title.iter().all(|t| t.size_px >= 14.0),
                "{id} at {w}: title"
            );
            // Smaller than the page is never asked for: the type scale does not go under 1.
            let shrunk = Frame::compute(&chart, &view(0.5, true, true), w, w * 0.625).unwrap();
            assert!(smallest_px(&shrunk) >= 12.0, "{id} at {w} asked for half size");
        }
    }
}

#[test]
fn type_scale_grows_the_text_not_the_marks() {
    let chart = Chart::builtin("party-membership", Lang::EN).unwrap();
    let one = Frame::compute(&chart, &view(1.0, false, false), 1872.0, 800.0).unwrap();
    let two = Frame::compute(&chart, &view(2.0, false, false), 1872.0, 800.0).unwrap();
    assert_eq!(two.type_sizes.label_px, 2.0 * one.type_sizes.label_px);
    // The plot loses only the room the larger labels take: far less than half its height.
    assert!(
        two.plot.height() > 0.8 * one.plot.height(),
        "{} vs {}",
        two.plot.height(),
        one.plot.height()
    );
}
