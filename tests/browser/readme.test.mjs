// The README's embed snippets, exactly as written there, each served as a page on the demo's
// origin (with the strict CSP): every one must render a chart.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setUp } from './harness.mjs';
import { CSP } from '../../scripts/serve.mjs';

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

async function open(name) {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective}`));
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  const url = `${env.baseUrl}readme-${name}.html`;
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="favicon.svg"><title>${name}</title></head><body>\n${snippet(name)}</body></html>`;
  await page.route(url, (route) => route.fulfill({ body, contentType: 'text/html', headers: { 'content-security-policy': CSP } }));
  await page.goto(url);
  return { page, context, errors };
}

for (const name of ['element', 'csv']) {
  test(`the README's ${name} snippet renders a chart`, async () => {
    const { page, context, errors } = await open(name);
    await page.waitForFunction(() => document.querySelector('chronicle-chart')?.controller?.redraws > 0);
    const legend = await page.evaluate(() => document.querySelector('chronicle-chart').controller.handle.legend().length);
    assert.ok(legend >= 2);
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
  await inner.waitForFunction(() => document.querySelector('chronicle-chart')?.controller?.redraws > 0);
  assert.deepEqual(errors, []);
  await context.close();
});
