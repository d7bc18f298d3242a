// The chart maker (make.html): paste or drop a table, or start from a built-in chart, describe
// it (title, kind, language, theme, range; per series name, colour, status and source; periods,
// events and notes), see the chart as you type, and take it away (make-outputs.js). Wiring only:
// the full module reads the draft (`makerRead`: the chart in the data format, the table's grid,
// an error naming its field or cell, in the widget's words) and checks a saved file
// (`makerOpen`). The draft is kept in this browser (localStorage) after every change, so a
// reload loses nothing. The page's words are the `maker.*` keys of the language files.
import { loadFullWords, mountChart } from './chronicle.js';
import { howWords } from './how-we-know.js';
import { grid, listFields, select, seriesFields } from './make-form.js';
import { download, fileName, frameHtml, frameUrl, snippet, standaloneHtml } from './make-outputs.js';

const STORE = 'chronicle-maker-draft';
const STORE_HOST = 'chronicle-maker-host';
/** How long typing may pause before the chart follows. */
const SETTLE_MS = 250;
const FILE_FORMAT = 'chronicle-maker';
const FILE_VERSION = 1;

const $ = (s) => document.querySelector(s);
const params = new URLSearchParams(location.search);
const { code: uiLang, words } = await howWords(params.get('lang') || document.documentElement.lang);
const w = (key) => words[key] ?? key;
const full = await loadFullWords(uiLang);
const palette = full.makerPalette();
const LANGS = full.languages().map(({ code, name }) => [code, name]);

const blankSeries = () => ({ name: '', color: '', status: '', author: '', source_title: '', year: '', url: '' });
const BLANK_ITEMS = {
  periods: () => ({ from: '', to: '', label: '' }),
  events: () => ({ date: '', title: '' }),
  points: () => ({ series: 0, date: '', note: '', alt: '' }),
};
const blank = () => ({
  format: FILE_FORMAT,
  version: FILE_VERSION,
  table: '',
  title: '',
  kind: '',
  decimal: '',
  lang: uiLang,
  theme: 'auto',
  from: '',
  to: '',
  series: [],
  periods: [],
  events: [],
  points: [],
});

/** A saved draft or file, checked by the module; throws its error. */
const opened = (text) => JSON.parse(full.makerOpen(text));

/** Storage that may be refused (over quota, storage blocked): the maker works on without it. */
const keep = (key, value) => {
  try {
    localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
};
const kept = (key) => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};
let draft = blank();
try {
  const saved = kept(STORE);
  if (saved) draft = opened(saved);
} catch {
  // A kept draft the module no longer reads starts the maker afresh.
}

// The page's words, in the page's language.
document.documentElement.lang = uiLang;
document.title = w('maker.title');
for (const node of document.querySelectorAll('[data-word]')) node.textContent = w(node.dataset.word);
const OPTIONS = {
  kind: [['', w('maker.kind-auto')], ['line', w('maker.kind-line')], ['bar', w('maker.kind-bar')], ['area', w('maker.kind-area')]],
  theme: [['auto', w('maker.theme-auto')], ['light', w('maker.theme-light')], ['dark', w('maker.theme-dark')], ['high-contrast', w('maker.theme-high-contrast')]],
  decimal: [['', w('maker.decimal-auto')], ['.', w('maker.decimal-point')], [',', w('maker.decimal-comma')]],
  lang: LANGS,
};
for (const s of document.querySelectorAll('[data-options]')) s.replaceChildren(...select(OPTIONS[s.dataset.options]).children);
$('#ui-lang').replaceChildren(...select(LANGS).children);
for (const option of $('#builtin').options) option.textContent = w(`${option.value}.title`);
$('#ui-lang').value = uiLang;
$('#ui-lang').addEventListener('change', (e) => {
  params.set('lang', e.target.value);
  location.search = params;
});
const host = $('#host');
host.value = kept(STORE_HOST) || new URL('.', location.href).href;

