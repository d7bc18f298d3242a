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

