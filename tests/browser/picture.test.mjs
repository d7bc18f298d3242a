// A built-in chart's picture answers the reader before the live chart has come: the pointer,
// a tap and the keyboard get the live chart's tooltip and words over the pre-rendered picture,
// with only the small picture module loaded; the live chart comes on the reader's first sign of
// wanting more and takes the picture's place without moving anything. Figures are checked
// against the data files, formatted here with the browser's Intl.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CSP } from '../../scripts/serve.mjs';
import { dataFile, langFile, openPage, runAxe, setUp } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

const html = (chart, lang) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="favicon.svg"><title>t</title></head><body>` +
  `<main><h1>An article</h1><script type="module" src="chronicle-chart.js"></script><chronicle-chart chart="${chart}"></chronicle-chart><p id="below">The article goes on.</p></main></body></html>`;

/**
 * A page with one chart at `url`, not yet opened (a test may route its files first); with
 * `holdLive`, the live chart's code never arrives (a slow link), so the picture answers alone.
 * Records every request's path, and the element's events in window.__events.
 */
async function serve(chart, { lang = 'en', width = 1000, height = 900, hasTouch = false, holdLive = false } = {}) {
  const { page, context, errors } = await openPage(env, 'examples/minimal.html', { width, height, hasTouch });
  const url = new URL('picture.html', env.baseUrl).href;
  await page.route(url, (r) => r.fulfill({ body: html(chart, lang), contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': CSP } }));
  if (holdLive) await page.route('**/chronicle.js', () => {});
  const paths = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  await page.addInitScript(() => {
    window.__events = [];
    for (const type of ['chronicle-ready', 'chronicle-live', 'chronicle-select', 'chronicle-error']) {
      addEventListener(type, (e) => window.__events.push({ type, detail: e.detail ?? null }), true);
    }
  });
  errors.length = 0;
  return { page, context, errors, paths, url };
}

/** Opens a page with one chart (see serve) and waits for `chronicle-ready`. */
async function open(chart, options = {}) {
  const served = await serve(chart, options);
  await served.page.goto(served.url);
  await served.page.waitForFunction(() => window.__events.some((e) => e.type === 'chronicle-ready'));
  return served;
}

const tooltip = (page) =>
  page.evaluate(() => {
    const t = document.querySelector('chronicle-chart').shadowRoot.querySelector('.chronicle-tooltip');
    return t && !t.hidden ? [...t.children].map((c) => c.textContent) : null;
  });
const liveRegion = (page) => page.evaluate(() => document.querySelector('chronicle-chart').shadowRoot.querySelector('.chronicle-live').textContent);
const imageBox = (page) =>
  page.evaluate(() => {
    const r = document.querySelector('chronicle-chart').shadowRoot.querySelector('.chronicle-fallback').getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });

/** A data point's date as the chart reads it, by the browser's Intl. */
function dateOf(date, lang) {
  const [y, m, d] = date.split('-').map(Number);
  const at = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const parts = d ? { day: 'numeric', month: 'long', year: 'numeric' } : m ? { month: 'long', year: 'numeric' } : { year: 'numeric' };
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { ...parts, timeZone: 'UTC' }).format(at);
}

test('the picture answers the pointer with every point of the top line before the live chart has come', async () => {
  const { page, context, errors, paths } = await open('party-membership', { holdLive: true });
  for (const later of ['/chronicle.js', '/pkg/chronicle_core_bg.wasm', '/pkg/charts/party-membership.js']) {
    assert.ok(!paths.some((p) => p.endsWith(later)), `${later} is not loaded before the reader wants more`);
  }
  // Across the picture just under the plot's top, the nearest point in x, and of points level in
  // x the one nearest in y: the top line (the total) all the way.
  const box = await imageBox(page);
  const seen = new Map();
  for (let x = box.x + 2; x < box.x + box.width; x += 2) {
    await page.mouse.move(x, box.y + box.height * 0.3);
    const t = await tooltip(page);
    if (t) seen.set(t[0], t);
  }
  const total = dataFile('party-membership').series.find((s) => s.id === 'total');
  const points = total.points.filter((p) => p.value != null);
  assert.ok(points.length > 20);
  for (const p of points) {
    const t = seen.get(dateOf(p.date, 'en'));
    assert.ok(t, `${p.date} is reached by the pointer (seen: ${[...seen.keys()].join('; ')})`);
    assert.equal(t[2], new Intl.NumberFormat('en-US').format(p.value), `${p.date}'s figure`);
  }
  // The tooltip of March 1921 names its series and its source.
  const march = seen.get('March 1921');
  assert.match(march[1], /Total/);
  assert.ok(march.slice(3).some((line) => /^Source: /.test(line)), march.join(' | '));
  // A hover selects, as on the live chart: chronicle-select carries the point.
  const selects = await page.evaluate(() => window.__events.filter((e) => e.type === 'chronicle-select').map((e) => e.detail));
  assert.ok(selects.some((d) => d.series === 'total' && d.date === '1921-03' && d.value === 732521), JSON.stringify(selects.slice(0, 3)));
  assert.equal(await page.evaluate(() => document.querySelector('chronicle-chart').controller), null, 'no live chart yet');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the keyboard walks the picture as it walks the live chart, and the live region says each point', async () => {
  const { page, context, errors } = await open('repression', { lang: 'uk', holdLive: true });
  await page.keyboard.press('Tab');
  const role = await page.evaluate(() => document.querySelector('chronicle-chart').shadowRoot.activeElement?.getAttribute('role'));
  assert.equal(role, 'application', 'Tab reaches the picture');
  const data = dataFile('repression');
  const first = data.series[0];
  await page.keyboard.press('Home');
  const said = await liveRegion(page);
  // The first year may be a gap: then the words say so, in Ukrainian.
  const v = first.points[0].value;
  const number = v == null ? langFile('uk')['ui.no-data'] : new Intl.NumberFormat('uk').format(v);
  assert.ok(said.replace(/\s/g, ' ').includes(number.replace(/\s/g, ' ')), `Home: "${said}" says ${number}`);
  // → moves one point; End reaches the last point of the series.
  await page.keyboard.press('ArrowRight');
  const second = first.points[1];
  assert.ok((await liveRegion(page)).includes(second.date.slice(0, 4)), await liveRegion(page));
  await page.keyboard.press('End');
  const last = first.points.at(-1);
  assert.ok((await liveRegion(page)).includes(last.date.slice(0, 4)), await liveRegion(page));
  // ↓ goes to the next series at the same year.
  await page.keyboard.press('ArrowDown');
  const next = data.series[1].points.find((p) => p.date === last.date);
  const saidNext = await liveRegion(page);
  assert.ok(next == null || saidNext.includes(last.date.slice(0, 4)), saidNext);
  // ] steps to an event; Escape clears the tooltip.
  await page.keyboard.press(']');
  assert.ok((await tooltip(page))?.length >= 3);
  await page.keyboard.press('Escape');
  assert.equal(await tooltip(page), null);
  // The words are Ukrainian: the tooltip's series name comes from the language file, not English.
  await page.keyboard.press('Home');
  const t = await tooltip(page);
  assert.ok(!/Arrest/.test(t[1]) && /[а-яіїє]/i.test(t[1]), t[1]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone the narrow picture shows, readable, and a tap shows what it is on', async () => {
  const { page, context, errors } = await open('repression', { width: 390, height: 844, hasTouch: true, holdLive: true });
  const src = await page.evaluate(() => document.querySelector('chronicle-chart').shadowRoot.querySelector('.chronicle-fallback').currentSrc);
  assert.match(src, /repression\.en\.light\.narrow\.svg$/);
  const box = await imageBox(page);
  // The picture is 390 px wide: drawn at least 90 % of its size, its 12 px text stays ≥ 10.8 px.
  const natural = await page.evaluate(() => document.querySelector('chronicle-chart').shadowRoot.querySelector('.chronicle-fallback').naturalWidth);
  assert.equal(natural, 390);
  assert.ok(box.width / natural >= 0.9, `drawn at ${box.width} of ${natural} px`);
  // Taps across the plot's lower part: the 1937 arrests (the data file's figure) are among them.
  const arrests = dataFile('repression').series.find((s) => s.id === 'arrests').points.find((p) => p.date === '1937');
  const want = new Intl.NumberFormat('en-US').format(arrests.value);
  let found = null;
  for (let x = box.x + box.width * 0.3; x < box.x + box.width * 0.9 && !found; x += 1.5) {
    await page.touchscreen.tap(x, box.y + box.height * 0.55);
    const t = await tooltip(page);
    if (t?.[0] === '1937' && t[2] === want) found = t;
  }
  assert.ok(found, `a tap finds 1937's ${want} arrests`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the live chart takes the picture\'s place on first use: nothing below moves, the focus stays', async () => {
  const { page, context, errors, paths } = await open('gulag');
  const below = () => page.evaluate(() => document.querySelector('#below').getBoundingClientRect().top);
  const before = await below();
  assert.ok(!paths.some((p) => p.endsWith('/pkg/chronicle_core_bg.wasm')), 'the live chart waits for the reader');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'chronicle-live'));
  await page.waitForFunction(() => document.querySelector('chronicle-chart').controller?.redraws > 0);
  assert.equal(await below(), before, 'the text below the chart has not moved');
  const focused = await page.evaluate(() => document.querySelector('chronicle-chart').shadowRoot.activeElement?.className);
  assert.match(focused ?? '', /chronicle-stage/, 'the keyboard focus moved to the live chart');
  // The keys now zoom, which only the live chart can.
  await page.keyboard.press('+');
  await page.waitForFunction(() => !document.querySelector('chronicle-chart').shadowRoot.querySelector('.chronicle-reset')?.hidden);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the answering picture passes axe-core and is named in the page\'s language', async () => {
  const { page, context, errors } = await open('party-membership', { lang: 'de', holdLive: true });
  assert.deepEqual(errors, []);
  // (axe-core's own inline styles break the page's CSP: errors are checked before it runs.)
  const violations = await runAxe(page);
  assert.deepEqual(violations, []);
  const label = await page.evaluate(() => document.querySelector('chronicle-chart').shadowRoot.querySelector('[role="application"]').getAttribute('aria-label'));
  assert.match(label, /Mitglied|Partei/, label);
  await context.close();
});

