// Shared set-up for the browser tests, the soak and the bench: the one place that knows
// Chromium's flags and how to launch it, serves the demo site from www/ on a free loopback port,
// waits for charts to be ready, runs axe-core, probes system colours, and reads canvas pixels.
// Tests take expected values from pixels, the DOM a reader sees, or the data files in data/;
// never from the chart handle's own read-outs.
import { existsSync, readdirSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CSP, startServer } from '../../scripts/serve.mjs';

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter(Boolean);

/** Path of a Chrome or Chromium binary, or throws saying how to get one. */
export function chromiumPath() {
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error('no Chromium found: apt-get install chromium, or set CHROME_PATH');
  return found;
}

// Flags measured to work here (docs/TOOLCHAIN facts): no sandbox as root, no background traffic.
export const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium with the shared flags plus `extraArgs`. */
export function launchChromium(extraArgs = []) {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...ARGS, ...extraArgs] });
}

/** Where tests write what they produce (screenshots): ignored by git, so `npm test` leaves the tree clean. */
export const OUT_DIR = new URL('../out/', import.meta.url);
export function outPath(name) {
  mkdirSync(OUT_DIR, { recursive: true });
  return new URL(name, OUT_DIR).pathname;
}

/** Reads a bundled data file (data/<name>.json): the independent truth for expected values. */
export function dataFile(name) {
  const data = JSON.parse(readFileSync(new URL(`../../data/${name}.json`, import.meta.url), 'utf8'));
  return withWords(name, data);
}

/** The words of one language file (`lang/<code>.json`). */
export function langFile(code) {
  return JSON.parse(readFileSync(new URL(`../../lang/${code}.json`, import.meta.url), 'utf8'));
}

