//! The kiosk's clock-driven behaviour for the page: a thin handle over `kiosk::Kiosk`.

use crate::kiosk::{
    caption, drift_px, large_type_zoom, watchdog_reloads, Change, Kiosk, Phase, ATTRACT, DRIFT_EVERY_MS,
};
use crate::Lang;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// One attract moment, for the page to show.
#[derive(Serialize)]
struct MomentInfo {
    chart: &'static str,
    cursor: &'static str,
    from: &'static str,
    to: &'static str,
    caption: &'static str,
}

/// How much larger the kiosk draws its charts on a screen `height_px` CSS px tall.
#[wasm_bindgen(js_name = kioskZoom)]
pub fn kiosk_zoom(height_px: f64) -> f64 {
    large_type_zoom(height_px)
}

/// Where the kiosk's frame sits for its `step`th burn-in move: `[x, y]` in CSS px.
#[wasm_bindgen(js_name = kioskDrift)]
pub fn kiosk_drift(step: u32) -> Vec<f64> {
    let (x, y) = drift_px(u64::from(step));
    vec![x, y]
}

/// How often the kiosk's frame moves, in ms.
#[wasm_bindgen(js_name = kioskDriftEveryMs)]
pub fn kiosk_drift_every_ms() -> f64 {
    DRIFT_EVERY_MS
}

/// Whether the kiosk's watchdog reloads the page (see `kiosk::watchdog_reloads`).
#[wasm_bindgen(js_name = kioskWatchdogReloads)]
pub fn kiosk_watchdog_reloads(
    since_frame_ms: f64,
    visible: bool,
    memory_bytes: f64,
    limit_bytes: f64,
) -> bool {
    watchdog_reloads(since_frame_ms, visible, memory_bytes, limit_bytes)
}

/// The kiosk page's timers.
#[wasm_bindgen]
pub struct KioskHandle {
    kiosk: Kiosk,
}

#[wasm_bindgen]
impl KioskHandle {
    /// Idle, prompt (at least 20), step and dim times in seconds, starting at `now_ms`.
    #[wasm_bindgen(constructor)]
    pub fn new(idle_s: f64, prompt_s: f64, step_s: f64, dim_s: f64, now_ms: f64) -> KioskHandle {
        KioskHandle {
            kiosk: Kiosk::new(
                idle_s * 1000.0,
                prompt_s * 1000.0,
                step_s * 1000.0,
                dim_s * 1000.0,
                now_ms,
            ),
        }
    }

    /// A touch; true if it interrupted the prompt or the attract loop.
    pub fn touch(&mut self, now_ms: f64) -> bool {
        self.kiosk.touch(now_ms)
    }

    /// Advances the clock: `""`, `"prompt"`, `"reset"`, `"step"` or `"dim"`.
    pub fn tick(&mut self, now_ms: f64) -> String {
        match self.kiosk.tick(now_ms) {
            Change::None => "",
            Change::Prompt => "prompt",
            Change::Reset => "reset",
            Change::Step(_) => "step",
            Change::Dim => "dim",
        }
        .to_string()
    }

    /// `active`, `prompt` or `attract`.
    pub fn phase(&self) -> String {
        match self.kiosk.phase {
            Phase::Active => "active",
            Phase::Prompt { .. } => "prompt",
            Phase::Attract { .. } => "attract",
        }
        .to_string()
    }

    /// The attract step on show (0 outside the loop).
    pub fn step(&self) -> usize {
        match self.kiosk.phase {
            Phase::Attract { step, .. } => step,
            _ => 0,
        }
    }

    /// Seconds left to answer the prompt.
    #[wasm_bindgen(js_name = promptLeft)]
    pub fn prompt_left(&self, now_ms: f64) -> f64 {
        self.kiosk.prompt_left_s(now_ms)
    }

    /// Attract step `i`: `{chart, cursor, from, to, caption}` in `lang`.
    pub fn moment(&self, i: usize, lang: &str) -> Result<JsValue, JsValue> {
        let lang = Lang::negotiate(lang);
        let m = ATTRACT.get(i % ATTRACT.len()).copied().unwrap_or(ATTRACT[0]);
        let info = MomentInfo {
            chart: m.chart,
            cursor: m.cursor,
            from: m.from,
            to: m.to,
            caption: caption(i % ATTRACT.len(), lang),
        };
        super::to_js(&info)
    }

    /// Attract loops completed.
    pub fn cycles(&self) -> f64 {
        self.kiosk.cycles as f64
    }
}
