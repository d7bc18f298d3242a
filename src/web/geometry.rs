//! Read-outs of the last frame for the page: where a date or value is, the plot rectangle, the
//! visible range in words, and a series' colour.

use super::ChartHandle;
use crate::dataset::Date;
use crate::interact::place_tooltip;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
impl ChartHandle {
    /// The chart's title, for the accessible name.
    pub fn title(&self) -> String {
        self.chart.title.clone()
    }

    /// The language the chart's words are in (`en` where the page's language has no
    /// translation), for the `lang` attribute screen readers pronounce them by.
    #[wasm_bindgen(js_name = wordsLang)]
    pub fn words_lang(&self) -> String {
        self.chart.lang.code().to_string()
    }

    /// The CSS px x of a date (`1937`, `1921-03`) in the last render, if it is on the axis.
    #[wasm_bindgen(js_name = dateToPx)]
    pub fn date_to_px(&self, date: &str) -> Option<f64> {
        Some(self.frame.as_ref()?.date_to_px(&Date::parse(date)?)? * self.zoom)
    }

    /// The CSS px y of a value in the last render.
    #[wasm_bindgen(js_name = valueToPx)]
    pub fn value_to_px(&self, value: f64) -> Option<f64> {
        Some(self.frame.as_ref()?.y.value_to_px(value) * self.zoom)
    }

    /// The plot rectangle of the last render, `[left, top, right, bottom]` in CSS px.
    #[wasm_bindgen(js_name = plotRect)]
    pub fn plot_rect(&self) -> Option<Vec<f64>> {
        let p = self.frame.as_ref()?.plot;
        Some(
            [p.left, p.top, p.right, p.bottom]
                .iter()
                .map(|v| v * self.zoom)
                .collect(),
        )
    }

    /// The x tick labels of the last render, left to right.
    #[wasm_bindgen(js_name = xTickLabels)]
    pub fn x_tick_labels(&self) -> Vec<String> {
        self.frame
            .as_ref()
            .map_or_else(Vec::new, |f| f.x_ticks.iter().map(|t| t.label.clone()).collect())
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

    /// Whether the reader has zoomed in.
    #[wasm_bindgen(js_name = isZoomed)]
    pub fn is_zoomed(&self) -> bool {
        self.view.x_range.is_some()
    }

    /// `#rrggbb` of a series as drawn in the current theme, for a test reading pixels.
    #[wasm_bindgen(js_name = seriesColor)]
    pub fn series_color(&self, id: &str) -> Option<String> {
        let index = self.chart.dataset.series.iter().position(|s| s.id == id)?;
        Some(
            self.theme
                .series_color(self.chart.dataset.series[index].color, index)
                .to_hex(),
        )
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
