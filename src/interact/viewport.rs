//! Zoom and pan of the x domain, in pixels of the last frame: the wheel zooms about the pointer,
//! a drag pans, and both stay within the data and no narrower than the minimum span.

use crate::layout::{min_span_years, Frame, XDomain};
use crate::spec::Chart;

/// `domain` (the range the reader asked for, which may be ahead of the last frame while a
/// transition runs or before the next frame is drawn) zoomed by `factor` (> 1 zooms in) about the
/// moment under the x pixel `anchor_px` of the last frame: successive wheel turns and key presses
/// between two frames all count.
pub fn zoom_at_px(chart: &Chart, frame: &Frame, domain: XDomain, anchor_px: f64, factor: f64) -> XDomain {
    let anchor = frame.px_to_time(anchor_px.clamp(frame.plot.left, frame.plot.right));
    zoom_about(
        chart,
        frame.full_x_domain,
        domain,
        anchor.clamp(domain.lo, domain.hi),
        factor,
    )
}

/// `domain` zoomed by `factor` about its middle: what `+` and `−` do.
pub fn zoom_about_middle(chart: &Chart, full: XDomain, domain: XDomain, factor: f64) -> XDomain {
    zoom_about(chart, full, domain, (domain.lo + domain.hi) / 2.0, factor)
}

/// `domain` zoomed by `factor` about the moment `anchor`, within the data and the minimum span.
fn zoom_about(chart: &Chart, full: XDomain, domain: XDomain, anchor: f64, factor: f64) -> XDomain {
    let factor = if factor.is_finite() && factor > 0.0 {
        factor
    } else {
        1.0
    };
    let lo = anchor - (anchor - domain.lo) / factor;
    let hi = anchor + (domain.hi - anchor) / factor;
    clamp_keeping_anchor(XDomain { lo, hi }, full, min_span_years(chart.kind), anchor)
}

/// The domain after dragging the plot by `dx_px` (positive drags the data right: earlier years).
pub fn pan_by_px(chart: &Chart, frame: &Frame, dx_px: f64) -> XDomain {
    let d = frame.x_domain;
    let years = dx_px / frame.plot.width().max(1.0) * d.span();
    XDomain {
        lo: d.lo - years,
        hi: d.hi - years,
    }
    .clamped(frame.full_x_domain, min_span_years(chart.kind))
}

/// The domain, moved as little as possible so the moment `at` (fractional years) is inside.
pub fn ensure_visible(frame: &Frame, at: f64) -> XDomain {
    let d = frame.x_domain;
    let shift = if at < d.lo {
        at.floor() - d.lo
    } else if at > d.hi {
        at.ceil() - d.hi
    } else {
        0.0
    };
    let full = frame.full_x_domain;
    XDomain {
        lo: d.lo + shift,
        hi: d.hi + shift,
    }
    .clamped(full, 0.0)
}

/// Limits a zoomed domain; at the minimum span it stays centred on the anchor.
fn clamp_keeping_anchor(d: XDomain, full: XDomain, min_span: f64, anchor: f64) -> XDomain {
    if d.span() >= min_span {
        return d.clamped(full, min_span);
    }
    XDomain {
        lo: anchor - min_span / 2.0,
        hi: anchor + min_span / 2.0,
    }
    .clamped(full, min_span)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::layout::View;

    #[test]
    fn zoom_about_pointer_keeps_the_year_under_it_and_stops_at_limits() {
        let chart = Chart::builtin("repression", Lang::EN).unwrap();
        let frame = Frame::compute(&chart, &View::default(), 800.0, 450.0).unwrap();
        let x1937 = frame.time_to_px(1937.5).unwrap();
        let d = zoom_at_px(&chart, &frame, frame.x_domain, x1937, 4.0);
        assert!((d.span() - 33.0 / 4.0).abs() < 1e-9, "{d:?}");
        assert!(d.lo < 1937.5 && d.hi > 1937.5);
        let tight = zoom_at_px(&chart, &frame, frame.x_domain, x1937, 1000.0);
        assert!(
            (tight.span() - 3.0).abs() < 1e-9 && tight.lo <= 1937.5 && tight.hi >= 1937.5,
            "{tight:?}"
        );
        let out = zoom_at_px(&chart, &frame, frame.x_domain, x1937, 0.01);
        assert_eq!((out.lo, out.hi), (1921.0, 1954.0));
    }

    #[test]
    fn pan_and_follow_stay_inside_the_data() {
        let chart = Chart::builtin("repression", Lang::EN).unwrap();
        let view = View {
            x_range: Some(XDomain {
                lo: 1936.0,
                hi: 1940.0,
            }),
            ..View::default()
        };
        let frame = Frame::compute(&chart, &view, 800.0, 450.0).unwrap();
        let right = pan_by_px(&chart, &frame, -frame.plot.width());
        assert_eq!((right.lo, right.hi), (1940.0, 1944.0));
        let far_left = pan_by_px(&chart, &frame, 1e6);
        assert_eq!((far_left.lo, far_left.hi), (1921.0, 1925.0));
        let followed = ensure_visible(&frame, 1941.5);
        assert_eq!((followed.lo, followed.hi), (1938.0, 1942.0));
    }

    #[test]
    fn zoom_keys_compose_before_a_frame_is_drawn() {
        let chart = Chart::builtin("repression", crate::Lang::EN).unwrap();
        let full = XDomain::full(&chart).unwrap();
        let once = zoom_about_middle(&chart, full, full, 2.0);
        let twice = zoom_about_middle(&chart, full, once, 2.0);
        assert!((once.span() - full.span() / 2.0).abs() < 1e-9);
        assert!((twice.span() - full.span() / 4.0).abs() < 1e-9, "{twice:?}");
        let back = zoom_about_middle(&chart, full, twice, 0.25);
        assert!((back.span() - full.span()).abs() < 1e-9);
    }
}
