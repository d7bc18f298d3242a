//! What the tooltip and the live region say about a target, in the reader's language, and where
//! the tooltip goes so it stays inside the widget.

use super::hit::{target_shape, Target};
use crate::format::{human_date, thousands};
use crate::i18n::{status_label, ui_text};
use crate::layout::{Frame, MarkShape};
use crate::spec::Chart;

/// The words for one target.
#[derive(Debug, Clone, PartialEq)]
pub struct TooltipText {
    /// `point` or `event`.
    pub kind: &'static str,
    /// The date as read (`1937`, `1 January 1924`).
    pub heading: String,
    /// The series' id (empty for an event).
    pub series_id: String,
    /// The series' name, or the word for an event.
    pub series: String,
    /// The figure formatted (`936,750`), the words for a gap, or the event's title.
    pub value: String,
    /// The figure itself, for `chronicle-select` listeners.
    pub number: Option<f64>,
    /// The date as written in the data (`1921-03`).
    pub date: String,
    /// Status, source, other figures and notes, one line each.
    pub details: Vec<String>,
    /// Everything in one sentence, for the live region.
    pub announcement: String,
}

fn label(key: &str, chart: &Chart) -> &'static str {
    ui_text(key, chart.lang).unwrap_or("")
}

fn source_short<'a>(chart: &'a Chart, key: Option<&str>) -> Option<&'a str> {
    Some(chart.sources.get(key?)?.short.as_str())
}

/// Describes `target`; `None` if it no longer exists in `chart`.
pub fn describe_target(chart: &Chart, target: Target) -> Option<TooltipText> {
    let lang = chart.lang;
    match target {
        Target::Point { series, point } => {
            let s = chart.dataset.series.get(series)?;
            let p = s.point(point)?;
            let value = p
                .value()
                .map_or_else(|| label("no-data", chart).to_string(), |v| thousands(v, lang));
            let mut details = Vec::new();
            if let (Some(status), Some(_)) = (p.status(), p.value()) {
                details.push(status_label(status, lang).to_string());
            }
            if let Some(src) = source_short(chart, p.source()) {
                details.push(format!("{}: {src}", label("source", chart)));
            }
            for a in p.alternatives() {
                let who =
                    source_short(chart, a.source.as_deref()).map_or(String::new(), |s| format!(" ({s})"));
                details.push(format!(
                    "{}: {}{who}",
                    label("other-figure", chart),
                    thousands(a.value, lang)
                ));
            }
            details.extend(p.note().map(str::to_string));
            let heading = human_date(&p.date(), lang);
            let announcement = sentence(&format!("{}, {heading}: {value}", s.name), &details);
            Some(TooltipText {
                kind: "point",
                heading,
                series_id: s.id.clone(),
                series: s.name.clone(),
                value,
                number: p.value(),
                date: p.date().to_string(),
                details,
                announcement,
            })
        }
        Target::Event(i) => {
            let e = chart.events.get(i)?;
            let heading = match e.end {
                Some(end) => format!("{} – {}", human_date(&e.date, lang), human_date(&end, lang)),
                None => human_date(&e.date, lang),
            };
            let mut details = Vec::new();
            if let Some(src) = source_short(chart, e.source.as_deref()) {
                details.push(format!("{}: {src}", label("source", chart)));
            }
            let announcement = sentence(
                &format!("{}, {heading}: {}", label("event", chart), e.title),
                &details,
            );
            Some(TooltipText {
                kind: "event",
                heading,
                series_id: String::new(),
                series: label("event", chart).to_string(),
                value: e.title.clone(),
                number: None,
                date: e.date.to_string(),
                details,
                announcement,
            })
        }
    }
}

/// The other events that share event `event`'s target in `frame` (events closer together than a
/// finger), for the tooltip to list after it: a heading line, then `date: title` for each, left
/// to right; empty when the event has its target to itself.
pub fn events_sharing(chart: &Chart, frame: &Frame, event: usize) -> Vec<String> {
    let Some(group) = frame.events.iter().find(|e| e.event == event).map(|e| e.group) else {
        return Vec::new();
    };
    let others: Vec<&crate::dataset::Event> = crate::layout::left_to_right(&frame.events)
        .into_iter()
        .map(|k| &frame.events[k])
        .filter(|e| e.group == group && e.event != event)
        .filter_map(|e| chart.events.get(e.event))
        .collect();
    if others.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![format!("{}:", label("also-here", chart))];
    lines.extend(
        others
            .iter()
            .map(|e| format!("{}: {}", human_date(&e.date, chart.lang), e.title)),
    );
    lines
}

fn sentence(head: &str, details: &[String]) -> String {
    let mut out = format!("{head}.");
    for d in details {
        out.push(' ');
        out.push_str(d.trim_end_matches('.'));
        out.push('.');
    }
    out
}

/// Where the tooltip of `target` points, in layout px: the top middle of its bar, its marker,
/// the foot of the plot at its date for a gap, or the top of an event marker; else the pointer,
/// else the plot's top left.
pub fn tooltip_anchor(
    chart: &Chart,
    frame: &Frame,
    target: Target,
    pointer: Option<(f64, f64)>,
) -> (f64, f64) {
    let anchor = match target {
        Target::Point { series, point } => match target_shape(chart, frame, target) {
            Some(MarkShape::Bar(r)) => Some(((r.left + r.right) / 2.0, r.top)),
            Some(MarkShape::Dot { x_px, y_px, .. }) => Some((x_px, y_px)),
            None => chart
                .dataset
                .series
                .get(series)
                .and_then(|s| s.point(point))
                .and_then(|p| frame.date_to_px(&p.date()))
                .map(|x| (x, frame.plot.bottom)),
        },
        Target::Event(i) => frame
            .events
            .iter()
            .find(|e| e.event == i)
            .map(|e| (e.x_px, e.row.top)),
    };
    anchor.or(pointer).unwrap_or((frame.plot.left, frame.plot.top))
}

