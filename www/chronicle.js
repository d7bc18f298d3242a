// Chronicle Charts for the page: mounts a chart into a container element. Wiring only: what to
// draw, what a pixel means and what a screen reader hears come from the wasm module; this file
// builds the elements (legend buttons, the canvas and its overlay, tooltip, live region, reset
// button), keeps the canvases sized (ResizeObserver, devicePixelRatio changes), coalesces
// redraws to one per animation frame, and turns failures into a message in place plus a
// `chronicle-error` event. It loads nothing from other origins.
import init, { ChartHandle, lastPanic, setWords, wordsNeeded } from './pkg/chronicle_charts.js';
import { wireInteraction } from './interaction.js';
import { wireAccessible } from './accessible.js';
import { earlyWord } from './pkg/words.js';

let wasmReady;
let wasmExports = null;
/** Loads the wasm module once per page. */
export function loadWasm() {
  wasmReady ??= init().then((exports) => {
    wasmExports = exports;
    return exports;
  });
  return wasmReady;
}

const wordsLoading = new Map();
/**
 * Loads the module and the words of `lang`'s language (the module carries English; other
 * languages' words come from `pkg/lang/<code>.words`, fetched once per page). Where the words
 * cannot be had (no such file, no network, file://) the chart speaks English: not an error.
 */
export async function loadWords(lang) {
  await loadWasm();
  const code = wordsNeeded(lang || 'en');
  if (!code) return;
  if (!wordsLoading.has(code)) {
    const url = new URL(`./pkg/lang/${code}.words`, import.meta.url);
    const words = fetch(url)
      .then((r) => (r.ok ? r.text() : null))
      .then((text) => text !== null && setWords(code, text))
      .catch(() => false);
    wordsLoading.set(code, words);
  }
  await wordsLoading.get(code);
}

/** Bytes of wasm linear memory in use by this page's charts (0 before loading). */
export function wasmMemoryBytes() {
  return wasmExports?.memory?.buffer.byteLength ?? 0;
}

let uid = 0;

/**
 * A chart error as the module throws it (a `ChronicleError` with `code`, `message` and `field`),
 * made here for failures outside the module: `load` (the data or the module could not be
 * fetched), `fault` (the module trapped). Codes from the module: invalid, missing, parse, check,
 * render, internal.
 */
export function chartError(code, message, field = null) {
  return Object.assign(new Error(message), { name: 'ChronicleError', code, field });
}

/** Any thrown value as a chart error (a plain Error keeps its message, code `internal`). */
function asChartError(e) {
  return e?.name === 'ChronicleError' ? e : chartError('internal', e?.message ?? String(e));
}

/**
 * Shows `error` in place of a chart, in the chart's language, and fires `chronicle-error` with
 * detail `{ code, message, field }`. With `retry`, a Retry button calls it.
 */
export function showError(container, error, lang = 'en', retry = null) {
  const { code, message, field } = asChartError(error);
  container.replaceChildren();
  const p = document.createElement('p');
  p.className = 'chronicle-error';
  p.setAttribute('role', 'alert');
  // From the table built with the module, so it speaks the chart's language even when the
  // module itself could not load.
  p.textContent = `${earlyWord('error', lang)}: ${message}`;
  container.append(p);
  if (retry) {
    const again = document.createElement('button');
    again.type = 'button';
    again.className = 'chronicle-retry';
    again.textContent = earlyWord('retry', lang);
    again.addEventListener('click', retry);
    container.append(again);
  }
  container.dispatchEvent(new CustomEvent('chronicle-error', { bubbles: true, composed: true, detail: { code, message, field } }));
  return p;
}

function bind(canvas, source, lang) {
  if (source.chart) return ChartHandle.builtin(canvas, source.chart, lang);
  const title = source.title ?? '';
  const decimal = source.decimal ?? '';
  const text = (body, type, url = '') => ChartHandle.fromText(canvas, body, type, url, title, decimal, lang);
  if (typeof source.text === 'string') return text(source.text, source.type ?? '', source.url ?? '');
  if (typeof source.json === 'string') return text(source.json, 'application/json');
  if (typeof source.csv === 'string') return text(source.csv, 'text/csv');
  if (source.data) return text(JSON.stringify(source.data), 'application/json');
  throw new Error('missing chart: give chart, json, csv or data');
}

/** A system colour (`Canvas`, `CanvasText`, `Highlight`) as `#rrggbb`, read through the DOM. */
function systemColour(host, name) {
  const probe = document.createElement('span');
  probe.style.color = name;
  host.append(probe);
  const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g).map(Number);
  probe.remove();
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** Applies `theme` (`auto`, `light`, `dark`, `high-contrast`); forced colours win over all. */
function applyTheme(handle, container, theme) {
  if (matchMedia('(forced-colors: active)').matches) {
    container.dataset.theme = 'forced';
    handle.setForcedColors(systemColour(container, 'Canvas'), systemColour(container, 'CanvasText'), systemColour(container, 'Highlight'));
    return;
  }
  container.dataset.theme = handle.setTheme(theme ?? '', matchMedia('(prefers-color-scheme: dark)').matches);
}

