// The README's embed snippets, exactly as written there, each served as a page on the demo's
// origin (with the strict CSP): every one must render a chart.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { elementReady, openHtml, setUp } from './harness.mjs';

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

for (const name of ['element', 'csv']) {
  test(`the README's ${name} snippet renders a chart`, async () => {
    const { page, context, errors } = await open(name);
    await elementReady(page);
    // The reader sees a titled chart with its series as legend buttons.
    assert.ok((await page.locator('chronicle-chart .chronicle-legend-item').count()) >= 2);
    assert.notEqual(await page.locator('chronicle-chart .chronicle-title').textContent(), '');
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
