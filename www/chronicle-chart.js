// <chronicle-chart>: the whole widget as one element, loaded by one module script.
//   <script type="module" src="chronicle-chart.js"></script>
//   <chronicle-chart chart="repression" lang="en" theme="auto"></chronicle-chart>
// Attributes (changes re-render): chart, src, theme, lang, kind, view, from, to, claims, title,
// decimal (the CSV's decimal separator, `.` or `,`, where its numbers could be read two ways),
// base (the folder of the widget's files, where a bundle holds this code: see base.js), live (load
// the live chart at once, not on the reader's first use).
// Data can also come from a child <script type="text/csv"> or <script type="application/json">.
// Events (composed, so they reach the page): chronicle-ready (the chart answers the pointer and
// the keyboard), chronicle-live (the live chart is drawn), chronicle-select, chronicle-error.
// Methods: setData(objectOrCsvText) → Promise, toPNG() → Promise<Blob>, toSVG() → Promise<string>,
// toCSV() → Promise<string>, reset(), setCursor(date); each loads the live chart where needed.
// A built-in chart is visible at once: its pre-rendered picture (in the page's language, dark
// where the reader prefers dark) shows before any WebAssembly runs, in the box the live chart
// then takes over, so nothing below moves; a picture the snippet carries itself shows even
// before this file loads. Where WebAssembly is missing the picture stays. Where the picture shows
// the chart as asked (its default view, the reader's colour scheme), it answers the pointer and
// the keyboard itself (picture.js: tooltips, the keyboard walk, the live region), and the live
// chart (zoom, the legend's toggles, the table, sound, exports) loads on the reader's first sign
// of wanting more: the pointer coming in, a tap, focus, the wheel.

/**
 * errors.js, words.js and base.js, asked for on first need: not before this file runs (it has no
 * static import), and, where a built-in chart's picture shows, just after the picture (see
 * #file), so a slow link brings the picture first. Until they come, `helpers` is null.
 */
let helpers = null;
let helping = null;
function help() {
  if (!helping) {
    helping = Promise.all([import('./errors.js'), import('./pkg/words.js'), import('./base.js')]).then(
      (modules) => (helpers = Object.assign({}, ...modules)),
    );
    helping.catch(() => (helping = null)); // a chart mounted again asks again
  }
  return helping;
}
/** The languages of lang/*.json, which the pictures are drawn in (scripts/words.mjs checks this list). */
const LANGUAGES = ['de', 'en', 'fr', 'pl', 'ru', 'uk'];
/** The code of the picture's language for a page's language tag, as words.js's wordsCode says it. */
function languageCode(lang) {
  const code = String(lang || 'en').split(/[-_]/)[0].toLowerCase();
  return LANGUAGES.includes(code) ? code : 'en';
}
/**
 * This file's folder where it is served as itself (not bundled): the folder base.js names when no
 * chart and not the page names one, known here before base.js arrives.
 */
const OWN_FOLDER = (() => {
  try {
    const url = new URL(import.meta.url);
    const served = url.protocol === location.protocol || /^https?:$/.test(url.protocol);
    return served && url.pathname.endsWith('/chronicle-chart.js') ? new URL('./', url).href : null;
  } catch {
    return null; // no import.meta.url: an iife bundle
  }
})();

/**
 * The element's own box and the live chart's layout, settled before any file arrives (a
 * constructed sheet: no fetch, and allowed under a strict style-src), so a chart is laid out
 * right even where chronicle.css never comes: as wide as its container, tall by an aspect ratio
 * with a floor, taller on phones where the title, legend and sources take more lines
 * (--chronicle-aspect, --chronicle-min-height), so the picture shown first and the live chart that
 * replaces it take the same room; the plot takes what the title, legend and buttons leave, its
 * canvases laid over it, the words for screen readers out of sight. Content taller than that (an
 * opened table, a long sources line on a narrow phone) grows the box rather than run over the
 * page below it. The look comes from chronicle.css.
 */
