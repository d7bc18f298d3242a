// The museum kiosk with touch emulation, on a fast clock (?speed=…): idle → prompt → reset →
// attract, a touch stopping the loop, a page pinch that does not zoom the page while the chart's
// own pinch still works, an offline reload through the service worker, large type and targets,
// axe-core, and a short soak of attract cycles and random touches (the long one is `npm run soak`).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath, nextFrame, openPage, setUp } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

const HD = { width: 1920, height: 1080, hasTouch: true };
const ready = (page) => page.waitForFunction(() => document.body.dataset.ready === 'true');
const phase = (page) => page.evaluate(() => window.chronicleKiosk.health().phase);

test('idle → "still there?" → reset → attract; a touch stops the loop at once', async () => {
  // speed 20: 6 s idle pass in 0.3 s, the 30 s prompt in 1.5 s, an 8 s step in 0.4 s.
  const { page, context, errors } = await openPage(env, 'kiosk.html?speed=20&idle=6', HD);
  await ready(page);
  assert.equal(await phase(page), 'active');
  await page.waitForFunction(() => !document.querySelector('.kiosk-prompt').hidden);
  assert.match(await page.textContent('#kiosk-prompt-text'), /^The exhibit restarts in (2\d|30) s\.$/);
  assert.equal(await page.getAttribute('.kiosk-prompt', 'role'), 'alertdialog');
  await page.waitForFunction(() => window.chronicleKiosk.health().phase === 'attract');
  assert.equal(await page.isHidden('.kiosk-prompt'), true);
  assert.match(await page.textContent('.kiosk-caption'), /^March 1921: 732,521 members/);
  assert.equal(await page.getAttribute('.kiosk-tabs [data-chart="party-membership"]', 'aria-pressed'), 'true');
  await page.waitForFunction(() => document.querySelector('.kiosk-caption').textContent.startsWith('1937'), null, { timeout: 10000 });
  assert.equal(await page.getAttribute('.kiosk-tabs [data-chart="repression"]', 'aria-pressed'), 'true');
  await page.touchscreen.tap(960, 40);
  assert.equal(await phase(page), 'active');
  assert.equal(await page.textContent('.kiosk-caption'), '');
  const health = await page.evaluate(() => window.chronicleKiosk.health());
  assert.equal(health.interactions, 1);
  assert.ok(health.wasm_memory_bytes > 0 && health.uptime_ms > 0 && health.errors === 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a tap on "Continue" keeps the visitor; a prompt lasts at least 20 s even if asked for less', async () => {
  const { page, context } = await openPage(env, 'kiosk.html?speed=20&idle=2&prompt=5', HD);
  await ready(page);
  await page.waitForFunction(() => !document.querySelector('.kiosk-prompt').hidden);
  assert.match(await page.textContent('#kiosk-prompt-text'), /restarts in (1\d|20) s/);
  // Asked for 5 s, it is still up 15 s (0.75 s at this speed) later.
  await page.waitForTimeout(750);
  assert.equal(await page.isVisible('.kiosk-prompt'), true);
  await page.tap('.kiosk-continue');
  assert.equal(await page.isHidden('.kiosk-prompt'), true);
  assert.equal(await phase(page), 'active');
  await context.close();
});

async function pinch(page, cx, cy) {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type, d) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x: cx - d, y: cy, id: 1 }, { x: cx + d, y: cy, id: 2 }],
    });
  await touch('touchStart', 30);
  for (const d of [50, 80, 120, 160]) {
    await touch('touchMove', d);
    await nextFrame(page);
  }
  await touch('touchEnd', 0);
  await nextFrame(page);
}

test('a pinch on the page does not zoom it; a pinch on the chart zooms the chart', async () => {
  const { page, context } = await openPage(env, 'kiosk.html', HD);
  await ready(page);
  await pinch(page, 960, 40);
  assert.equal(await page.evaluate(() => visualViewport.scale), 1);
  const stage = await (await page.$('.kiosk-chart:not([hidden]) .chronicle-stage')).boundingBox();
  await pinch(page, stage.x + stage.width / 2, stage.y + stage.height / 2);
  assert.equal(await page.evaluate(() => visualViewport.scale), 1);
  assert.equal(await page.isVisible('.kiosk-chart:not([hidden]) .chronicle-reset'), true, 'the chart zoomed');
  // Lock-down: no context menu, no selection.
  const blocked = await page.evaluate(() => {
    const e = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    document.body.dispatchEvent(e);
    return { menu: e.defaultPrevented, select: getComputedStyle(document.body).userSelect };
  });
  assert.deepEqual(blocked, { menu: true, select: 'none' });
  await context.close();
});

