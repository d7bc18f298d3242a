//! The museum kiosk's behaviour over time, pure and clock-driven so it can be tested (and soaked
//! on an accelerated clock) without a screen: active while visitors touch it; after `idle_ms`
//! without a touch, a "still there?" prompt for `prompt_ms` (at least 20 s, WCAG 2.2.1); then a
//! reset to the home state and an attract loop through the story's key moments, a step every
//! `step_ms`, dimming after `dim_ms` of attract. Any touch returns to active at once.

use crate::i18n::word;
use crate::lang::Lang;

/// The shortest prompt allowed: WCAG 2.2.1 asks for at least 20 seconds to continue.
pub const MIN_PROMPT_MS: f64 = 20_000.0;

/// Where the kiosk is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Phase {
    /// A visitor is using it.
    Active,
    /// Asking whether someone is still there, since `since_ms`.
    Prompt {
        /// When the prompt appeared.
        since_ms: f64,
    },
    /// Playing the attract loop, at `step`, which began at `step_since_ms`.
    Attract {
        /// Index into [`ATTRACT`].
        step: usize,
        /// When the current step began.
        step_since_ms: f64,
        /// When the loop began.
        since_ms: f64,
    },
}

/// What the page must do after a tick.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Nothing.
    None,
    /// Show the prompt.
    Prompt,
    /// Reset to the home state and show attract step 0.
    Reset,
    /// Show attract step n.
    Step(usize),
    /// Dim the screen (burn-in care).
    Dim,
}

/// One moment of the attract loop: which chart, which dates, what the caption says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    /// Built-in chart id.
    pub chart: &'static str,
    /// The date the cursor marks.
    pub cursor: &'static str,
    /// The range shown.
    pub from: &'static str,
    /// The range shown.
    pub to: &'static str,
    /// Key of the caption in the UI table.
    pub caption: &'static str,
}

/// The key moments: the 1921 purge, 1924, 1933, 1937–38, 1953.
pub const ATTRACT: [Moment; 6] = [
    Moment {
        chart: "party-membership",
        cursor: "1921-03",
        from: "1919",
        to: "1925",
        caption: "attract-1921",
    },
    Moment {
        chart: "party-membership",
        cursor: "1924-01-01",
        from: "1921",
        to: "1926",
        caption: "attract-1924",
    },
    Moment {
        chart: "party-membership",
        cursor: "1933-01-01",
        from: "1929",
        to: "1939",
        caption: "attract-1933",
    },
    Moment {
        chart: "repression",
        cursor: "1937",
        from: "1933",
        to: "1941",
        caption: "attract-1937",
    },
    Moment {
        chart: "repression",
        cursor: "1938",
        from: "1934",
        to: "1942",
        caption: "attract-1938",
    },
    Moment {
        chart: "gulag",
        cursor: "1953-01-01",
        from: "1945",
        to: "1953",
        caption: "attract-1953",
    },
];

/// The kiosk's timers and counters.
#[derive(Debug, Clone, PartialEq)]
pub struct Kiosk {
    idle_ms: f64,
    prompt_ms: f64,
    step_ms: f64,
    dim_ms: f64,
    last_touch_ms: f64,
    dimmed: bool,
    /// Where it is now.
    pub phase: Phase,
    /// Attract loops completed.
    pub cycles: u64,
}

impl Kiosk {
    /// A kiosk started at `now_ms`; the prompt is never shorter than 20 s.
    pub fn new(idle_ms: f64, prompt_ms: f64, step_ms: f64, dim_ms: f64, now_ms: f64) -> Kiosk {
        Kiosk {
            idle_ms: idle_ms.max(1.0),
            prompt_ms: prompt_ms.max(MIN_PROMPT_MS),
            step_ms: step_ms.max(1.0),
            dim_ms: dim_ms.max(1.0),
            last_touch_ms: now_ms,
            dimmed: false,
            phase: Phase::Active,
            cycles: 0,
        }
    }

    /// A visitor touched the screen: back to active; true if that interrupted the prompt or the
    /// attract loop.
    pub fn touch(&mut self, now_ms: f64) -> bool {
        self.last_touch_ms = now_ms;
        self.dimmed = false;
        let interrupted = self.phase != Phase::Active;
        self.phase = Phase::Active;
        interrupted
    }

    /// Advances to `now_ms`; at most one change per tick.
    pub fn tick(&mut self, now_ms: f64) -> Change {
        match self.phase {
            Phase::Active if now_ms - self.last_touch_ms >= self.idle_ms => {
                self.phase = Phase::Prompt { since_ms: now_ms };
                Change::Prompt
            }
            Phase::Prompt { since_ms } if now_ms - since_ms >= self.prompt_ms => {
                self.phase = Phase::Attract {
                    step: 0,
                    step_since_ms: now_ms,
                    since_ms: now_ms,
                };
                Change::Reset
            }
            Phase::Attract { since_ms, .. } if !self.dimmed && now_ms - since_ms >= self.dim_ms => {
                self.dimmed = true;
                Change::Dim
            }
            Phase::Attract {
                step,
                step_since_ms,
                since_ms,
            } if now_ms - step_since_ms >= self.step_ms => {
                let next = (step + 1) % ATTRACT.len();
                if next == 0 {
                    self.cycles += 1;
                }
                self.phase = Phase::Attract {
                    step: next,
                    step_since_ms: now_ms,
                    since_ms,
                };
                Change::Step(next)
            }
            _ => Change::None,
        }
    }

