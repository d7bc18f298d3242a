// uPlot drawing the benchmark's shape: x values aligned across series, gaps as null.
const { title, series } = window.BENCH;
const year = (d) => {
  const [y, m = 1, day = 15] = d.split('-').map(Number);
  return y + (m - 1) / 12 + (day - 1) / 365;
};
const xs = [...new Set(series.flatMap((s) => s.points.map(([d]) => year(d))))].sort((a, b) => a - b);
const columns = series.map((s) => {
  const byX = new Map(s.points.map(([d, v]) => [year(d), v]));
  return xs.map((x) => byX.get(x) ?? null);
});
const u = new window.uPlot(
  {
    title,
    width: 800,
    height: 450,
    scales: { x: { time: false } },
    series: [{}, ...series.map((s, i) => ({ label: s.name, stroke: ['#1a1a1a', '#0072b2'][i % 2], spanGaps: false }))],
  },
  [xs, ...columns],
  document.getElementById('chart'),
);
window.benchReady = {
  firstPaint: performance.now(),
  redraw: () => u.redraw(true, true),
  hover: (x, y) => u.setCursor({ left: x, top: y }),
  plot: () => [0, 0, u.bbox.width / devicePixelRatio, u.bbox.height / devicePixelRatio],
};
