// `npm run bench`: Chronicle Charts, Chart.js and uPlot drawing the same shape (party membership,
// two series, 800×450 CSS px) in one headless Chromium run. Prints a table and writes
// bench/results.json. Numbers are measurements, never assertions: targets live in the README.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/serve.mjs';
import { launchChromium } from '../tests/browser/harness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOADS = 7;
const REDRAWS = 400;
const HOVERS = 1000;
const BATCH = 20;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))];
};

function benchShape() {
  const data = JSON.parse(readFileSync(`${ROOT}/data/party-membership.json`, 'utf8'));
  const words = JSON.parse(readFileSync(`${ROOT}/lang/en.json`, 'utf8'));
  const pick = (id) => data.series.find((s) => s.id === id);
  return {
    title: words['party-membership.title'],
    series: ['total', 'members'].map((id) => ({
      name: words[`party-membership.series.${id}.name`],
      points: pick(id).points.filter((p) => p.value !== null).map((p) => [p.date, p.value]),
    })),
  };
}

function bytes(files) {
  const all = Buffer.concat(files.map((f) => readFileSync(`${ROOT}/${f}`)));
  return {
    files,
    raw: all.length,
    gzip: gzipSync(all, { level: 9 }).length,
    brotli: brotliCompressSync(all, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const LIBS = {
  chronicle: {
    page: 'bench/pages/ours.html',
    // Everything one <chronicle-chart> loads: the element, the page code, the glue, the module,
    // the early words and the stylesheet.
    files: [
      'www/pkg/chronicle_charts_bg.wasm',
      'www/pkg/chronicle_charts.js',
      'www/pkg/words.js',
      'www/chronicle-chart.js',
      'www/chronicle.js',
      'www/interaction.js',
      'www/accessible.js',
      'www/chronicle.css',
    ],
  },
  'chart.js': { page: 'bench/pages/chartjs.html', files: ['node_modules/chart.js/dist/chart.umd.min.js'] },
  uplot: {
    page: 'bench/pages/uplot.html',
    files: ['node_modules/uplot/dist/uPlot.iife.min.js', 'node_modules/uplot/dist/uPlot.min.css'],
  },
};

/** A page of `lib` with `bench` as window.BENCH, loaded and drawn. */
async function load(browser, baseUrl, lib, bench) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, deviceScaleFactor: 1 });
  await context.addInitScript((s) => {
    window.BENCH = s;
  }, bench);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${baseUrl}${LIBS[lib].page}`);
  await page.waitForFunction(() => window.benchReady, null, { timeout: 120000 });
  if (errors.length) throw new Error(`${lib}: ${errors.join('; ')}`);
  return { page, context };
}

/** First draw and redraw of `points` points. */
async function measureBig(browser, baseUrl, lib, shape, points) {
  const { page, context } = await load(browser, baseUrl, lib, { ...shape, points });
  const first = await page.evaluate(() => window.benchReady.createMs);
  const redraws = await page.evaluate(async () => {
    const out = [];
    for (let k = 0; k < 5; k += 1) {
      const t = performance.now();
      window.benchReady.redraw();
      await null;
      out.push(performance.now() - t);
    }
    return out;
  });
  await context.close();
  return { first_draw_ms: first, redraw_ms: median(redraws) };
}

/** JS heap and wasm memory before and after 10,000 redraws of the small shape. */
async function measureMemory(browser, baseUrl, lib, shape) {
  const { page, context } = await load(browser, baseUrl, lib, shape);
  const out = await page.evaluate(async () => {
    const read = () => {
      window.gc?.();
      return { js: performance.memory?.usedJSHeapSize ?? 0, wasm: window.benchReady.wasmBytes?.() ?? 0 };
    };
    const before = read();
    for (let k = 0; k < 10000; k += 1) {
      window.benchReady.redraw();
      if (k % 50 === 0) await null;
    }
    await null;
    return { before, after: read() };
  });
  await context.close();
  return out;
}

async function measure(browser, baseUrl, lib, shape) {
  const firstPaints = [];
  let redraws = [];
  let hovers = [];
  for (let i = 0; i < LOADS; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, deviceScaleFactor: 1 });
    await context.addInitScript((s) => {
      window.BENCH = s;
    }, shape);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${baseUrl}${LIBS[lib].page}`);
    await page.waitForFunction(() => window.benchReady, null, { timeout: 20000 });
    if (errors.length) throw new Error(`${lib}: ${errors.join('; ')}`);
    firstPaints.push(await page.evaluate(() => window.benchReady.firstPaint));
    if (i === 0) {
      // Browsers coarsen performance.now() (0.1 ms here), so time batches of BATCH calls. Each
      // call is followed by a microtask turn: uPlot commits its redraws in a microtask.
      redraws = await page.evaluate(async ({ n, batch }) => {
        const { redraw } = window.benchReady;
        for (let k = 0; k < 20; k += 1) {
          redraw();
          await null;
        }
        const out = [];
        for (let k = 0; k < n / batch; k += 1) {
          const t = performance.now();
          for (let j = 0; j < batch; j += 1) {
            redraw();
            await null;
          }
          out.push((performance.now() - t) / batch);
        }
        return out;
      }, { n: REDRAWS, batch: BATCH });
      hovers = await page.evaluate(async ({ n, batch }) => {
        const { hover, plot } = window.benchReady;
        if (!hover) return [];
        const [l, t, r, b] = plot();
        const out = [];
        let k = 0;
        for (let i = 0; i < n / batch; i += 1) {
          const t0 = performance.now();
          for (let j = 0; j < batch; j += 1, k += 1) {
            hover(l + ((r - l) * k) / n, t + (b - t) * (0.3 + (0.4 * ((k * 7) % 10)) / 10));
            await null;
          }
          out.push((performance.now() - t0) / batch);
        }
        return out;
      }, { n: HOVERS, batch: BATCH });
    }
    await context.close();
  }
  const big = {};
  for (const n of [100_000, 1_000_000]) big[n] = await measureBig(browser, baseUrl, lib, shape, n);
  return {
    bytes: bytes(LIBS[lib].files),
    big,
    memory: await measureMemory(browser, baseUrl, lib, shape),
    first_paint_ms: { median: median(firstPaints), min: Math.min(...firstPaints), max: Math.max(...firstPaints) },
    redraw_ms: { median: median(redraws), p95: pct(redraws, 95) },
    hover_ms: hovers.length ? { median: median(hovers), p95: pct(hovers, 95) } : null,
  };
}

