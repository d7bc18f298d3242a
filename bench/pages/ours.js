// Chronicle Charts drawing the benchmark's shape (window.BENCH), or N points (window.BENCH.points)
// given as CSV text, the way a reader supplies them.
import { loadWasm, mountChart, wasmMemoryBytes } from '/www/chronicle.js';
import { bigSeries } from './shape.js';

await loadWasm();
const { title, series, points } = window.BENCH;
let source;
if (points) {
  const { ys, dates } = bigSeries(points);
  const rows = ['date,Value'];
  for (let i = 0; i < points; i += 1) rows.push(`${dates[i]},${ys[i]}`);
  source = { csv: rows.join('\n'), title: `${points} points` };
} else {
  source = {
    data: {
      title,
      series: series.map((s, i) => ({ id: `s${i}`, name: s.name, points: s.points.map(([date, value]) => ({ date, value })) })),
    },
  };
}
const t0 = performance.now();
const controller = await mountChart(document.getElementById('chart'), source);
const drawn = performance.now();
window.benchReady = {
  firstPaint: drawn,
  createMs: drawn - t0,
  redraw: () => controller.redraw(),
  hover: (x, y) => controller.handle.hover(x, y),
  // Where to hover: the middle of the canvas, as a reader's pointer would cross it (no read-out
  // of the chart's own geometry).
  plot: () => {
    const { width, height } = controller.canvas.getBoundingClientRect();
    return [width * 0.15, height * 0.25, width * 0.95, height * 0.75];
  },
  wasmBytes: () => wasmMemoryBytes(),
};
