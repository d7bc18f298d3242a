// The npm package as a user gets it: `npm pack`, install the tarball into an empty project with
// no network, and a page that imports the element from node_modules works without a build step.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { dataFile, elementReady, launchChromium } from './harness.mjs';

let dir;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'chronicle-pack-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('npm pack gives a tarball that works in a page without a build step', async () => {
  execFileSync('npm', ['pack', '--pack-destination', dir], { stdio: 'pipe' });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  assert.ok(tarball, 'a tarball was written');
  const listing = execFileSync('tar', ['-tzf', join(dir, tarball)], { encoding: 'utf8' });
  for (const f of ['package/www/chronicle-chart.js', 'package/www/pkg/chronicle_charts_bg.wasm', 'package/types/chronicle-chart.d.ts', 'package/README.md']) {
    assert.ok(listing.includes(f), `${f} is in the package`);
  }
  const site = join(dir, 'site');
  execFileSync('mkdir', ['-p', site]);
  writeFileSync(join(site, 'package.json'), '{"name":"blog","version":"1.0.0","private":true}\n');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(dir, tarball)], { cwd: site, stdio: 'pipe' });
  assert.ok(existsSync(join(site, 'node_modules/chronicle-charts/www/pkg/chronicle_charts_bg.wasm')));
  writeFileSync(
    join(site, 'index.html'),
    '<!doctype html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="node_modules/chronicle-charts/www/favicon.svg"><title>blog</title></head><body>\n' +
      '<script type="module" src="node_modules/chronicle-charts/www/chronicle-chart.js"></script>\n' +
      '<chronicle-chart chart="gulag"></chronicle-chart>\n</body></html>\n',
  );
  const { server, url } = await startServer(0, '127.0.0.1', site);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(url);
    await elementReady(page);
    // The page is German, so the chart's title is the data file's German one.
    assert.equal(await page.locator('chronicle-chart .chronicle-title').textContent(), dataFile('gulag').title.de);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
