//! What pointer, wheel, keys and the legend do: each call asks `interact` what it means against
//! the last frame, updates the focus or the view, and redraws the overlay (cheap) or asks the page
//! for a render (when the view changed). Answers are plain data for the tooltip and live region.

use super::{to_js, ChartHandle, JsValue};
use crate::dataset::Date;
use crate::interact::{
    describe_target, ensure_visible, events_sharing, hit_test, pan_by_px, step_event, tooltip_anchor, walk,
    wheel, zoom_about_middle, zoom_at_px, Gesture, KeyCommand, Target,
};
use crate::layout::{is_shown, toggled, Frame, View, XDomain};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// What the tooltip and live region show, and where the tooltip points.
#[derive(Serialize)]
struct FocusInfo {
    kind: &'static str,
    heading: String,
    series_id: String,
    series: String,
    value: String,
    number: Option<f64>,
    date: String,
    details: Vec<String>,
    announcement: String,
    anchor_x: f64,
    anchor_y: f64,
}

/// The answer to a key press.
#[derive(Serialize)]
struct KeyAnswer {
    handled: bool,
    render: bool,
    focus: Option<FocusInfo>,
}

#[wasm_bindgen]
impl ChartHandle {
    /// A pointer (`touch` or not; `primary`: a mouse's main button) went down at (`x`, `y`) CSS px.
    #[wasm_bindgen(js_name = pointerDown)]
    pub fn pointer_down(&mut self, id: i32, touch: bool, primary: bool, x: f64, y: f64, now_ms: f64) {
        self.gestures.down(id, touch, primary, x, y, now_ms);
    }

    /// A pointer moved to (`x`, `y`) CSS px. Pans and pinches are applied here; returns what the
    /// page does next: `"render"` (schedule a frame), `"hover"` (show what is at the pointer)
    /// or `"none"`.
    #[wasm_bindgen(js_name = pointerMove)]
    pub fn pointer_move(&mut self, id: i32, touch: bool, x: f64, y: f64, now_ms: f64) -> String {
        let zoomed = self.view.x_range.is_some();
        let gesture = self.gestures.moved(id, touch, x, y, zoomed);
        self.act(gesture, now_ms).to_string()
    }

    /// A pointer went up (or, with `cancelled`, was taken by the browser): `"hover"` for a tap
    /// (show what is there), `"reset"` for a double-tap, else `"none"`.
    #[wasm_bindgen(js_name = pointerUp)]
    pub fn pointer_up(&mut self, id: i32, x: f64, y: f64, now_ms: f64, cancelled: bool) -> String {
        if cancelled {
            self.gestures.cancel(id);
            return "none".into();
        }
        let gesture = self.gestures.up(id, x, y, now_ms);
        self.act(gesture, now_ms).to_string()
    }

    /// A wheel turn (`delta_y` in `delta_mode` units) at `x` CSS px: `"render"` when it zoomed
    /// (the chart has focus, or Ctrl is held), `"hint"` when the page should scroll and say how
    /// to zoom, `"none"` otherwise.
    pub fn wheel(
        &mut self,
        delta_y: f64,
        delta_mode: u32,
        x: f64,
        ctrl: bool,
        focused: bool,
        now_ms: f64,
    ) -> String {
        self.act(wheel(delta_y, delta_mode, x, ctrl, focused), now_ms)
            .to_string()
    }

    /// The pointer is at (`x`, `y`) CSS px: focus what is there, redraw the overlay, and return
    /// the tooltip's content (or null).
    pub fn hover(&mut self, x: f64, y: f64) -> Result<JsValue, JsValue> {
        let (x, y) = (x / self.zoom, y / self.zoom);
        let target = self
            .frame
            .as_ref()
            .and_then(|f| hit_test(&self.chart, &self.view, f, x, y));
        if target != self.focus.target {
            self.focus.target = target;
            self.draw_overlay()?;
        }
        self.focus_info_at(Some((x, y)))
    }

    /// The pointer left: clear the focus.
    pub fn leave(&mut self) -> Result<(), JsValue> {
        self.focus.target = None;
        self.draw_overlay()
    }

