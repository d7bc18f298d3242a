// What a reader checks on the demo page, against the data files and the canvas pixels (never the
// chart's own read-outs): the titles, one arrests bar per known year at heights in proportion to
// the data with 1937 the tallest, and membership marks at heights in the ratio of the figures.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { barsOf, chartCanvas, dataFile, hexToRgb, keyboardFocus, openPage, readCanvas, setUp, toPage } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

for (const lang of ['en', 'ru']) {
  test(`the demo page (${lang}) draws the three charts with the data files' titles and no console errors`, async () => {
    const { page, context, errors } = await openPage(env, `?lang=${lang}`);
    const labels = await page.$$eval('.chronicle-title', (ts) => ts.map((t) => t.textContent));
    assert.deepEqual(
      labels,
      ['party-membership', 'repression', 'gulag'].map((id) => dataFile(id).title[lang]),
    );
    assert.deepEqual(errors, []);
    await context.close();
  });
}

const repression = dataFile('repression');
const arrests = repression.series.find((s) => s.id === 'arrests');

for (const dpr of [1, 2]) {
  test(`arrests bars: one per known year, heights in proportion to the data, the tallest is 1937 (DPR ${dpr})`, async () => {
    const { page, context } = await openPage(env, '', { dpr });
    // The bars' colour is the data file's; the years and values are the data file's too.
    const known = arrests.points.filter((p) => p.value !== null);
    const { bars } = await barsOf(page, 'repression', hexToRgb(arrests.color));
    // Arrests are known for 1930–1940, 1942–1943 and 1945–1953: 22 bars; 1921–29, 1941, 1944 are gaps.
    assert.equal(bars.length, known.length, JSON.stringify(bars));
    assert.equal(known.length, 22);
    const tallest = Math.max(...bars.map((b) => b.height));
    const max = Math.max(...known.map((p) => p.value));
    for (const [i, b] of bars.entries()) {
      const expected = (known[i].value / max) * tallest;
      assert.ok(Math.abs(b.height - expected) <= 1.5, `${known[i].date}: bar ${b.height.toFixed(1)} px, data says ${expected.toFixed(1)} px`);
    }
    // The reader's check: the tallest bar, hovered with the mouse, says 1937 and 936,750.
    const bar = bars.find((b) => b.height === tallest);
    const stage = page.locator('[data-chart="repression"] .chronicle-stage');
    const p = await toPage(stage, (bar.x0 + bar.x1) / 2, bar.top + bar.height / 2);
    await page.mouse.move(p.x, p.y);
    const tip = page.locator('[data-chart="repression"] .chronicle-tooltip');
    await tip.waitFor({ state: 'visible' });
    assert.match(await tip.innerText(), /^1937\nArrests by the security organs\n936,750\n/);
    await context.close();
  });
}

/** Walks the membership chart's total to its point number `steps` with the keyboard. */
async function outlinedPoint(page, steps, heard) {
  const at = await keyboardFocus(page, 'party-membership', ['Home', ...Array(steps).fill('ArrowRight')]);
  assert.match(at.live, heard);
  assert.ok(at.x !== null, 'the overlay marks the point');
  return at;
}

test('membership: March 1921 and 1 January 1924 are drawn at heights in the ratio 732,521 : 472,000', async () => {
  const { page, context } = await openPage(env);
  const total = dataFile('party-membership').series.find((s) => s.id === 'total');
  const value = (d) => total.points.find((p) => p.date === d).value;
  const index = (d) => total.points.findIndex((p) => p.date === d);
  const march1921 = await outlinedPoint(page, index('1921-03'), /, March 1921: 732,521\./);
  const jan1924 = await outlinedPoint(page, index('1924-01-01'), /, January 1, 1924: 472,000\./);
  const pic = await readCanvas(chartCanvas(page, 'party-membership'));
  const axis = pic.xAxis();
  // The marks are drawn where the outline says, in the total's colour (from the data file).
  const ink = hexToRgb(total.color);
  for (const m of [march1921, jan1924]) assert.ok(pic.top(m.x, ink, m.y - 8, m.y + 8) !== null, `a total mark at ${m.x},${m.y}`);
  const [h1921, h1924] = [axis.y - march1921.y, axis.y - jan1924.y];
  assert.ok(h1921 > h1924, `March 1921 (${h1921} px) stands above January 1924 (${h1924} px)`);
  const ratio = h1921 / h1924;
  const expected = value('1921-03') / value('1924-01-01');
  // One pixel of rounding at each end.
  const tolerance = expected * (1 / h1921 + 1 / h1924) * 1.5;
  assert.ok(Math.abs(ratio - expected) <= tolerance, `heights ${h1921}:${h1924} = ${ratio.toFixed(3)}, data ${expected.toFixed(3)}`);
  // Time runs linearly: March 1921 → 1 January 1924 is 2.8 years; 1 January 1923 → 1924 is one.
  const jan1923 = await outlinedPoint(page, index('1923-01-01'), /, January 1, 1923: 499,100\./);
  const years = (jan1924.x - march1921.x) / (jan1924.x - jan1923.x);
  assert.ok(Math.abs(years - (1924 - (1921 + 2.5 / 12))) < 0.1, `${years.toFixed(2)} years between the marks`);
  await context.close();
});
