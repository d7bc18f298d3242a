// How large the chart's own text is drawn, read from the canvas calls themselves: every fillText
// is recorded with its font and the context's scale, so the size a reader sees (CSS px) comes
// from what the browser was asked to draw, not from the layout's numbers. On a page no chart text
// is under 12 px at a phone's or a desktop's width (titles, page text above the canvas, 14); it
// grows when the host page sets a larger font size on the element; on the kiosk it is 24 px and
// up at 1080p, in landscape and portrait, and larger still on a 4K screen.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { elementReady, kioskReady, nextFrame, openHtml, openPage, setUp } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

/**
 * Records the CSS px size of every text drawn on a shown canvas (font size × scale ÷ DPR), with
 * the id of the element whose shadow root holds the canvas, if any.
 */
async function recordText(page) {
  await page.addInitScript(() => {
    window.drawnTextPx = [];
    const fill = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
      const px = Number(this.font.match(/([\d.]+)px/)?.[1]);
      const scale = this.getTransform().a / devicePixelRatio;
      const shown = this.canvas.isConnected && this.canvas.getClientRects().length > 0;
      const host = this.canvas.getRootNode?.().host?.id ?? '';
      if (String(text).trim() && shown) window.drawnTextPx.push({ text: String(text), px: px * scale, host });
      return fill.call(this, text, ...rest);
    };
  });
}

/** The smallest recorded text (of the element `host` when given) since the last `forget`. */
const smallest = (page, host = null) =>
  page.evaluate(
    (h) => window.drawnTextPx.filter((t) => h === null || t.host === h).reduce((min, t) => (t.px < min.px ? t : min), { px: Infinity }),
    host,
  );
const forget = (page) => page.evaluate(() => (window.drawnTextPx = []));

for (const width of [390, 1000, 1200]) {
  test(`on the demo page at ${width} px no chart text is drawn under 12 CSS px; titles are 14 and up`, async () => {
    const { page, context } = await openPage(env, '', { width, height: 900, dpr: 2, beforeLoad: recordText });
    await nextFrame(page);
    const least = await smallest(page);
    assert.ok(Number.isFinite(least.px), 'text was drawn');
    assert.ok(least.px >= 12, `"${least.text}" at ${least.px} px`);
    const titles = await page.evaluate(() => [...document.querySelectorAll('.chronicle-title')].map((t) => parseFloat(getComputedStyle(t).fontSize)));
    assert.ok(titles.length > 0 && titles.every((px) => px >= 14), titles.join());
    await context.close();
  });
}

test('the chart text follows the host page: font-size 20px on the element draws it larger', async () => {
  // The host's own stylesheet (the strict CSP refuses a style attribute).
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Type</title>
    <link rel="stylesheet" href="/type-host.css">
    <script type="module" src="/chronicle-chart.js"></script></head><body>
    <chronicle-chart id="plain" chart="repression"></chronicle-chart>
    <chronicle-chart id="large" chart="repression"></chronicle-chart>
    </body></html>`;
  const hostStyles = async (page) => {
    await recordText(page);
    await page.route('**/type-host.css', (r) => r.fulfill({ body: '#large { font-size: 20px; }', contentType: 'text/css' }));
  };
  const { page, context, errors } = await openHtml(env, '/type-host.html', html, { width: 800, height: 1400, beforeLoad: hostStyles });
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('#large')).fontSize), '20px');
  await elementReady(page, '#plain');
  await elementReady(page, '#large');
  await nextFrame(page);
  const [plain, large] = [await smallest(page, 'plain'), await smallest(page, 'large')];
  assert.ok(plain.px >= 12, `"${plain.text}" at ${plain.px} px`);
  // 20 px against the browser's 16: a quarter larger (give or take a rounding).
  assert.ok(Math.abs(large.px / plain.px - 20 / 16) < 0.05, `${plain.px} px → ${large.px} px ("${large.text}")`);
  // The chart's page text (title, legend, sources line) follows it too, in the same proportion.
  const sizes = (id) =>
    page.evaluate((id) => {
      const root = document.getElementById(id).shadowRoot;
      return ['.chronicle-title', '.chronicle-legend-item', '.chronicle-credit'].map((s) => parseFloat(getComputedStyle(root.querySelector(s)).fontSize));
    }, id);
  const [htmlPlain, htmlLarge] = [await sizes('plain'), await sizes('large')];
  htmlPlain.forEach((px, i) => assert.ok(Math.abs(htmlLarge[i] / px - 20 / 16) < 0.05, `page text ${px} px → ${htmlLarge[i]} px`));
  assert.deepEqual(errors, []);
  await context.close();
});

/** The smallest chart text on the kiosk at `width` × `height`, after a step forward. */
async function kioskSmallest(width, height) {
  const { page, context, errors } = await openPage(env, 'kiosk.html', { width, height, hasTouch: true, beforeLoad: recordText });
  await kioskReady(page);
  await nextFrame(page);
  const first = await smallest(page);
  // Another step (another chart) is drawn as large.
  await forget(page);
  for (let i = 0; i < 3; i += 1) await page.click('.kiosk-next');
  await page.waitForTimeout(700);
  await nextFrame(page);
  const later = await smallest(page);
  assert.deepEqual(errors, []);
  await context.close();
  return [first, later].reduce((a, b) => (b.px < a.px ? b : a));
}

test('on the kiosk chart text is 24 px and up at 1080p, landscape and portrait, and larger on 4K', async () => {
  const hd = await kioskSmallest(1920, 1080);
  assert.ok(hd.px >= 24, `1920×1080: "${hd.text}" at ${hd.px} px`);
  const portrait = await kioskSmallest(1080, 1920);
  assert.ok(portrait.px >= 24, `1080×1920: "${portrait.text}" at ${portrait.px} px`);
  const uhd = await kioskSmallest(3840, 2160);
  assert.ok(uhd.px >= 1.5 * hd.px, `3840×2160: "${uhd.text}" at ${uhd.px} px against ${hd.px} at 1080p`);
});
