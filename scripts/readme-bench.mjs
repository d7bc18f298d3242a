// Writes the README's benchmark tables from bench/results.json (made by `npm run bench`), between
// the markers `<!-- bench:start -->` and `<!-- bench:end -->`: the README's figures are never
// typed by hand. `npm run bench` runs it after measuring.
import { readFileSync, writeFileSync } from 'node:fs';

const ROOT = new URL('..', import.meta.url);
const results = JSON.parse(readFileSync(new URL('bench/results.json', ROOT), 'utf8'));
const NAMES = { chronicle: 'Chronicle Charts', 'chart.js': 'Chart.js', uplot: 'uPlot' };
const kb = (b) => (b / 1024).toFixed(1);
const ms = (v, digits = 1) => (v == null ? 'n/a' : v.toFixed(digits));
const mb = (b) => (b / 1048576).toFixed(1);

const rows = Object.entries(results.libs);
const small = rows.map(([id, r]) => {
  const hover = r.hover_ms ? `${ms(r.hover_ms.median, 3)} / ${ms(r.hover_ms.p95, 3)}` : 'n/a';
  return `| ${NAMES[id]} | ${kb(r.bytes.raw)} / ${kb(r.bytes.gzip)} / ${kb(r.bytes.brotli)} | ${ms(r.first_paint_ms.median)} | ${ms(r.redraw_ms.median, 2)} / ${ms(r.redraw_ms.p95, 2)} | ${hover} |`;
});
const big = rows.map(([id, r]) => {
  const wasm = r.memory.before.wasm ? `${mb(r.memory.before.wasm)} → ${mb(r.memory.after.wasm)}` : 'n/a';
  return `| ${NAMES[id]} | ${ms(r.big['100000'].first_draw_ms, 0)} | ${ms(r.big['100000'].redraw_ms)} | ${ms(r.big['1000000'].first_draw_ms, 0)} | ${ms(r.big['1000000'].redraw_ms)} | ${mb(r.memory.before.js)} → ${mb(r.memory.after.js)} | ${wasm} |`;
});
const section = `Latest run (${results.date.slice(0, 10)}, ${results.machine}, Chromium ${results.browser}, 800×450 CSS px
at DPR 1). Small shape: party membership, two series; redraw and hover are medians and p95 of
batch means; bytes are every file one chart loads, raw / gzip -9 / brotli, in KB:

| library | KB raw / gzip / brotli | first paint ms | redraw ms p50 / p95 | hover ms p50 / p95 |
|---|---|---|---|---|
${small.join('\n')}

Large series (one series of daily points; ours is given CSV text, the others arrays) and memory
around 10,000 redraws of the small shape:

| library | 100k first draw ms | 100k redraw ms | 1M first draw ms | 1M redraw ms | JS heap MB | wasm MB |
|---|---|---|---|---|---|---|
${big.join('\n')}`;

const url = new URL('README.md', ROOT);
const readme = readFileSync(url, 'utf8');
const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';
const [before, rest] = readme.split(start);
if (rest === undefined || !rest.includes(end)) throw new Error('README.md has no bench markers');
writeFileSync(url, `${before}${start}\n${section}\n${end}${rest.split(end)[1]}`);
console.log('wrote the benchmark tables into README.md from bench/results.json');