const LANGS = readdirSync(new URL('../../lang/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));

/**
 * The data file with its words joined from every language file, as `{en, ru, …}` maps where
 * the data names them by key (`<chart>.title`, `<chart>.series.<id>.name`, `event.<date>.title`,
 * `source.<id>.short`, `claim.<id>.quote`): the data and the language files are the truth the
 * tests read, never the module.
 */
function withWords(name, data) {
  const files = Object.fromEntries(LANGS.map((c) => [c, langFile(c)]));
  const words = (key) => (key in files.en ? Object.fromEntries(LANGS.map((c) => [c, files[c][key]])) : undefined);
  const put = (object, field, key) => {
    const text = words(key);
    if (text && object[field] === undefined) object[field] = text;
  };
  if (name === 'events') data.forEach((e) => put(e, 'title', `event.${e.date}.title`));
  else if (name === 'claims') data.forEach((c) => put(c, 'quote', `claim.${c.id}.quote`));
  else if (name === 'sources') Object.entries(data).forEach(([id, s]) => ['short', 'title'].forEach((f) => put(s, f, `source.${id}.${f}`)));
  else {
    ['title', 'x_label', 'y_label', 'credit'].forEach((f) => put(data, f, `${name}.${f}`));
    for (const s of data.series) {
      put(s, 'name', `${name}.series.${s.id}.name`);
      s.points.forEach((p) => put(p, 'note', `${name}.point.${s.id}.${p.date}.note`));
    }
  }
  return data;
}

/** Where a controlled clock starts (any fixed moment: the tests never depend on the date). */
const CLOCK_START = Date.UTC(2026, 0, 1, 9);

/** Starts the server and the browser; returns { browser, baseUrl, close }. */
export async function setUp() {
  const { server, url } = await startServer(0);
  const browser = await launchChromium();
  return {
    browser,
    baseUrl: url,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/**
 * Opens `path` in a fresh context; collects console errors and page errors into `errors`.
 * `beforeLoad(page, context)` runs before navigation (init scripts); `clock: true` installs a
 * controlled clock, paused, before the page loads: time (timers, performance.now, animation
 * frames) moves only when the test calls page.clock.runFor, so no frame is awaited here.
 * On the demo page, resolves once every chart has mounted and painted.
 */
export async function openPage(
  env,
  path = '',
  {
    dpr = 1,
    width = 1000,
    height = 900,
    hasTouch = false,
    reducedMotion = 'no-preference',
    serviceWorkers = 'allow',
    beforeLoad = null,
    clock = false,
  } = {},
) {
  const context = await env.browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: dpr,
    hasTouch,
    reducedMotion,
    serviceWorkers,
  });
  // Every policy violation (the server sends a strict CSP) is recorded as an error.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  // A controlled clock (Date, timers, performance.now, requestAnimationFrame) from before the
  // first script runs: time then moves only when the test says (page.clock.runFor).
  if (clock) {
    await page.clock.install({ time: CLOCK_START });
    await page.clock.pauseAt(CLOCK_START + 1000);
  }
  if (beforeLoad) await beforeLoad(page, context);
  await page.goto(new URL(path, env.baseUrl).href);
  if (clock) return { page, context, errors };
  // Pages other than the demo have no window.chronicle to wait for.
  if (path.includes('.html')) {
    await nextFrame(page);
    return { page, context, errors };
  }
  await page.waitForFunction(() => window.chronicle?.ready);
  await page.evaluate(() => window.chronicle.ready);
  await nextFrame(page);
  return { page, context, errors };
}

/** Waits for two animation frames, so a scheduled redraw has run. */
export function nextFrame(page) {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * Waits until the `<chronicle-chart>` (or mounted container) matched by `sel` has drawn its live
 * chart. Where its picture answers first (a built-in chart), the live chart loads when a reader
 * shows interest: here the mouse comes in over the chart and leaves again, as a reader's would.
 */
export async function elementReady(page, sel = 'chronicle-chart') {
  const drawn = (s) => document.querySelector(s)?.controller?.redraws > 0;
  await page.waitForFunction((s) => {
    const e = document.querySelector(s);
    return e?.controller?.redraws > 0 || !!e?.shadowRoot?.querySelector('.chronicle-box > [role="application"]');
  }, sel);
  if (!(await page.evaluate(drawn, sel))) {
    await page.hover(sel);
    await page.mouse.move(0, 0);
  }
  return page.waitForFunction(drawn, sel);
}

/** Waits until the kiosk page says it is ready. */
export function kioskReady(page) {
  return page.waitForFunction(() => document.body.dataset.ready === 'true');
}

/**
 * Serves `html` at `path` on the test server's origin for this context only (with the same strict
 * CSP as every served page), then opens it: for pages a test writes itself.
 */
export async function openHtml(env, path, html, options = {}) {
  const { page, context, errors } = await openPage(env, 'examples/minimal.html', options);
  const url = new URL(path, env.baseUrl).href;
  await page.route(url, (route) =>
    route.fulfill({ body: html, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': CSP } }),
  );
  errors.length = 0;
  await page.goto(url);
  return { page, context, errors };
}

const AXE = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url);

/** Runs axe-core in the page (served from the page's own origin, so the strict CSP allows it). */
export async function runAxe(page) {
  await page.route('**/__axe.js', (r) => r.fulfill({ body: readFileSync(AXE, 'utf8'), contentType: 'text/javascript' }));
  await page.addScriptTag({ url: '/__axe.js' });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** A CSS system colour (`Canvas`, `CanvasText`, `Highlight`) as the page resolves it: [r, g, b]. */
export function systemColour(page, name) {
  return page.evaluate((name) => {
    const probe = document.createElement('span');
    probe.style.color = name;
    document.body.append(probe);
    const rgb = getComputedStyle(probe).color.match(/\d+/g).slice(0, 3).map(Number);
    probe.remove();
    return rgb;
  }, name);
}

/** `#rrggbb` → [r, g, b]. */
export function hexToRgb(hex) {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

/** WCAG 2 contrast ratio of two [r, g, b]. */
export function contrast(a, b) {
  const lum = (rgb) =>
    rgb
      .map((c) => c / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((s, c, i) => s + c * [0.2126, 0.7152, 0.0722][i], 0);
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** True when two [r, g, b] differ by at most `tol` in every channel. */
export function near(a, b, tol = 6) {
  return [0, 1, 2].every((i) => Math.abs(a[i] - b[i]) <= tol);
}

// ---- Pixels -------------------------------------------------------------------------------

/** A chart's root selector: a demo chart's data-chart id (`repression`), or any selector (`#monthly`). */
export const rootOf = (id) => (/^[a-z-]+$/.test(id) ? `[data-chart="${id}"]` : id);
/** The canvas of a chart (shadow roots are pierced). */
export const chartCanvas = (page, id) => page.locator(`${rootOf(id)} canvas.chronicle-canvas`);
/** The overlay canvas (crosshair, outlines) of a chart. */
export const chartOverlay = (page, id) => page.locator(`${rootOf(id)} canvas.chronicle-overlay`);

/**
 * Every pixel of a canvas (a locator; shadow roots are pierced), as an image in device px with
 * helpers that take and give CSS px.
 */
export async function readCanvas(locator) {
  const raw = await locator.evaluate((c) => {
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let s = '';
    for (let i = 0; i < data.length; i += 0x8000) s += String.fromCharCode.apply(null, data.subarray(i, i + 0x8000));
    return { w: c.width, h: c.height, cssW: c.clientWidth, b64: btoa(s) };
  });
  return new Picture(raw.w, raw.h, raw.w / raw.cssW, Buffer.from(raw.b64, 'base64'));
}

export class Picture {
  constructor(w, h, dpr, data) {
    Object.assign(this, { w, h, dpr, data });
  }

  /** [r, g, b, a] at device px (x, y). */
  px(x, y) {
    const i = (y * this.w + x) * 4;
    return [this.data[i], this.data[i + 1], this.data[i + 2], this.data[i + 3]];
  }

  /** [r, g, b] at CSS px (x, y). */
  at(x, y) {
    return this.px(Math.min(this.w - 1, Math.round(x * this.dpr)), Math.min(this.h - 1, Math.round(y * this.dpr))).slice(0, 3);
  }

  /** The background: the top-left corner's colour. */
  background() {
    return this.px(1, 1).slice(0, 3);
  }

  /**
   * The x axis: of the bands of rows in which one non-background colour covers at least half the
   * canvas width (grid lines and the axis), the one that stands out most from the background (the
   * axis is drawn stronger than the grid by design); the lowest of equals. Returns { y (the
   * line's centre), top, left, right, colour } in CSS px, or null.
   */
  xAxis() {
    const bg = this.background();
    const rowLine = (y) => {
      const h = this.histogram([0, y / this.dpr, this.w / this.dpr, (y + 1) / this.dpr]);
      const [key] = [...h.entries()].filter(([k]) => !near(k.split(',').map(Number), bg, 12)).sort((a, b) => b[1] - a[1])[0] ?? [];
      if (!key) return null;
      const colour = key.split(',').map(Number);
      // The line's ends are those of its longest run, across the few px a tick mark crossing it
      // takes: a grey edge pixel of the tick label beside it (the y axis' "0") can match its
      // colour too, farther off.
      const gap = 3 * this.dpr;
      let [l, r] = [0, 0];
      let [start, end] = [-1, -1];
      for (let x = 0; x <= this.w; x += 1) {
        const on = x < this.w && near(this.px(x, y), colour, 4);
        if (on && start >= 0 && x - end <= gap) end = x + 1;
        else if (on || x === this.w) {
          if (start >= 0 && end - start > r - l) [l, r] = [start, end];
          [start, end] = [x, x + 1];
        }
      }
      return r - l >= this.w / 2 ? { y, colour, l, r } : null;
    };
    const bands = [];
    let band = null;
    for (let y = this.h - 1; y >= 0; y -= 1) {
      const row = rowLine(y);
      if (row && band) band.push(row);
      else if (row) bands.push((band = [row]));
      else band = null;
    }
    if (!bands.length) return null;
    const strongest = (rows) => rows.reduce((a, b) => (contrast(b.colour, bg) > contrast(a.colour, bg) ? b : a));
    const axis = bands.reduce((a, b) => (contrast(strongest(b).colour, bg) > contrast(strongest(a).colour, bg) + 0.05 ? b : a));
    const ys = axis.map((r) => r.y);
    const line = strongest(axis);
    return {
      y: (Math.min(...ys) + Math.max(...ys) + 1) / 2 / this.dpr,
      top: Math.min(...ys) / this.dpr,
      left: line.l / this.dpr,
      right: line.r / this.dpr,
      colour: line.colour,
    };
  }

  /** Runs [{ x0, x1 }] (CSS px) of pixels near `rgb` in the row at CSS y. */
  runs(yCss, rgb, tol = 6) {
    const y = Math.round(yCss * this.dpr);
    const out = [];
    let start = -1;
    for (let x = 0; x <= this.w; x += 1) {
      const hit = x < this.w && near(this.px(x, y), rgb, tol);
      if (hit && start < 0) start = x;
      if (!hit && start >= 0) {
        out.push({ x0: start / this.dpr, x1: x / this.dpr });
        start = -1;
      }
    }
    return out;
  }

  /** The topmost CSS y in column `xCss`, between CSS rows y0 and y1, of a pixel near `rgb`; null if none. */
  top(xCss, rgb, y0 = 0, y1 = this.h / this.dpr, tol = 6) {
    const x = Math.round(xCss * this.dpr);
    for (let y = Math.floor(y0 * this.dpr); y < Math.min(this.h, y1 * this.dpr); y += 1) {
      if (near(this.px(x, y), rgb, tol)) return y / this.dpr;
    }
    return null;
  }

  /** How many pixels within the CSS box [l, t, r, b] satisfy `test([r, g, b, a])`. */
  count(test, [l, t, r, b] = [0, 0, this.w / this.dpr, this.h / this.dpr]) {
    let n = 0;
    for (let y = Math.round(t * this.dpr); y < Math.min(this.h, Math.round(b * this.dpr)); y += 1) {
      for (let x = Math.round(l * this.dpr); x < Math.min(this.w, Math.round(r * this.dpr)); x += 1) if (test(this.px(x, y))) n += 1;
    }
    return n;
  }

  /** Exact colours in the CSS box and how many pixels have each: Map 'r,g,b' → count. */
  histogram([l, t, r, b] = [0, 0, this.w / this.dpr, this.h / this.dpr]) {
    const counts = new Map();
    for (let y = Math.max(0, Math.round(t * this.dpr)); y < Math.min(this.h, Math.round(b * this.dpr)); y += 1) {
      for (let x = Math.max(0, Math.round(l * this.dpr)); x < Math.min(this.w, Math.round(r * this.dpr)); x += 1) {
        const p = this.px(x, y);
        if (p[3] === 0) continue;
        const key = `${p[0]},${p[1]},${p[2]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    return counts;
  }

  /**
   * The columns (CSS px) where an unbroken vertical run of non-transparent pixels spans at least
   * `minCss` px: on the overlay, the crosshair.
   */
  verticalLines(minCss) {
    const xs = [];
    for (let x = 0; x < this.w; x += 1) {
      let run = 0;
      let best = 0;
      for (let y = 0; y < this.h; y += 1) {
        run = this.px(x, y)[3] > 0 ? run + 1 : 0;
        best = Math.max(best, run);
      }
      if (best >= minCss * this.dpr) xs.push(x / this.dpr);
    }
    return xs;
  }

  /** Bounding box (CSS px) of pixels satisfying `test`, excluding columns in `skipXs`; null if none. */
  bbox(test, skipXs = []) {
    const skip = new Set(skipXs.map((x) => Math.round(x * this.dpr)));
    let [l, t, r, b] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let y = 0; y < this.h; y += 1) {
      for (let x = 0; x < this.w; x += 1) {
        if (skip.has(x) || !test(this.px(x, y))) continue;
        l = Math.min(l, x);
        r = Math.max(r, x + 1);
        t = Math.min(t, y);
        b = Math.max(b, y + 1);
      }
    }
    return l === Infinity ? null : { left: l / this.dpr, top: t / this.dpr, right: r / this.dpr, bottom: b / this.dpr };
  }
}

/**
 * Finds a demo chart's bars of colour `rgb` sitting on the x axis: [{ x0, x1, top, height }] in
 * CSS px, left to right, with the axis.
 */
export async function barsOf(page, id, rgb) {
  const pic = await readCanvas(chartCanvas(page, id));
  const axis = pic.xAxis();
  const bars = pic.runs(axis.top - 2, rgb).map((b) => {
    const top = pic.top((b.x0 + b.x1) / 2, rgb, 0, axis.top);
    return { ...b, top, height: axis.y - top };
  });
  return { bars, axis, pic };
}

/** Page coordinates of a point given in CSS px of `locator`'s box, after scrolling it into view. */
export async function toPage(locator, x, y) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  return { x: box.x + x, y: box.y + y };
}

/**
 * Presses `keys` on a chart's focused stage and returns what a reader sees: the live
 * region's words and where the overlay marks the focused point (the crosshair's x, the centre
 * of the outline drawn around the mark), in CSS px.
 */
export async function keyboardFocus(page, id, keys) {
  await page.locator(`${rootOf(id)} .chronicle-stage`).focus();
  for (const key of keys) await page.keyboard.press(key);
  const live = await page.locator(`${rootOf(id)} .chronicle-live`).textContent();
  await nextFrame(page);
  const overlay = await readCanvas(chartOverlay(page, id));
  const hair = overlay.verticalLines(100);
  const outline = hair.length ? overlay.bbox((p) => p[3] > 200 && p[0] < 60 && p[1] < 60 && p[2] < 60, hair) : null;
  if (!outline) return { live, x: null, y: null };
  return { live, x: (Math.min(...hair) + Math.max(...hair) + 1 / overlay.dpr) / 2, y: (outline.top + outline.bottom) / 2 };
}
