// Chronicle Charts drawing the benchmark's shape (window.BENCH) through mountChart, or one
// series of N points (window.BENCH.points): as CSV text, the way a reader supplies it
// (path 'csv'), or as typed arrays through mountChart(box, { columns: { x, series: [{ name, y }],
// title } }) (path 'typed'; x in fractional years).
import { loadWasm, mountChart, wasmMemoryBytes } from '/www/chronicle.js';

await loadWasm();
const { title, series, points, path } = window.BENCH;
const box = document.getElementById('chart');
const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** Mounts the chart; resolves to { controller, t0, drawn } (times around the synchronous draw). */
async function create() {
  if (!points) {
    const data = {
      title,
      series: series.map((s, i) => ({ id: `s${i}`, name: s.name, points: s.points.map(([date, value]) => ({ date, value })) })),
    };
    const t0 = performance.now();
    const controller = await mountChart(box, { data });
    return { controller, t0, drawn: performance.now() };
  }
  const { bigSeries } = await import('./shape.js');
  if (path === 'typed') {
    const { xs, ys } = bigSeries(points);
    // Timed as the others are, from the call that creates the chart from the arrays (what
    // uPlot is given): mountChart takes numeric columns, which the lean module reads as they are.
    const t0 = performance.now();
    const controller = await mountChart(box, { columns: { x: xs, series: [{ name: 'Value', y: ys }], title: `${points} points` } });
    return { controller, t0, drawn: performance.now() };
  }
  const { ys, dates } = bigSeries(points);
  const rows = ['date,Value'];
  for (let i = 0; i < points; i += 1) rows.push(`${dates[i]},${ys[i]}`);
  const csv = rows.join('\n');
  const t0 = performance.now();
  const controller = await mountChart(box, { csv, title: `${points} points` });
  return { controller, t0, drawn: performance.now() };
}

try {
  const { controller, t0, drawn } = await create();
  if (!controller) throw new Error(box.textContent.trim() || 'mountChart returned null');
  await painted();
  const done = performance.now();
  const stage = controller.canvas.parentElement;
  window.benchReady = {
    firstPaint: done,
    createMs: drawn - t0,
    firstDrawMs: done - t0,
    redraw: () => controller.redraw(),
    // The stage listens for pointer events; the plot is its middle (no read-out of the chart's
    // own geometry).
    hoverTarget: () => {
      const r = stage.getBoundingClientRect();
      return { el: stage, rect: { left: r.left + r.width * 0.15, top: r.top + r.height * 0.1, width: r.width * 0.8, height: r.height * 0.8 } };
    },
    hovered: () => [...controller.element.querySelectorAll('.chronicle-tooltip')].some((t) => !t.hidden),
    wasmBytes: () => wasmMemoryBytes(),
  };
} catch (e) {
  window.benchFailed = { note: e.note ?? 'failed', error: String(e.message ?? e) };
}
