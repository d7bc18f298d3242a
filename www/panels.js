// Panels beside a chart: the claims toggle with its list of checked claims, and the list of the
// chart's sources. Wiring only: every word comes from the wasm handle, in the chart's language,
// and is inserted as text, never as markup.

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

/** A toggle button and a list of the essay's claims checked against the data. */
export function claimsPanel(controller) {
  const { handle } = controller;
  if (!handle.hasClaims()) return null;
  const list = el('ol', { className: 'claims' });
  const heading = el('h2', { textContent: handle.uiText('claims-heading') });
  const box = el('section', { className: 'claims-panel', hidden: true }, [heading, list]);
  const button = el('button', { type: 'button', className: 'claims-toggle', textContent: handle.uiText('claims') });
  button.setAttribute('aria-pressed', 'false');
  button.addEventListener('click', () => {
    const on = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(on));
    controller.setClaims(on);
    box.hidden = !on;
    list.replaceChildren(
      ...(on ? handle.claims() : []).map((c) => {
        const verdict = el('strong', { className: 'verdict', textContent: c.verdict_text });
        const item = el('li', {}, [verdict, ' ', c.sentence]);
        item.dataset.verdict = c.verdict;
        return item;
      }),
    );
  });
  return el('div', { className: 'claims-block' }, [button, box]);
}

/** The chart's sources in full, with links only where the record has an http(s) URL. */
export function sourcesPanel(controller) {
  const { handle } = controller;
  const items = handle.sources().map((s) => {
    const li = el('li', { textContent: s.citation });
    li.dataset.source = s.id;
    if (s.url) li.append(' ', el('a', { href: s.url, textContent: s.url, rel: 'noreferrer' }));
    return li;
  });
  return el('details', { className: 'sources' }, [el('summary', { textContent: handle.uiText('sources') }), el('ul', {}, items)]);
}
