// A page's language is never an error. On a Ukrainian or Polish page the chart speaks that
// language (its words come from lang/uk.json, lang/pl.json); on a Spanish, Lithuanian or Arabic
// page, for which there are no words, it speaks English (never Russian as a stand-in); either way
// numbers and dates are written as the page's own locale writes them, and on a right-to-left page
// the words are laid out right to left while the time axis still runs left to right.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { dataFile, langFile, openHtml, setUp } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

const party = dataFile('party-membership');
const total = party.series[0];

/** A host page in `lang` (and `dir`) with one membership chart that names no language itself. */
function pageIn(lang, dir = 'ltr') {
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${lang}</title></head>
<body><script type="module" src="/chronicle-chart.js"></script>
<chronicle-chart chart="party-membership"></chronicle-chart></body></html>`;
}

/**
 * Waits for the element's live chart (brought by the reader's mouse where the picture answers
 * first), then returns what its shadow root shows.
 */
async function mounted(page) {
  const state = await page.waitForFunction(() => {
    const el = document.querySelector('chronicle-chart');
    if (el?.controller?.redraws > 0 || el?.shadowRoot.querySelector('.chronicle-error')) return 'live';
    return el?.shadowRoot.querySelector('.chronicle-box > [role="application"]') ? 'picture' : null;
  });
  if ((await state.jsonValue()) === 'picture') {
    await page.hover('chronicle-chart');
    await page.mouse.move(0, 0);
  }
  await page.waitForFunction(() => {
    const el = document.querySelector('chronicle-chart');
    return el?.controller?.redraws > 0 || el?.shadowRoot.querySelector('.chronicle-error');
  });
  return page.evaluate(() => {
    const root = document.querySelector('chronicle-chart').shadowRoot;
    const box = root.querySelector('.chronicle');
    const canvas = root.querySelector('canvas.chronicle-canvas');
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 128 && pixels[i + 3] > 0) ink += 1;
    return {
      error: root.querySelector('.chronicle-error')?.textContent ?? null,
      title: root.querySelector('.chronicle-title')?.textContent,
      wordsLang: box?.lang,
      legendDirection: getComputedStyle(root.querySelector('.chronicle-legend')).direction,
      canvasDirection: getComputedStyle(canvas).direction,
      ink,
    };
  });
}

/** What the live region says after `key` on the focused chart. */
async function announce(page, key) {
  await page.locator('chronicle-chart .chronicle-stage').focus();
  await page.keyboard.press(key);
  return page.locator('chronicle-chart .chronicle-live').textContent();
}

for (const [lang, dir, words] of [['uk', 'ltr', 'uk'], ['pl-PL', 'ltr', 'pl'], ['es-ES', 'ltr', 'en'], ['lt', 'ltr', 'en'], ['ar', 'rtl', 'en']]) {
  test(`a page in ${lang} draws the chart with ${words} words and ${lang} numbers and dates`, async () => {
    const { page, context, errors } = await openHtml(env, `pages/${lang}.html`, pageIn(lang, dir));
    const shown = await mounted(page);
    assert.equal(shown.error, null);
    assert.equal(shown.title, party.title[words]);
    assert.equal(shown.wordsLang, words);
    assert.ok(shown.ink > 1000, `${shown.ink} dark pixels`);
    // The first point, as the browser's Intl writes it in the page's locale (not our code).
    const first = total.points[0];
    const [year, month] = first.date.split('-').map(Number);
    const expected = await page.evaluate(
      ({ lang, year, month, value }) =>
        `${new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long' }).format(new Date(year, month - 1, 1))}: ` +
        new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(value),
      { lang, year, month, value: first.value },
    );
    const heard = await announce(page, 'Home');
    assert.ok(heard.startsWith(`${total.name[words]}, ${expected}`), `${heard} does not start with ${expected}`);
    assert.equal(shown.legendDirection, dir);
    assert.equal(shown.canvasDirection, 'ltr');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('on a right-to-left page the time axis still runs left to right', async () => {
  const { page, context } = await openHtml(env, 'pages/ar-axis.html', pageIn('ar', 'rtl'));
  await mounted(page);
  const box = await page.locator('chronicle-chart .chronicle-stage').boundingBox();
  const yearAt = async (fraction) => {
    await page.mouse.move(box.x + box.width * fraction, box.y + box.height * 0.6);
    const tip = page.locator('chronicle-chart .chronicle-tooltip');
    await tip.waitFor({ state: 'visible' });
    const text = await tip.textContent();
    // Years are written by Intl; read them back with the page's own digits.
    const digits = await page.evaluate(() => new Intl.NumberFormat('ar', { useGrouping: false }).format(1234567890));
    const latin = [...text].map((c) => (digits.includes(c) ? '1234567890'[digits.indexOf(c)] : c)).join('');
    return Number(latin.match(/1[89]\d\d/)[0]);
  };
  const left = await yearAt(0.2);
  const right = await yearAt(0.85);
  assert.ok(left < right, `left ${left}, right ${right}`);
  await context.close();
});

test('a chart that names a language we have words for keeps them on a page in another', async () => {
  const html = pageIn('uk').replace('<chronicle-chart chart="party-membership">', '<chronicle-chart chart="party-membership" lang="de">');
  const { page, context } = await openHtml(env, 'pages/uk-de.html', html);
  const shown = await mounted(page);
  assert.equal(shown.title, party.title.de);
  assert.equal(shown.wordsLang, 'de');
  await context.close();
});

test("a chart whose data cannot load says so, and offers Retry, in the page's language", async () => {
  const ru = langFile('ru');
  const html = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>ru</title></head>
<body><script type="module" src="/chronicle-chart.js"></script>
<chronicle-chart src="/no-such-file.csv" title="Аресты"></chronicle-chart></body></html>`;
  const { page, context } = await openHtml(env, 'pages/ru-404.html', html);
  const error = page.locator('chronicle-chart .chronicle-error');
  await error.waitFor();
  assert.ok((await error.textContent()).startsWith(`${ru['ui.error']}: `), await error.textContent());
  assert.equal(await page.locator('chronicle-chart .chronicle-retry').textContent(), ru['ui.retry']);
  await context.close();
});

for (const scheme of ['light', 'dark']) {
  test(`without WebAssembly a Polish page shows the Polish picture of its chart (${scheme})`, async () => {
    const pl = langFile('pl');
    const html = pageIn('pl-PL');
    const { page, context } = await openHtml(env, `pages/pl-nowasm-${scheme}.html`, html, {
      beforeLoad: async (p) => {
        await p.addInitScript(() => delete window.WebAssembly);
        await p.emulateMedia({ colorScheme: scheme });
      },
    });
    const img = page.locator('chronicle-chart img.chronicle-fallback');
    await img.waitFor({ state: 'visible' });
    await page.waitForFunction(() => document.querySelector('chronicle-chart').shadowRoot.querySelector('img').complete);
    const shown = await img.evaluate((i) => ({ src: i.currentSrc, alt: i.alt }));
    assert.equal(shown.alt, pl['party-membership.title']);
    assert.ok(shown.src.endsWith(`.${scheme}.svg`), shown.src);
    const svg = await (await page.request.get(shown.src)).text();
    assert.ok(svg.includes(pl['party-membership.title'].replace('’', '&apos;')), 'the picture is drawn in Polish');
    await context.close();
  });
}

test('without WebAssembly custom data shows its own title, not a built-in picture', async () => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>csv</title></head>
<body><script type="module" src="/chronicle-chart.js"></script>
<chronicle-chart title="My own arrests table"><script type="text/csv">year,v
1937,1
</script></chronicle-chart></body></html>`;
  const { page, context } = await openHtml(env, 'pages/nowasm-csv.html', html, {
    beforeLoad: (p) => p.addInitScript(() => delete window.WebAssembly),
  });
  const text = page.locator('chronicle-chart .chronicle-fallback-text');
  await text.waitFor();
  assert.equal(await text.textContent(), 'My own arrests table');
  assert.equal(await page.locator('chronicle-chart img').count(), 0);
  await context.close();
});
