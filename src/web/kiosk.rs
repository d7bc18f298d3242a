//! The kiosk's clock-driven behaviour for the page: a thin handle over `kiosk::Kiosk`.

use crate::kiosk::{
    drift_px, story, type_scale, watchdog_reloads, Change, Kiosk, Phase, DRIFT_EVERY_MS, STEPS,
};
use crate::{Chart, Lang};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// One step of the story, for the page to show.
#[derive(Serialize)]
struct StepInfo {
    chart: &'static str,
    view: &'static str,
    period: &'static str,
    cursor: &'static str,
    /// The caption's first line: the highlighted period's name, in the chart's words.
    heading: String,
    /// Its second line.
    caption: &'static str,
    /// `Step 2 of 6`.
    position: String,
}

/// How many times its page size the kiosk draws its charts' text on a `width_px` × `height_px`
/// screen (CSS px).
#[wasm_bindgen(js_name = kioskTypeScale)]
pub fn kiosk_type_scale(width_px: f64, height_px: f64) -> f64 {
    type_scale(width_px, height_px)
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

    /// The story's step on show.
    pub fn step(&self) -> usize {
        self.kiosk.step
    }

    /// A visitor's Next (`forward`) or Back at `now_ms`: returns the step now on show.
    pub fn go(&mut self, forward: bool, now_ms: f64) -> usize {
        self.kiosk.go(forward, now_ms)
    }

    /// Seconds left to answer the prompt.
    #[wasm_bindgen(js_name = promptLeft)]
    pub fn prompt_left(&self, now_ms: f64) -> f64 {
        self.kiosk.prompt_left_s(now_ms)
    }

    /// Step `i` of the story: `{chart, view, period, cursor, heading, caption, position}` in
    /// `lang`.
    pub fn moment(&self, i: usize, lang: &str) -> Result<JsValue, JsValue> {
        let lang = Lang::negotiate(lang);
        let i = i % STEPS.len();
        let s = STEPS[i];
        let chart = Chart::builtin(s.chart, lang).map_err(super::js_error)?;
        let heading = chart
            .periods
            .iter()
            .find(|p| p.id == s.period)
            .map_or_else(String::new, |p| p.label.clone());
        let info = StepInfo {
            chart: s.chart,
            view: s.view,
            period: s.period,
            cursor: s.cursor,
            heading,
            caption: story::caption(i, lang),
            position: story::position(i, lang),
        };
        super::to_js(&info)
    }

    /// A visitor chose `chart`: its first step, now on show (the step on show for no such chart).
    #[wasm_bindgen(js_name = goToChart)]
    pub fn go_to_chart(&mut self, chart: &str, now_ms: f64) -> usize {
        let i = story::first_of(chart).unwrap_or(STEPS.len());
        self.kiosk.jump(i, now_ms)
    }

    /// How many steps the story has.
    pub fn steps(&self) -> usize {
        STEPS.len()
    }

    /// Attract loops completed.
    pub fn cycles(&self) -> f64 {
        self.kiosk.cycles as f64
    }
}
