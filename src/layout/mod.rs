//! The layout layer: a size in CSS px and a validated chart → a [`Frame`], the complete pixel
//! geometry of one render (text positions, plot rectangle, scales, ticks, legend, every mark).
//! Render draws exactly what the frame says; hit-testing later reads the same frame. May use
//! `spec`, `dataset`, `claims`, `scale` and `format`; never plotters or web types.

mod axes;
mod claims;
mod marks;
mod text;

pub use claims::ClaimSpan;
pub use marks::{Mark, MarkShape};
pub use text::{estimate_width_px, wrap};

use crate::dataset::Date;
use crate::error::Result;
use crate::scale::{BandScale, LinearScale};
use crate::spec::Chart;

/// What the reader has switched on or off; everything else follows from the chart and size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct View {
    /// Draw the claims layer: a span per claim with its verdict.
    pub show_claims: bool,
}

/// Font sizes in CSS px.
pub const TITLE_PX: f64 = 18.0;
/// Legend entries.
pub const LEGEND_PX: f64 = 13.0;
/// Tick labels and axis titles.
pub const LABEL_PX: f64 = 12.0;
/// The sources line.
pub const CREDIT_PX: f64 = 11.0;

/// An axis-aligned rectangle in CSS px.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RectPx {
    /// Left edge.
    pub left: f64,
    /// Top edge.
    pub top: f64,
    /// Right edge.
    pub right: f64,
    /// Bottom edge.
    pub bottom: f64,
}

impl RectPx {
    /// Width in px.
    pub fn width(&self) -> f64 {
        self.right - self.left
    }
    /// Height in px.
    pub fn height(&self) -> f64 {
        self.bottom - self.top
    }
}

/// Where a text's anchor point sits on the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Left edge, top.
    TopLeft,
    /// Horizontal centre, top.
    TopCenter,
    /// Right edge, vertical middle.
    MiddleRight,
    /// Left edge, vertical middle.
    MiddleLeft,
}

/// Role of a text, so render picks its colour and weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextRole {
    /// The chart's heading (bold).
    Title,
    /// Axis titles and the sources line (muted).
    Muted,
    /// Tick labels and legend entries.
    Label,
}

/// One text placed in the frame.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedText {
    /// Anchor x.
    pub x_px: f64,
    /// Anchor y.
    pub y_px: f64,
    /// The words.
    pub text: String,
    /// Font size.
    pub size_px: f64,
    /// Anchor position.
    pub align: Align,
    /// Colour and weight.
    pub role: TextRole,
}

/// The horizontal scale: continuous time, or one band per year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum XScale {
    /// Fractional years → px.
    Time(LinearScale),
    /// Whole years → bands.
    Band(BandScale),
}

/// One tick: where, and what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Position along its axis in px.
    pub px: f64,
    /// Label.
    pub label: String,
}

/// A legend entry: the series' swatch and its name.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendEntry {
    /// Index into the dataset's series.
    pub series: usize,
    /// The colour sample.
    pub swatch: RectPx,
    /// The name.
    pub label: PlacedText,
}

/// The pixel geometry of one render, in CSS px.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// Whole chart width.
    pub width_px: f64,
    /// Whole chart height.
    pub height_px: f64,
    /// Where the data is drawn.
    pub plot: RectPx,
    /// x scale.
    pub x: XScale,
    /// y scale (value → px, reversed).
    pub y: LinearScale,
    /// Ticks under the plot.
    pub x_ticks: Vec<Tick>,
    /// Ticks left of the plot (grid lines run across).
    pub y_ticks: Vec<Tick>,
    /// Title, axis titles and the sources line.
    pub texts: Vec<PlacedText>,
    /// Legend entries.
    pub legend: Vec<LegendEntry>,
    /// Every drawn bar and point.
    pub marks: Vec<Mark>,
    /// The claims layer's spans, when shown.
    pub claims: Vec<ClaimSpan>,
}

