// Interaction through real input events (mouse, wheel, keyboard, touch), checked the way a
// reader checks it: the tooltip's words, the pixels that appear or go, the axis labels, the live
// region, and the other chart's cursor.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { hexToRgb, nextFrame, openPage, setUp } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

const stageOf = (id) => `[data-chart="${id}"] .chronicle-stage`;

/** Page coordinates of a point given in the chart's CSS px. */
async function toPage(page, id, x, y) {
  await page.$eval(stageOf(id), (s) => s.scrollIntoView({ block: 'center' }));
  const box = await (await page.$(stageOf(id))).boundingBox();
  return { x: box.x + x, y: box.y + y };
}

/** How many canvas pixels of a chart are within 6 of `rgb`, inside the plot. */
function countColour(page, id, rgb) {
  return page.evaluate(
    ({ id, rgb }) => {
      const { canvas, handle } = window.chronicle.charts[id];
      const dpr = canvas.width / canvas.clientWidth;
      const [l, t, r, b] = handle.plotRect().map((v) => Math.round(v * dpr));
      const data = canvas.getContext('2d').getImageData(l, t, r - l, b - t).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - rgb[0]) <= 6 && Math.abs(data[i + 1] - rgb[1]) <= 6 && Math.abs(data[i + 2] - rgb[2]) <= 6) n += 1;
      }
      return n;
    },
    { id, rgb },
  );
}

