//! What a key on a focused chart means: walk the points, step through the events, zoom, or
//! reset. Pure decisions (where the first key lands, where event stepping stops); the web layer
//! applies them and redraws.

use super::cursor::{Cursor, Move};
use crate::layout::{is_shown, View};
use crate::spec::Chart;

/// The zoom factor of one `+` (and `−` zooms out by its inverse).
pub const KEY_ZOOM_FACTOR: f64 = 2.0;

/// A key's meaning on a focused chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum KeyCommand {
    /// Move the keyboard cursor.
    Walk(Move),
    /// `]`: the next event; `[`: the previous one.
    Event {
        /// Towards later events.
        forward: bool,
    },
    /// `+` (or `=`) zooms in, `−` (or `_`) out, about the plot's middle, by this factor.
    Zoom(f64),
    /// Escape: clear the focus and show everything.
    Reset,
}

impl KeyCommand {
    /// The command for a `KeyboardEvent.key`, or `None` when the chart leaves the key alone.
    pub fn from_key(key: &str) -> Option<KeyCommand> {
        if let Some(step) = Move::from_key(key) {
            return Some(KeyCommand::Walk(step));
        }
        Some(match key {
            "]" => KeyCommand::Event { forward: true },
            "[" => KeyCommand::Event { forward: false },
            "+" | "=" => KeyCommand::Zoom(KEY_ZOOM_FACTOR),
            "-" | "_" | "\u{2212}" => KeyCommand::Zoom(1.0 / KEY_ZOOM_FACTOR),
            "Escape" => KeyCommand::Reset,
            _ => return None,
        })
    }
}

/// Where the cursor goes for `step` from `current`: a cursor on a hidden series (or none) starts
/// over, and the first key lands on the first shown point (Home, End and the page keys then
/// apply from there).
pub fn walk(chart: &Chart, view: &View, current: Option<Cursor>, step: Move) -> Cursor {
    match current {
        Some(c)
            if chart
                .dataset
                .series
                .get(c.series)
                .is_some_and(|s| is_shown(view, s)) =>
        {
            c.step(chart, view, step)
        }
        _ => {
            let start = Cursor::start(chart, view).unwrap_or(Cursor { series: 0, point: 0 });
            match step {
                Move::Next | Move::Prev | Move::PrevSeries | Move::NextSeries => start,
                _ => start.step(chart, view, step),
            }
        }
    }
}

/// The event after (or before) `current` among `count`, stopping at the ends; the first press
/// lands on the first event. `None` when there are no events.
pub fn step_event(current: Option<usize>, count: usize, forward: bool) -> Option<usize> {
    let last = count.checked_sub(1)?;
    Some(match (current, forward) {
        (None, _) => 0,
        (Some(i), true) => (i + 1).min(last),
        (Some(i), false) => i.saturating_sub(1),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    #[test]
    fn keys_map_to_commands() {
        assert_eq!(
            KeyCommand::from_key("ArrowUp"),
            Some(KeyCommand::Walk(Move::PrevSeries))
        );
        assert_eq!(
            KeyCommand::from_key("["),
            Some(KeyCommand::Event { forward: false })
        );
        assert_eq!(KeyCommand::from_key("="), Some(KeyCommand::Zoom(2.0)));
        assert_eq!(KeyCommand::from_key("-"), Some(KeyCommand::Zoom(0.5)));
        assert_eq!(KeyCommand::from_key("Escape"), Some(KeyCommand::Reset));
        assert_eq!(KeyCommand::from_key("a"), None);
        assert_eq!(KeyCommand::from_key("Tab"), None);
    }

    #[test]
    fn keys_first_press_lands_on_the_first_shown_point() {
        let chart = Chart::builtin("repression", Lang::EN).unwrap();
        let view = View::default();
        assert_eq!(
            walk(&chart, &view, None, Move::Next),
            Cursor { series: 0, point: 0 }
        );
        let last = chart.dataset.series[0].len() - 1;
        assert_eq!(
            walk(&chart, &view, None, Move::Last),
            Cursor {
                series: 0,
                point: last
            }
        );
        let hidden = View {
            hidden: vec![chart.dataset.series[0].id.clone()],
            ..View::default()
        };
        let on_hidden = Some(Cursor { series: 0, point: 3 });
        assert_eq!(
            walk(&chart, &hidden, on_hidden, Move::Next),
            Cursor { series: 1, point: 0 }
        );
    }

    #[test]
    fn keys_events_step_and_stop_at_the_ends() {
        assert_eq!(step_event(None, 0, true), None);
        assert_eq!(step_event(None, 5, false), Some(0));
        assert_eq!(step_event(Some(0), 5, false), Some(0));
        assert_eq!(step_event(Some(3), 5, true), Some(4));
        assert_eq!(step_event(Some(4), 5, true), Some(4));
    }
}
