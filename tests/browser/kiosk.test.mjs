// The museum kiosk with touch emulation. On a controlled clock (page.clock, no real-time
// margins): idle → prompt → reset → attract, the prompt's 20 s minimum, a touch stopping the
// loop, burn-in drift and dimming, the watchdog. The story's steps by Next and Back (taps and
// keys) with their captions from the language files, the chart filling the screen and the
// controls centred, with a screenshot of each step at 1920×1080 and 1080×1920 in tests/out/. Then a page pinch that does not zoom the page
// while the chart's own pinch still works, an offline reload through the service worker, large
// type and targets, axe-core, and a short soak of attract cycles and random touches on a fast
// clock (the long one is `npm run soak`).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { kioskReady as ready, langFile, launchChromium, nextFrame, openPage, outPath, readCanvas, runAxe, setUp } from './harness.mjs';

let env;
const EN = langFile('en');
/** The prompt's words for `s` seconds left, from the English language file. */
const restartsIn = (s) => EN['ui.kiosk-restart-in'].replace('{s}', String(s));
before(async () => {
  env = await setUp();
});
after(() => env?.close());

const HD = { width: 1920, height: 1080, hasTouch: true };
const phase = (page) => page.evaluate(() => window.chronicleKiosk.health().phase);
const captionText = (page) => page.textContent('.kiosk-caption-text');

