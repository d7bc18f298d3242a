// The story on the chart: a page asks for a named view (`view="lenin-purges"`), the chart opens on
// it, Reset comes back to it, an unknown name is refused naming the chart's views, and the frame
// takes the view as a URL parameter. The labelled periods in view are in the picture's text.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { elementReady, langFile, openHtml, outPath, readCanvas, chartCanvas, setUp, toPage } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

const data = (id) => JSON.parse(readFileSync(new URL(`../../data/${id}.json`, import.meta.url), 'utf8'));
const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="favicon.svg"><title>story</title></head><body><script type="module" src="chronicle-chart.js"></script>${body}</body></html>`;

/** The year in the tooltip with the pointer at CSS (x, y) of the chart's stage. */
async function yearAt(p, x, y) {
  const at = await toPage(p.locator('chronicle-chart .chronicle-stage'), x, y);
  await p.mouse.move(at.x, at.y);
  const tip = p.locator('chronicle-chart .chronicle-tooltip');
  await tip.waitFor({ state: 'visible' });
  return Number((await tip.innerText()).match(/\b(1[89]\d\d)\b/)[1]);
}

/** The years at the two ends of the chart's x axis, as the tooltip says them. */
async function ends(p) {
  const axis = (await readCanvas(chartCanvas(p, 'body chronicle-chart'))).xAxis();
  return [await yearAt(p, axis.left + 1, axis.y - 20), await yearAt(p, axis.right - 1, axis.y - 20)];
}

test('a story view opens the chart on its years, names the periods in it, and Reset comes back to it', async () => {
  const view = data('party-membership').views.find((v) => v.id === 'lenin-purges');
  const { page: p, context, errors } = await openHtml(env, 'story.html', page('<chronicle-chart chart="party-membership" view="lenin-purges"></chronicle-chart>'));
  await elementReady(p);
  const [first, last] = [Number(view.from), Number(view.to)];
  // A view to 1926 runs to the end of 1926, where the count of 1 January 1927 sits.
  const inView = ([a, b]) => a === first && (b === last || b === last + 1);
  const opened = await ends(p);
  assert.ok(inView(opened), `opens on ${opened}`);
  // The periods inside the view are named in the picture; those outside are not.
  const svg = await p.evaluate(() => document.querySelector('chronicle-chart').toSVG());
  const words = langFile('en');
  assert.ok(svg.includes(words['party-membership.period.lenin-enrolment.label']));
  assert.ok(svg.includes(words['party-membership.period.purge-1921.label']));
  assert.ok(!svg.includes(words['party-membership.period.great-terror.label']));
  // Zoom in with the keyboard, then Escape: back to the view, not to all the years.
  await p.locator('chronicle-chart .chronicle-stage').focus();
  await p.keyboard.press('+');
  await p.keyboard.press('+');
  await p.waitForFunction(() => document.querySelector('chronicle-chart').controller.handle.isZoomed());
  await p.keyboard.press('Escape');
  await p.waitForFunction(() => !document.querySelector('chronicle-chart').controller.handle.isZoomed());
  await p.evaluate(() => new Promise((r) => setTimeout(r, 400)));
  assert.deepEqual(await ends(p), opened);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unknown view is refused with the names of the chart views', async () => {
  const names = data('repression').views.map((v) => v.id);
  const { page: p, context } = await openHtml(env, 'story.html', page('<chronicle-chart chart="repression" view="purges"></chronicle-chart>'));
  const message = await p.locator('chronicle-chart .chronicle-error').textContent();
  assert.ok(message.endsWith(`invalid view: purges (views of repression: ${names.join(', ')})`), message);
  await context.close();
});

test('the frame takes the view as a URL parameter', async () => {
  const view = data('repression').views.find((v) => v.id === 'great-terror');
  const { page: p, context, errors } = await openHtml(env, 'story.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>f</title></head><body><iframe src="embed.html?chart=repression&view=great-terror" title="chart" width="900" height="640"></iframe></body></html>`);
  const frame = p.frameLocator('iframe');
  await frame.locator('chronicle-chart canvas.chronicle-canvas').waitFor();
  const f = p.frames().find((x) => x.url().includes('embed.html'));
  await f.waitForFunction(() => document.querySelector('chronicle-chart')?.controller?.redraws > 0);
  const svg = await f.evaluate(() => document.querySelector('chronicle-chart').toSVG());
  // The picture's x axis runs over the view's years only: its first and last year labels.
  const years = [...svg.matchAll(/>(1[89]\d\d)</g)].map((m) => Number(m[1]));
  assert.ok(Math.min(...years) >= Number(view.from) && Math.max(...years) <= Number(view.to), years.join(' '));
  assert.deepEqual(errors, []);
  await context.close();
});

