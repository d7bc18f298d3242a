//! [`Frame::compute`]: places the blocks of a chart from the top (title, legend, y-axis title,
//! claim labels) and from the bottom (sources line, x tick labels, event row, x-axis title), puts
//! the plot in between, then fills in scales, ticks and every mark. Numbers come from `metrics`.

use super::metrics::{
    pad_px, TypeSizes, AXIS_GAP_PX, BLOCK_GAP_PX, CREDIT_LINE_HEIGHT_RATIO, EVENTS_GAP_PX, LINE_HEIGHT_RATIO,
    TICK_GAP_PX, Y_LABEL_GAP_PX,
};
use super::{
    axes, bands, claims, events, labels, legend, lines, marks, min_span_years, placed, shown_series, wrap,
    Align, Frame, RectPx, TextRole, View, XDomain,
};
use crate::error::{ChartError, Result};
use crate::i18n::word;
use crate::spec::Chart;

/// How many times layout may widen the room for claim labels before it settles.
const CLAIMS_PASSES: usize = 3;

impl Frame {
    /// Lays out `chart` in `width_px` × `height_px` as `view` asks.
    pub fn compute(chart: &Chart, view: &View, width_px: f64, height_px: f64) -> Result<Frame> {
        // Larger type only where the chart is wide enough for it.
        let view = &*super::fitted_view(view, width_px);
        let ranges = has_alternatives(chart, view);
        let mut frame = Self::compute_claims(chart, view, width_px, height_px, ranges)?;
        // A legend drawn in the picture explains range marks only where the picture has one: bars
        // too narrow for their lane have none, and then the legend has no entry for them.
        let drawn = frame.marks.iter().any(|m| m.range_x_px.is_some());
        if ranges && !drawn && view.legend_in_canvas {
            frame = Self::compute_claims(chart, view, width_px, height_px, false)?;
        }
        frame.labels = labels::compute(chart, view, &frame);
        Ok(frame)
    }

    /// The layout with the claims layer's labels fitted above the plot, when it is shown.
    fn compute_claims(
        chart: &Chart,
        view: &View,
        width_px: f64,
        height_px: f64,
        ranges: bool,
    ) -> Result<Frame> {
        if !view.show_claims {
            return Self::compute_with(chart, view, width_px, height_px, 0.0, ranges);
        }
        // Claim labels wrap to the plot's width, which the y labels beside the plot decide, which
        // depend on the plot's height: start from one line per label and widen until they fit.
        let mut claims_h = chart.claims.len() as f64 * claims::row_px(&TypeSizes::at(view.type_scale));
        let mut frame = Self::compute_with(chart, view, width_px, height_px, claims_h, ranges)?;
        for _ in 1..CLAIMS_PASSES {
            let needed = claims::height_px(chart, frame.plot.width(), &frame.type_sizes)?;
            if needed <= claims_h {
                break;
            }
            claims_h = needed;
            frame = Self::compute_with(chart, view, width_px, height_px, claims_h, ranges)?;
        }
        frame.claims = claims::compute(chart, &frame)?;
        Ok(frame)
    }