    /// Seconds left to answer the prompt (0 outside it).
    pub fn prompt_left_s(&self, now_ms: f64) -> f64 {
        match self.phase {
            Phase::Prompt { since_ms } => ((self.prompt_ms - (now_ms - since_ms)) / 1000.0).max(0.0).ceil(),
            _ => 0.0,
        }
    }
}

/// The screen height (CSS px) at which the kiosk's chart is drawn at its page size.
pub const BASE_HEIGHT_PX: f64 = 720.0;
/// The largest enlargement, so a 4K or portrait screen keeps room for the data.
pub const MAX_ZOOM: f64 = 2.5;

/// How much larger the kiosk draws a chart (type, lines, markers) on a screen `height_px` tall:
/// in proportion to the height above 720 px (1.5× at 1080p), between 1 and 2.5.
pub fn large_type_zoom(height_px: f64) -> f64 {
    if height_px.is_finite() {
        (height_px / BASE_HEIGHT_PX).clamp(1.0, MAX_ZOOM)
    } else {
        1.0
    }
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

/// The caption of attract step `i` in `lang`.
pub fn caption(i: usize, lang: Lang) -> &'static str {
    ATTRACT.get(i).map_or("", |m| word(m.caption, lang))
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
        assert_eq!(large_type_zoom(1080.0), 1.5);
        assert_eq!(large_type_zoom(600.0), 1.0);
        assert_eq!(large_type_zoom(2160.0), 2.5);
        assert_eq!(large_type_zoom(f64::NAN), 1.0);
    }

    #[test]
    fn kiosk_goes_idle_prompt_reset_attract_and_a_touch_stops_it() {
        let mut k = Kiosk::new(90_000.0, 5_000.0, 8_000.0, 600_000.0, 0.0);
        assert_eq!(k.tick(89_999.0), Change::None);
        assert_eq!(k.tick(90_000.0), Change::Prompt);
        assert_eq!(k.prompt_left_s(95_000.0), 15.0, "the prompt lasts at least 20 s");
        assert_eq!(k.tick(109_999.0), Change::None);
        assert_eq!(k.tick(110_000.0), Change::Reset);
        assert_eq!(k.tick(118_000.0), Change::Step(1));
        assert!(k.touch(119_000.0));
        assert_eq!(k.phase, Phase::Active);
        assert_eq!(k.tick(150_000.0), Change::None);
        assert!(!k.touch(150_001.0));
    }

    /// Checks each change against the rules of the phase it left.
    struct Watch {
        idle_ms: f64,
        step_ms: f64,
        dim_ms: f64,
        last_touch_ms: f64,
        prompt_at_ms: Option<f64>,
        attract_at_ms: Option<f64>,
        step: Option<(usize, f64)>,
        dimmed: bool,
        prompts: u64,
    }

    impl Watch {
        fn saw(&mut self, change: Change, now: f64) {
            match change {
                Change::None => {}
                Change::Prompt => {
                    assert!(
                        self.prompt_at_ms.is_none() && self.attract_at_ms.is_none(),
                        "prompt only from active"
                    );
                    assert!(
                        now - self.last_touch_ms >= self.idle_ms,
                        "prompt before the idle time"
                    );
                    self.prompt_at_ms = Some(now);
                    self.prompts += 1;
                }
                Change::Reset => {
                    let shown = now - self.prompt_at_ms.take().expect("reset only after a prompt");
                    assert!(shown >= MIN_PROMPT_MS, "a prompt lasted {shown} ms");
                    (self.attract_at_ms, self.step, self.dimmed) = (Some(now), Some((0, now)), false);
                }
                Change::Step(n) => {
                    let (step, since) = self.step.expect("steps only in attract");
                    assert_eq!(n, (step + 1) % ATTRACT.len(), "steps in order");
                    assert!(now - since >= self.step_ms, "a step shorter than its time");
                    self.step = Some((n, now));
                }
                Change::Dim => {
                    let since = self.attract_at_ms.expect("dim only in attract");
                    assert!(
                        !self.dimmed && now - since >= self.dim_ms,
                        "dim once, after its time"
                    );
                    self.dimmed = true;
                }
            }
        }

        fn touched(&mut self, now: f64) {
            self.last_touch_ms = now;
            (self.prompt_at_ms, self.attract_at_ms, self.step, self.dimmed) = (None, None, None, false);
        }
    }

    #[test]
    fn kiosk_soak_ten_thousand_attract_cycles_keep_their_order_and_times() {
        let (idle, prompt, step, dim) = (3_000.0, 1_000.0, 400.0, 1_500.0);
        let mut k = Kiosk::new(idle, prompt, step, dim, 0.0);
        let mut w = Watch {
            idle_ms: idle,
            step_ms: step,
            dim_ms: dim,
            last_touch_ms: 0.0,
            prompt_at_ms: None,
            attract_at_ms: None,
            step: None,
            dimmed: false,
            prompts: 0,
        };
        let (mut now, mut seed, mut visits) = (0.0, 42_u64, 0_u64);
        while k.cycles < 10_000 {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            now += 37.0 + (seed >> 58) as f64;
            // Now and then a visitor walks up, in any phase, and touches the screen.
            if (seed >> 40) % 2_000 == 0 {
                let was_idle = k.phase != Phase::Active;
                assert_eq!(
                    k.touch(now),
                    was_idle,
                    "a touch interrupts prompt and attract only"
                );
                assert_eq!(k.phase, Phase::Active);
                w.touched(now);
                visits += 1;
            }
            w.saw(k.tick(now), now);
        }
        assert!(
            visits > 100 && w.prompts > 100,
            "{visits} visits, {} prompts",
            w.prompts
        );
    }
}