test('idle → "still there?" → reset → attract; a touch stops the loop at once (controlled clock)', async () => {
  const { page, context, errors } = await openPage(env, 'kiosk.html?idle=6', { ...HD, clock: true });
  await ready(page);
  assert.equal(await phase(page), 'active');
  // A visitor checks the essay's claims, then walks away.
  const claims = '.kiosk-tools .claims-toggle:not([hidden])';
  await page.tap(claims);
  assert.equal(await page.getAttribute(claims, 'aria-pressed'), 'true');
  assert.equal(await page.isVisible('.kiosk-chart:not([hidden]) .claims-panel'), true);
  await page.clock.runFor(6_100);
  assert.equal(await page.isVisible('.kiosk-prompt'), true);
  const left = Array.from({ length: 11 }, (_, i) => restartsIn(20 + i));
  assert.ok(left.includes(await page.textContent('#kiosk-prompt-text')), await page.textContent('#kiosk-prompt-text'));
  assert.equal(await page.getAttribute('.kiosk-prompt', 'role'), 'alertdialog');
  await page.clock.runFor(30_000);
  assert.equal(await phase(page), 'attract');
  assert.equal(await page.isHidden('.kiosk-prompt'), true);
  assert.equal(await captionText(page), EN['ui.attract-1921']);
  assert.equal(await page.getAttribute(claims, 'aria-pressed'), 'false', 'the reset turns the claims off');
  assert.equal(await page.isVisible('.kiosk-chart:not([hidden]) .claims-panel'), false);
  assert.equal(await page.getAttribute('.kiosk-tabs [data-chart="party-membership"]', 'aria-pressed'), 'true');
  // The loop steps every 8 s through 1921, 1924, 1933, 1937, …
  const captions = [];
  for (let i = 0; i < 6 && !captions.at(-1)?.startsWith('1937'); i += 1) {
    await page.clock.runFor(8_000);
    captions.push(await captionText(page));
  }
  assert.ok(captions.at(-1).startsWith('1937'), captions.join(' | '));
  assert.equal(await page.getAttribute('.kiosk-tabs [data-chart="repression"]', 'aria-pressed'), 'true');
  await page.touchscreen.tap(960, 40);
  assert.equal(await phase(page), 'active');
  // The visitor stays on the step on show: the loop no longer moves it on.
  await page.clock.runFor(16_000);
  assert.ok((await captionText(page)).startsWith('1937'), await captionText(page));
  const health = await page.evaluate(() => window.chronicleKiosk.health());
  assert.equal(health.interactions, 2, 'the claims tap and the touch');
  assert.ok(health.wasm_memory_bytes > 0 && health.uptime_ms > 0 && health.errors === 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a prompt asked for 5 s stays up 20 s; "Continue" keeps the visitor (controlled clock)', async () => {
  const { page, context } = await openPage(env, 'kiosk.html?idle=2&prompt=5', { ...HD, clock: true });
  await ready(page);
  const promptUp = () => page.isVisible('.kiosk-prompt');
  await page.clock.runFor(1_900);
  assert.equal(await promptUp(), false, 'not before 2 s idle');
  await page.clock.runFor(200);
  assert.equal(await promptUp(), true, 'asked after 2 s idle');
  assert.ok([restartsIn(19), restartsIn(20)].includes(await page.textContent('#kiosk-prompt-text')));
  // Asked for 5 s, it is still up 19.8 s later: the minimum is 20 s.
  await page.clock.runFor(19_700);
  assert.equal(await promptUp(), true, 'still up after 19.8 s');
  assert.equal(await phase(page), 'prompt');
  await page.tap('.kiosk-continue');
  assert.equal(await promptUp(), false);
  assert.equal(await phase(page), 'active');
  // Left alone again, the next prompt ends in a reset once its 20 s are over, not before.
  await page.clock.runFor(2_100);
  assert.equal(await promptUp(), true);
  await page.clock.runFor(19_800);
  assert.equal(await phase(page), 'prompt');
  await page.clock.runFor(400);
  assert.equal(await phase(page), 'attract');
  assert.equal(await promptUp(), false);
  await context.close();
});

/** The steps in order, from the language file and the data: caption sentence, period name, chart. */
const STEPS = [
  ['attract-1921', 'party-membership.period.purge-1921.label', 'party-membership'],
  ['attract-1924', 'party-membership.period.lenin-enrolment.label', 'party-membership'],
  ['attract-1933', 'party-membership.period.purge-1933.label', 'party-membership'],
  ['attract-1937', 'repression.period.great-terror.label', 'repression'],
  ['attract-1938', 'repression.period.great-terror.label', 'repression'],
  ['attract-gulag-1937', 'gulag.period.great-terror.label', 'gulag'],
];

/** What the visitor sees of the step on show: sentence, heading, position, chart pressed. */
const onShow = (page) =>
  page.evaluate(() => ({
    caption: document.querySelector('.kiosk-caption-text').textContent,
    heading: document.querySelector('.kiosk-caption-heading').textContent,
    position: document.querySelector('.kiosk-position').textContent,
    chart: document.querySelector('.kiosk-tabs [aria-pressed="true"]').dataset.chart,
  }));
const expected = (words, i) => ({
  caption: words[`ui.${STEPS[i][0]}`],
  heading: words[STEPS[i][1]],
  position: words['ui.kiosk-step'].replace('{n}', i + 1).replace('{total}', STEPS.length),
  chart: STEPS[i][2],
});

test('the story in steps: Next and Back by touch and by keys, a chart button leads to its first step', async () => {
  const { page, context, errors } = await openPage(env, 'kiosk.html', HD);
  await ready(page);
  assert.deepEqual(await onShow(page), expected(EN, 0), 'the story starts at its first step');
  for (let i = 1; i < STEPS.length; i += 1) {
    await page.tap('.kiosk-next');
    assert.deepEqual(await onShow(page), expected(EN, i), `Next to step ${i + 1}`);
  }
  await page.tap('.kiosk-next');
  assert.deepEqual(await onShow(page), expected(EN, 0), 'Next after the last step starts again');
  await page.tap('.kiosk-back');
  assert.deepEqual(await onShow(page), expected(EN, STEPS.length - 1), 'Back from the first goes to the last');
  // Keys, outside the chart (whose arrows move within it).
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await onShow(page), expected(EN, 0));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  assert.deepEqual(await onShow(page), expected(EN, 0));
  await page.tap('.kiosk-tabs [data-chart="repression"]');
  assert.deepEqual(await onShow(page), expected(EN, 3));
  // In another language the step keeps its place and speaks that language.
  const UK = langFile('uk');
  await page.tap('.kiosk-langs [data-lang="uk"]');
  await page.waitForFunction(() => document.documentElement.lang === 'uk');
  assert.deepEqual(await onShow(page), expected(UK, 3));
  assert.equal(await page.textContent('.kiosk-next'), UK['ui.kiosk-next']);
  assert.equal(await phase(page), 'active');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the step\'s period is drawn stronger than the other bands', async () => {
  const { page, context } = await openPage(env, 'kiosk.html', HD);
  await ready(page);
  await page.waitForTimeout(800);
  // Step 1 shows 1917–1926 with two bands (1921 purge, Lenin Enrolment); step 2 puts the other
  // forward. The darkest grey wash of the plot moves from one to the other: read it per column.
  // Washes: greys that cover 15 columns or more of a row of the plot (lines and markers are
  // narrower, and a row on a grid line, grey across, is skipped). Each: its grey and mean x.
  const washes = async () => {
    const pic = await readCanvas(page.locator('.kiosk-chart:not([hidden]) canvas.chronicle-canvas'));
    for (const share of [0.45, 0.5, 0.55, 0.6]) {
      const y = Math.round(pic.h * share);
      const columns = new Map();
      for (let x = 0; x < pic.w; x += 1) {
        const [r, g, b] = pic.px(x, y);
        if (r === g && g === b && r > 150 && r < 250) columns.set(r, [...(columns.get(r) ?? []), x]);
      }
      const found = [...columns].filter(([, xs]) => xs.length >= 15).map(([v, xs]) => ({ v, x: xs.reduce((a, b) => a + b) / xs.length, n: xs.length }));
      if (found.length && found.every((f) => f.n < pic.w / 2)) return found;
    }
    return [];
  };
  const darkest = (found) => found.reduce((a, b) => (b.v < a.v ? b : a));
  const palest = (found) => found.reduce((a, b) => (b.v > a.v ? b : a));
  const first = await washes();
  await page.tap('.kiosk-next');
  await page.waitForTimeout(800);
  const second = await washes();
  const seen = JSON.stringify({ first, second });
  assert.ok(first.length >= 2 && second.length >= 2, `two bands in view each time: ${seen}`);
  assert.ok(darkest(second).x > darkest(first).x + 100, `the strong wash moved to the later period: ${seen}`);
  assert.ok(palest(first).v - darkest(first).v > 20 && palest(second).v - darkest(second).v > 20, seen);
  await context.close();
});

for (const [width, height] of [
  [1920, 1080],
  [1080, 1920],
]) {
  test(`at ${width}×${height} the chart fills the screen and the controls are centred; each step on screen`, async () => {
    const { page, context } = await openPage(env, 'kiosk.html', { width, height, hasTouch: true });
    await ready(page);
    const box = (sel) => page.evaluate((s) => document.querySelector(s).getBoundingClientRect().toJSON(), sel);
    const stage = await box('.kiosk-chart:not([hidden]) .chronicle-stage');
    const controls = await box('.kiosk-controls');
    assert.ok(stage.height >= 0.4 * height, `the chart's stage is ${Math.round(stage.height)} px of ${height}`);
    assert.ok(controls.bottom >= height - 40 && controls.bottom <= height, `no empty strip below: controls end at ${controls.bottom}`);
    // Every group of controls, and every row they wrap to, is centred on the screen.
    const rows = await page.evaluate(() => {
      const rects = [...document.querySelectorAll('.kiosk-controls button:not([hidden]), .kiosk-position')].map((b) => b.getBoundingClientRect());
      const byRow = new Map();
      for (const r of rects) {
        const key = Math.round((r.top + r.bottom) / 40);
        const row = byRow.get(key) ?? { left: Infinity, right: -Infinity, heights: [] };
        row.left = Math.min(row.left, r.left);
        row.right = Math.max(row.right, r.right);
        row.heights.push(r.height);
        byRow.set(key, row);
      }
      return [...byRow.values()];
    });
    for (const row of rows) {
      const mid = (row.left + row.right) / 2;
      assert.ok(Math.abs(mid - width / 2) < 12, `a row of controls from ${row.left} to ${row.right} is not centred`);
    }
    const claims = await box('.kiosk-controls .claims-toggle:not([hidden])');
    assert.ok(claims.height >= 64, '"Check the essay\'s claims" is with the other controls');
    for (let i = 0; i < STEPS.length; i += 1) {
      if (i > 0) await page.tap('.kiosk-next');
      await page.waitForTimeout(700);
      await nextFrame(page);
      await page.screenshot({ path: outPath(`kiosk-step-${i + 1}-${width}x${height}.png`) });
    }
    await context.close();
  });
}

test('burn-in care: the frame drifts a few pixels each minute, in a loop (controlled clock)', async () => {
  const { page, context } = await openPage(env, 'kiosk.html', { ...HD, clock: true, reducedMotion: 'reduce' });
  await ready(page);
  const at = async () => {
    const r = await page.locator('.kiosk-frame').boundingBox();
    return `${Math.round(r.x)},${Math.round(r.y)}`;
  };
  const home = await at();
  const seen = [home];
  for (let minute = 1; minute <= 12; minute += 1) {
    await page.clock.runFor(60_000);
    seen.push(await at());
  }
  const [x0, y0] = home.split(',').map(Number);
  const offsets = seen.map((s) => s.split(',').map(Number)).map(([x, y]) => [x - x0, y - y0]);
  assert.ok(offsets.every(([dx, dy]) => Math.abs(dx) <= 4 && Math.abs(dy) <= 4), `a few pixels at most: ${JSON.stringify(offsets)}`);
  assert.ok(new Set(seen).size >= 4, `it moves: ${seen.join(' ')}`);
  for (let i = 1; i < seen.length; i += 1) assert.notEqual(seen[i], seen[i - 1], `it moved in minute ${i}`);
  // A loop: twelve minutes later the frame is back where it started the cycle.
  const period = seen.slice(1).indexOf(home) + 1;
  assert.ok(period > 1 && period * 2 <= 12, `back home after ${period} minutes`);
  assert.deepEqual(seen.slice(period, period * 2 + 1), seen.slice(0, period + 1), 'the same loop again');
  await context.close();
});

/** Mean brightness (0–255) of the page as the visitor sees it. */
async function brightness(page) {
  const png = await page.screenshot({ type: 'jpeg', quality: 60, scale: 'css' });
  const shot = await page.evaluate(async (b64) => {
    // From bytes, not a data: URL, which the page's strict CSP would refuse.
    const img = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))]));
    const c = new OffscreenCanvas(img.width / 8, img.height / 8);
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0, c.width, c.height);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let sum = 0;
    for (let i = 0; i < d.length; i += 4) sum += (d[i] + d[i + 1] + d[i + 2]) / 3;
    return sum / (d.length / 4);
  }, png.toString('base64'));
  return shot;
}

