//! How wide a text is, in the font it is drawn in. The host may install a measuring hook (the web
//! layer installs the canvas 2D context's `measureText`, with the exact font the renderer sets);
//! layout asks [`width_px`], which uses the hook and falls back to the deterministic estimate of
//! `text` (native SVG, golden tests) when none is installed or it has no answer. [`WidthCache`]
//! keeps what a host measured, so a redraw measures nothing twice. Pure otherwise.

use super::text::estimate_width_px;
use std::cell::Cell;
use std::collections::BTreeMap;

/// A host's measurement: the width in CSS px of `text` at `size_px`, bold or not; `None` when it
/// cannot tell (the estimate is used then).
pub type Measure = fn(text: &str, size_px: f64, bold: bool) -> Option<f64>;

thread_local! {
    static MEASURE: Cell<Option<Measure>> = const { Cell::new(None) };
}

/// Installs (or with `None` removes) the host's measuring hook for this thread.
pub fn set_measure(measure: Option<Measure>) {
    MEASURE.with(|m| m.set(measure));
}

/// The width in CSS px of `text` at `size_px` as it will be drawn: the host's measurement where
/// it gives a finite, non-negative one, the estimate otherwise.
pub fn width_px(text: &str, size_px: f64, bold: bool) -> f64 {
    MEASURE
        .with(Cell::get)
        .and_then(|m| m(text, size_px, bold))
        .filter(|w| w.is_finite() && *w >= 0.0)
        .unwrap_or_else(|| estimate_width_px(text, size_px, bold))
}

/// Widths measured by a host, by (text, size, weight), up to a number of entries: when full it
/// starts afresh, so zooming through many tick labels cannot grow it without bound.
pub struct WidthCache {
    /// Widths by (size's bits, bold), then by text: a lookup by `&str` makes no key.
    widths: BTreeMap<(u64, bool), BTreeMap<String, f64>>,
    capacity: usize,
}

impl WidthCache {
    /// An empty cache holding at most `capacity` widths.
    pub fn new(capacity: usize) -> Self {
        WidthCache {
            widths: BTreeMap::new(),
            capacity: capacity.max(1),
        }
    }

    /// The width of `text` at `size_px` (bold or not), from `measure` the first time only; a
    /// failed measurement is not kept.
    pub fn get_or_measure(
        &mut self,
        text: &str,
        size_px: f64,
        bold: bool,
        measure: impl FnOnce() -> Option<f64>,
    ) -> Option<f64> {
        let font = (size_px.to_bits(), bold);
        if let Some(w) = self.widths.get(&font).and_then(|texts| texts.get(text)) {
            return Some(*w);
        }
        let w = measure().filter(|w| w.is_finite() && *w >= 0.0)?;
        if self.len() >= self.capacity {
            self.widths.clear();
        }
        self.widths.entry(font).or_default().insert(text.to_string(), w);
        Some(w)
    }

    /// How many widths are kept (a chart draws in a few sizes and weights: a few maps to add).
    pub fn len(&self) -> usize {
        self.widths.values().map(BTreeMap::len).sum()
    }

    /// Whether nothing is kept.
    pub fn is_empty(&self) -> bool {
        self.widths.values().all(BTreeMap::is_empty)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(_: &str, _: f64, _: bool) -> Option<f64> {
        Some(42.0)
    }
    fn broken(_: &str, _: f64, _: bool) -> Option<f64> {
        Some(f64::NAN)
    }

    #[test]
    fn measure_hook_answers_and_falls_back_to_the_estimate() {
        let estimate = estimate_width_px("1937", 12.0, false);
        assert_eq!(width_px("1937", 12.0, false), estimate);
        set_measure(Some(fixed));
        assert_eq!(width_px("1937", 12.0, false), 42.0);
        set_measure(Some(broken));
        assert_eq!(width_px("1937", 12.0, false), estimate, "NaN is no answer");
        set_measure(None);
        assert_eq!(width_px("1937", 12.0, false), estimate);
    }

    #[test]
    fn measure_cache_measures_each_text_size_and_weight_once() {
        let mut cache = WidthCache::new(3);
        let calls = Cell::new(0);
        let mut get = |text: &str, size: f64, bold: bool| {
            cache.get_or_measure(text, size, bold, || {
                calls.set(calls.get() + 1);
                Some(text.len() as f64 * size)
            })
        };
        assert_eq!(get("ab", 10.0, false), Some(20.0));
        assert_eq!(get("ab", 10.0, false), Some(20.0));
        get("ab", 11.0, false);
        get("ab", 10.0, true);
        assert_eq!(calls.get(), 3);
        // Full: the fourth width starts it afresh.
        get("abc", 10.0, false);
        assert_eq!(calls.get(), 4);
        assert_eq!(cache.len(), 1);
        assert_eq!(cache.get_or_measure("x", 10.0, false, || None), None);
        assert_eq!(cache.get_or_measure("x", 10.0, false, || Some(-1.0)), None);
        assert_eq!(cache.len(), 1, "failed measurements are not kept");
    }
}