test('hovering the 1937 arrests bar shows 936,750 and its source', async () => {
  const { page, context, errors } = await openPage(env);
  const at = await page.evaluate(() => {
    const { handle } = window.chronicle.charts.repression;
    const band = handle.dateToPx('1938') - handle.dateToPx('1937');
    return { x: handle.dateToPx('1937') - band * 0.3, y: handle.valueToPx(300000) };
  });
  const p = await toPage(page, 'repression', at.x, at.y);
  await page.mouse.move(p.x, p.y);
  const tip = page.locator('[data-chart="repression"] .chronicle-tooltip');
  await tip.waitFor({ state: 'visible' });
  const text = await tip.innerText();
  assert.match(text, /^1937\nArrests by the security organs\n936,750\n/);
  assert.match(text, /Source: USSR MVD certificate, 1953/);
  // The tooltip stays inside the widget.
  const [tipBox, stageBox] = [await tip.boundingBox(), await (await page.$(stageOf('repression'))).boundingBox()];
  assert.ok(tipBox.x >= stageBox.x && tipBox.x + tipBox.width <= stageBox.x + stageBox.width + 0.5);
  await page.mouse.move(5, 5);
  await tip.waitFor({ state: 'hidden' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('toggling a series in the legend removes its pixels and rescales', async () => {
  const { page, context } = await openPage(env);
  const colour = hexToRgb(await page.evaluate(() => window.chronicle.charts.repression.handle.seriesColor('arrests')));
  assert.ok((await countColour(page, 'repression', colour)) > 500);
  const topBefore = await page.evaluate(() => window.chronicle.charts.repression.handle.valueToPx(900000));
  await page.click('[data-chart="repression"] button[data-series="arrests"]');
  await page.waitForFunction(() => window.chronicle.charts.repression.handle.valueToPx(900000) < 0);
  await nextFrame(page);
  assert.equal(await countColour(page, 'repression', colour), 0);
  assert.equal(await page.getAttribute('[data-chart="repression"] button[data-series="arrests"]', 'aria-pressed'), 'false');
  // The y axis follows what is shown: 900,000 is now off the top.
  assert.ok(topBefore > 0);
  // Keyboard: Space on the focused button brings the series back.
  await page.focus('[data-chart="repression"] button[data-series="arrests"]');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => window.chronicle.charts.repression.handle.valueToPx(900000) > 0);
  await nextFrame(page);
  assert.ok((await countColour(page, 'repression', colour)) > 500);
  await context.close();
});

test('wheel-zooming to 1936–1939 changes the axis labels; double-click resets', async () => {
  const { page, context } = await openPage(env);
  const before = await page.evaluate(() => window.chronicle.charts.repression.handle.xTickLabels());
  assert.ok(before.includes('1922') && before.includes('1952'), before.join(' '));
  const at = await page.evaluate(() => {
    const { handle } = window.chronicle.charts.repression;
    const [, top, , bottom] = handle.plotRect();
    const x1938 = handle.dateToPx('1938') - (handle.dateToPx('1939') - handle.dateToPx('1938')) / 2;
    const band = handle.dateToPx('1939') - handle.dateToPx('1938');
    return { x: x1938 + band * 0.1, y: (top + bottom) / 2 };
  });
  const p = await toPage(page, 'repression', at.x, at.y);
  await page.mouse.click(p.x, p.y); // focus the chart, as a reader would before scrolling on it
  // One notch-less trackpad sweep: e^(645.6 / 300) ≈ 8.6 times closer, about the pointer.
  await page.mouse.wheel(0, -645.6);
  await page.waitForFunction(() => document.querySelector('[data-chart="repression"] .chronicle-range').textContent === '1936–1939');
  await nextFrame(page);
  const after = await page.evaluate(() => window.chronicle.charts.repression.handle.xTickLabels());
  assert.deepEqual(after, ['1936', '1937', '1938', '1939']);
  assert.equal(await page.isVisible('[data-chart="repression"] .chronicle-reset'), true);
  await page.mouse.dblclick(p.x, p.y);
  await page.waitForFunction(() => !window.chronicle.charts.repression.handle.isZoomed());
  await page.waitForTimeout(300);
  await nextFrame(page);
  const reset = await page.evaluate(() => window.chronicle.charts.repression.handle.xTickLabels());
  assert.deepEqual(reset, before);
  await context.close();
});

test('the page scrolls past a chart that does not have focus', async () => {
  const { page, context } = await openPage(env);
  const box = await (await page.$(stageOf('party-membership'))).boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + 50);
  const y0 = await page.evaluate(() => scrollY);
  await page.mouse.wheel(0, 300);
  await page.waitForFunction((y) => scrollY > y, y0);
  assert.equal(await page.evaluate(() => window.chronicle.charts['party-membership'].handle.isZoomed()), false);
  await context.close();
});

test('← and → walk the points and the live region follows', async () => {
  const { page, context } = await openPage(env);
  await page.focus(stageOf('repression'));
  const live = '[data-chart="repression"] .chronicle-live';
  await page.keyboard.press('ArrowRight');
  assert.match(await page.textContent(live), /^Arrests by the security organs, 1921: no data\./);
  for (let i = 0; i < 16; i += 1) await page.keyboard.press('ArrowRight');
  assert.equal(
    await page.textContent(live),
    'Arrests by the security organs, 1937: 936,750. archival document. Source: USSR MVD certificate, 1953.',
  );
  await page.keyboard.press('ArrowLeft');
  assert.match(await page.textContent(live), /^Arrests by the security organs, 1936: 131,168\./);
  await page.keyboard.press('ArrowDown');
  assert.match(await page.textContent(live), /^Convictions \(political\), 1936: 274,670\./);
  await page.keyboard.press('End');
  assert.match(await page.textContent(live), /^Convictions \(political\), 1953: 8,403\./);
  await page.keyboard.press('PageUp');
  assert.match(await page.textContent(live), /^Convictions \(political\), 1948: 73,269\./);
  await page.keyboard.press(']');
  assert.match(await page.textContent(live), /^Event, /);
  assert.equal(await page.isVisible('[data-chart="repression"] .chronicle-tooltip'), true);
  await context.close();
});

test('hovering one chart marks the same year on the others', async () => {
  const { page, context } = await openPage(env);
  const overlayInk = (id, x0, x1) =>
    page.evaluate(
      ({ id, x0, x1 }) => {
        const { overlay, handle } = window.chronicle.charts[id];
        const dpr = overlay.width / overlay.clientWidth;
        const [, top, , bottom] = handle.plotRect();
        const y = Math.round(((top + bottom) / 2) * dpr);
        const data = overlay.getContext('2d').getImageData(Math.round(x0 * dpr), y, Math.round((x1 - x0) * dpr), 1).data;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) return true;
        return false;
      },
      { id, x0, x1 },
    );
  const band = await page.evaluate(() => {
    const { handle } = window.chronicle.charts.repression;
    const w = handle.dateToPx('1938') - handle.dateToPx('1937');
    return { x0: handle.dateToPx('1937') - w / 2 - 2, x1: handle.dateToPx('1937') + w / 2 + 2 };
  });
  assert.equal(await overlayInk('repression', band.x0, band.x1), false);
  const at = await page.evaluate(() => {
    const { handle } = window.chronicle.charts['party-membership'];
    return { x: handle.dateToPx('1937-01-01'), y: handle.valueToPx(1981697) };
  });
  const p = await toPage(page, 'party-membership', at.x, at.y);
  await page.mouse.move(p.x, p.y);
  await page.waitForFunction(() => !document.querySelector('[data-chart="party-membership"] .chronicle-tooltip').hidden);
  // Dates are written as the browser's Intl writes them for the page's language.
  const expected = await page.evaluate(() =>
    new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(1937, 0, 1)),
  );
  assert.ok((await page.innerText('[data-chart="party-membership"] .chronicle-tooltip')).startsWith(expected));
  assert.equal(await overlayInk('repression', band.x0, band.x1), true);
  await context.close();
});

