// The chart in one .html file, as the chart maker (make.html) writes it: this entry, bundled at
// build time with everything it imports (scripts/build.sh → pkg/standalone.js), sits inline in
// that file beside the chart's data, both WebAssembly modules (gzip, base64) and the chart
// language's words. It answers the widget's own requests for those files from the page itself,
// so the file works offline and from file:// and asks nothing of any server.
import { mountChart } from './chronicle.js';
import { sourcesPanel } from './panels.js';

const json = (id) => JSON.parse(document.getElementById(id).textContent);
const files = json('chronicle-files');
const options = json('chronicle-options');

/** The bytes of an inline file (base64 of gzip), as a response of `type`. */
function inline(base64, type) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const body = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(body, { headers: { 'content-type': type } });
}

const fetchFromNetwork = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const url = String(input instanceof Request ? input.url : input);
  const name = Object.keys(files).find((path) => url.endsWith(`/${path}`));
  if (!name) return fetchFromNetwork(input, init);
  return inline(files[name], name.endsWith('.wasm') ? 'application/wasm' : 'text/plain; charset=utf-8');
};

const box = document.getElementById('chart');
const controller = await mountChart(box, { json: document.getElementById('chronicle-data').textContent }, options);
if (controller) {
  const panel = sourcesPanel(controller);
  // "How we know" is a page of the widget's site, which a file on its own does not have.
  panel.querySelector('.how-link')?.remove();
  box.after(panel);
}
window.chronicleStandalone = { controller };