/** An element with `className`, attributes `attrs` and `children` (nodes or text, never markup). */
export function el(tag, className = '', attrs = {}, children = []) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** The widget's elements, in reading order; their words come from `label`. */
function build(container) {
  const id = `chronicle-${(uid += 1)}`;
  const title = el('div', 'chronicle-title');
  const legend = el('div', 'chronicle-legend', { role: 'group' });
  const stage = el('div', 'chronicle-stage', { tabindex: '0', role: 'application', 'aria-describedby': `${id}-help` });
  // The time axis runs left to right on every page, as right-to-left publications draw it too;
  // the words around it (legend, buttons, tooltip) follow the page's direction.
  const canvas = el('canvas', 'chronicle-canvas', { role: 'img', dir: 'ltr' });
  const overlay = el('canvas', 'chronicle-overlay', { 'aria-hidden': 'true', dir: 'ltr' });
  const tooltip = el('div', 'chronicle-tooltip', { role: 'tooltip', part: 'tooltip', id: `${id}-tip` });
  tooltip.hidden = true;
  const hint = el('div', 'chronicle-hint', { 'aria-hidden': 'true' });
  hint.hidden = true;
  stage.append(canvas, overlay, tooltip, hint);
  const bar = el('div', 'chronicle-bar');
  const range = el('span', 'chronicle-range');
  const reset = el('button', 'chronicle-reset', { type: 'button' });
  reset.hidden = true;
  bar.append(range, reset);
  const help = el('p', 'chronicle-help visually-hidden', { id: `${id}-help` });
  const live = el('div', 'chronicle-live visually-hidden', { 'aria-live': 'polite', 'aria-atomic': 'true' });
  container.classList.add('chronicle');
  container.replaceChildren(title, legend, stage, bar, help, live);
  return { id, bar, title, legend, stage, canvas, overlay, tooltip, hint, range, reset, help, live };
}

/** Puts the chart's words (title, labels, help) on its elements, in the chart's language. */
function label(container, parts, handle) {
  container.lang = handle.wordsLang();
  parts.title.textContent = handle.title();
  for (const node of [parts.stage, parts.canvas]) node.setAttribute('aria-label', handle.title());
  parts.legend.setAttribute('aria-label', handle.uiText('legend'));
  parts.hint.textContent = handle.uiText('zoom-hint');
  parts.reset.textContent = handle.uiText('reset');
  parts.help.textContent = handle.uiText('chart-help');
}

/**
 * Mounts a chart into `container` (sized by CSS; the chart fills it).
 * `source`: { chart: 'repression' } for a built-in, { json: '…' }, { csv: '…', title } or
 * { data: {…} } for custom data. `options`: a language code, or { lang, theme, kind, from, to,
 * claims }. Resolves to a controller, or to null after showing an error.
 */
