//! The museum kiosk's behaviour over time, pure and clock-driven so it can be tested (and soaked
//! on an accelerated clock) without a screen: active while visitors touch it, moving through the
//! story's steps ([`story`]) with Next and Back; after `idle_ms` without a touch, a "still
//! there?" prompt for `prompt_ms` (at least 20 s, WCAG 2.2.1); then a reset to the home state and
//! an attract loop through the same steps, one every `step_ms`, dimming after `dim_ms` of
//! attract. Any touch returns to active at once, on the step on show. `screen` sizes the type
//! and cares for the screen (burn-in drift, the watchdog).

mod screen;
pub mod story;

pub use screen::{drift_px, type_scale, watchdog_reloads, DRIFT_EVERY_MS, DRIFT_PX, STALL_MS};
pub use story::{Step, STEPS};

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
    /// Playing the attract loop; the step on show began at `step_since_ms`.
    Attract {
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

/// The kiosk's timers and counters.
#[derive(Debug, Clone, PartialEq)]
pub struct Kiosk {
    idle_ms: f64,
    prompt_ms: f64,
    step_ms: f64,
    dim_ms: f64,
    last_touch_ms: f64,
    dimmed: bool,
    /// The story's step on show (an index into [`STEPS`]), in every phase.
    pub step: usize,
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
            step: 0,
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

    /// A visitor pressed Next (`forward`) or Back: a touch, then the story's next or previous
    /// step, which it returns.
    pub fn go(&mut self, forward: bool, now_ms: f64) -> usize {
        self.touch(now_ms);
        self.step = if forward {
            story::next(self.step)
        } else {
            story::back(self.step)
        };
        self.step
    }

    /// A visitor chose step `i` (the first step of a chart): a touch, then that step, which it
    /// returns (the step on show when there is no such step).
    pub fn jump(&mut self, i: usize, now_ms: f64) -> usize {
        self.touch(now_ms);
        if i < STEPS.len() {
            self.step = i;
        }
        self.step
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
                    step_since_ms: now_ms,
                    since_ms: now_ms,
                };
                self.step = 0;
                Change::Reset
            }
            Phase::Attract { since_ms, .. } if !self.dimmed && now_ms - since_ms >= self.dim_ms => {
                self.dimmed = true;
                Change::Dim
            }
            Phase::Attract {
                step_since_ms,
                since_ms,
            } if now_ms - step_since_ms >= self.step_ms => {
                self.step = story::next(self.step);
                if self.step == 0 {
                    self.cycles += 1;
                }
                self.phase = Phase::Attract {
                    step_since_ms: now_ms,
                    since_ms,
                };
                Change::Step(self.step)
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
        assert_eq!(k.step, 1, "the visitor stays on the step on show");
        assert_eq!(k.tick(150_000.0), Change::None);
        assert!(!k.touch(150_001.0));
    }

    #[test]
    fn kiosk_next_and_back_move_through_the_steps_and_count_as_touches() {
        let mut k = Kiosk::new(90_000.0, 20_000.0, 8_000.0, 600_000.0, 0.0);
        assert_eq!(k.go(true, 1_000.0), 1);
        assert_eq!(k.go(true, 2_000.0), 2);
        assert_eq!(k.go(false, 3_000.0), 1);
        assert_eq!(k.go(false, 4_000.0), 0);
        assert_eq!(
            k.go(false, 5_000.0),
            STEPS.len() - 1,
            "Back from the first goes to the last"
        );
        // Each press is a touch: the prompt waits for 90 s after the last one.
        assert_eq!(k.tick(94_999.0), Change::None);
        assert_eq!(k.tick(95_000.0), Change::Prompt);
        assert_eq!(k.go(true, 96_000.0), 0, "Next from the last goes to the first");
        assert_eq!(k.phase, Phase::Active);
        assert_eq!(k.jump(3, 97_000.0), 3);
        assert_eq!(k.jump(STEPS.len(), 98_000.0), 3, "no such step: stays");
        // The attract loop starts from the first step and plays the visitor's order.
        let mut k = Kiosk::new(1_000.0, 20_000.0, 8_000.0, 600_000.0, 0.0);
        assert_eq!(k.tick(1_000.0), Change::Prompt);
        assert_eq!(k.tick(21_000.0), Change::Reset);
        assert_eq!(k.step, 0);
        let played: Vec<usize> = (1..=STEPS.len())
            .map(|n| match k.tick(21_000.0 + 8_000.0 * n as f64) {
                Change::Step(s) => s,
                other => panic!("{other:?}"),
            })
            .collect();
        let pressed: Vec<usize> = (0..STEPS.len())
            .scan(0, |s, _| Some(std::mem::replace(s, story::next(*s))))
            .map(story::next)
            .collect();
        assert_eq!(played, pressed);
        assert_eq!(k.cycles, 1);
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
                    assert_eq!(n, (step + 1) % STEPS.len(), "steps in order");
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
