//! Read-outs of the last frame for the page: the title and language of its words, the visible
//! range in words and years, and where the tooltip goes.

use super::ChartHandle;
use crate::interact::place_tooltip;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
impl ChartHandle {
    /// The chart's title, for the accessible name.
    pub fn title(&self) -> String {
        self.chart.title.clone()
    }

    /// The chart's sources line, for the page to show as text under the chart.
    pub fn credit(&self) -> String {
        self.chart.credit.clone()
    }

    /// The language the chart's words are in (`en` where the page's language has no
    /// translation), for the `lang` attribute screen readers pronounce them by.
    #[wasm_bindgen(js_name = wordsLang)]
    pub fn words_lang(&self) -> String {
        self.chart.lang.code().to_string()
    }

    /// The years on screen in words (`1936–1939`), as the reader asked for them.
    #[wasm_bindgen(js_name = rangeText)]
    pub fn range_text(&self) -> String {
        let Some(f) = &self.frame else {
            return String::new();
        };
        let d = self
            .view
            .x_range
            .map_or(f.full_x_domain, |r| r.clamped(f.full_x_domain, 0.0));
        let (first, last) = d.band_years();
        if first == last {
            first.to_string()
        } else {
            format!("{first}–{last}")
        }
    }

    /// The first and last year on screen when zoomed (`["1936", "1939"]`), empty otherwise: what
    /// an embed writes into its URL as `from` and `to`.
    #[wasm_bindgen(js_name = zoomedYears)]
    pub fn zoomed_years(&self) -> Vec<String> {
        match (&self.frame, self.view.x_range) {
            (Some(f), Some(r)) => {
                let (first, last) = r.clamped(f.full_x_domain, 0.0).band_years();
                vec![first.to_string(), last.to_string()]
            }
            _ => Vec::new(),
        }
    }

    /// Whether the reader has moved away from the view the page asked for (zoomed or panned).
    #[wasm_bindgen(js_name = isZoomed)]
    pub fn is_zoomed(&self) -> bool {
        self.view.x_range != self.home
    }

    /// Where the last frame put its plot, `[left, top, right, bottom]` in the px the chart is laid
    /// out in (CSS px ÷ the page's zoom; empty before the first render): what the story test
    /// checks the labels on the plot against.
    #[wasm_bindgen(js_name = plotBox)]
    pub fn plot_box(&self) -> Vec<f64> {
        self.frame.as_ref().map_or_else(Vec::new, |f| {
            vec![f.plot.left, f.plot.top, f.plot.right, f.plot.bottom]
        })
    }

    /// Where a tooltip of `width` × `height` near (`x`, `y`) goes to stay inside the chart:
    /// `[left, top]` in CSS px.
    #[wasm_bindgen(js_name = tooltipPosition)]
    pub fn tooltip_position(&self, x: f64, y: f64, width: f64, height: f64) -> Vec<f64> {
        let bounds = (f64::from(self.size_css.0), f64::from(self.size_css.1));
        let (left, top) = place_tooltip((x, y), (width, height), bounds);
        vec![left, top]
    }
}
