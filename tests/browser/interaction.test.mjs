// Interaction through real input events (mouse, wheel, keyboard, touch), checked the way a
// reader checks it: the tooltip's words, the pixels that appear or go, the range read-out, the
// live region, and the other chart's cursor. Where things are comes from the canvas pixels and
// what they mean from the data files; never from the chart's own scales.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { barsOf, chartCanvas, chartOverlay, dataFile, hexToRgb, nextFrame, openPage, readCanvas, setUp, toPage } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

const stageOf = (id) => `[data-chart="${id}"] .chronicle-stage`;
const repression = dataFile('repression');
const seriesOf = (id) => repression.series.find((s) => s.id === id);
const arrests = seriesOf('arrests');
const arrestYears = arrests.points.filter((p) => p.value !== null).map((p) => Number(p.date));
const range = (page) => page.textContent('[data-chart="repression"] .chronicle-range');
const live = (page, id = 'repression') => page.textContent(`[data-chart="${id}"] .chronicle-live`);
const tooltip = (page, id = 'repression') => page.locator(`[data-chart="${id}"] .chronicle-tooltip`);

/** The arrests bars on the canvas, each with the year the data file gives it (bars are in date order). */
async function arrestBars(page) {
  const found = await barsOf(page, 'repression', hexToRgb(arrests.color));
  assert.equal(found.bars.length, arrestYears.length, 'one arrests bar per known year');
  return { ...found, bars: found.bars.map((b, i) => ({ ...b, year: arrestYears[i], cx: (b.x0 + b.x1) / 2 })) };
}

/** Hovers CSS (x, y) of chart `id` with the mouse and returns the tooltip's text. */
async function hover(page, id, x, y) {
  const p = await toPage(page.locator(stageOf(id)), x, y);
  await page.mouse.move(p.x, p.y);
  await tooltip(page, id).waitFor({ state: 'visible' });
  return tooltip(page, id).innerText();
}

/** Years "1936–1939" of the range read-out as [from, to]; [] when not zoomed. */
async function rangeYears(page) {
  const text = await range(page);
  return text ? text.split('–').map(Number) : [];
}

