//! What a hand on the chart means: pointers (mouse, pen, touch) become hover, drag-to-pan, tap,
//! double-tap and two-finger pinch; a wheel turn becomes a zoom factor, or a hint when the reader
//! is only scrolling past. Pure state machine over pointer ids and CSS px; the page forwards raw
//! events and acts on the [`Gesture`] it gets back. No web types.

/// How far a pointer may move (CSS px) and still be a tap rather than a drag.
pub const TAP_SLOP_PX: f64 = 10.0;
/// Two taps closer than this (ms) are a double-tap; a tap held longer than twice this is not a tap.
pub const TAP_MS: f64 = 300.0;
/// Wheel pixels per e-fold of zoom: 300 px of wheel scroll zooms by e (≈ 2.7×).
pub const WHEEL_PX_PER_EFOLD: f64 = 300.0;
/// CSS px per wheel "line" (`deltaMode` 1), as browsers scroll a line.
pub const WHEEL_LINE_PX: f64 = 16.0;
/// CSS px per wheel "page" (`deltaMode` 2).
pub const WHEEL_PAGE_PX: f64 = 400.0;

/// What the page should do after an input event.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Gesture {
    /// Nothing to do.
    None,
    /// Show what is under the pointer at (x, y) CSS px.
    Hover { x_px: f64, y_px: f64 },
    /// Pan the time axis by `dx_px` (only while zoomed in).
    Pan { dx_px: f64 },
    /// Zoom by `factor` (> 1 in) about `x_px`, following the hand (no transition).
    Zoom { x_px: f64, factor: f64 },
    /// A tap on a touch screen at (x, y): show what is there.
    Tap { x_px: f64, y_px: f64 },
    /// Two taps: show everything again.
    Reset,
    /// The wheel turned over a chart without focus or Ctrl: let the page scroll, say how to zoom.
    ZoomHint,
}

#[derive(Debug, Clone, Copy)]
struct Down {
    id: i32,
    touch: bool,
    start: (f64, f64),
    at: (f64, f64),
    t_ms: f64,
    dragging: bool,
    /// Where the last pan step ended (the first one starts where the pointer went down).
    pan_from_x_px: f64,
}

/// The pointers on one chart and the last tap.
#[derive(Debug, Default)]
pub struct Gestures {
    down: Vec<Down>,
    pinch_distance_px: f64,
    last_tap_ms: Option<f64>,
}

impl Gestures {
    /// A pointer went down; `primary` is false for a mouse's other buttons (they neither drag
    /// nor tap).
    pub fn down(&mut self, id: i32, touch: bool, primary: bool, x_px: f64, y_px: f64, t_ms: f64) {
        self.down.retain(|d| d.id != id);
        if !primary && !touch {
            return;
        }
        self.down.push(Down {
            id,
            touch,
            start: (x_px, y_px),
            at: (x_px, y_px),
            t_ms,
            dragging: false,
            pan_from_x_px: x_px,
        });
        self.pinch_distance_px = self.pinch_distance();
    }

    /// A pointer moved to (x, y); `zoomed` says whether a drag can pan.
    pub fn moved(&mut self, id: i32, touch: bool, x_px: f64, y_px: f64, zoomed: bool) -> Gesture {
        let Some(i) = self.down.iter().position(|d| d.id == id) else {
            return if touch {
                Gesture::None
            } else {
                Gesture::Hover { x_px, y_px }
            };
        };
        self.down[i].at = (x_px, y_px);
        if self.down.len() >= 2 {
            let distance = self.pinch_distance();
            let previous = std::mem::replace(&mut self.pinch_distance_px, distance);
            let [a, b] = [self.down[0].at, self.down[1].at];
            return if previous > 0.0 && distance > 0.0 {
                Gesture::Zoom {
                    x_px: (a.0 + b.0) / 2.0,
                    factor: distance / previous,
                }
            } else {
                Gesture::None
            };
        }
        let d = &mut self.down[i];
        if zoomed && (d.dragging || (x_px - d.start.0).abs() > TAP_SLOP_PX) {
            d.dragging = true;
            let dx_px = x_px - std::mem::replace(&mut d.pan_from_x_px, x_px);
            return Gesture::Pan { dx_px };
        }
        if touch {
            Gesture::None
        } else {
            Gesture::Hover { x_px, y_px }
        }
    }

    /// A pointer went up at (x, y) at `t_ms`: a tap or double-tap when it was a short, still touch.
    pub fn up(&mut self, id: i32, x_px: f64, y_px: f64, t_ms: f64) -> Gesture {
        let Some(i) = self.down.iter().position(|d| d.id == id) else {
            return Gesture::None;
        };
        let d = self.down.remove(i);
        self.pinch_distance_px = self.pinch_distance();
        let still = (x_px - d.start.0).hypot(y_px - d.start.1) <= TAP_SLOP_PX;
        if !d.touch || d.dragging || !still || t_ms - d.t_ms > TAP_MS * 2.0 {
            return Gesture::None;
        }
        match self.last_tap_ms {
            Some(last) if t_ms - last < TAP_MS => {
                self.last_tap_ms = None;
                Gesture::Reset
            }
            _ => {
                self.last_tap_ms = Some(t_ms);
                Gesture::Tap { x_px, y_px }
            }
        }
    }

    /// A pointer was cancelled (the browser took over, e.g. for scrolling).
    pub fn cancel(&mut self, id: i32) {
        self.down.retain(|d| d.id != id);
        self.pinch_distance_px = self.pinch_distance();
    }

