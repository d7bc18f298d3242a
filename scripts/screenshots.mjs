// `npm run screenshots`: refreshes the pictures the README shows, from the real pages, in the
// same headless Chromium the tests use. The tests themselves write only to tests/out/ (ignored),
// so `npm test` leaves the tree clean; run this after a change of drawing and commit the result.
//   docs/screenshot.png     the demo page, with the membership chart's claims checked
//   docs/forced-colors.png  the repression chart under forced colours (Windows high contrast)
import { fileURLToPath } from 'node:url';
import { nextFrame, openPage, setUp } from '../tests/browser/harness.mjs';

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
} finally {
  await env.close();
}
