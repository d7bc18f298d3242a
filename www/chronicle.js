// Chronicle Charts for the page: mounts a chart into a container element. Wiring only: what to
// draw, what a pixel means and what a screen reader hears come from the wasm module; this file
// builds the elements (legend buttons, the canvas and its overlay, tooltip, live region, reset
// button), keeps the canvases sized (ResizeObserver, devicePixelRatio changes), coalesces
// redraws to one per animation frame, and turns failures into a message in place plus a
// `chronicle-error` event. It loads its files from the widget's folder (base.js), nothing else.
import initCore, { ChartHandle, lastPanic, setWords, wordsNeeded } from './pkg/chronicle_core.js';
import { CHARTS } from './pkg/charts/index.js';
import { wireInteraction } from './interaction.js';
import { wireAccessible } from './accessible.js';
import { chartError, loadFailure, showError, urlIn } from './errors.js';
import { fileUrl } from './base.js';

export { chartError, showError };

const CORE_WASM = 'pkg/chronicle_core_bg.wasm';
const FULL_JS = 'pkg/chronicle_charts.js';
const FULL_WASM = 'pkg/chronicle_charts_bg.wasm';

/**
 * A failure to load one of the widget's files, explained: which file (the one the error names, or
 * `path` in the widget's folder), why and what to change, in `lang`.
 */
function loadError(e, path, kind, lang) {
  return loadFailure(e?.url ?? urlIn(e) ?? fileUrl(path), e?.kind ?? kind, lang, e);
}

/** `e` marked with the file that failed to load and its kind, for `loadError`. */
const failed = (url, kind) => (e) => {
  throw Object.assign(e instanceof Error ? e : new Error(String(e)), { url: urlIn(e) ?? url, kind });
};

let wasmReady;
let wasmExports = null;
/**
 * Loads the lean module every chart draws with, once per page, from the widget's folder. `wasm` may
 * be its fetch already under way (the element starts it before this file has loaded), so it
 * compiles as it streams.
 */
export function loadWasm(wasm) {
  if (!wasmReady) warmFormats(document.documentElement.lang || navigator.language || 'en');
  wasmReady ??= initCore({ module_or_path: wasm ?? fetch(fileUrl(CORE_WASM)) }).then((exports) => {
    wasmExports = exports;
    return exports;
  });
  wasmReady.catch(() => (wasmReady = null));
  return wasmReady;
}

/**
 * Makes the page locale's number and date formats once while the module streams: the first
 * `Intl` formatter of a locale loads its data (about 40 ms on a laptop), which the first chart
 * would otherwise wait for; later formatters of the locale, the module's own, are quick.
 */
function warmFormats(lang) {
  try {
    new Intl.NumberFormat(lang).format(1234.5);
    new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric' }).format(0);
  } catch {
    // A tag Intl refuses: the module falls back to the words' locale itself.
  }
}

let fullReady;
/**
 * The full module: a user's CSV or JSON text, exports, the data table, sound and the kiosk. Loaded
 * on first use of one of those, once per page; a chart keeps drawing with the lean module.
 */
export function loadFull() {
  fullReady ??= import('./pkg/chronicle_charts.js')
    .catch(failed(fileUrl(FULL_JS), 'js'))
    .then(async (module) => {
      const wasm = fileUrl(FULL_WASM);
      await module.default({ module_or_path: wasm }).catch(failed(wasm, 'wasm'));
      return module;
    });
  fullReady.catch(() => (fullReady = null));
  return fullReady;
}

const wordsText = new Map();
/**
 * Hands `module` the words of `lang`'s language (each module carries English; other languages'
 * words come from `pkg/lang/<code>.words`, fetched once per page for both modules). Where the
 * words cannot be had (no such file, no network, file://) the chart speaks English: not an error.
 */
async function wordsFor(lang, module) {
  const code = module.wordsNeeded(lang || 'en');
  if (!code) return;
  if (!wordsText.has(code)) {
    const url = fileUrl(`pkg/lang/${code}.words`);
    wordsText.set(
      code,
      fetch(url)
        .then((r) => (r.ok ? r.text() : null))
        .catch(() => null),
    );
  }
  const text = await wordsText.get(code);
  if (text !== null && module.wordsNeeded(lang)) module.setWords(code, text);
}

/** Loads the lean module and the words of `lang`'s language for it. */
export async function loadWords(lang) {
  await loadWasm();
  await wordsFor(lang, { wordsNeeded, setWords });
}

/** Loads the full module and the words of `lang`'s language for it; resolves to the module. */
export async function loadFullWords(lang) {
  const module = await loadFull();
  await wordsFor(lang, module);
  return module;
}

/** Bytes of wasm linear memory in use by this page's charts (0 before loading). */
export function wasmMemoryBytes() {
  return wasmExports?.memory?.buffer.byteLength ?? 0;
}

let uid = 0;