// ---------------------------------------------------------------------------------------------
// The labels on the plot, drawn with the page's own font: every drawing call of each chart's
// canvas is recorded (texts with their font, alignment and the ink box the same context measures;
// bars, markers and lines with their colour), so the check reads what the browser was asked to
// draw, in the metrics of the font it drew with, not the layout's numbers.

/** Records each chart canvas' drawing calls, frame by frame (a full redraw starts by clearing). */
function recordDrawing() {
  const frames = new WeakMap();
  window.drawnFrames = (canvas) => frames.get(canvas) ?? [];
  const P = CanvasRenderingContext2D.prototype;
  const mine = (ctx) => ctx.canvas.classList?.contains('chronicle-canvas');
  const current = (ctx) => {
    const list = frames.get(ctx.canvas) ?? [];
    frames.set(ctx.canvas, list);
    if (!list.length) list.push({ texts: [], shapes: [] });
    return list[list.length - 1];
  };
  const wrap = (name, f) => {
    const original = P[name];
    P[name] = function (...args) {
      if (mine(this)) f(this, ...args);
      return original.apply(this, args);
    };
  };
  let path = [];
  // A new frame begins where the whole canvas is covered: cleared, or filled with its background.
  const covered = (ctx, x, y, w, h) => {
    if (x <= 0 && y <= 0 && w >= ctx.canvas.width && h >= ctx.canvas.height) {
      const list = frames.get(ctx.canvas) ?? [];
      list.push({ texts: [], shapes: [] });
      frames.set(ctx.canvas, list.slice(-2));
    }
  };
  wrap('clearRect', covered);
  wrap('fillText', (ctx, text, x, y) => {
    const m = ctx.measureText(text);
    current(ctx).texts.push({
      text: String(text),
      x,
      y,
      colour: ctx.fillStyle,
      box: { left: x - m.actualBoundingBoxLeft, right: x + m.actualBoundingBoxRight, top: y - m.actualBoundingBoxAscent, bottom: y + m.actualBoundingBoxDescent },
    });
  });
  wrap('beginPath', () => {
    path = [];
  });
  wrap('moveTo', (ctx, x, y) => path.push([x, y, 'move']));
  wrap('lineTo', (ctx, x, y) => path.push([x, y, 'line']));
  wrap('arc', (ctx, x, y, r) => {
    path.push([x - r, y - r, 'move'], [x + r, y + r, 'arc']);
  });
  // One path may hold many shapes (the chart paints same-coloured marks at once): each subpath,
  // begun by a move, is a shape of its own; a move alone draws nothing.
  const subpaths = () => {
    const parts = [];
    for (const p of path) {
      if (p[2] === 'move' || !parts.length) parts.push([]);
      parts[parts.length - 1].push(p);
    }
    return parts.filter((part) => part.length > 1);
  };
  wrap('fill', (ctx) => {
    for (const points of subpaths()) current(ctx).shapes.push({ kind: 'fill', colour: ctx.fillStyle, points });
  });
  wrap('stroke', (ctx) => {
    for (const points of subpaths()) current(ctx).shapes.push({ kind: 'stroke', colour: ctx.strokeStyle, width: ctx.lineWidth, points });
  });
  wrap('fillRect', (ctx, x, y, w, h) => {
    covered(ctx, x, y, w, h);
    current(ctx).shapes.push({ kind: 'fill', colour: ctx.fillStyle, points: [[x, y, 'move'], [x + w, y + h, 'line']] });
  });
}

