//! The highlighted period (a kiosk step's band): only the band asked for is put forward, its name
//! in the text colour and its wash stronger than the others' in the drawn SVG; none by default.

use chronicle_charts::layout::{Frame, TextRole, View};
use chronicle_charts::render::to_svg;
use chronicle_charts::theme::Theme;
use chronicle_charts::{Chart, Lang};

fn view(highlight: Option<&str>) -> View {
    View {
        highlight: highlight.map(str::to_string),
        ..View::default()
    }
}

#[test]
fn highlight_puts_forward_one_band_only() {
    let chart = Chart::builtin("party-membership", Lang::EN).unwrap();
    let plain = Frame::compute(&chart, &view(None), 1200.0, 700.0).unwrap();
    assert!(plain.bands.len() >= 3 && plain.bands.iter().all(|b| !b.highlighted));
    let frame = Frame::compute(&chart, &view(Some("lenin-enrolment")), 1200.0, 700.0).unwrap();
    let forward: Vec<_> = frame.bands.iter().filter(|b| b.highlighted).collect();
    assert_eq!(forward.len(), 1);
    assert_eq!(chart.periods[forward[0].period].id, "lenin-enrolment");
    for b in &frame.bands {
        let role = b.label.as_ref().map(|l| l.role);
        let want = if b.highlighted {
            TextRole::Label
        } else {
            TextRole::Muted
        };
        assert!(role.is_none_or(|r| r == want), "{:?}", b);
    }
}

/// The opacity of every rectangle of the SVG (band washes are the faint ones, under 0.5).
fn opacities(svg: &str) -> Vec<String> {
    svg.split("<rect")
        .skip(1)
        .filter_map(|r| r.split(" opacity=\"").nth(1))
        .filter_map(|r| r.split('"').next())
        .map(str::to_string)
        .collect()
}

#[test]
fn highlight_draws_a_stronger_wash_in_the_picture() {
    let chart = Chart::builtin("repression", Lang::EN).unwrap();
    let theme = Theme::LIGHT;
    let plain = to_svg(&chart, &view(None), &theme, 800, 500).unwrap();
    let lit = to_svg(&chart, &view(Some("great-terror")), &theme, 800, 500).unwrap();
    let (before, after) = (opacities(&plain), opacities(&lit));
    let strongest = |o: &[String]| {
        o.iter()
            .filter_map(|v| v.parse::<f64>().ok())
            .filter(|v| *v < 0.5)
            .fold(0.0, f64::max)
    };
    assert!(
        strongest(&after) > 2.0 * strongest(&before),
        "{before:?} → {after:?}"
    );
}

#[test]
fn highlight_is_outlined_under_forced_colours_where_no_band_is_washed() {
    use chronicle_charts::color::Rgb;
    let c = |hex: &str| Rgb::from_hex(hex, "test").unwrap();
    let forced = Theme::forced(c("#000000"), c("#ffffff"), c("#ffff00"));
    let chart = Chart::builtin("repression", Lang::EN).unwrap();
    let plain = to_svg(&chart, &view(None), &forced, 800, 500).unwrap();
    let lit = to_svg(&chart, &view(Some("great-terror")), &forced, 800, 500).unwrap();
    assert_eq!(
        outlines(&lit),
        outlines(&plain) + 1,
        "one outline, around the highlighted band"
    );
}

/// How many rectangles the SVG strokes without filling: `<rect>` elements with `fill="none"`, and
/// rectangles (`M x y h w v h h -w z`, as the SVG output merges them) in such `<path>`s.
fn outlines(svg: &str) -> usize {
    let stroked = |element: &str| element.contains("fill=\"none\"") && !element.contains("stroke=\"none\"");
    let rects = svg
        .split("<rect")
        .skip(1)
        .filter(|e| stroked(e.split('>').next().unwrap_or("")))
        .count();
    let in_paths: usize = svg
        .split("<path")
        .skip(1)
        .map(|e| e.split('>').next().unwrap_or(""))
        .filter(|e| stroked(e))
        .filter_map(|e| e.split(" d=\"").nth(1))
        .map(|d| d.split('M').filter(|sub| is_rectangle(sub)).count())
        .sum();
    rects + in_paths
}

/// Whether a subpath's commands after its `M` are `x y h w v h h -w z`.
fn is_rectangle(sub: &str) -> bool {
    let letters: String = sub.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    letters == "hvhz"
}
