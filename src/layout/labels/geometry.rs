//! The geometry labels are placed by: the boxes texts and marks take, what a label must keep
//! clear of (boxes, and line segments filed by the plot's columns so a label meets only those
//! near it), leaders, and the tests of two boxes or segments against each other.

use super::{EDGE_PX, GAP_PX, MARK_RADIUS_PX};
use crate::layout::frame::{Align, Frame, PlacedText, RectPx, TextRole};
use crate::layout::lines::clip_segment;
use crate::layout::marks::{Mark, MarkShape};
use crate::layout::measure::width_px;
use crate::layout::metrics::LINE_HEIGHT_RATIO;

/// Half the width of a drawn line, and a pixel to spare.
const LINE_CLEAR_PX: f64 = 2.0;
/// Width of the columns line segments are filed in, so a label is tested against the segments
/// near it only (a decimated line may have thousands).
const BUCKET_PX: f64 = 24.0;

/// What a label must keep clear of: boxes (marks, range marks, texts, labels placed) and line
/// segments filed by the columns of the plot they cross.
pub(super) struct Obstacles {
    boxes: Vec<RectPx>,
    segments: Vec<((f64, f64), (f64, f64))>,
    buckets: Vec<Vec<usize>>,
    left: f64,
}

impl Obstacles {
    pub(super) fn new(frame: &Frame) -> Self {
        let plot = frame.plot;
        let n = ((plot.width() / BUCKET_PX).ceil() as usize).max(1);
        let mut o = Obstacles {
            boxes: Vec::new(),
            segments: Vec::new(),
            buckets: vec![Vec::new(); n],
            left: plot.left,
        };
        for m in &frame.marks {
            o.boxes.push(mark_box(m));
            if let Some(r) = m.range_box() {
                o.boxes.push(r);
            }
        }
        let texts = frame.texts.iter().chain(frame.legend.iter().map(|e| &e.label));
        o.boxes.extend(texts.map(text_box));
        o.boxes.extend(frame.bands.iter().filter_map(|b| b.label_box));
        o.boxes.extend(frame.claims.iter().map(|c| c.label_box));
        for line in &frame.lines {
            for run in &line.runs {
                for s in run.windows(2) {
                    o.add_segment(s[0], s[1]);
                }
            }
        }
        o
    }

    fn bucket(&self, x: f64) -> usize {
        (((x - self.left) / BUCKET_PX).floor().max(0.0) as usize).min(self.buckets.len() - 1)
    }

    fn add_segment(&mut self, a: (f64, f64), b: (f64, f64)) {
        let i = self.segments.len();
        self.segments.push((a, b));
        let (lo, hi) = (self.bucket(a.0.min(b.0)), self.bucket(a.0.max(b.0)));
        for bucket in &mut self.buckets[lo..=hi] {
            bucket.push(i);
        }
    }

    /// Whether the segment a–b crosses no box (but the one holding `a`, its own point's) and no
    /// line.
    pub(super) fn leader_clear(&self, a: (f64, f64), b: (f64, f64)) -> bool {
        let crosses = |r: &RectPx| !r.contains(a.0, a.1) && clip_segment(a, b, &inflate(r, 1.0)).is_some();
        if self.boxes.iter().any(crosses) {
            return false;
        }
        let (lo, hi) = (self.bucket(a.0.min(b.0) - 1.0), self.bucket(a.0.max(b.0) + 1.0));
        !self.buckets[lo..=hi].iter().flatten().any(|&i| {
            let (p, q) = self.segments[i];
            segments_cross(a, b, p, q)
        })
    }

    /// Whether `r` touches nothing: no box within `GAP_PX`, no line within `LINE_CLEAR_PX`.
    pub(super) fn clear(&self, r: &RectPx) -> bool {
        let padded = inflate(r, GAP_PX);
        if self.boxes.iter().any(|b| overlap(&padded, b)) {
            return false;
        }
        let near = inflate(r, LINE_CLEAR_PX);
        let (lo, hi) = (self.bucket(near.left), self.bucket(near.right));
        !self.buckets[lo..=hi]
            .iter()
            .flatten()
            .any(|&i| clip_segment(self.segments[i].0, self.segments[i].1, &near).is_some())
    }
}

/// The box a text takes, from its anchor and measured width, a line high.
pub fn text_box(t: &PlacedText) -> RectPx {
    let w = width_px(&t.text, t.size_px, t.role == TextRole::Title);
    let h = t.size_px * LINE_HEIGHT_RATIO;
    let (left, top) = match t.align {
        Align::TopLeft => (t.x_px, t.y_px),
        Align::TopCenter => (t.x_px - w / 2.0, t.y_px),
        Align::MiddleRight => (t.x_px - w, t.y_px - h / 2.0),
        Align::MiddleLeft => (t.x_px, t.y_px - h / 2.0),
        Align::TopRight => (t.x_px - w, t.y_px),
    };
    RectPx {
        left,
        top,
        right: left + w,
        bottom: top + h,
    }
}

/// The box a mark takes: a bar's rectangle, a point's marker.
pub fn mark_box(m: &Mark) -> RectPx {
    match m.shape {
        MarkShape::Bar(r) => r,
        MarkShape::Dot { x_px, y_px, .. } => around(x_px, y_px, MARK_RADIUS_PX),
    }
}

pub(super) fn around(x: f64, y: f64, r: f64) -> RectPx {
    RectPx {
        left: x - r,
        top: y - r,
        right: x + r,
        bottom: y + r,
    }
}

pub(super) fn inflate(r: &RectPx, by: f64) -> RectPx {
    RectPx {
        left: r.left - by,
        top: r.top - by,
        right: r.right + by,
        bottom: r.bottom + by,
    }
}

/// Whether segments a–b and p–q cross (touching ends count).
pub(super) fn segments_cross(a: (f64, f64), b: (f64, f64), p: (f64, f64), q: (f64, f64)) -> bool {
    let side =
        |o: (f64, f64), s: (f64, f64), t: (f64, f64)| (s.0 - o.0) * (t.1 - o.1) - (s.1 - o.1) * (t.0 - o.0);
    let (d1, d2) = (side(p, q, a), side(p, q, b));
    let (d3, d4) = (side(a, b, p), side(a, b, q));
    d1 * d2 <= 0.0 && d3 * d4 <= 0.0 && !(d1 == 0.0 && d2 == 0.0 && d3 == 0.0 && d4 == 0.0)
}

/// The leader from a point (centre `c`, marker `radius`) to a label box standing off from it:
/// from just outside the marker to the box's nearest point.
pub(super) fn leader(c: (f64, f64), radius: f64, r: &RectPx) -> ((f64, f64), (f64, f64)) {
    let e = (c.0.clamp(r.left, r.right), c.1.clamp(r.top, r.bottom));
    let (dx, dy) = (e.0 - c.0, e.1 - c.1);
    let len = dx.hypot(dy).max(1e-9);
    let (ux, uy) = (dx / len, dy / len);
    let start = radius + 1.0;
    ((c.0 + ux * start, c.1 + uy * start), (e.0 - ux, e.1 - uy))
}

/// Whether two boxes share any area.
pub fn overlap(a: &RectPx, b: &RectPx) -> bool {
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
}

/// Whether `r` lies inside the plot, `EDGE_PX` clear of its edges.
pub(super) fn inside(r: &RectPx, plot: &RectPx) -> bool {
    r.left >= plot.left + EDGE_PX
        && r.right <= plot.right - EDGE_PX
        && r.top >= plot.top + EDGE_PX
        && r.bottom <= plot.bottom - EDGE_PX
}
