// The claims layer and the sourced data as a reader meets them: a real click turns the layer on,
// the computed −35.6% and its verdict appear, the chart tints the claim's span, the range for
// 1 January 1924 is drawn, and everything speaks Russian on the Russian page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { hexToRgb, nextFrame, openPage, setUp } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

const figure = (id) => `figure:has([data-chart="${id}"])`;

/** The canvas pixel [r, g, b] at CSS (x, y) of a chart. */
function pixel(page, chartId, x, y) {
  return page.evaluate(
    ({ chartId, x, y }) => {
      const { canvas } = window.chronicle.charts[chartId];
      const dpr = canvas.width / canvas.clientWidth;
      return [...canvas.getContext('2d').getImageData(Math.round(x * dpr), Math.round(y * dpr), 1, 1).data].slice(0, 3);
    },
    { chartId, x, y },
  );
}

test('turning the claims layer on shows −35.6% and its verdict, and tints the span', async () => {
  const { page, context, errors } = await openPage(env);
  const spanPoint = () =>
    page.evaluate(() => {
      const { handle } = window.chronicle.charts['party-membership'];
      const [, , , bottom] = handle.plotRect();
      return { x: (handle.dateToPx('1921-03') + handle.dateToPx('1924-01-01')) / 2, y: bottom - 6 };
    });
  const before = await spanPoint();
  assert.deepEqual(await pixel(page, 'party-membership', before.x, before.y), [255, 255, 255]);
  await page.click(`${figure('party-membership')} button.claims-toggle`);
  await nextFrame(page);
  assert.equal(await page.getAttribute(`${figure('party-membership')} button.claims-toggle`, 'aria-pressed'), 'true');
  const items = await page.$$eval(`${figure('party-membership')} ol.claims li`, (lis) =>
    lis.map((li) => ({ verdict: li.dataset.verdict, text: li.textContent })),
  );
  const halved = items.find((i) => i.text.includes('cut in half'));
  assert.ok(halved, JSON.stringify(items));
  assert.equal(halved.verdict, 'overstated');
  assert.match(halved.text, /^overstated “By 1924, party membership was cut in half\.” Claimed: about −50%\. The data: −35\.6% /);
  assert.ok(items.some((i) => i.verdict === 'supported' && i.text.includes('−27.9%')));
  // The span lies under the plot now; its tint is no longer the white background.
  const after = await spanPoint();
  const tinted = await pixel(page, 'party-membership', after.x, after.y);
  assert.notDeepEqual(tinted, [255, 255, 255]);
  assert.ok(tinted[0] > 200 && tinted[2] < 245, `a light amber tint, got ${tinted}`);
  // Off again: the list empties and the tint goes.
  await page.click(`${figure('party-membership')} button.claims-toggle`);
  await nextFrame(page);
  assert.equal(await page.$$eval(`${figure('party-membership')} ol.claims li`, (l) => l.length), 0);
  const off = await spanPoint();
  assert.deepEqual(await pixel(page, 'party-membership', off.x, off.y), [255, 255, 255]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the repression claims name the other count and the verdicts', async () => {
  const { page, context } = await openPage(env);
  await page.click(`${figure('repression')} button.claims-toggle`);
  const items = await page.$$eval(`${figure('repression')} ol.claims li`, (lis) =>
    lis.map((li) => ({ verdict: li.dataset.verdict, text: li.textContent })),
  );
  assert.deepEqual(items.map((i) => i.verdict), ['supported', 'supported', 'not-supported']);
  assert.match(items[0].text, /The data: 1,575,259 .* Another count: 1,548,366 \(Pospelov Commission 1956\)\./);
  assert.match(items[2].text, /Claimed: more than 7,000,000\. The data: 1,344,923/);
  await context.close();
});

test('1 January 1924 is drawn as a range from 446,089 to 472,000', async () => {
  const { page, context } = await openPage(env, '', { dpr: 2 });
  // A tall chart, so the 25,911 between the two figures is several pixels.
  await page.$eval('[data-chart="party-membership"]', (el) => {
    el.style.setProperty('--chronicle-stage-height', '1400px');
    el.style.setProperty('--chronicle-stage-max-height', 'none');
  });
  await page.waitForFunction(() => {
    const { canvas } = window.chronicle.charts['party-membership'];
    return canvas.clientHeight > 1200 && canvas.clientHeight === canvas.parentElement.clientHeight;
  });
  await nextFrame(page);
  const at = await page.evaluate(() => {
    const { handle } = window.chronicle.charts['party-membership'];
    return {
      x: handle.dateToPx('1924-01-01'),
      xPlain: handle.dateToPx('1923-01-01'),
      yAlt: handle.valueToPx(446089),
      yValue: handle.valueToPx(472000),
      yPlain: handle.valueToPx(499100),
    };
  });
  assert.ok(at.yAlt - at.yValue >= 5, `range is ${at.yAlt - at.yValue}px tall`);
  const ink = hexToRgb('#1a1a1a');
  const near = (p) => p.every((c, i) => Math.abs(c - ink[i]) <= 10);
  // The whisker's lower cap, right of the marker, at 446,089.
  assert.ok(near(await pixel(page, 'party-membership', at.x + 4, at.yAlt)), 'cap at 446,089');
  // 1 January 1923 has one figure only: nothing drawn the same distance below it.
  const below = at.yPlain + (at.yAlt - at.yValue);
  assert.ok(!near(await pixel(page, 'party-membership', at.xPlain + 4, below)), 'no cap under 1923');
  await context.close();
});

test('the Russian page checks the claims in Russian and lists sources', async () => {
  const { page, context, errors } = await openPage(env, '?lang=ru');
  const button = `${figure('party-membership')} button.claims-toggle`;
  assert.equal(await page.textContent(button), 'Проверить утверждения эссе');
  await page.click(button);
  const texts = await page.$$eval(`${figure('party-membership')} ol.claims li`, (lis) => lis.map((li) => li.textContent));
  const halved = texts.find((t) => t.includes('вдвое'));
  assert.ok(halved?.startsWith('преувеличено «К 1924 году численность партии сократилась вдвое.»'), halved);
  assert.ok(halved.includes('−35,6\u00a0%'), halved);
  await page.click(`${figure('party-membership')} details.sources summary`);
  const sources = await page.$$eval(`${figure('party-membership')} details.sources li`, (lis) => lis.map((li) => li.textContent));
  assert.ok(sources.some((s) => s.startsWith('T. H. Rigby, Communist Party Membership in the U.S.S.R. 1917–1967')), sources.join('\n'));
  assert.deepEqual(errors, []);
  await context.close();
});
