//! The labelled periods' names on every built-in chart: at 320, 600, 800 and 1200 px wide, in every
//! language, on the page (title and legend as HTML) and in the picture (title and legend drawn),
//! no name overlaps another name or any other text, none leaves the chart, and none reaches into
//! the plot where the marks are. Widths are the layout's estimate, as the native picture draws.

use chronicle_charts::layout::{
    estimate_width_px, Align, Frame, Mark, MarkShape, PlacedText, RectPx, TextRole, View,
};
use chronicle_charts::spec::BUILTIN_IDS;
use chronicle_charts::{Chart, Lang};

const WIDTHS_PX: [f64; 4] = [320.0, 600.0, 800.0, 1200.0];

/// The box a placed text takes, from its anchor, alignment and estimated width.
fn text_box(t: &PlacedText) -> RectPx {
    let w = estimate_width_px(&t.text, t.size_px, t.role == TextRole::Title);
    let h = t.size_px * 1.2;
    let (left, top) = match t.align {
        Align::TopLeft => (t.x_px, t.y_px),
        Align::TopCenter => (t.x_px - w / 2.0, t.y_px),
        Align::MiddleRight => (t.x_px - w, t.y_px - h / 2.0),
        Align::MiddleLeft => (t.x_px, t.y_px - h / 2.0),
    };
    RectPx {
        left,
        top,
        right: left + w,
        bottom: top + h,
    }
}

/// The box a mark takes: a bar's rectangle, a point's marker (at most 5 px from its centre).
fn mark_box(m: &Mark) -> RectPx {
    match m.shape {
        MarkShape::Bar(r) => r,
        MarkShape::Dot { x_px, y_px, .. } => RectPx {
            left: x_px - 5.0,
            top: y_px - 5.0,
            right: x_px + 5.0,
            bottom: y_px + 5.0,
        },
    }
}

fn overlap(a: &RectPx, b: &RectPx) -> bool {
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
}

/// Every other text of the frame: title, axis titles, sources line, legend names.
fn other_texts(frame: &Frame) -> Vec<(String, RectPx)> {
    let mut out: Vec<(String, RectPx)> = frame
        .texts
        .iter()
        .map(|t| (t.text.clone(), text_box(t)))
        .collect();
    out.extend(
        frame
            .legend
            .iter()
            .map(|e| (e.label.text.clone(), text_box(&e.label))),
    );
    out
}

fn views() -> [(&'static str, View); 2] {
    let page = View {
        title_in_canvas: false,
        legend_in_canvas: false,
        ..View::default()
    };
    [("page", page), ("picture", View::default())]
}

#[test]
fn period_names_never_collide_and_stay_on_the_chart() {
    let mut placed = 0;
    for id in BUILTIN_IDS {
        for code in ["en", "ru", "uk", "pl", "de", "fr"] {
            let chart = Chart::builtin(id, Lang::negotiate(code)).unwrap();
            assert!(!chart.periods.is_empty(), "{id} has labelled periods");
            for width in WIDTHS_PX {
                for (name, view) in views() {
                    let height = (width * 0.625).max(420.0);
                    let frame = Frame::compute(&chart, &view, width, height).unwrap();
                    let at = format!("{id} {code} {width} px ({name})");
                    let names: Vec<RectPx> = frame.bands.iter().filter_map(|b| b.label_box).collect();
                    placed += names.len();
                    for (i, a) in names.iter().enumerate() {
                        assert!(
                            a.left >= 0.0 && a.right <= width,
                            "{at}: a name leaves the chart: {a:?}"
                        );
                        assert!(
                            a.bottom <= frame.plot.top,
                            "{at}: a name reaches into the plot: {a:?}"
                        );
                        for b in &names[i + 1..] {
                            assert!(!overlap(a, b), "{at}: two names overlap: {a:?} {b:?}");
                        }
                        for (text, b) in other_texts(&frame) {
                            assert!(!overlap(a, &b), "{at}: a name overlaps \"{text}\"");
                        }
                        for m in &frame.marks {
                            assert!(!overlap(a, &mark_box(m)), "{at}: a name overlaps a mark");
                        }
                    }
                    // The most important period in view keeps its name wherever the plot has room
                    // (twice the name's width, and more than a sliver of height).
                    if let Some(first) = frame.bands.first() {
                        let label = &chart.periods[first.period].label;
                        let wide = estimate_width_px(label, 12.0, false) * 2.0 < frame.plot.width();
                        if wide && frame.plot.height() > 100.0 {
                            assert!(first.label.is_some(), "{at}: the first period lost its name");
                        }
                    }
                }
            }
        }
    }
    assert!(placed > 100, "{placed} names placed in all");
}

#[test]
fn a_zoomed_view_shows_only_the_periods_in_it() {
    let chart = Chart::builtin("repression", Lang::EN).unwrap();
    let view = View {
        x_range: chronicle_charts::layout::XDomain::from_range(&chart, "1934", "1940").unwrap(),
        ..View::default()
    };
    let frame = Frame::compute(&chart, &view, 800.0, 500.0).unwrap();
    let shown: Vec<&str> = frame
        .bands
        .iter()
        .map(|b| chart.periods[b.period].id.as_str())
        .collect();
    assert_eq!(shown, ["great-terror"]);
    // The band covers the bars of 1937 and 1938 and nothing else: from the left edge of 1937's band
    // to the right edge of 1938's.
    let band = &frame.bands[0];
    let year = |m: &Mark| chart.dataset.series[m.series].date(m.point).map_or(0, |d| d.year);
    let (inside, outside): (Vec<&Mark>, Vec<&Mark>) =
        frame.marks.iter().partition(|m| (1937..=1938).contains(&year(m)));
    assert!(!inside.is_empty() && !outside.is_empty());
    for m in inside {
        let bar = mark_box(m);
        assert!(
            bar.left >= band.left_px - 0.5 && bar.right <= band.right_px + 0.5,
            "{bar:?} in {band:?}"
        );
    }
    for m in outside {
        let bar = mark_box(m);
        assert!(
            bar.right <= band.left_px + 0.5 || bar.left >= band.right_px - 0.5,
            "{} outside",
            year(m)
        );
    }
}