    /// The tooltip content for the current focus, anchored on its mark in the last frame.
    #[wasm_bindgen(js_name = focusInfo)]
    pub fn focus_info(&self) -> Result<JsValue, JsValue> {
        self.focus_info_at(None)
    }

    /// Marks the moment of `date` (another chart's cursor) on the overlay; false if not a date.
    #[wasm_bindgen(js_name = setCursor)]
    pub fn set_cursor(&mut self, date: &str) -> Result<bool, JsValue> {
        let Some(d) = Date::parse(date) else {
            return Ok(false);
        };
        self.focus.linked_time = Some(d.to_year_fraction());
        self.draw_overlay()?;
        Ok(true)
    }

    /// Removes the linked cursor.
    #[wasm_bindgen(js_name = clearCursor)]
    pub fn clear_cursor(&mut self) -> Result<(), JsValue> {
        self.focus.linked_time = None;
        self.draw_overlay()
    }
}

impl ChartHandle {
    /// Zooms by `factor` (> 1 in) about the x pixel `x`; animated when `animate`.
    fn zoom_at(&mut self, x: f64, factor: f64, animate: bool, now_ms: f64) {
        self.zoom_at_layout(x / self.zoom, factor, animate, now_ms);
    }

    /// Pans by `dx` CSS px (a drag); never animated.
    fn pan_by(&mut self, dx: f64) {
        let dx = dx / self.zoom;
        let Some(frame) = &self.frame else { return };
        if self.view.x_range.is_none() {
            return;
        }
        let domain = pan_by_px(&self.chart, frame, dx);
        self.view.x_range = Some(domain);
        self.transition = None;
    }

    /// Applies what a gesture changes in the view; names what the page does next.
    fn act(&mut self, gesture: Gesture, now_ms: f64) -> &'static str {
        match gesture {
            Gesture::None => "none",
            Gesture::Hover { .. } | Gesture::Tap { .. } => "hover",
            Gesture::Pan { dx_px } => {
                self.pan_by(dx_px);
                "render"
            }
            Gesture::Zoom { x_px, factor } => {
                self.zoom_at(x_px, factor, false, now_ms);
                "render"
            }
            Gesture::Reset => "reset",
            Gesture::ZoomHint => "hint",
        }
    }

    /// Zooms about `x` in layout px.
    fn zoom_at_layout(&mut self, x: f64, factor: f64, animate: bool, now_ms: f64) {
        let Some(frame) = &self.frame else { return };
        let domain = zoom_at_px(&self.chart, frame, self.asked_domain(frame), x, factor);
        self.show_domain(domain, frame.full_x_domain, animate, now_ms);
    }

    /// The range the reader asked for (ahead of the last frame while a transition runs).
    fn asked_domain(&self, frame: &Frame) -> XDomain {
        let full = frame.full_x_domain;
        self.view.x_range.map_or(full, |r| r.clamped(full, 0.0))
    }

    /// Shows `domain` (everything when it is `full`), with a transition when `animate`.
    fn show_domain(&mut self, domain: XDomain, full: XDomain, animate: bool, now_ms: f64) {
        let target = View {
            x_range: (domain != full).then_some(domain),
            ..self.view.clone()
        };
        self.apply(target, animate, now_ms);
    }
}

#[wasm_bindgen]
impl ChartHandle {
    /// Returns to the view the page asked for (everything when none), animated.
    pub fn reset(&mut self, now_ms: f64) {
        let target = View {
            x_range: self.home,
            ..self.view.clone()
        };
        self.apply(target, true, now_ms);
    }

    /// Switches a series off or on (never the last one shown); returns whether it is shown now.
    #[wasm_bindgen(js_name = toggleSeries)]
    pub fn toggle_series(&mut self, id: &str, now_ms: f64) -> bool {
        self.revision = self.revision.wrapping_add(1);
        let index = self.chart.dataset.series.iter().position(|s| s.id == id);
        if let Some(target) = toggled(&self.chart, &self.view, id) {
            self.apply(target, true, now_ms);
        }
        let shown = index.is_some_and(|i| is_shown(&self.view, &self.chart.dataset.series[i]));
        if !shown && matches!(self.focus.target, Some(Target::Point { series, .. }) if Some(series) == index)
        {
            self.focus.target = None;
            self.cursor = None;
        }
        shown
    }