/** `[name, index, field]` of a draft path (`title`, `series[1].color`). */
const parse = (path) => path.match(/^(\w+)(?:\[(\d+)\]\.(\w+))?$/).slice(1);
function get(path) {
  const [name, i, f] = parse(path);
  return i === undefined ? draft[name] : draft[name][Number(i)]?.[f];
}
function set(path, value) {
  const [name, i, f] = parse(path);
  if (i === undefined) draft[name] = value;
  else draft[name][Number(i)][f] = f === 'series' ? Number(value) : value;
}

/** Every control shows its draft field. */
function fill() {
  for (const c of document.querySelectorAll('#maker [data-field]')) {
    const value = String(get(c.dataset.field) ?? '');
    if (c.value !== value) c.value = value; // the same value is left alone: the caret stays
  }
}

let seriesNames = [];
/** Rebuilds the repeated fields (series from the table's header, periods, events, notes). */
function layout(names = seriesNames) {
  if (names.join('\n') !== seriesNames.join('\n')) {
    seriesNames = names;
    seriesFields($('#series'), names, w, (s) => full.uiText(`status-${s}`, uiLang), palette);
  }
  // While the table cannot be read, its series' fields are kept as they are.
  if (seriesNames.length) draft.series = seriesNames.map((_, i) => ({ ...blankSeries(), ...draft.series[i] }));
  for (const kind of Object.keys(BLANK_ITEMS)) listFields($(`#${kind}`), kind, draft[kind], w, seriesNames);
  fill();
}

/** Marks the field or table cell `error` names, and says what is wrong there. */
function showError(error) {
  for (const n of document.querySelectorAll('[aria-invalid="true"]')) n.removeAttribute('aria-invalid');
  for (const n of document.querySelectorAll('.maker-bad')) n.classList.remove('maker-bad');
  for (const n of document.querySelectorAll('.maker-cell-error, .maker-field-error')) n.remove();
  $('#maker-error').hidden = !error;
  $('#maker-error').textContent = error?.message ?? '';
  if (!error) return;
  const control = error.field && document.querySelector(`#maker [data-field="${CSS.escape(error.field)}"]`);
  if (error.cell) {
    const { line, column } = error.cell;
    const at = column ? `[data-line="${line}"][data-column="${column}"]` : `tr[data-line="${line}"]`;
    const cell = document.querySelector(`.maker-grid ${at}`);
    if (cell) {
      cell.classList.add('maker-bad');
      cell.append(Object.assign(document.createElement('span'), { className: 'maker-cell-error', textContent: error.message }));
      $('.maker-grid-box').open = true;
    }
    $('#table').setAttribute('aria-invalid', 'true');
  } else if (control) {
    control.setAttribute('aria-invalid', 'true');
    const note = Object.assign(document.createElement('p'), { className: 'maker-field-error', id: `${control.id}-error`, textContent: error.message });
    control.setAttribute('aria-describedby', note.id);
    control.after(note);
  }
}

let controller = null;
let shown = '';
let json = null;

/** Shows `text` (the chart's JSON) in the preview: new data in place, new page options by a new mount. */
async function preview(text) {
  const options = { lang: draft.lang, theme: draft.theme, from: draft.from, to: draft.to };
  const key = JSON.stringify(options);
  if (controller && key === shown) {
    try {
      await controller.setData(text);
      return;
    } catch {
      // Fall through: a new mount shows the error in place.
    }
  }
  controller?.destroy();
  shown = key;
  controller = await mountChart($('#preview'), { json: text }, options);
}

/** The outputs that are text, for the chart as it is now. */
async function outputs() {
  const base = host.value || new URL('.', location.href).href;
  $('#out-snippet').value = json ? snippet(json, draft, base) : '';
  $('#out-iframe').value = json ? await frameUrl(json, draft, base) : '';
  $('#out-iframe-html').value = json ? frameHtml($('#out-iframe').value, controller?.handle.title() ?? draft.title, base) : '';
}