test('a tap on a touch screen shows the tooltip', async () => {
  const { page, context } = await openPage(env, '', { hasTouch: true, width: 412, height: 915 });
  const at = await page.evaluate(() => {
    const { handle } = window.chronicle.charts.repression;
    const band = handle.dateToPx('1938') - handle.dateToPx('1937');
    return { x: handle.dateToPx('1937') - band * 0.28, y: handle.valueToPx(100000) };
  });
  const p = await toPage(page, 'repression', at.x, at.y);
  await page.touchscreen.tap(p.x, p.y);
  const tip = page.locator('[data-chart="repression"] .chronicle-tooltip');
  await tip.waitFor({ state: 'visible' });
  assert.match(await tip.innerText(), /^1937\n/);
  // Legend buttons are touch targets of at least 44 px.
  const heights = await page.$$eval('.chronicle-legend-item', (bs) => bs.map((b) => b.getBoundingClientRect().height));
  assert.ok(heights.every((h) => h >= 44), heights.join(','));
  await context.close();
});

test('an event marker under the axis tells its event', async () => {
  const { page, context } = await openPage(env);
  // Find the marker by its ink: the overlay-free canvas row under the x axis, near Lenin's death.
  const at = await page.evaluate(() => {
    const { handle, canvas } = window.chronicle.charts['party-membership'];
    const dpr = canvas.width / canvas.clientWidth;
    const x = handle.dateToPx('1924-01-21');
    const [, , , bottom] = handle.plotRect();
    const ctx = canvas.getContext('2d');
    for (let y = bottom + 20; y < bottom + 60; y += 1) {
      const [r] = ctx.getImageData(Math.round(x * dpr), Math.round(y * dpr), 1, 1).data;
      if (r < 150) return { x, y };
    }
    return null;
  });
  assert.ok(at, 'an event marker is drawn under January 1924');
  const p = await toPage(page, 'party-membership', at.x, at.y + 2);
  await page.mouse.move(p.x, p.y);
  const tip = page.locator('[data-chart="party-membership"] .chronicle-tooltip');
  await tip.waitFor({ state: 'visible' });
  assert.match(await tip.innerText(), /January.*1924\nEvent\n(Death of Lenin|Plenum proclaims the Lenin Enrolment)/);
  await context.close();
});

test('a two-finger pinch zooms the chart, not the page', async () => {
  const { page, context } = await openPage(env, '', { hasTouch: true, width: 412, height: 915 });
  await page.$eval(stageOf('repression'), (s) => s.scrollIntoView({ block: 'center' }));
  const box = await (await page.$(stageOf('repression'))).boundingBox();
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
  assert.equal(await page.evaluate(() => window.chronicle.charts.repression.handle.isZoomed()), true);
  assert.equal(await page.evaluate(() => visualViewport.scale), 1);
  await context.close();
});

test('with reduced motion a zoom lands in one frame', async () => {
  const { page, context } = await openPage(env, '', { reducedMotion: 'reduce' });
  await page.focus(stageOf('repression'));
  await page.keyboard.press('+');
  await nextFrame(page);
  const first = await page.evaluate(() => window.chronicle.charts.repression.handle.xTickLabels());
  await page.waitForTimeout(300);
  await nextFrame(page);
  const later = await page.evaluate(() => window.chronicle.charts.repression.handle.xTickLabels());
  assert.deepEqual(first, later);
  assert.notDeepEqual(first, []);
  assert.equal(await page.textContent('[data-chart="repression"] .chronicle-range'), await page.evaluate(() => window.chronicle.charts.repression.handle.rangeText()));
  await context.close();
});
