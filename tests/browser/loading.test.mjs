// What a reader's browser loads, and when: one chart's picture answers with the small picture
// module; on the reader's first use the chart loads the lean module and only its own data; what a
// reader may never use (the table, exports, a user's CSV) loads on first use; the chart's picture is on screen before any WebAssembly runs, in the box the live chart
// then takes, so nothing below it moves; a snippet that carries its picture shows it without
// JavaScript at all.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CSP } from '../../scripts/serve.mjs';
import { dataFile, elementReady, langFile, openPage, setUp } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

/**
 * Opens `html` as a page of the widget's site (strict CSP) and records the path of every request
 * it makes. `beforeLoad(page)` runs before the navigation (routes that delay a response).
 */
async function openLogged(html, { width = 1000, beforeLoad = null } = {}) {
  const { page, context, errors } = await openPage(env, 'examples/minimal.html', { width });
  const url = new URL('loading.html', env.baseUrl).href;
  await page.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': CSP } }));
  if (beforeLoad) await beforeLoad(page);
  const paths = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  errors.length = 0;
  await page.goto(url);
  return { page, context, errors, paths };
}

const page = (body, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="favicon.svg"><title>t</title></head><body>` +
  `<script type="module" src="chronicle-chart.js"></script>${body}<p id="below">The article goes on.</p></body></html>`;

const count = (paths, end) => paths.filter((p) => p.endsWith(end)).length;

test('one chart loads the lean module and only its own data; the table loads the full module on first use', async () => {
  const { page: p, context, errors, paths } = await openLogged(page('<chronicle-chart chart="party-membership"></chronicle-chart>'));
  await elementReady(p);
  assert.equal(count(paths, '/pkg/chronicle_core_bg.wasm'), 1);
  assert.equal(count(paths, '/pkg/charts/party-membership.js'), 1);
  for (const never of ['/pkg/chronicle_charts_bg.wasm', '/pkg/charts/repression.js', '/pkg/charts/gulag.js']) {
    assert.equal(count(paths, never), 0, `${never} is not loaded before it is needed`);
  }
  // The reader opens the table: the full module arrives, and the table holds the data file's figure.
  await p.locator('chronicle-chart .chronicle-table-toggle').click();
  const row = p.locator('chronicle-chart .chronicle-table tbody tr', { hasText: 'March 1921' }).first();
  await row.waitFor();
  const total = dataFile('party-membership').series.find((s) => s.id === 'total').points.find((pt) => pt.date === '1921-03');
  assert.ok((await row.textContent()).includes(total.value.toLocaleString('en-US')), await row.textContent());
  assert.equal(count(paths, '/pkg/chronicle_charts_bg.wasm'), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('three charts on a page load the module once and each chart its own data once', async () => {
  const body = ['party-membership', 'repression', 'gulag'].map((c) => `<chronicle-chart chart="${c}"></chronicle-chart>`).join('');
  const { page: p, context, errors, paths } = await openLogged(page(body));
  // Each picture answers first; the reader's mouse then passes over every chart.
  await p.waitForFunction(() => [...document.querySelectorAll('chronicle-chart')].every((e) => e.shadowRoot.querySelector('[role="application"]')));
  for (const nth of [0, 1, 2]) await p.locator('chronicle-chart').nth(nth).hover();
  await p.waitForFunction(() => [...document.querySelectorAll('chronicle-chart')].every((e) => e.controller?.redraws > 0));
  assert.equal(count(paths, '/pkg/chronicle_picture_bg.wasm'), 1);
  assert.equal(count(paths, '/pkg/chronicle_core_bg.wasm'), 1);
  assert.equal(count(paths, '/pkg/chronicle_core.js'), 1);
  assert.equal(count(paths, '/chronicle.js'), 1);
  for (const c of ['party-membership', 'repression', 'gulag']) assert.equal(count(paths, `/pkg/charts/${c}.js`), 1, c);
  assert.equal(count(paths, '/pkg/chronicle_charts_bg.wasm'), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const width of [390, 1200]) {
  test(`at ${width} px the picture shows before the module runs, and the live chart takes its box without moving what is below`, async () => {
    let release;
    const held = new Promise((r) => (release = r));
    const { page: p, context, errors } = await openLogged(page('<chronicle-chart chart="gulag"></chronicle-chart>', 'uk'), {
      width,
      // The lean module is held back until the test lets it go: whatever shows before is the picture.
      beforeLoad: (pg) =>
        pg.route('**/pkg/chronicle_core_bg.wasm', async (route) => {
          await held;
          await route.continue();
        }),
    });
    const shown = await p.waitForFunction(() => {
      const img = document.querySelector('chronicle-chart')?.shadowRoot?.querySelector('img');
      // Its text alternative comes with the element's words, asked for just after the picture.
      return img?.complete && img.naturalWidth > 0 && img.getBoundingClientRect().height > 0 && img.alt && { src: img.getAttribute('src'), alt: img.alt };
    });
    const picture = await shown.jsonValue();
    // The picture of this chart, in the page's language, before the chart is ready.
    assert.match(picture.src, /fallback\/gulag\.uk\.light\.svg$/);
    assert.equal(picture.alt, langFile('uk')['gulag.title']);
    assert.equal(await p.evaluate(() => document.querySelector('chronicle-chart').controller), null);
    const belowBefore = await p.locator('#below').boundingBox();
    // Every layout shift from now on: the picture is on screen, the module is let go.
    await p.evaluate(() => {
      window.shifts = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.shifts += e.value))).observe({ type: 'layout-shift' });
    });
    release();
    await elementReady(p);
    await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const belowAfter = await p.locator('#below').boundingBox();
    assert.equal(belowAfter.y, belowBefore.y, 'the text below the chart stays where it was');
    assert.equal(await p.evaluate(() => window.shifts), 0, 'no layout shift');
    assert.equal(await p.locator('chronicle-chart .chronicle-title').textContent(), langFile('uk')['gulag.title']);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('on a 390 px phone every chart keeps its whole self above the text after it, with room for its plot', async () => {
  for (const lang of ['en', 'ru']) {
    for (const chart of ['party-membership', 'repression', 'gulag']) {
      const { page: p, context, errors } = await openLogged(page(`<chronicle-chart chart="${chart}"></chronicle-chart>`, lang), { width: 390 });
      await elementReady(p);
      const r = await p.evaluate(() => {
        const root = document.querySelector('chronicle-chart').shadowRoot;
        const parts = [...root.querySelector('.chronicle').children].map((c) => c.getBoundingClientRect().bottom);
        return {
          bottom: Math.max(...parts),
          below: document.getElementById('below').getBoundingClientRect().top,
          stage: root.querySelector('.chronicle-stage').getBoundingClientRect().height,
        };
      });
      // The sources line and the buttons end above the article's next paragraph, never over it.
      assert.ok(r.bottom <= r.below, `${chart} (${lang}): the chart ends at ${r.bottom} px, the text below starts at ${r.below} px`);
      assert.ok(r.stage >= 200, `${chart} (${lang}): ${r.stage} px for the plot and its axes`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  }
});

test("the README's picture snippet shows the chart and its text alternative where no script runs, and the live chart with script", async () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const html = readme.split('<!-- snippet: picture -->')[1].split('```html')[1].split('```')[0];
  const chart = html.match(/chart="([a-z-]+)"/)[1];
  const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 900, height: 800 } });
  const p = await context.newPage();
  await p.route(new URL('nojs.html', env.baseUrl).href, (route) => route.fulfill({ body: page(html), contentType: 'text/html; charset=utf-8' }));
  await p.goto(new URL('nojs.html', env.baseUrl).href);
  await p.waitForFunction(() => document.querySelector('chronicle-chart img')?.complete);
  const img = p.locator('chronicle-chart img');
  assert.ok(await img.evaluate((i) => i.naturalWidth > 0 && i.getBoundingClientRect().height > 100), 'the picture is on screen');
  // Its text alternative is the chart's title in the language file.
  assert.equal(await img.getAttribute('alt'), langFile('en')[`${chart}.title`]);
  await context.close();
  // With script, the live chart replaces it.
  const { page: q, context: c2, errors } = await openLogged(page(html));
  await elementReady(q);
  assert.equal(await q.locator('chronicle-chart .chronicle-title').textContent(), langFile('en')[`${chart}.title`]);
  assert.deepEqual(errors, []);
  await c2.close();
});

test('the lean module reads every built-in chart as the full module does: each point said the same, the same sources and text alternative', async () => {
  for (const chart of ['party-membership', 'repression', 'gulag']) {
    const { page: p, context, errors } = await openLogged(page(`<chronicle-chart chart="${chart}" lang="ru"></chronicle-chart>`, 'ru'));
    await elementReady(p);
    // The lean module reads the chart's files by hand; the full one reads the same files with
    // serde. Walk every point of every series in both (ArrowDown to the next series, ArrowRight
    // along it) and compare what each says, with its details (status, source, note, other counts).
    const out = await p.evaluate(async () => {
      const controller = document.querySelector('chronicle-chart').controller;
      const full = await controller.withFull();
      const { width, height } = controller.canvas.getBoundingClientRect();
      full.setFurnitureInCanvas(false);
      full.render(width, height, 0);
      const walk = (h) => {
        const said = [];
        for (let s = 0; s < 8; s += 1) {
          h.key('ArrowDown', 0);
          for (let i = 0; i < 60; i += 1) {
            const f = h.key('ArrowRight', 0).focus;
            if (f) said.push(`${f.announcement} | ${f.details.join(' | ')}`);
          }
        }
        return said;
      };
      const read = (h) => JSON.stringify({ summary: h.summary(), legend: h.legend(), sources: h.sources(), said: walk(h) });
      return { lean: read(controller.handle), full: read(full) };
    });
    assert.ok(out.lean.length > 2000, `${chart}: something was said`);
    assert.equal(out.lean, out.full, chart);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("a page's own data object that the lean module cannot read is refused with the path of what is wrong", async () => {
  const { page: p, context } = await openLogged(page('<chronicle-chart chart="gulag"></chronicle-chart>'));
  await elementReady(p);
  const said = await p.evaluate(async () => {
    const el = document.querySelector('chronicle-chart');
    const heard = new Promise((r) => el.addEventListener('chronicle-error', (e) => r(e.detail), { once: true }));
    el.setData({ title: 'Mine', series: [{ id: 'a', points: [{ date: '1937', value: 'many' }] }] });
    return heard;
  });
  assert.deepEqual(said, { code: 'invalid', message: 'invalid series[0].points[0].value: "many"', field: 'series[0].points[0].value' });
  await context.close();
});