test('on a page whose locale writes numbers otherwise than the picture\'s words, the live chart answers at once', async () => {
  // A Spanish page reads the English picture, which writes 1,234,567 where Spanish writes
  // 1.234.567: a figure could be misread, so the live chart (numbers as the page writes them) is
  // what answers. A British page writes numbers as the English picture does: the picture answers.
  for (const [lang, picture] of [['es-ES', false], ['en-GB', true]]) {
    const { page, context, errors } = await open('party-membership', { lang });
    const live = await page.evaluate(() => !!document.querySelector('chronicle-chart').controller);
    assert.equal(live, !picture, `${lang}: ${picture ? 'the picture' : 'the live chart'} answers first`);
    if (!picture) {
      await page.locator('chronicle-chart .chronicle-stage').focus();
      await page.keyboard.press('Home');
      const said = await page.locator('chronicle-chart .chronicle-live').textContent();
      const first = dataFile('party-membership').series[0].points[0].value;
      assert.ok(said.includes(new Intl.NumberFormat('es-ES').format(first)), said);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the element asks for its picture first, and names it once its helper files have come', async () => {
  // On a slow link each file one request deeper costs a round trip, and files asked for at once
  // share the link: the picture must not wait for errors.js, words.js and base.js, nor share the
  // link with the files that make it answer. Here the helpers are held until the picture has drawn.
  const { page, context, errors, paths: asked, url } = await serve('gulag', { lang: 'uk-UA' });
  let release;
  const released = new Promise((r) => (release = r));
  for (const file of ['**/errors.js', '**/pkg/words.js', '**/base.js']) {
    await page.route(file, async (route) => {
      await released;
      await route.continue();
    });
  }
  errors.length = 0;
  await page.goto(url, { waitUntil: 'commit' });
  const shown = await page
    .waitForFunction(
      () => {
        const img = document.querySelector('chronicle-chart')?.shadowRoot?.querySelector('.chronicle-fallback');
        return img?.complete && img.naturalWidth > 0 ? img.currentSrc : null;
      },
      null,
      { timeout: 10_000 },
    )
    .then((h) => h.jsonValue());
  assert.match(shown, /\/fallback\/gulag\.uk\.light\.svg$/, 'the Ukrainian picture, drawn while the helpers are held');
  release();
  // The picture answers (picture.js has wrapped it), so every file it needed has been asked for.
  await page.waitForFunction(() => document.querySelector('chronicle-chart').shadowRoot.querySelector('.chronicle-answer'));
  const picture = asked.findIndex((p) => p.endsWith('/fallback/gulag.uk.light.svg'));
  for (const later of ['/errors.js', '/pkg/words.js', '/base.js', '/chronicle.css', '/picture.js', '/pkg/chronicle_picture_bg.wasm', '/pkg/picture/gulag.uk.js']) {
    const at = asked.findIndex((p) => p.endsWith(later));
    assert.ok(at > picture, `${later} is asked for after the picture (${asked.join(', ')})`);
  }
  await page.waitForFunction(() => document.querySelector('chronicle-chart').shadowRoot.querySelector('.chronicle-fallback').alt);
  const alt = await page.evaluate(() => document.querySelector('chronicle-chart').shadowRoot.querySelector('.chronicle-fallback').alt);
  assert.equal(alt, langFile('uk')['gulag.title']);
  assert.deepEqual(errors, []);
  await context.close();
});

test("where the element's helper files cannot come, it says so and keeps its picture, and asks again when mounted again", async () => {
  // errors.js is missing (half the files copied): the picture still shows and answers; the live
  // chart cannot come, which chronicle-error says. Once the file is there, the element set again
  // asks again and draws.
  const { page, context, errors, url } = await serve('party-membership');
  let missing = true;
  let asked = 0;
  await page.route('**/errors.js', (route) => {
    asked += 1;
    return missing ? route.fulfill({ status: 404, body: 'not found' }) : route.continue();
  });
  const said = () => page.evaluate(() => window.__events.filter((e) => e.type === 'chronicle-error').map((e) => e.detail));
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('chronicle-chart').shadowRoot.querySelector('.chronicle-answer'));
  await page.hover('chronicle-chart');
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'chronicle-error'));
  const [error] = await said();
  assert.equal(error.code, 'load');
  assert.match(error.message, /errors\.js/);
  assert.ok(await page.evaluate(() => !!document.querySelector('chronicle-chart').shadowRoot.querySelector('img.chronicle-fallback')), 'the picture stays');
  const before = asked;
  missing = false;
  await page.evaluate(() => document.querySelector('chronicle-chart').setAttribute('live', ''));
  await page.waitForFunction(() => document.querySelector('chronicle-chart').controller?.redraws > 0);
  assert.ok(asked > before, 'errors.js was asked for again');
  // The missing file's own 404s are the only console errors.
  assert.ok(errors.every((e) => /404|Failed to (load|fetch)/.test(e)), errors.join('\n'));
  await context.close();
});

