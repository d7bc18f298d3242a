//! The overlay: what follows the pointer or the keyboard, drawn on its own canvas over the chart
//! so a pointer move never redraws the chart itself. A crosshair at the focused date, an outline
//! around the focused bar or point (with the range of other sources' figures beside it), a marked
//! event; and a linked cursor from another chart.

use super::ranges::range_mark;
use super::{px, render_error, rgb, Area};
use crate::error::Result;
use crate::interact::Target;
use crate::layout::{Frame, MarkShape, RANGE_TICK_PX};
use crate::theme::Theme;
use plotters::prelude::*;

/// What the overlay shows.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Focus {
    /// The hovered or keyboard-selected target.
    pub target: Option<Target>,
    /// A moment (fractional years) set from outside: another chart's cursor.
    pub linked_time: Option<f64>,
    /// Where the target is drawn (from `interact::target_shape`), when it is a point.
    pub shape: Option<MarkShape>,
}

impl Focus {
    /// True when the overlay shows nothing: no target and no linked moment. A blank overlay
    /// that is already clear need not be cleared again on the chart's next redraw (a canvas
    /// touched in a frame is one more layer the browser rasterises and composites).
    pub fn is_blank(&self) -> bool {
        self.target.is_none() && self.linked_time.is_none()
    }
}

/// Draws `focus` over a transparent backend the size of the frame (the caller clears it).
pub fn draw_overlay<DB: DrawingBackend>(
    backend: DB,
    frame: &Frame,
    focus: &Focus,
    theme: &Theme,
) -> Result<()> {
    let area = backend.into_drawing_area();
    let ink = ShapeStyle::from(rgb(theme.text)).stroke_width(2);
    let hair = ShapeStyle::from(rgb(theme.axis)).stroke_width(1);
    if let Some(t) = focus.linked_time {
        if let Some(x) = frame
            .time_to_px(t)
            .filter(|x| (frame.plot.left..=frame.plot.right).contains(x))
        {
            vertical(&area, frame, x, hair)?;
            let year = t.floor() as i32;
            for m in frame.marks.iter().filter(|m| mark_year(frame, m) == year) {
                outline(&area, m.shape, ink)?;
            }
        }
    }
    match focus.target {
        Some(Target::Point { series, point }) => {
            if let Some(m) = frame
                .marks
                .iter()
                .find(|m| m.series == series && m.point == point)
            {
                vertical(&area, frame, m.centre_x_px(), hair)?;
                outline(&area, m.shape, ink)?;
                // Another source's figure, beside the outline: drawn here even where the bar
                // was too narrow for its range mark.
                if let Some((top, bottom)) = m.alt_px {
                    let x = match m.shape {
                        MarkShape::Bar(r) => r.right + 2.0 + RANGE_TICK_PX,
                        MarkShape::Dot { .. } => m.range_x_px.unwrap_or(m.centre_x_px() + 9.0),
                    };
                    range_mark(&area, x, top, bottom, rgb(theme.text), 2)?;
                }
            }
        }
        Some(Target::Event(i)) => {
            if let Some(e) = frame.events.iter().find(|e| e.event == i) {
                vertical(&area, frame, e.x_px, hair)?;
                let corners = [px(e.row.left, e.row.top), px(e.row.right, e.row.bottom)];
                area.draw(&Rectangle::new(corners, ink)).map_err(render_error)?;
            }
        }
        None => {}
    }
    area.present().map_err(render_error)
}

/// The year a mark stands in, read back from its position.
fn mark_year(frame: &Frame, m: &crate::layout::Mark) -> i32 {
    frame.px_to_time(m.centre_x_px()).floor() as i32
}

fn vertical<DB: DrawingBackend>(area: &Area<DB>, frame: &Frame, x: f64, style: ShapeStyle) -> Result<()> {
    let line = vec![px(x, frame.plot.top), px(x, frame.plot.bottom)];
    area.draw(&PathElement::new(line, style)).map_err(render_error)
}

