// The chart maker (www/make.html, issue 17) driven as a new user would: a real public table nobody
// on the project wrote (vega-datasets' Mauna Loa CO2 record) pasted with Ctrl+V, its source and
// statuses chosen, a labelled period added; then every output taken and opened where a reader
// would meet it (the element snippet and the frame address in fresh pages, the .html file from
// file://, the SVG, the PNG against a render of that SVG, the saved file in a fresh maker). The
// expected title, series, values and source come from the CSV file and the package's own
// description, read here (maker-user.mjs), never from the maker.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { dataFile, elementReady, langFile, openHtml, openPage, outPath, runAxe, setUp } from './harness.mjs';
import { CHOICES, co2Table, makeCo2Chart, paste, settled, typeInto } from './maker-user.mjs';

/** How long an output may take: the .html file compresses both modules, slow on a loaded machine. */
const DOWNLOAD_MS = 120_000;
let env;
/** The maker page after the user made the chart, and each output it gave. */
let made;
before(async () => {
  env = await setUp();
  const { page, context, errors } = await openPage(env, 'make.html', { width: 1200, height: 900 });
  const { table, palette } = await makeCo2Chart(page);
  const outputs = {
    snippet: await page.inputValue('#out-snippet'),
    frame: await page.inputValue('#out-iframe'),
    frameHtml: await page.inputValue('#out-iframe-html'),
  };
  for (const kind of ['html', 'png', 'svg', 'file', 'csv']) {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: DOWNLOAD_MS }), page.click(`button[data-out="${kind}"]`)]);
    const chunks = [];
    for await (const c of await download.createReadStream()) chunks.push(c);
    outputs[kind] = { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }
  made = { page, context, errors, table, palette, outputs };
});
after(async () => {
  await made?.context.close();
  await env?.close();
});

const en = (n) => new Intl.NumberFormat('en', { maximumFractionDigits: 3 }).format(n);
const enDay = (iso) => new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00Z`));

/**
 * What a reader of the chart in `root` (a selector; shadow roots are pierced) finds: its title,
 * legend, the sources line, the first and last points of each series by keyboard (tooltip), and
 * the data table's rows. Each is checked against the CSV file.
 */
async function assertSameChart(page, root, table) {
  const at = (sel) => page.locator(`${root} ${sel}`);
  assert.equal(await at('.chronicle-title').textContent(), CHOICES.title);
  assert.deepEqual(await at('.chronicle-legend-item').allTextContents(), table.header.slice(1));
  const credit = await at('.chronicle-credit').textContent();
  for (const part of [table.source.author, table.source.title, table.source.year]) assert.ok(credit.includes(part), `sources line: ${credit}`);
  const stage = at('.chronicle-stage');
  await stage.focus();
  for (const [key, row] of [['Home', table.rows[0]], ['End', table.rows.at(-1)]]) {
    await page.keyboard.press(key);
    const tip = at('.chronicle-tooltip');
    await tip.waitFor({ state: 'visible' });
    const text = await tip.innerText();
    assert.ok(text.includes(en(row.values[0])), `${key}: ${row.values[0]} in ${text}`);
    assert.ok(text.includes(enDay(row.date)), `${key}: ${row.date} in ${text}`);
    assert.ok(text.includes(table.source.title), `${key}: the source in ${text}`);
  }
  await at('.chronicle-table-toggle').click();
  await at('.chronicle-table table tbody tr').first().waitFor();
  const rows = await at('.chronicle-table table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.innerText));
  assert.equal(rows.length, table.rows.length, 'a row per date of the CSV');
  for (const [shown, row] of [
    [rows[0], table.rows[0]],
    [rows.at(-1), table.rows.at(-1)],
  ]) {
    for (const v of row.values) assert.ok(shown.includes(en(v)), `${v} in the table's row ${shown}`);
  }
  assert.ok((await at('.chronicle-table').innerText()).includes(table.source.title), 'the table cites the source');
}

test('the maker shows the pasted table as a chart, with the source and the period', async () => {
  const { page, table, errors } = made;
  assert.equal(await page.locator('#maker-error').isHidden(), true);
  await assertSameChart(page, '#preview', table);
  assert.ok((await page.locator('#preview canvas.chronicle-canvas').getAttribute('aria-label')).startsWith(CHOICES.title));
  assert.deepEqual(errors, []);
});

