//! Where each label goes: the places around a point in the order its line's shape suggests, the
//! box a label takes at each, and the search that keeps as many labels as can stand together,
//! an earlier label outranking all later ones.

use super::geometry::{inflate, overlap, segments_cross};
use super::{LabelOf, GAP_PX};
use crate::layout::frame::RectPx;
use crate::layout::lines::clip_segment;

/// Where a label goes relative to its anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    Above,
    Below,
    Right,
    Left,
    AboveRight,
    AboveLeft,
    BelowRight,
    BelowLeft,
    /// Right of a bar, its top level with the bar's.
    RightDown,
    /// Left of a bar, its top level with the bar's.
    LeftDown,
}

use Place::*;

/// Label positions in order of preference, by the line's shape at the point (pixel y grows
/// downwards): above a peak, below a trough, on the open side of a slope.
pub(super) fn preferences(before: Option<f64>, y: f64, after: Option<f64>) -> [Place; 8] {
    let higher = |n: Option<f64>| n.map(|v| v < y);
    match (higher(before), higher(after)) {
        (Some(false), Some(false)) | (None, Some(false)) | (Some(false), None) => [
            Above, AboveRight, AboveLeft, Right, Left, Below, BelowRight, BelowLeft,
        ],
        (Some(true), Some(true)) => [
            Below, BelowRight, BelowLeft, Right, Left, Above, AboveRight, AboveLeft,
        ],
        // Rising to the right: open above-left and below-right.
        (_, Some(true)) => [
            AboveLeft, BelowRight, Above, Below, Left, Right, AboveRight, BelowLeft,
        ],
        // Falling to the right (or a lone point): open above-right and below-left.
        _ => [
            AboveRight, BelowLeft, Above, Below, Right, Left, AboveLeft, BelowRight,
        ],
    }
}

/// The box of a `w` × `h` label at `place` around `anchor` (the point's marker, or a bar's top
/// edge), `GAP_PX` clear of it and `further` more.
pub(super) fn candidate(place: Place, anchor: &RectPx, w: f64, h: f64, further: f64) -> RectPx {
    let cx = (anchor.left + anchor.right) / 2.0;
    let cy = (anchor.top + anchor.bottom) / 2.0;
    // A hair more than the gap, so a label is clear of its own point however pixels round.
    let g = GAP_PX + 0.25 + further;
    let (left, top) = match place {
        Above => (cx - w / 2.0, anchor.top - g - h),
        Below => (cx - w / 2.0, anchor.bottom + g),
        Right => (anchor.right + g, cy - h / 2.0),
        Left => (anchor.left - g - w, cy - h / 2.0),
        AboveRight => (anchor.right + g, anchor.top - g - h),
        AboveLeft => (anchor.left - g - w, anchor.top - g - h),
        BelowRight => (anchor.right + g, anchor.bottom + g),
        BelowLeft => (anchor.left - g - w, anchor.bottom + g),
        RightDown => (anchor.right + g, anchor.top),
        LeftDown => (anchor.left - g - w, anchor.top),
    };
    RectPx {
        left,
        top,
        right: left + w,
        bottom: top + h,
    }
}

/// A label to place: its words (on one line, and on two) and every position left once the
/// marks, lines and texts have ruled some out, in order of preference.
pub(super) struct Request {
    pub(super) of: LabelOf,
    pub(super) forms: Vec<Vec<String>>,
    pub(super) options: Vec<Option<Spot>>,
}

/// One position of a label: its box, its leader if it stands off from its point, where it is
/// from the point, and which form of its words it takes.
#[derive(Debug, Clone, Copy)]
pub(super) struct Spot {
    pub(super) bounds: RectPx,
    pub(super) leader: Option<((f64, f64), (f64, f64))>,
    pub(super) place: Place,
    pub(super) form: usize,
}

/// Whether two labels' spots cannot both be used: their boxes come within the gap, or a leader
/// crosses the other's box or leader.
pub(super) fn conflict(a: &Spot, b: &Spot) -> bool {
    let crosses = |l: Option<((f64, f64), (f64, f64))>, r: &RectPx| {
        l.is_some_and(|(p, q)| clip_segment(p, q, &inflate(r, 1.0)).is_some())
    };
    let leaders = match (a.leader, b.leader) {
        (Some((p, q)), Some((s, t))) => segments_cross(p, q, s, t),
        _ => false,
    };
    overlap(&inflate(&a.bounds, GAP_PX), &b.bounds)
        || crosses(a.leader, &b.bounds)
        || crosses(b.leader, &a.bounds)
        || leaders
}

/// How many spots the search may try before it keeps the best it found (every label's first
/// free spot, in order, is the first it finds).
const SEARCH_STEPS: usize = 20_000;

/// The spot of each request (or none), placing as many of the first requests as can be placed
/// together: the first label placed counts for more than all after it, so where room is short
/// the last give way first; among as many, each label keeps the spot it prefers most.
pub(super) fn search(requests: &[Request]) -> Vec<Option<Spot>> {
    struct State<'a> {
        requests: &'a [Request],
        chosen: Vec<Option<Spot>>,
        best: Vec<Option<Spot>>,
        best_placed: Vec<bool>,
        steps: usize,
    }
    fn placed_of(chosen: &[Option<Spot>]) -> Vec<bool> {
        chosen.iter().map(Option::is_some).collect()
    }
    fn go(st: &mut State, i: usize) -> bool {
        if i == st.requests.len() {
            let placed = placed_of(&st.chosen);
            // Lexicographic: an earlier label placed beats any number of later ones.
            if placed > st.best_placed {
                st.best_placed = placed;
                st.best = st.chosen.clone();
            }
            return st.best_placed.iter().all(|p| *p);
        }
        // Even placing every label from here on cannot beat the best: stop.
        let mut hope = placed_of(&st.chosen[..i]);
        hope.resize(st.requests.len(), true);
        if hope <= st.best_placed {
            return false;
        }
        for k in 0..st.requests[i].options.len() {
            if st.steps >= SEARCH_STEPS {
                return false;
            }
            st.steps += 1;
            let option = st.requests[i].options[k];
            if let Some(spot) = option {
                if st.chosen[..i].iter().flatten().any(|c| conflict(c, &spot)) {
                    continue;
                }
            }
            st.chosen[i] = option;
            if go(st, i + 1) {
                return true;
            }
        }
        st.chosen[i] = None;
        false
    }
    let n = requests.len();
    let mut st = State {
        requests,
        chosen: vec![None; n],
        best: vec![None; n],
        best_placed: vec![false; n],
        steps: 0,
    };
    go(&mut st, 0);
    st.best
}
