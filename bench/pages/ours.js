// Chronicle Charts drawing the benchmark's shape (window.BENCH: title and two series).
import { mountChart } from '/www/chronicle.js';

const { title, series } = window.BENCH;
const spec = {
  title,
  series: series.map((s, i) => ({
    id: `s${i}`,
    name: s.name,
    points: s.points.map(([date, value]) => ({ date, value })),
  })),
};
const controller = await mountChart(document.getElementById('chart'), { data: spec });
window.benchReady = {
  firstPaint: performance.now(),
  redraw: () => controller.redraw(),
  hover: (x, y) => controller.handle.hover(x, y),
  plot: () => controller.handle.plotRect(),
};
