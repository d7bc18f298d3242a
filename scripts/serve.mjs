// Serves www/ over HTTP on 127.0.0.1 (PORT overrides 8080; 0 picks a free port). Used by
// `npm start`, the browser tests and the benchmark (which serves the repository root). Static
// files only; nothing is fetched from elsewhere. www/ is also served at /chronicle/, the folder
// the README's snippets name, so they load here as written. The benchmark opts in to two things
// the default never does: gzip on the wire (so an emulated slow link carries what a real server
// would send) and cross-origin isolation (so performance.now() is precise to 5 µs rather than
// 100 µs).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const WWW = resolve(fileURLToPath(new URL('../www/', import.meta.url)));
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

// Bodies a server would not compress (already compressed).
const STORED = new Set(['.png', '.jpg', '.jpeg', '.webp', '.avif', '.woff2', '.gz', '.br']);
const gzipped = new Map();

/** `body` gzip -9, cached per file and modification time. */
function gzipOnce(file, mtimeMs, body) {
  const key = `${file}\0${mtimeMs}`;
  if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
  return gzipped.get(key);
}

async function handle(served, req, res, options) {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  // /chronicle/ is always www/, whatever else is served (the benchmark serves the repository).
  let root = served;
  if (path.startsWith('/chronicle/')) [root, path] = [WWW, path.slice('/chronicle'.length)];
  let file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end('forbidden');
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    let body = await readFile(file);
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      // The strict policy the widget promises to work under: no inline script or style, no
      // eval, nothing from other origins; wasm compiles under 'wasm-unsafe-eval'.
      'content-security-policy': CSP,
    };
    if (options.isolate) {
      headers['cross-origin-opener-policy'] = 'same-origin';
      headers['cross-origin-embedder-policy'] = 'require-corp';
    }
    if (options.gzip && !STORED.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipOnce(file, (await stat(file)).mtimeMs, body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
  }
}

/**
 * Starts the server for `root` (default www/); resolves to { server, url }. `options` (both off
 * by default): `gzip` sends bodies gzip -9 with `content-encoding: gzip` to clients that accept
 * it; `isolate` adds COOP/COEP headers (cross-origin isolation, for precise timers).
 */
export function startServer(port = 8080, host = '127.0.0.1', root = WWW, options = {}) {
  return new Promise((done, fail) => {
    const server = createServer((req, res) => {
      handle(resolve(root), req, res, options).catch(() => res.writeHead(500).end());
    });
    server.once('error', fail);
    server.listen(port, host, () => done({ server, url: `http://${host}:${server.address().port}/` }));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  const { url } = await startServer(port);
  console.log(`==> serving www/ at ${url}  (Ctrl+C stops)`);
}