test('hovering the 1937 arrests bar shows 936,750 and its source', async () => {
  const { page, context, errors } = await openPage(env);
  const { bars } = await arrestBars(page);
  const bar = bars.find((b) => b.year === 1937);
  const text = await hover(page, 'repression', bar.cx, bar.top + bar.height / 2);
  assert.match(text, /^1937\nArrests by the security organs\n936,750\n/);
  assert.match(text, /Source: USSR MVD certificate, 1953/);
  // The tooltip stays inside the widget.
  const [tipBox, stageBox] = [await tooltip(page).boundingBox(), await page.locator(stageOf('repression')).boundingBox()];
  assert.ok(tipBox.x >= stageBox.x && tipBox.x + tipBox.width <= stageBox.x + stageBox.width + 0.5);
  await page.mouse.move(5, 5);
  await tooltip(page).waitFor({ state: 'hidden' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the tooltip is page text: its words can be selected with the mouse', async () => {
  const { page, context } = await openPage(env);
  const { bars } = await arrestBars(page);
  const bar = bars.find((b) => b.year === 1937);
  await hover(page, 'repression', bar.cx, bar.top + bar.height / 2);
  const value = await page.locator('[data-chart="repression"] .chronicle-tooltip-value').boundingBox();
  const heading = await page.locator('[data-chart="repression"] .chronicle-tooltip strong').boundingBox();
  // Press at the heading's start, drag to the end of the value line, as a reader copying it would.
  await page.mouse.move(heading.x + 1, heading.y + heading.height / 2);
  await page.mouse.down();
  await page.mouse.move(value.x + value.width - 1, value.y + value.height / 2, { steps: 5 });
  await page.mouse.up();
  const selected = await page.evaluate(() => window.getSelection().toString());
  assert.match(selected, /1937\s+Arrests by the security organs\s+936,75/);
  assert.equal(await tooltip(page).isVisible(), true, 'selecting keeps the tooltip up');
  await context.close();
});

/** The highest point (CSS y) of `rgb` across the plot, and the axis. */
async function topOf(page, id, rgb) {
  const pic = await readCanvas(chartCanvas(page, id));
  const axis = pic.xAxis();
  let top = Infinity;
  for (let x = axis.left; x < axis.right; x += 1) top = Math.min(top, pic.top(x, rgb, 0, axis.top) ?? Infinity);
  return { top, axis, count: pic.count((p) => [0, 1, 2].every((i) => Math.abs(p[i] - rgb[i]) <= 6), [axis.left, 0, axis.right, axis.top]) };
}

test('toggling a series in the legend removes its pixels and the axis rescales to what is left', async () => {
  const { page, context } = await openPage(env, '', { reducedMotion: 'reduce' });
  const blue = hexToRgb(arrests.color);
  const orange = hexToRgb(seriesOf('convictions').color);
  const before = { arrests: await topOf(page, 'repression', blue), convictions: await topOf(page, 'repression', orange) };
  assert.ok(before.arrests.count > 500);
  const button = '[data-chart="repression"] button[data-series="arrests"]';
  await page.click(button);
  assert.equal(await page.getAttribute(button, 'aria-pressed'), 'false');
  await nextFrame(page);
  assert.equal((await topOf(page, 'repression', blue)).count, 0);
  // The y axis follows what is shown: the tallest convictions bar now reaches (nearly) the top
  // the tallest arrests bar reached, so it is drawn taller in the ratio of the two maxima.
  const after = await topOf(page, 'repression', orange);
  const h = (t) => t.axis.y - t.top;
  const maxOf = (s) => Math.max(...s.points.map((p) => p.value ?? 0));
  assert.ok(h(after) > h(before.convictions) * 1.1, `convictions ${h(before.convictions)} px → ${h(after)} px`);
  assert.ok(
    Math.abs(h(before.convictions) / h(before.arrests) - maxOf(seriesOf('convictions')) / maxOf(arrests)) < 0.02,
    'before, the tallest bars stand in the ratio of the maxima',
  );
  // Keyboard: Space on the focused button brings the series back.
  await page.focus(button);
  await page.keyboard.press('Space');
  await nextFrame(page);
  assert.ok((await topOf(page, 'repression', blue)).count > 500);
  assert.equal(await page.getAttribute(button, 'aria-pressed'), 'true');
  await context.close();
});

test('wheel-zooming to 1936–1939 draws those years only; double-click resets', async () => {
  const { page, context } = await openPage(env, '', { reducedMotion: 'reduce' });
  const { bars, axis } = await arrestBars(page);
  assert.deepEqual(await rangeYears(page), []);
  const bar1938 = bars.find((b) => b.year === 1938);
  const p = await toPage(page.locator(stageOf('repression')), bar1938.x0, axis.y / 2);
  await page.mouse.click(p.x, p.y); // focus the chart, as a reader would before scrolling on it
  // One notch-less trackpad sweep about the start of 1938.
  await page.mouse.wheel(0, -645.6);
  await page.waitForFunction(() => document.querySelector('[data-chart="repression"] .chronicle-range').textContent !== '');
  await nextFrame(page);
  assert.equal(await range(page), '1936–1939');
  assert.equal(await page.isVisible('[data-chart="repression"] .chronicle-reset'), true);
  // What is drawn: one arrests bar for each of 1936–1939, and the plot's edges are those years.
  const zoomed = await barsOf(page, 'repression', hexToRgb(arrests.color));
  assert.equal(zoomed.bars.length, 4, JSON.stringify(zoomed.bars));
  assert.match(await hover(page, 'repression', zoomed.axis.left + 3, zoomed.axis.y - 3), /^1936\n/);
  assert.match(await hover(page, 'repression', zoomed.axis.right - 3, zoomed.axis.y - 3), /^1939\n/);
  await page.mouse.dblclick(p.x, p.y);
  await page.waitForFunction(() => document.querySelector('[data-chart="repression"] .chronicle-reset').hidden);
  await nextFrame(page);
  assert.deepEqual(await rangeYears(page), []);
  assert.equal((await barsOf(page, 'repression', hexToRgb(arrests.color))).bars.length, arrestYears.length);
  await context.close();
});

test('the page scrolls past a chart that does not have focus; with Ctrl the wheel zooms it', async () => {
  const { page, context } = await openPage(env, '', { reducedMotion: 'reduce' });
  const stage = page.locator(stageOf('repression'));
  const at = await toPage(stage, 400, 200);
  await page.mouse.move(at.x, at.y);
  const y0 = await page.evaluate(() => scrollY);
  await page.mouse.wheel(0, 300);
  await page.waitForFunction((y) => scrollY > y, y0);
  assert.equal(await page.isVisible('[data-chart="repression"] .chronicle-hint'), true, 'a hint says how to zoom');
  assert.deepEqual(await rangeYears(page), []);
  // Ctrl + wheel (what a trackpad pinch sends) zooms the chart without focusing it first.
  const at2 = await toPage(stage, 400, 200);
  await page.mouse.move(at2.x, at2.y);
  const y1 = await page.evaluate(() => scrollY);
  assert.notEqual(await page.evaluate(() => document.activeElement?.className), 'chronicle-stage');
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await page.waitForFunction(() => document.querySelector('[data-chart="repression"] .chronicle-range').textContent !== '');
  const [from, to] = await rangeYears(page);
  assert.ok(from > 1921 && to < 1953 && from < to, `${from}–${to}`);
  assert.equal(await page.evaluate(() => scrollY), y1, 'the page did not scroll');
  await context.close();
});

test('dragging a zoomed chart pans it back in time', async () => {
  const { page, context } = await openPage(env, '', { reducedMotion: 'reduce' });
  await page.focus(stageOf('repression'));
  for (const key of ['+', '+']) {
    await page.keyboard.press(key);
    await nextFrame(page);
  }
  const [from, to] = await rangeYears(page);
  assert.ok(from > 1921 && to < 1953, `${from}–${to}`);
  // Press on the tick labels under the axis, where hovering raises no tooltip to press on.
  const axis = (await readCanvas(chartCanvas(page, 'repression'))).xAxis();
  const start = await toPage(page.locator(stageOf('repression')), 300, axis.y + 12);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 300, start.y, { steps: 10 });
  await page.mouse.up();
  await nextFrame(page);
  const [from2, to2] = await rangeYears(page);
  assert.ok(from2 < from && to2 < to, `${from}–${to} → ${from2}–${to2}`);
  assert.ok(Math.abs(to2 - from2 - (to - from)) <= 1, `panning keeps the span (years are rounded): ${from}–${to} → ${from2}–${to2}`);
  await context.close();
});

test('keys: Home, → and ↓/↑ walk points and series; + and − zoom; Esc resets', async () => {
  const { page, context } = await openPage(env, '', { reducedMotion: 'reduce' });
  await page.focus(stageOf('repression'));
  const say = (series, i) => {
    const p = seriesOf(series).points[i];
    return `${seriesOf(series).name.en}, ${p.date}: ${p.value === null ? 'no data' : p.value.toLocaleString('en-US')}.`;
  };
  await page.keyboard.press('ArrowRight');
  assert.ok((await live(page)).startsWith(say('arrests', 0)));
  for (let i = 0; i < 16; i += 1) await page.keyboard.press('ArrowRight');
  assert.equal(await live(page), 'Arrests by the security organs, 1937: 936,750. archival document. Source: USSR MVD certificate, 1953.');
  await page.keyboard.press('ArrowLeft');
  assert.ok((await live(page)).startsWith(say('arrests', 15)));
  await page.keyboard.press('ArrowDown');
  assert.ok((await live(page)).startsWith(say('convictions', 15)));
  await page.keyboard.press('ArrowUp');
  assert.ok((await live(page)).startsWith(say('arrests', 15)), '↑ goes back to the series above');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  const last = seriesOf('convictions').points.length - 1;
  assert.ok((await live(page)).startsWith(say('convictions', last)));
  await page.keyboard.press('PageUp');
  assert.ok((await live(page)).startsWith(say('convictions', last - 5)));
  await page.keyboard.press('Home');
  assert.ok((await live(page)).startsWith(say('convictions', 0)), 'Home goes to the first point');
  // Zoom in twice, out once: the range read-out widens again; Esc shows everything.
  await page.keyboard.press('Escape');
  for (const key of ['+', '+', '+']) {
    await page.keyboard.press(key);
    await nextFrame(page);
  }
  const [a, b] = await rangeYears(page);
  await page.keyboard.press('-');
  await nextFrame(page);
  const [c, d] = await rangeYears(page);
  assert.ok(a > 1921 && b < 1953 && c !== undefined, `zoomed to ${a}–${b}, then ${c}–${d}`);
  assert.ok(c <= a && d >= b && d - c > b - a, `− widens ${a}–${b} to ${c}–${d}`);
  await page.keyboard.press('Escape');
  await nextFrame(page);
  assert.deepEqual(await rangeYears(page), []);
  assert.equal(await page.isHidden('[data-chart="repression"] .chronicle-reset'), true);
  await context.close();
});

test('] and [ step through the chart\'s events in date order', async () => {
  const { page, context } = await openPage(env);
  const events = dataFile('events')
    .filter((e) => e.charts.includes('repression'))
    .sort((x, y) => (x.date < y.date ? -1 : 1));
  await page.focus(stageOf('repression'));
  await page.keyboard.press(']');
  assert.ok((await live(page)).includes(events[0].title.en), await live(page));
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  assert.ok((await live(page)).includes(events[2].title.en), await live(page));
  await page.keyboard.press('[');
  assert.ok((await live(page)).includes(events[1].title.en), await live(page));
  assert.match(await live(page), /^Event, /);
  assert.equal(await tooltip(page).isVisible(), true);
  await context.close();
});

test('hovering one chart marks the same year on the others', async () => {
  const { page, context } = await openPage(env);
  const { bars, axis } = await arrestBars(page);
  const overlayInk = async (x0, x1) => {
    const pic = await readCanvas(chartOverlay(page, 'repression'));
    return pic.count((p) => p[3] > 0, [x0, axis.y / 2 - 1, x1, axis.y / 2 + 1]) > 0;
  };
  // Hover the membership chart well inside 1930–1940, read the year it reports.
  const membership = await readCanvas(chartCanvas(page, 'party-membership'));
  const mAxis = membership.xAxis();
  const text = await hover(page, 'party-membership', mAxis.left + (mAxis.right - mAxis.left) * 0.75, mAxis.y / 2);
  const year = Number(text.match(/(19\d\d)/)[1]);
  // Dates are written as the browser's Intl writes them for the page's language.
  const heading = text.split('\n')[0];
  const intl = await page.evaluate((y) => new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(y, 0, 1)), year);
  assert.equal(heading, intl);
  const bar = bars.find((b) => b.year === year);
  assert.ok(bar, `an arrests bar for ${year}`);
  const band = bars[1].cx - bars[0].cx;
  assert.equal(await overlayInk(bar.cx - band / 2, bar.cx + band / 2), true, `the repression chart marks ${year}`);
  const other = bars.find((b) => Math.abs(b.year - year) >= 3);
  assert.equal(await overlayInk(other.cx - band / 3, other.cx + band / 3), false, `and not ${other.year}`);
  await context.close();
});

