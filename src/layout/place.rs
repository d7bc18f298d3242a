//! [`Frame::compute`]: places the blocks of a chart from the top (title, legend, y-axis title,
//! claims rows) and from the bottom (sources line, x tick labels, event row, x-axis title), puts
//! the plot in between, then fills in scales, ticks and every mark. Numbers come from `metrics`.

use super::metrics::{
    pad_px, AXIS_GAP_PX, BLOCK_GAP_PX, CREDIT_LINE_HEIGHT_RATIO, CREDIT_PX, EVENTS_GAP_PX, LABEL_PX,
    LINE_HEIGHT_RATIO, TICK_GAP_PX, TITLE_PX, Y_LABEL_GAP_PX,
};
use super::{
    axes, claims, events, legend, lines, marks, min_span_years, placed, wrap, Align, Frame, RectPx, TextRole,
    View, XDomain,
};
use crate::error::{ChartError, Result};
use crate::spec::Chart;

impl Frame {
    /// Lays out `chart` in `width_px` × `height_px` as `view` asks.
    pub fn compute(chart: &Chart, view: &View, width_px: f64, height_px: f64) -> Result<Frame> {
        let full_x_domain = XDomain::full(chart).ok_or_else(|| ChartError::missing("series[0].points"))?;
        let x_domain = view.x_range.map_or(full_x_domain, |r| {
            r.clamped(full_x_domain, min_span_years(chart.kind))
        });
        let pad = pad_px(width_px);
        let mut texts = Vec::new();
        let (legend, plot_top) = place_top(chart, view, pad, width_px, &mut texts);
        let credit_h = place_credit(chart, pad, width_px, height_px, &mut texts);
        let x_label_h = if chart.x_label.is_empty() {
            0.0
        } else {
            LABEL_PX * LINE_HEIGHT_RATIO
        };
        let events_h = if chart.events.is_empty() {
            0.0
        } else {
            events::ROW_PX + EVENTS_GAP_PX
        };
        let ticks_h = AXIS_GAP_PX + LABEL_PX + TICK_GAP_PX;
        let below_plot = ticks_h + events_h + x_label_h + AXIS_GAP_PX;
        let plot_bottom = (height_px - pad - credit_h - below_plot).max(plot_top + 1.0);
        let y_axis = axes::y_axis(chart, view, &x_domain, plot_top, plot_bottom)?;
        let left = pad + y_axis.label_width_px + Y_LABEL_GAP_PX;
        let right = (width_px - pad - axes::right_overhang_px(chart)).max(left + 1.0);
        let plot = RectPx {
            left,
            top: plot_top,
            right,
            bottom: plot_bottom,
        };
        let (x, x_ticks) = axes::x_axis(chart, &x_domain, &plot)?;
        let events_top = plot.bottom + ticks_h;
        if !chart.x_label.is_empty() {
            let (cx, ly) = ((plot.left + plot.right) / 2.0, events_top + events_h);
            let label = chart.x_label.clone();
            texts.push(placed(cx, ly, label, LABEL_PX, Align::TopCenter, TextRole::Muted));
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

/// Title, legend, y-axis title and claims rows from the top; returns the legend and the plot's top.
fn place_top(
    chart: &Chart,
    view: &View,
    pad: f64,
    width_px: f64,
    texts: &mut Vec<super::PlacedText>,
) -> (Vec<super::LegendEntry>, f64) {
    let mut y = pad;
    if view.title_in_canvas {
        for line in wrap(&chart.title, TITLE_PX, true, width_px - 2.0 * pad) {
            texts.push(placed(pad, y, line, TITLE_PX, Align::TopLeft, TextRole::Title));
            y += TITLE_PX * LINE_HEIGHT_RATIO;
        }
        y += BLOCK_GAP_PX;
    }
    let mut entries = Vec::new();
    if view.legend_in_canvas {
        let (placed_entries, bottom) = legend::compute(chart, view, pad, y, width_px - pad);
        (entries, y) = (placed_entries, bottom + BLOCK_GAP_PX);
    }
    if !chart.y_label.is_empty() {
        let label = chart.y_label.clone();
        texts.push(placed(pad, y, label, LABEL_PX, Align::TopLeft, TextRole::Muted));
        y += LABEL_PX * LINE_HEIGHT_RATIO + BLOCK_GAP_PX;
    }
    if view.show_claims {
        y += chart.claims.len() as f64 * claims::ROW_PX;
    }
    (entries, y)
}

/// The sources line, wrapped, at the bottom; returns its height.
fn place_credit(
    chart: &Chart,
    pad: f64,
    width_px: f64,
    height_px: f64,
    texts: &mut Vec<super::PlacedText>,
) -> f64 {
    let line_h = CREDIT_PX * CREDIT_LINE_HEIGHT_RATIO;
    let credit = wrap(&chart.credit, CREDIT_PX, false, width_px - 2.0 * pad);
    let credit_h = credit.len() as f64 * line_h;
    let mut y = height_px - pad - credit_h;
    for line in credit {
        texts.push(placed(pad, y, line, CREDIT_PX, Align::TopLeft, TextRole::Muted));
        y += line_h;
    }
    credit_h
}

#[cfg(test)]
mod tests {
    use super::super::measure::set_measure;
    use super::super::text::estimate_width_px;
    use super::*;
    use crate::Lang;

    /// A font 30% wider than the estimate (DejaVu Sans is 10–14% wider than Arial).
    fn wide(text: &str, size_px: f64, bold: bool) -> Option<f64> {
        Some(estimate_width_px(text, size_px, bold) * 1.3)
    }

    #[test]
    fn place_wraps_the_sources_line_earlier_in_a_wider_font() {
        let chart = Chart::builtin("repression", Lang::EN).unwrap();
        let credit_lines = |frame: &Frame| {
            frame
                .texts
                .iter()
                .filter(|t| chart.credit.contains(&t.text))
                .count()
        };
        let plain = Frame::compute(&chart, &View::default(), 800.0, 500.0).unwrap();
        set_measure(Some(wide));
        let wider = Frame::compute(&chart, &View::default(), 800.0, 500.0).unwrap();
        set_measure(None);
        assert!(
            credit_lines(&wider) > credit_lines(&plain),
            "{} lines, then {}",
            credit_lines(&plain),
            credit_lines(&wider)
        );
        assert!(
            wider.plot.bottom < plain.plot.bottom,
            "more lines of sources leave the plot less room"
        );
    }
}
