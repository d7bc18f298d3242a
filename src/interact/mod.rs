//! The interaction layer, pure: what a pointer or key means against the [`Frame`] of the last
//! render. Hit-testing (a pixel → a point, a bar or an event), the keyboard cursor, zoom and pan
//! of the x domain within limits, the tooltip's words and placement, and transitions between
//! views. No plotters, no web types: `cargo test` reaches all of it. May use `dataset`, `spec`,
//! `layout`, `format` and `lang`.
//!
//! [`Frame`]: crate::layout::Frame

mod cursor;
mod gesture;
mod hit;
mod keys;
mod tooltip;
mod transition;
mod viewport;

pub use cursor::{Cursor, Move};
pub use gesture::{wheel, Gesture, Gestures};
pub use hit::{hit_test, target_shape, Target};
pub use keys::{step_event, walk, KeyCommand, KEY_ZOOM_FACTOR};
pub use tooltip::{describe_target, events_sharing, place_tooltip, tooltip_anchor, TooltipText};
pub use transition::{motion_ms, Transition};
pub use viewport::{ensure_visible, pan_by_px, zoom_about_middle, zoom_at_px};
