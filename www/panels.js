// Panels beside a chart: the claims toggle with its list of checked claims, and the list of the
// chart's sources. Wiring only: every word comes from the wasm handle, in the chart's language,
// and is inserted as text, never as markup.

import { el } from './chronicle.js';

/** A toggle button and a list of the essay's claims checked against the data. */
export function claimsPanel(controller) {
  const { handle } = controller;
  if (!handle.hasClaims()) return null;
  const list = el('ol', 'claims');
  const heading = el('h2', '', {}, [handle.uiText('claims-heading')]);
  const box = el('section', 'claims-panel', {}, [heading, list]);
  box.hidden = true;
  const button = el('button', 'claims-toggle', { type: 'button', 'aria-pressed': 'false' }, [handle.uiText('claims')]);
  button.addEventListener('click', () => {
    const on = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(on));
    controller.setClaims(on);
    box.hidden = !on;
    list.replaceChildren(
      ...(on ? handle.claims() : []).map((c) => {
        const verdict = el('strong', 'verdict', {}, [c.verdict_text]);
        return el('li', '', { 'data-verdict': c.verdict }, [verdict, ' ', c.sentence]);
      }),
    );
  });
  return el('div', 'claims-block', {}, [button, box]);
}

/** The chart's sources in full, with links only where the record has an http(s) URL. */
export function sourcesPanel(controller) {
  const { handle } = controller;
  const items = handle.sources().map((s) => {
    const li = el('li', '', { 'data-source': s.id }, [s.citation]);
    if (s.url) li.append(' ', el('a', '', { href: s.url, rel: 'noreferrer' }, [s.url]));
    return li;
  });
  // What each source counts, the disputes and the statuses, for teachers, in the chart's language.
  const how = new URL(`how-we-know.html?lang=${encodeURIComponent(handle.wordsLang())}`, import.meta.url);
  const link = el('p', 'how-link', {}, [el('a', '', { href: how.href }, [handle.uiText('how-we-know')])]);
  return el('details', 'sources', {}, [el('summary', '', {}, [handle.uiText('sources')]), el('ul', '', {}, items), link]);
}
