// Writes docs/size-report.md: where the bytes of the two WebAssembly modules are, grouped by
// crate (and by our own modules), from `twiggy top` on the modules as rustc leaves them (before
// wasm-bindgen and wasm-opt, which strip names; the shipped files are about a quarter smaller).
// Needs twiggy (`cargo install twiggy --version 0.7.0`, about 2 minutes) and `npm run build`.
// Usage: node scripts/size-report.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// [title, name in pkg/, the crate's wasm file as rustc leaves it]
const MODULES = [
  ['picture module (a built-in chart answering before the live chart)', 'chronicle_picture', 'chronicle_picture'],
  ['lean core (the live chart, loaded on first use; compiled for speed, opt-level 3)', 'chronicle_core', 'chronicle_charts'],
  ['full (loaded on first use of the table, exports, sound, custom text)', 'chronicle_charts', 'chronicle_charts'],
];
const OURS = 'chronicle_charts';

/** The crate an item belongs to (our own modules by name), or what kind of item it is. */
function group(name) {
  if (name.startsWith('data[')) return 'data (strings: words, messages; tables)';
  const m = name.match(/^<?&?(?:mut )?(?:dyn )?([a-z_0-9]+)(?:\[[0-9a-f]+\])?::([a-z_0-9]+)/);
  if (!m) return 'other (imports, exports, glue, items twiggy cannot name)';
  if (m[1] === OURS || m[1] === 'chronicle_picture') return `our ${m[2]}`;
  if (m[1] === 'core' || m[1] === 'alloc') return `${m[1]}::${m[2]}`;
  return m[1];
}

function report(file) {
  const csv = execFileSync('twiggy', ['top', '-n', '1000000', '-f', 'csv', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const sizes = new Map();
  let total = 0;
  for (const line of csv.split('\n').slice(1)) {
    const m = line.match(/^(.*),(\d+),([\d.]+),/);
    if (!m) continue;
    const name = m[1].replace(/^"|"$/g, '');
    // Sections wasm-bindgen removes (its descriptors, the name section) are not shipped.
    if (/custom section|function names|wbindgen_describe/.test(name)) continue;
    const bytes = Number(m[2]);
    sizes.set(group(name), (sizes.get(group(name)) ?? 0) + bytes);
    total += bytes;
  }
  return { total, rows: [...sizes].sort((a, b) => b[1] - a[1]) };
}

const kb = (n) => (n / 1024).toFixed(1);
let out = `# Where the bytes are

Written by \`node scripts/size-report.mjs\` (twiggy ${execFileSync('twiggy', ['--version'], { encoding: 'utf8' }).trim().split(' ').pop()}) from the modules rustc builds,
before wasm-bindgen and \`wasm-opt -Oz\`; names are grouped by crate, and our own code by module.
Generic code (sorting, collections, iterators) is counted under \`core\`/\`alloc\` although our
types instantiate it. \`npm run build\` prints what a page downloads, file by file, against a budget.

`;
for (const [title, name, crate] of MODULES) {
  const pre = `target/${name}/wasm32-unknown-unknown/release/${crate}.wasm`;
  const shipped = readFileSync(`www/pkg/${name}_bg.wasm`);
  const { total, rows } = report(pre);
  out += `## ${title}: \`pkg/${name}_bg.wasm\`\n\nShipped: ${kb(shipped.length)} KB raw, ${kb(gzipSync(shipped, { level: 9 }).length)} KB gzip. Before wasm-bindgen and wasm-opt: ${kb(total)} KB.\n\n| group | KB | share |\n|---|---:|---:|\n`;
  for (const [g, bytes] of rows.slice(0, 25)) out += `| ${g} | ${kb(bytes)} | ${((100 * bytes) / total).toFixed(1)} % |\n`;
  const rest = rows.slice(25).reduce((s, [, b]) => s + b, 0);
  out += rows.length > 25 ? `| ${rows.length - 25} more | ${kb(rest)} | ${((100 * rest) / total).toFixed(1)} % |\n\n` : '\n';
}
writeFileSync('docs/size-report.md', out);
console.log('wrote docs/size-report.md');
