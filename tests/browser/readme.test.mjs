// The README's embed snippets, exactly as written there, each served as a page on the demo's
// origin (with the strict CSP): every one must render a chart.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CSP } from '../../scripts/serve.mjs';
import { dataFile, elementReady, nextFrame, openHtml, openPage, setUp } from './harness.mjs';

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

for (const width of [390, 1200]) {
  test(`at ${width} px the README's element snippet keeps the chart's room from the first paint: nothing below it moves`, async () => {
    // The element's script is held until the page has painted (a slow link): the room the chart
    // will take must already be there, the text below it placed after that room.
    let release;
    const held = new Promise((r) => (release = r));
    const body =
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="favicon.svg"><title>t</title></head><body>\n` +
      `<h1>An article</h1><p>Before the chart.</p>\n${snippet('element')}\n<p id="below">The article goes on.</p></body></html>`;
    const { page, context, errors } = await openPage(env, 'examples/minimal.html', { width, height: 800 });
    const url = new URL('readme-room.html', env.baseUrl).href;
    await page.route(url, (r) => r.fulfill({ body, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': CSP } }));
    await page.route('**/chronicle/chronicle-chart.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.shifts.push(e.value))).observe({ type: 'layout-shift', buffered: true });
    });
    errors.length = 0;
    // Not waiting for the load event, which waits for the held script.
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator('#below').waitFor();
    await nextFrame(page);
    // Where the text below is on the page (not the viewport: bringing the chart in scrolls).
    const belowTop = () => page.evaluate(() => document.getElementById('below').getBoundingClientRect().top + scrollY);
    const painted = await belowTop();
    assert.equal(await page.evaluate(() => !!customElements.get('chronicle-chart')), false, 'the element is not defined yet');
    // The room is as wide as the text, not wider: the page does not scroll sideways.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scroll before the chart comes');
    release();
    await elementReady(page);
    await nextFrame(page);
    assert.equal(await belowTop(), painted, 'the text below the chart is where the first paint put it');
    assert.deepEqual(await page.evaluate(() => window.shifts), [], 'no layout shift at all');
    // And the room is the chart's: the chart fills it, and it is a real chart's size.
    const chart = await page.locator('chronicle-chart').boundingBox();
    assert.ok(chart.height >= 400, `the chart has ${chart.height} px`);
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