impl Frame {
    /// Lays out `chart` in `width_px` × `height_px` with the layers `view` switches on.
    pub fn compute(chart: &Chart, view: &View, width_px: f64, height_px: f64) -> Result<Frame> {
        let pad = if width_px < 420.0 { 8.0 } else { 14.0 };
        let mut texts = Vec::new();
        let mut y = pad;
        for line in wrap(&chart.title, TITLE_PX, true, width_px - 2.0 * pad) {
            texts.push(placed(pad, y, line, TITLE_PX, Align::TopLeft, TextRole::Title));
            y += TITLE_PX * 1.3;
        }
        y += 6.0;
        let (legend, legend_bottom) = legend(chart, pad, y, width_px - pad);
        y = legend_bottom + 6.0;
        if !chart.y_label.is_empty() {
            let label = chart.y_label.clone();
            texts.push(placed(pad, y, label, LABEL_PX, Align::TopLeft, TextRole::Muted));
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
        let plot_bottom = (height_px - pad - credit_h - 8.0 - x_label_h - LABEL_PX - 8.0).max(plot_top + 1.0);
        let y_axis = axes::y_axis(chart, plot_top, plot_bottom)?;
        let left = pad + y_axis.label_width_px + 8.0;
        let right = (width_px - pad - axes::right_overhang_px(chart)).max(left + 1.0);
        let plot = RectPx {
            left,
            top: plot_top,
            right,
            bottom: plot_bottom,
        };
        let (x, x_ticks) = axes::x_axis(chart, &plot)?;
        if !chart.x_label.is_empty() {
            let cx = (plot.left + plot.right) / 2.0;
            let label = chart.x_label.clone();
            texts.push(placed(
                cx,
                plot.bottom + 8.0 + LABEL_PX + 4.0,
                label,
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
            claims: Vec::new(),
        };
        frame.marks = marks::compute(chart, &frame);
        if view.show_claims {
            frame.claims = claims::compute(chart, &frame)?;
        }
        Ok(frame)
    }

    /// The x pixels where `from` starts and `to` ends: whole bands on a bar chart, the dates'
    /// own positions on a time axis.
    pub fn span_px(&self, from: &Date, to: &Date) -> Option<(f64, f64)> {
        match self.x {
            XScale::Time(s) => Some((
                s.value_to_px(from.to_year_fraction()),
                s.value_to_px(to.to_year_fraction()),
            )),
            XScale::Band(b) => Some((
                b.year_to_px(from.year)?,
                b.year_to_px(to.year)? + b.band_width_px(),
            )),
        }
    }

    /// The x pixel at the centre of `date`'s position (its band's centre on a bar chart).
    pub fn date_to_px(&self, date: &Date) -> Option<f64> {
        match self.x {
            XScale::Time(s) => Some(s.value_to_px(date.to_year_fraction())),
            XScale::Band(b) => b.year_to_px(date.year).map(|px| px + b.band_width_px() / 2.0),
        }
    }
}

fn placed(x_px: f64, y_px: f64, text: String, size_px: f64, align: Align, role: TextRole) -> PlacedText {
    PlacedText {
        x_px,
        y_px,
        text,
        size_px,
        align,
        role,
    }
}

/// Legend entries flowing left to right, wrapping; returns them and the bottom of the last row.
fn legend(chart: &Chart, left: f64, top: f64, right: f64) -> (Vec<LegendEntry>, f64) {
    const ROW_PX: f64 = 20.0;
    const SWATCH_PX: f64 = 14.0;
    let (mut x, mut y) = (left, top);
    let mut entries = Vec::new();
    for (i, s) in chart.dataset.series.iter().enumerate() {
        let w = SWATCH_PX + 6.0 + estimate_width_px(&s.name, LEGEND_PX, false);
        if x > left && x + w > right {
            x = left;
            y += ROW_PX;
        }
        let mid = y + ROW_PX / 2.0;
        entries.push(LegendEntry {
            series: i,
            swatch: RectPx {
                left: x,
                top: mid - SWATCH_PX / 2.0,
                right: x + SWATCH_PX,
                bottom: mid + SWATCH_PX / 2.0,
            },
            label: placed(
                x + SWATCH_PX + 6.0,
                mid,
                s.name.clone(),
                LEGEND_PX,
                Align::MiddleLeft,
                TextRole::Label,
            ),
        });
        x += w + 18.0;
    }
    (entries, y + ROW_PX)
}
