//! Free-standing texts (title, axis titles, sources line) and the text style every text uses.

use super::{px, render_error, rgb, Area};
use crate::error::Result;
use crate::layout::{Align, Frame, PlacedText, TextRole};
use crate::theme::Theme;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The plotters style for a text of `role` anchored at `align`.
pub fn text_style<'a>(theme: &'a Theme, size_px: f64, role: TextRole, align: Align) -> TextStyle<'a> {
    let (color, weight) = match role {
        TextRole::Title => (theme.text, FontStyle::Bold),
        TextRole::Label => (theme.text, FontStyle::Normal),
        TextRole::Muted => (theme.muted_text, FontStyle::Normal),
    };
    let pos = match align {
        Align::TopLeft => Pos::new(HPos::Left, VPos::Top),
        Align::TopCenter => Pos::new(HPos::Center, VPos::Top),
        Align::MiddleRight => Pos::new(HPos::Right, VPos::Center),
        Align::MiddleLeft => Pos::new(HPos::Left, VPos::Center),
    };
    TextStyle {
        font: (theme.font_family, size_px).into_font().style(weight),
        color: rgb(color).to_backend_color(),
        pos,
    }
}

/// Draws one placed text.
pub fn draw_placed<DB: DrawingBackend>(area: &Area<DB>, t: &PlacedText, theme: &Theme) -> Result<()> {
    let style = text_style(theme, t.size_px, t.role, t.align);
    area.draw_text(&t.text, &style, px(t.x_px, t.y_px))
        .map_err(render_error)
}

/// Draws the frame's free-standing texts.
pub fn draw<DB: DrawingBackend>(area: &Area<DB>, frame: &Frame, theme: &Theme) -> Result<()> {
    frame.texts.iter().try_for_each(|t| draw_placed(area, t, theme))
}
