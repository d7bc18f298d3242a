// The demo page in every engine this machine has: Chromium, Firefox ESR and WebKitGTK (Safari's
// engine), checked as a reader would: every chart draws, the tooltip shows the value the data
// file gives, Tab reaches a chart and → makes the live region speak, DPR 2 draws sharp, no text
// runs past its box (the canvas' outer strip stays blank, and each text of the SVG export fits
// by this engine's own measureText), layout measures with the canvas once per text, and the plot
// keeps its full width when max-height caps its 16:10 box. Expected values come from data/ and
// lang/, pixels, and the engine's own metrics. An engine that is not installed is skipped,
// saying what is missing (scripts/ensure-browser.sh installs all three from Debian's packages).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dataFile, hexToRgb, near } from './harness.mjs';
import { launch, missing } from './engines.mjs';
import { startServer } from '../../scripts/serve.mjs';

const CHARTS = ['party-membership', 'repression', 'gulag'];
const repression = dataFile('repression');
const arrests = repression.series.find((s) => s.id === 'arrests');
const canvasOf = (id) => `[data-chart="${id}"] canvas.chronicle-canvas`;
const stageOf = (id) => `[data-chart="${id}"] .chronicle-stage`;

let server;
let baseUrl;
before(async () => {
  ({ server, url: baseUrl } = await startServer(0));
});
after(() => server && new Promise((done) => server.close(done)));

/** Polls `fn` in the page until it returns something truthy (or `ms` pass); returns that. */
async function until(engine, fn, arg, ms = 3000) {
  const t0 = Date.now();
  for (;;) {
    const v = await engine.run(fn, arg);
    if (v || Date.now() - t0 > ms) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Where the stage of chart `id` is in the viewport, after scrolling it to the middle. */
function stageBox(engine, id) {
  return engine.run(
    (sel) =>
      new Promise((done) => {
        document.querySelector(sel).scrollIntoView({ block: 'center' });
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const r = document.querySelector(sel).getBoundingClientRect();
            done({ x: r.left, y: r.top, width: r.width, height: r.height });
          }),
        );
      }),
    stageOf(id),
  );
}

/**
 * Every text of chart `id`'s SVG export (claims on) with its horizontal extent by this engine's
 * measureText, the picture's width, and the bordered rectangle drawn around its anchor point (a
 * claim's label box), if any. plotters-svg writes font-size as the canvas size / 1.24
 * (docs/architecture.md), so the canvas font is font-size × 1.24.
 */
function svgTexts(engine, id) {
  return engine.run(async (chart) => {
    const c = window.chronicle.charts[chart];
    c.setClaims(true);
    const svg = new DOMParser().parseFromString(await c.toSVG(), 'image/svg+xml').documentElement;
    c.setClaims(false);
    const num = (el, a) => Number(el.getAttribute(a) ?? 0);
    const boxes = [...svg.querySelectorAll('rect')].filter((r) => (r.getAttribute('stroke') ?? 'none') !== 'none').map((r) => ({
      left: num(r, 'x'),
      top: num(r, 'y'),
      right: num(r, 'x') + num(r, 'width'),
      bottom: num(r, 'y') + num(r, 'height'),
    }));
    const ctx = document.createElement('canvas').getContext('2d');
    const width = num(svg, 'width');
    return [...svg.querySelectorAll('text')].map((t) => {
      const [x, y] = [num(t, 'x'), num(t, 'y')];
      const bold = t.getAttribute('font-weight') === 'bold';
      ctx.font = `${bold ? 'bold' : 'normal'} ${num(t, 'font-size') * 1.24}px ${t.getAttribute('font-family')}`;
      const text = t.textContent.trim();
      const w = ctx.measureText(text).width;
      const anchor = t.getAttribute('text-anchor');
      const left = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
      const box = boxes.find((r) => r.left <= x && x <= r.right && r.top <= y && y <= r.bottom);
      return { text, left, right: left + w, width, box: box && [box.left, box.right] };
    });
  }, id);
}