test('a tap on a touch screen shows the tooltip; a double tap resets the zoom', async () => {
  const { page, context } = await openPage(env, '', { hasTouch: true, width: 412, height: 915, reducedMotion: 'reduce' });
  // On a phone the smallest bars are under two pixels: find the tallest, which the data says is 1937.
  const { bars } = await barsOf(page, 'repression', hexToRgb(arrests.color));
  const bar = bars.reduce((a, b) => (b.height > a.height ? b : a));
  const max = arrests.points.reduce((a, b) => ((b.value ?? 0) > (a.value ?? 0) ? b : a));
  const p = await toPage(page.locator(stageOf('repression')), (bar.x0 + bar.x1) / 2, bar.top + bar.height / 2);
  await page.touchscreen.tap(p.x, p.y);
  await tooltip(page).waitFor({ state: 'visible' });
  assert.ok((await tooltip(page).innerText()).startsWith(`${max.date}\n`));
  // Legend buttons are touch targets of at least 44 px.
  const heights = await page.$$eval('.chronicle-legend-item', (bs) => bs.map((b) => b.getBoundingClientRect().height));
  assert.ok(heights.every((h) => h >= 44), heights.join(','));
  // Zoom with the keyboard, then a double tap shows everything again.
  await page.focus(stageOf('repression'));
  await page.keyboard.press('+');
  await nextFrame(page);
  assert.notDeepEqual(await rangeYears(page), []);
  const q = await toPage(page.locator(stageOf('repression')), 40, 60);
  await page.touchscreen.tap(q.x, q.y);
  await page.touchscreen.tap(q.x, q.y);
  await page.waitForFunction(() => document.querySelector('[data-chart="repression"] .chronicle-reset').hidden);
  assert.deepEqual(await rangeYears(page), []);
  await context.close();
});

