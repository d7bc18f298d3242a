// Accessibility as a reader relying on it meets the chart: axe-core finds nothing on the demo
// and embed pages in every theme; every point of the repression chart can be walked by keyboard
// and heard in the live region; contrast measured on canvas pixels; the data table, the text
// alternative, sonification, forced colours, 320 px and 200% text.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chartCanvas, contrast, dataFile, nextFrame, openPage, outPath, readCanvas, runAxe, setUp, systemColour } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

for (const theme of ['light', 'dark', 'high-contrast']) {
  test(`axe-core finds no violations on the demo and embed pages (${theme})`, async () => {
    const { page, context } = await openPage(env, `?theme=${theme}`);
    await page.click('figure:has([data-chart="party-membership"]) button.claims-toggle');
    await page.click('[data-chart="repression"] .chronicle-table-toggle');
    await nextFrame(page);
    assert.deepEqual(await runAxe(page), []);
    await page.goto(new URL(`embed.html?chart=gulag&theme=${theme}`, env.baseUrl).href);
    await page.waitForFunction(() => document.querySelector('chronicle-chart')?.controller?.redraws > 0);
    assert.deepEqual(await runAxe(page), []);
    await context.close();
  });
}

test('the keyboard walks every point of the repression chart and the live region says each', async () => {
  const data = dataFile('repression');
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

const CHARTS = ['party-membership', 'repression', 'gulag'];
const rgbOf = (key) => key.split(',').map(Number);
const fmt = (c) => `rgb(${c.join(',')})`;

/**
 * What a reader sees on one chart's canvas, read from its pixels only: the background, the
 * tick-label text colour (the commonest colour left of the plot that is not background), the x
 * axis' colour, and each series' mark colour: taken from the pixels the plot loses when that
 * series is switched off with its legend button.
 */
async function canvasColours(page, id) {
  const read = () => readCanvas(chartCanvas(page, id));
  const pic = await read();
  const bg = pic.background();
  const axis = pic.xAxis();
  const strip = [...pic.histogram([0, 0, axis.left - 6, axis.y]).entries()]
    .filter(([k]) => contrast(rgbOf(k), bg) > 1.05)
    .sort((a, b) => b[1] - a[1]);
  const plot = [axis.left, 0, axis.right, axis.top - 1];
  const before = pic.histogram(plot);
  const marks = [];
  const buttons = page.locator(`[data-chart="${id}"] button.chronicle-legend-item`);
  for (let i = 0; i < (await buttons.count()); i += 1) {
    const name = await buttons.nth(i).textContent();
    await buttons.nth(i).click();
    await nextFrame(page);
    const after = (await read()).histogram(plot);
    await buttons.nth(i).click();
    await nextFrame(page);
    const lost = [...before.entries()]
      .filter(([k]) => contrast(rgbOf(k), bg) > 1.05)
      .map(([k, n]) => [k, n - (after.get(k) ?? 0)])
      .sort((a, b) => b[1] - a[1]);
    assert.ok(lost.length && lost[0][1] >= 20, `${id}: switching off ${name} removes pixels`);
    // A patterned bar is drawn in its colour and in the blends of its thin stripes: its mark
    // colour is the strongest of the colours it loses in bulk (≥ 40% of the commonest).
    const bulk = lost.filter(([, n]) => n >= 0.4 * lost[0][1]).map(([k]) => rgbOf(k));
    const strongest = bulk.reduce((a, b) => (contrast(b, bg) > contrast(a, bg) ? b : a));
    marks.push({ name, colour: strongest });
  }
  return { bg, text: rgbOf(strip[0][0]), axis: axis.colour, marks };
}

function assertContrast(id, c) {
  const ratio = (x) => contrast(x, c.bg).toFixed(2);
  assert.ok(contrast(c.text, c.bg) >= 4.5, `${id}: text ${fmt(c.text)} on ${fmt(c.bg)} is ${ratio(c.text)}:1`);
  assert.ok(contrast(c.axis, c.bg) >= 3, `${id}: axis ${fmt(c.axis)} is ${ratio(c.axis)}:1`);
  for (const m of c.marks) assert.ok(contrast(m.colour, c.bg) >= 3, `${id}: ${m.name} marks ${fmt(m.colour)} are ${ratio(m.colour)}:1`);
}

for (const theme of ['light', 'dark', 'high-contrast']) {
  test(`canvas contrast read from pixels: text ≥ 4.5:1, every mark and the axis ≥ 3:1 on every chart (${theme})`, async () => {
    const { page, context } = await openPage(env, `?theme=${theme}`, { dpr: 2, reducedMotion: 'reduce' });
    for (const id of CHARTS) {
      const colours = await canvasColours(page, id);
      assert.equal(colours.marks.length, dataFile(id).series.length, `${id}: a mark colour for every series`);
      assertContrast(id, colours);
    }
    await context.close();
  });
}

test('the Table button shows the data with sources and statuses; the text alternative names the extremes', async () => {
  const { page, context } = await openPage(env);
  const toggle = '[data-chart="repression"] .chronicle-table-toggle';
  await page.focus(toggle);
  await page.keyboard.press('Enter');
  // The table comes with the full module, loaded on this first press.
  await page.waitForSelector('[data-chart="repression"] .chronicle-table tbody tr');
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

test('forced colours: every chart is drawn in the system colours, with the same contrast', async () => {
  const { page, context } = await openPage(env, '', { dpr: 2, reducedMotion: 'reduce' });
  await page.emulateMedia({ forcedColors: 'active' });
  await page.waitForFunction(() => document.querySelector('.chronicle')?.dataset.theme === 'forced');
  await nextFrame(page);
  const system = await systemColour(page, 'Canvas');
  for (const id of CHARTS) {
    const colours = await canvasColours(page, id);
    assert.deepEqual(colours.bg, system, `${id}: the background is the system's Canvas colour`);
    assertContrast(id, colours);
  }
  // For a look (the README's copy is refreshed by `npm run screenshots`).
  await page.locator('figure:has([data-chart="repression"])').screenshot({ path: outPath('forced-colors.png') });
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
