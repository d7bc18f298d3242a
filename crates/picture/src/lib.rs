//! What a pixel of a built-in chart's pre-rendered picture means, and what a key does on it: the
//! small module that makes the picture a reader sees first answer the pointer and the keyboard
//! before (or without) the drawing module. The main crate writes each picture's map at build time
//! from the same layout that drew the picture (`chronicle_charts::interact::picture_map`): where
//! each target is hit, where its tooltip points, its focus outline, and where each key moves from
//! it. This crate only reads that map: it fits the picture into its box as `object-fit: contain`
//! does, finds the target under a pixel by the live chart's rules, and looks up key moves.
//! No strings are formatted here; the words are in the map's module, indexed by target.

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

#[cfg(all(target_arch = "wasm32", feature = "web"))]
mod web;

/// Numbers per target in the map's flat table.
pub const TARGET_FIELDS: usize = 12;
/// Numbers in the map's header: the picture's width and height, then the plot's left, top, right
/// and bottom (all in the picture's px).
pub const HEADER_FIELDS: usize = 6;
/// The keys a picture answers, in the order of the move table's columns: the live chart's cursor
/// walk (←, →, PageUp, PageDown, Home, End, ↑, ↓), then the next and previous event.
pub const KEYS: [&str; 10] = [
    "ArrowLeft",
    "ArrowRight",
    "PageUp",
    "PageDown",
    "Home",
    "End",
    "ArrowUp",
    "ArrowDown",
    "]",
    "[",
];
/// Keys that change the view (zoom in, zoom out): only the drawing module can answer them.
pub const LIVE_KEYS: [&str; 5] = ["+", "=", "-", "_", "\u{2212}"];
/// The key that clears the focus.
pub const CLEAR_KEY: &str = "Escape";

/// How a target is hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HitKind {
    /// A line's point: the nearest in x (then y) within `LINE_REACH_PX`.
    Dot = 0,
    /// A bar's column (its slot in its year, the plot's whole height): hit inside the rectangle.
    Column = 1,
    /// An event marker's touch target: hit inside the rectangle, before anything else.
    Event = 2,
    /// Reached by the keyboard only (a gap in a line).
    KeysOnly = 3,
}

impl HitKind {
    /// The kind for its number in the table.
    pub fn from_number(n: f64) -> Option<HitKind> {
        [HitKind::Dot, HitKind::Column, HitKind::Event, HitKind::KeysOnly]
            .into_iter()
            .find(|k| *k as u8 as f64 == n)
    }
}

/// The outline a focused target gets.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Focus {
    /// Nothing to outline (a gap, an event: the tooltip alone).
    None,
    /// A ring around a marker: centre and radius.
    Ring { x_px: f64, y_px: f64, radius_px: f64 },
    /// A box around a bar.
    Rect {
        left_px: f64,
        top_px: f64,
        right_px: f64,
        bottom_px: f64,
    },
}

/// Number codes of `Focus` in the table.
pub const FOCUS_NONE: f64 = 0.0;
/// A ring: x, y, radius, unused.
pub const FOCUS_RING: f64 = 1.0;
/// A rectangle: left, top, right, bottom.
pub const FOCUS_RECT: f64 = 2.0;

/// How far from a line's point the pointer may be and still pick it, in px (the live chart's).
pub const LINE_REACH_PX: f64 = 40.0;
/// How far outside the plot the pointer still reaches its marks, in px (the live chart's).
pub const PLOT_REACH_PX: f64 = 4.0;
/// Points closer in x than this count as level, and the nearer in y wins, in px.
const TIE_PX: f64 = 1.0;

/// One target of a picture, in the picture's px.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Target {
    /// How it is hit.
    pub kind: HitKind,
    /// The hit rectangle (left, top, right, bottom), or for a dot its point twice.
    pub hit: [f64; 4],
    /// Where its tooltip points.
    pub anchor: (f64, f64),
    /// Its focus outline.
    pub focus: Focus,
}