export async function mountChart(container, source, options = {}) {
  const opts = typeof options === 'string' ? { lang: options } : options;
  const lang = opts.lang || 'en';
  try {
    await loadWords(lang);
  } catch (e) {
    showError(container, chartError('load', `cannot load the chart module: ${e.message ?? e}`), lang);
    return null;
  }
  let handle;
  const canvas = document.createElement('canvas');
  try {
    handle = bind(canvas, source, lang);
  } catch (e) {
    showError(container, e, lang);
    return null;
  }
  const parts = build(container);
  parts.stage.replaceChild(canvas, parts.canvas);
  canvas.className = 'chronicle-canvas';
  canvas.setAttribute('role', 'img');
  canvas.dir = 'ltr';
  parts.canvas = canvas;
  label(container, parts, handle);
  handle.setOverlay(parts.overlay);
  handle.setFurnitureInCanvas(false);
  try {
    if (opts.kind) handle.setKind(opts.kind);
    if (opts.from || opts.to) handle.setRange(opts.from ?? '', opts.to ?? '');
    if (opts.claims === true || opts.claims === 'on') handle.setClaims(true);
    if (opts.zoom) handle.setZoom(opts.zoom);
    applyTheme(handle, container, opts.theme);
  } catch (e) {
    handle.free();
    showError(container, e, lang);
    return null;
  }
  let refreshLegend = null;
  const schemes = [matchMedia('(prefers-color-scheme: dark)'), matchMedia('(forced-colors: active)')];
  const onScheme = () => {
    applyTheme(handle, container, opts.theme);
    refreshLegend?.();
    schedule();
  };
  schemes.forEach((m) => m.addEventListener('change', onScheme));
  const reduced = matchMedia('(prefers-reduced-motion: reduce)');
  const setMotion = () => handle.setReducedMotion(reduced.matches);
  setMotion();
  reduced.addEventListener('change', setMotion);

  let size = { width: parts.stage.clientWidth, height: parts.stage.clientHeight };
  let frameRequested = false;
  let redraws = 0;
  let stopped = false;
  const afterRender = [];
  const draw = () => {
    if (stopped) return;
    try {
      const animating = handle.render(size.width, size.height, performance.now());
      redraws += 1;
      afterRender.forEach((f) => f());
      if (animating) schedule();
    } catch (e) {
      try {
        stop();
      } catch {
        // A handle that trapped is still borrowed: anything that touches it throws. Nothing more
        // to stop then; the chart is replaced below.
      }
      // A trap in the module (a panic) leaves this handle unusable: say why, then let the owner
      // re-create the chart (the element does so at once) rather than leave it dead.
      const trap = e instanceof WebAssembly.RuntimeError;
      const error = trap ? chartError('fault', `internal error: ${lastPanic() || e.message}`) : e;
      showError(container, error, lang);
      if (trap) opts.onFault?.(error.message);
    }
  };
  // One commit per animation frame for everything: the chart when its view or size changed, then
  // the overlay and tooltip for the last pointer position of that frame.
  let chartDirty = false;
  let pendingHover = null;
  let onHover = null;
  const frame = () => {
    frameRequested = false;
    if (stopped) return;
    if (chartDirty) {
      chartDirty = false;
      draw();
    }
    if (pendingHover && onHover) {
      const at = pendingHover;
      pendingHover = null;
      onHover(at);
    }
  };
  const request = () => {
    if (!frameRequested && !stopped) {
      frameRequested = true;
      requestAnimationFrame(frame);
    }
  };
  const schedule = () => {
    chartDirty = true;
    request();
  };
  const observer = new ResizeObserver(([entry]) => {
    size = { width: entry.contentRect.width, height: entry.contentRect.height };
    schedule();
  });
  observer.observe(parts.stage);

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
  const controller = {
    handle,
    canvas,
    overlay: parts.overlay,
    element: container,
    /** Redraws now (synchronously). */
    redraw: draw,
    /** Redraws on the next animation frame; repeated calls coalesce. */
    schedule,
    /** Shows what is at `{x, y}` (CSS px in the stage) in the next animation frame. */
    hover(at) {
      pendingHover = at;
      request();
    },
    /** What `hover` does in that frame (set once by the interaction wiring). */
    set onHover(fn) {
      onHover = fn;
    },
    get redraws() {
      return redraws;
    },
    /** Shows or hides the claims layer. */
    setClaims(on) {
      handle.setClaims(on);
      schedule();
    },
    /** Marks `date` (`1937`, `1924-01-01`) as another chart's cursor. */
    setCursor(date) {
      return date == null ? handle.clearCursor() : handle.setCursor(String(date));
    },
    /** Replaces the data: an object or JSON text in the data format, CSV text, or typed-array columns { title, x, series: [{ name, y }] }. */
    setData(data, title = '', decimal = '') {
      if (typeof data === 'string') handle.setData(data, '', title, decimal);
      else if (ArrayBuffer.isView(data?.x)) handle.setColumns(data.title ?? title, data.x, data.series);
      else handle.setData(JSON.stringify(data), 'application/json', title, decimal);
      label(container, parts, handle);
      refreshLegend();
      schedule();
    },
    /** Speaks another language (`uk`, `de-AT`, …) without re-creating the chart: same view. */
    async setLang(lang) {
      await loadWords(lang);
      handle.setLang(lang);
      label(container, parts, handle);
      accessible.label();
      refreshLegend();
      schedule();
    },
    /** The chart as SVG text, title and legend included. */
    toSVG() {
      return handle.toSvg(Math.round(size.width), Math.round(size.height));
    },
    /** The chart as a PNG at twice its CSS size. */
    toPNG() {
      const out = document.createElement('canvas');
      handle.drawImage(out, Math.round(size.width), Math.round(size.height), 2);
      return new Promise((done, fail) => out.toBlob((b) => (b ? done(b) : fail(new Error('cannot encode PNG'))), 'image/png'));
    },
    /** The data as CSV with each series' status and source. */
    toCSV() {
      return handle.toCsv();
    },
    /** Moves to the years `from`..`to` with a transition. */
    rangeTo(from, to) {
      handle.rangeTo(String(from), String(to), performance.now());
      schedule();
    },
    /** Shows everything again. */
    reset() {
      handle.reset(performance.now());
      schedule();
    },
    /** Stops observing and frees the wasm object. */
    destroy() {
      stop();
      try {
        handle.free();
      } catch {
        // A handle that trapped stays borrowed and cannot be freed; its memory is lost, not reused.
      }
      container.replaceChildren();
    },
  };
  const wired = wireInteraction(controller, parts, afterRender);
  const { unwire } = wired;
  refreshLegend = wired.refreshLegend;
  const accessible = wireAccessible(controller, parts, parts.id);
  afterRender.push(accessible.refresh);
  function stop() {
    stopped = true;
    accessible?.stop();
    observer.disconnect();
    dprQuery?.removeEventListener('change', onDpr);
    reduced.removeEventListener('change', setMotion);
    schemes.forEach((m) => m.removeEventListener('change', onScheme));
    unwire?.();
  }
  draw();
  return controller;
}
