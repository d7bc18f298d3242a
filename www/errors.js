// Chart errors for the page: the typed error every failure becomes, and the message shown in
// place of a chart (in the chart's language, from the small table built with the modules, so it
// speaks even when a module could not load) with its `chronicle-error` event. Loaded with the
// element itself, before anything else, so a failure to load the rest can still be said.
import { earlyWord } from './pkg/words.js';

/**
 * A chart error as the module throws it (a `ChronicleError` with `code`, `message` and `field`),
 * made here for failures outside the module: `load` (the data or the module could not be
 * fetched), `fault` (the module trapped). Codes from the module: invalid, missing, parse, check,
 * render, internal.
 */
export function chartError(code, message, field = null) {
  return Object.assign(new Error(message), { name: 'ChronicleError', code, field });
}

/** `text` with its `{name}` placeholders filled from `values`. */
const fill = (text, values) => text.replace(/\{(\w+)\}/g, (all, name) => values[name] ?? all);

/**
 * Why one of the widget's own files (`url`, a `js` module or the `wasm`) could not load, asked of
 * the server again: not there (404), another status, no CORS header (a `no-cors` probe is
 * answered where a CORS fetch is refused), a wrong type (a module script must be JavaScript; a
 * web page where the WebAssembly should be is a site's "not found" page), or no answer at all.
 * Resolves to a `load` error in the reader's language that names the file and what to change;
 * where the server shows nothing wrong, to `error`'s own message.
 */
export async function loadFailure(url, kind, lang, error) {
  const say = (key, values = {}) => fill(earlyWord(`load.${key}`, lang), { url, ...values });
  let why = null;
  let field = null;
  try {
    const response = await fetch(url, { cache: 'no-store' });
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim();
    const want = kind === 'wasm' ? 'application/wasm' : 'text/javascript';
    const right = kind === 'wasm' ? !/html|text/.test(type) : /javascript|ecmascript/.test(type);
    if (response.status === 404) [why, field] = [say('missing'), 'base'];
    else if (!response.ok) why = say('status', { status: response.status });
    else if (!right) why = say('type', { type: type || '?', want });
  } catch {
    why = await fetch(url, { mode: 'no-cors', cache: 'no-store' }).then(
      () => say('cors'),
      () => say('offline'),
    );
  }
  return chartError('load', why ?? `cannot load ${url}: ${error?.message ?? error}`, field);
}

/** The address a failed import names in its message (`Failed to fetch dynamically imported module: <url>`), if any. */
export const urlIn = (e) => String(e?.message ?? '').match(/https?:\/\/[^\s)'"]+/)?.[0] ?? null;

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

