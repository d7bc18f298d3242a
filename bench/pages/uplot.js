// uPlot drawing the benchmark's shape: x values aligned across series, gaps as null. Large
// series are given as typed arrays (x, y), as uPlot's docs recommend; uPlot decimates paths
// itself.
const { title, series, points } = window.BENCH;
const year = (d) => {
  const [y, m = 1, day = 15] = d.split('-').map(Number);
  return y + (m - 1) / 12 + (day - 1) / 365;
};
let data;
let seriesOpts;
if (points) {
  const { bigSeries } = await import('./shape.js');
  const { xs, ys } = bigSeries(points);
  data = [xs, ys];
  seriesOpts = [{}, { label: 'Value', stroke: '#0072b2' }];
} else {
  const xs = [...new Set(series.flatMap((s) => s.points.map(([d]) => year(d))))].sort((a, b) => a - b);
  data = [
    xs,
    ...series.map((s) => {
      const byX = new Map(s.points.map(([d, v]) => [year(d), v]));
      return xs.map((x) => byX.get(x) ?? null);
    }),
  ];
  seriesOpts = [{}, ...series.map((s, i) => ({ label: s.name, stroke: ['#1a1a1a', '#0072b2'][i % 2], spanGaps: false }))];
}
const t0 = performance.now();
const u = new window.uPlot(
  { title, width: 800, height: 450, scales: { x: { time: false } }, series: seriesOpts },
  data,
  document.getElementById('chart'),
);
await null; // uPlot commits its first draw in a microtask
const drawn = performance.now();
await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const done = performance.now();
window.benchReady = {
  firstPaint: done,
  createMs: drawn - t0,
  firstDrawMs: done - t0,
  redraw: () => u.redraw(true, true),
  hoverTarget: () => {
    const r = u.over.getBoundingClientRect();
    return { el: u.over, rect: { left: r.left, top: r.top, width: r.width, height: r.height } };
  },
  hovered: () => u.cursor.idx != null,
};
