// The element never depends on its fetched stylesheet to be laid out, and is ready only once its
// layout has settled: with chronicle.css blocked, the chart still fills its box with the words for
// screen readers out of sight; with chronicle.css a second late, `chronicle-ready` comes after it
// and the live chart is drawn at its final size (toSVG in a chronicle-live handler gives that size).
// Where the page links chronicle.css itself (the README's snippet), the charts take their look
// from that copy: the file is asked for once, however many charts and whatever the cache says.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { elementReady, langFile, nextFrame, openHtml, readCanvas, setUp } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

// A page whose body is 800 px wide (its default 8 px margins).
const WIDTH = 816;
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="favicon.svg"><title>t</title></head><body>
<script type="module" src="chronicle-chart.js"></script>
<chronicle-chart chart="repression"></chronicle-chart><p id="below">The article goes on.</p></body></html>`;

/** What a reader's screen shows of the element: boxes in CSS px, read from the DOM. */
const layout = (page) =>
  page.evaluate(() => {
    const host = document.querySelector('chronicle-chart');
    const root = host.shadowRoot;
    const box = (sel) => {
      const r = (sel ? root.querySelector(sel) : host).getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, width: r.width, height: r.height };
    };
    return { host: box(null), stage: box('.chronicle-stage'), canvas: box('.chronicle-canvas'), bar: box('.chronicle-bar'), help: box('.chronicle-help'), live: box('.chronicle-live') };
  });

test('with chronicle.css blocked, the chart fills its box and its text alternative stays out of sight', async () => {
  const { page, context } = await openHtml(env, 'no-style.html', html, {
    width: WIDTH,
    beforeLoad: (p) => p.route('**/chronicle.css', (route) => route.abort('blockedbyclient')),
  });
  await elementReady(page);
  await nextFrame(page);
  const l = await layout(page);
  assert.equal(await page.locator('chronicle-chart .chronicle-title').textContent(), langFile('en')['repression.title']);
  // The box is 16:10 of its 800 px; the plot takes what the title, legend and buttons leave.
  assert.equal(l.host.width, 800);
  assert.ok(Math.abs(l.host.height - 500) <= 1, `box ${l.host.height}`);
  assert.ok(l.stage.height > 250, `the plot has its room: ${JSON.stringify(l.stage)}`);
  assert.deepEqual([l.canvas.top, l.canvas.left, l.canvas.width, l.canvas.height], [l.stage.top, l.stage.left, l.stage.width, l.stage.height], 'the canvas covers the plot exactly');
  assert.ok(l.bar.bottom <= l.host.bottom + 1, 'the buttons stay inside the box');
  for (const hidden of [l.help, l.live]) assert.ok(hidden.width <= 1 && hidden.height <= 1, `visually hidden: ${JSON.stringify(hidden)}`);
  // And it is drawn: the canvas holds more than its background.
  const pic = await readCanvas(page.locator('chronicle-chart canvas.chronicle-canvas'));
  assert.ok(pic.histogram().size > 3, 'the chart is drawn');
  await context.close();
});

test('with chronicle.css a second late, the chart is ready after it and the live chart is drawn at its final size', async () => {
  const { page, context, errors } = await openHtml(env, 'late-style.html', html, {
    width: WIDTH,
    beforeLoad: async (p, c) => {
      await c.addInitScript(() => {
        document.addEventListener('chronicle-ready', () => (window.readyAt = performance.now()));
        document.addEventListener('chronicle-live', async (e) => {
          const canvas = e.target.shadowRoot.querySelector('.chronicle-canvas');
          window.atLive = { canvas: canvas.getBoundingClientRect().height, svg: await e.target.toSVG() };
        });
      });
      await p.route('**/chronicle.css', async (route) => {
        await new Promise((r) => setTimeout(r, 1000));
        await route.continue();
      });
    },
  });
  // The picture answers only once its tooltip has its look: after the stylesheet.
  await page.waitForFunction(() => window.readyAt);
  assert.ok((await page.evaluate(() => window.readyAt)) >= 1000, 'ready after the stylesheet came');
  await page.hover('chronicle-chart');
  await page.waitForFunction(() => window.atLive);
  // Well after: the final layout.
  await page.waitForTimeout(500);
  await nextFrame(page);
  const final = await layout(page);
  const atLive = await page.evaluate(() => window.atLive);
  const svgHeight = Number(atLive.svg.match(/<svg[^>]*\sheight="([\d.]+)/)[1]);
  assert.equal(atLive.canvas, final.canvas.height, 'the canvas when live is the final one');
  assert.equal(svgHeight, Math.round(final.stage.height), 'toSVG when live gives the final height');
  assert.deepEqual(errors, []);
  await context.close();
});

test('where the page links chronicle.css, three charts are styled by it and it is asked for once', async () => {
  // What chronicle.css gives a chart's own box (its :host rule): the ink colour, read from the file.
  const css = readFileSync(new URL('../../www/chronicle.css', import.meta.url), 'utf8');
  const ink = /:host \{[^}]*--chronicle-ink:\s*([^;]+);/.exec(css)[1].trim();
  const page3 = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="favicon.svg"><title>t</title></head><body>
<h1>An article</h1>
<link rel="stylesheet" href="chronicle.css">
<script type="module" src="chronicle-chart.js"></script>
${['party-membership', 'repression', 'gulag'].map((id) => `<chronicle-chart chart="${id}"></chronicle-chart>`).join('\n')}
</body></html>`;
  // The host lets no copy be kept (no-store): a chart linking the file again would fetch it again.
  const asked = [];
  const { page, context, errors } = await openHtml(env, 'three-styled.html', page3, {
    width: WIDTH,
    beforeLoad: async (p) => {
      p.on('request', (r) => r.url().endsWith('/chronicle.css') && r.frame().url().endsWith('/three-styled.html') && asked.push(r.url()));
      await p.route('**/chronicle.css', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'cache-control': 'no-store' } });
      });
    },
  });
  await page.waitForFunction(() => [...document.querySelectorAll('chronicle-chart')].every((e) => e.shadowRoot?.querySelector('picture, img')));
  await page.waitForTimeout(300);
  const inks = await page.evaluate(() => [...document.querySelectorAll('chronicle-chart')].map((e) => getComputedStyle(e).getPropertyValue('--chronicle-ink').trim()));
  assert.deepEqual(inks, [ink, ink, ink], 'each chart has chronicle.css');
  // And the live chart, on a reader's first use, keeps that look.
  await elementReady(page, 'chronicle-chart[chart="gulag"]');
  const title = await page.evaluate(() => getComputedStyle(document.querySelector('chronicle-chart[chart="gulag"]').shadowRoot.querySelector('.chronicle-title')).fontWeight);
  assert.equal(title, '700', 'the live chart is styled');
  assert.equal(asked.length, 1, `chronicle.css asked for ${asked.length} times`);
  assert.deepEqual(errors, []);
  await context.close();
});