const { server, url } = await startServer(0, '127.0.0.1', ROOT);
// The tests' launcher and flags, plus what the memory figures need.
const browser = await launchChromium(['--js-flags=--expose-gc', '--enable-precise-memory-info']);
const shape = benchShape();
const results = { date: new Date().toISOString(), machine: `${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, ${os.platform()}`, browser: browser.version(), libs: {} };
try {
  for (const lib of Object.keys(LIBS)) results.libs[lib] = await measure(browser, url, lib, shape);
} finally {
  await browser.close();
  server.close();
}

const f = (n, d = 2) => (n == null ? '–' : n.toFixed(d));
const kb = (n) => (n / 1024).toFixed(1);
const u = results.libs.uplot;
const c = results.libs['chart.js'];
console.log(`Chronicle Charts benchmark, ${results.date} on ${results.machine}, Chromium ${results.browser}`);
console.log('shape: party membership, 2 series, 800×450 CSS px, DPR 1\n');
console.log('| library | KB raw / gzip / brotli | first paint ms (median) | redraw ms p50 / p95 of batch means | hover ms p50 / p95 of batch means | redraw vs uPlot | gzip vs Chart.js |');
console.log('|---|---|---|---|---|---|---|');
for (const [lib, r] of Object.entries(results.libs)) {
  const h = r.hover_ms ? `${f(r.hover_ms.median, 3)} / ${f(r.hover_ms.p95, 3)}` : 'n/a';
  console.log(
    `| ${lib} | ${kb(r.bytes.raw)} / ${kb(r.bytes.gzip)} / ${kb(r.bytes.brotli)} | ${f(r.first_paint_ms.median, 1)} | ${f(r.redraw_ms.median)} / ${f(r.redraw_ms.p95)} | ${h} | ${f(r.redraw_ms.median / u.redraw_ms.median, 1)}× | ${f(r.bytes.gzip / c.bytes.gzip)}× |`,
  );
}
console.log('\n| library | 100k first draw ms | 100k redraw ms | 1M first draw ms | 1M redraw ms | JS heap MB before → after 10,000 redraws | wasm MB before → after |');
console.log('|---|---|---|---|---|---|---|');
const mb = (n) => (n / 1048576).toFixed(1);
for (const [lib, r] of Object.entries(results.libs)) {
  const [a, b] = [r.big[100000], r.big[1000000]];
  const m = r.memory;
  console.log(
    `| ${lib} | ${f(a.first_draw_ms, 0)} | ${f(a.redraw_ms, 1)} | ${f(b.first_draw_ms, 0)} | ${f(b.redraw_ms, 1)} | ${mb(m.before.js)} → ${mb(m.after.js)} | ${m.before.wasm ? `${mb(m.before.wasm)} → ${mb(m.after.wasm)}` : 'n/a'} |`,
  );
}
writeFileSync(`${ROOT}/bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwrote bench/results.json');
