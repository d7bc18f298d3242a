// The iframe embed: one <chronicle-chart> filling the frame, configured by the URL
// (?chart=…&theme=…&lang=…&view=…&from=…&to=…&claims=on&kind=…), posting its height to the host page
// (see embed-host.js) and writing the reader's zoom back into the URL so a link reopens the view.
// A chart of one's own (the chart maker's frame address) travels in the fragment,
// `#data=<base64url of the deflate-raw of its JSON>`: browsers never send a fragment, so the host
// serving this page never receives the data.
import './chronicle-chart.js';
import { sourcesPanel } from './panels.js';

/** The chart's JSON carried in the address's fragment, or null when it carries none. */
async function fragmentData() {
  const packed = new URLSearchParams(location.hash.slice(1)).get('data');
  if (!packed) return null;
  const base64 = packed.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}

const params = new URLSearchParams(location.search);
const chart = document.createElement('chronicle-chart');
// A damaged fragment reads as empty data, so the chart says in place that it cannot read it.
const data = await fragmentData().catch(() => '');
if (data !== null) {
  const inline = document.createElement('script');
  inline.type = 'application/json';
  inline.textContent = data;
  chart.append(inline);
}
for (const name of ['chart', 'theme', 'lang', 'view', 'from', 'to', 'claims', 'kind', 'src', 'decimal']) {
  const value = params.get(name);
  if (value) chart.setAttribute(name, value);
}
if (params.get('lang')) document.documentElement.lang = params.get('lang');
document.body.dataset.theme = params.get('theme') || 'auto';
// The frame lists the chart's sources in full under it, from the live chart: it loads at once.
chart.setAttribute('live', '');
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