/** A built-in chart's files (`pkg/charts/<id>.js`), imported when a page shows that chart. */
async function chartFiles(id, lang) {
  if (!Object.hasOwn(CHARTS, id)) throw chartError('invalid', `invalid chart: ${id}`, 'chart');
  try {
    return (await CHARTS[id]()).default;
  } catch (e) {
    throw await loadError(e, `pkg/charts/${id}.js`, 'js', lang);
  }
}

/** A user's data text read by the full module into a data object the lean one takes. */
async function readText(text, type, url, title, decimal, lang) {
  let full;
  try {
    full = await loadFull();
  } catch (e) {
    throw await loadError(e, FULL_JS, 'js', lang);
  }
  return full.specFromText(text, type, url, title, decimal);
}

/**
 * What a chart is made from, as the modules take it: a built-in's files (`{id, parts}`), a data
 * object (`{spec}`), or a user's text (`{text}`: its arguments for `fromText`), which the full
 * module reads and then draws itself (a million CSV rows never cross as objects).
 */
async function resolve(source, lang) {
  if (source.chart) return { id: source.chart, parts: await chartFiles(source.chart, lang) };
  if (source.data) return { spec: source.data };
  // Numeric columns, as a page holds a large series: handed to the lean module as they are.
  if (ArrayBuffer.isView(source.columns?.x)) return { columns: source.columns };
  const text = (body, type, url = '') => ({ text: [body, type, url, source.title ?? '', source.decimal ?? ''] });
  if (typeof source.text === 'string') return text(source.text, source.type ?? '', source.url ?? '');
  if (typeof source.json === 'string') return text(source.json, 'application/json');
  if (typeof source.csv === 'string') return text(source.csv, 'text/csv');
  throw new Error('missing chart: give chart, json, csv, data or columns');
}