impl Target {
    /// The target's numbers in the table's order.
    pub fn to_numbers(&self) -> [f64; TARGET_FIELDS] {
        let (focus_kind, g) = match self.focus {
            Focus::None => (FOCUS_NONE, [0.0; 4]),
            Focus::Ring {
                x_px,
                y_px,
                radius_px,
            } => (FOCUS_RING, [x_px, y_px, radius_px, 0.0]),
            Focus::Rect {
                left_px,
                top_px,
                right_px,
                bottom_px,
            } => (FOCUS_RECT, [left_px, top_px, right_px, bottom_px]),
        };
        let [l, t, r, b] = self.hit;
        [
            self.kind as u8 as f64,
            l,
            t,
            r,
            b,
            self.anchor.0,
            self.anchor.1,
            focus_kind,
            g[0],
            g[1],
            g[2],
            g[3],
        ]
    }

    /// Reads one target's numbers; `None` if they are not a target.
    pub fn from_numbers(n: &[f64]) -> Option<Target> {
        if n.len() != TARGET_FIELDS || n.iter().any(|v| !v.is_finite()) {
            return None;
        }
        let focus = match n[7] {
            FOCUS_RING => Focus::Ring {
                x_px: n[8],
                y_px: n[9],
                radius_px: n[10],
            },
            FOCUS_RECT => Focus::Rect {
                left_px: n[8],
                top_px: n[9],
                right_px: n[10],
                bottom_px: n[11],
            },
            _ => Focus::None,
        };
        Some(Target {
            kind: HitKind::from_number(n[0])?,
            hit: [n[1], n[2], n[3], n[4]],
            anchor: (n[5], n[6]),
            focus,
        })
    }

    fn contains(&self, x: f64, y: f64) -> bool {
        let [l, t, r, b] = self.hit;
        (l..r).contains(&x) && (t..=b).contains(&y)
    }
}

/// A picture's map: its size, its plot, its targets and the key moves between them.
#[derive(Debug, Clone, PartialEq)]
pub struct PictureMap {
    /// The picture's width and height, in its px.
    pub size_px: (f64, f64),
    /// The plot: left, top, right, bottom.
    pub plot: [f64; 4],
    /// Every target, in the order of the words.
    pub targets: Vec<Target>,
    /// Per target (and one last row for "nothing focused"), where each of `KEYS` moves to; -1: nowhere.
    pub moves: Vec<i32>,
}

/// What a key does on a focused picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAnswer {
    /// Focus this target.
    Focus(usize),
    /// Clear the focus.
    Clear,
    /// Only the drawing module can answer (a zoom).
    NeedsLive,
    /// Not a key of the chart's: the page keeps it.
    NotMine,
}

impl PictureMap {
    /// Reads a map from its three tables; `None` where they do not fit together.
    pub fn new(header: &[f64], targets: &[f64], moves: &[i32]) -> Option<PictureMap> {
        if header.len() != HEADER_FIELDS || targets.len() % TARGET_FIELDS != 0 {
            return None;
        }
        let targets: Vec<Target> = targets
            .chunks(TARGET_FIELDS)
            .map(Target::from_numbers)
            .collect::<Option<_>>()?;
        let count = targets.len() as i32;
        if moves.len() != (targets.len() + 1) * KEYS.len() || moves.iter().any(|&m| m < -1 || m >= count) {
            return None;
        }
        Some(PictureMap {
            size_px: (header[0], header[1]),
            plot: [header[2], header[3], header[4], header[5]],
            targets,
            moves: moves.to_vec(),
        })
    }

    /// The header's numbers.
    pub fn header(&self) -> [f64; HEADER_FIELDS] {
        let [l, t, r, b] = self.plot;
        [self.size_px.0, self.size_px.1, l, t, r, b]
    }

