// The three browser engines behind one small interface, for tests/browser/engines.test.mjs:
// Chromium (playwright-core, as every other test), Firefox ESR (puppeteer-core over WebDriver
// BiDi) and WebKitGTK's MiniBrowser (WebKitWebDriver + selenium-webdriver, under xvfb-run: it has
// no headless mode). All three come from Debian's packages (scripts/ensure-browser.sh); nothing
// is downloaded. An engine opens a page at a viewport size and DPR, runs a function in it, moves
// the mouse, presses keys and reads a canvas's pixels.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Picture, launchChromium } from './harness.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const onPath = (cmd) => (process.env.PATH ?? '').split(':').some((d) => existsSync(`${d}/${cmd}`));

/** Why engine `name` cannot run here (what is missing), or null when it can. */
export function missing(name) {
  const need = {
    chromium: [],
    firefox: [[existsSync(FIREFOX), `${FIREFOX} (apt-get install firefox-esr)`]],
    webkit: [
      [onPath('WebKitWebDriver'), 'WebKitWebDriver (apt-get install webkit2gtk-driver)'],
      [existsSync(MINIBROWSER), `${MINIBROWSER} (apt-get install webkit2gtk-driver)`],
      [onPath('xvfb-run'), 'xvfb-run (apt-get install xvfb xauth)'],
    ],
  }[name];
  const absent = need.filter(([ok]) => !ok).map(([, what]) => what);
  return absent.length ? `not installed: ${absent.join(', ')}` : null;
}

/**
 * Launches engine `name` (`chromium`, `firefox`, `webkit`): `{ open(url, {width, height, dpr}),
 * run(fn, ...args), mouse(x, y), press(key), pixels(selector), close() }`. Coordinates are the
 * viewport's CSS px; `run` takes a self-contained function and JSON arguments.
 */
export async function launch(name) {
  const engine = await { chromium: chromiumEngine, firefox: firefoxEngine, webkit: webkitEngine }[name]();
  return Object.assign(engine, { name, open: (url, opts) => open(engine, url, opts), pixels: (sel) => pixels(engine, sel) });
}

/**
 * Opens `url` in a viewport of `width` × `height` CSS px at device pixel ratio `dpr`; on the
 * demo page waits until every chart has drawn.
 */
async function open(engine, url, { width = 1000, height = 900, dpr = 1 } = {}) {
  await engine.goto(url, width, height, dpr);
  await engine.run(
    () =>
      new Promise((done, fail) => {
        const t0 = performance.now();
        const wait = () => {
          if (window.chronicle?.ready) window.chronicle.ready.then(done, fail);
          else if (!location.pathname.endsWith('/')) done();
          else if (performance.now() - t0 > 20_000) fail(new Error('the demo page was not ready within 20 s'));
          else setTimeout(wait, 20);
        };
        wait();
      }).then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))),
  );
}

/** Every pixel of the canvas matched by `selector` (shadow roots are not pierced), as a Picture. */
async function pixels(engine, selector) {
  const raw = await engine.run((sel) => {
    const c = document.querySelector(sel);
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let s = '';
    for (let i = 0; i < data.length; i += 0x8000) s += String.fromCharCode.apply(null, data.subarray(i, i + 0x8000));
    return { w: c.width, h: c.height, cssW: c.clientWidth, b64: btoa(s) };
  }, selector);
  return new Picture(raw.w, raw.h, raw.w / raw.cssW, Buffer.from(raw.b64, 'base64'));
}

async function chromiumEngine() {
  const browser = await launchChromium();
  let context = null;
  let page = null;
  return {
    async goto(url, width, height, dpr) {
      await context?.close();
      context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr });
      page = await context.newPage();
      await page.goto(url);
    },
    run: (fn, ...args) => page.evaluate(`(${fn}).apply(null, ${JSON.stringify(args)})`),
    mouse: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key),
    close: () => browser.close(),
  };
}

async function firefoxEngine() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
  });
  let page = null;
  return {
    async goto(url, width, height, dpr) {
      await page?.close();
      page = await browser.newPage();
      await page.setViewport({ width, height, deviceScaleFactor: dpr });
      await page.goto(url);
    },
    run: (fn, ...args) => page.evaluate(`(${fn}).apply(null, ${JSON.stringify(args)})`),
    mouse: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key),
    close: () => browser.close(),
  };
}

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function webkitEngine() {
  const { Builder, Key } = await import('selenium-webdriver');
  const keys = { Tab: Key.TAB, ArrowRight: Key.ARROW_RIGHT, ArrowLeft: Key.ARROW_LEFT };
  // One driver per DPR: WebKitGTK takes its device pixel ratio from GTK's scale (GDK_SCALE).
  const sessions = new Map();
  let wd = null;
  return {
    async goto(url, width, height, dpr) {
      if (!sessions.has(dpr)) sessions.set(dpr, await webkitSession(Builder, dpr));
      wd = sessions.get(dpr).wd;
      // The size set is the outer window's: grow it by what the window's frame takes.
      await wd.manage().window().setRect({ width, height });
      const inner = await wd.executeScript('return [innerWidth, innerHeight]');
      await wd.manage().window().setRect({ width: 2 * width - inner[0], height: 2 * height - inner[1] });
      await wd.get(url);
    },
    async run(fn, ...args) {
      const out = await wd.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
         Promise.resolve().then(() => (${fn}).apply(null, ${JSON.stringify(args)}))
           .then((value) => done({ value }), (e) => done({ error: String((e && e.stack) || e) }));`,
      );
      if (out.error) throw new Error(out.error);
      return out.value ?? undefined;
    },
    mouse: (x, y) => wd.actions().move({ x: Math.round(x), y: Math.round(y) }).perform(),
    press: (key) => wd.actions().sendKeys(keys[key] ?? key).perform(),
    async close() {
      for (const s of sessions.values()) await s.close();
    },
  };
}

/** WebKitWebDriver on a free port under its own X display (xvfb-run), and a MiniBrowser session. */
async function webkitSession(Builder, dpr) {
  const port = await freePort();
  // The screen is large enough for a 1280 px window at GTK scale 2.
  const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 2800x3000x24', 'WebKitWebDriver', `--port=${port}`], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, GDK_SCALE: String(dpr) },
  });
  const stop = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  try {
    const server = `http://127.0.0.1:${port}`;
    for (let i = 0; !(await fetch(`${server}/status`).then((r) => r.ok, () => false)); i += 1) {
      if (i > 100) throw new Error(`WebKitWebDriver did not answer on ${server} within 10 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const caps = {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    };
    const wd = await new Builder().usingServer(server).withCapabilities(caps).build();
    await wd.manage().setTimeouts({ script: 60_000, pageLoad: 60_000 });
    return {
      wd,
      async close() {
        await wd.quit().catch(() => {});
        stop();
      },
    };
  } catch (e) {
    stop();
    throw e;
  }
}