test('the event markers under the axis tell their events, in date order left to right', async () => {
  const { page, context } = await openPage(env);
  const pic = await readCanvas(chartCanvas(page, 'party-membership'));
  const axis = pic.xAxis();
  // Marker ink: the rows under the tick labels (years: no descenders below 20 px under the axis)
  // whose dark pixels spread across the plot (the axis title is one short word), then the
  // separate groups of ink in the middle of the first band of such rows (the events' names, where
  // drawn, are a band under it).
  const dark = (x, y) => pic.at(x, y)[0] < 150;
  const rows = [];
  for (let y = axis.y + 22; y < axis.y + 70; y += 1) {
    const inked = [];
    for (let x = axis.left; x < axis.right; x += 1) if (dark(x, y)) inked.push(x);
    if (inked.length && inked.at(-1) - inked[0] > (axis.right - axis.left) / 2) rows.push(y);
  }
  assert.ok(rows.length > 0, 'a row of event markers under the axis');
  // The markers are the first band of such rows (the events' names, where drawn, come under it).
  const band = rows.filter((r, i) => i === 0 || rows.slice(0, i + 1).every((q, k) => k === 0 || q - rows[k - 1] === 1));
  const y = band[Math.floor(band.length / 2)];
  const groups = [];
  for (let x = axis.left; x < axis.right; x += 1) {
    if (!dark(x, y)) continue;
    if (groups.length && x - groups.at(-1).x1 <= 1) groups.at(-1).x1 = x;
    else groups.push({ x0: x, x1: x });
  }
  assert.ok(groups.length >= 5, `${groups.length} marker groups`);
  const events = dataFile('events').filter((e) => e.charts.includes('party-membership'));
  const told = [];
  for (const g of groups) {
    const text = await hover(page, 'party-membership', (g.x0 + g.x1) / 2, y);
    const [, kind, title] = text.split('\n');
    assert.equal(kind, 'Event');
    const event = events.find((e) => e.title.en === title);
    assert.ok(event, `"${title}" is an event of this chart in data/events.json`);
    if (told.at(-1) !== event.date) told.push(event.date);
  }
  assert.ok(told.some((d) => d === '1924-01-21'), 'the death of Lenin is marked');
  assert.deepEqual(told, [...told].sort(), 'markers run in date order');
  await context.close();
});

