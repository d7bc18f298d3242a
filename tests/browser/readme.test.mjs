// The README's embed snippets, exactly as written there, each served as a page on the demo's
// origin (with the strict CSP): every one must render a chart.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dataFile, elementReady, openHtml, setUp } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

function snippet(name) {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const m = readme.match(new RegExp(`<!-- snippet: ${name} -->\\n\`\`\`html\\n([\\s\\S]*?)\`\`\``));
  assert.ok(m, `README has the ${name} snippet`);
  return m[1];
}

function open(name) {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="favicon.svg"><title>${name}</title></head><body>\n${snippet(name)}</body></html>`;
  return openHtml(env, `readme-${name}.html`, body);
}

for (const name of ['element', 'picture', 'csv']) {
  test(`the README's ${name} snippet renders the chart it describes`, async () => {
    const { page, context, errors } = await open(name);
    await elementReady(page);
    // The chart the snippet asks for: a built-in's title and series from its data file, or the
    // title attribute and the CSV header's columns.
    const html = snippet(name);
    const builtin = html.match(/chart="([a-z-]+)"/)?.[1];
    const expected = builtin
      ? { title: dataFile(builtin).title.en, series: dataFile(builtin).series.map((x) => x.name.en) }
      : { title: html.match(/title="([^"]+)"/)[1], series: html.match(/text\/csv">\s*\n([^\n]+)/)[1].trim().split(',').slice(1) };
    assert.equal(await page.locator('chronicle-chart .chronicle-title').textContent(), expected.title);
    assert.deepEqual(await page.locator('chronicle-chart .chronicle-legend-item').allTextContents(), expected.series);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("the README's iframe snippet renders a chart in a frame that fits it", async () => {
  const { page, context, errors } = await open('iframe');
  await page.waitForFunction(() => {
    const f = document.querySelector('iframe');
    return f && f.clientHeight !== 560 && f.clientHeight > 300;
  });
  const inner = page.frames().find((f) => f.url().includes('embed.html'));
  await elementReady(inner);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The files the README says to copy for `kind` (`element`, `frame`). */
function copyList(kind) {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const list = readme.split(`<!-- copy:${kind} -->`)[1].split(`<!-- /copy:${kind} -->`)[0];
  return [...list.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
}

test('copying exactly the files the README lists to /chronicle/ gives snippets that work on a page at a pretty URL', async () => {
  const { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { startServer } = await import('../../scripts/serve.mjs');
  const site = mkdtempSync(join(tmpdir(), 'chronicle-copy-'));
  try {
    const www = new URL('../../www/', import.meta.url);
    for (const name of [...copyList('element'), ...copyList('frame')]) {
      cpSync(new URL(name, www), join(site, 'chronicle', name), { recursive: true });
    }
    const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
    // A blog's "pretty" URLs: each post is a folder's index.html.
    for (const [post, name] of [['my-post', 'element'], ['framed', 'iframe']]) {
      mkdirSync(join(site, 'posts', post), { recursive: true });
      writeFileSync(join(site, 'posts', post, 'index.html'), page(snippet(name)));
    }
    const { server, url } = await startServer(0, '127.0.0.1', site);
    const context = await env.browser.newContext();
    try {
      const tab = await context.newPage();
      const errors = [];
      tab.on('pageerror', (e) => errors.push(String(e)));
      tab.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
      await tab.goto(`${url}posts/my-post/`);
      // The picture answers first; the reader's mouse brings the live chart.
      await tab.waitForFunction(() => document.querySelector('chronicle-chart')?.shadowRoot?.querySelector('[role="application"]'));
      await tab.hover('chronicle-chart');
      await tab.waitForFunction(() => document.querySelector('chronicle-chart')?.controller?.redraws > 0);
      await tab.goto(`${url}posts/framed/`);
      const frame = tab.frameLocator('iframe');
      await frame.locator('chronicle-chart').waitFor();
      await tab.waitForFunction(() => document.querySelector('iframe').contentDocument?.querySelector('chronicle-chart')?.controller?.redraws > 0);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      await new Promise((done) => server.close(done));
    }
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});
