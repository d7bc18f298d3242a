// Prints what one built-in chart's page loads until the chart is ready, file by file, raw and
// gzip -9, against a budget per file that adds up to the 60 KB a reader on a phone should wait
// for; and what loads only on first use (the live chart, then the full module). Printed by the build; never fails it:
// the benchmark (`npm run bench`) measures what a page really loads.
// Usage: node scripts/budget.mjs [chart]
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const chart = process.argv[2] ?? 'party-membership';
const KB = 1024;
// The budget per file, in KB gzip: the plan for reaching 60 KB in all, with room left over.
// Re-planned on 28 November 2026 from what each file came to once the design settled: the
// element (7.9) carries its attributes' checks, the reader's language, its box's styles and the
// loading of the picture and the live chart; the picture's script (3.2) its pointer and
// keyboard. The picture's map is largest for the repression chart (9.1, three series of bars),
// and the SVGs came in under 3.5.
const READY = [
  ['www/chronicle-chart.js', 8.5],
  ['www/errors.js', 2],
  ['www/base.js', 1],
  ['www/pkg/words.js', 2.5],
  // With the rules that ask for each chart's picture before the element's script has come.
  ['www/chronicle.css', 4],
  ['www/picture.js', 3.5],
  ['www/tooltip.js', 0.5],
  ['www/pkg/chronicle_picture.js', 2],
  ['www/pkg/chronicle_picture_bg.wasm', 10.5],
  [`www/pkg/picture/${chart}.en.js`, 9.5],
  [`www/fallback/${chart}.en.light.svg`, 3.5],
];
// The live chart: loaded on the reader's first sign of wanting more than the picture answers.
const LIVE = [
  'www/chronicle.js',
  'www/interaction.js',
  'www/accessible.js',
  'www/pkg/chronicle_core.js',
  'www/pkg/chronicle_core_bg.wasm',
  'www/pkg/charts/index.js',
  `www/pkg/charts/${chart}.js`,
];
const LATER = ['www/pkg/chronicle_charts.js', 'www/pkg/chronicle_charts_bg.wasm'];
const size = (file) => {
  const body = readFileSync(file);
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
};
const pad = (s, n) => String(s).padEnd(n);
const num = (n, d = 1) => (n / KB).toFixed(d).padStart(7);
console.log(`${pad('what one chart loads until ready', 40)}   KB raw  KB gzip   budget`);
let total = 0;
let budget = 0;
for (const [file, kb] of READY) {
  if (!existsSync(file)) {
    console.log(`${pad(file, 40)}  missing`);
    continue;
  }
  const s = size(file);
  total += s.gzip;
  budget += kb * KB;
  const mark = s.gzip > kb * KB ? `over by ${((s.gzip - kb * KB) / KB).toFixed(1)}` : 'ok';
  console.log(`${pad(file, 40)} ${num(s.raw)} ${num(s.gzip)} ${num(kb * KB)}  ${mark}`);
}
console.log(`${pad('total', 40)} ${' '.repeat(7)} ${num(total)} ${num(budget)}  ${total > budget ? 'over' : 'within'} the ${budget / KB} KB budget`);
console.log('\nthe live chart, on first use (the pointer coming in, a tap, focus, the wheel):');
for (const file of LIVE) if (existsSync(file)) console.log(`${pad(file, 40)} ${num(size(file).raw)} ${num(size(file).gzip)}`);
console.log('\nthe full module, on first use (a user\'s CSV/JSON text, exports, table, sound, kiosk):');
for (const file of LATER) if (existsSync(file)) console.log(`${pad(file, 40)} ${num(size(file).raw)} ${num(size(file).gzip)}`);
