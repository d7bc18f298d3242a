//! The map reader's rules on small hand-made maps, each figure worked out here.

use super::*;

fn dot(x: f64, y: f64) -> Target {
    Target {
        kind: HitKind::Dot,
        hit: [x, y, x, y],
        anchor: (x, y),
        focus: Focus::Ring {
            x_px: x,
            y_px: y,
            radius_px: 6.0,
        },
    }
}

fn rect(kind: HitKind, l: f64, t: f64, r: f64, b: f64) -> Target {
    Target {
        kind,
        hit: [l, t, r, b],
        anchor: ((l + r) / 2.0, t),
        focus: Focus::None,
    }
}

/// A 400×300 picture, plot 50..350 × 20..270, two dots, one event target, moves: → from 0 to 1.
fn map(targets: &[Target]) -> PictureMap {
    let numbers: Vec<f64> = targets.iter().flat_map(|t| t.to_numbers()).collect();
    let mut moves = vec![-1; (targets.len() + 1) * KEYS.len()];
    moves[1] = 1; // target 0, ArrowRight → 1
    moves[targets.len() * KEYS.len()] = 0; // nothing focused, ArrowLeft → 0
    PictureMap::new(&[400.0, 300.0, 50.0, 20.0, 350.0, 270.0], &numbers, &moves).expect("a map")
}

#[test]
fn targets_read_back_as_written() {
    let t = [dot(100.0, 80.0), rect(HitKind::Event, 190.0, 240.0, 234.0, 284.0)];
    let m = map(&t);
    assert_eq!(m.targets, t);
    assert_eq!(m.header(), [400.0, 300.0, 50.0, 20.0, 350.0, 270.0]);
}

#[test]
fn tables_that_do_not_fit_together_are_refused() {
    let numbers = dot(1.0, 1.0).to_numbers();
    assert!(
        PictureMap::new(&[1.0; 5], &numbers, &[-1; 20]).is_none(),
        "short header"
    );
    assert!(
        PictureMap::new(&[1.0; 6], &numbers[..11], &[-1; 20]).is_none(),
        "short target"
    );
    assert!(
        PictureMap::new(&[1.0; 6], &numbers, &[-1; 19]).is_none(),
        "short moves"
    );
    assert!(
        PictureMap::new(&[1.0; 6], &numbers, &[[-1; 19].as_slice(), &[1]].concat()).is_none(),
        "a move past the end"
    );
    let mut nan = numbers;
    nan[3] = f64::NAN;
    assert!(PictureMap::new(&[1.0; 6], &nan, &[-1; 20]).is_none(), "NaN");
    assert!(PictureMap::new(&[1.0; 6], &numbers, &[-1; 20]).is_some());
}

#[test]
fn an_event_target_wins_over_a_point_and_the_nearest_marker_wins_between_events() {
    let m = map(&[
        dot(200.0, 250.0),
        rect(HitKind::Event, 180.0, 230.0, 224.0, 274.0),
        rect(HitKind::Event, 200.0, 230.0, 244.0, 274.0),
    ]);
    assert_eq!(
        m.hit(201.0, 250.0),
        Some(1),
        "inside both: marker 1 is at 202, marker 2 at 222"
    );
    assert_eq!(m.hit(230.0, 250.0), Some(2));
    assert_eq!(
        m.hit(170.0, 100.0),
        Some(0),
        "outside the events: the nearest point"
    );
}

#[test]
fn points_are_picked_nearest_in_x_then_in_y_within_reach() {
    let m = map(&[dot(100.0, 50.0), dot(100.5, 200.0), dot(300.0, 100.0)]);
    assert_eq!(m.hit(100.0, 190.0), Some(1), "level in x: the nearer in y");
    assert_eq!(m.hit(100.0, 60.0), Some(0));
    assert_eq!(m.hit(139.0, 60.0), Some(0), "39 px away");
    assert_eq!(m.hit(200.0, 60.0), None, "100 px from both");
    assert_eq!(m.hit(261.0, 60.0), Some(2));
    assert_eq!(m.hit(100.0, 275.0), None, "5 px below the plot");
    assert_eq!(m.hit(100.0, 273.0), Some(1), "3 px below the plot");
}

