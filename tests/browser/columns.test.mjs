// Numeric columns through setData: typed arrays (what uPlot is given) reach the chart without a
// per-point object, and a reader sees them as the test computed them: the tooltip says the
// hovered point's own value and the day its fractional year falls in, and a NaN gap draws no
// line (and never a zero). Where things are comes from the canvas pixels; what they mean from
// the arrays made here.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chartCanvas, hexToRgb, near, nextFrame, openHtml, readCanvas, setUp, toPage } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>columns</title></head>
<body><script type="module" src="/chronicle-chart.js"></script>
<chronicle-chart id="c" title="Before"><script type="text/csv">year,Before
2000,1
2001,2
</script></chronicle-chart></body></html>`;

// Twenty years of monthly points: flat at 500, one peak of 900 a quarter into 2005.
const X = Array.from({ length: 240 }, (_, i) => 2000 + i / 12);
const PEAK = 63;
const Y = X.map((_, i) => (i === PEAK ? 900 : 500));

/** The day a fractional year falls in, as an English reader reads it (`2 April 2005`). */
function dayOf(x) {
  const year = Math.floor(x);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = Math.floor((x - year) * (leap ? 366 : 365));
  return new Date(Date.UTC(year, 0, 1 + day)).toLocaleDateString('en', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

async function open() {
  const { page, context, errors } = await openHtml(env, 'pages/columns.html', PAGE);
  await page.waitForFunction(() => document.querySelector('chronicle-chart')?.controller?.redraws > 0);
  return { page, context, errors };
}

/** Hands the columns to the chart as typed arrays (null → NaN) and waits for the redraw. */
async function setColumns(page, x, y, title = 'Level') {
  await page.evaluate(
    ({ x, y, title }) => {
      const controller = document.querySelector('chronicle-chart').controller;
      const before = controller.redraws;
      controller.setData({ title, x: Float64Array.from(x), series: [{ name: 'Level', y: Float64Array.from(y, (v) => v ?? NaN) }] });
      return new Promise((done) => {
        const wait = () => (controller.redraws > before ? done() : requestAnimationFrame(wait));
        wait();
      });
    },
    { x, y, title },
  );
  await nextFrame(page);
}

/** The line's colour, from the legend swatch the reader sees. */
function lineColour(page) {
  const swatch = page.locator('chronicle-chart .chronicle-swatch').first();
  return swatch.evaluate((el) => getComputedStyle(el).getPropertyValue('--swatch').trim());
}

test('typed arrays draw: the tooltip at the peak says its own value and day', async () => {
  const { page, context, errors } = await open();
  await setColumns(page, X, Y);
  assert.equal(await page.textContent('chronicle-chart .chronicle-title'), 'Level');
  const rgb = hexToRgb(await lineColour(page));
  const pic = await readCanvas(chartCanvas(page, '#c'));
  // The peak is the line's highest pixel.
  const peak = pic.bbox((p) => near(p, rgb, 24));
  assert.ok(peak, 'the line is drawn');
  let apexX = null;
  for (let x = peak.left; x <= peak.right && apexX === null; x += 1) {
    if (near(pic.at(x, peak.top), rgb, 24)) apexX = x;
  }
  const at = await toPage(page.locator('chronicle-chart .chronicle-stage'), apexX, peak.top + 1);
  await page.mouse.move(at.x, at.y);
  const tip = page.locator('chronicle-chart .chronicle-tooltip');
  await tip.waitFor({ state: 'visible' });
  const text = await tip.innerText();
  assert.equal(dayOf(X[PEAK]), 'April 2, 2005', 'the test reads dates as a reader does');
  assert.match(text, new RegExp(`^${dayOf(X[PEAK])}\\nLevel\\n${Y[PEAK]}\\b`), text);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a NaN gap in a dense series draws no line across it and never a zero', async () => {
  const { page, context, errors } = await open();
  // 2,400 points over twenty years (more than the plot has pixel columns: decimated, no
  // markers), flat at 500, with no data for 200 points from the middle of 2009.
  const x = Array.from({ length: 2400 }, (_, i) => 2000 + i / 120);
  const gap = [1100, 1300];
  await setColumns(page, x, x.map((_, i) => (i >= gap[0] && i < gap[1] ? null : 500)));
  const rgb = hexToRgb(await lineColour(page));
  const pic = await readCanvas(chartCanvas(page, '#c'));
  const box = pic.bbox((p) => near(p, rgb, 24));
  // The flat line is the row with the most line pixels.
  const cover = (row) => pic.runs(row, rgb, 24).reduce((n, r) => n + r.x1 - r.x0, 0);
  let y = box.top;
  for (let row = box.top; row < box.bottom; row += 1) if (cover(row) > cover(y)) y = row;
  const runs = pic.runs(y, rgb, 24);
  assert.equal(runs.length, 2, `two stretches of line: ${JSON.stringify(runs)}`);
  // The line's ends are the first and last x; the gap's edges are where the test puts them.
  const px = (t) => box.left + ((t - x[0]) / (x[x.length - 1] - x[0])) * (box.right - box.left);
  const [lastBefore, firstAfter] = [px(x[gap[0] - 1]), px(x[gap[1]])];
  assert.ok(Math.abs(runs[0].x1 - lastBefore) <= 2, `line stops at ${runs[0].x1}, expected ${lastBefore}`);
  assert.ok(Math.abs(runs[1].x0 - firstAfter) <= 2, `line resumes at ${runs[1].x0}, expected ${firstAfter}`);
  // Nothing of the line in between, at any height (not across the gap), and nothing above or
  // below the flat line at the gap's edges either (no drop to a zero the axis would hide).
  for (let cx = Math.floor(lastBefore - 6); cx <= firstAfter + 6; cx += 1) {
    const inside = cx > lastBefore + 2 && cx < firstAfter - 2;
    for (let cy = 0; cy < pic.h / pic.dpr; cy += 1) {
      if (!inside && Math.abs(cy - y) <= 3) continue;
      assert.ok(!near(pic.at(cx, cy), rgb, 24), `line pixel at (${cx}, ${cy}) by the gap`);
    }
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('bad columns are refused with the field, value and index, and the chart keeps its data', async () => {
  const { page, context } = await open();
  const error = await page.evaluate(async () => {
    const controller = document.querySelector('chronicle-chart').controller;
    try {
      await controller.setData({ title: 'Bad', x: new Float64Array([2000, 2001, 2001]), series: [{ name: 'V', y: new Float64Array(3) }] });
      return null;
    } catch (e) {
      return { name: e.name, code: e.code, field: e.field, message: e.message };
    }
  });
  assert.deepEqual(error, { name: 'ChronicleError', code: 'invalid', field: 'x', message: 'invalid x: not increasing at 2' });
  const short = await page.evaluate(async () => {
    try {
      await document.querySelector('chronicle-chart').controller.setData({ title: 'Bad', x: new Float64Array([2000, 2001]), series: [{ name: 'V', y: new Float64Array(1) }] });
      return null;
    } catch (e) {
      return e.message;
    }
  });
  assert.equal(short, 'invalid series[0].y: 1 values for 2 x');
  const none = await page.evaluate(async () => {
    try {
      await document.querySelector('chronicle-chart').controller.setData({ title: 'Bad', x: new Float64Array([2000, 2001]) });
      return null;
    } catch (e) {
      return e.message;
    }
  });
  assert.equal(none, 'missing series');
  assert.equal(await page.textContent('chronicle-chart .chronicle-title'), 'Before');
  await context.close();
});

test('mountChart takes typed arrays as they are, with the lean module only: the peak says its value', async () => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>columns</title></head>
<body><div id="box"></div></body></html>`;
  const { page, context, errors } = await openHtml(env, 'pages/mount-columns.html', html);
  const paths = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  await page.evaluate(async ({ x, y }) => {
    const { mountChart } = await import('/chronicle.js');
    const box = document.getElementById('box');
    window.controller = await mountChart(box, { columns: { title: 'Level', x: Float64Array.from(x), series: [{ name: 'Level', y: Float64Array.from(y) }] } });
  }, { x: X, y: Y });
  await page.waitForFunction(() => window.controller?.redraws > 0);
  assert.ok(!paths.some((p) => p.endsWith('/chronicle_charts_bg.wasm')), 'the full module is not loaded');
  // The peak's pixel column, found from the canvas: the highest inked pixel of the line.
  const canvas = page.locator('#box canvas.chronicle-canvas');
  const shot = await readCanvas(canvas);
  const colour = hexToRgb(await page.locator('#box .chronicle-swatch').first().evaluate((el) => getComputedStyle(el).getPropertyValue('--swatch').trim()));
  let top = null;
  for (let y = 0; y < shot.h && !top; y += 1) {
    for (let x = 0; x < shot.w; x += 1) {
      if (near(shot.px(x, y).slice(0, 3), colour, 30)) {
        top = { x, y };
        break;
      }
    }
  }
  assert.ok(top, 'the line is drawn');
  const at = await toPage(canvas, top.x / shot.dpr, top.y / shot.dpr);
  await page.mouse.move(at.x, at.y + 2);
  const tip = page.locator('#box .chronicle-tooltip');
  await tip.waitFor({ state: 'visible' });
  const text = await tip.textContent();
  assert.ok(text.includes('900') && text.includes(dayOf(X[PEAK])), text);
  assert.deepEqual(errors, []);
  await context.close();
});
