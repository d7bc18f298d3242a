// <chronicle-chart>: the whole widget as one element, loaded by one module script.
//   <script type="module" src="chronicle-chart.js"></script>
//   <chronicle-chart chart="repression" lang="en" theme="auto"></chronicle-chart>
// Attributes (changes re-render): chart, src, theme, lang, kind, from, to, claims, title.
// Data can also come from a child <script type="text/csv"> or <script type="application/json">.
// Events (composed, so they reach the page): chronicle-ready, chronicle-select, chronicle-error.
// Methods: setData(objectOrCsvText), toPNG() → Promise<Blob>, toSVG(), toCSV(), reset(),
// setCursor(date). Where WebAssembly is missing it shows the pre-rendered SVG of a built-in chart.
import { mountChart } from './chronicle.js';

const STYLE_URL = new URL('./chronicle.css', import.meta.url).href;
const FALLBACK_URL = new URL('./fallback/', import.meta.url).href;
const ATTRIBUTES = ['chart', 'src', 'theme', 'lang', 'kind', 'from', 'to', 'claims', 'title'];

class ChronicleChart extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  #controller = null;
  #queued = false;
  #generation = 0;
  #box;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = STYLE_URL;
    this.#box = document.createElement('div');
    this.#box.setAttribute('part', 'chart');
    this.#box.style.height = '100%';
    root.append(style, this.#box);
  }

  connectedCallback() {
    this.#queue();
  }

  disconnectedCallback() {
    this.#generation += 1;
    this.#controller?.destroy();
    this.#controller = null;
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

  #fail(message) {
    this.#box.replaceChildren();
    const p = document.createElement('p');
    p.className = 'chronicle-error';
    p.setAttribute('role', 'alert');
    p.textContent = `Chart unavailable: ${message}`;
    this.#box.append(p);
    this.dispatchEvent(new CustomEvent('chronicle-error', { bubbles: true, composed: true, detail: { message } }));
  }

  /** Where the data comes from: a child script, `src`, or a built-in `chart`. */
  async #source() {
    const inline = this.querySelector('script[type="text/csv"], script[type="application/json"]');
    if (inline) {
      const text = inline.textContent.trim();
      return inline.type === 'text/csv' ? { csv: text, title: this.getAttribute('title') ?? '' } : { json: text };
    }
    const src = this.getAttribute('src');
    if (src) {
      let response;
      try {
        response = await fetch(new URL(src, document.baseURI));
      } catch (e) {
        throw new Error(`cannot load src ${src}: ${e.message}`);
      }
      if (!response.ok) throw new Error(`cannot load src ${src}: HTTP ${response.status}`);
      const text = await response.text();
      const type = response.headers.get('content-type') ?? '';
      const json = type.includes('json') || /\.json(\?|$)/.test(src) || text.trimStart().startsWith('{');
      return json ? { json: text } : { csv: text, title: this.getAttribute('title') ?? '' };
    }
    return { chart: this.getAttribute('chart') || 'repression' };
  }

  async #mount() {
    const generation = (this.#generation += 1);
    this.#controller?.destroy();
    this.#controller = null;
    const lang = this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang') || 'en';
    if (typeof WebAssembly !== 'object') {
      const chart = this.getAttribute('chart') || 'repression';
      const img = document.createElement('img');
      img.className = 'chronicle-fallback';
      img.src = `${FALLBACK_URL}${encodeURIComponent(chart)}.svg`;
      img.alt = this.getAttribute('title') || chart;
      this.#box.replaceChildren(img);
      return;
    }
    let source;
    try {
      source = await this.#source();
    } catch (e) {
      if (generation === this.#generation) this.#fail(e.message);
      return;
    }
    if (generation !== this.#generation) return;
    const options = {
      lang,
      theme: this.getAttribute('theme') || 'auto',
      kind: this.getAttribute('kind') || '',
      from: this.getAttribute('from') || '',
      to: this.getAttribute('to') || '',
      claims: this.getAttribute('claims') === 'on',
    };
    const controller = await mountChart(this.#box, source, options);
    if (generation !== this.#generation) {
      controller?.destroy();
      return;
    }
    this.#controller = controller;
    if (controller) this.dispatchEvent(new CustomEvent('chronicle-ready', { bubbles: true, composed: true }));
  }

  #need() {
    if (!this.#controller) throw new Error('the chart is not ready');
    return this.#controller;
  }

  /** Replaces the data with an object in the data format, JSON text, or CSV text. */
  setData(data) {
    try {
      this.#need().setData(data, this.getAttribute('title') ?? '');
    } catch (e) {
      this.#fail(e.message ?? String(e));
    }
  }

  /** A PNG of the chart at twice its CSS size. */
  toPNG() {
    return this.#need().toPNG();
  }

  /** The chart as SVG text. */
  toSVG() {
    return this.#need().toSVG();
  }

  /** The data as CSV, with each series' status and source. */
  toCSV() {
    return this.#need().toCSV();
  }

  /** Shows the whole time range again. */
  reset() {
    this.#need().reset();
  }

  /** Marks a date (`1937`, `1924-01-01`) as the cursor; null clears it. */
  setCursor(date) {
    this.#need().setCursor(date);
  }
}

if (!customElements.get('chronicle-chart')) customElements.define('chronicle-chart', ChronicleChart);