/** A handle of `module`'s `ChartHandle` class on what `resolve` made. */
function bind(Handle, canvas, made, lang) {
  if (made.text) return Handle.fromText(canvas, ...made.text, lang);
  if (made.columns) return Handle.fromColumns(canvas, made.columns.title ?? '', made.columns.x, made.columns.series, lang);
  return made.parts ? Handle.fromBuiltin(canvas, made.id, made.parts, lang) : Handle.fromObject(canvas, made.spec, lang);
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

/**
 * Applies `theme` (`auto`, `light`, `dark`, `high-contrast`) to `handle`; forced colours win over
 * all. Returns the theme in use (`forced` for forced colours).
 */
function applyTheme(handle, container, theme) {
  if (matchMedia('(forced-colors: active)').matches) {
    handle.setForcedColors(systemColour(container, 'Canvas'), systemColour(container, 'CanvasText'), systemColour(container, 'Highlight'));
    return 'forced';
  }
  return handle.setTheme(theme ?? '', matchMedia('(prefers-color-scheme: dark)').matches);
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
  // The sources line as text under the chart: it wraps at any width without taking the plot's
  // height, and a reader can select and copy it.
  const credit = el('p', 'chronicle-credit');
  const bar = el('div', 'chronicle-bar');
  const range = el('span', 'chronicle-range');
  const reset = el('button', 'chronicle-reset', { type: 'button' });
  reset.hidden = true;
  bar.append(range, reset);
  const help = el('p', 'chronicle-help visually-hidden', { id: `${id}-help` });
  const live = el('div', 'chronicle-live visually-hidden', { 'aria-live': 'polite', 'aria-atomic': 'true' });
  container.classList.add('chronicle');
  container.replaceChildren(title, legend, stage, credit, bar, help, live);
  return { id, bar, title, legend, stage, credit, canvas, overlay, tooltip, hint, range, reset, help, live };
}

/** Puts the chart's words (title, labels, help) on its elements, in the chart's language. */
function label(container, parts, handle) {
  container.lang = handle.wordsLang();
  parts.title.textContent = handle.title();
  parts.credit.textContent = handle.credit();
  parts.credit.hidden = !parts.credit.textContent;
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
  let lang = opts.lang || 'en';
  // The chart's files and the module load side by side.
  const resolving = resolve(source, lang);
  resolving.catch(() => {});
  try {
    await loadWords(lang);
  } catch (e) {
    showError(container, await loadError(e, CORE_WASM, 'wasm', lang), lang);
    return null;
  }
  let handle;
  let made;
  // The chart's text follows the embedder's font size (16 px draws the page sizes; the module
  // clamps the ratio), unless the page asks for a scale of its own (the kiosk, by its screen).
  let askedScale = opts.typeScale;
  const typeScale = () => askedScale ?? parseFloat(getComputedStyle(container).fontSize) / 16;
  // The module the chart draws with: the lean one, or for a user's text the full one (which reads
  // it); exports, the table and the sound then need no second handle.
  let module = { ChartHandle, lastPanic };
  const canvas = document.createElement('canvas');
  try {
    made = await resolving;
    if (made.text) {
      try {
        module = await loadFullWords(lang);
      } catch (e) {
        throw await loadError(e, FULL_JS, 'js', lang);
      }
    }
    handle = bind(module.ChartHandle, canvas, made, lang);
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
    if (opts.view) handle.setView(opts.view, opts.from ?? '', opts.to ?? '');
    else if (opts.from || opts.to) handle.setRange(opts.from ?? '', opts.to ?? '');
    if (opts.claims === true || opts.claims === 'on') handle.setClaims(true);
    if (opts.zoom) handle.setZoom(opts.zoom);
    handle.setTypeScale(typeScale());
    container.dataset.theme = applyTheme(handle, container, opts.theme);
  } catch (e) {
    handle.free();
    showError(container, e, lang);
    return null;
  }
  let refreshLegend = null;
  const schemes = [matchMedia('(prefers-color-scheme: dark)'), matchMedia('(forced-colors: active)')];
  const onScheme = () => {
    container.dataset.theme = applyTheme(handle, container, opts.theme);
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
    // A chart mounted hidden measured 0 × 0: once shown, it draws at its real size at once, not
    // a frame later when the observer reports it.
    if (!size.width || !size.height) size = { width: parts.stage.clientWidth, height: parts.stage.clientHeight };
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
      const error = trap ? chartError('fault', `internal error: ${module.lastPanic() || e.message}`) : e;
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
    handle.setTypeScale(typeScale());
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
  // The full module's handle on the same data and view, made on first use of an export, the table
  // or the sound; the chart on screen keeps drawing with the lean module's handle.
  let service = null;
  const dropService = () => {
    service?.free();
    service = null;
  };
  const withFull = async () => {
    if (module.ChartHandle !== ChartHandle) return handle;
    let full;
    try {
      full = await loadFullWords(lang);
    } catch (e) {
      throw await loadError(e, FULL_JS, 'js', lang);
    }
    service ??= bind(full.ChartHandle, document.createElement('canvas'), made, lang);
    service.setViewState(handle.viewState());
    applyTheme(service, container, opts.theme);
    return service;
  };
  const controller = {
    handle,
    /** The full module's handle showing what this chart shows (exports, table, sound). */
    withFull,
    /** Starts loading the full module, ahead of a use that looks near. */
    prefetchFull() {
      loadFull().catch(() => {});
    },
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
    /**
     * Replaces the data: an object or JSON text in the data format, CSV text, or numeric columns
     * `{ title, x, series: [{ name, y }] }` with x in fractional years and typed arrays (NaN in
     * y is a gap), handed to the module without a per-point object.
     */
    async setData(data, title = '', decimal = '') {
      if (typeof data === 'string' && module.ChartHandle !== ChartHandle) {
        handle.setData(data, '', title, decimal);
      } else if (ArrayBuffer.isView(data?.x)) {
        handle.setColumns(data.title ?? title, data.x, data.series);
        made = { columns: { ...data, title: data.title ?? title } };
      } else {
        const spec = typeof data === 'string' ? await readText(data, '', '', title, decimal, lang) : data;
        handle.setSpec(spec);
        made = { spec };
      }
      dropService();
      label(container, parts, handle);
      refreshLegend();
      schedule();
    },
    /** Speaks another language (`uk`, `de-AT`, …) without re-creating the chart: same view. */
    async setLang(next) {
      await loadWords(next);
      handle.setLang(next);
      lang = next;
      dropService();
      label(container, parts, handle);
      accessible.label();
      refreshLegend();
      schedule();
    },
    /** The chart as SVG text, title and legend included. */
    async toSVG() {
      return (await withFull()).toSvg(Math.round(size.width), Math.round(size.height));
    },
    /** The chart as a PNG at twice its CSS size. */
    async toPNG() {
      const out = document.createElement('canvas');
      (await withFull()).drawImage(out, Math.round(size.width), Math.round(size.height), 2);
      return new Promise((done, fail) => out.toBlob((b) => (b ? done(b) : fail(new Error('cannot encode PNG'))), 'image/png'));
    },
    /** The data as CSV with each series' status and source. */
    async toCSV() {
      return (await withFull()).toCsv();
    },
    /**
     * Moves to the story view `id` with a transition (Reset then returns to it), putting forward
     * the labelled period `period` ('' for none): a kiosk's step.
     */
    storyTo(id, period = '') {
      handle.setHighlight(period);
      handle.viewTo(id, performance.now());
      schedule();
    },
    /** Moves to the years `from`..`to` with a transition. */
    rangeTo(from, to) {
      handle.rangeTo(String(from), String(to), performance.now());
      schedule();
    },
    /** Draws the chart's text `scale` times its page size (1 to 4), from now on. */
    setTypeScale(scale) {
      askedScale = scale;
      handle.setTypeScale(typeScale());
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
      dropService();
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
  // Measured now that the legend and buttons are in: the first frame is at the final size, so a
  // `chronicle-ready` handler sees (and exports) the chart as it stays.
  size = { width: parts.stage.clientWidth, height: parts.stage.clientHeight };
  draw();
  return controller;
}