test('the element snippet, pasted in a fresh page, shows the same chart', async () => {
  const { snippet } = made.outputs;
  assert.match(snippet, /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/chronicle-chart\.js"><\/script>\n<chronicle-chart /);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>post</title></head><body>${snippet}</body></html>`;
  const { page, context, errors } = await openHtml(env, 'posts/my-post/', html);
  await elementReady(page, 'chronicle-chart');
  await assertSameChart(page, 'chronicle-chart', made.table);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the frame address carries the whole chart in its fragment, which the server never receives', async (t) => {
  const { frame } = made.outputs;
  t.diagnostic(`frame address: ${frame.length} characters for ${made.table.rows.length} rows (CSV ${made.table.text.length} bytes)`);
  const url = new URL(frame);
  assert.equal(url.pathname, '/embed.html');
  const packed = new URLSearchParams(url.hash.slice(1)).get('data');
  assert.ok(packed.length > 1000 && /^[A-Za-z0-9_-]+$/.test(packed), 'base64url in the fragment');
  assert.ok(!url.search.includes(table0()), 'no data in the query');
  const context = await env.browser.newContext({ viewport: { width: 900, height: 800 } });
  const page = await context.newPage();
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(frame);
  await elementReady(page, 'chronicle-chart');
  await assertSameChart(page, 'chronicle-chart', made.table);
  await page.locator('details.sources summary').click();
  assert.ok((await page.locator('details.sources').innerText()).includes(made.table.source.title));
  assert.ok(requested.length > 3 && requested.every((r) => !r.includes('#') && !r.includes(packed.slice(0, 40))), 'the data never left the browser');
  assert.deepEqual(errors, []);
  await context.close();
});
const table0 = () => made.table.rows[0].cells[0];

test("the frame's HTML, pasted into a page, shows the chart at the frame address and sizes the frame to it", async () => {
  const { frame, frameHtml } = made.outputs;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title></head><body><p>Before.</p>${frameHtml}<p id="after">After.</p></body></html>`;
  const { page, context, errors } = await openHtml(env, '/maker-frame-host.html', html, { width: 900, height: 900 });
  const iframe = page.locator('iframe[data-chronicle]');
  assert.equal(await iframe.getAttribute('src'), frame);
  assert.equal(await iframe.getAttribute('title'), CHOICES.title);
  const inside = page.frameLocator('iframe[data-chronicle]');
  await inside.locator('chronicle-chart .chronicle-title').waitFor();
  assert.equal(await inside.locator('chronicle-chart .chronicle-title').textContent(), CHOICES.title);
  // embed-host.js (from the widget's host) gives the frame its chart's height: no inner scroll bar.
  await page.waitForFunction(() => document.querySelector('iframe[data-chronicle]').style.height !== '');
  const [frameHeight, contentHeight] = await Promise.all([
    iframe.evaluate((f) => f.clientHeight), // inside its border
    inside.locator('body').evaluate((b) => b.ownerDocument.documentElement.scrollHeight),
  ]);
  assert.ok(Math.abs(frameHeight - contentHeight) <= 2, `frame ${frameHeight} px, its page ${contentHeight} px`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the .html file works from file:// with nothing loaded from anywhere', async (t) => {
  const { html } = made.outputs;
  t.diagnostic(`the .html file: ${(html.bytes.length / 1024).toFixed(0)} KB`);
  assert.match(html.name, /\.html$/);
  const path = outPath('maker-standalone.html');
  writeFileSync(path, html.bytes);
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(pathToFileURL(path).href);
  await page.waitForFunction(() => window.chronicleStandalone?.controller?.redraws > 0);
  await assertSameChart(page, '#chart', made.table);
  await page.locator('details.sources summary').click();
  assert.ok((await page.locator('details.sources').innerText()).includes(made.table.source.author));
  assert.deepEqual(requested, [pathToFileURL(path).href], 'the file asks for nothing but itself');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the SVG holds the title, series names and sources line; the PNG matches a render of it', async (t) => {
  const svg = made.outputs.svg.bytes.toString('utf8');
  writeFileSync(outPath('maker.svg'), svg);
  const texts = [...svg.matchAll(/<text[^>]*>\s*([^<]*?)\s*<\/text>/g)].map((m) => m[1].replace(/&amp;/g, '&'));
  const all = texts.join(' ');
  assert.ok(texts.includes(CHOICES.title), `title in ${texts.slice(0, 3)}`);
  for (const name of made.table.header.slice(1)) assert.ok(texts.includes(name), `series ${name}`);
  for (const part of [made.table.source.author, made.table.source.title, made.table.source.year]) assert.ok(all.includes(part), `sources line: ${part}`);
  assert.ok(texts.includes(CHOICES.period.label), 'the period is named');
  // The PNG (2×) against Chromium's own render of the SVG at the same size, pixel by pixel.
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const diff = await page.evaluate(
    async ([svgText, png64, pad]) => {
      const load = (src) => new Promise((done, fail) => Object.assign(new Image(), { onload: (e) => done(e.target), onerror: fail, src }));
      const png = await load(`data:image/png;base64,${png64}`);
      const picture = await load(`data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(svgText)))}`);
      const pixels = (img) => {
        const c = Object.assign(document.createElement('canvas'), { width: png.width, height: png.height });
        const g = c.getContext('2d');
        g.fillStyle = '#fff';
        g.fillRect(0, 0, c.width, c.height);
        g.drawImage(img, 0, 0, c.width, c.height);
        return g.getImageData(0, 0, c.width, c.height).data;
      };
      const [a, b] = [pixels(png), pixels(picture)];
      // Text is left out: the SVG writes its font size smaller (plotters-svg divides it by 1.24)
      // and another rasteriser draws its glyphs. Every line, mark, band and swatch is compared.
      const host = document.createElement('div');
      host.innerHTML = svgText;
      document.body.append(host);
      const scale = png.width / host.firstElementChild.width.baseVal.value;
      const boxes = [...host.querySelectorAll('text')].map((t) => t.getBBox()).map((r) => [r.x - pad, r.y - pad, r.x + r.width + pad, r.y + r.height + pad].map((v) => v * scale));
      const inText = (x, y) => boxes.some(([x0, y0, x1, y1]) => x >= x0 && x <= x1 && y >= y0 && y <= y1);
      let [off, compared] = [0, 0];
      for (let y = 0; y < png.height; y += 1) {
        for (let x = 0; x < png.width; x += 1) {
          if (inText(x, y)) continue;
          const i = (y * png.width + x) * 4;
          compared += 1;
          if (Math.max(Math.abs(a[i] - b[i]), Math.abs(a[i + 1] - b[i + 1]), Math.abs(a[i + 2] - b[i + 2])) > 64) off += 1;
        }
      }
      return { off: off / compared, share: compared / (a.length / 4), width: png.width, height: picture.naturalHeight };
    },
    [svg, made.outputs.png.bytes.toString('base64'), TEXT_PAD_PX],
  );
  const [, w, h] = svg.match(/<svg[^>]*width="(\d+)"[^>]*height="(\d+)"/);
  assert.equal(diff.width, 2 * Number(w), 'the PNG is twice the SVG');
  t.diagnostic(`PNG against the SVG's render: ${(diff.off * 100).toFixed(3)}% of ${(diff.share * 100).toFixed(1)}% of the pixels (all but text) differ`);
  assert.ok(diff.share > 0.8, 'most of the picture is compared');
  assert.ok(diff.off < PNG_SVG_TOLERANCE, `${(diff.off * 100).toFixed(2)}% of pixels differ`);
  await context.close();
});
/** Share of the compared pixels allowed to differ (antialiasing of lines and markers). */
const PNG_SVG_TOLERANCE = 0.002;
/** CSS px around each SVG text left out of the comparison. */
const TEXT_PAD_PX = 3;

