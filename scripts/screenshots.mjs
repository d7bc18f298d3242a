// `npm run screenshots`: refreshes the pictures the README shows, from the real pages, in the
// same headless Chromium the tests use. The tests themselves write only to tests/out/ (ignored),
// so `npm test` leaves the tree clean; run this after a change of drawing and commit the result.
//   docs/screenshot.png     the demo page, with the membership chart's claims checked
//   docs/forced-colors.png  the repression chart under forced colours (Windows high contrast)
//   docs/kiosk/step-<n>-<landscape|portrait>.png  each step of the kiosk's story at 1920×1080 and
//                           1080×1920 (laid out at that size, saved at half its pixels)
//   docs/maker.png          the chart maker after the steps of its test (tests/browser/maker-user.mjs)
//   docs/picture/<chart>.<width>.png  a built-in chart's picture answering the pointer (900 px) and
//                           a tap (390 px) before the live chart has come
//   docs/story/<chart>.<view>.png  a chart on a story view, as the README's element snippet shows it,
//                           at 900 px wide and on a 390 px phone
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { elementReady, kioskReady, nextFrame, openHtml, openPage, setUp } from '../tests/browser/harness.mjs';
import { makeCo2Chart } from '../tests/browser/maker-user.mjs';

const docs = (name) => fileURLToPath(new URL(`../docs/${name}`, import.meta.url));
const env = await setUp();
try {
  const { page, context, errors } = await openPage(env);
  await page.click('figure:has([data-chart="party-membership"]) button.claims-toggle');
  await page.waitForSelector('figure:has([data-chart="party-membership"]) ol.claims li');
  await nextFrame(page);
  await page.screenshot({ path: docs('screenshot.png'), fullPage: true });
  await page.emulateMedia({ forcedColors: 'active' });
  await page.waitForFunction(() => document.querySelector('[data-chart="repression"]')?.dataset.theme === 'forced');
  await nextFrame(page);
  await page.locator('figure:has([data-chart="repression"])').screenshot({ path: docs('forced-colors.png') });
  await context.close();
  if (errors.length) throw new Error(`the demo page logged errors:\n${errors.join('\n')}`);
  console.log('wrote docs/screenshot.png and docs/forced-colors.png');
  mkdirSync(docs('kiosk'), { recursive: true });
  for (const [shape, width, height] of [
    ['landscape', 1920, 1080],
    ['portrait', 1080, 1920],
  ]) {
    const kiosk = await openPage(env, 'kiosk.html', { width, height, dpr: 0.5, hasTouch: true });
    await kioskReady(kiosk.page);
    const steps = await kiosk.page.evaluate(() => document.querySelector('.kiosk-position').textContent.match(/\d+/g).at(-1));
    for (let n = 1; n <= Number(steps); n += 1) {
      if (n > 1) await kiosk.page.tap('.kiosk-next');
      // The step's transition runs for a moment: wait it out.
      await kiosk.page.waitForTimeout(800);
      await nextFrame(kiosk.page);
      await kiosk.page.screenshot({ path: docs(`kiosk/step-${n}-${shape}.png`) });
    }
    await kiosk.context.close();
    if (kiosk.errors.length) throw new Error(`the kiosk logged errors:\n${kiosk.errors.join('\n')}`);
    console.log(`wrote docs/kiosk/step-1..${steps}-${shape}.png`);
  }
  // The maker as its test leaves it: the pasted table's series with their source, and the period.
  const maker = await openPage(env, 'make.html', { width: 1000, height: 900 });
  await makeCo2Chart(maker.page);
  await nextFrame(maker.page);
  await maker.page.locator('section:has(#series)').scrollIntoViewIfNeeded();
  const box = await maker.page.evaluate(() => {
    const top = document.querySelector('#series-heading').getBoundingClientRect().top + scrollY;
    const bottom = document.querySelector('#preview').getBoundingClientRect().bottom + scrollY;
    return { top, bottom };
  });
  await maker.page.screenshot({ path: docs('maker.png'), fullPage: true, clip: { x: 0, y: box.top - 16, width: 1000, height: box.bottom - box.top + 32 } });
  await maker.context.close();
  if (maker.errors.length) throw new Error(`the maker logged errors:\n${maker.errors.join('\n')}`);
  console.log('wrote docs/maker.png');
  // The story views, each chart as a page embeds it with `view=`.
  mkdirSync(docs('story'), { recursive: true });
  for (const [chart, view] of [
    ['party-membership', 'lenin-purges'],
    ['repression', 'great-terror'],
  ]) {
    for (const width of [900, 390]) {
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${view}</title><script type="module" src="/chronicle-chart.js"></script></head><body><chronicle-chart chart="${chart}" view="${view}"></chronicle-chart></body></html>`;
      const story = await openHtml(env, `/story-${chart}.html`, html, { width, height: 900 });
      await elementReady(story.page);
      await nextFrame(story.page);
      await story.page.locator('chronicle-chart').screenshot({ path: docs(`story/${chart}.${view}.${width}.png`) });
      await story.context.close();
      if (story.errors.length) throw new Error(`the ${view} view logged errors:\n${story.errors.join('\n')}`);
    }
  }
  console.log('wrote docs/story/*.png');

  // The picture answering before the live chart has come (its code held back, as on a slow
  // link): the pointer on March 1921 at 900 px, a tap on the 1937 arrests on a 390 px phone.
  mkdirSync(docs('picture'), { recursive: true });
  for (const [chart, width, touch, find] of [
    ['party-membership', 900, false, (t) => t[0] === 'March 1921'],
    ['repression', 390, true, (t) => t[0] === '1937' && /Arrest/.test(t[1])],
  ]) {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${chart}</title><script type="module" src="/chronicle-chart.js"></script></head><body><chronicle-chart chart="${chart}"></chronicle-chart></body></html>`;
    const shot = await openHtml(env, `/picture-${chart}.html`, html, {
      width,
      height: 900,
      hasTouch: touch,
      beforeLoad: (p) => p.route('**/chronicle.js', () => {}),
    });
    const { page } = shot;
    await page.waitForFunction(() => document.querySelector('chronicle-chart')?.shadowRoot?.querySelector('[role="application"]'));
    const box = await page.evaluate(() => {
      const r = document.querySelector('chronicle-chart').shadowRoot.querySelector('.chronicle-fallback').getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    const tip = () =>
      page.evaluate(() => {
        const t = document.querySelector('chronicle-chart').shadowRoot.querySelector('.chronicle-tooltip');
        return t && !t.hidden ? [...t.children].map((c) => c.textContent) : null;
      });
    let found = false;
    for (let x = box.x + 2; x < box.x + box.width && !found; x += 1.5) {
      for (const fy of touch ? [0.55] : [0.3, 0.5, 0.7]) {
        const y = box.y + box.height * fy;
        if (touch) await page.touchscreen.tap(x, y);
        else await page.mouse.move(x, y);
        const t = await tip();
        if (t && find(t)) {
          found = true;
          break;
        }
      }
    }
    if (!found) throw new Error(`no tooltip found on the ${chart} picture`);
    await page.locator('chronicle-chart').screenshot({ path: docs(`picture/${chart}.${width}.png`) });
    await shot.context.close();
  }
  console.log('wrote docs/picture/*.png');
} finally {
  await env.close();
}