test('after long idle the screen dims; a touch brings it back (controlled clock)', async () => {
  // Idle 2 s, prompt 20 s (the minimum), then the attract loop; dim after 30 s of it.
  const { page, context } = await openPage(env, 'kiosk.html?idle=2&prompt=20&dim=30', { ...HD, clock: true });
  await ready(page);
  await page.clock.runFor(22_500);
  assert.equal(await phase(page), 'attract');
  const lit = await brightness(page);
  await page.clock.runFor(29_000);
  assert.equal(await page.isVisible('.kiosk-dim'), false, 'not dimmed before 30 s of attract');
  await page.clock.runFor(1_500);
  assert.equal(await page.isVisible('.kiosk-dim'), true);
  const dimmed = await brightness(page);
  assert.ok(dimmed < lit * 0.6, `brightness ${lit.toFixed(0)} → ${dimmed.toFixed(0)}`);
  await page.touchscreen.tap(960, 40);
  assert.equal(await page.isVisible('.kiosk-dim'), false);
  assert.equal(await phase(page), 'active');
  await context.close();
});

test('watchdog: reloads when wasm memory passes memlimit, and when frames stall for 30 s (controlled clock)', async () => {
  const loads = (page) => {
    let n = 0;
    page.on('load', () => (n += 1));
    return () => n;
  };
  // A limit far above what the charts use: no reload however long it runs.
  {
    const { page, context } = await openPage(env, 'kiosk.html?watchdog=on&memlimit=4096', { ...HD, clock: true, serviceWorkers: 'block' });
    await ready(page);
    const count = loads(page);
    await page.clock.runFor(60_000);
    assert.equal(count(), 0, 'no reload while frames run and memory is under the limit');
    await context.close();
  }
  // 1 MB: the charts alone use more, so the next check (every 10 s) reloads.
  {
    const { page, context } = await openPage(env, 'kiosk.html?watchdog=on&memlimit=1', { ...HD, clock: true, serviceWorkers: 'block' });
    await ready(page);
    assert.ok((await page.evaluate(() => window.chronicleKiosk.health().wasm_memory_bytes)) > 1024 * 1024);
    const reloaded = page.waitForEvent('load');
    await page.clock.runFor(9_000);
    await page.clock.runFor(1_500);
    await reloaded;
    await context.close();
  }
  // Frames stop (a hung compositor): after 30 s without one, the next check reloads.
  {
    const { page, context } = await openPage(env, 'kiosk.html?watchdog=on&memlimit=4096', {
      ...HD,
      clock: true,
      serviceWorkers: 'block',
      beforeLoad: (p) =>
        p.addInitScript(() => {
          const raf = window.requestAnimationFrame.bind(window);
          window.requestAnimationFrame = (cb) => (window.__stalled ? 0 : raf(cb));
        }),
    });
    await ready(page);
    const count = loads(page);
    await page.evaluate(() => (window.__stalled = true));
    await page.clock.runFor(29_000);
    assert.equal(count(), 0, 'not before 30 s without a frame');
    const reloaded = page.waitForEvent('load');
    await page.clock.runFor(12_000);
    await reloaded;
    await context.close();
  }
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
  // Offline, the chart is drawn: its canvas holds the ink of bars, lines and text.
  const pic = await readCanvas(page.locator('.kiosk-chart:not([hidden]) canvas.chronicle-canvas'));
  assert.ok(pic.count((p) => p[0] < 128) > 1000, 'the chart is drawn offline');
  await context.setOffline(false);
  await context.close();
});