test('the saved chart file reopens in a fresh maker unchanged, and the CSV carries statuses and sources', async () => {
  const { file, csv } = made.outputs;
  const saved = JSON.parse(file.bytes.toString('utf8'));
  assert.equal(saved.table, made.table.text, 'the table as pasted');
  const path = outPath('maker-saved.chart.json');
  writeFileSync(path, file.bytes);
  const { page, context, errors } = await openPage(env, 'make.html', { width: 1200, height: 900 });
  await page.waitForFunction(() => window.chronicleMaker?.ready);
  const before = await page.evaluate(() => Number(document.body.dataset.updated));
  await page.setInputFiles('#open', path);
  await settled(page, before);
  await assertSameChart(page, '#preview', made.table);
  assert.equal(await page.inputValue('[data-field="periods[0].label"]'), CHOICES.period.label);
  assert.equal(await page.inputValue('[data-field="series[1].status"]'), CHOICES.statuses[1]);
  const [again] = await Promise.all([page.waitForEvent('download'), page.click('button[data-out="file"]')]);
  const chunks = [];
  for await (const c of await again.createReadStream()) chunks.push(c);
  assert.equal(Buffer.concat(chunks).toString('utf8'), file.bytes.toString('utf8'), 'saved again, byte for byte');
  assert.deepEqual(errors, []);
  await context.close();
  // CSV: a status and a source column per series, and the file's numbers.
  const lines = csv.bytes.toString('utf8').trim().split(/\r?\n/);
  const header = lines[0].split(',');
  assert.deepEqual(header.slice(0, 2), ['date', made.table.header[1]]);
  assert.ok(header.includes(`${made.table.header[1]} [status]`) && header.includes(`${made.table.header[2]} [source]`), lines[0]);
  const first = lines[1].split(',');
  assert.equal(Number(first[1]), made.table.rows[0].values[0]);
  assert.ok(lines[1].includes(CHOICES.statuses[0]), lines[1]);
});

