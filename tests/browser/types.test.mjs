// The package's types as a TypeScript user meets them: tests/browser/types/app.ts, which uses
// every documented API (the element's methods and events on the element, `document` and `window`,
// `ChronicleCharts.base`, `chronicle-charts/mount`), checked by `tsc --strict --noEmit` against
// the packed tarball installed offline: TypeScript 7 under `moduleResolution: bundler`, and
// TypeScript 5 under `moduleResolution: node` (which TypeScript 7 no longer has).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, packedProject } from './apps.mjs';

let work;
before(() => {
  work = packedProject('types');
  copyFileSync(new URL('types/app.ts', import.meta.url), join(work.project, 'app.ts'));
});
after(() => rmSync(work.dir, { recursive: true, force: true }));

/**
 * Runs `tsc` of the package `typescript` (or `typescript-5`) with `options` over app.ts (or its
 * copy `file`); returns its report.
 */
function tsc(typescript, options, file = 'app.ts') {
  if (file !== 'app.ts') copyFileSync(join(work.project, 'app.ts'), join(work.project, file));
  const config = { compilerOptions: { strict: true, noEmit: true, target: 'es2022', lib: ['es2022', 'dom'], ...options }, files: [file] };
  writeFileSync(join(work.project, 'tsconfig.json'), JSON.stringify(config));
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', typescript, 'bin/tsc'), '-p', '.'], { cwd: work.project, stdio: 'pipe', timeout: 120_000 });
    return '';
  } catch (e) {
    return `${e.stdout}${e.stderr}`;
  }
}

test('every documented API type-checks under tsc --strict, moduleResolution bundler (TypeScript 7)', () => {
  assert.equal(tsc('typescript', { module: 'esnext', moduleResolution: 'bundler' }), '');
});

test('every documented API type-checks under tsc --strict, moduleResolution node (TypeScript 5)', () => {
  assert.equal(tsc('typescript-5', { module: 'commonjs', moduleResolution: 'node' }), '');
});

test('every documented API type-checks under tsc --strict, moduleResolution nodenext (an ES module page script)', () => {
  assert.equal(tsc('typescript', { module: 'nodenext', moduleResolution: 'nodenext' }, 'app.mts'), '');
});

test('what the types promise holds in the page: chronicle-select and chronicle-view always carry an object', async () => {
  const { setUp, openHtml, elementReady } = await import('./harness.mjs');
  const env = await setUp();
  try {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="favicon.svg"><title>t</title></head><body>
<script type="module" src="chronicle-chart.js"></script><chronicle-chart chart="gulag"></chronicle-chart><p>Below.</p></body></html>`;
    const { page, context } = await openHtml(env, 'events.html', html, {
      beforeLoad: (p, c) =>
        c.addInitScript(() => {
          window.seen = [];
          for (const type of ['chronicle-select', 'chronicle-view']) document.addEventListener(type, (e) => window.seen.push([type, e.detail]));
        }),
    });
    await elementReady(page);
    const stage = page.locator('chronicle-chart .chronicle-stage');
    const box = await stage.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => window.seen.some(([t, d]) => t === 'chronicle-select' && d.series));
    await page.mouse.move(box.x + box.width / 2, box.y + box.height + 60);
    await page.waitForFunction(() => window.seen.at(-1)[0] === 'chronicle-select' && window.seen.at(-1)[1].series === null);
    await stage.focus();
    await page.keyboard.press('+');
    await page.waitForFunction(() => window.seen.some(([t, d]) => t === 'chronicle-view' && d.from !== null));
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.seen.some(([t, d]) => t === 'chronicle-view' && d.from === null));
    const seen = await page.evaluate(() => window.seen);
    for (const [type, detail] of seen) assert.equal(typeof detail, 'object', type);
    assert.ok(seen.every(([, d]) => d !== null), JSON.stringify(seen));
    assert.deepEqual(seen.findLast(([t]) => t === 'chronicle-select')[1], { series: null, date: null, value: null });
    await context.close();
  } finally {
    await env.close();
  }
});
