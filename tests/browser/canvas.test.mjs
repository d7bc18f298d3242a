// The canvas itself: crisp at any devicePixelRatio (backing store = CSS size × DPR), a CSS size
// that never drifts across redraws and resizes, and bad data shown in place without harming the
// charts around it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chartCanvas, chartOverlay, nextFrame, openPage, readCanvas, setUp, toPage } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

function sizes(page) {
  return page.evaluate(() =>
    Object.entries(window.chronicle.charts).map(([id, c]) => ({
      id,
      backing: [c.canvas.width, c.canvas.height],
      css: [c.canvas.clientWidth, c.canvas.clientHeight],
      box: [c.canvas.parentElement.clientWidth, c.canvas.parentElement.clientHeight],
      redraws: c.redraws,
    })),
  );
}

for (const dpr of [1, 2, 3]) {
  test(`at DPR ${dpr} the backing store is ${dpr}× the CSS size, which fills the container`, async () => {
    const { page, context } = await openPage(env, '', { dpr });
    for (const s of await sizes(page)) {
      assert.deepEqual(s.css, s.box, `${s.id} fills its container`);
      assert.deepEqual(s.backing, s.css.map((v) => Math.round(v * dpr)), s.id);
    }
    await context.close();
  });
}

test('the CSS size is unchanged after ten redraws and follows a resize without drifting', async () => {
  const { page, context } = await openPage(env, '', { dpr: 2, width: 1000 });
  const before = await sizes(page);
  await page.evaluate(() => {
    for (const c of Object.values(window.chronicle.charts)) for (let i = 0; i < 10; i += 1) c.redraw();
  });
  const afterRedraws = await sizes(page);
  assert.deepEqual(afterRedraws.map((s) => s.css), before.map((s) => s.css));
  assert.ok(afterRedraws.every((s, i) => s.redraws >= before[i].redraws + 10));

  await page.setViewportSize({ width: 640, height: 900 });
  await page.waitForFunction(
    () => Object.values(window.chronicle.charts).every((c) => c.canvas.clientWidth === c.canvas.parentElement.clientWidth),
  );
  await nextFrame(page);
  for (const s of await sizes(page)) {
    assert.ok(s.css[0] < before[0].css[0], `${s.id} narrowed`);
    assert.deepEqual(s.css, s.box);
    assert.deepEqual(s.backing, s.css.map((v) => v * 2));
  }
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.waitForFunction(
    (w) => Object.values(window.chronicle.charts).every((c) => c.canvas.clientWidth === w),
    before[0].css[0],
  );
  await nextFrame(page);
  assert.deepEqual((await sizes(page)).map((s) => s.css), before.map((s) => s.css));
  await context.close();
});

test('bad data shows a message naming field and value in place, and other charts keep working', async () => {
  const { page, context, errors } = await openPage(env);
  const result = await page.evaluate(async () => {
    const { mountChart } = await import('./chronicle.js');
    const box = document.createElement('div');
    box.className = 'chart';
    document.querySelector('main').append(box);
    const events = [];
    box.addEventListener('chronicle-error', (e) => events.push(e.detail.message));
    const bad = JSON.stringify({
      title: 'Broken',
      series: [{ id: 'a', name: 'A', points: [{ date: '1937-13', value: 1 }] }],
    });
    const controller = await mountChart(box, { json: bad });
    const other = window.chronicle.charts.repression;
    const before = other.redraws;
    other.redraw();
    return { controller, text: box.textContent, events, otherRedrew: other.redraws === before + 1 };
  });
  assert.equal(result.controller, null);
  assert.equal(result.text, 'Chart unavailable: invalid series[0].points[0].date: 1937-13');
  assert.deepEqual(result.events, ['invalid series[0].points[0].date: 1937-13']);
  assert.ok(result.otherRedrew);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unknown built-in chart id is reported, not thrown at the page', async () => {
  const { page, context, errors } = await openPage(env);
  const text = await page.evaluate(async () => {
    const { mountChart } = await import('./chronicle.js');
    const box = document.createElement('div');
    document.body.append(box);
    await mountChart(box, { chart: 'no-such-chart' });
    return box.textContent;
  });
  assert.equal(text, 'Chart unavailable: invalid chart: no-such-chart');
  assert.deepEqual(errors, []);
  await context.close();
});

/**
 * Counts, per animation frame and canvas, how often a chart canvas is painted over in full (the background
 * fill every redraw starts with). Each requestAnimationFrame callback is tagged with its frame's
 * timestamp, so a paint outside a frame callback counts against the frame before it.
 */
