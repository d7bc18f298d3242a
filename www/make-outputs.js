// What the chart maker hands over, each with one click: the element with the data inline, the
// frame address carrying the chart in its fragment (compressed: the host never receives it), one
// self-contained .html file, PNG and SVG, the chart file the maker reopens, and CSV. Everything
// is made in this browser from the widget's own files beside this page; nothing is sent anywhere.
import { fileUrl } from './base.js';
import { wordsCode } from './pkg/words.js';
export { download } from './download.js';

/** `text` safe inside a `<script>` element: no `</script` can end it early. */
const scriptText = (text) => text.replace(/<\//g, '<\\/');
/** JSON safe inside a `<script>` element (`<` only ever stands in strings, where \u003c reads back). */
const scriptJson = (json) => json.replace(/</g, '\\u003c');
/** `text` as HTML text or attribute value. */
const escapeHtml = (text) => String(text).replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** The page options as element attributes (empty ones left out). */
function attributes(draft) {
  return ['lang', 'theme', 'from', 'to']
    .filter((name) => draft[name])
    .map((name) => ` ${name}="${escapeHtml(draft[name])}"`)
    .join('');
}

/** The element snippet: the module script from `base` and the chart with its data inline. */
export function snippet(json, draft, base) {
  return (
    `<script type="module" src="${escapeHtml(new URL('chronicle-chart.js', base).href)}"></script>\n` +
    `<chronicle-chart${attributes(draft)}>\n<script type="application/json">${scriptJson(json)}</script>\n</chronicle-chart>`
  );
}

/** `bytes` through a (de)compression stream of `format`. */
async function squeeze(bytes, format) {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream(format));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Base64 of `bytes` (in chunks: a spread of a large array would overflow the stack). */
function base64(bytes) {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** The frame's address at `base`: page options in the query, the chart (deflate-raw, base64url) in the fragment. */
export async function frameUrl(json, draft, base) {
  const url = new URL('embed.html', base);
  for (const name of ['lang', 'theme', 'from', 'to']) if (draft[name]) url.searchParams.set(name, draft[name]);
  const packed = base64(await squeeze(new TextEncoder().encode(json), 'deflate-raw'));
  url.hash = `data=${packed.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
  return url.href;
}

/**
 * The frame as HTML for pages that take an `<iframe>` (the README's frame snippet): the address,
 * a title for screen readers, and the widget's `embed-host.js`, which sizes the frame to its chart.
 */
export function frameHtml(url, title, base) {
  return (
    `<iframe src="${escapeHtml(url)}" data-chronicle title="${escapeHtml(title)}" width="100%" height="560" loading="lazy"></iframe>\n` +
    `<script src="${escapeHtml(new URL('embed-host.js', base).href)}" async></script>`
  );
}

/** A file of the widget beside this page, as bytes (or text). */
async function own(path, as = 'arrayBuffer') {
  const response = await fetch(fileUrl(path));
  if (!response.ok) throw new Error(`cannot load ${path}: HTTP ${response.status}`);
  return response[as]();
}

/** The page around the chart in the .html file: the chart fills the width, nothing else. */
const PAGE_CSS = 'body{margin:0 auto;max-width:980px;padding:1rem;font-family:system-ui,sans-serif}.chart{position:relative;width:100%}';

/**
 * One .html file that shows the chart with nothing else: the widget's code (pkg/standalone.js,
 * bundled at build time), both modules and the language's words gzip'd in base64, the stylesheet
 * and the data inline; it loads nothing (file:// works), and the table and exports work offline.
 */
export async function standaloneHtml(json, draft, title) {
  const code = wordsCode(draft.lang || 'en');
  const paths = ['pkg/chronicle_core_bg.wasm', 'pkg/chronicle_charts_bg.wasm', ...(code === 'en' ? [] : [`pkg/lang/${code}.words`])];
  const files = {};
  for (const path of paths) files[path] = base64(await squeeze(await own(path), 'gzip'));
  const [css, bundle] = await Promise.all([own('chronicle.css', 'text'), own('pkg/standalone.js', 'text')]);
  const options = { lang: draft.lang || 'en', theme: draft.theme || 'auto', from: draft.from, to: draft.to };
  return `<!doctype html>
<html lang="${escapeHtml(options.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${scriptText(css)}${PAGE_CSS}</style>
</head>
<body>
<main><div id="chart" class="chart"></div></main>
<script type="application/json" id="chronicle-data">${scriptJson(json)}</script>
<script type="application/json" id="chronicle-options">${scriptJson(JSON.stringify(options))}</script>
<script type="application/json" id="chronicle-files">${JSON.stringify(files)}</script>
<script type="module">${scriptText(bundle)}</script>
</body>
</html>
`;
}

/** A file name from the chart's title: lowercase letters and digits joined by `-`. */
export function fileName(title, extension) {
  const stem = title.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${stem || 'chart'}.${extension}`;
}
