// The demo page: mounts every element with a data-chart attribute, with its claims toggle and
// sources list, and links the charts' year cursors (hovering 1937 on one marks 1937 on the
// others). The controllers are kept on window.chronicle so a reader's console (and the browser
// tests) can reach them.
import { mountChart } from './chronicle.js';
import { claimsPanel, sourcesPanel } from './panels.js';
import { wireEmbedPanel } from './embed-panel.js';

const params = new URLSearchParams(location.search);
const lang = params.get('lang') ?? document.documentElement.lang;
const theme = params.get('theme') ?? 'auto';
document.documentElement.lang = lang;
const charts = {};
window.chronicle = { charts, ready: null };
window.chronicle.ready = Promise.all(
  [...document.querySelectorAll('[data-chart]')].map(async (el) => {
    const controller = await mountChart(el, { chart: el.dataset.chart }, { lang, theme });
    charts[el.dataset.chart] = controller;
    if (!controller) return;
    const panels = [claimsPanel(controller), sourcesPanel(controller)].filter(Boolean);
    el.closest('figure')?.querySelector('figcaption')?.before(...panels);
  }),
);

document.addEventListener('chronicle-select', (e) => {
  for (const c of Object.values(charts)) {
    if (c && c.element !== e.target) c.setCursor(e.detail.date);
  }
});

window.chronicle.ready.then(() => wireEmbedPanel(document.getElementById('embed-form'), charts));
