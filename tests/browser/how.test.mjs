// "How we know": the teachers' page renders every section in each language from the language
// files, the sources list under a chart links to it in the chart's language, and the kiosk (which
// has no links out) opens the same text inside itself.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { openPage, setUp } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

const LANG_DIR = new URL('../../lang/', import.meta.url);
const words = (code) => JSON.parse(readFileSync(new URL(`${code}.json`, LANG_DIR), 'utf8'));
const codes = readdirSync(LANG_DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));

for (const code of codes) {
  test(`the How we know page says every section in ${code}`, async () => {
    const w = words(code);
    const { page, context, errors } = await openPage(env, `how-we-know.html?lang=${code}`);
    await page.waitForSelector('#how h1');
    assert.equal(await page.textContent('#how h1'), w['how.title']);
    const text = await page.textContent('#how');
    for (const key of Object.keys(w).filter((k) => k.startsWith('how.'))) {
      assert.ok(text.includes(w[key]), `${code}: ${key} is missing`);
    }
    assert.equal(await page.getAttribute('html', 'lang'), code);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("a chart's sources list links to How we know in the chart's language", async () => {
  const { page, context } = await openPage(env, '?lang=ru');
  const link = page.locator('figure:has([data-chart="repression"]) details.sources .how-link a');
  assert.equal(await link.textContent(), words('ru')['ui.how-we-know']);
  await page.click('figure:has([data-chart="repression"]) details.sources summary');
  await link.click();
  await page.waitForSelector('#how h1');
  assert.equal(await page.textContent('#how h1'), words('ru')['how.title']);
  await context.close();
});

test('the kiosk opens How we know inside itself, in its language, and a reset closes it', async () => {
  const { page, context } = await openPage(env, 'kiosk.html?lang=uk&speed=20&idle=2', { width: 1920, height: 1080, hasTouch: true });
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  const w = words('uk');
  assert.equal(await page.textContent('.kiosk-how-open'), w['ui.how-we-know']);
  await page.tap('.kiosk-how-open');
  await page.waitForSelector('.kiosk-how:not([hidden]) #kiosk-how-title');
  assert.equal(await page.textContent('#kiosk-how-title'), w['how.title']);
  assert.ok((await page.textContent('#kiosk-how-text')).includes(w['how.source.mvd-1953']));
  assert.equal(await page.locator('#kiosk-how-text a').count(), 0, 'no links out of the kiosk');
  // Left alone, the kiosk goes back to its home state with the dialog closed.
  await page.waitForFunction(() => window.chronicleKiosk.health().phase === 'attract', null, { timeout: 15000 });
  assert.equal(await page.isHidden('.kiosk-how'), true);
  await context.close();
});

test('the iframe embed lists its sources with the link to How we know beside it', async () => {
  const { page, context, errors } = await openPage(env, 'embed.html?chart=gulag&lang=pl');
  const link = page.locator('main > details.sources .how-link a');
  await link.waitFor({ state: 'attached' });
  assert.equal(await link.textContent(), words('pl')['ui.how-we-know']);
  await page.click('main > details.sources summary');
  await link.click();
  await page.waitForSelector('#how h1');
  assert.equal(await page.textContent('#how h1'), words('pl')['how.title']);
  assert.deepEqual(errors, []);
  await context.close();
});
