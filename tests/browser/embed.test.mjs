// Embedding as bloggers and sites do it: one element from one module script, CSV of several
// shapes (inline, fetched, set later), errors in place, the iframe that sizes itself, exports,
// Intl formatting, and all of it under a strict Content-Security-Policy.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chartCanvas, dataFile, elementReady as ready, keyboardFocus, nextFrame, openPage, readCanvas, setUp, systemColour, toPage } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

/** What the live region of the element `sel` says after `keys` on its chart. */
const heard = async (page, sel, keys) => (await keyboardFocus(page, sel, keys)).live;

/** The year in the tooltip when the mouse is at CSS (x, y) of the element `sel`'s chart. */
async function yearAt(page, sel, x, y) {
  const p = await toPage(page.locator(`${sel} .chronicle-stage`), x, y);
  await page.mouse.move(p.x, p.y);
  const tip = page.locator(`${sel} .chronicle-tooltip`);
  await tip.waitFor({ state: 'visible' });
  return Number((await tip.innerText()).match(/\b(1[89]\d\d)\b/)[1]);
}

test('a page with only the module script and the element renders the chart', async () => {
  const { page, context, errors } = await openPage(env, 'examples/minimal.html');
  await ready(page, 'chronicle-chart');
  const ink = await page.evaluate(() => {
    const { canvas } = document.querySelector('chronicle-chart').controller;
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 128) dark += 1;
    return { dark, title: canvas.getAttribute('aria-label') };
  });
  assert.equal(ink.title, 'Political repression in the USSR, 1921–1953. A bar chart of 3 series from 1921 to 1953.');
  assert.ok(ink.dark > 1000, `${ink.dark} dark pixels`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('CSV of several shapes renders with the right extents; a malformed one fails in place', async () => {
  const { page, context, errors } = await openPage(env, 'examples/csv.html');
  // The page was already loading: read the error event the broken chart fired from its element.
  await page.waitForFunction(() => document.querySelector('#broken').shadowRoot.querySelector('.chronicle-error'));
  await ready(page, '#monthly');
  await ready(page, '#fetched');
  // What the reader sees: the title and legend as page text, the first and last figures of the
  // example's CSV (examples/csv.html, "1,317,195" quoted with commas) in the live region.
  assert.equal(await page.locator('#monthly .chronicle-title').textContent(), 'Monthly sample (invented figures)');
  assert.deepEqual(await page.locator('#monthly .chronicle-legend-item').allTextContents(), ['Sample A', 'Sample B', 'Sample C']);
  assert.match(await heard(page, '#monthly', ['Home']), /^Sample A, January 1939: 1,317,195\./);
  assert.match(await heard(page, '#monthly', ['End']), /^Sample A, January 1941: 1,500,524\./);
  // The fetched file (www/data/sample.csv) runs 1936–1940.
  const sample = readFileSync(new URL('../../www/data/sample.csv', import.meta.url), 'utf8').trim().split('\n').slice(1);
  assert.match(await heard(page, '#fetched', ['Home']), new RegExp(`^Arrests, ${sample[0].split(',')[0]}: `));
  assert.match(await heard(page, '#fetched', ['End']), new RegExp(`^Arrests, ${sample.at(-1).split(',')[0]}: `));
  const broken = await page.evaluate(() => document.querySelector('#broken').shadowRoot.textContent.trim());
  assert.equal(broken, 'Chart unavailable: invalid csv line 3, column 2 (arrests): 6385O9');
  // Setting the same bad CSV again fires chronicle-error on the element, and the others still work.
  const fired = await page.evaluate(async () => {
    const el = document.querySelector('#broken');
    const got = new Promise((r) => el.addEventListener('chronicle-error', (e) => r(e.detail.message), { once: true }));
    el.setAttribute('title', 'again');
    return got;
  });
  assert.equal(fired, 'invalid csv line 3, column 2 (arrests): 6385O9');
  assert.ok(await page.evaluate(() => document.querySelector('#monthly').controller.redraws > 0));
  assert.deepEqual(errors, []);
  // 10,000 daily rows set later through setData.
  await page.evaluate(async () => {
    const el = document.querySelector('#monthly');
    const rows = ['date,Daily'];
    const day = new Date(Date.UTC(1917, 0, 1));
    for (let i = 0; i < 10000; i += 1) {
      rows.push(`${day.toISOString().slice(0, 10)},${1000 + (i % 365)}`);
      day.setUTCDate(day.getUTCDate() + 1);
    }
    await el.setData(rows.join('\n'));
  });
  await nextFrame(page);
  assert.deepEqual(await page.locator('#monthly .chronicle-legend-item').allTextContents(), ['Daily']);
  // Both ends of 10,000 days (1 January 1917 to 18 May 1944) are at the plot's edges: the tooltip
  // at the axis' left end says 1917 and at its right end 1944.
  const axis = (await readCanvas(chartCanvas(page, '#monthly'))).xAxis();
  assert.equal(await yearAt(page, '#monthly', axis.left + 1, axis.y - 20), 1917);
  assert.equal(await yearAt(page, '#monthly', axis.right - 1, axis.y - 20), 1944);
  await context.close();
});

test('a bad attribute or a failing src fires chronicle-error and leaves other charts working', async () => {
  const { page, context } = await openPage(env, 'examples/minimal.html');
  await ready(page, 'chronicle-chart');
  const result = await page.evaluate(async () => {
    const messages = [];
    let bothFailed;
    const failed = new Promise((r) => (bothFailed = r));
    document.addEventListener('chronicle-error', (e) => {
      messages.push(e.detail.message);
      if (messages.length === 2) bothFailed();
    });
    const bad = document.createElement('chronicle-chart');
    bad.setAttribute('theme', 'neon');
    const missing = document.createElement('chronicle-chart');
    missing.setAttribute('src', 'nope.csv');
    document.body.append(bad, missing);
    await failed;
    const first = document.querySelector('chronicle-chart').controller;
    first.redraw();
    return { messages: messages.sort(), texts: [bad, missing].map((e) => e.shadowRoot.textContent.trim()), alive: first.redraws > 1 };
  });
  assert.deepEqual(result.messages, ['cannot load src nope.csv: HTTP 404', 'invalid theme: neon']);
  assert.equal(result.texts[0], 'Chart unavailable: invalid theme: neon');
  assert.ok(result.alive);
  await context.close();
});

test('the iframe embed sets its host frame height and keeps the view in its URL', async () => {
  const { page, context, errors } = await openPage(env, 'examples/iframe-host.html');
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 300);
  const frame = page.frameLocator('iframe');
  const inner = page.frames().find((f) => f.url().includes('embed.html'));
  await inner.waitForFunction(() => document.querySelector('chronicle-chart')?.controller?.redraws > 0);
  const state = await inner.evaluate(() => ({
    height: Math.ceil(document.documentElement.getBoundingClientRect().height),
  }));
  // The frame settles at its content's height (the host script follows each reported change).
  await page.waitForFunction(() => {
    const f = document.querySelector('iframe');
    const inner = Math.ceil(f.contentDocument.documentElement.getBoundingClientRect().height);
    return inner > 300 && Math.abs(f.clientHeight - inner) <= 2;
  });
  assert.ok(state.height > 300);
  // The frame's URL asks for 1936–1939; the chart says so in its range read-out.
  assert.equal(await frame.locator('chronicle-chart .chronicle-range').textContent(), '1936–1939');
  await frame.locator('chronicle-chart').evaluate((el) => el.reset());
  await inner.waitForFunction(() => !new URL(location.href).searchParams.has('from'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('exports: PNG at twice the CSS size, SVG that parses, CSV that round-trips', async () => {
  const { page, context } = await openPage(env, 'examples/minimal.html');
  await ready(page, 'chronicle-chart');
  const out = await page.evaluate(async () => {
    const el = document.querySelector('chronicle-chart');
    const { canvas } = el.controller;
    const png = await createImageBitmap(await el.toPNG());
    const svg = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml');
    const csv = await el.toCSV();
    const copy = document.createElement('chronicle-chart');
    document.body.append(copy);
    await new Promise((r) => copy.addEventListener('chronicle-ready', r, { once: true }));
    await copy.setData(csv);
    return {
      png: [png.width, png.height],
      css: [canvas.clientWidth, canvas.clientHeight],
      svgOk: !svg.querySelector('parsererror') && svg.documentElement.nodeName === 'svg',
      svgTitle: [...svg.querySelectorAll('text')].some((t) => t.textContent.includes('Political repression in the USSR')),
      same: (await copy.toCSV()) === csv,
      head: csv.split('\r\n')[0],
    };
  });
  assert.deepEqual(out.png, out.css.map((v) => v * 2));
  assert.ok(out.svgOk && out.svgTitle);
  assert.ok(out.same, 'CSV → setData → CSV gives the same text');
  assert.match(out.head, /^date,Arrests by the security organs,Arrests by the security organs \[status\]/);
  await context.close();
});

for (const lang of ['ru', 'de', 'fr']) {
  test(`in ${lang} 1,575,259 is written as Intl writes it`, async () => {
    const { page, context } = await openPage(env, 'examples/minimal.html');
    await ready(page, 'chronicle-chart');
    const result = await page.evaluate(async (lang) => {
      const el = document.createElement('chronicle-chart');
      el.setAttribute('lang', lang);
      el.innerHTML = '';
      const data = document.createElement('script');
      data.type = 'text/csv';
      data.textContent = 'year,Arrests 1937–38\n1938,1575259\n1939,44731';
      el.append(data);
      document.body.append(el);
      await new Promise((r) => el.addEventListener('chronicle-ready', r, { once: true }));
      return { expected: new Intl.NumberFormat(lang).format(1575259) };
    }, lang);
    const stage = page.locator(`chronicle-chart[lang="${lang}"] >> .chronicle-stage`);
    await stage.focus();
    await page.keyboard.press('ArrowRight');
    const live = await page.locator(`chronicle-chart[lang="${lang}"] >> .chronicle-live`).textContent();
    assert.ok(live.includes(`: ${result.expected}.`), `${live} should hold ${result.expected}`);
    await context.close();
  });
}

test('themes: dark draws on a dark background, and forced colours use the system colours', async () => {
  const { page, context } = await openPage(env, 'examples/minimal.html');
  await ready(page, 'chronicle-chart');
  const corner = () =>
    page.evaluate(() => [...document.querySelector('chronicle-chart').controller.canvas.getContext('2d').getImageData(2, 2, 1, 1).data].slice(0, 3));
  assert.deepEqual(await corner(), [255, 255, 255]);
  await page.evaluate(() => document.querySelector('chronicle-chart').setAttribute('theme', 'dark'));
  await ready(page, 'chronicle-chart');
  await nextFrame(page);
  assert.ok((await corner()).every((c) => c < 40), String(await corner()));
  await page.emulateMedia({ forcedColors: 'active' });
  await page.evaluate(() => document.querySelector('chronicle-chart').setAttribute('theme', 'light'));
  await ready(page, 'chronicle-chart');
  await nextFrame(page);
  assert.deepEqual(await corner(), await systemColour(page, 'Canvas'));
  await context.close();
});

test('the demo Embed panel writes both snippets and downloads PNG, SVG and CSV', async () => {
  const { page, context, errors } = await openPage(env);
  await page.selectOption('#embed-form select[name="chart"]', 'gulag');
  await page.selectOption('#embed-form select[name="lang"]', 'de');
  const element = await page.inputValue('#snippet-element');
  assert.match(element, /^<link rel="stylesheet" href="[^"]+\/chronicle\.css">\n/, 'the stylesheet that keeps the chart\'s room');
  assert.match(element, /<chronicle-chart chart="gulag" theme="auto" lang="de"><\/chronicle-chart>$/);
  assert.match(await page.inputValue('#snippet-iframe'), /embed\.html\?chart=gulag&theme=auto&lang=de" data-chronicle/);
  for (const [kind, check] of [
    ['csv', (b) => b.toString('utf8').startsWith('date,Camps + colonies,')],
    ['svg', (b) => b.toString('utf8').startsWith('<svg')],
    ['png', (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ]) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-download="${kind}"]`)]);
    assert.equal(download.suggestedFilename(), `gulag.${kind}`);
    const chunks = [];
    for await (const c of await download.createReadStream()) chunks.push(c);
    assert.ok(check(Buffer.concat(chunks)), `${kind} download`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('without WebAssembly the element shows the pre-rendered picture of its chart', async () => {
  const { page, context } = await openPage(env, 'examples/minimal.html', {
    beforeLoad: (p) => p.addInitScript(() => delete window.WebAssembly),
  });
  assert.equal(await page.evaluate(() => typeof WebAssembly), 'undefined');
  const img = page.locator('chronicle-chart img.chronicle-fallback');
  await img.waitFor({ state: 'visible' });
  await page.waitForFunction(() => {
    const i = document.querySelector('chronicle-chart').shadowRoot.querySelector('img.chronicle-fallback');
    // Its text alternative comes with the element's words, asked for just after the picture.
    return i.complete && i.naturalWidth > 0 && i.alt;
  });
  const shown = await img.evaluate((i) => ({ src: i.src, width: i.getBoundingClientRect().width, alt: i.alt }));
  assert.ok(shown.width > 200, `the picture is ${shown.width} px wide`);
  assert.match(shown.alt, /\S/, 'the picture has a text alternative');
  // The picture is the element's chart: the SVG it loads carries the data file's title.
  const svg = await (await page.request.get(shown.src)).text();
  assert.ok(svg.includes(dataFile('repression').title.en), 'the fallback draws the repression chart');
  await context.close();
});
