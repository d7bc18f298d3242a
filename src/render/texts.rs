//! Free-standing texts (title, axis titles, sources line), the text style every text uses, and
//! the CSS font string a canvas draws that style in (what a measurement must use).

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
        // A line's name takes its series' colour where it is drawn (`labels`).
        TextRole::Label | TextRole::Series(_) => (theme.text, FontStyle::Normal),
        TextRole::Muted => (theme.muted_text, FontStyle::Normal),
    };
    let pos = match align {
        Align::TopLeft => Pos::new(HPos::Left, VPos::Top),
        Align::TopCenter => Pos::new(HPos::Center, VPos::Top),
        Align::TopRight => Pos::new(HPos::Right, VPos::Top),
        Align::MiddleRight => Pos::new(HPos::Right, VPos::Center),
        Align::MiddleLeft => Pos::new(HPos::Left, VPos::Center),
    };
    TextStyle {
        font: FontDesc::new(font_family(theme.font_family), size_px, weight),
        color: rgb(color).to_backend_color(),
        pos,
    }
}

/// plotters' family for a CSS family name: its generic families by name, ASCII case aside, else
/// the name itself. (plotters' own `From<&str>` lower-cases the name with Unicode tables, which
/// the web module would carry for this one comparison.)
fn font_family(name: &str) -> FontFamily<'_> {
    match name {
        n if n.eq_ignore_ascii_case("serif") => FontFamily::Serif,
        n if n.eq_ignore_ascii_case("sans-serif") => FontFamily::SansSerif,
        n if n.eq_ignore_ascii_case("monospace") => FontFamily::Monospace,
        n => FontFamily::Name(n),
    }
}

/// The CSS font the canvas backend sets for a text of `size_px` in `family`, bold or not: the
/// same string (`super::css_font`) the backend writes from the [`text_style`] above, so a width
/// measured with it is the width of the text as drawn.
pub fn text_font(size_px: f64, bold: bool, family: &str) -> String {
    let weight = if bold { FontStyle::Bold } else { FontStyle::Normal };
    super::css_font(weight.as_str(), size_px, family)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{CREDIT_PX, LABEL_PX, LEGEND_PX, TITLE_PX};
    use plotters_backend::BackendTextStyle;

    #[test]
    fn css_font_is_the_font_the_canvas_backend_sets() {
        let theme = Theme::LIGHT;
        for size in [TITLE_PX, LEGEND_PX, LABEL_PX, CREDIT_PX, 10.5] {
            for role in [TextRole::Title, TextRole::Label, TextRole::Muted] {
                let style = text_style(&theme, size, role, Align::TopLeft);
                // As plotters-canvas 0.3.1 `draw_text` builds it from the style it is handed.
                let canvas = format!(
                    "{} {}px {}",
                    BackendTextStyle::style(&style).as_str(),
                    BackendTextStyle::size(&style),
                    BackendTextStyle::family(&style).as_str()
                );
                assert_eq!(
                    text_font(size, role == TextRole::Title, crate::theme::FONT_FAMILY),
                    canvas
                );
            }
        }
        assert_eq!(text_font(11.0, false, "sans-serif"), "normal 11px sans-serif");
        assert_eq!(text_font(18.0, true, "sans-serif"), "bold 18px sans-serif");
    }

    #[test]
    fn generic_families_are_known_by_name_in_any_ascii_case_and_others_kept() {
        assert!(matches!(font_family("Sans-Serif"), FontFamily::SansSerif));
        assert!(matches!(font_family("serif"), FontFamily::Serif));
        assert!(matches!(font_family("MONOSPACE"), FontFamily::Monospace));
        assert!(matches!(font_family("Georgia"), FontFamily::Name("Georgia")));
    }
}