/** A phone's screen: the box's floor is taller, and the phone's picture (390×736) shows. */
const NARROW = '(max-width: 30rem)';
const BOX_CSS = `
:host { display: block; position: relative; width: 100%; aspect-ratio: var(--chronicle-aspect, 16 / 10); }
:host([hidden]) { display: none; }
.chronicle-box { position: relative; box-sizing: border-box; min-height: max(100%, var(--chronicle-min-height, 26rem)); }
@media ${NARROW} { .chronicle-box { min-height: max(100%, var(--chronicle-min-height, 46rem)); } }
.chronicle-box > picture, .chronicle-answer, .chronicle-answer > picture { display: block; height: 100%; }
.chronicle-fallback { display: block; width: 100%; height: 100%; object-fit: contain; }
.chronicle-box > :focus-visible { outline: 2px solid; outline-offset: -2px; }
.chronicle-picture-focus { position: absolute; box-sizing: border-box; border: 2px solid; pointer-events: none; }
.chronicle-picture-focus.round { border-radius: 50%; }
.chronicle-box > .chronicle-tooltip { pointer-events: none; }
.chronicle { display: flex; flex-direction: column; box-sizing: border-box; width: 100%; }
.chronicle-stage { position: relative; flex: 1 1 auto; min-height: var(--chronicle-stage-min-height, 12rem); }
.chronicle-canvas, .chronicle-overlay { position: absolute; left: 0; top: 0; display: block; }
.chronicle-overlay { pointer-events: none; }
.chronicle-tooltip, .chronicle-hint { position: absolute; z-index: 3; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
let boxSheet = null;
function boxStyles() {
  if (!boxSheet && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    boxSheet = new CSSStyleSheet();
    boxSheet.replaceSync(BOX_CSS);
  }
  return boxSheet ? [boxSheet] : [];
}

/**
 * chronicle.css as a sheet every chart's shadow root adopts, made once from the page's own link
 * to the same file where it has loaded and its rules may be read (same origin): a shadow root's
 * own link to it would be a second request where the host says `no-cache` and the browser has
 * let go of the first. Where none can be made (no such link yet, a file from another origin, a
 * copy for print only or turned off, no constructable sheets), each chart links the file itself.
 */
const pageSheets = new Map();
function pageSheet(href) {
  if (pageSheets.has(href)) return pageSheets.get(href);
  try {
    // Only a copy that applies as it is: not one for print only, nor one the page has turned off.
    const own = [...document.styleSheets].find((s) => s.href === href && !s.disabled && !s.media.length);
    if (!own || typeof CSSStyleSheet !== 'function' || !('replaceSync' in CSSStyleSheet.prototype)) return null;
    const sheet = new CSSStyleSheet({ baseURL: href });
    sheet.replaceSync(Array.from(own.cssRules, (rule) => rule.cssText).join('\n'));
    pageSheets.set(href, sheet);
    return sheet;
  } catch {
    return null; // another origin's rules cannot be read
  }
}

let page = null;
/** The picture module's fetch, once per page. */
let pictureWasm = null;
/**
 * The page code (`chronicle.js` and what it imports) and the lean module, loaded once, side by
 * side: the module's fetch (from `element`'s base) starts here, so it streams and compiles while
 * the page code arrives.
 */
function loadPage(element) {
  page ??= (async () => {
    const wasm = typeof WebAssembly === 'object' ? fetch(helpers.fileUrl('pkg/chronicle_core_bg.wasm', element)) : null;
    wasm?.catch(() => {});
    const module = await import('./chronicle.js');
    if (wasm) module.loadWasm(wasm).catch(() => {});
    return module;
  })();
  page.catch(() => (page = null));
  return page;
}
const ATTRIBUTES = ['chart', 'src', 'theme', 'lang', 'kind', 'view', 'from', 'to', 'claims', 'title', 'decimal', 'base', 'live'];
const LOAD_TIMEOUT_MS = 15_000;
/** How long a chart waits for its stylesheet before it draws without it (its layout never needs it). */
const STYLE_WAIT_MS = 5_000;

class ChronicleChart extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  #controller = null;
  #queued = false;
  #generation = 0;
  #box;
  #style;
  #styled = null;
  /** The chronicle.css `#styled` waits for (undefined until first asked). */
  #styledFrom;
  /** The picture answering for the chart until the live chart comes (see picture.js). */
  #stage = null;
  /** The live chart on its way, once asked for. */
  #going = null;
  /** Once a reader has had the live chart (or it was re-created after a fault), it is what they get again. */
  #hadLive = false;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = (this.#style = document.createElement('link'));
    style.rel = 'stylesheet';
    this.#box = document.createElement('div');
    this.#box.setAttribute('part', 'chart');
    this.#box.className = 'chronicle-box';
    root.adoptedStyleSheets = boxStyles();
    root.append(style, this.#box);
  }

  connectedCallback() {
    this.#queue();
  }

  disconnectedCallback() {
    this.#generation += 1;
    this.#controller?.destroy();
    this.#controller = null;
    this.#stage?.destroy();
    this.#stage = null;
    this.#going = null;
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#queue();
  }

  /** The mounted chart's controller (null while loading or after an error). */
  get controller() {
    return this.#controller;
  }

  #queue() {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      this.#mount();
    });
  }

  /** Shows `error` in place of the chart; one that failed to load gets a Retry button. */
  #fail(error) {
    this.#stage?.destroy();
    this.#stage = null;
    const show = ({ showError }) => showError(this.#box, error, this.#lang(), error?.code === 'load' ? () => this.#queue() : null);
    if (helpers) show(helpers);
    else help().then(show, () => {});
  }

  /**
   * The URL of one of the widget's files (`chronicle.css`, `pkg/…`) for this chart, as base.js's
   * fileUrl names it; before base.js has come, this file's own folder where that is the one it
   * will name (this file served as itself, no base named), else null.
   */
  #file(path) {
    if (helpers) return helpers.fileUrl(path, this);
    const named = this.hasAttribute('base') || globalThis.ChronicleCharts?.base || document.querySelector('chronicle-chart[base]');
    return OWN_FOLDER && !named ? new URL(path, OWN_FOLDER).href : null;
  }

  #lang() {
    return this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang') || 'en';
  }

  /**
   * Gives the shadow root chronicle.css from the widget's folder: the page's own copy (see
   * pageSheet), or else a link to it; resolves once it has loaded or failed (or after
   * STYLE_WAIT_MS), when the live chart's size is final: the chart is drawn, and ready, after it.
   */
  #stylesheet() {
    const href = this.#file('chronicle.css');
    if (!href || this.#styledFrom === href) return this.#styled;
    this.#styledFrom = href;
    const shared = pageSheet(href);
    this.shadowRoot.adoptedStyleSheets = shared ? [shared, ...boxStyles()] : boxStyles();
    if (shared) {
      this.#style.removeAttribute('href');
      this.#styled = Promise.resolve();
    } else {
      this.#styled = new Promise((done) => {
        this.#style.addEventListener('load', done, { once: true });
        this.#style.addEventListener('error', done, { once: true });
        setTimeout(done, STYLE_WAIT_MS);
      });
      this.#style.href = href;
    }
    return this.#styled;
  }

  /** Where the data comes from: a child script, `src`, or a built-in `chart`. */
  async #source() {
    const inline = this.querySelector('script[type="text/csv"], script[type="application/json"]');
    if (inline) {
      const text = inline.textContent.trim();
      const decimal = this.getAttribute('decimal') ?? '';
      return inline.type === 'text/csv' ? { csv: text, title: this.getAttribute('title') ?? '', decimal } : { json: text };
    }
    const src = this.getAttribute('src');
    if (src) {
      const status = document.createElement('p');
      status.setAttribute('role', 'status');
      status.className = 'chronicle-loading';
      status.textContent = helpers.earlyWord('loading', this.#lang());
      this.#box.replaceChildren(status);
      let response;
      try {
        response = await fetch(new URL(src, document.baseURI), { signal: AbortSignal.timeout(LOAD_TIMEOUT_MS) });
      } catch (e) {
        const why = e.name === 'TimeoutError' ? `no answer in ${LOAD_TIMEOUT_MS / 1000} s` : e.message;
        throw helpers.chartError('load', `cannot load src ${src}: ${why}`, 'src');
      }
      if (!response.ok) throw helpers.chartError('load', `cannot load src ${src}: HTTP ${response.status}`, 'src');
      const text = await response.text();
      const type = response.headers.get('content-type') ?? '';
      if (/html|image|audio|video|font/.test(type)) {
        throw helpers.chartError('load', `cannot load src ${src}: expected CSV or JSON, got ${type.split(';')[0]}`, 'src');
      }
      return { text, type, url: src, title: this.getAttribute('title') ?? '', decimal: this.getAttribute('decimal') ?? '' };
    }
    return { chart: this.getAttribute('chart') || 'repression' };
  }

  async #mount() {
    const generation = (this.#generation += 1);
    this.#controller?.destroy();
    this.#controller = null;
    this.#stage?.destroy();
    this.#stage = null;
    this.#going = null;
    // Bundled, or a base named: the picture's folder is base.js's to say.
    if (!this.#file('') && !(await this.#helped(generation))) return;
    const lang = this.#lang();
    this.#picture(lang);
    if (typeof WebAssembly !== 'object') {
      this.#stylesheet();
      return;
    }
    if (this.#answersPicture()) {
      // The picture answers the pointer and the keyboard (a small module and the picture's map);
      // the live chart loads on the reader's first sign of wanting more. The picture is asked for
      // first (an image's request starts a moment after its src is set), so a slow link brings
      // it ahead of these files rather than after them.
      await new Promise((asked) => setTimeout(asked));
      if (generation !== this.#generation) return;
      const styled = this.#stylesheet();
      let stage = null;
      try {
        // The map and the module start beside picture.js, not after it.
        const chart = encodeURIComponent(this.getAttribute('chart') || 'repression');
        const narrow = matchMedia(NARROW).matches;
        const mapUrl = this.#file(`pkg/picture/${chart}.${languageCode(lang)}${narrow ? '.narrow' : ''}.js`);
        const files = {
          narrow,
          query: NARROW,
          map: import(/* webpackIgnore: true */ /* @vite-ignore */ mapUrl),
          wasm: (pictureWasm ??= fetch(this.#file('pkg/chronicle_picture_bg.wasm'))),
        };
        files.map.catch(() => {});
        files.wasm.catch(() => (pictureWasm = null));
        // picture.js's own imports are asked for beside it, not after it has arrived.
        for (const early of [import('./tooltip.js'), import('./pkg/chronicle_picture.js')]) early.catch(() => {});
        const { wirePicture } = await import('./picture.js');
        stage = await wirePicture(this, this.#box, files, lang, () => this.#goLive());
        await styled;
      } catch {
        stage?.destroy();
        stage = null; // no picture module or map here: the live chart answers instead
      }
      if (generation !== this.#generation) {
        stage?.destroy();
        return;
      }
      if (stage) {
        this.#stage = stage;
        this.dispatchEvent(new CustomEvent('chronicle-ready', { bubbles: true, composed: true }));
        return;
      }
    }
    await this.#live(generation, lang, this.#stylesheet());
  }

  /** Whether a built-in chart's picture, as it is shown, can answer for it until the live chart comes. */
  #answersPicture() {
    const asks = ['view', 'from', 'to', 'kind', 'title', 'src', 'live'].some((a) => this.hasAttribute(a));
    const theme = this.getAttribute('theme') || 'auto';
    return (
      !asks &&
      !this.#hadLive &&
      theme === 'auto' &&
      this.getAttribute('claims') !== 'on' &&
      !this.querySelector('script') &&
      !!this.#box.querySelector('picture, img') &&
      !matchMedia('(forced-colors: active)').matches
    );
  }

  /** Loads the live chart into the picture's box, once; resolves when it is drawn. */
  #goLive() {
    this.#going ??= this.#live(this.#generation, this.#lang(), this.#stylesheet());
    return this.#going;
  }

  /** Mounts the live chart (drawn with the lean module) in the box; fires chronicle-live. */
  async #live(generation, lang, styled) {
    if (!(await this.#helped(generation))) return;
    const loading = loadPage(this);
    let source;
    try {
      source = await this.#source();
    } catch (e) {
      if (generation === this.#generation) this.#fail(e);
      return;
    }
    if (generation !== this.#generation) return;
    const options = {
      onFault: () => this.#recover(),
      lang,
      theme: this.getAttribute('theme') || 'auto',
      kind: this.getAttribute('kind') || '',
      view: this.getAttribute('view') || '',
      from: this.getAttribute('from') || '',
      to: this.getAttribute('to') || '',
      claims: this.getAttribute('claims') === 'on',
    };
    let chronicle;
    try {
      chronicle = await loading;
    } catch (e) {
      const why = await helpers.loadFailure(helpers.urlIn(e) ?? this.#file('chronicle.js'), 'js', lang, e);
      if (generation === this.#generation) this.#fail(why);
      return;
    }
    await styled;
    if (generation !== this.#generation) return;
    const focused = this.#stage?.focused() ?? false;
    const controller = await chronicle.mountChart(this.#box, source, options);
    if (generation !== this.#generation) {
      controller?.destroy();
      return;
    }
    const answered = !!this.#stage;
    this.#stage?.destroy();
    this.#stage = null;
    this.#controller = controller;
    if (!controller) return;
    this.#hadLive = true;
    if (focused) this.#box.querySelector('.chronicle-stage')?.focus();
    if (!answered) this.dispatchEvent(new CustomEvent('chronicle-ready', { bubbles: true, composed: true }));
    this.dispatchEvent(new CustomEvent('chronicle-live', { bubbles: true, composed: true }));
  }

  /**
   * A built-in chart's picture, pre-rendered in the page's language, dark where the reader
   * prefers dark (a <picture> chooses without script): shown at once, and for good where
   * WebAssembly is missing. A picture the snippet carries (an <img>, <picture> or <svg> child) is
   * shown as it is, copied into the element's box (from the browser's cache), where it scales to
   * the box. Custom data has no picture: its title stands alone.
   */
  #picture(lang) {
    const own = this.querySelector(':scope > picture, :scope > img, :scope > svg');
    if (own) {
      const copy = own.cloneNode(true);
      (copy.matches('img, svg') ? copy : copy.querySelector('img'))?.classList.add('chronicle-fallback');
      this.#box.replaceChildren(copy);
      return;
    }
    const chart = this.getAttribute('chart') || 'repression';
    if (this.querySelector('script') || this.hasAttribute('src') || (helpers && !helpers.earlyWord(`${chart}.title`, lang))) {
      this.#titleOnly();
      return;
    }
    const base = this.#file(`fallback/${encodeURIComponent(chart)}.${languageCode(lang)}`);
    if (!base) {
      this.#titleOnly(); // the widget's folder is base.js's to say, and it did not come
      return;
    }
    // The phone's picture (390×736) where the box is a phone's, tall and narrow; else the page's.
    const picture = document.createElement('picture');
    const sources = [
      [`${NARROW} and (prefers-color-scheme: dark)`, 'dark.narrow'],
      [NARROW, 'light.narrow'],
      ['(prefers-color-scheme: dark)', 'dark'],
    ].map(([media, name]) => {
      const source = document.createElement('source');
      source.media = media;
      source.srcset = `${base}.${name}.svg`;
      return source;
    });
    const img = document.createElement('img');
    img.className = 'chronicle-fallback';
    // Ahead of the files asked for a moment after it, which share the link with it.
    img.fetchPriority = 'high';
    img.src = `${base}.light.svg`;
    picture.append(...sources, img);
    this.#box.replaceChildren(picture);
    // Its text alternative, the chart's title in the page's language, comes with words.js, asked
    // for just after the picture; a chart with no title there has no picture either.
    const generation = this.#generation;
    const name = ({ earlyWord }) => {
      const title = earlyWord(`${chart}.title`, lang);
      if (title) img.alt = title;
      else if (generation === this.#generation && img.isConnected) this.#titleOnly();
    };
    if (helpers) name(helpers);
    else setTimeout(() => help().then(name, () => {}));
  }

  /** In place of a picture (custom data, or no built-in chart of that name): the title alone. */
  #titleOnly() {
    const p = document.createElement('p');
    p.className = 'chronicle-fallback-text';
    p.textContent = this.getAttribute('title') || '';
    this.#box.replaceChildren(p);
  }

  /**
   * Waits for the element's helpers (errors.js, words.js, base.js); false where they cannot load
   * (see #unhelped) or the chart has been mounted again meanwhile.
   */
  async #helped(generation) {
    try {
      await help();
    } catch (e) {
      if (generation === this.#generation) this.#unhelped(e);
      return false;
    }
    return generation === this.#generation;
  }

  /**
   * Where the element's own helpers (errors.js, words.js, base.js) cannot load: the picture a
   * snippet carries stays, and `chronicle-error` says which file, without the words they carry.
   */
  #unhelped(e) {
    if (!this.#box.firstChild) this.#picture(this.#lang());
    const message = `cannot load the widget's files beside chronicle-chart.js: ${e?.message ?? e}`;
    this.dispatchEvent(new CustomEvent('chronicle-error', { bubbles: true, composed: true, detail: { code: 'load', message, field: 'base' } }));
  }

  #faults = [];

  /** Re-creates the chart after a fault in the module, at most three times a minute. */
  #recover() {
    const now = Date.now();
    this.#faults = this.#faults.filter((t) => now - t < 60_000);
    if (this.#faults.length >= 3) return;
    this.#faults.push(now);
    this.#controller = null;
    this.#queue();
  }

  #need() {
    if (!this.#controller) throw new Error('the chart is not ready');
    return this.#controller;
  }

  /** The live chart's controller, loading it first where the picture answers for it. */
  async #needLive() {
    if (this.#stage) await this.#goLive();
    return this.#need();
  }

  /** Replaces the data with an object in the data format, JSON text, or CSV text. */
  async setData(data) {
    try {
      await (await this.#needLive()).setData(data, this.getAttribute('title') ?? '', this.getAttribute('decimal') ?? '');
    } catch (e) {
      // The old chart goes with its data: nothing stays alive behind the message.
      this.#controller?.destroy();
      this.#controller = null;
      this.#fail(e);
    }
  }

  /** A PNG of the chart at twice its CSS size; rejects (never throws) while the chart is not ready. */
  async toPNG() {
    return (await this.#needLive()).toPNG();
  }

  /** The chart as SVG text; rejects while the chart is not ready. */
  async toSVG() {
    return (await this.#needLive()).toSVG();
  }

  /** The data as CSV, with each series' status and source; rejects while the chart is not ready. */
  async toCSV() {
    return (await this.#needLive()).toCSV();
  }

  /** Shows the whole time range again. */
  reset() {
    if (this.#stage) return; // the picture shows the whole range already
    this.#need().reset();
  }

  /** Marks a date (`1937`, `1924-01-01`) as the cursor; null clears it. */
  setCursor(date) {
    if (this.#stage) {
      this.#goLive().then(() => this.#controller?.setCursor(date));
      return;
    }
    this.#need().setCursor(date);
  }
}

if (!customElements.get('chronicle-chart')) customElements.define('chronicle-chart', ChronicleChart);
