// Chart.js drawing the benchmark's shape, animations off so a draw is synchronous.
import { bigSeries } from './shape.js';

const { title, series, points } = window.BENCH;
const year = (d) => {
  const [y, m = 1, day = 15] = d.split('-').map(Number);
  return y + (m - 1) / 12 + (day - 1) / 365;
};
let datasets;
if (points) {
  const { xs, ys } = bigSeries(points);
  const data = new Array(points);
  for (let i = 0; i < points; i += 1) data[i] = { x: xs[i], y: ys[i] };
  datasets = [{ label: 'Value', data, pointRadius: 0 }];
} else {
  datasets = series.map((s) => ({ label: s.name, data: s.points.map(([d, v]) => ({ x: year(d), y: v })) }));
}
const t0 = performance.now();
const chart = new window.Chart(document.getElementById('chart'), {
  type: 'line',
  data: { datasets },
  options: {
    animation: false,
    responsive: false,
    parsing: points ? false : undefined,
    devicePixelRatio: window.devicePixelRatio,
    scales: { x: { type: 'linear' } },
    plugins: { title: { display: true, text: title } },
  },
});
const drawn = performance.now();
window.benchReady = {
  firstPaint: drawn,
  createMs: drawn - t0,
  redraw: () => chart.update('none'),
  plot: () => [chart.chartArea.left, chart.chartArea.top, chart.chartArea.right, chart.chartArea.bottom],
};