#[test]
fn a_column_is_hit_anywhere_inside_it_and_a_gap_only_by_keys() {
    let mut gap = dot(140.0, 100.0);
    gap.kind = HitKind::KeysOnly;
    let m = map(&[rect(HitKind::Column, 60.0, 16.0, 80.0, 274.0), gap]);
    assert_eq!(m.hit(60.0, 30.0), Some(0));
    assert_eq!(m.hit(79.9, 260.0), Some(0));
    assert_eq!(
        m.hit(80.0, 260.0),
        None,
        "the right edge belongs to the next column"
    );
    assert_eq!(m.hit(140.0, 100.0), None);
}

#[test]
fn keys_follow_the_move_table_and_stay_put_where_it_says_nowhere() {
    let m = map(&[dot(100.0, 50.0), dot(200.0, 50.0)]);
    assert_eq!(m.key(None, "ArrowLeft"), KeyAnswer::Focus(0));
    assert_eq!(
        m.key(None, "ArrowRight"),
        KeyAnswer::NotMine,
        "nowhere to go from nothing"
    );
    assert_eq!(m.key(Some(0), "ArrowRight"), KeyAnswer::Focus(1));
    assert_eq!(
        m.key(Some(1), "ArrowRight"),
        KeyAnswer::Focus(1),
        "stays at the end"
    );
    assert_eq!(m.key(Some(0), "+"), KeyAnswer::NeedsLive);
    assert_eq!(m.key(Some(0), "\u{2212}"), KeyAnswer::NeedsLive);
    assert_eq!(m.key(Some(0), "Escape"), KeyAnswer::Clear);
    assert_eq!(m.key(Some(0), "a"), KeyAnswer::NotMine);
    assert_eq!(
        m.key(Some(9), "ArrowLeft"),
        KeyAnswer::Focus(0),
        "an unknown target counts as none"
    );
}

#[test]
fn a_picture_fits_its_box_whole_and_centred() {
    // 800×500 in 400×400: half size, 125 px above and below.
    let fit = Fit::contain((400.0, 400.0), (800.0, 500.0));
    assert_eq!((fit.scale, fit.left_px, fit.top_px), (0.5, 0.0, 75.0));
    assert_eq!(fit.to_picture(200.0, 200.0), (400.0, 250.0));
    assert_eq!(fit.to_box(400.0, 250.0), (200.0, 200.0));
    // 390×736 in 360×736: narrower, so 360/390 and centred vertically.
    let fit = Fit::contain((360.0, 736.0), (390.0, 736.0));
    assert!((fit.scale - 360.0 / 390.0).abs() < 1e-12);
    assert!((fit.top_px - (736.0 - 736.0 * 360.0 / 390.0) / 2.0).abs() < 1e-9);
    assert_eq!(
        Fit::contain((0.0, 0.0), (800.0, 500.0)).scale,
        0.0_f64.max(1.0),
        "an empty box keeps scale 1"
    );
}

#[test]
fn tooltip_stays_inside_the_widget() {
    assert_eq!(
        place_tooltip((100.0, 200.0), (150.0, 60.0), (800.0, 450.0)),
        (112.0, 128.0)
    );
    assert_eq!(
        place_tooltip((780.0, 200.0), (150.0, 60.0), (800.0, 450.0)),
        (618.0, 128.0)
    );
    assert_eq!(
        place_tooltip((100.0, 20.0), (150.0, 60.0), (800.0, 450.0)),
        (112.0, 32.0)
    );
    assert_eq!(
        place_tooltip((10.0, 10.0), (900.0, 500.0), (800.0, 450.0)),
        (0.0, 0.0)
    );
}
