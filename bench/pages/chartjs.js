// Chart.js drawing the benchmark's shape, animations off so a draw is synchronous.
const { title, series } = window.BENCH;
const year = (d) => {
  const [y, m = 1, day = 15] = d.split('-').map(Number);
  return y + (m - 1) / 12 + (day - 1) / 365;
};
const chart = new window.Chart(document.getElementById('chart'), {
  type: 'line',
  data: {
    datasets: series.map((s) => ({ label: s.name, data: s.points.map(([d, v]) => ({ x: year(d), y: v })) })),
  },
  options: {
    animation: false,
    responsive: false,
    devicePixelRatio: window.devicePixelRatio,
    scales: { x: { type: 'linear' } },
    plugins: { title: { display: true, text: title } },
  },
});
window.benchReady = {
  firstPaint: performance.now(),
  redraw: () => chart.update('none'),
  plot: () => [chart.chartArea.left, chart.chartArea.top, chart.chartArea.right, chart.chartArea.bottom],
};