test('large type and targets at 1080p; axe-core finds nothing', async () => {
  // Without the service worker, so the test's own route can serve axe-core.
  const { page, context } = await openPage(env, 'kiosk.html', { ...HD, serviceWorkers: 'block' });
  await ready(page);
  const sizes = await page.evaluate(() => ({
    body: parseFloat(getComputedStyle(document.body).fontSize),
    buttons: [...document.querySelectorAll('.kiosk-header button, .kiosk-controls button:not([hidden])')].map((b) => b.getBoundingClientRect().height),
    chartButtons: [...document.querySelectorAll('.chronicle button')].map((b) => b.getBoundingClientRect().height).filter((h) => h > 0),
  }));
  assert.ok(sizes.body >= 24, `${sizes.body}px`);
  assert.ok(sizes.buttons.every((h) => h >= 64), sizes.buttons.join());
  assert.ok(sizes.chartButtons.every((h) => h >= 44), sizes.chartButtons.join());
  assert.deepEqual(await runAxe(page), []);
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
  const browser = await launchChromium(['--allow-file-access-from-files']);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(new URL('../../www/kiosk.html', import.meta.url).href);
    await ready(page);
    assert.ok(fileURLToPath(page.url()).endsWith('kiosk.html'));
    const pic = await readCanvas(page.locator('.kiosk-chart:not([hidden]) canvas.chronicle-canvas'));
    assert.ok(pic.count((p) => p[0] < 128) > 1000, 'the chart is drawn from file://');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
