// Shared set-up for the browser tests: the system Chromium driven by playwright-core, the demo
// site served from www/ on a free loopback port, and helpers that read real canvas pixels.
import { existsSync } from 'node:fs';
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

/** Starts the server and the browser; returns { browser, baseUrl, close }. */
export async function setUp() {
  const { server, url } = await startServer(0);
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ARGS });
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
 * Resolves once every chart on the page has mounted and painted.
 */
export async function openPage(
  env,
  path = '',
  { dpr = 1, width = 1000, height = 900, hasTouch = false, reducedMotion = 'no-preference', serviceWorkers = 'allow' } = {},
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
  await page.goto(new URL(path, env.baseUrl).href);
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

/** `#rrggbb` → [r, g, b]. */
export function hexToRgb(hex) {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

/**
 * Serves `html` at `path` on the test server's origin for this page only (with the same strict
 * CSP as every served page), then opens it: for pages a test writes itself, such as a site in
 * another language.
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