    /// A key press on the focused chart: arrows, Home/End, PageUp/PageDown walk the points; [ and
    /// ] the events; + and − zoom; Escape resets. Returns `{handled, render, focus}`.
    pub fn key(&mut self, key: &str, now_ms: f64) -> Result<JsValue, JsValue> {
        let unhandled = KeyAnswer {
            handled: false,
            render: false,
            focus: None,
        };
        let (Some(frame), Some(command)) = (&self.frame, KeyCommand::from_key(key)) else {
            return to_js(&unhandled);
        };
        let render = match command {
            KeyCommand::Walk(step) => {
                let cursor = walk(&self.chart, &self.view, self.cursor, step);
                self.cursor = Some(cursor);
                self.focus.target = Some(Target::Point {
                    series: cursor.series,
                    point: cursor.point,
                });
                let point = self.chart.dataset.series[cursor.series].point(cursor.point);
                self.follow(point.map(|p| p.x()))
            }
            KeyCommand::Event { forward } => {
                let Some(next) = step_event(self.event_cursor, self.chart.events.len(), forward) else {
                    return to_js(&unhandled);
                };
                self.event_cursor = Some(next);
                self.focus.target = Some(Target::Event(next));
                self.follow(Some(self.chart.events[next].date.to_year_fraction()))
            }
            KeyCommand::Zoom(factor) => {
                // From the range asked for, not the last frame: two presses before a frame zoom twice.
                let full = frame.full_x_domain;
                let domain = zoom_about_middle(&self.chart, full, self.asked_domain(frame), factor);
                self.show_domain(domain, full, true, now_ms);
                true
            }
            KeyCommand::Reset => {
                self.focus.target = None;
                self.reset(now_ms);
                true
            }
        };
        if !render {
            self.draw_overlay()?;
        }
        let focus = self.focus_target_info(None);
        to_js(&KeyAnswer {
            handled: true,
            render,
            focus,
        })
    }
}

impl ChartHandle {
    /// Sets the reader's view, with a transition when asked and motion is allowed.
    fn apply(&mut self, target: View, animate: bool, now_ms: f64) {
        if animate {
            self.transition_to(target, now_ms);
        } else {
            self.view = target;
            self.transition = None;
        }
    }

    /// Pans (without animation) so the moment `at` is on screen; true if the view moved.
    fn follow(&mut self, at: Option<f64>) -> bool {
        let (Some(frame), Some(at)) = (&self.frame, at) else {
            return false;
        };
        if self.view.x_range.is_none() {
            return false;
        }
        let domain = ensure_visible(frame, at);
        let moved = Some(domain) != self.view.x_range;
        self.view.x_range = Some(domain);
        moved
    }

    fn focus_info_at(&self, pointer: Option<(f64, f64)>) -> Result<JsValue, JsValue> {
        match self.focus_target_info(pointer) {
            Some(info) => to_js(&info),
            None => Ok(JsValue::NULL),
        }
    }

    /// The focus' words, anchored on its mark (or the pointer, for a gap).
    fn focus_target_info(&self, pointer: Option<(f64, f64)>) -> Option<FocusInfo> {
        let frame = self.frame.as_ref()?;
        let target = self.focus.target?;
        let mut text = describe_target(&self.chart, target)?;
        // Events too close for a finger share a target: the tooltip lists the others too (the
        // live region keeps to the one in focus).
        if let Target::Event(i) = target {
            text.details.extend(events_sharing(&self.chart, frame, i));
        }
        let (anchor_x, anchor_y) = tooltip_anchor(&self.chart, frame, target, pointer);
        let (anchor_x, anchor_y) = (anchor_x * self.zoom, anchor_y * self.zoom);
        Some(FocusInfo {
            kind: text.kind,
            heading: text.heading,
            series_id: text.series_id,
            series: text.series,
            value: text.value,
            number: text.number,
            date: text.date,
            details: text.details,
            announcement: text.announcement,
            anchor_x,
            anchor_y,
        })
    }
}
