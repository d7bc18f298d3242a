//! The kiosk's screen: how large its charts' text is drawn for the screen's size, and burn-in
//! care (a slow drift of the frame) and the watchdog that reloads a page that stalls.

/// The shorter side of the screen (CSS px) per step of the type scale: 1080 px draws the page's
/// 12 px labels at 24 px, 2160 px (4K) at 48 px.
pub const SIDE_PER_SCALE_PX: f64 = 540.0;

/// The type scale of the kiosk's charts on a screen `width_px` × `height_px` (CSS px): in
/// proportion to its shorter side, so landscape and portrait screens of one size match, kept
/// within the layout's limits (1 to 4).
pub fn type_scale(width_px: f64, height_px: f64) -> f64 {
    crate::layout::clamp_type_scale(width_px.min(height_px) / SIDE_PER_SCALE_PX)
}

/// Burn-in care: where the whole frame sits, in CSS px, minute by minute (a slow loop of small
/// shifts, so no pixel shows the same thing for hours).
pub const DRIFT_PX: [(f64, f64); 6] = [
    (0.0, 0.0),
    (3.0, 1.0),
    (1.0, 3.0),
    (-2.0, 2.0),
    (-3.0, -1.0),
    (0.0, -3.0),
];

/// How often the frame moves, in ms.
pub const DRIFT_EVERY_MS: f64 = 60_000.0;

/// The frame's offset for the `step`th move.
pub fn drift_px(step: u64) -> (f64, f64) {
    DRIFT_PX[(step % DRIFT_PX.len() as u64) as usize]
}

/// How long the frame clock may stand still on a visible page before the watchdog reloads.
pub const STALL_MS: f64 = 30_000.0;

/// Whether the watchdog reloads the page: drawing has stalled for [`STALL_MS`] on a visible page,
/// or the module's memory has passed `limit_bytes`.
pub fn watchdog_reloads(since_frame_ms: f64, visible: bool, memory_bytes: f64, limit_bytes: f64) -> bool {
    (visible && since_frame_ms > STALL_MS) || memory_bytes > limit_bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kiosk_drifts_in_a_loop_and_the_watchdog_reloads_only_when_it_must() {
        assert_eq!(drift_px(0), (0.0, 0.0));
        assert_eq!(drift_px(7), drift_px(1));
        assert!(
            DRIFT_PX.iter().all(|(x, y)| x.abs() <= 3.0 && y.abs() <= 3.0),
            "a few pixels only"
        );
        assert!(!watchdog_reloads(29_999.0, true, 1e6, 256e6));
        assert!(watchdog_reloads(30_001.0, true, 1e6, 256e6));
        assert!(
            !watchdog_reloads(60_000.0, false, 1e6, 256e6),
            "a hidden page draws no frames"
        );
        assert!(watchdog_reloads(0.0, true, 257e6, 256e6));
    }

    #[test]
    fn kiosk_type_grows_with_the_screen_within_limits() {
        // 1080p draws the 12 px labels at 24 px; 4K at 48; portrait as landscape.
        assert_eq!(type_scale(1920.0, 1080.0) * 12.0, 24.0);
        assert_eq!(type_scale(3840.0, 2160.0) * 12.0, 48.0);
        assert_eq!(type_scale(1080.0, 1920.0), type_scale(1920.0, 1080.0));
        assert_eq!(type_scale(800.0, 480.0), 1.0, "never under the page's sizes");
        assert_eq!(type_scale(f64::NAN, f64::NAN), 1.0);
    }
}