test('the draft survives a reload', async () => {
  const { page } = made;
  await page.reload();
  await page.waitForFunction(() => window.chronicleMaker?.ready);
  assert.equal(await page.inputValue('#table'), made.table.text);
  assert.equal(await page.inputValue('[data-field="title"]'), CHOICES.title);
  assert.equal(await page.inputValue('[data-field="series[0].author"]'), made.table.source.author);
  assert.equal(await page.inputValue('[data-field="series[0].color"]'), made.palette[CHOICES.colour]);
  assert.equal(await page.inputValue('[data-field="periods[0].to"]'), CHOICES.period.to);
  await assertSameChart(page, '#preview', made.table);
});

test('a wrong cell is shown on that cell in the widget\'s words, and a wrong field beside it', async () => {
  const table = co2Table();
  const broken = table.text.split('\n');
  // The fourth line (the third reading) with a letter for a digit, as a typo makes it.
  const cells = broken[3].split(',');
  cells[1] = cells[1].replace(/\d$/, 'l');
  broken[3] = cells.join(',');
  const { page, context } = await openPage(env, 'make.html', { width: 1200, height: 900 });
  await page.waitForFunction(() => window.chronicleMaker?.ready);
  await paste(page, broken.join('\n'));
  const message = `invalid csv line 4, column 2 (${table.header[1]}): ${cells[1]}`;
  const cell = page.locator('.maker-grid [data-line="4"][data-column="2"]');
  assert.equal(await cell.getAttribute('class'), 'maker-bad');
  assert.equal(await cell.locator('.maker-cell-error').textContent(), message);
  assert.equal(await page.locator('#maker-error').textContent(), message);
  assert.equal(await page.getAttribute('#table', 'aria-invalid'), 'true');
  // Nothing typed is lost: the broken table is still there after a reload.
  await page.reload();
  await page.waitForFunction(() => window.chronicleMaker?.ready);
  assert.equal(await page.inputValue('#table'), broken.join('\n'));
  // A spreadsheet's cells (tab-separated) read the same way; a wrong year names its field.
  const tsv = [table.header, ...table.rows.slice(0, 12).map((r) => [r.date, ...r.cells])].map((r) => r.join('\t')).join('\n');
  await paste(page, tsv);
  assert.equal(await page.locator('#maker-error').isHidden(), true);
  assert.deepEqual(await page.locator('#preview .chronicle-legend-item').allTextContents(), table.header.slice(1));
  await typeInto(page, 'series[0].year', '19x8');
  const year = page.locator('[data-field="series[0].year"]');
  assert.equal(await year.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator(`#${await year.getAttribute('aria-describedby')}`).textContent(), 'invalid series[0].year: 19x8');
  await context.close();
});

