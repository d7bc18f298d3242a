//! The layout layer: a size in CSS px, a validated chart and a [`View`] (what the reader has
//! switched on, hidden or zoomed) → a [`Frame`], the complete pixel geometry of one render: text
//! positions, plot rectangle, scales, ticks, legend, every mark, line and event marker. Render
//! draws exactly what the frame says; hit-testing reads the same frame. May use `spec`,
//! `dataset`, `claims`, `scale` and `format`; never plotters or web types.

mod axes;
mod bands;
mod claims;
mod decimate;
mod events;
mod frame;
mod labels;
mod legend;
mod lines;
mod marks;
mod measure;
mod metrics;
mod place;
mod text;
mod visible;

pub use bands::BandMark;
pub use claims::ClaimSpan;
pub use events::{left_to_right, EventMark};
pub use frame::{placed, Align, Frame, KeyEntry, LegendEntry, PlacedText, RectPx, TextRole, Tick, XScale};
pub use labels::{mark_box, overlap, point_label_text, text_box, LabelOf, PlacedLabel};
pub use lines::{clip_segment, is_dense, LinePath};
pub use marks::{bar_slot, slot_at, Mark, MarkShape, RANGE_TICK_PX};
pub use measure::{set_measure, width_px, Measure, WidthCache};
pub use metrics::{clamp_type_scale, clamp_zoom, TypeSizes, CREDIT_PX, LABEL_PX, LEGEND_PX, TITLE_PX};
pub use text::{estimate_width_px, wrap};
pub use visible::{is_shown, min_span_years, shown_series, toggled, XDomain};

/// What the reader has switched on, off or zoomed; everything else follows from chart and size.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// Draw the claims layer: a span per claim with its verdict.
    pub show_claims: bool,
    /// Draw the title inside the picture (exports); a page may show it as text above instead.
    pub title_in_canvas: bool,
    /// Draw the legend inside the picture (exports); a page may show it as buttons instead.
    pub legend_in_canvas: bool,
    /// Draw the sources line inside the picture (exports); a page may show it as text below,
    /// where it wraps without taking the plot's height on a phone.
    pub credit_in_canvas: bool,
    /// Ids of the series the reader has switched off.
    pub hidden: Vec<String>,
    /// The zoomed x domain; everything when `None`.
    pub x_range: Option<XDomain>,
    /// The y axis' top while a transition runs; the rounded data maximum when `None`.
    pub y_top: Option<f64>,
    /// How much larger the text is than the page sizes (a page's font size over 16 px; a
    /// kiosk's screen): font sizes multiply by it, the plot keeps the rest of the room.
    pub type_scale: f64,
    /// The id of the labelled period a page puts forward (a kiosk's step): its band is drawn
    /// stronger than the others and its name in the text colour.
    pub highlight: Option<String>,
}

impl Default for View {
    fn default() -> Self {
        View {
            show_claims: false,
            title_in_canvas: true,
            legend_in_canvas: true,
            credit_in_canvas: true,
            hidden: Vec::new(),
            x_range: None,
            y_top: None,
            type_scale: 1.0,
            highlight: None,
        }
    }
}

/// `view` with its type scale fitted to a chart `width_px` wide (`metrics::fitted_type_scale`).
fn fitted_view(view: &View, width_px: f64) -> std::borrow::Cow<'_, View> {
    let scale = metrics::fitted_type_scale(view.type_scale, width_px);
    if scale.to_bits() == view.type_scale.to_bits() {
        std::borrow::Cow::Borrowed(view)
    } else {
        std::borrow::Cow::Owned(View {
            type_scale: scale,
            ..view.clone()
        })
    }
}
