// Tiny apps as a user makes them: the packed tarball (`npm pack`) installed offline into an empty
// project, the README's instructions for bundlers followed literally (its snippets and copy
// commands), the real tools run from this repository's node_modules/.bin, and the built site
// checked in Chromium: a live chart, and its picture where WebAssembly is missing.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elementReady, langFile } from './harness.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** A tool of this repository's dev dependencies (`esbuild`, `vite`, `webpack`, `eleventy`). */
export const bin = (name) => join(ROOT, 'node_modules/.bin', name);

/** The README's code block after `<!-- snippet: name -->`, as written. */
export function snippet(name) {
  const m = README.match(new RegExp(`<!-- snippet: ${name} -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\`\`\``));
  assert.ok(m, `README has the ${name} snippet`);
  return m[1];
}

/** The README's inline code between `<!-- copy:name -->` and `<!-- /copy:name -->`. */
export function instruction(name) {
  const m = README.match(new RegExp(`<!-- copy:${name} -->\`([^\`]+)\`<!-- /copy:${name} -->`));
  assert.ok(m, `README has the ${name} instruction`);
  return m[1];
}

/** Runs the README's shell command `name` (a `cp -r …`) in `dir`. */
export function follow(name, dir) {
  const command = instruction(name);
  assert.match(command, /^cp -r [\w@/.-]+ [\w/.-]+$/, 'a plain copy command');
  const [, , from, to] = command.split(' ');
  mkdirSync(dirname(join(dir, to)), { recursive: true });
  execFileSync('cp', ['-r', from, to], { cwd: dir });
}

/**
 * An empty project with the package installed from its tarball, offline: `{ dir }`. The tarball is
 * packed without running `prepack` (the tests run after a build).
 */
export function packedProject(prefix) {
  const dir = mkdtempSync(join(tmpdir(), `chronicle-${prefix}-`));
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, stdio: 'pipe' });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  const project = join(dir, 'app');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), '{"name":"app","version":"1.0.0","private":true}\n');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(dir, tarball)], { cwd: project, stdio: 'pipe' });
  return { dir, project };
}

/** A page around `body`, in English. */
export const page = (body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="/chronicle/favicon.svg"><title>app</title>${head}</head><body>\n${body}\n</body></html>\n`;

/**
 * Opens `url` in a fresh context and waits for `chronicle-ready`, then for the live chart the
 * reader's mouse brings; checks the chart's title is the
 * language file's and that the console stayed clean. `noWasm` deletes WebAssembly first and checks
 * the picture instead.
 */
export async function checkChart(browser, url, { chart = 'gulag', noWasm = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const errors = [];
  const failed = [];
  try {
    await context.addInitScript((off) => {
      if (off) delete globalThis.WebAssembly;
      window.readyCount = 0;
      document.addEventListener('chronicle-ready', () => (window.readyCount += 1));
    }, noWasm);
    const tab = await context.newPage();
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    tab.on('pageerror', (e) => errors.push(String(e)));
    tab.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    await tab.goto(url);
    const title = langFile('en')[`${chart}.title`];
    if (noWasm) {
      const shown = await tab.waitForFunction(() => {
        const img = document.querySelector('chronicle-chart')?.shadowRoot?.querySelector('img');
        // Its text alternative comes with the element's words, asked for just after the picture.
        return img?.complete && img.naturalWidth > 0 && img.getBoundingClientRect().height > 100 && img.alt && { src: img.src, alt: img.alt };
      });
      const img = await shown.jsonValue();
      assert.match(img.src, new RegExp(`/chronicle/fallback/${chart}\\.en\\.light\\.svg$`));
      assert.equal(img.alt, title);
    } else {
      await tab.waitForFunction(() => window.readyCount > 0);
      // Ready is the picture answering; the reader's mouse then brings the live chart.
      await elementReady(tab);
      assert.equal(await tab.locator('chronicle-chart .chronicle-title').textContent(), title);
      const canvas = await tab.locator('chronicle-chart canvas.chronicle-canvas').boundingBox();
      assert.ok(canvas.width > 500 && canvas.height > 200, `the chart is drawn at its size: ${JSON.stringify(canvas)}`);
    }
    assert.deepEqual(failed, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
}