    fn pinch_distance(&self) -> f64 {
        match self.down.as_slice() {
            [a, b, ..] => (a.at.0 - b.at.0).hypot(a.at.1 - b.at.1),
            _ => 0.0,
        }
    }
}

/// A wheel turn of `delta_y` in `delta_mode` units (0 px, 1 lines, 2 pages) at `x_px`: a zoom when
/// the chart has focus or Ctrl is held (what a trackpad pinch sends), else a hint, so a reader
/// scrolling past a chart is never trapped.
pub fn wheel(delta_y: f64, delta_mode: u32, x_px: f64, ctrl: bool, focused: bool) -> Gesture {
    if !(ctrl || focused) {
        return Gesture::ZoomHint;
    }
    let unit_px = match delta_mode {
        1 => WHEEL_LINE_PX,
        2 => WHEEL_PAGE_PX,
        _ => 1.0,
    };
    let factor = (-delta_y * unit_px / WHEEL_PX_PER_EFOLD).exp();
    if factor.is_finite() && factor > 0.0 {
        Gesture::Zoom { x_px, factor }
    } else {
        Gesture::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gesture_wheel_zooms_only_with_focus_or_ctrl() {
        assert_eq!(wheel(-100.0, 0, 50.0, false, false), Gesture::ZoomHint);
        let Gesture::Zoom { factor, x_px } = wheel(-300.0, 0, 50.0, false, true) else {
            panic!("a focused chart zooms")
        };
        assert!((factor - std::f64::consts::E).abs() < 1e-12);
        assert_eq!(x_px, 50.0);
        let Gesture::Zoom { factor, .. } = wheel(3.0, 1, 0.0, true, false) else {
            panic!("ctrl zooms")
        };
        assert!((factor - (-48.0f64 / 300.0).exp()).abs() < 1e-12, "3 lines out");
        assert_eq!(wheel(f64::NAN, 0, 0.0, true, true), Gesture::None);
    }

    #[test]
    fn gesture_mouse_hovers_and_drags_only_when_zoomed() {
        let mut g = Gestures::default();
        assert_eq!(
            g.moved(1, false, 5.0, 6.0, false),
            Gesture::Hover { x_px: 5.0, y_px: 6.0 }
        );
        g.down(1, false, true, 100.0, 50.0, 0.0);
        assert_eq!(
            g.moved(1, false, 130.0, 50.0, false),
            Gesture::Hover {
                x_px: 130.0,
                y_px: 50.0
            }
        );
        assert_eq!(
            g.moved(1, false, 105.0, 50.0, true),
            Gesture::Hover {
                x_px: 105.0,
                y_px: 50.0
            }
        );
        assert_eq!(g.moved(1, false, 120.0, 50.0, true), Gesture::Pan { dx_px: 20.0 });
        assert_eq!(
            g.moved(1, false, 118.0, 50.0, true),
            Gesture::Pan { dx_px: -2.0 },
            "a drag stays a drag"
        );
        assert_eq!(g.up(1, 118.0, 50.0, 50.0), Gesture::None);
        g.down(2, false, false, 0.0, 0.0, 0.0);
        assert_eq!(
            g.moved(2, false, 50.0, 0.0, true),
            Gesture::Hover {
                x_px: 50.0,
                y_px: 0.0
            }
        );
    }

    #[test]
    fn gesture_taps_and_double_taps() {
        let mut g = Gestures::default();
        g.down(1, true, true, 10.0, 10.0, 0.0);
        assert_eq!(
            g.up(1, 14.0, 12.0, 80.0),
            Gesture::Tap {
                x_px: 14.0,
                y_px: 12.0
            }
        );
        g.down(2, true, true, 12.0, 10.0, 200.0);
        assert_eq!(g.up(2, 12.0, 10.0, 260.0), Gesture::Reset);
        g.down(3, true, true, 0.0, 0.0, 1000.0);
        assert_eq!(g.up(3, 30.0, 0.0, 1050.0), Gesture::None, "moved past the slop");
        g.down(4, true, true, 0.0, 0.0, 2000.0);
        assert_eq!(
            g.up(4, 0.0, 0.0, 2000.0 + TAP_MS * 2.0 + 1.0),
            Gesture::None,
            "held too long"
        );
        g.down(5, true, true, 0.0, 0.0, 3000.0);
        assert_eq!(g.up(5, 0.0, 0.0, 3100.0), Gesture::Tap { x_px: 0.0, y_px: 0.0 });
        g.down(6, true, true, 0.0, 0.0, 3500.0);
        assert_eq!(
            g.up(6, 0.0, 0.0, 3550.0),
            Gesture::Tap { x_px: 0.0, y_px: 0.0 },
            "too late to double"
        );
    }

    #[test]
    fn gesture_two_fingers_pinch_about_their_middle() {
        let mut g = Gestures::default();
        g.down(1, true, true, 100.0, 100.0, 0.0);
        g.down(2, true, true, 200.0, 100.0, 0.0);
        assert_eq!(
            g.moved(2, true, 300.0, 100.0, false),
            Gesture::Zoom {
                x_px: 200.0,
                factor: 2.0
            }
        );
        assert_eq!(
            g.moved(1, true, 200.0, 100.0, false),
            Gesture::Zoom {
                x_px: 250.0,
                factor: 0.5
            }
        );
        g.cancel(2);
        assert_eq!(
            g.up(1, 200.0, 100.0, 10.0),
            Gesture::None,
            "the finger moved: no tap"
        );
    }
}