function countPaintsPerFrame(context) {
  return context.addInitScript(() => {
    let frame = 0;
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) =>
      raf((t) => {
        frame = t;
        cb(t);
      });
    window.__paints = new Map();
    const ids = new WeakMap();
    const fill = CanvasRenderingContext2D.prototype.fillRect;
    CanvasRenderingContext2D.prototype.fillRect = function (x, y, w, h) {
      const c = this.canvas;
      const whole = c.classList?.contains('chronicle-canvas') && x <= 0 && y <= 0 && w * h >= 0.95 * c.clientWidth * c.clientHeight;
      if (!ids.has(c)) ids.set(c, (ids.n = (ids.n ?? 0) + 1));
      const key = `${frame}|${ids.get(c)}`;
      if (whole) window.__paints.set(key, (window.__paints.get(key) ?? 0) + 1);
      return fill.call(this, x, y, w, h);
    };
  });
}

test('a storm of resizes and wheel events redraws a chart at most once per animation frame', async () => {
  const { page, context, errors } = await openPage(env, '', {
    reducedMotion: 'reduce',
    beforeLoad: (_page, ctx) => countPaintsPerFrame(ctx),
  });
  await page.evaluate(() => window.__paints.clear());
  // 200 width changes, several per frame, and 40 wheel notches on the focused chart.
  await page.evaluate(async () => {
    const box = document.querySelector('[data-chart="repression"]');
    for (let i = 0; i < 200; i += 1) {
      box.style.width = `${600 + ((i * 37) % 300)}px`;
      if (i % 5 === 0) await new Promise((r) => setTimeout(r, 0));
    }
  });
  const stage = page.locator('[data-chart="repression"] .chronicle-stage');
  await stage.focus();
  const box = await stage.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 40; i += 1) await page.mouse.wheel(0, i % 2 ? 60 : -80);
  await nextFrame(page);
  const perFrame = await page.evaluate(() => [...window.__paints.values()]);
  assert.ok(perFrame.length >= 5, `the storm caused redraws in ${perFrame.length} frames`);
  assert.ok(Math.max(...perFrame) <= 1, `paints per frame: ${perFrame.join(' ')}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a redraw of an unchanged view repaints the canvas alone: the page is left as it was, the overlay stays hidden', async () => {
  const { page, context } = await openPage(env);
  const id = 'party-membership';
  const overlay = chartOverlay(page, id);
  const visibility = () => overlay.evaluate((c) => getComputedStyle(c).visibility);
  // Nothing focused: the overlay has nothing to show and is not composited over the chart.
  assert.equal(await visibility(), 'hidden');
  // The chart's canvas is opaque, so the compositor copies it rather than blending the page
  // under it: every pixel it holds has full alpha.
  const canvas = await readCanvas(chartCanvas(page, id));
  let seeThrough = 0;
  for (let i = 3; i < canvas.data.length; i += 4) if (canvas.data[i] !== 255) seeThrough += 1;
  assert.equal(seeThrough, 0, 'pixels that are not opaque');
  assert.equal(await chartCanvas(page, id).evaluate((c) => c.getContext('2d').getContextAttributes().alpha), false);
  // Ten forced redraws, one per frame, change nothing in the page's DOM and leave its style as
  // it was: the browser recalculates no style for them (its own count, from DevTools).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const recalcs = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'RecalcStyleCount').value;
  const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  await frame();
  const before = await recalcs();
  const changes = await page.evaluate(async (id) => {
    const watch = new MutationObserver(() => {});
    watch.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    for (let i = 0; i < 10; i += 1) {
      window.chronicle.charts[id].redraw();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    const records = watch.takeRecords();
    watch.disconnect();
    return records.map((r) => `${r.type} ${r.target.nodeName}.${r.target.className} ${r.attributeName ?? ''}`);
  }, id);
  assert.deepEqual(changes, []);
  assert.equal((await recalcs()) - before, 0, 'style recalculations during the redraws');
  // The pointer over the plot: the overlay shows, with ink; the pointer gone: hidden again.
  const stage = page.locator(`[data-chart="${id}"] .chronicle-stage`);
  const box = await stage.boundingBox();
  const at = await toPage(stage, box.width * 0.6, box.height * 0.5);
  await page.mouse.move(at.x, at.y);
  await page.waitForFunction((c) => getComputedStyle(c).visibility === 'visible', await overlay.elementHandle());
  const ink = await readCanvas(overlay);
  assert.ok(ink.count((p) => p[3] > 0, [0, 0, ink.w / ink.dpr, ink.h / ink.dpr]) > 50, 'the overlay draws the focus');
  await page.mouse.move(1, 1);
  await page.waitForFunction((c) => getComputedStyle(c).visibility === 'hidden', await overlay.elementHandle());
  await context.close();
});