for (const name of ['chromium', 'firefox', 'webkit']) {
  describe(name, { skip: missing(name) ?? false }, () => {
    let engine;
    before(async () => {
      engine = await launch(name);
    });
    after(() => engine?.close());

    test(`${name}: every chart draws, filling its box`, async () => {
      await engine.open(baseUrl);
      for (const id of CHARTS) {
        const sizes = await engine.run(
          (sel) => {
            const c = document.querySelector(sel);
            return [c.clientWidth, c.clientHeight, c.parentElement.clientWidth, c.parentElement.clientHeight];
          },
          canvasOf(id),
        );
        assert.deepEqual(sizes.slice(0, 2), sizes.slice(2), `${id}: the canvas fills its stage`);
        const pic = await engine.pixels(canvasOf(id));
        const bg = pic.background();
        const ink = pic.count((p) => !near(p, bg, 24));
        assert.ok(ink > pic.w * pic.h * 0.02, `${id}: ${ink} inked pixels of ${pic.w * pic.h}`);
      }
      assert.equal(await engine.run(() => document.querySelectorAll('.chronicle-error').length), 0);
    });

    test(`${name}: hovering the tallest arrests bar shows its year and value from the data file`, async () => {
      await engine.open(baseUrl);
      const box = await stageBox(engine, 'repression');
      const pic = await engine.pixels(canvasOf('repression'));
      const axis = pic.xAxis();
      const rgb = hexToRgb(arrests.color);
      const bars = pic.runs(axis.top - 2, rgb).map((b) => ({ ...b, top: pic.top((b.x0 + b.x1) / 2, rgb, 0, axis.top) }));
      const tallest = bars.reduce((a, b) => (b.top < a.top ? b : a));
      const max = arrests.points.reduce((a, p) => (p.value > (a?.value ?? -1) ? p : a), null);
      await engine.mouse(box.x + (tallest.x0 + tallest.x1) / 2, box.y + (tallest.top + axis.y) / 2);
      const text = await until(
        engine,
        (sel) => {
          const tip = document.querySelector(sel);
          return tip && !tip.hidden ? tip.innerText : null;
        },
        '[data-chart="repression"] .chronicle-tooltip',
      );
      assert.ok(text, 'a tooltip appears');
      assert.match(text, new RegExp(`^${max.date}\\n${arrests.name.en}\\n${max.value.toLocaleString('en-US')}\\n`));
    });

    test(`${name}: Tab reaches a chart and → makes the live region say the first point`, async () => {
      await engine.open(baseUrl);
      // Focus what comes just before the repression chart's stage, then Tab onto the stage.
      await engine.run((sel) => {
        const stage = document.querySelector(sel);
        const all = [...document.querySelectorAll('a[href], button, input, select, summary, [tabindex="0"]')].filter(
          (el) => !el.hidden && el.offsetParent !== null,
        );
        all[all.indexOf(stage) - 1].focus();
      }, stageOf('repression'));
      await engine.press('Tab');
      assert.equal(await engine.run((sel) => document.activeElement === document.querySelector(sel), stageOf('repression')), true);
      await engine.press('ArrowRight');
      const first = arrests.points[0];
      const said = await until(engine, (sel) => document.querySelector(sel).textContent, '[data-chart="repression"] .chronicle-live');
      const value = first.value === null ? 'no data' : first.value.toLocaleString('en-US');
      assert.ok(said.startsWith(`${arrests.name.en}, ${first.date}: ${value}.`), said);
    });

    test(`${name}: at DPR 2 the backing store is twice the CSS size`, async () => {
      await engine.open(baseUrl, { dpr: 2 });
      assert.equal(await engine.run(() => devicePixelRatio), 2);
      for (const id of CHARTS) {
        const [w, h, cw, ch] = await engine.run(
          (sel) => {
            const c = document.querySelector(sel);
            return [c.width, c.height, c.clientWidth, c.clientHeight];
          },
          canvasOf(id),
        );
        assert.deepEqual([w, h], [cw * 2, ch * 2], id);
      }
    });

    for (const width of [1000, 600, 380]) {
      test(`${name}: in a ${width} px window no text runs past its box`, async () => {
        await engine.open(baseUrl, { width, height: 900 });
        // MiniBrowser keeps its window at least 480 px wide; the messages say what was drawn.
        const past = [];
        for (const id of CHARTS) {
          // What a reader sees: the outermost 4 px of the canvas are blank on both sides.
          const pic = await engine.pixels(canvasOf(id));
          const [bg, cssW, cssH] = [pic.background(), pic.w / pic.dpr, pic.h / pic.dpr];
          for (const strip of [[0, 0, 4, cssH], [cssW - 4, 0, cssW, cssH]]) {
            const ink = pic.count((p) => !near(p, bg, 24), strip);
            if (ink) past.push(`${id}: ${ink} px of ink in the strip ${strip.join(',')}`);
          }
          // Each text of the picture, measured by this engine, inside the picture and inside the
          // box drawn around it (1 px for rounding to whole pixels).
          for (const t of await svgTexts(engine, id)) {
            const spans = `"${t.text}" spans ${t.left.toFixed(1)}–${t.right.toFixed(1)}`;
            if (t.left < -1 || t.right > t.width + 1) past.push(`${id}: ${spans} of a picture ${t.width} px wide`);
            if (t.box && (t.left < t.box[0] - 1 || t.right > t.box[1] + 1)) past.push(`${id}: ${spans}, its box ${t.box.join('–')}`);
          }
        }
        assert.deepEqual(past, []);
      });
    }

    test(`${name}: layout measures with the canvas, and a redraw at the same size measures nothing again`, async () => {
      await engine.open(baseUrl);
      const counts = await engine.run(async () => {
        const proto = CanvasRenderingContext2D.prototype;
        const original = proto.measureText;
        let calls = 0;
        proto.measureText = function measureText(text) {
          calls += 1;
          return original.call(this, text);
        };
        const charts = Object.values(window.chronicle.charts);
        const redrawn = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const before = charts.map((c) => c.redraws);
        charts.forEach((c) => c.setClaims(false));
        await redrawn();
        const again = calls;
        const redraws = charts.map((c, i) => c.redraws - before[i]);
        // A new width with the claims layer on: its labels wrap into new lines (the sources line
        // is page text now), each measured once.
        document.querySelector('[data-chart="repression"]').style.width = '700px';
        charts.forEach((c) => c.setClaims(true));
        await redrawn();
        await redrawn();
        proto.measureText = original;
        return { again, redraws, resized: calls - again };
      });
      assert.ok(counts.redraws.every((n) => n >= 1), `every chart redrew: ${counts.redraws}`);
      assert.equal(counts.again, 0, 'a redraw at the same size measures nothing');
      assert.ok(counts.resized > 0, 'a new width is measured with the canvas');
    });

    test(`${name}: when max-height caps the 16:10 plot it keeps its full width`, async () => {
      await engine.open(baseUrl, { width: 1280, height: 600 });
      for (const id of CHARTS) {
        const [stage, container, canvas, height] = await engine.run(
          (sel) => {
            const s = document.querySelector(sel);
            return [s.clientWidth, s.parentElement.clientWidth, s.querySelector('canvas').clientWidth, s.clientHeight];
          },
          stageOf(id),
        );
        assert.equal(stage, container, `${id}: the stage is as wide as the widget`);
        assert.equal(canvas, stage, `${id}: the canvas fills the stage`);
        assert.ok(height <= 600 * 0.8 + 1, `${id}: capped at 80vh, ${height}`);
      }
    });
  });
}