test('the maker is axe-clean, fits 360 px, and speaks every language of the widget', async () => {
  for (const [width, code] of [
    [360, 'de'],
    [1200, 'ru'],
    [360, 'en'],
  ]) {
    const { page, context, errors } = await openPage(env, `make.html?lang=${code}`, { width, height: 800 });
    await page.waitForFunction(() => window.chronicleMaker?.ready);
    await paste(page, co2Table().text);
    const before = await page.evaluate(() => Number(document.body.dataset.updated));
    await page.locator('[data-add="periods"]').click();
    await settled(page, before);
    const violations = await runAxe(page);
    assert.deepEqual(violations, [], `${code} at ${width}px: ${JSON.stringify(violations)}`);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= width, `${code}: ${wide} px wide at ${width}`);
    await page.screenshot({ path: outPath(`maker-${code}-${width}.png`), fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  }
  for (const code of ['en', 'ru', 'uk', 'pl', 'de', 'fr']) {
    const words = langFile(code);
    const { page, context } = await openPage(env, `make.html?lang=${code}`);
    await page.waitForFunction(() => window.chronicleMaker?.ready);
    const shown = await page.locator('[data-word]').evaluateAll((ns) => ns.map((n) => [n.dataset.word, n.textContent]));
    for (const [key, text] of shown) assert.equal(text, words[key], `${code}: ${key}`);
    assert.equal(await page.title(), words['maker.title']);
    await context.close();
  }
});

test('a built-in chart is a starting point; notes, other figures and events reach the chart', async () => {
  const { page, context, errors } = await openPage(env, 'make.html', { width: 1200, height: 900 });
  await page.waitForFunction(() => window.chronicleMaker?.ready);
  const repression = dataFile('repression');
  let before = await page.evaluate(() => Number(document.body.dataset.updated));
  await page.selectOption('#builtin', 'repression');
  await page.getByRole('button', { name: 'Use this chart' }).click();
  await settled(page, before);
  assert.equal(await page.locator('#preview .chronicle-title').textContent(), repression.title.en);
  assert.deepEqual(await page.locator('#preview .chronicle-legend-item').allTextContents(), repression.series.map((s) => s.name.en));
  // A short table of one's own, a note and another figure on its first reading, and an event.
  const table = co2Table();
  await paste(page, table.text.split('\n').slice(0, 25).join('\n'));
  const first = table.rows[0];
  const note = 'First month of the record';
  const other = first.values[0] + 0.25;
  before = await page.evaluate(() => Number(document.body.dataset.updated));
  await page.getByRole('button', { name: 'Add a note on a point' }).click();
  await settled(page, before);
  await typeInto(page, 'points[0].date', first.date);
  await typeInto(page, 'points[0].note', note);
  await typeInto(page, 'points[0].alt', String(other));
  await page.getByRole('button', { name: 'Add an event' }).click();
  await typeInto(page, 'events[0].date', table.rows[6].date);
  await typeInto(page, 'events[0].title', 'A reading to remember');
  assert.equal(await page.locator('#maker-error').isHidden(), true);
  await page.locator('#preview .chronicle-stage').focus();
  await page.keyboard.press('Home');
  const tip = await page.locator('#preview .chronicle-tooltip').innerText();
  assert.ok(tip.includes(note), tip);
  assert.ok(tip.includes(en(other)), `the other figure ${other} in ${tip}`);
  await page.keyboard.press(']');
  assert.match(await page.locator('#preview .chronicle-live').textContent(), /A reading to remember/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the chart\'s language travels with the snippet and the frame; a damaged frame address says so', async () => {
  const { page, context, errors } = await openPage(env, 'make.html', { width: 1200, height: 900 });
  await page.waitForFunction(() => window.chronicleMaker?.ready);
  const table = co2Table();
  await paste(page, table.text.split('\n').slice(0, 25).join('\n'));
  const before = await page.evaluate(() => Number(document.body.dataset.updated));
  await page.selectOption('[data-field="lang"]', 'de');
  await settled(page, before);
  assert.match(await page.inputValue('#out-snippet'), /<chronicle-chart lang="de" theme="auto">/);
  // The range shown travels too: the snippet's element opens on it.
  await typeInto(page, 'from', table.rows[3].date.slice(0, 7));
  await typeInto(page, 'to', table.rows[15].date.slice(0, 7));
  const snippet = await page.inputValue('#out-snippet');
  const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>post</title></head><body>${snippet}</body></html>`;
  const post = await openHtml(env, 'posts/range/', html);
  await elementReady(post.page, 'chronicle-chart');
  const shown = await post.page.locator('chronicle-chart .chronicle-range').textContent();
  // The read-out names the years shown (the whole table runs 1958–2020; none shows unzoomed).
  const [first, last] = [table.rows[3], table.rows[15]].map((r) => r.date.slice(0, 4));
  assert.match(shown, new RegExp(`^${first}\\D+${last}$`), shown);
  await post.context.close();
  for (const name of ['from', 'to']) await typeInto(page, name, '');
  const frame = new URL(await page.inputValue('#out-iframe'));
  assert.equal(frame.searchParams.get('lang'), 'de');
  const de = langFile('de');
  for (const url of [frame.href, `${frame.origin}${frame.pathname}?lang=de#data=not-a-chart`]) {
    const reader = await context.newPage();
    await reader.goto(url);
    if (url === frame.href) {
      await elementReady(reader, 'chronicle-chart');
      await reader.locator('chronicle-chart .chronicle-stage').focus();
      await reader.keyboard.press('Home');
      const tip = await reader.locator('chronicle-chart .chronicle-tooltip').innerText();
      const value = new Intl.NumberFormat('de', { maximumFractionDigits: 3 }).format(table.rows[0].values[0]);
      assert.ok(tip.includes(value), `${value} in ${tip}`);
      assert.equal(await reader.locator('chronicle-chart .chronicle-table-toggle').textContent(), de['ui.table']);
    } else {
      const shown = reader.locator('chronicle-chart .chronicle-error');
      await shown.waitFor();
      assert.match(await shown.textContent(), /cannot read data/);
    }
    await reader.close();
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a table too large for the browser\'s storage is still drawn, and the page says to save the file', async () => {
  const { page, context } = await openPage(env, 'make.html', {
    beforeLoad: (p) =>
      p.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('quota', 'QuotaExceededError');
        };
      }),
  });
  await page.waitForFunction(() => window.chronicleMaker?.ready);
  await paste(page, co2Table().text);
  assert.ok((await page.locator('#table-status').textContent()).endsWith(langFile('en')['maker.not-kept']));
  assert.equal(await page.locator('#preview .chronicle-legend-item').count(), 2);
  await context.close();
});

test('a table file opened or dropped on the table box is read as the table', async () => {
  const table = co2Table();
  const { page, context, errors } = await openPage(env, 'make.html', { width: 1200, height: 900 });
  await page.waitForFunction(() => window.chronicleMaker?.ready);
  let before = await page.evaluate(() => Number(document.body.dataset.updated));
  await page.setInputFiles('#open', new URL('../../node_modules/vega-datasets/data/co2-concentration.csv', import.meta.url).pathname);
  await settled(page, before);
  assert.equal(await page.inputValue('#table'), table.text);
  assert.deepEqual(await page.locator('#preview .chronicle-legend-item').allTextContents(), table.header.slice(1));
  // A drop carries a file as the browser hands it over: a DataTransfer with a File in it.
  const short = table.text.split('\n').slice(0, 13).join('\n');
  before = await page.evaluate(() => Number(document.body.dataset.updated));
  await page.locator('#table').evaluate((box, text) => {
    const carried = new DataTransfer();
    carried.items.add(new File([text], 'first-year.csv', { type: 'text/csv' }));
    box.dispatchEvent(new DragEvent('drop', { dataTransfer: carried, bubbles: true, cancelable: true }));
  }, short);
  await settled(page, before);
  assert.equal(await page.inputValue('#table'), short);
  assert.match(await page.locator('#table-status').textContent(), /\b12\b/, 'twelve rows read');
  assert.deepEqual(errors, []);
  await context.close();
});
