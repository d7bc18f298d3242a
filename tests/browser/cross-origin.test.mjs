// The widget's files on a second origin (a CDN), the page on the first, as the README's "From
// another server" says: with CORS headers the chart works; where a file cannot be had, the box
// says which file, why (no CORS header, a wrong type, not found, no answer) and what to change, in
// the page's language (the words read from lang/*.json here); where even the script is refused,
// the picture the snippet carries stays on the page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TYPES } from '../../scripts/serve.mjs';
import { langFile, launchChromium } from './harness.mjs';
import { snippet } from './apps.mjs';

const WWW = fileURLToPath(new URL('../../www/', import.meta.url));

/**
 * How the second origin answers, by the first part of the path (`/<mode>/<file in www/>`):
 * `cors` sends Access-Control-Allow-Origin with everything, `scripts-only` with .js files only,
 * `none` never; `js-as-text` sends chronicle.js as text/plain, `wasm-as-text` the WebAssembly as
 * text/plain (it still works, only slower); `no-wasm` has no lean module (404).
 */
function answer(mode, file) {
  const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
  if (mode === 'cors' || mode === 'js-as-text' || mode === 'wasm-as-text' || mode === 'no-wasm') headers['access-control-allow-origin'] = '*';
  if (mode === 'scripts-only' && file.endsWith('.js')) headers['access-control-allow-origin'] = '*';
  if (mode === 'js-as-text' && file === 'chronicle.js') headers['content-type'] = 'text/plain';
  if (mode === 'wasm-as-text' && file.endsWith('.wasm')) headers['content-type'] = 'text/plain';
  const missing = mode === 'no-wasm' && file === 'pkg/chronicle_core_bg.wasm';
  return { headers, missing };
}

const listen = (handler) =>
  new Promise((done) => {
    const server = createServer((req, res) => handler(req, res).catch(() => res.writeHead(500).end()));
    server.listen(0, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });

let cdn;
let site;
let browser;
before(async () => {
  cdn = await listen(async (req, res) => {
    const [, mode, ...rest] = new URL(req.url, 'http://x').pathname.split('/');
    const file = rest.join('/');
    const { headers, missing } = answer(mode, file);
    const body = missing || file.includes('..') ? null : await readFile(join(WWW, file)).catch(() => null);
    if (!body) return void res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, headers).end(body);
  });
  // The page's own site: each page is the README snippet `?snippet=` with /chronicle/ written as
  // the second origin's folder `?mode=`, in the language `?lang=`.
  site = await listen(async (req, res) => {
    const q = new URL(req.url, 'http://x').searchParams;
    if (!q.get('snippet')) return void res.writeHead(404).end();
    const body = snippet(q.get('snippet')).replaceAll('/chronicle/', `${cdn.url}${q.get('mode')}/`).replaceAll('lang="en"', `lang="${q.get('lang')}"`);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="${q.get('lang')}"><head><meta charset="utf-8"><link rel="icon" href="${cdn.url}cors/favicon.svg"><title>t</title></head><body>${body}</body></html>`);
  });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  for (const s of [cdn, site]) if (s) await new Promise((done) => s.server.close(done));
});

/** Opens the page for `mode`; `beforeLoad(page)` may route its requests. */
async function open(mode, { name = 'element', lang = 'de', beforeLoad = null } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  if (beforeLoad) await beforeLoad(page);
  await page.goto(`${site.url}?snippet=${name}&mode=${mode}&lang=${lang}`);
  return { page, context, errors };
}

/** The message the box shows, as the language file words it: `<ui.error>: <load.key filled>`. */
function expected(lang, key, values) {
  const words = langFile(lang);
  return `${words['ui.error']}: ${words[`load.${key}`].replace(/\{(\w+)\}/g, (_, k) => values[k])}`;
}

/**
 * The reader's first use: once the chart answers (its picture) or has failed, the mouse comes in
 * over it, which is when the live chart, and so the module, is loaded.
 */
async function firstUse(page) {
  await page.waitForFunction(() => document.querySelector('chronicle-chart')?.shadowRoot?.querySelector('[role="application"], .chronicle-error'));
  await page.hover('chronicle-chart');
}

const shownError = (page) => page.locator('chronicle-chart .chronicle-error').textContent({ timeout: 20_000 });

for (const mode of ['cors', 'wasm-as-text']) {
  test(`from another origin with CORS headers (${mode}), the chart works in the page's language`, async () => {
    const { page, context, errors } = await open(mode);
    await firstUse(page);
    await page.waitForFunction(() => document.querySelector('chronicle-chart')?.controller?.redraws > 0);
    assert.equal(await page.locator('chronicle-chart .chronicle-title').textContent(), langFile('de')['repression.title']);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('with CORS on the scripts only, the box says the WebAssembly lacks the CORS header', async () => {
  const { page, context } = await open('scripts-only');
  assert.equal(await shownError(page), expected('de', 'cors', { url: `${cdn.url}scripts-only/pkg/chronicle_core_bg.wasm` }));
  await context.close();
});

test('a module script served as text/plain: the box names the file, its type and the right one', async () => {
  const { page, context } = await open('js-as-text', { lang: 'fr' });
  await firstUse(page);
  const url = `${cdn.url}js-as-text/chronicle.js`;
  assert.equal(await shownError(page), expected('fr', 'type', { url, type: 'text/plain', want: 'text/javascript' }));
  await context.close();
});

test('a missing file: the box says not found and how to fix it', async () => {
  const { page, context } = await open('no-wasm', { lang: 'uk' });
  await firstUse(page);
  assert.equal(await shownError(page), expected('uk', 'missing', { url: `${cdn.url}no-wasm/pkg/chronicle_core_bg.wasm` }));
  await context.close();
});

test('no answer at all (offline) is told apart from a missing CORS header', async () => {
  const { page, context } = await open('cors', {
    lang: 'pl',
    beforeLoad: (p) => p.route('**/*.wasm', (route) => route.abort('internetdisconnected')),
  });
  assert.equal(await shownError(page), expected('pl', 'offline', { url: `${cdn.url}cors/pkg/chronicle_core_bg.wasm` }));
  await context.close();
});

test("with no CORS at all the script is refused, and the picture the README's snippet carries stays visible", async () => {
  const { page, context } = await open('none', { name: 'picture', lang: 'en' });
  await page.waitForFunction(() => document.querySelector('chronicle-chart img')?.complete);
  const img = await page.locator('chronicle-chart img').evaluate((i) => ({ w: i.naturalWidth, h: i.getBoundingClientRect().height, alt: i.alt }));
  assert.ok(img.w > 0 && img.h > 100, `the picture is on screen: ${JSON.stringify(img)}`);
  assert.equal(img.alt, langFile('en')['party-membership.title']);
  // The element's script was refused: nothing replaced the picture.
  assert.equal(await page.evaluate(() => customElements.get('chronicle-chart')), undefined);
  await context.close();
});
