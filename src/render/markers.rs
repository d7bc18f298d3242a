//! Non-colour cues, so no reader depends on hue (WCAG 1.4.1): each series' points get their own
//! marker shape (disc, square, triangle, diamond, in series order), and bars of the second and
//! third series carry a pattern (diagonal hatching, horizontal rules) in the background colour.

use super::{px, render_error, rgb, Area};
use crate::error::Result;
use crate::layout::{clip_segment, RectPx};
use crate::theme::Theme;
use plotters::prelude::*;

/// Draws the marker of series number `series` at (`x`, `y`); `hollow` for uncertain figures.
pub fn marker<DB: DrawingBackend>(
    area: &Area<DB>,
    series: usize,
    x: f64,
    y: f64,
    colour: RGBColor,
    hollow: bool,
    theme: &Theme,
) -> Result<()> {
    let r = 4.0;
    let outline: Vec<(f64, f64)> = match series % 4 {
        0 => Vec::new(),
        1 => vec![(x - r, y - r), (x + r, y - r), (x + r, y + r), (x - r, y + r)],
        2 => vec![(x, y - r - 1.0), (x + r + 0.5, y + r), (x - r - 0.5, y + r)],
        _ => vec![
            (x, y - r - 1.0),
            (x + r + 1.0, y),
            (x, y + r + 1.0),
            (x - r - 1.0, y),
        ],
    };
    let stroke = ShapeStyle::from(colour).stroke_width(2);
    let fill = if hollow { rgb(theme.background) } else { colour };
    if outline.is_empty() {
        let centre = px(x, y);
        area.draw(&Circle::new(centre, 4, fill.filled()))
            .map_err(render_error)?;
        if hollow {
            area.draw(&Circle::new(centre, 4, stroke)).map_err(render_error)?;
        }
        return Ok(());
    }
    let points: Vec<(i32, i32)> = outline.iter().map(|&(a, b)| px(a, b)).collect();
    area.draw(&Polygon::new(points.clone(), fill.filled()))
        .map_err(render_error)?;
    if hollow {
        let mut closed = points;
        closed.push(closed[0]);
        area.draw(&PathElement::new(closed, stroke))
            .map_err(render_error)?;
    }
    Ok(())
}

/// Lays the pattern of series number `series` over the bar `r` (none for the first series).
pub fn bar_pattern<DB: DrawingBackend>(
    area: &Area<DB>,
    series: usize,
    r: RectPx,
    theme: &Theme,
) -> Result<()> {
    let style = ShapeStyle::from(rgb(theme.background)).stroke_width(1);
    let spacing = 5.0;
    let segments: Vec<((f64, f64), (f64, f64))> = match series % 3 {
        0 => Vec::new(),
        1 => {
            let span = r.width() + r.height();
            (1..)
                .map(|k| f64::from(k) * spacing)
                .take_while(|d| *d < span)
                .map(|d| ((r.left + d, r.bottom), (r.left + d - r.height(), r.top)))
                .collect()
        }
        _ => (1..)
            .map(|k| r.bottom - f64::from(k) * spacing)
            .take_while(|y| *y > r.top)
            .map(|y| ((r.left, y), (r.right, y)))
            .collect(),
    };
    for (a, b) in segments {
        if let Some((a, b)) = clip_segment(a, b, &r) {
            area.draw(&PathElement::new(vec![px(a.0, a.1), px(b.0, b.1)], style))
                .map_err(render_error)?;
        }
    }
    Ok(())
}
