//! The story's texts on every built-in chart: the labelled periods' names above the plot, the
//! point labels (732,521 in March 1921, the 1937 peak) and the lines' names on it. For every
//! chart, every story view (and all years), on the page (title and legend as HTML), in the
//! picture (title and legend drawn) and with the claims layer, at 320, 600, 800 and 1200 px wide,
//! in every language: every text box is checked against every other, the labels against every
//! mark, line and range mark and against the plot's edge, and none leaves the chart. Widths are
//! the layout's estimate, as the native picture draws; the browser test (`story.test.mjs`) does
//! the same with the drawn font.

use chronicle_charts::format::thousands;
use chronicle_charts::layout::{
    clip_segment, estimate_width_px, Align, Frame, LabelOf, Mark, MarkShape, PlacedText, RectPx, TextRole,
    View, XDomain, LABEL_PX,
};
use chronicle_charts::spec::BUILTIN_IDS;
use chronicle_charts::{Chart, Lang};

const WIDTHS_PX: [f64; 4] = [320.0, 600.0, 800.0, 1200.0];
const LANGS: [&str; 6] = ["en", "ru", "uk", "pl", "de", "fr"];

/// The box a placed text takes, from its anchor, alignment and estimated width.
fn text_box(t: &PlacedText) -> RectPx {
    let w = estimate_width_px(&t.text, t.size_px, t.role == TextRole::Title);
    let h = t.size_px * 1.2;
    let (left, top) = match t.align {
        Align::TopLeft => (t.x_px, t.y_px),
        Align::TopCenter => (t.x_px - w / 2.0, t.y_px),
        Align::MiddleRight => (t.x_px - w, t.y_px - h / 2.0),
        Align::MiddleLeft => (t.x_px, t.y_px - h / 2.0),
        Align::TopRight => (t.x_px - w, t.y_px),
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

/// Every text of the frame with what it is: title, axis titles, sources line, legend, tick
/// labels, the periods' names, the claims' labels, the labels on the plot.
fn all_texts(frame: &Frame) -> Vec<(String, RectPx)> {
    let mut out: Vec<(String, RectPx)> = Vec::new();
    let mut add = |what: &str, t: &PlacedText| out.push((format!("{what} \"{}\"", t.text), text_box(t)));
    frame.texts.iter().for_each(|t| add("text", t));
    frame.legend.iter().for_each(|e| add("legend", &e.label));
    frame.legend_key.iter().for_each(|k| add("legend key", &k.label));
    frame
        .bands
        .iter()
        .flat_map(|b| &b.label)
        .for_each(|t| add("period", t));
    frame
        .claims
        .iter()
        .flat_map(|c| &c.lines)
        .for_each(|t| add("claim", t));
    frame
        .labels
        .iter()
        .flat_map(|l| &l.lines)
        .for_each(|t| add("label", t));
    let tick = |label: &str, left: f64, top: f64| {
        let w = estimate_width_px(label, LABEL_PX, false);
        RectPx {
            left,
            top,
            right: left + w,
            bottom: top + LABEL_PX * 1.2,
        }
    };
    for t in &frame.x_ticks {
        let w = estimate_width_px(&t.label, LABEL_PX, false);
        out.push((
            format!("x tick {}", t.label),
            tick(&t.label, t.px - w / 2.0, frame.plot.bottom + 8.0),
        ));
    }
    for t in &frame.y_ticks {
        let w = estimate_width_px(&t.label, LABEL_PX, false);
        let right = frame.plot.left - 8.0;
        out.push((
            format!("y tick {}", t.label),
            tick(&t.label, right - w, t.px - LABEL_PX * 0.6),
        ));
    }
    out
}

/// What each chart is looked at through: all its years, and each of its story views.
fn story_views(chart: &Chart) -> Vec<(String, Option<XDomain>)> {
    let mut out = vec![("all years".to_string(), None)];
    for v in &chart.views {
        out.push((v.id.clone(), XDomain::from_view(chart, &v.id, "", "").unwrap()));
    }
    out
}

/// A chart as a page shows it: title, legend and sources line in HTML, not in the canvas.
fn page_view() -> View {
    View {
        title_in_canvas: false,
        legend_in_canvas: false,
        credit_in_canvas: false,
        ..View::default()
    }
}

fn modes() -> [(&'static str, View); 3] {
    let page = page_view();
    let claims = View {
        show_claims: true,
        ..View::default()
    };
    [("page", page), ("picture", View::default()), ("claims", claims)]
}

/// Every frame the test looks at, with where it is and the view it was made with.
fn frames(mut each: impl FnMut(&str, &Chart, &View, &Frame)) {
    for id in BUILTIN_IDS {
        for code in LANGS {
            let chart = Chart::builtin(id, Lang::negotiate(code)).unwrap();
            for (story, range) in story_views(&chart) {
                for width in WIDTHS_PX {
                    for (mode, view) in modes() {
                        let view = View {
                            x_range: range,
                            ..view
                        };
                        let height = (width * 0.625).max(420.0);
                        let frame = Frame::compute(&chart, &view, width, height).unwrap();
                        let at = format!("{id} {code} {story} {width} px ({mode})");
                        each(&at, &chart, &view, &frame);
                    }
                }
            }
        }
    }
}

/// The plot's least height for a chart whose blocks all fit: a long sources line in a small
/// picture (an export 320 px wide and 420 high, with the claims' labels) squeezes the plot to a
/// sliver, and then the blocks around it overlap. The story's texts are checked there too.
const SQUEEZED_PX: f64 = 100.0;

#[test]
fn no_text_overlaps_another_and_none_leaves_the_chart() {
    let mut problems = Vec::new();
    let mut squeezed = 0;
    frames(|at, _, _, frame| {
        let texts = all_texts(frame);
        let story = |what: &str| what.starts_with("label") || what.starts_with("period");
        if frame.plot.height() < SQUEEZED_PX {
            squeezed += 1;
            // Only pictures (sources line and legend drawn in them) no wider than 600 px.
            assert!(!at.ends_with("(page)"), "{at}: the page's plot is squeezed");
            assert!(frame.width_px <= 600.0, "{at}: a wide picture's plot is squeezed");
        }
        for (i, (a, ra)) in texts.iter().enumerate() {
            if ra.left < -0.5 || ra.right > frame.width_px + 0.5 {
                problems.push(format!("{at}: {a} leaves the chart: {ra:?}"));
            }
            for (b, rb) in &texts[i + 1..] {
                // Every text against every other; on a squeezed plot, the story's texts.
                let checked = frame.plot.height() >= SQUEEZED_PX || story(a) || story(b);
                if checked && overlap(ra, rb) {
                    problems.push(format!("{at}: {a} overlaps {b}"));
                }
            }
        }
    });
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(squeezed > 0, "the squeezed case is exercised");
}

#[test]
fn period_names_stay_above_the_plot_and_the_first_keeps_its_name() {
    let mut placed = 0;
    frames(|at, chart, _, frame| {
        assert!(!chart.periods.is_empty(), "{at}: labelled periods");
        for name in frame.bands.iter().filter_map(|b| b.label_box) {
            placed += 1;
            assert!(
                name.bottom <= frame.plot.top,
                "{at}: a name reaches into the plot"
            );
        }
        // The most important period in view keeps its name wherever the plot has room (twice
        // the name's width, and more than a sliver of height).
        if let Some(first) = frame.bands.first() {
            let label = &chart.periods[first.period].label;
            let wide = estimate_width_px(label, 12.0, false) * 2.0 < frame.plot.width();
            if wide && frame.plot.height() > 100.0 {
                assert!(first.label.is_some(), "{at}: the first period lost its name");
            }
        }
    });
    assert!(placed > 100, "{placed} names placed in all");
}

#[test]
fn labels_on_the_plot_touch_no_mark_no_line_and_no_edge() {
    let mut problems = Vec::new();
    let mut placed = 0;
    frames(|at, chart, _, frame| {
        let plot = frame.plot;
        for l in &frame.labels {
            placed += 1;
            let own = match l.of {
                LabelOf::Point(i) => Some((chart.labels[i].series, chart.labels[i].point)),
                LabelOf::Series(_) => None,
            };
            let boxes: Vec<RectPx> = std::iter::once(l.bounds)
                .chain(l.lines.iter().map(text_box))
                .collect();
            for b in &boxes {
                let inside = b.left >= plot.left
                    && b.right <= plot.right
                    && b.top >= plot.top
                    && b.bottom <= plot.bottom;
                if !inside {
                    problems.push(format!("{at}: {:?} crosses the plot's edge: {b:?}", l.of));
                }
                for m in &frame.marks {
                    if overlap(b, &mark_box(m)) {
                        problems.push(format!("{at}: {:?} overlaps a mark", l.of));
                    }
                    if m.range_box().is_some_and(|r| overlap(b, &r)) {
                        problems.push(format!("{at}: {:?} overlaps a range mark", l.of));
                    }
                }
                for line in &frame.lines {
                    for run in &line.runs {
                        if run.windows(2).any(|s| clip_segment(s[0], s[1], b).is_some()) {
                            problems.push(format!("{at}: {:?} crosses a line", l.of));
                        }
                    }
                }
            }
            // A leader runs from its own point to its words, over nothing else.
            if let Some((a, b)) = l.leader {
                for m in &frame.marks {
                    let is_own = own == Some((m.series, m.point));
                    if !is_own && clip_segment(a, b, &mark_box(m)).is_some() {
                        problems.push(format!("{at}: {:?}'s leader crosses a mark", l.of));
                    }
                }
                for (what, r) in all_texts(frame) {
                    let ends_here = boxes.iter().any(|own| overlap(own, &r));
                    if !ends_here && clip_segment(a, b, &r).is_some() {
                        problems.push(format!("{at}: {:?}'s leader crosses {what}", l.of));
                    }
                }
            }
        }
    });
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(placed > 500, "{placed} labels placed in all");
}

#[test]
fn a_point_label_says_the_points_own_figure_in_the_readers_format() {
    for id in BUILTIN_IDS {
        for code in LANGS {
            let lang = Lang::negotiate(code);
            let chart = Chart::builtin(id, lang).unwrap();
            let view = page_view();
            let frame = Frame::compute(&chart, &view, 1200.0, 750.0).unwrap();
            for (i, l) in chart.labels.iter().enumerate() {
                let value = chart.dataset.series[l.series].value(l.point).unwrap();
                let figure = thousands(value, lang).replace(' ', "\u{a0}");
                let placed = frame
                    .labels
                    .iter()
                    .find(|p| p.of == LabelOf::Point(i))
                    .unwrap_or_else(|| panic!("{id} {code}: label {} has room at 1200 px", l.id));
                let words: Vec<&str> = placed.lines.iter().map(|t| t.text.as_str()).collect();
                assert!(
                    words.join(" ").contains(&figure),
                    "{id} {code}: {words:?} says {figure}"
                );
            }
        }
    }
    // The figures the story turns on, checked against the research table's numbers.
    let chart = Chart::builtin("party-membership", Lang::EN).unwrap();
    let said: Vec<f64> = chart
        .labels
        .iter()
        .map(|l| chart.dataset.series[l.series].value(l.point).unwrap())
        .collect();
    assert_eq!(said, [732_521.0, 472_000.0]);
    let chart = Chart::builtin("repression", Lang::EN).unwrap();
    let peak = &chart.labels[0];
    let arrests = &chart.dataset.series[peak.series];
    assert_eq!(arrests.value(peak.point), Some(936_750.0));
    let highest = (0..arrests.len())
        .filter_map(|j| arrests.value(j))
        .fold(0.0, f64::max);
    assert_eq!(
        arrests.value(peak.point),
        Some(highest),
        "the label is at the peak"
    );
}

#[test]
fn no_number_is_typed_into_a_labels_words() {
    for code in LANGS {
        let text = std::fs::read_to_string(format!("lang/{code}.json")).unwrap();
        let words: std::collections::BTreeMap<String, String> = serde_json::from_str(&text).unwrap();
        for (key, text) in words
            .iter()
            .filter(|(k, _)| k.contains(".label.") && k.ends_with(".text"))
        {
            assert!(text.contains("{value}"), "{code} {key}: {text}");
            assert!(!text.chars().any(|c| c.is_ascii_digit()), "{code} {key}: {text}");
        }
    }
}

#[test]
fn a_later_label_never_takes_an_earlier_ones_room() {
    // Where a point label is left out while a later one is placed, the first finds no room even
    // alone: labels give way in the data's order, the last first.
    frames(|at, chart, view, frame| {
        let placed: Vec<usize> = frame
            .labels
            .iter()
            .filter_map(|l| match l.of {
                LabelOf::Point(i) => Some(i),
                LabelOf::Series(_) => None,
            })
            .collect();
        let Some(&last) = placed.iter().max() else {
            return;
        };
        for missing in (0..last).filter(|i| !placed.contains(i)) {
            let mut alone = chart.clone();
            alone.labels = vec![chart.labels[missing].clone()];
            let again = Frame::compute(&alone, view, frame.width_px, frame.height_px).unwrap();
            assert!(
                !again.labels.iter().any(|l| l.of == LabelOf::Point(0)),
                "{at}: label {missing} gave way to a later one"
            );
        }
    });
    // (The search's own test, in `layout::labels`, has two labels wanting one place: the first
    // keeps it.)
}

#[test]
fn a_zoomed_view_shows_only_the_periods_in_it() {
    let chart = Chart::builtin("repression", Lang::EN).unwrap();
    let view = View {
        x_range: XDomain::from_range(&chart, "1934", "1940").unwrap(),
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

#[test]
fn the_key_events_are_named_under_their_markers_where_there_is_room() {
    for id in BUILTIN_IDS {
        for code in LANGS {
            let chart = Chart::builtin(id, Lang::negotiate(code)).unwrap();
            let view = page_view();
            let frame = Frame::compute(&chart, &view, 1200.0, 750.0).unwrap();
            let mut named = 0;
            for e in &frame.events {
                let Some(short) = &chart.events[e.event].short else {
                    continue;
                };
                let Some(t) = frame.texts.iter().find(|t| &t.text == short) else {
                    continue;
                };
                named += 1;
                // Under its own marker: the name's box spans the marker's tip.
                let b = text_box(t);
                assert!(b.left <= e.x_px && e.x_px <= b.right, "{id} {code}: {short}");
                assert!(b.top >= e.row.bottom, "{id} {code}: {short} under the row");
            }
            assert!(named >= 2, "{id} {code}: {named} events named at 1200 px");
        }
    }
}

#[test]
fn the_first_label_keeps_at_least_its_figure_on_the_page_at_every_width() {
    let mut missing = Vec::new();
    frames(|at, chart, view, frame| {
        let in_view = |i: usize| {
            let l = &chart.labels[i];
            let x = chart.dataset.series[l.series].xs()[l.point];
            frame.x_domain.lo <= x && x <= frame.x_domain.hi
        };
        let page = !view.title_in_canvas && !view.show_claims;
        if page
            && !chart.labels.is_empty()
            && in_view(0)
            && !frame.labels.iter().any(|l| l.of == LabelOf::Point(0))
        {
            missing.push(at.to_string());
        }
    });
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}
