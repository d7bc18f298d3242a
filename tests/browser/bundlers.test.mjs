// The element under real bundlers, as the README tells a user to set it up: esbuild (the default
// single-file iife, and --format=esm), webpack 5 and Vite 8 (build and dev) each build a tiny app
// that imports the element from the packed tarball; the built page shows a live chart, and its
// picture where WebAssembly is missing.
import { after, before, test } from 'node:test';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { launchChromium } from './harness.mjs';
import { bin, checkChart, follow, packedProject, page, snippet } from './apps.mjs';

let browser;
let work;
before(async () => {
  work = packedProject('bundlers');
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  rmSync(work.dir, { recursive: true, force: true });
});

/** A copy of the packed project for one tool, with the app's script and page in src/. */
function app(name, js, html) {
  const dir = join(work.dir, name);
  execFileSync('cp', ['-r', work.project, dir]);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src/app.js'), js);
  if (html) writeFileSync(join(dir, 'index.html'), html);
  return dir;
}

/** Serves `root`, checks the live chart and the picture without WebAssembly there, then stops. */
async function checkSite(root, path = '') {
  const { server, url } = await startServer(0, '127.0.0.1', root);
  try {
    await checkChart(browser, `${url}${path}`);
    await checkChart(browser, `${url}${path}`, { noWasm: true });
  } finally {
    await new Promise((done) => server.close(done));
  }
}

const run = (dir, tool, args) => execFileSync(bin(tool), args, { cwd: dir, stdio: 'pipe', timeout: 120_000 });

test("esbuild's default single-file bundle (iife), with base on the element", async () => {
  const dir = app('esbuild-iife', snippet('bundle-js'));
  run(dir, 'esbuild', ['src/app.js', '--bundle', '--outfile=dist/app.js', '--log-level=error']);
  follow('dist', dir);
  writeFileSync(join(dir, 'dist/index.html'), page(`${snippet('bundle-html')}<script src="app.js"></script>`));
  await checkSite(join(dir, 'dist'));
});

test('esbuild --format=esm, with the base set once in the script', async () => {
  const dir = app('esbuild-esm', snippet('bundle-base'));
  run(dir, 'esbuild', ['src/app.js', '--bundle', '--format=esm', '--outfile=dist/app.js', '--log-level=error']);
  follow('dist', dir);
  writeFileSync(join(dir, 'dist/index.html'), page(`<chronicle-chart chart="gulag"></chronicle-chart><script type="module" src="app.js"></script>`));
  await checkSite(join(dir, 'dist'));
});

test('webpack 5 (production), with base on the element', async () => {
  const dir = app('webpack', snippet('bundle-js'));
  run(dir, 'webpack', ['--mode', 'production', '--entry', './src/app.js', '--output-path', join(dir, 'dist')]);
  follow('dist', dir);
  writeFileSync(join(dir, 'dist/index.html'), page(`${snippet('bundle-html')}<script src="main.js"></script>`));
  await checkSite(join(dir, 'dist'));
});

const viteHtml = () => page(`${snippet('bundle-html')}<script type="module" src="/src/app.js"></script>`);

test('vite build, with base on the element', async () => {
  const dir = app('vite-build', snippet('bundle-js'), viteHtml());
  follow('vite', dir);
  run(dir, 'vite', ['build', '--logLevel', 'error']);
  await checkSite(join(dir, 'dist'));
});

test('vite dev server, with base on the element', async () => {
  const dir = app('vite-dev', snippet('bundle-js'), viteHtml());
  follow('vite', dir);
  const server = spawn(bin('vite'), ['--port', '0', '--host', '127.0.0.1', '--strictPort', '--clearScreen', 'false'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise((done, fail) => {
      let out = '';
      const timer = setTimeout(() => fail(new Error(`vite did not start: ${out}`)), 60_000);
      const read = (chunk) => {
        out += chunk;
        const m = out.replace(/\x1b\[[0-9;]*m/g, '').match(/http:\/\/127\.0\.0\.1:\d+\//);
        if (m) {
          clearTimeout(timer);
          done(m[0]);
        }
      };
      server.stdout.on('data', read);
      server.stderr.on('data', read);
    });
    await checkChart(browser, url);
    await checkChart(browser, url, { noWasm: true });
  } finally {
    server.kill();
  }
});