    /// The target under (`x`, `y`) in the picture's px, by the live chart's rules: an event's
    /// target first (the one whose marker is nearest in x), nothing outside the plot (give or
    /// take `PLOT_REACH_PX`), a bar's column, else the nearest line point in x (then in y among
    /// points level in x) within `LINE_REACH_PX`.
    pub fn hit(&self, x: f64, y: f64) -> Option<usize> {
        let of_kind = |kind: HitKind| {
            self.targets
                .iter()
                .enumerate()
                .filter(move |(_, t)| t.kind == kind)
        };
        let event = of_kind(HitKind::Event)
            .filter(|(_, t)| t.contains(x, y))
            .min_by(|(_, a), (_, b)| (a.anchor.0 - x).abs().total_cmp(&(b.anchor.0 - x).abs()));
        if let Some((i, _)) = event {
            return Some(i);
        }
        let [l, t, r, b] = self.plot;
        let reach = PLOT_REACH_PX;
        if !(l - reach..=r + reach).contains(&x) || !(t - reach..=b + reach).contains(&y) {
            return None;
        }
        if let Some((i, _)) = of_kind(HitKind::Column).find(|(_, t)| t.contains(x, y)) {
            return Some(i);
        }
        let mut best: Option<(f64, f64, usize)> = None;
        for (i, t) in of_kind(HitKind::Dot) {
            let (dx, dy) = ((t.hit[0] - x).abs(), (t.hit[1] - y).abs());
            let better = match best {
                None => true,
                Some((bx, by, _)) => dx < bx - TIE_PX || (dx <= bx + TIE_PX && dy < by),
            };
            if better {
                best = Some((dx, dy, i));
            }
        }
        best.filter(|(dx, _, _)| *dx <= LINE_REACH_PX).map(|(_, _, i)| i)
    }

    /// What `key` does with `current` focused (or nothing).
    pub fn key(&self, current: Option<usize>, key: &str) -> KeyAnswer {
        if key == CLEAR_KEY {
            return KeyAnswer::Clear;
        }
        if LIVE_KEYS.contains(&key) {
            return KeyAnswer::NeedsLive;
        }
        let Some(column) = KEYS.iter().position(|k| *k == key) else {
            return KeyAnswer::NotMine;
        };
        let row = current
            .filter(|&i| i < self.targets.len())
            .unwrap_or(self.targets.len());
        match self.moves.get(row * KEYS.len() + column) {
            Some(&m) if m >= 0 => KeyAnswer::Focus(m as usize),
            _ => current.map_or(KeyAnswer::NotMine, KeyAnswer::Focus),
        }
    }
}

/// How the picture sits in its box: scaled to fit whole and centred, as `object-fit: contain`
/// draws an `<img>`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    /// Box px per picture px.
    pub scale: f64,
    /// Where the picture's left edge is in the box, in px.
    pub left_px: f64,
    /// Where the picture's top edge is in the box, in px.
    pub top_px: f64,
}

impl Fit {
    /// The fit of a `picture` (width, height) in a `box_px` (width, height).
    pub fn contain(box_px: (f64, f64), picture: (f64, f64)) -> Fit {
        let scale = (box_px.0 / picture.0).min(box_px.1 / picture.1);
        let scale = if scale.is_finite() && scale > 0.0 {
            scale
        } else {
            1.0
        };
        Fit {
            scale,
            left_px: (box_px.0 - picture.0 * scale) / 2.0,
            top_px: (box_px.1 - picture.1 * scale) / 2.0,
        }
    }

    /// A box pixel in the picture's px.
    pub fn to_picture(&self, x: f64, y: f64) -> (f64, f64) {
        ((x - self.left_px) / self.scale, (y - self.top_px) / self.scale)
    }

    /// A picture pixel in the box's px.
    pub fn to_box(&self, x: f64, y: f64) -> (f64, f64) {
        (self.left_px + x * self.scale, self.top_px + y * self.scale)
    }
}

/// Top-left corner for a tooltip of `size` near `anchor`, kept inside `bounds` (all CSS px):
/// right of and above the anchor when it fits, flipped left or below when it does not.
pub fn place_tooltip(anchor: (f64, f64), size: (f64, f64), bounds: (f64, f64)) -> (f64, f64) {
    const GAP: f64 = 12.0;
    let (ax, ay) = anchor;
    let (w, h) = size;
    let mut left = ax + GAP;
    if left + w > bounds.0 {
        left = ax - GAP - w;
    }
    let mut top = ay - GAP - h;
    if top < 0.0 {
        top = ay + GAP;
    }
    // min/max, not `clamp`: clamp's check formats floats, 20 KB in a module this small.
    (left.min(bounds.0 - w).max(0.0), top.min(bounds.1 - h).max(0.0))
}

#[cfg(test)]
mod tests;