test('after the first load the kiosk works offline', async () => {
  const { page, context } = await openPage(env, 'kiosk.html', HD);
  await ready(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await ready(page);
  assert.ok(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)));
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  const drawn = await page.evaluate(() => {
    const canvas = document.querySelector('.kiosk-chart:not([hidden]) canvas.chronicle-canvas');
    return canvas.width > 0;
  });
  assert.ok(drawn);
  await context.setOffline(false);
  await context.close();
});

test('large type and targets at 1080p; axe-core finds nothing', async () => {
  // Without the service worker, so the test's own route can serve axe-core.
  const { page, context } = await openPage(env, 'kiosk.html', { ...HD, serviceWorkers: 'block' });
  await ready(page);
  const sizes = await page.evaluate(() => ({
    body: parseFloat(getComputedStyle(document.body).fontSize),
    buttons: [...document.querySelectorAll('.kiosk-header button, .kiosk-tabs button')].map((b) => b.getBoundingClientRect().height),
    chartButtons: [...document.querySelectorAll('.chronicle button')].map((b) => b.getBoundingClientRect().height).filter((h) => h > 0),
  }));
  assert.ok(sizes.body >= 24, `${sizes.body}px`);
  assert.ok(sizes.buttons.every((h) => h >= 64), sizes.buttons.join());
  assert.ok(sizes.chartButtons.every((h) => h >= 44), sizes.chartButtons.join());
  const axe = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
  await page.route('**/__axe.js', (r) => r.fulfill({ body: axe, contentType: 'text/javascript' }));
  await page.addScriptTag({ url: '/__axe.js' });
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id));
  assert.deepEqual(violations, []);
  await context.close();
});

test('a short soak: attract cycles and random touches leave memory and the DOM flat', async () => {
  const { page, context, errors } = await openPage(env, 'kiosk.html?speed=2000&idle=1&prompt=20&step=2', HD);
  await ready(page);
  const result = await page.evaluate(async () => {
    const nodes = () => document.getElementsByTagName('*').length;
    const health = () => window.chronicleKiosk.health();
    const wait = (ms) => new Promise((r) => setTimeout(r, ms));
    while (health().attract_cycles < 3) await wait(20);
    const before = { wasm: health().wasm_memory_bytes, nodes: nodes() };
    for (let i = 0; i < 300; i += 1) {
      const x = 100 + ((i * 397) % 1700);
      const y = 100 + ((i * 211) % 900);
      document.elementFromPoint(x, y)?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, clientX: x, clientY: y, pointerType: 'touch' }));
      if (i % 30 === 0) await wait(60);
    }
    const c0 = health().attract_cycles;
    while (health().attract_cycles < c0 + 5) await wait(20);
    return { before, after: { wasm: health().wasm_memory_bytes, nodes: nodes() }, health: health() };
  });
  assert.ok(result.health.attract_cycles >= 8, JSON.stringify(result.health));
  assert.ok(result.health.interactions >= 300);
  assert.ok(result.after.wasm - result.before.wasm <= 1024 * 1024, JSON.stringify(result));
  assert.ok(Math.abs(result.after.nodes - result.before.nodes) <= 40, JSON.stringify(result));
  assert.deepEqual(errors, []);
  await context.close();
});

test('from a plain folder copy (file://, Chromium with --allow-file-access-from-files)', async () => {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--allow-file-access-from-files'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(new URL('../../www/kiosk.html', import.meta.url).href);
    await ready(page);
    assert.ok(fileURLToPath(page.url()).endsWith('kiosk.html'));
    assert.ok(await page.evaluate(() => document.querySelector('.kiosk-chart canvas').width > 0));
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