/**
 * A page that links the stylesheet, as the README's snippet does, with `body` after it; the
 * element's script is held until `release()`. Records each request's path.
 */
async function heldScript(lang, body, { width = 1000, height = 900, scheme = 'light' } = {}) {
  const { page, context } = await openPage(env, 'examples/minimal.html', { width, height });
  await page.emulateMedia({ colorScheme: scheme });
  const url = new URL('held.html', env.baseUrl).href;
  const source = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="favicon.svg"><title>t</title>` +
    `<link rel="stylesheet" href="chronicle.css"></head><body><script type="module" src="chronicle-chart.js"></script>${body}</body></html>`;
  await page.route(url, (r) => r.fulfill({ body: source, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': CSP } }));
  let release;
  const held = new Promise((r) => (release = r));
  await page.route('**/chronicle-chart.js', async (r) => {
    await held;
    await r.continue();
  });
  // This page's requests only (not a late one of the page opened before it).
  const paths = [];
  page.on('request', (r) => r.frame().url() === url && paths.push(new URL(r.url()).pathname));
  await page.goto(url, { waitUntil: 'commit' });
  return { page, context, paths, release };
}

/** The share of pixels that differ (by more than 24 in a channel) between two PNG screenshots. */
function differingPixels(page, a, b) {
  return page.evaluate(
    async ([a, b]) => {
      const read = async (b64) => {
        const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const c = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = c.getContext('2d');
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, c.width, c.height);
      };
      const [x, y] = [await read(a), await read(b)];
      if (x.width !== y.width || x.height !== y.height) return 1;
      let n = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        if ([0, 1, 2].some((k) => Math.abs(x.data[i + k] - y.data[i + k]) > 24)) n += 1;
      }
      return n / (x.width * x.height);
    },
    [a.toString('base64'), b.toString('base64')],
  );
}

const background = (page) => page.evaluate(() => getComputedStyle(document.querySelector('chronicle-chart')).backgroundImage);

for (const c of [
  { lang: 'en', scheme: 'light', width: 1000, file: 'party-membership.en.light.svg' },
  { lang: 'uk', scheme: 'dark', width: 390, file: 'party-membership.uk.dark.narrow.svg' },
  // A language the charts have no words in: the English picture (and then at once the live
  // chart, which writes the numbers as the page's locale does; see above).
  { lang: 'es', scheme: 'dark', width: 1000, file: 'party-membership.en.dark.svg', replaced: true },
  { lang: 'de-DE', scheme: 'light', width: 390, file: 'party-membership.de.light.narrow.svg' },
]) {
  test(`the stylesheet asks for the picture before the element's script has come (${c.lang}, ${c.scheme}, ${c.width} px)`, async () => {
    const { page, context, paths, release } = await heldScript(c.lang, '<chronicle-chart chart="party-membership"></chronicle-chart>', c);
    // The script held: the element is not defined, and its box shows the picture it will show.
    await page.waitForFunction((f) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(`/fallback/${f}`) && e.responseEnd > 0), c.file);
    assert.equal(await page.evaluate(() => customElements.get('chronicle-chart')), undefined);
    assert.ok((await background(page)).endsWith(`/fallback/${c.file}")`), await background(page));
    assert.deepEqual(paths.filter((p) => p.includes('/fallback/')), [`/fallback/${c.file}`]);
    // Once the picture is decoded and a frame has shown it, the box as the reader sees it.
    await page.evaluate(async (f) => {
      const img = new Image();
      img.src = `fallback/${f}`;
      await img.decode();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }, c.file);
    const element = page.locator('chronicle-chart');
    const before = await element.screenshot();
    // The script comes: the element shows that same picture in its box, and the background goes.
    release();
    await page.waitForFunction((f) => {
      const img = document.querySelector('chronicle-chart')?.shadowRoot?.querySelector('img.chronicle-fallback');
      return img?.complete && img.naturalWidth > 0 && img.currentSrc.endsWith(`/fallback/${f}`);
    }, c.file);
    assert.equal(await background(page), 'none');
    // Where it was, as it was: the reader sees no change when the element takes over.
    if (!c.replaced) {
      const changed = await differingPixels(page, before, await element.screenshot());
      assert.ok(changed < 0.01, `${(changed * 100).toFixed(2)}% of the box changed`);
    }
    assert.deepEqual(paths.filter((p) => p.includes('/fallback/')), [`/fallback/${c.file}`], 'one picture, asked for once');
    await context.close();
  });
}

test('an element with a picture of its own, or data of its own, has none from the stylesheet', async () => {
  const own = '<chronicle-chart chart="repression"><img src="favicon.svg" alt="Repression" width="800" height="500"></chronicle-chart>' +
    '<chronicle-chart chart="gulag" src="data/gulag.json"></chronicle-chart>';
  const { page, context, paths, release } = await heldScript('en', own);
  await page.waitForFunction(() => document.readyState !== 'loading' && getComputedStyle(document.querySelector('chronicle-chart')).display === 'block');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const backgrounds = await page.evaluate(() => [...document.querySelectorAll('chronicle-chart')].map((e) => getComputedStyle(e).backgroundImage));
  assert.deepEqual(backgrounds, ['none', 'none']);
  assert.deepEqual(paths.filter((p) => p.includes('/fallback/')), []);
  release();
  await context.close();
});
