//! Makes plotters' SVG lighter to send and to draw, without changing what it paints (a circle
//! written as two arcs is antialiased a shade differently at its sides): a run of opaque shapes
//! drawn one after another in one style (the gridlines, a series' markers, the bars) becomes one
//! `<path>`, and the default `opacity="1"` goes. A browser then parses and lays
//! out a few dozen elements, not hundreds, before it can show a pre-rendered picture.
//!
//! Only what keeps the painting the same is merged: shapes at full opacity, filled or stroked
//! but not both (so no stroke is painted over by a later fill), in the order they were drawn.
//! Rectangles and circles are written in one turning direction, so the nonzero fill of their
//! path is their union; a polygon joins a run only where it overlaps none of the run's (its
//! turning is not known). Everything else (text, translucent shapes, the root) passes as it is.

/// A merged run: the style it shares and the path data so far.
struct Run {
    kind: Kind,
    style: String,
    data: String,
    /// The bounding boxes of the run's polygons (min x, min y, max x, max y), in px.
    boxes: Vec<[f64; 4]>,
}

/// How a shape is painted, and what its path may be merged with: lines with lines; rectangles
/// and circles, all turning clockwise, with each other; polygons with polygons they do not overlap.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Stroke(Family),
    Fill(Family),
}

#[derive(Clone, Copy, PartialEq)]
enum Family {
    Line,
    Clockwise,
    Polygon,
}

/// `svg` (as plotters' SVG backend writes it: one element a line) with runs of like shapes merged.
pub fn compact(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut run: Option<Run> = None;
    for line in svg.lines() {
        match shape(line) {
            Some((kind, style, data, polygon_box)) => {
                let joins = run.as_ref().is_some_and(|r| {
                    r.kind == kind
                        && r.style == style
                        && polygon_box.is_none_or(|b| !r.boxes.iter().any(|o| overlap(o, &b)))
                });
                if !joins {
                    flush(&mut out, run.take());
                    run = Some(Run {
                        kind,
                        style,
                        data: String::new(),
                        boxes: Vec::new(),
                    });
                }
                if let Some(r) = run.as_mut() {
                    r.data.push_str(&data);
                    r.boxes.extend(polygon_box);
                }
            }
            None => {
                flush(&mut out, run.take());
                if line.starts_with('<') {
                    out.push_str(&line.replace(" opacity=\"1\"", ""));
                } else {
                    out.push_str(line);
                }
                out.push('\n');
            }
        }
    }
    flush(&mut out, run.take());
    out
}

fn flush(out: &mut String, run: Option<Run>) {
    if let Some(r) = run {
        out.push_str(&format!("<path {} d=\"{}\"/>\n", r.style, r.data));
    }
}

fn overlap(a: &[f64; 4], b: &[f64; 4]) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

/// The attributes of a one-line empty element `<name a="x" …/>`, in order; `None` otherwise.
fn element(line: &str) -> Option<(&str, Vec<(&str, &str)>)> {
    let body = line.strip_prefix('<')?.strip_suffix("/>")?;
    let (name, mut rest) = body.split_once(' ')?;
    let mut attributes = Vec::new();
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            return Some((name, attributes));
        }
        let (key, after) = rest.split_once("=\"")?;
        let (value, after) = after.split_once('"')?;
        attributes.push((key, value));
        rest = after;
    }
}

/// A shape that can join a run: whether it is stroked or filled, its style (every attribute but
/// its geometry and the opacity), its path data, and for a polygon its bounding box.
fn shape(line: &str) -> Option<(Kind, String, String, Option<[f64; 4]>)> {
    let (name, attributes) = element(line)?;
    let get = |key: &str| attributes.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
    if get("opacity").is_some_and(|o| o != "1") {
        return None;
    }
    let fill = get("fill").unwrap_or("black");
    let stroke = get("stroke").unwrap_or("none");
    let (family, geometry): (Family, &[&str]) = match name {
        "polyline" => (Family::Line, &["points"]),
        "polygon" => (Family::Polygon, &["points"]),
        "circle" => (Family::Clockwise, &["cx", "cy", "r"]),
        "rect" => (Family::Clockwise, &["x", "y", "width", "height"]),
        _ => return None,
    };
    let kind = match (fill, stroke) {
        ("none", "none") => return None,
        ("none", _) => Kind::Stroke(family),
        (_, "none") => Kind::Fill(family),
        _ => return None,
    };
    let style = attributes
        .iter()
        .filter(|(k, _)| !geometry.contains(k) && *k != "opacity")
        .filter(|(k, _)| matches!(kind, Kind::Stroke(_)) || !k.starts_with("stroke"))
        .map(|(k, v)| format!("{k}=\"{v}\""))
        .collect::<Vec<_>>()
        .join(" ");
    let number = |key: &str| get(key)?.parse::<f64>().ok().filter(|v| v.is_finite());
    let (data, polygon_box) = match name {
        "circle" => {
            let (x, y, r) = (number("cx")?, number("cy")?, number("r")?);
            let d = 2.0 * r;
            (
                format!("M{} {y}a{r} {r} 0 1 1 {d} 0a{r} {r} 0 1 1 {} 0z", x - r, -d),
                None,
            )
        }
        "rect" => {
            let (x, y, w, h) = (number("x")?, number("y")?, number("width")?, number("height")?);
            (format!("M{x} {y}h{w}v{h}h{}z", -w), None)
        }
        _ => {
            let points = points(get("points")?)?;
            let mut d = String::new();
            for (i, (x, y)) in points.iter().enumerate() {
                d.push_str(&format!("{}{x} {y}", if i == 0 { "M" } else { "L" }));
            }
            if name == "polyline" {
                (d, None)
            } else {
                d.push('z');
                let bounds = points.iter().fold(
                    [f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY],
                    |b, (x, y)| [b[0].min(*x), b[1].min(*y), b[2].max(*x), b[3].max(*y)],
                );
                (d, Some(bounds))
            }
        }
    };
    Some((kind, style, data, polygon_box))
}