    /// The layout with `claims_h` px kept above the plot for claim labels, claims not yet placed;
    /// with `ranges`, range marks where there is room, and the legend's entry for them.
    fn compute_with(
        chart: &Chart,
        view: &View,
        width_px: f64,
        height_px: f64,
        claims_h: f64,
        ranges: bool,
    ) -> Result<Frame> {
        let full_x_domain = XDomain::full(chart).ok_or_else(|| ChartError::missing("series[0].points"))?;
        let x_domain = view.x_range.map_or(full_x_domain, |r| {
            r.clamped(full_x_domain, min_span_years(chart.kind))
        });
        let pad = pad_px(width_px);
        let sizes = TypeSizes::at(view.type_scale);
        let mut texts = Vec::new();
        // From the top: title, legend, y-axis title; then the names of the periods; then the
        // claim labels, right above the plot their spans shade.
        let key = ranges.then(|| word("other-figure", chart.lang));
        let (legend, strip_top) = place_top(chart, view, pad, width_px, key, &mut texts);
        let plot_top = strip_top + bands::strip_height_px(chart, &sizes) + claims_h;
        let credit_h = if view.credit_in_canvas {
            place_credit(chart, &sizes, pad, (width_px, height_px), &mut texts)
        } else {
            0.0
        };
        let x_label_h = if chart.x_label.is_empty() {
            0.0
        } else {
            sizes.label_line_px()
        };
        let markers_h = if chart.events.is_empty() {
            0.0
        } else {
            events::ROW_PX + EVENTS_GAP_PX
        };
        let ticks_h = AXIS_GAP_PX + sizes.label_px + TICK_GAP_PX;
        let below_plot = ticks_h + markers_h + x_label_h + AXIS_GAP_PX;
        // The events' names take a row of their own only where the plot keeps its height.
        let names_h = events::names_height_px(chart, &sizes);
        let room = height_px - pad - credit_h - below_plot - plot_top;
        let names_h = if room - names_h >= events::MIN_PLOT_FOR_NAMES_PX {
            names_h
        } else {
            0.0
        };
        let events_h = markers_h + names_h;
        let plot_bottom = (height_px - pad - credit_h - below_plot - names_h).max(plot_top + 1.0);
        let y_axis = axes::y_axis(chart, view, &x_domain, plot_top, plot_bottom)?;
        let left = pad + y_axis.label_width_px + Y_LABEL_GAP_PX;
        let right = (width_px - pad - axes::right_overhang_px(chart, sizes.label_px)).max(left + 1.0);
        let plot = RectPx {
            left,
            top: plot_top,
            right,
            bottom: plot_bottom,
        };
        let (x, x_ticks) = axes::x_axis(chart, &x_domain, &plot, sizes.label_px)?;
        let events_top = plot.bottom + ticks_h;
        if !chart.x_label.is_empty() {
            let (cx, ly) = ((plot.left + plot.right) / 2.0, events_top + events_h);
            let label = chart.x_label.clone();
            texts.push(placed(
                cx,
                ly,
                label,
                sizes.label_px,
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
            legend: legend.entries,
            legend_key: legend.key,
            marks: Vec::new(),
            lines: Vec::new(),
            claims: Vec::new(),
            events: Vec::new(),
            bands: Vec::new(),
            labels: Vec::new(),
            x_domain,
            full_x_domain,
            type_sizes: sizes,
        };
        frame.marks = marks::compute(chart, view, &frame, ranges);
        frame.lines = lines::compute(chart, view, &frame);
        frame.events = events::compute(chart, &frame, events_top);
        if names_h > 0.0 {
            events::names(chart, &mut frame, events_top);
        }
        frame.bands = bands::compute(chart, &frame, strip_top, view.highlight.as_deref());
        Ok(frame)
    }
}

/// Whether a shown series has a point with another source's figure.
fn has_alternatives(chart: &Chart, view: &View) -> bool {
    shown_series(chart, view).any(|(_, s)| s.details().iter().any(|p| !p.alternatives.is_empty()))
}

/// Title, legend (with an entry saying `key`, if any) and y-axis title from the top; returns the
/// legend and where they end.
fn place_top(
    chart: &Chart,
    view: &View,
    pad: f64,
    width_px: f64,
    key: Option<&str>,
    texts: &mut Vec<super::PlacedText>,
) -> (legend::Legend, f64) {
    let mut y = pad;
    let sizes = TypeSizes::at(view.type_scale);
    if view.title_in_canvas {
        for line in wrap(&chart.title, sizes.title_px, true, width_px - 2.0 * pad) {
            texts.push(placed(
                pad,
                y,
                line,
                sizes.title_px,
                Align::TopLeft,
                TextRole::Title,
            ));
            y += sizes.title_px * LINE_HEIGHT_RATIO;
        }
        y += BLOCK_GAP_PX;
    }
    let mut placed_legend = legend::Legend {
        entries: Vec::new(),
        key: None,
        bottom: y,
    };
    if view.legend_in_canvas {
        placed_legend = legend::compute(chart, view, pad, y, width_px - pad, sizes.legend_px, key);
        y = placed_legend.bottom + BLOCK_GAP_PX;
    }
    if !chart.y_label.is_empty() {
        let label = chart.y_label.clone();
        texts.push(placed(
            pad,
            y,
            label,
            sizes.label_px,
            Align::TopLeft,
            TextRole::Muted,
        ));
        y += sizes.label_line_px() + BLOCK_GAP_PX;
    }
    (placed_legend, y)
}

/// The sources line, wrapped, at the bottom; returns its height.
fn place_credit(
    chart: &Chart,
    sizes: &TypeSizes,
    pad: f64,
    (width_px, height_px): (f64, f64),
    texts: &mut Vec<super::PlacedText>,
) -> f64 {
    let line_h = sizes.credit_px * CREDIT_LINE_HEIGHT_RATIO;
    let credit = wrap(&chart.credit, sizes.credit_px, false, width_px - 2.0 * pad);
    let credit_h = credit.len() as f64 * line_h;
    let mut y = height_px - pad - credit_h;
    for line in credit {
        texts.push(placed(
            pad,
            y,
            line,
            sizes.credit_px,
            Align::TopLeft,
            TextRole::Muted,
        ));
        y += line_h;
    }
    credit_h
}

#[cfg(test)]
mod tests {
    use super::super::measure::{set_measure, width_px};
    use super::super::text::estimate_width_px;
    use super::super::LABEL_PX;
    use super::*;
    use crate::Lang;

    /// A font 30% wider than the estimate (DejaVu Sans is 10–14% wider than Arial).
    fn wide(text: &str, size_px: f64, bold: bool) -> Option<f64> {
        Some(estimate_width_px(text, size_px, bold) * 1.3)
    }

    /// Left and right of `t` as the hook measures it.
    fn span(t: &super::super::PlacedText) -> (f64, f64) {
        let w = width_px(&t.text, t.size_px, t.role == TextRole::Title);
        match t.align {
            Align::TopLeft | Align::MiddleLeft => (t.x_px, t.x_px + w),
            Align::TopCenter => (t.x_px - w / 2.0, t.x_px + w / 2.0),
            Align::MiddleRight | Align::TopRight => (t.x_px - w, t.x_px),
        }
    }

    /// Every text of `frame` that runs past the picture (or its claim label's box), as words.
    fn texts_past_their_box(frame: &Frame) -> Vec<String> {
        let mut past = Vec::new();
        let mut check = |what: &str, (l, r): (f64, f64), (bl, br): (f64, f64)| {
            if l < bl - 0.5 || r > br + 0.5 {
                past.push(format!("{what}: {l:.1}–{r:.1} outside {bl:.1}–{br:.1}"));
            }
        };
        let picture = (0.0, frame.width_px);
        for t in frame.texts.iter().chain(frame.legend.iter().map(|e| &e.label)) {
            check(&t.text, span(t), picture);
        }
        for t in &frame.x_ticks {
            let w = width_px(&t.label, LABEL_PX, false);
            check(&t.label, (t.px - w / 2.0, t.px + w / 2.0), picture);
        }
        for t in &frame.y_ticks {
            let right = frame.plot.left - Y_LABEL_GAP_PX;
            check(
                &t.label,
                (right - width_px(&t.label, LABEL_PX, false), right),
                picture,
            );
        }
        for c in &frame.claims {
            let b = c.label_box;
            for line in &c.lines {
                check(&line.text, span(line), (b.left, b.right));
                check(&line.text, (b.left, b.right), picture);
            }
        }
        past
    }

    #[test]
    fn place_keeps_every_text_inside_by_the_hooks_widths() {
        set_measure(Some(wide));
        let export = View {
            show_claims: true,
            ..View::default()
        };
        let page = View {
            title_in_canvas: false,
            legend_in_canvas: false,
            ..View::default()
        };
        let mut past = Vec::new();
        for lang in ["en", "ru"] {
            for id in ["party-membership", "repression", "gulag"] {
                let chart = Chart::builtin(id, Lang::negotiate(lang)).unwrap();
                for width in [320.0, 380.0, 600.0, 800.0, 1000.0] {
                    for view in [&export, &page] {
                        let frame = Frame::compute(&chart, view, width, width * 0.625).unwrap();
                        let where_ = format!("{id} ({lang}) at {width}");
                        past.extend(
                            texts_past_their_box(&frame)
                                .into_iter()
                                .map(|p| format!("{where_}: {p}")),
                        );
                    }
                }
            }
        }
        set_measure(None);
        assert!(past.is_empty(), "{}", past.join("\n"));
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
