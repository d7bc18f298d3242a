//! The frame: the complete pixel geometry of one render, in CSS px. Render draws exactly what
//! it says; hit-testing reads the same frame, so what is hit is what was drawn.

use super::bands::BandMark;
use super::claims::ClaimSpan;
use super::events::EventMark;
use super::labels::PlacedLabel;
use super::lines::LinePath;
use super::marks::Mark;
use super::visible::XDomain;
use crate::dataset::Date;
use crate::scale::{BandScale, LinearScale};

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
    /// Whether the point lies inside (edges included).
    pub fn contains(&self, x: f64, y: f64) -> bool {
        (self.left..=self.right).contains(&x) && (self.top..=self.bottom).contains(&y)
    }
}

/// Where a text's anchor point sits on the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Left edge, top.
    TopLeft,
    /// Horizontal centre, top.
    TopCenter,
    /// Right edge, top.
    TopRight,
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
    /// Tick labels, legend entries and point labels.
    Label,
    /// A line's name at its end, in the series' colour (brought to text contrast).
    Series(usize),
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

/// A legend entry that explains a kind of mark rather than naming a series: the range mark.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyEntry {
    /// Where the sample of the mark is drawn.
    pub swatch: RectPx,
    /// What it means.
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
    /// The legend's entry for the range marks, when the picture has both.
    pub legend_key: Option<KeyEntry>,
    /// Every drawn bar and point.
    pub marks: Vec<Mark>,
    /// Each visible line series, clipped to the plot, broken at gaps.
    pub lines: Vec<LinePath>,
    /// The claims layer's spans, when shown.
    pub claims: Vec<ClaimSpan>,
    /// Event markers under the x axis.
    pub events: Vec<EventMark>,
    /// Labelled periods: bands across the plot, names above it.
    pub bands: Vec<BandMark>,
    /// Point labels and line names placed on the plot.
    pub labels: Vec<PlacedLabel>,
    /// The x domain shown (fractional years; whole bands on a bar chart).
    pub x_domain: XDomain,
    /// The x domain that shows everything: the zoom limit.
    pub full_x_domain: XDomain,
    /// The font sizes of this frame (the view's type scale applied).
    pub type_sizes: super::TypeSizes,
}

impl Frame {
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

    /// The x pixel of a moment in fractional years; within its year's band on a bar chart.
    pub fn time_to_px(&self, year_fraction: f64) -> Option<f64> {
        match self.x {
            XScale::Time(s) => Some(s.value_to_px(year_fraction)),
            XScale::Band(b) => {
                let year = year_fraction.floor();
                Some(b.year_to_px(year as i32)? + (year_fraction - year) * b.band_width_px())
            }
        }
    }

    /// The moment (fractional years) under x pixel `x_px`; the inverse of [`Frame::time_to_px`].
    pub fn px_to_time(&self, x_px: f64) -> f64 {
        match self.x {
            XScale::Time(s) => s.px_to_value(x_px),
            XScale::Band(b) => {
                let (first, _) = b.years();
                f64::from(first) + (x_px - self.plot.left) / b.band_width_px()
            }
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

/// A text anchored at a point.
pub fn placed(x_px: f64, y_px: f64, text: String, size_px: f64, align: Align, role: TextRole) -> PlacedText {
    PlacedText {
        x_px,
        y_px,
        text,
        size_px,
        align,
        role,
    }
}
