// Keyboard users see where they are: after Tab the focused chart shows a ring above its canvas,
// in every theme, with at least 3:1 against the chart's background (read from the screen's
// pixels, where the canvas used to paint over the ring).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { contrast, openHtml, setUp } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

/** The composited screen's colours at `points` ([x, y] in `box`), from a real screenshot decoded
 * in the page. */
async function screenColours(page, box, points) {
  const png = await page.screenshot({ clip: box });
  return page.evaluate(
    async ({ b64, points }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
      ctx.drawImage(bitmap, 0, 0);
      return points.map(([x, y]) => [...ctx.getImageData(x, y, 1, 1).data.slice(0, 3)]);
    },
    { b64: png.toString('base64'), points },
  );
}

for (const theme of ['light', 'dark', 'high-contrast']) {
  test(`Tab shows a focus ring above the canvas with 3:1 contrast (${theme})`, async () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>focus</title></head>
<body><script type="module" src="/chronicle-chart.js"></script>
<chronicle-chart chart="repression" theme="${theme}"></chronicle-chart></body></html>`;
    const { page, context } = await openHtml(env, `pages/focus-${theme}.html`, html);
    await page.waitForFunction(() => document.querySelector('chronicle-chart')?.controller?.redraws > 0);
    const stage = page.locator('chronicle-chart .chronicle-stage');
    const box = await stage.boundingBox();
    const clip = { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
    // A point on the stage's left edge, halfway down, and one well inside it (chart background).
    const edge = [1, Math.round(clip.height / 2)];
    const inside = [12, Math.round(clip.height / 2)];
    const [edgeBefore, background] = await screenColours(page, clip, [edge, inside]);
    assert.ok(contrast(edgeBefore, background) < 1.5, 'no ring before focus');
    // Focus by keyboard: Tab through the legend buttons until the stage has focus.
    for (let i = 0; i < 12 && !(await stage.evaluate((s) => s.matches(':focus-visible'))); i += 1) await page.keyboard.press('Tab');
    assert.ok(await stage.evaluate((s) => s.matches(':focus-visible')), 'Tab reaches the chart');
    const [ring] = await screenColours(page, clip, [edge]);
    assert.ok(contrast(ring, background) >= 3, `ring ${ring} on ${background}: ${contrast(ring, background).toFixed(2)}:1`);
    await context.close();
  });
}
