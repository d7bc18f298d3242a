// Bundles www/standalone.js with everything it imports into one ES module (www/pkg/standalone.js)
// that the chart maker puts inline in the self-contained .html it writes. Dynamic imports
// (the full module) are inlined too: the file must never ask for another.
// Usage: node scripts/standalone.mjs <out dir>
import { build } from 'esbuild';
import { join } from 'node:path';

const out = process.argv[2] ?? 'www/pkg';
await build({
  entryPoints: [new URL('../www/standalone.js', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outfile: join(out, 'standalone.js'),
  logLevel: 'warning',
});
