// Input wiring for one mounted chart: pointer (mouse, pen, touch), wheel, keyboard and the
// legend buttons. Every decision (what is under the pointer, how far to zoom, what to announce)
// is the wasm handle's; this file only forwards events and places the answers in the DOM.
import { fillTooltip } from './tooltip.js';

/** Wires `controller` to `parts`; returns { unwire, refreshLegend }. */
export function wireInteraction(controller, parts, afterRender) {
  const { handle, element } = controller;
  const { stage, tooltip, live, reset, range, hint, legend } = parts;
  const listeners = [];
  const on = (target, type, fn, opts) => {
    target.addEventListener(type, fn, opts);
    listeners.push(() => target.removeEventListener(type, fn, opts));
  };
  const now = () => performance.now();
  const local = (e) => {
    const r = stage.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };

  let lastSelected = null;
  const select = (info) => {
    const key = info ? `${info.series_id}|${info.date}` : null;
    if (key === lastSelected) return;
    lastSelected = key;
    // Always an object: a cleared selection has nulls, so a listener can read e.detail.series.
    const point = info && info.kind === 'point';
    const detail = point ? { series: info.series_id, date: info.date, value: info.number } : { series: null, date: null, value: null };
    element.dispatchEvent(new CustomEvent('chronicle-select', { bubbles: true, composed: true, detail }));
  };
  // The tooltip is rebuilt only when its target changes (or a render may have moved it), so a
  // pointer moving within one bar touches no DOM.
  let shownKey = null;
  const showTooltip = (info, force = true) => {
    if (!info) {
      tooltip.hidden = true;
      shownKey = null;
      return;
    }
    const key = `${info.kind}|${info.series_id}|${info.date}|${info.value}`;
    if (!force && key === shownKey && !tooltip.hidden) return;
    shownKey = key;
    fillTooltip(tooltip, info);
    tooltip.hidden = false;
    const [left, top] = handle.tooltipPosition(info.anchor_x, info.anchor_y, tooltip.offsetWidth, tooltip.offsetHeight);
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${top}px`;
  };

  // Legend buttons: one per series, a pressed toggle, at least 44 px tall (style.css).
  const drawLegend = () => {
    const buttons = handle.legend().map((s) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'chronicle-legend-item';
      b.dataset.series = s.id;
      b.setAttribute('aria-pressed', String(s.shown));
      const swatch = document.createElement('span');
      swatch.className = s.dashed ? 'chronicle-swatch dashed' : 'chronicle-swatch';
      swatch.dataset.cue = `${s.bar ? 'bar' : 'line'}-${s.cue}`;
      swatch.style.setProperty('--swatch', s.color);
      swatch.setAttribute('aria-hidden', 'true');
      b.append(swatch, s.name);
      return b;
    });
    // What a range mark means, after the buttons: a key, not a toggle.
    const key = handle.rangeKey();
    if (key) {
      const item = document.createElement('span');
      item.className = 'chronicle-legend-key';
      const swatch = document.createElement('span');
      swatch.className = 'chronicle-swatch';
      swatch.dataset.cue = 'range';
      swatch.setAttribute('aria-hidden', 'true');
      item.append(swatch, key);
      buttons.push(item);
    }
    legend.replaceChildren(...buttons);
  };
  drawLegend();
  on(legend, 'click', (e) => {
    const b = e.target.closest('button[data-series]');
    if (!b) return;
    const shown = handle.toggleSeries(b.dataset.series, now());
    b.setAttribute('aria-pressed', String(shown));
    controller.schedule();
  });

  // After every render: the range read-out, the reset button, and a tooltip kept on its mark.
  // Written only when they change: a redraw that changes nothing beside the canvas leaves the
  // page's style and layout as they were (no style recalculation in every frame).
  let lastRange = '';
  afterRender.push(() => {
    const zoomed = handle.isZoomed();
    if (reset.hidden === zoomed) reset.hidden = !zoomed;
    const rangeText = zoomed ? handle.rangeText() : '';
    if (range.textContent !== rangeText) range.textContent = rangeText;
    const years = handle.zoomedYears();
    if (years.join() !== lastRange) {
      lastRange = years.join();
      const detail = years.length ? { from: years[0], to: years[1] } : { from: null, to: null };
      element.dispatchEvent(new CustomEvent('chronicle-view', { bubbles: true, composed: true, detail }));
    }
    if (!tooltip.hidden) showTooltip(handle.focusInfo());
  });
  on(reset, 'click', () => controller.reset());

  // Pointer and wheel: the handle decides what a hand means (hover, drag to pan, tap,
  // double-tap, pinch; a wheel zoom or only a hint) and applies pans and zooms itself.
  controller.onHover = (at) => {
    const info = handle.hover(at.x, at.y);
    showTooltip(info, false);
    select(info);
  };
  const follow = (action, p) => {
    if (action === 'render') controller.schedule();
    else if (action === 'hover') controller.hover(p);
    else if (action === 'reset') controller.reset();
  };
  on(stage, 'pointerdown', (e) => {
    if (tooltip.contains(e.target)) return;
    const p = local(e);
    handle.pointerDown(e.pointerId, e.pointerType === 'touch', e.button === 0, p.x, p.y, now());
  });
  on(stage, 'pointermove', (e) => {
    // Over the tooltip the reader may be selecting its text: leave the focus where it is.
    if (tooltip.contains(e.target)) return;
    const p = local(e);
    const action = handle.pointerMove(e.pointerId, e.pointerType === 'touch', p.x, p.y, now());
    if (action === 'render' && e.buttons) stage.setPointerCapture?.(e.pointerId);
    follow(action, p);
  });
  const end = (e) => {
    const p = local(e);
    follow(handle.pointerUp(e.pointerId, p.x, p.y, now(), e.type !== 'pointerup'), p);
  };
  on(stage, 'pointerup', end);
  on(stage, 'pointercancel', end);
  on(stage, 'pointerleave', (e) => {
    if (e.pointerType === 'touch') return;
    handle.leave();
    tooltip.hidden = true;
    select(null);
  });
  on(stage, 'dblclick', () => controller.reset());

  let hintTimer = 0;
  on(
    stage,
    'wheel',
    (e) => {
      // Inside a shadow root document.activeElement is the host: ask the stage's own root.
      const focused = stage.getRootNode().activeElement === stage;
      const action = handle.wheel(e.deltaY, e.deltaMode, local(e).x, e.ctrlKey, focused, now());
      if (action === 'hint') {
        hint.hidden = false;
        clearTimeout(hintTimer);
        hintTimer = setTimeout(() => (hint.hidden = true), 1500);
        return;
      }
      e.preventDefault();
      follow(action, null);
    },
    { passive: false },
  );

  // Keyboard: the handle walks points, events and zoom; the live region speaks the tooltip.
  on(stage, 'keydown', (e) => {
    if (e.altKey || e.metaKey || e.ctrlKey) return;
    const answer = handle.key(e.key, now());
    if (!answer.handled) return;
    e.preventDefault();
    if (answer.render) controller.schedule();
    showTooltip(answer.focus);
    if (answer.focus) {
      live.textContent = answer.focus.announcement;
      select(answer.focus);
    } else {
      live.textContent = handle.isZoomed() ? handle.rangeText() : '';
    }
  });
  on(stage, 'blur', () => {
    tooltip.hidden = true;
  });

  return {
    refreshLegend: drawLegend,
    unwire() {
      clearTimeout(hintTimer);
      listeners.forEach((off) => off());
    },
  };
}