let settle = null;
/** Keeps the draft, reads it, and brings the grid, errors, preview and outputs up to date. */
async function update() {
  // Over the browser's quota the page says so: the chart file keeps what storage cannot.
  const stored = keep(STORE, JSON.stringify(draft));
  const read = full.makerRead(JSON.stringify(draft));
  grid($('.maker-grid tbody'), read.rows);
  layout(read.series.length ? read.series : seriesNames);
  showError(read.error);
  const rows = Math.max(read.rows.length - 1, 0);
  const said = read.error?.cell ? read.error.message : w('maker.read').replace('{rows}', rows).replace('{series}', read.series.length);
  $('#table-status').textContent = stored ? said : `${said} ${w('maker.not-kept')}`;
  json = read.json;
  if (json) await preview(json);
  await outputs();
  document.body.dataset.updated = String(Number(document.body.dataset.updated ?? 0) + 1);
}
const schedule = () => {
  clearTimeout(settle);
  settle = setTimeout(update, SETTLE_MS);
};

$('#maker').addEventListener('input', (e) => {
  const path = e.target.dataset?.field;
  if (!path) return;
  set(path, e.target.value);
  schedule();
});
host.addEventListener('input', () => {
  keep(STORE_HOST, host.value);
  outputs();
});

$('#maker').addEventListener('click', async (e) => {
  const add = e.target.closest('[data-add]');
  const remove = e.target.closest('[data-remove]');
  if (add) {
    draft[add.dataset.add].push(BLANK_ITEMS[add.dataset.add]());
    layout();
    $(`#${add.dataset.add}`).lastElementChild?.querySelector('input, select')?.focus();
  } else if (remove) {
    const [kind, i] = remove.dataset.remove.split(':');
    draft[kind].splice(Number(i), 1);
    layout();
    $(`[data-add="${kind}"]`).focus();
  } else return;
  schedule();
});

/** Takes a file: a saved chart reopens whole; any other text is the table. */
async function take(file) {
  const text = await file.text();
  if (/\.json$/i.test(file.name) || text.trimStart().startsWith('{')) {
    try {
      draft = opened(text);
    } catch (e) {
      showError({ message: e.message });
      return;
    }
  } else draft.table = text;
  await update();
}
$('#open').addEventListener('change', (e) => e.target.files[0] && take(e.target.files[0]));
$('#table').addEventListener('drop', (e) => {
  if (!e.dataTransfer.files.length) return;
  e.preventDefault();
  take(e.dataTransfer.files[0]);
});

$('#use-builtin').addEventListener('click', async () => {
  const handle = full.ChartHandle.builtin(document.createElement('canvas'), $('#builtin').value, draft.lang);
  Object.assign(draft, { ...blank(), lang: draft.lang, theme: draft.theme, table: handle.toCsv(), title: handle.title() });
  handle.free();
  await update();
});

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const box = $(`#${button.dataset.copy}`);
    box.select();
    try {
      await navigator.clipboard.writeText(box.value);
    } catch {
      document.execCommand('copy');
    }
    $('#copied').textContent = w('maker.copied');
  });
}

const OUT = {
  html: async (title) => new Blob([await standaloneHtml(json, draft, title)], { type: 'text/html' }),
  png: () => controller.toPNG(),
  svg: async () => new Blob([await controller.toSVG()], { type: 'image/svg+xml' }),
  file: async () => new Blob([`${JSON.stringify(draft, null, 2)}\n`], { type: 'application/json' }),
  csv: async () => new Blob([await controller.toCSV()], { type: 'text/csv' }),
};
const EXTENSION = { html: 'html', png: 'png', svg: 'svg', file: 'chart.json', csv: 'csv' };
for (const button of document.querySelectorAll('[data-out]')) {
  button.addEventListener('click', async () => {
    if (!json || !controller) return;
    const title = controller.handle.title();
    download(fileName(title, EXTENSION[button.dataset.out]), await OUT[button.dataset.out](title));
  });
}

await update();
window.chronicleMaker = { ready: true };