/// Where a tooltip goes: the same rule for the live chart and for its picture.
pub use chronicle_picture::place_tooltip;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn target(chart: &Chart, series: &str, date: &str) -> Target {
        let si = chart.dataset.series.iter().position(|s| s.id == series).unwrap();
        let pi = chart.dataset.series[si]
            .points()
            .position(|p| p.date().to_string() == date)
            .unwrap();
        Target::Point {
            series: si,
            point: pi,
        }
    }

    #[test]
    fn tooltip_names_value_source_status_and_alternatives() {
        let chart = Chart::builtin("repression", Lang::EN).unwrap();
        let t = describe_target(&chart, target(&chart, "arrests", "1937")).unwrap();
        assert_eq!((t.heading.as_str(), t.value.as_str()), ("1937", "936,750"));
        assert_eq!(
            t.details,
            vec!["archival document", "Source: USSR MVD certificate, 1953"]
        );
        assert_eq!(
            t.announcement,
            "Arrests by the security organs, 1937: 936,750. archival document. Source: USSR MVD certificate, 1953."
        );
        let gap = describe_target(&chart, target(&chart, "arrests", "1941")).unwrap();
        assert_eq!(gap.value, "no data");
        let party = Chart::builtin("party-membership", Lang::negotiate("ru")).unwrap();
        let t = describe_target(&party, target(&party, "total", "1924-01-01")).unwrap();
        assert_eq!(t.heading, "1 января 1924");
        assert_eq!(t.value, "472\u{a0}000");
        assert!(
            t.details
                .iter()
                .any(|d| d.starts_with("Данные другого источника: 446\u{a0}089")),
            "{:?}",
            t.details
        );
    }

    #[test]
    fn tooltip_of_columns_says_the_value_and_the_day_of_its_x() {
        use crate::interact::hit_test;
        use crate::layout::{View, XScale};
        use crate::spec::{ChartSpec, ColumnSpec, ColumnsSpec};
        let columns = ColumnsSpec {
            x: vec![1921.0, 1921.25, 1921.5, 1921.75].into(),
            series: vec![ColumnSpec {
                name: "Members".into(),
                y: vec![10.0, 2345.0, f64::NAN, 7.0].into(),
            }],
        };
        let chart = Chart::from_spec(&ChartSpec::from_columns("t", columns), Lang::EN).unwrap();
        let view = View::default();
        let frame = Frame::compute(&chart, &view, 800.0, 450.0).unwrap();
        let XScale::Time(x) = frame.x else {
            panic!("a time axis")
        };
        let (px, py) = (x.value_to_px(1921.25), frame.y.value_to_px(2345.0));
        let hit = hit_test(&chart, &view, &frame, px + 2.0, py + 2.0).unwrap();
        let t = describe_target(&chart, hit).unwrap();
        // 0.25 of 1921 is its 92nd day, 2 April.
        assert_eq!((t.value.as_str(), t.number), ("2,345", Some(2345.0)));
        assert_eq!(
            (t.heading.as_str(), t.date.as_str()),
            ("2 April 1921", "1921-04-02")
        );
        assert_eq!(t.announcement, "Members, 2 April 1921: 2,345.");
        let gap = describe_target(&chart, Target::Point { series: 0, point: 2 }).unwrap();
        assert_eq!((gap.value.as_str(), gap.number), ("no data", None));
    }

    #[test]
    fn tooltip_points_at_the_top_of_its_bar() {
        let chart = Chart::builtin("repression", Lang::EN).unwrap();
        let frame = Frame::compute(&chart, &crate::layout::View::default(), 800.0, 500.0).unwrap();
        let t = target(&chart, "arrests", "1937");
        let Some(MarkShape::Bar(bar)) = target_shape(&chart, &frame, t) else {
            panic!("1937 arrests is a bar")
        };
        assert_eq!(
            tooltip_anchor(&chart, &frame, t, None),
            ((bar.left + bar.right) / 2.0, bar.top)
        );
        let gap = target(&chart, "arrests", "1941");
        let (_, y) = tooltip_anchor(&chart, &frame, gap, Some((1.0, 2.0)));
        assert_eq!(y, frame.plot.bottom, "a gap points at the foot of the plot");
    }
}

#[cfg(test)]
mod sharing_tests {
    use super::*;
    use crate::layout::View;
    use crate::Lang;

    #[test]
    fn tooltip_of_an_event_lists_the_others_that_share_its_target() {
        let chart = Chart::builtin("repression", Lang::EN).unwrap();
        let frame = Frame::compute(&chart, &View::default(), 320.0, 420.0).unwrap();
        let i = chart
            .events
            .iter()
            .position(|e| e.date.to_string() == "1937-07-30")
            .unwrap();
        let lines = events_sharing(&chart, &frame, i);
        assert_eq!(lines[0], "Also here:");
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("11 August 1937: NKVD Order 00485")),
            "{lines:?}"
        );
        assert!(
            !lines.iter().any(|l| l.contains("Order 00447 signed")),
            "not itself: {lines:?}"
        );
        // Wide enough, Lenin's death (1924) has its target to itself.
        let wide = Frame::compute(&chart, &View::default(), 1200.0, 700.0).unwrap();
        let lenin = chart.events.iter().position(|e| e.date.year == 1924).unwrap();
        assert!(events_sharing(&chart, &wide, lenin).is_empty());
    }
}
