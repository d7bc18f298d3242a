// The iframe embed: one <chronicle-chart> filling the frame, configured by the URL
// (?chart=…&theme=…&lang=…&view=…&from=…&to=…&claims=on&kind=…), posting its height to the host page
// (see embed-host.js) and writing the reader's zoom back into the URL so a link reopens the view.
import './chronicle-chart.js';
import { sourcesPanel } from './panels.js';

const params = new URLSearchParams(location.search);
const chart = document.createElement('chronicle-chart');
for (const name of ['chart', 'theme', 'lang', 'view', 'from', 'to', 'claims', 'kind', 'src', 'decimal']) {
  const value = params.get(name);
  if (value) chart.setAttribute(name, value);
}
if (params.get('lang')) document.documentElement.lang = params.get('lang');
document.body.dataset.theme = params.get('theme') || 'auto';
document.querySelector('main').append(chart);

const post = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  parent.postMessage({ type: 'chronicle:height', height, id: params.get('id') }, '*');
};
new ResizeObserver(post).observe(document.body);
chart.addEventListener('chronicle-ready', () => {
  // The frame's document is named after its chart, for screen readers and the browser.
  const title = chart.controller.handle.title();
  document.getElementById('embed-title').textContent = title;
  document.title = title;
  // The chart's sources in full, with the link to How we know (it ships beside this page).
  document.querySelector('main > details.sources')?.remove();
  document.querySelector('main').append(sourcesPanel(chart.controller));
  post();
});

chart.addEventListener('chronicle-view', (e) => {
  const url = new URL(location.href);
  if (e.detail.from) {
    url.searchParams.set('from', e.detail.from);
    url.searchParams.set('to', e.detail.to);
  } else {
    url.searchParams.delete('from');
    url.searchParams.delete('to');
  }
  history.replaceState(null, '', url);
});
