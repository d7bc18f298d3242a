//! The layout layer: a size in CSS px, a validated chart and a [`View`] (what the reader has
//! switched on, hidden or zoomed) → a [`Frame`], the complete pixel geometry of one render: text
//! positions, plot rectangle, scales, ticks, legend, every mark, line and event marker. Render
//! draws exactly what the frame says; hit-testing reads the same frame. May use `spec`,
//! `dataset`, `claims`, `scale` and `format`; never plotters or web types.

mod axes;
mod claims;
mod decimate;
mod events;
mod frame;
mod legend;
mod lines;
mod marks;
mod text;
mod visible;

pub use claims::ClaimSpan;
pub use events::EventMark;
pub use frame::{placed, Align, Frame, LegendEntry, PlacedText, RectPx, TextRole, Tick, XScale};
pub use lines::{clip_segment, is_dense, LinePath};
pub use marks::{bar_slot, slot_at, Mark, MarkShape};
pub use text::{estimate_width_px, wrap};
pub use visible::{is_shown, min_span_years, shown_series, XDomain};

use crate::error::{ChartError, Result};
use crate::spec::Chart;

/// What the reader has switched on, off or zoomed; everything else follows from chart and size.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// Draw the claims layer: a span per claim with its verdict.
    pub show_claims: bool,
    /// Draw the title inside the picture (exports); a page may show it as text above instead.
    pub title_in_canvas: bool,
    /// Draw the legend inside the picture (exports); a page may show it as buttons instead.
    pub legend_in_canvas: bool,
    /// Ids of the series the reader has switched off.
    pub hidden: Vec<String>,
    /// The zoomed x domain; everything when `None`.
    pub x_range: Option<XDomain>,
    /// The y axis' top while a transition runs; the rounded data maximum when `None`.
    pub y_top: Option<f64>,
}

impl Default for View {
    fn default() -> Self {
        View {
            show_claims: false,
            title_in_canvas: true,
            legend_in_canvas: true,
            hidden: Vec::new(),
            x_range: None,
            y_top: None,
        }
    }
}

/// Font sizes in CSS px.
pub const TITLE_PX: f64 = 18.0;
/// Legend entries.
pub const LEGEND_PX: f64 = 13.0;
/// Tick labels and axis titles.
pub const LABEL_PX: f64 = 12.0;
/// The sources line.
pub const CREDIT_PX: f64 = 11.0;

impl Frame {
    /// Lays out `chart` in `width_px` × `height_px` as `view` asks.
    pub fn compute(chart: &Chart, view: &View, width_px: f64, height_px: f64) -> Result<Frame> {
        let full_x_domain = XDomain::full(chart).ok_or_else(|| ChartError::missing("series[0].points"))?;
        let x_domain = view.x_range.map_or(full_x_domain, |r| {
            r.clamped(full_x_domain, min_span_years(chart.kind))
        });
        let pad = if width_px < 420.0 { 8.0 } else { 14.0 };
        let mut texts = Vec::new();
        let mut y = pad;
        if view.title_in_canvas {
            for line in wrap(&chart.title, TITLE_PX, true, width_px - 2.0 * pad) {
                texts.push(placed(pad, y, line, TITLE_PX, Align::TopLeft, TextRole::Title));
                y += TITLE_PX * 1.3;
            }
            y += 6.0;
        }
        let mut legend = Vec::new();
        if view.legend_in_canvas {
            let (entries, bottom) = legend::compute(chart, view, pad, y, width_px - pad);
            (legend, y) = (entries, bottom + 6.0);
        }
        if !chart.y_label.is_empty() {
            texts.push(placed(
                pad,
                y,
                chart.y_label.clone(),
                LABEL_PX,
                Align::TopLeft,
                TextRole::Muted,
            ));
            y += LABEL_PX * 1.3 + 6.0;
        }
        if view.show_claims {
            y += chart.claims.len() as f64 * claims::ROW_PX;
        }
        let plot_top = y;
        let credit = wrap(&chart.credit, CREDIT_PX, false, width_px - 2.0 * pad);
        let credit_h = credit.len() as f64 * CREDIT_PX * 1.35;
        let mut cy = height_px - pad - credit_h;
        for line in credit {
            texts.push(placed(pad, cy, line, CREDIT_PX, Align::TopLeft, TextRole::Muted));
            cy += CREDIT_PX * 1.35;
        }
        let x_label_h = if chart.x_label.is_empty() {
            0.0
        } else {
            LABEL_PX * 1.3
        };
        let events_h = if chart.events.is_empty() {
            0.0
        } else {
            events::ROW_PX + 4.0
        };
        let below_plot = 8.0 + LABEL_PX + 6.0 + events_h + x_label_h + 8.0;
        let plot_bottom = (height_px - pad - credit_h - below_plot).max(plot_top + 1.0);
        let y_axis = axes::y_axis(chart, view, &x_domain, plot_top, plot_bottom)?;
        let left = pad + y_axis.label_width_px + 8.0;
        let right = (width_px - pad - axes::right_overhang_px(chart)).max(left + 1.0);
        let plot = RectPx {
            left,
            top: plot_top,
            right,
            bottom: plot_bottom,
        };
        let (x, x_ticks) = axes::x_axis(chart, &x_domain, &plot)?;
        let events_top = plot.bottom + 8.0 + LABEL_PX + 6.0;
        if !chart.x_label.is_empty() {
            let (cx, ly) = ((plot.left + plot.right) / 2.0, events_top + events_h);
            texts.push(placed(
                cx,
                ly,
                chart.x_label.clone(),
                LABEL_PX,
                Align::TopCenter,
                TextRole::Muted,
            ));
        }
        let mut frame = Frame {
            width_px,
            height_px,
            plot,
            x,
            y: y_axis.scale,
            x_ticks,
            y_ticks: y_axis.ticks,
            texts,
            legend,
            marks: Vec::new(),
            lines: Vec::new(),
            claims: Vec::new(),
            events: Vec::new(),
            x_domain,
            full_x_domain,
        };
        frame.marks = marks::compute(chart, view, &frame);
        frame.lines = lines::compute(chart, view, &frame);
        frame.events = events::compute(chart, &frame, events_top);
        if view.show_claims {
            frame.claims = claims::compute(chart, &frame)?;
        }
        Ok(frame)
    }
}
