// A page's TypeScript that uses every documented API of Chronicle Charts, as the README and
// types/ describe it; tests/browser/types.test.mjs checks it with `tsc --strict --noEmit` against
// the packed package, under `moduleResolution` `bundler` and `node`.
import 'chronicle-charts';
import type { ChronicleChartElement, ChronicleController, ChronicleErrorCode } from 'chronicle-charts';
import { mountChart } from 'chronicle-charts/mount';
import type { ChartSource, MountOptions } from 'chronicle-charts/mount';
// @ts-expect-error mountChart is in chronicle-charts/mount, not in the element's module
import { mountChart as notHere } from 'chronicle-charts';

// Where the widget's files are, for every chart of the page (README: With a bundler).
globalThis.ChronicleCharts = { base: '/chronicle/' };

// The events reach the element, `document` and `window`, typed.
document.addEventListener('chronicle-select', (e) => {
  const series: string | null = e.detail.series;
  const date: string | null = e.detail.date;
  const value: number | null = e.detail.value;
  return [series, date, value];
});
window.addEventListener('chronicle-view', (e) => [e.detail.from, e.detail.to]);
document.addEventListener('chronicle-error', (e) => {
  const code: ChronicleErrorCode = e.detail.code;
  const where: string | null = e.detail.field;
  return `${code} ${e.detail.message} ${where}`;
});
window.addEventListener('chronicle-ready', (e) => e.target);

async function useElement(): Promise<void> {
  const chart: ChronicleChartElement | null = document.querySelector('chronicle-chart');
  if (!chart) return;
  chart.addEventListener('chronicle-select', (e) => e.detail.series);
  const made = document.createElement('chronicle-chart');
  made.setAttribute('chart', 'gulag');
  made.setAttribute('base', '/chronicle/');
  document.body.append(made);
  await chart.setData('year,Arrests\n1937,936750\n');
  await chart.setData({ title: 'Mine', series: [] });
  const png: Blob = await chart.toPNG();
  const svg: string = await chart.toSVG();
  const csv: string = await chart.toCSV();
  chart.reset();
  chart.setCursor('1924-01-01');
  chart.setCursor(1937);
  chart.setCursor(null);
  const controller: ChronicleController | null = chart.controller;
  console.log(png.size, svg.length, csv.length, controller?.redraws);
}

async function useMount(container: HTMLElement): Promise<void> {
  const options: MountOptions = { lang: 'uk', theme: 'dark', kind: 'bar', from: '1930', to: '1940', claims: true };
  const sources: ChartSource[] = [
    { chart: 'gulag' },
    { json: '{}' },
    { csv: 'year,A\n1937,1,5\n', title: 'A', decimal: ',' },
    { data: {} },
    { text: 'year,A', type: 'text/csv', url: 'a.csv' },
  ];
  for (const source of sources) await mountChart(container, source, options);
  const c = await mountChart(container, { chart: 'repression' }, 'de');
  if (!c) return;
  await c.setData('year,A\n1937,1\n', 'Title', '.');
  await c.setLang('fr');
  c.redraw();
  c.schedule();
  c.setClaims(true);
  c.setCursor('1937');
  const texts: string[] = [await c.toSVG(), await c.toCSV()];
  const png: Blob = await c.toPNG();
  console.log(texts, png, c.canvas.width, c.overlay.height, c.element.id, c.redraws);
  c.reset();
  c.destroy();
}

export { useElement, useMount, notHere };