fn outline<DB: DrawingBackend>(area: &Area<DB>, shape: MarkShape, style: ShapeStyle) -> Result<()> {
    match shape {
        MarkShape::Bar(r) => {
            let corners = [px(r.left - 2.0, r.top - 2.0), px(r.right + 2.0, r.bottom)];
            area.draw(&Rectangle::new(corners, style)).map_err(render_error)
        }
        MarkShape::Dot { x_px, y_px, .. } => area
            .draw(&Circle::new(px(x_px, y_px), 7, style))
            .map_err(render_error),
    }
}

#[cfg(all(test, feature = "full"))]
mod tests {
    use super::*;
    use crate::layout::View;
    use crate::spec::Chart;
    use crate::Lang;
    use plotters_svg::SVGBackend;

    #[test]
    fn overlay_draws_a_focused_bars_range_where_the_chart_had_no_room_for_it() {
        let chart = Chart::builtin("repression", Lang::EN).unwrap();
        let frame = crate::layout::Frame::compute(&chart, &View::default(), 800.0, 450.0).unwrap();
        // 1931's convictions: 180,696 by the MVD, 33,539 by the KGB; no lane at this width.
        let convictions = chart.dataset.series_by_id("convictions").unwrap();
        let point = convictions.index_at(&crate::dataset::Date::year(1931)).unwrap();
        let series = chart
            .dataset
            .series
            .iter()
            .position(|s| s.id == "convictions")
            .unwrap();
        let m = frame
            .marks
            .iter()
            .find(|m| m.series == series && m.point == point)
            .unwrap();
        assert!(m.range_x_px.is_none() && m.alt_px.is_some(), "{m:?}");
        let focus = Focus {
            target: Some(Target::Point { series, point }),
            shape: Some(m.shape),
            ..Focus::default()
        };
        let mut svg = String::new();
        {
            let backend = SVGBackend::with_string(&mut svg, (800, 450));
            draw_overlay(backend, &frame, &focus, &Theme::LIGHT).unwrap();
        }
        let MarkShape::Bar(r) = m.shape else {
            panic!("a bar")
        };
        let (top, bottom) = m.alt_px.unwrap();
        let x = (r.right + 2.0 + RANGE_TICK_PX).round();
        let line = format!("{x},{} {x},{}", top.round(), bottom.round());
        assert!(svg.contains(&line), "no range {line} in {svg}");
    }

    /// The overlay's SVG at 800 × 450 for `focus` on the repression chart.
    fn overlay_svg(focus: &Focus) -> String {
        let chart = Chart::builtin("repression", Lang::EN).unwrap();
        let frame = crate::layout::Frame::compute(&chart, &View::default(), 800.0, 450.0).unwrap();
        let mut svg = String::new();
        {
            let backend = SVGBackend::with_string(&mut svg, (800, 450));
            draw_overlay(backend, &frame, focus, &Theme::LIGHT).unwrap();
        }
        svg
    }

    #[test]
    fn a_blank_focus_draws_nothing_and_any_other_focus_is_not_blank() {
        let drawn = |svg: &str| {
            ["<line", "<polyline", "<rect", "<circle", "<path", "<text"]
                .iter()
                .any(|tag| svg.contains(tag))
        };
        let blank = Focus::default();
        assert!(blank.is_blank());
        assert!(!drawn(&overlay_svg(&blank)), "{}", overlay_svg(&blank));
        // A linked moment inside the plot, and an event, each draw something and are not blank.
        for focus in [
            Focus {
                linked_time: Some(1937.5),
                ..Focus::default()
            },
            Focus {
                target: Some(Target::Event(0)),
                ..Focus::default()
            },
        ] {
            assert!(drawn(&overlay_svg(&focus)), "{focus:?} drew nothing");
            assert!(!focus.is_blank(), "{focus:?}");
        }
    }
}
