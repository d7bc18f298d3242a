// Chart.js drawing the benchmark's shape, animations off so a draw is synchronous. Large series
// get what Chart.js documents for them: the decimation plugin (min-max), parsing: false,
// normalized: true, a linear x scale and {x, y} objects.
const { title, series, points } = window.BENCH;
const year = (d) => {
  const [y, m = 1, day = 15] = d.split('-').map(Number);
  return y + (m - 1) / 12 + (day - 1) / 365;
};
let datasets;
if (points) {
  const { bigSeries } = await import('./shape.js');
  const { xs, ys } = bigSeries(points);
  const data = new Array(points);
  for (let i = 0; i < points; i += 1) data[i] = { x: xs[i], y: ys[i] };
  datasets = [{ label: 'Value', data, pointRadius: 0, borderWidth: 1 }];
} else {
  datasets = series.map((s) => ({ label: s.name, data: s.points.map(([d, v]) => ({ x: year(d), y: v })) }));
}
const canvas = document.getElementById('chart');
const t0 = performance.now();
const chart = new window.Chart(canvas, {
  type: 'line',
  data: { datasets },
  options: {
    animation: false,
    responsive: false,
    devicePixelRatio: window.devicePixelRatio,
    // A tooltip for the point nearest the pointer on x, as ours and uPlot's cursor show.
    interaction: { mode: 'nearest', axis: 'x', intersect: false },
    ...(points ? { parsing: false, normalized: true, spanGaps: true } : {}),
    scales: { x: { type: 'linear' } },
    plugins: {
      title: { display: true, text: title },
      ...(points ? { decimation: { enabled: true, algorithm: 'min-max' } } : {}),
    },
  },
});
const drawn = performance.now();
await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const done = performance.now();
window.benchReady = {
  firstPaint: done,
  createMs: drawn - t0,
  firstDrawMs: done - t0,
  note: points ? (chart.data.datasets[0]._decimated ? 'decimated (min-max)' : 'NOT decimated') : null,
  redraw: () => chart.update('none'),
  hoverTarget: () => {
    const r = canvas.getBoundingClientRect();
    const a = chart.chartArea;
    return { el: canvas, rect: { left: r.left + a.left, top: r.top + a.top, width: a.right - a.left, height: a.bottom - a.top } };
  },
  hovered: () => chart.tooltip.getActiveElements().length > 0,
};
