// Chronicle Charts for the page: mounts a chart into a container element. Wiring only: the
// chart's logic (what to draw, where, in which words) lives in the wasm module; this file
// attaches a canvas, keeps it sized (ResizeObserver, devicePixelRatio changes), coalesces
// redraws to one per animation frame, and turns failures into a message in place plus a
// `chronicle-error` event. It loads nothing from other origins.
import init, { ChartHandle, uiText } from './pkg/chronicle_charts.js';

let wasmReady;
/** Loads the wasm module once per page. */
export function loadWasm() {
  wasmReady ??= init();
  return wasmReady;
}

function showError(container, message, lang = 'en') {
  container.replaceChildren();
  const p = document.createElement('p');
  p.className = 'chronicle-error';
  p.setAttribute('role', 'alert');
  let prefix = 'Chart unavailable';
  try {
    prefix = uiText('error', lang);
  } catch {
    // The module itself failed to load: keep the English prefix.
  }
  p.textContent = `${prefix}: ${message}`;
  container.append(p);
  container.dispatchEvent(new CustomEvent('chronicle-error', { bubbles: true, detail: { message } }));
}

function bind(canvas, source, lang) {
  if (source.chart) return ChartHandle.builtin(canvas, source.chart, lang);
  if (typeof source.json === 'string') return ChartHandle.fromJson(canvas, source.json, lang);
  if (source.data) return ChartHandle.fromObject(canvas, source.data, lang);
  throw new Error('missing chart: give chart, json or data');
}

/**
 * Mounts a chart into `container` (sized by CSS; the canvas fills it).
 * `source`: { chart: 'repression' } for a built-in, { json: '…' } or { data: {…} } for custom
 * data; `lang`: 'en' or 'ru'. Resolves to a controller, or to null after showing an error.
 */
export async function mountChart(container, source, lang = 'en') {
  try {
    await loadWasm();
  } catch (e) {
    showError(container, `cannot load the chart module: ${e.message ?? e}`);
    return null;
  }
  const canvas = document.createElement('canvas');
  canvas.className = 'chronicle-canvas';
  let handle;
  try {
    handle = bind(canvas, source, lang);
  } catch (e) {
    showError(container, e.message ?? String(e), lang);
    return null;
  }
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', handle.title());
  container.replaceChildren(canvas);

  let size = { width: container.clientWidth, height: container.clientHeight };
  let frameRequested = false;
  let redraws = 0;
  const draw = () => {
    frameRequested = false;
    try {
      handle.render(size.width, size.height);
      redraws += 1;
    } catch (e) {
      showError(container, e.message ?? String(e), lang);
      stop();
    }
  };
  const schedule = () => {
    if (!frameRequested) {
      frameRequested = true;
      requestAnimationFrame(draw);
    }
  };
  const observer = new ResizeObserver(([entry]) => {
    size = { width: entry.contentRect.width, height: entry.contentRect.height };
    schedule();
  });
  observer.observe(container);

  // A DPR change (browser zoom, moving to another screen) fires once per ratio: re-arm each time.
  let dprQuery;
  const onDpr = () => {
    schedule();
    watchDpr();
  };
  const watchDpr = () => {
    dprQuery = matchMedia(`(resolution: ${devicePixelRatio}dppx)`);
    dprQuery.addEventListener('change', onDpr, { once: true });
  };
  watchDpr();
  const stop = () => {
    observer.disconnect();
    dprQuery?.removeEventListener('change', onDpr);
  };

  draw();
  return {
    handle,
    canvas,
    /** Redraws now (synchronously). */
    redraw: draw,
    /** Redraws on the next animation frame; repeated calls coalesce. */
    schedule,
    /** Shows or hides the claims layer. */
    setClaims(on) {
      handle.setClaims(on);
      schedule();
    },
    get redraws() {
      return redraws;
    },
    /** Stops observing and frees the wasm object. */
    destroy() {
      stop();
      handle.free();
      container.replaceChildren();
    },
  };
}