/// `x,y x,y …` as numbers; `None` when a pair does not read or there is none.
fn points(text: &str) -> Option<Vec<(f64, f64)>> {
    let points = text
        .split_whitespace()
        .map(|pair| {
            let (x, y) = pair.split_once(',')?;
            Some((x.parse().ok()?, y.parse().ok()?))
        })
        .collect::<Option<Vec<(f64, f64)>>>()?;
    (!points.is_empty()).then_some(points)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_of_like_shapes_becomes_one_path_in_its_place() {
        let svg = "<svg width=\"10\">\n\
            <polyline fill=\"none\" opacity=\"1\" stroke=\"#E3E3E3\" stroke-width=\"1\" points=\"0,5 10,5 \"/>\n\
            <polyline fill=\"none\" opacity=\"1\" stroke=\"#E3E3E3\" stroke-width=\"1\" points=\"0,7 10,7 \"/>\n\
            <circle cx=\"3\" cy=\"4\" r=\"2\" opacity=\"1\" fill=\"#1A1A1A\" stroke=\"none\" stroke-width=\"1\"/>\n\
            <circle cx=\"6\" cy=\"4\" r=\"2\" opacity=\"1\" fill=\"#1A1A1A\" stroke=\"none\" stroke-width=\"1\"/>\n\
            <text x=\"1\" opacity=\"1\" fill=\"#1A1A1A\">\n\
            opacity=\"1\" stays in words\n\
            </text>\n\
            </svg>\n";
        assert_eq!(
            compact(svg),
            "<svg width=\"10\">\n\
            <path fill=\"none\" stroke=\"#E3E3E3\" stroke-width=\"1\" d=\"M0 5L10 5M0 7L10 7\"/>\n\
            <path fill=\"#1A1A1A\" d=\"M1 4a2 2 0 1 1 4 0a2 2 0 1 1 -4 0zM4 4a2 2 0 1 1 4 0a2 2 0 1 1 -4 0z\"/>\n\
            <text x=\"1\" fill=\"#1A1A1A\">\n\
            opacity=\"1\" stays in words\n\
            </text>\n\
            </svg>\n"
        );
    }

    #[test]
    fn what_would_paint_otherwise_is_not_merged() {
        // Translucent (overlaps would darken), filled and stroked, other styles, overlapping
        // polygons (a hole where their turnings differ), and shapes not one after another.
        let translucent = "<rect x=\"0\" y=\"0\" width=\"4\" height=\"4\" opacity=\"0.07\" fill=\"#555555\" stroke=\"none\"/>\n";
        let both = "<circle cx=\"3\" cy=\"4\" r=\"2\" opacity=\"1\" fill=\"#FFFFFF\" stroke=\"#000000\" stroke-width=\"1\"/>\n";
        let a = "<polygon opacity=\"1\" fill=\"#0072B2\" points=\"0,0 4,0 4,4 0,4 \"/>\n";
        let b = "<polygon opacity=\"1\" fill=\"#0072B2\" points=\"2,2 2,6 6,6 6,2 \"/>\n";
        let c = "<polygon opacity=\"1\" fill=\"#0072B2\" points=\"9,9 12,9 12,12 \"/>\n";
        let other = "<polygon opacity=\"1\" fill=\"#D55E00\" points=\"20,0 24,0 24,4 \"/>\n";
        for svg in [translucent.repeat(2), both.repeat(2)] {
            assert_eq!(compact(&svg).matches("<path").count(), 0, "{svg}");
        }
        let out = compact(&[a, b, c, other, a].concat());
        assert_eq!(out.lines().count(), 4, "{out}");
        assert!(
            out.lines()
                .nth(1)
                .unwrap()
                .contains("M2 2L2 6L6 6L6 2zM9 9L12 9L12 12z"),
            "{out}"
        );
    }

    #[test]
    fn rects_and_circles_turn_clockwise_so_their_union_is_filled() {
        let out = compact(&[
            "<rect x=\"1\" y=\"2\" width=\"3\" height=\"4\" opacity=\"1\" fill=\"#FFFFFF\" stroke=\"none\"/>\n",
            "<circle cx=\"3\" cy=\"4\" r=\"2\" opacity=\"1\" fill=\"#FFFFFF\" stroke=\"none\" stroke-width=\"1\"/>\n",
        ]
        .concat());
        // Right, down, left: clockwise on screen; the arcs' sweep flag 1 is clockwise too.
        assert_eq!(
            out,
            "<path fill=\"#FFFFFF\" d=\"M1 2h3v4h-3zM1 4a2 2 0 1 1 4 0a2 2 0 1 1 -4 0z\"/>\n"
        );
    }
}
