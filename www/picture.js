// A built-in chart's picture, made to answer the pointer and the keyboard before (or without)
// the drawing module: the tooltip, the focus outline and the live region over the pre-rendered
// picture. Wiring only: what a pixel of the picture means, where a key moves and where the
// tooltip goes are the picture module's (crates/picture, ~10 KB), reading the map the build wrote
// beside the picture (pkg/picture/<chart>.<lang>[.narrow].js: the live chart's targets, moves and
// words for that picture). The first sign that a reader wants more than that (the pointer coming
// in, a tap, focus, the wheel, a zoom key, a change of size that swaps the picture) calls `onUse`,
// which loads the live chart into the same box.
import initPicture, { Picture } from './pkg/chronicle_picture.js';
import { fillTooltip } from './tooltip.js';

/** What `Picture.key` answers for a key that is not the chart's, a zoom, and Escape. */
const NOT_MINE = -1;
const NEEDS_LIVE = -2;
const CLEAR = -3;

let ready = null;
/** The picture module, once per page, compiled as `wasm` (its fetch, under way) streams. */
function loadModule(wasm) {
  ready ??= initPicture({ module_or_path: wasm });
  ready.catch(() => (ready = null));
  return ready;
}

function el(tag, className, attrs = {}) {
  const node = document.createElement(tag);
  node.className = className;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

/**
 * Makes the picture in `box` answer; resolves to { destroy, focused } once it does, or rejects
 * when the module or the map cannot be had (the live chart then loads as before). The element
 * has started the module's fetch (`files.wasm`) and the map's import (`files.map`, of the phone's
 * picture where `files.narrow`) beside this file's, so neither waits for it.
 */
export async function wirePicture(element, box, files, lang, onUse) {
  const holder = box.querySelector('picture') ?? box.querySelector('img, svg');
  const img = holder.querySelector('img') ?? holder;
  // Ready once the picture is on screen too: a reader answered by a box still blank is not.
  const shown = img.decode ? img.decode().catch(() => {}) : null;
  const [, map] = await Promise.all([loadModule(files.wasm), files.map, shown]);
  const { header, targets, moves, words, short, long, help, numberSample } = map.default;
  // The picture's words write numbers in their language's way; where the page's locale writes
  // them otherwise (a Spanish page reading English words: 1,234,567 against 1.234.567), a figure
  // could be misread, so the live chart, which writes them as the page does, answers instead.
  const [number, written] = numberSample;
  const pageWrites = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(number);
  if (pageWrites.replace(/\s/g, ' ') !== written.replace(/\s/g, ' ')) throw new Error(`the page writes ${pageWrites}`);
  // Another picture than the map's (a snippet's picture without the phone's): the live chart.
  const other = () => img.currentSrc && img.currentSrc.includes('.narrow.') !== files.narrow;
  if (other()) throw new Error("the picture shown is not the map's");
  const picture = new Picture(new Float64Array(header), new Float64Array(targets), new Int32Array(moves));
  if (!picture.valid()) {
    picture.free();
    throw new Error("the picture's map does not read");
  }
  const id = `chronicle-picture-${Math.random().toString(36).slice(2, 8)}`;
  const desc = el('p', 'chronicle-desc visually-hidden', { id: `${id}-desc` });
  desc.textContent = long;
  const helpText = el('p', 'chronicle-help visually-hidden', { id: `${id}-help` });
  helpText.textContent = help;
  const tooltip = el('div', 'chronicle-tooltip', { role: 'tooltip', part: 'tooltip', id: `${id}-tip` });
  tooltip.hidden = true;
  const ring = el('div', 'chronicle-picture-focus', { 'aria-hidden': 'true' });
  ring.hidden = true;
  const live = el('div', 'chronicle-live visually-hidden', { 'aria-live': 'polite', 'aria-atomic': 'true' });
  // The picture in a focusable box that names the chart (a <picture> may take no role).
  const answer = el('div', 'chronicle-answer', { tabindex: '0', role: 'application', 'aria-label': short, 'aria-describedby': `${id}-desc ${id}-help` });
  holder.replaceWith(answer);
  answer.append(holder);
  box.append(ring, tooltip, desc, helpText, live);

  // The image's box (where the picture is fitted, as object-fit: contain does), and where it
  // sits in the element's box, which holds the tooltip and the outline.
  const size = () => {
    const r = img.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    picture.resize(r.width, r.height);
    return { width: r.width, height: r.height, left: r.left, top: r.top, dx: r.left - b.left, dy: r.top - b.top };
  };
  let current = -1;
  let selected = null;
  const show = (i, announce) => {
    current = i;
    if (i < 0) {
      tooltip.hidden = true;
      ring.hidden = true;
      return;
    }
    const [kind, heading, seriesId, series, value, number, date, details, announcement] = words[i];
    fillTooltip(tooltip, { heading, series, value, details });
    tooltip.hidden = false;
    const r = size();
    const [left, top] = picture.tooltip(i, tooltip.offsetWidth, tooltip.offsetHeight, r.width, r.height);
    tooltip.style.left = `${r.dx + left}px`;
    tooltip.style.top = `${r.dy + top}px`;
    const f = picture.focus(i);
    ring.hidden = f.length === 0;
    const place = (left, top, width, height, round) => {
      Object.assign(ring.style, { left: `${r.dx + left}px`, top: `${r.dy + top}px`, width: `${width}px`, height: `${height}px` });
      ring.classList.toggle('round', round);
    };
    if (f.length === 3) place(f[0] - f[2], f[1] - f[2], 2 * f[2], 2 * f[2], true);
    if (f.length === 4) place(f[0], f[1], f[2], f[3], false);
    if (announce) live.textContent = announcement;
    const key = kind === 'point' ? `${seriesId}|${date}` : null;
    if (key !== selected) {
      selected = key;
      const detail = key ? { series: seriesId, date, value: number } : { series: null, date: null, value: null };
      element.dispatchEvent(new CustomEvent('chronicle-select', { bubbles: true, composed: true, detail }));
    }
  };
  const local = (e) => {
    const r = size();
    return [e.clientX - r.left, e.clientY - r.top];
  };

  const listeners = [];
  const on = (target, type, fn, opts) => {
    target.addEventListener(type, fn, opts);
    listeners.push(() => target.removeEventListener(type, fn, opts));
  };
  let used = false;
  const use = () => {
    if (used) return;
    used = true;
    onUse();
  };
  on(answer, 'pointerenter', (e) => e.pointerType === 'mouse' && use());
  // The tooltip is rebuilt only when the target changes: a pointer moving within one bar
  // touches no DOM (as on the live chart).
  on(answer, 'pointermove', (e) => {
    if (e.pointerType !== 'mouse' && e.pointerType !== 'pen') return;
    const i = picture.hit(...local(e));
    if (i !== current) show(i, false);
  });
  on(answer, 'pointerleave', () => answer.matches(':focus') || show(-1, false));
  // A tap (a touch that did not scroll: a scroll cancels the pointer) shows what it is on.
  on(answer, 'pointerup', (e) => {
    show(picture.hit(...local(e)), true);
    use();
  });
  on(answer, 'focus', use);
  on(answer, 'wheel', use, { passive: true });
  on(answer, 'keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const reply = picture.key(current, e.key);
    if (reply === NOT_MINE) return;
    e.preventDefault();
    if (reply === NEEDS_LIVE) use();
    else show(reply === CLEAR ? -1 : reply, true);
  });
  // Another picture chosen later (the page became a phone's, or stopped being one): the live chart.
  on(img, 'load', () => other() && use());
  on(matchMedia(files.query), 'change', use);
  const resized = new ResizeObserver(() => current >= 0 && show(current, false));
  resized.observe(holder);
  return {
    /** Whether the picture has the keyboard focus (the live chart then takes it). */
    focused: () => answer.matches(':focus'),
    destroy() {
      for (const off of listeners) off();
      resized.disconnect();
      picture.free();
    },
  };
}
