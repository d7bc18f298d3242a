//! The wasm binding, and only binding: a picture's map held for the page, its box's size, and
//! the answers in the box's CSS px.

use crate::{Fit, Focus, KeyAnswer, PictureMap};
use wasm_bindgen::prelude::*;

/// `key`'s answer when the page keeps the key.
const NOT_MINE: i32 = -1;
/// `key`'s answer when only the drawing module can answer (a zoom).
const NEEDS_LIVE: i32 = -2;
/// `key`'s answer when the focus is cleared.
const CLEAR: i32 = -3;

/// One picture on the page: its map and how it sits in its box.
#[wasm_bindgen]
pub struct Picture {
    map: Option<PictureMap>,
    fit: Fit,
}

#[wasm_bindgen]
impl Picture {
    /// Reads the map's tables; a map that does not read answers nothing (`valid` is false).
    #[wasm_bindgen(constructor)]
    pub fn new(header: &[f64], targets: &[f64], moves: &[i32]) -> Picture {
        Picture {
            map: PictureMap::new(header, targets, moves),
            fit: Fit::contain((1.0, 1.0), (1.0, 1.0)),
        }
    }

    /// Whether the map read.
    pub fn valid(&self) -> bool {
        self.map.is_some()
    }

    /// The box the picture is drawn in, CSS px.
    pub fn resize(&mut self, width_px: f64, height_px: f64) {
        if let Some(m) = &self.map {
            self.fit = Fit::contain((width_px, height_px), m.size_px);
        }
    }

    /// The target under a box pixel, or -1.
    pub fn hit(&self, x_px: f64, y_px: f64) -> i32 {
        let (x, y) = self.fit.to_picture(x_px, y_px);
        self.map
            .as_ref()
            .and_then(|m| m.hit(x, y))
            .map_or(-1, |i| i as i32)
    }

    /// What `key` does with target `current` focused (-1: none): a target, or -1 (not the
    /// chart's key), -2 (a zoom: the drawing module's), -3 (clear the focus).
    pub fn key(&self, current: i32, key: &str) -> i32 {
        let Some(m) = &self.map else { return NOT_MINE };
        match m.key(usize::try_from(current).ok(), key) {
            KeyAnswer::Focus(i) => i as i32,
            KeyAnswer::Clear => CLEAR,
            KeyAnswer::NeedsLive => NEEDS_LIVE,
            KeyAnswer::NotMine => NOT_MINE,
        }
    }

    /// Target `i`'s outline in the box: [] for none, [x, y, radius] for a ring, [left, top,
    /// width, height] for a box.
    pub fn focus(&self, i: usize) -> Vec<f64> {
        let Some(t) = self.map.as_ref().and_then(|m| m.targets.get(i)) else {
            return Vec::new();
        };
        let f = self.fit;
        match t.focus {
            Focus::None => Vec::new(),
            Focus::Ring {
                x_px,
                y_px,
                radius_px,
            } => {
                let (x, y) = f.to_box(x_px, y_px);
                vec![x, y, radius_px * f.scale]
            }
            Focus::Rect {
                left_px,
                top_px,
                right_px,
                bottom_px,
            } => {
                let (l, t) = f.to_box(left_px, top_px);
                let (r, b) = f.to_box(right_px, bottom_px);
                vec![l, t, r - l, b - t]
            }
        }
    }

    /// Where target `i`'s tooltip of `width_px` × `height_px` goes in a box of `box_w` × `box_h`:
    /// [left, top].
    pub fn tooltip(&self, i: usize, width_px: f64, height_px: f64, box_w: f64, box_h: f64) -> Vec<f64> {
        let Some(t) = self.map.as_ref().and_then(|m| m.targets.get(i)) else {
            return vec![0.0, 0.0];
        };
        let anchor = self.fit.to_box(t.anchor.0, t.anchor.1);
        let (left, top) = crate::place_tooltip(anchor, (width_px, height_px), (box_w, box_h));
        vec![left, top]
    }
}