test('a two-finger pinch zooms the chart, not the page', async () => {
  const { page, context } = await openPage(env, '', { hasTouch: true, width: 412, height: 915 });
  await page.$eval(stageOf('repression'), (s) => s.scrollIntoView({ block: 'center' }));
  const box = await page.locator(stageOf('repression')).boundingBox();
  const cdp = await context.newCDPSession(page);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const touch = (type, d) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x: cx - d, y: cy, id: 1 }, { x: cx + d, y: cy, id: 2 }],
    });
  await touch('touchStart', 20);
  for (const d of [30, 45, 60, 80, 100]) {
    await touch('touchMove', d);
    await nextFrame(page);
  }
  await touch('touchEnd', 0);
  await nextFrame(page);
  const [from, to] = await rangeYears(page);
  assert.ok(from > 1921 && to < 1953, `the chart zoomed to ${from}–${to}`);
  assert.equal(await page.evaluate(() => visualViewport.scale), 1);
  await context.close();
});

test('with reduced motion a zoom lands in one frame', async () => {
  const { page, context } = await openPage(env, '', { reducedMotion: 'reduce' });
  await page.focus(stageOf('repression'));
  await page.keyboard.press('+');
  await nextFrame(page);
  const first = await readCanvas(chartCanvas(page, 'repression'));
  // Twenty frames later (longer than any transition), nothing has moved.
  for (let i = 0; i < 10; i += 1) await nextFrame(page);
  const later = await readCanvas(chartCanvas(page, 'repression'));
  assert.ok(first.data.equals(later.data), 'the first frame after the key is the final picture');
  assert.notDeepEqual(await rangeYears(page), []);
  assert.equal(await live(page), await range(page), 'the live region says the new range');
  await context.close();
});
