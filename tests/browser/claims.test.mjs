// The claims layer and the sourced data as a reader meets them: a real click turns the layer on,
// the computed −35.6% and its verdict appear, the chart tints the claim's span, the range for
// 1 January 1924 is drawn beside its point, and everything speaks Russian on the Russian page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chartCanvas, dataFile, hexToRgb, keyboardFocus, near, nextFrame, openPage, readCanvas, setUp } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

const figure = (id) => `figure:has([data-chart="${id}"])`;

const total = dataFile('party-membership').series.find((s) => s.id === 'total');
const step = (date) => total.points.findIndex((p) => p.date === date);
/** Where the overlay marks the total's point `date` after walking to it with the keyboard. */
async function mark(page, date) {
  const at = await keyboardFocus(page, 'party-membership', ['Home', ...Array(step(date)).fill('ArrowRight')]);
  assert.ok(at.x !== null, `the overlay marks ${date}: ${at.live}`);
  return at;
}
const canvas = (page) => readCanvas(chartCanvas(page, 'party-membership'));

test('turning the claims layer on shows −35.6% and its verdict, and tints the span', async () => {
  const { page, context, errors } = await openPage(env);
  // A point just above the x axis, halfway between March 1921 and 1 January 1924 (the claim's span).
  const spanPoint = async () => {
    const [from, to] = [await mark(page, '1921-03'), await mark(page, '1924-01-01')];
    const pic = await canvas(page);
    return pic.at((from.x + to.x) / 2, pic.xAxis().top - 6);
  };
  const background = (await canvas(page)).background();
  assert.deepEqual(await spanPoint(), background);
  await page.click(`${figure('party-membership')} button.claims-toggle`);
  await nextFrame(page);
  assert.equal(await page.getAttribute(`${figure('party-membership')} button.claims-toggle`, 'aria-pressed'), 'true');
  const items = await page.$$eval(`${figure('party-membership')} ol.claims li`, (lis) =>
    lis.map((li) => ({ verdict: li.dataset.verdict, text: li.textContent })),
  );
  const halved = items.find((i) => i.text.includes('cut in half'));
  assert.ok(halved, JSON.stringify(items));
  assert.equal(halved.verdict, 'overstated');
  // −35.6% is (472,000 − 732,521) / 732,521, from the data file.
  const change = ((total.points[step('1924-01-01')].value - total.points[step('1921-03')].value) / total.points[step('1921-03')].value) * 100;
  assert.equal(change.toFixed(1), '-35.6');
  assert.match(halved.text, /^overstated “By 1924, party membership was cut in half\.” Claimed: about −50%\. The data: −35\.6% /);
  assert.ok(items.some((i) => i.verdict === 'supported' && i.text.includes('−27.9%')));
  // The span's tint is no longer the background.
  const tinted = await spanPoint();
  assert.notDeepEqual(tinted, background);
  assert.ok(tinted[0] > 200 && tinted[2] < 245, `a light amber tint, got ${tinted}`);
  // Off again: the list empties and the tint goes.
  await page.click(`${figure('party-membership')} button.claims-toggle`);
  await nextFrame(page);
  assert.equal(await page.$$eval(`${figure('party-membership')} ol.claims li`, (l) => l.length), 0);
  assert.deepEqual(await spanPoint(), background);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the repression claims name the other count and the verdicts', async () => {
  const { page, context } = await openPage(env);
  await page.click(`${figure('repression')} button.claims-toggle`);
  const items = await page.$$eval(`${figure('repression')} ol.claims li`, (lis) =>
    lis.map((li) => ({ verdict: li.dataset.verdict, text: li.textContent })),
  );
  assert.deepEqual(items.map((i) => i.verdict), ['supported', 'supported', 'uncheckable']);
  assert.match(items[0].text, /The data: 1,575,259 .* Another count: 1,548,366 \(Pospelov Commission 1956\)\./);
  // The essay's whole sentence, the verdict that these data cannot decide it, why, and the
  // figure for comparison only.
  assert.match(items[2].text, /^cannot be checked with these data “Aside from the NKVD arrests, Soviet courts convicted more than 7 million people between 1937 and …” Verdict: cannot be checked with these data\. The essay's sentence is cut off/);
  assert.match(items[2].text, /For comparison only: 1,344,923 \(Convictions for 'counter-revolutionary crimes', 1937–1938\)\.$/);
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
  // The scale from what is drawn: the 472,000 mark's height above the x axis.
  const jan1924 = await mark(page, '1924-01-01');
  const jan1923 = await mark(page, '1923-01-01');
  const pic = await canvas(page);
  const axis = pic.xAxis();
  const perUnit = (axis.y - jan1924.y) / 472000;
  const alternative = total.points[step('1924-01-01')].alt[0].value;
  assert.equal(alternative, 446089, 'the data file keeps 446,089 as the other figure');
  const yAlt = axis.y - alternative * perUnit;
  assert.ok(yAlt - jan1924.y >= 5, `range is ${yAlt - jan1924.y}px tall`);
  // A range mark: a thin line in the muted text colour (the light theme's #555), beside the
  // marker rather than over it, with a tick at each end.
  const muted = hexToRgb('#555555');
  const nearMuted = (x, y) => [-1, 0, 1].some((dy) => [-1, 0, 1].some((dx) => near(pic.at(x + dx, y + dy), muted, 24)));
  // Its lower tick, 9 px right of the marker's centre, at 446,089; its line runs up to 472,000.
  assert.ok(nearMuted(jan1924.x + 9, yAlt), 'tick at 446,089');
  assert.ok(nearMuted(jan1924.x + 9, (yAlt + jan1924.y) / 2), 'the range between the figures');
  // 1 January 1923 has one figure only: nothing drawn the same distance below it.
  const below = jan1923.y + (yAlt - jan1924.y);
  assert.ok(!nearMuted(jan1923.x + 9, below), 'no range mark beside 1923');
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
