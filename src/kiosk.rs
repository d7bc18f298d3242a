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
    /// Touches counted.
    pub touches: u64,
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
            touches: 0,
        }
    }

    /// A visitor touched the screen: back to active; true if that interrupted the prompt or the
    /// attract loop.
    pub fn touch(&mut self, now_ms: f64) -> bool {
        self.touches += 1;
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

/// The caption of attract step `i` in `lang`.
pub fn caption(i: usize, lang: Lang) -> &'static str {
    ATTRACT.get(i).map_or("", |m| word(m.caption, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn kiosk_soaks_ten_thousand_cycles_and_a_hundred_thousand_touches() {
        let mut k = Kiosk::new(1_000.0, 20_000.0, 100.0, 1e12, 0.0);
        let mut now = 0.0;
        let mut seed: u64 = 42;
        while k.cycles < 10_000 {
            now += 50.0;
            k.tick(now);
        }
        for _ in 0..100_000 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            now += (seed >> 33) as f64 % 3_000.0;
            if seed % 3 == 0 {
                k.touch(now);
            }
            k.tick(now);
        }
        assert!(k.cycles >= 10_000);
        assert!(k.touches >= 30_000);
    }
}
