// Serves www/ over HTTP on 127.0.0.1 (PORT overrides 8080; 0 picks a free port). Used by
// `npm start`, the browser tests and the benchmark (which serves the repository root). Static
// files only; nothing is fetched from elsewhere. www/ is also served at /chronicle/, the folder
// the README's snippets name, so they load here as written.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
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

async function handle(root, req, res) {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (root === WWW && path.startsWith('/chronicle/')) path = path.slice('/chronicle'.length);
  let file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end('forbidden');
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      // The strict policy the widget promises to work under: no inline script or style, no
      // eval, nothing from other origins; wasm compiles under 'wasm-unsafe-eval'.
      'content-security-policy': CSP,
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
  }
}

/** Starts the server for `root` (default www/); resolves to { server, url }. */
export function startServer(port = 8080, host = '127.0.0.1', root = WWW) {
  return new Promise((done, fail) => {
    const server = createServer((req, res) => {
      handle(resolve(root), req, res).catch(() => res.writeHead(500).end());
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
