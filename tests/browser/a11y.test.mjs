// Accessibility as a reader relying on it meets the chart: axe-core finds nothing on the demo
// and embed pages in every theme; every point of the repression chart can be walked by keyboard
// and heard in the live region; contrast measured on canvas pixels; the data table, the text
// alternative, sonification, forced colours, 320 px and 200% text.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { nextFrame, openPage, setUp } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/** Runs axe-core in the page (served from the page's own origin, so the strict CSP allows it). */
async function axe(page) {
  await page.route('**/__axe.js', (r) => r.fulfill({ body: AXE, contentType: 'text/javascript' }));
  await page.addScriptTag({ url: '/__axe.js' });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

for (const theme of ['light', 'dark', 'high-contrast']) {
  test(`axe-core finds no violations on the demo and embed pages (${theme})`, async () => {
    const { page, context } = await openPage(env, `?theme=${theme}`);
    await page.click('figure:has([data-chart="party-membership"]) button.claims-toggle');
    await page.click('[data-chart="repression"] .chronicle-table-toggle');
    await nextFrame(page);
    assert.deepEqual(await axe(page), []);
    await page.goto(new URL(`embed.html?chart=gulag&theme=${theme}`, env.baseUrl).href);
    await page.waitForFunction(() => document.querySelector('chronicle-chart')?.controller?.redraws > 0);
    assert.deepEqual(await axe(page), []);
    await context.close();
  });
}

test('the keyboard walks every point of the repression chart and the live region says each', async () => {
  const data = JSON.parse(readFileSync(new URL('../../data/repression.json', import.meta.url), 'utf8'));
  const { page, context } = await openPage(env);
  await page.focus('[data-chart="repression"] .chronicle-stage');
  const live = '[data-chart="repression"] .chronicle-live';
  const fmt = (v) => (v === null ? 'no data' : v.toLocaleString('en-US'));
  let heard = 0;
  for (const [k, series] of data.series.entries()) {
    const forward = k % 2 === 0;
    const points = forward ? series.points : [...series.points].reverse();
    for (const [i, p] of points.entries()) {
      if (!(k === 0 && i === 0)) await page.keyboard.press(i === 0 ? 'ArrowDown' : forward ? 'ArrowRight' : 'ArrowLeft');
      else await page.keyboard.press('ArrowRight');
      const text = await page.textContent(live);
      assert.ok(text.startsWith(`${series.name.en}, ${p.date}: ${fmt(p.value)}.`), `${text} ≠ ${series.name.en} ${p.date}`);
      heard += 1;
    }
  }
  assert.equal(heard, 99);
  await context.close();
});

/** WCAG contrast of two [r, g, b]. */
function contrast(a, b) {
  const lum = ([r, g, bl]) =>
    [r, g, bl]
      .map((c) => c / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((s, c, i) => s + c * [0.2126, 0.7152, 0.0722][i], 0);
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

for (const theme of ['light', 'dark', 'high-contrast']) {
  test(`canvas contrast: text ≥ 4.5:1, marks and axes ≥ 3:1 (${theme})`, async () => {
    const { page, context } = await openPage(env, `?theme=${theme}`, { dpr: 2 });
    const read = await page.evaluate(() => {
      const { canvas, handle } = window.chronicle.charts.repression;
      const dpr = canvas.width / canvas.clientWidth;
      const ctx = canvas.getContext('2d');
      const px = (x, y) => [...ctx.getImageData(Math.round(x * dpr), Math.round(y * dpr), 1, 1).data].slice(0, 3);
      const [left, top, right, bottom] = handle.plotRect();
      // The tick labels' strip: the most common colour that is not the background is the text.
      const strip = ctx.getImageData(0, Math.round(top * dpr), Math.round((left - 6) * dpr), Math.round((bottom - top) * dpr)).data;
      const bg = px(2, 2);
      const counts = new Map();
      for (let i = 0; i < strip.length; i += 4) {
        const c = [strip[i], strip[i + 1], strip[i + 2]];
        if (c.every((v, k) => Math.abs(v - bg[k]) < 8)) continue;
        const key = c.join(',');
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const text = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0].split(',').map(Number);
      const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
      const series = ['arrests', 'convictions', 'death-sentences'].map((id) => hex(handle.seriesColor(id)));
      const bar = px(handle.dateToPx('1937') - (handle.dateToPx('1938') - handle.dateToPx('1937')) * 0.3, handle.valueToPx(400000));
      const axis = px((left + right) / 2 + 0.5, bottom);
      return { bg, text, series, bar, axis };
    });
    assert.ok(contrast(read.text, read.bg) >= 4.5, `text ${read.text} on ${read.bg}: ${contrast(read.text, read.bg).toFixed(2)}`);
    for (const s of read.series) assert.ok(contrast(s, read.bg) >= 3, `series ${s}: ${contrast(s, read.bg).toFixed(2)}`);
    assert.deepEqual(read.bar, read.series[0], 'the 1937 arrests bar is drawn in the checked colour');
    assert.ok(contrast(read.axis, read.bg) >= 3, `axis ${read.axis}: ${contrast(read.axis, read.bg).toFixed(2)}`);
    await context.close();
  });
}

test('the Table button shows the data with sources and statuses; the text alternative names the extremes', async () => {
  const { page, context } = await openPage(env);
  const toggle = '[data-chart="repression"] .chronicle-table-toggle';
  await page.focus(toggle);
  await page.keyboard.press('Enter');
  const row = await page.$$eval('[data-chart="repression"] .chronicle-table tbody tr', (trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent)).find((r) => r[0] === '1937'),
  );
  assert.deepEqual(row.slice(0, 3), ['1937', '936,750', 'archival document; USSR MVD certificate, 1953']);
  assert.equal(await page.getAttribute(toggle, 'aria-pressed'), 'true');
  const desc = await page.evaluate(() => {
    const stage = document.querySelector('[data-chart="party-membership"] .chronicle-stage');
    return stage
      .getAttribute('aria-describedby')
      .split(' ')
      .map((id) => document.getElementById(id).textContent)
      .join(' ');
  });
  assert.match(desc, /fell 35\.6% from 732,521 \(March 1921\) to 472,000 \(January 1, 1924\)/);
  await context.close();
});

test('Listen plays the series and speaks each year; Stop ends it', async () => {
  const { page, context } = await openPage(env);
  const listen = '[data-chart="repression"] .chronicle-listen';
  const live = '[data-chart="repression"] .chronicle-live';
  await page.click('[data-chart="repression"] button[data-series="convictions"]');
  await page.click('[data-chart="repression"] button[data-series="death-sentences"]');
  await page.click(listen);
  assert.equal(await page.textContent(listen), 'Stop');
  await page.waitForFunction((s) => document.querySelector(s).textContent.includes(', 1921: no data'), live);
  await page.waitForFunction((s) => document.querySelector(s).textContent.includes(', 1923: no data'), live);
  await page.click(listen);
  assert.equal(await page.textContent(listen), 'Listen');
  const stopped = await page.textContent(live);
  await page.waitForTimeout(700);
  assert.equal(await page.textContent(live), stopped, 'nothing more is announced after Stop');
  await context.close();
});

test('forced colours: the chart is drawn in the system colours (screenshot in docs/)', async () => {
  const { page, context } = await openPage(env);
  await page.emulateMedia({ forcedColors: 'active' });
  await page.waitForTimeout(100);
  await nextFrame(page);
  const { bg, inked } = await page.evaluate(() => {
    const { canvas } = window.chronicle.charts.repression;
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    const bg = [...data.slice(0, 3)];
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - bg[0]) + Math.abs(data[i + 1] - bg[1]) + Math.abs(data[i + 2] - bg[2]) > 200) inked += 1;
    return { bg, inked };
  });
  const system = await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'Canvas';
    document.body.append(probe);
    return getComputedStyle(probe).color.match(/\d+/g).slice(0, 3).map(Number);
  });
  assert.deepEqual(bg, system);
  assert.ok(inked > 2000, `${inked} strongly inked pixels`);
  mkdirSync('docs', { recursive: true });
  await (await page.$('figure:has([data-chart="repression"])')).screenshot({ path: 'docs/forced-colors.png' });
  await context.close();
});

test('at 320 px wide and with text at 200% nothing needs horizontal scrolling', async () => {
  const { page, context } = await openPage(env, '', { width: 320, height: 800 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(await overflow(), 0);
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
  await nextFrame(page);
  assert.equal(await overflow(), 0);
  const offscreen = await page.$$eval('.chronicle button', (bs) => bs.filter((b) => b.getBoundingClientRect().right > innerWidth + 1).length);
  assert.equal(offscreen, 0);
  await context.close();
});
