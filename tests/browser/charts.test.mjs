// What a reader checks on the demo page: both charts draw, the tallest arrests bar is 1937,
// membership falls from March 1921 to January 1924, and nothing is logged as an error.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { hexToRgb, nextFrame, openPage, setUp } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

test('the demo page loads all three charts with no console errors', async () => {
  const { page, context, errors } = await openPage(env);
  const labels = await page.$$eval('.chronicle-title', (ts) => ts.map((t) => t.textContent));
  assert.deepEqual(labels, [
    'Bolshevik party membership, 1917–1939',
    'Political repression in the USSR, 1921–1953',
    'Gulag population on 1 January, 1930–1953',
  ]);
  assert.deepEqual(errors, []);
  // The README's picture: the page as a reader sees it with the membership claims checked.
  await page.click('figure:has([data-chart="party-membership"]) button.claims-toggle');
  await nextFrame(page);
  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: 'docs/screenshot.png', fullPage: true });
  await context.close();
});

/** Columns of the canvas row `yCss` whose pixel is `rgb`: returns runs [{ x0, x1 }] in CSS px. */
function runsOfColour(page, chartId, yCss, rgb) {
  return page.evaluate(
    ({ chartId, yCss, rgb }) => {
      const { canvas } = window.chronicle.charts[chartId];
      const dpr = canvas.width / canvas.clientWidth;
      const row = canvas.getContext('2d').getImageData(0, Math.round(yCss * dpr), canvas.width, 1).data;
      const runs = [];
      let start = -1;
      for (let x = 0; x <= canvas.width; x += 1) {
        const i = x * 4;
        const hit = x < canvas.width && [0, 1, 2].every((c) => Math.abs(row[i + c] - rgb[c]) <= 6);
        if (hit && start < 0) start = x;
        if (!hit && start >= 0) {
          runs.push({ x0: start / dpr, x1: x / dpr });
          start = -1;
        }
      }
      return runs;
    },
    { chartId, yCss, rgb },
  );
}

/** Topmost CSS y in column `xCss`, within the plot, whose pixel is `rgb`; null if none. */
function topOfColour(page, chartId, xCss, rgb) {
  return page.evaluate(
    ({ chartId, xCss, rgb }) => {
      const { canvas, handle } = window.chronicle.charts[chartId];
      const dpr = canvas.width / canvas.clientWidth;
      const [, top, , bottom] = handle.plotRect();
      const y0 = Math.floor(top * dpr);
      const col = canvas.getContext('2d').getImageData(Math.round(xCss * dpr), y0, 1, Math.ceil((bottom - top) * dpr)).data;
      for (let y = 0; y < col.length / 4; y += 1) {
        if ([0, 1, 2].every((c) => Math.abs(col[y * 4 + c] - rgb[c]) <= 6)) return (y0 + y) / dpr;
      }
      return null;
    },
    { chartId, xCss, rgb },
  );
}

for (const dpr of [1, 2]) {
  test(`the tallest arrests bar is 1937, in the arrests colour (DPR ${dpr})`, async () => {
    const { page, context } = await openPage(env, '', { dpr });
    const { colour, x1937, base, bandPx } = await page.evaluate(() => {
      const { handle } = window.chronicle.charts.repression;
      return {
        colour: handle.seriesColor('arrests'),
        x1937: handle.dateToPx('1937'),
        base: handle.valueToPx(0),
        bandPx: handle.dateToPx('1938') - handle.dateToPx('1937'),
      };
    });
    const rgb = hexToRgb(colour);
    const bars = await runsOfColour(page, 'repression', base - 2, rgb);
    // Arrests are known for 1930–1940, 1942–1943 and 1945–1953: 22 bars; 1921–29, 1941, 1944 are gaps.
    assert.equal(bars.length, 22, JSON.stringify(bars));
    const heights = [];
    for (const b of bars) {
      const top = await topOfColour(page, 'repression', (b.x0 + b.x1) / 2, rgb);
      heights.push(base - top);
    }
    const tallest = bars[heights.indexOf(Math.max(...heights))];
    const centre = (tallest.x0 + tallest.x1) / 2;
    assert.ok(Math.abs(centre - x1937) < bandPx / 2, `tallest bar at ${centre}, 1937 band centred at ${x1937}`);
    await context.close();
  });
}

test('membership is higher in March 1921 than in January 1924, at the right heights', async () => {
  const { page, context } = await openPage(env);
  const at = await page.evaluate(() => {
    const { handle } = window.chronicle.charts['party-membership'];
    return {
      colour: handle.seriesColor('total'),
      x1921: handle.dateToPx('1921-03'),
      x1924: handle.dateToPx('1924-01-01'),
      y732521: handle.valueToPx(732521),
      y472000: handle.valueToPx(472000),
    };
  });
  const rgb = hexToRgb(at.colour);
  const y1921 = await topOfColour(page, 'party-membership', at.x1921, rgb);
  const y1924 = await topOfColour(page, 'party-membership', at.x1924, rgb);
  assert.ok(y1921 !== null && y1924 !== null, 'the total line is drawn at both dates');
  assert.ok(y1921 < y1924, `March 1921 at y=${y1921} should be above January 1924 at y=${y1924}`);
  // The marker's top edge sits about its radius above the value.
  assert.ok(Math.abs(y1921 - at.y732521) <= 5, `${y1921} vs ${at.y732521}`);
  assert.ok(Math.abs(y1924 - at.y472000) <= 5, `${y1924} vs ${at.y472000}`);
  await context.close();
});

test('the Russian page draws Russian titles', async () => {
  const { page, context, errors } = await openPage(env, '?lang=ru');
  const labels = await page.$$eval('.chronicle-title', (ts) => ts.map((t) => t.textContent));
  assert.deepEqual(labels, [
    'Численность ВКП(б), 1917–1939',
    'Политические репрессии в СССР, 1921–1953',
    'Численность заключённых ГУЛАГа на 1 января, 1930–1953',
  ]);
  assert.deepEqual(errors, []);
  await nextFrame(page);
  await context.close();
});
