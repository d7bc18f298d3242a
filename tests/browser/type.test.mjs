// How large the chart's own text is drawn, read from the canvas calls themselves: every fillText
// is recorded with its font and the context's scale, so the size a reader sees (CSS px) comes
// from what the browser was asked to draw, not from the layout's numbers. On a page no chart text
// is under 12 px.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { nextFrame, openPage, setUp } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

/** Records the CSS px size of every text drawn on a canvas (font size × scale ÷ DPR). */
async function recordText(page) {
  await page.addInitScript(() => {
    window.drawnTextPx = [];
    const fill = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
      const px = Number(this.font.match(/([\d.]+)px/)?.[1]);
      const scale = this.getTransform().a / devicePixelRatio;
      if (String(text).trim()) window.drawnTextPx.push({ text: String(text), px: px * scale });
      return fill.call(this, text, ...rest);
    };
  });
}

const smallest = (page) => page.evaluate(() => window.drawnTextPx.reduce((min, t) => (t.px < min.px ? t : min), { px: Infinity }));

test('on the demo page no chart text is drawn under 12 CSS px', async () => {
  const { page, context } = await openPage(env, '', { dpr: 2, beforeLoad: recordText });
  await nextFrame(page);
  const least = await smallest(page);
  assert.ok(Number.isFinite(least.px), 'text was drawn');
  assert.ok(least.px >= 12, `"${least.text}" at ${least.px} px`);
  await context.close();
});