/** What chart `i` of the page drew last, with its plot and its series' colours. */
function lastDrawing(i) {
  const el = document.querySelectorAll('chronicle-chart')[i];
  const canvas = el.shadowRoot.querySelector('canvas.chronicle-canvas');
  const list = window.drawnFrames(canvas);
  // The last frame that drew anything (the newest may have just begun).
  const frame = [...list].reverse().find((f) => f.texts.length) ?? { texts: [], shapes: [] };
  const handle = el.controller.handle;
  return {
    ...frame,
    plot: handle.plotBox(),
    width: canvas.clientWidth,
    colours: handle.legend().map((s) => s.color.toLowerCase()),
  };
}

const overlapping = (a, b, slack = 0) =>
  a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;

/** Whether segment p–q passes through box r (Liang–Barsky). */
function crosses([px, py], [qx, qy], r) {
  let [t0, t1] = [0, 1];
  const [dx, dy] = [qx - px, qy - py];
  for (const [p, q] of [[-dx, px - r.left], [dx, r.right - px], [-dy, py - r.top], [dy, r.bottom - py]]) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** Every collision in one chart's last drawing, as words. */
function collisions(d, at) {
  const found = [];
  const [left, top, right, bottom] = d.plot;
  const inPlot = (t) => t.x > left && t.x < right && t.y > top && t.y < bottom;
  const texts = d.texts.filter((t) => t.text.trim());
  for (const [i, a] of texts.entries()) {
    if (a.box.left < -0.5 || a.box.right > d.width + 0.5) found.push(`${at}: "${a.text}" leaves the chart`);
    for (const b of texts.slice(i + 1)) {
      if (overlapping(a.box, b.box, 0.5)) found.push(`${at}: "${a.text}" overlaps "${b.text}"`);
    }
  }
  // The marks: bars, markers and lines in a series' colour.
  const marks = d.shapes.filter((s) => d.colours.includes(String(s.colour).toLowerCase()) && s.points.length);
  for (const label of texts.filter(inPlot)) {
    const b = label.box;
    if (b.left < left || b.right > right || b.top < top || b.bottom > bottom) found.push(`${at}: "${label.text}" crosses the plot's edge`);
    for (const s of marks) {
      if (s.kind === 'fill') {
        const xs = s.points.map((p) => p[0]);
        const ys = s.points.map((p) => p[1]);
        const r = { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
        if (overlapping(b, r)) found.push(`${at}: "${label.text}" overlaps a mark`);
      } else {
        const w = s.width / 2;
        const grown = { left: b.left - w, right: b.right + w, top: b.top - w, bottom: b.bottom + w };
        for (let k = 1; k < s.points.length; k += 1) {
          if (s.points[k][2] === 'move') continue;
          if (crosses(s.points[k - 1], s.points[k], grown)) {
            found.push(`${at}: "${label.text}" crosses a line`);
            break;
          }
        }
      }
    }
  }
  return found;
}

const CHARTS = [
  ['party-membership', ''],
  ['party-membership', 'lenin-purges'],
  ['party-membership', 'purges-1930s'],
  ['repression', ''],
  ['repression', 'great-terror'],
  ['gulag', ''],
  ['gulag', 'great-terror'],
];

/**
 * A page of `charts` (`[chart, view]`), in `lang`, each chart `width` px wide (the body's 8 px
 * margins either side), sized as a page sizes them for a phone (taller than wide: the element's
 * own 16:10 box leaves a phone's plot a strip under three rows of legend buttons).
 */
async function storyPage(lang, width, charts = CHARTS, record = true) {
  const dir = lang === 'ar' ? ' dir="rtl"' : '';
  const elements = charts.map(([chart, view]) => `<chronicle-chart chart="${chart}"${view ? ` view="${view}"` : ''}></chronicle-chart>`).join('');
  const html = `<!doctype html><html lang="${lang}"${dir}><head><meta charset="utf-8"><link rel="icon" href="favicon.svg"><link rel="stylesheet" href="story-page.css"><title>story</title></head><body><script type="module" src="chronicle-chart.js"></script>${elements}</body></html>`;
  const css = '@media (max-width: 600px) { chronicle-chart { --chronicle-aspect: 9 / 16; } } chronicle-chart { margin-bottom: 1rem; }';
  const beforeLoad = async (p) => {
    await p.route('**/story-page.css', (r) => r.fulfill({ body: css, contentType: 'text/css' }));
    if (record) await p.addInitScript(recordDrawing);
  };
  const opened = await openHtml(env, 'labels.html', html, { width: width + 16, height: 900, beforeLoad });
  const { page: p } = opened;
  for (let i = 0; i < charts.length; i += 1) await elementReady(p, `chronicle-chart:nth-of-type(${i + 1})`);
  await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return opened;
}

for (const lang of ['en', 'ru', 'ar']) {
  test(`labels on the plot in the drawn font (${lang}): no text on another, on a mark or over the plot's edge`, async () => {
    const found = [];
    let labels = 0;
    for (const width of [320, 1200]) {
      const { page: p, context, errors } = await storyPage(lang, width);
      for (const [i, [chart, view]] of CHARTS.entries()) {
        const d = await p.evaluate(lastDrawing, i);
        assert.ok(d.texts.length > 5 && d.plot.length === 4, `${chart} ${view} drew`);
        const [left, top, right, bottom] = d.plot;
        labels += d.texts.filter((t) => t.x > left && t.x < right && t.y > top && t.y < bottom).length;
        found.push(...collisions(d, `${chart} ${view || 'all years'} ${width} px ${lang}`));
      }
      assert.deepEqual(errors, []);
      await context.close();
    }
    assert.deepEqual(found, []);
    assert.ok(labels >= 10, `${labels} labels drawn`);
  });
}

test('a point label says the data file’s figure as the reader’s language writes it', async () => {
  for (const lang of ['en', 'ru', 'de']) {
    const { page: p, context } = await storyPage(lang, 1200);
    for (const [i, [chart, view]] of CHARTS.entries()) {
      if (view) continue;
      const file = data(chart);
      const d = await p.evaluate(lastDrawing, i);
      for (const label of file.labels ?? []) {
        const series = file.series.find((s) => s.id === label.series);
        const value = series.points.find((pt) => pt.date === label.date).value;
        // Formatted here, independently of the chart: the page's own Intl.
        const figure = await p.evaluate(([l, v]) => new Intl.NumberFormat(l).format(v), [lang, value]);
        const said = d.texts.find((t) => t.text.includes(figure));
        assert.ok(said, `${chart} ${lang}: no label says ${figure} (${d.texts.map((t) => t.text).join(' | ')})`);
      }
    }
    await context.close();
  }
});

test('the story views as a reader sees them, at 390 and 1200 px, in English, Russian and Arabic (tests/out/story-*.png)', async () => {
  const shown = [
    ['party-membership', ''],
    ['party-membership', 'lenin-purges'],
    ['repression', 'great-terror'],
  ];
  for (const lang of ['en', 'ru', 'ar']) {
    for (const width of [390, 1200]) {
      const { page: p, context, errors } = await storyPage(lang, width, shown, false);
      for (const [i, [chart, view]] of shown.entries()) {
        const name = `story-${chart}${view ? `-${view}` : ''}-${lang}-${width}.png`;
        await p.locator(`chronicle-chart:nth-of-type(${i + 1})`).screenshot({ path: outPath(name) });
      }
      assert.deepEqual(errors, []);
      await context.close();
    }
  }
});
