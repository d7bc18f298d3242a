// Reliability as a page that hosts the widget sees it: a fault in the module is reported and the
// chart comes back; markup in data stays text; 100 charts on a page; add/remove cycles that do
// not grow memory or the DOM; a resize and DPR storm; network faults for src with Retry.
// Each is short here; `npm run soak` runs the long versions.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { elementReady as ready, nextFrame, openPage, setUp } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

test('a panic in the module is reported and the chart is re-created', async () => {
  const { page, context } = await openPage(env, 'examples/minimal.html');
  await ready(page, 'chronicle-chart');
  const result = await page.evaluate(async () => {
    const el = document.querySelector('chronicle-chart');
    const first = el.controller;
    const messages = [];
    el.addEventListener('chronicle-error', (e) => messages.push(e.detail.message));
    first.handle.__selfTest('panic-next-render');
    first.schedule();
    for (let i = 0; i < 100 && !(el.controller && el.controller !== first && el.controller.redraws > 0); i += 1) {
      await new Promise((r) => setTimeout(r, 20));
    }
    return { messages, recovered: Boolean(el.controller && el.controller !== first && el.controller.redraws > 0) };
  });
  assert.equal(result.messages.length, 1);
  assert.match(result.messages[0], /^internal error: panicked at [^\n]*\nself-test panic requested by __selfTest$/);
  assert.ok(result.recovered, 'a new chart replaced the faulty one');
  await context.close();
});

test('markup in labels, sources and data stays text everywhere', async () => {
  const { page, context, errors } = await openPage(env, 'examples/minimal.html');
  await ready(page, 'chronicle-chart');
  const out = await page.evaluate(async () => {
    const el = document.createElement('chronicle-chart');
    const data = document.createElement('script');
    data.type = 'application/json';
    data.textContent = JSON.stringify({
      title: '<img src=x onerror="window.pwned=1">Title',
      sources: { s: '<b onmouseover="window.pwned=2">source</b>' },
      series: [{ id: 'a', name: '<svg onload="window.pwned=3">', source: 's', points: [{ date: '1937', value: 5 }, { date: '1938', value: 7 }] }],
    });
    el.append(data);
    document.body.append(el);
    await new Promise((r) => el.addEventListener('chronicle-ready', r, { once: true }));
    const root = el.shadowRoot;
    root.querySelector('.chronicle-table-toggle').click();
    const stage = root.querySelector('.chronicle-stage');
    stage.focus();
    stage.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await new Promise((r) => setTimeout(r, 50));
    const svg = await el.toSVG();
    return {
      injected: root.querySelectorAll('img, b, svg').length,
      pwned: window.pwned ?? null,
      title: root.querySelector('.chronicle-title').textContent,
      tooltip: root.querySelector('.chronicle-tooltip').textContent,
      svgEscaped: svg.includes('&lt;img') && !svg.includes('<img'),
      legend: root.querySelector('.chronicle-legend-item').textContent,
    };
  });
  assert.equal(out.injected, 0);
  assert.equal(out.pwned, null);
  assert.equal(out.title, '<img src=x onerror="window.pwned=1">Title');
  assert.ok(out.tooltip.includes('<svg onload="window.pwned=3">'), out.tooltip);
  assert.ok(out.svgEscaped);
  assert.deepEqual(errors, []);
  await context.close();
});

test('100 charts on one page render and stay interactive', async () => {
  const { page, context, errors } = await openPage(env, 'examples/minimal.html', { height: 1000 });
  await ready(page, 'chronicle-chart');
  const count = await page.evaluate(async () => {
    const made = [];
    for (let i = 0; i < 100; i += 1) {
      const el = document.createElement('chronicle-chart');
      el.className = 'many';
      el.setAttribute('title', `Chart ${i}`);
      const csv = document.createElement('script');
      csv.type = 'text/csv';
      csv.textContent = `year,Value\n1936,${i}\n1937,${i + 10}\n1938,${i + 5}`;
      el.append(csv);
      document.body.append(el);
      made.push(new Promise((r) => el.addEventListener('chronicle-ready', r, { once: true })));
    }
    await Promise.all(made);
    return [...document.querySelectorAll('chronicle-chart.many')].filter((e) => e.controller?.redraws > 0).length;
  });
  assert.equal(count, 100);
  const last = page.locator('chronicle-chart.many').last();
  await last.scrollIntoViewIfNeeded();
  const stage = last.locator('.chronicle-stage');
  await stage.focus();
  await page.keyboard.press('End');
  assert.match(await last.locator('.chronicle-live').textContent(), /^Value, 1938: 104\./);
  assert.deepEqual(errors, []);
  await context.close();
});

test('adding and removing charts does not grow wasm memory or the DOM', async () => {
  const { page, context } = await openPage(env, 'examples/minimal.html');
  await ready(page, 'chronicle-chart');
  const figures = await page.evaluate(async () => {
    const { wasmMemoryBytes } = await import('/chronicle.js');
    const cycle = async () => {
      const el = document.createElement('chronicle-chart');
      el.setAttribute('chart', 'gulag');
      document.body.append(el);
      await new Promise((r) => el.addEventListener('chronicle-ready', r, { once: true }));
      el.remove();
    };
    for (let i = 0; i < 30; i += 1) await cycle();
    const before = { wasm: wasmMemoryBytes(), nodes: document.getElementsByTagName('*').length };
    for (let i = 0; i < 120; i += 1) await cycle();
    return { before, after: { wasm: wasmMemoryBytes(), nodes: document.getElementsByTagName('*').length } };
  });
  assert.equal(figures.after.nodes, figures.before.nodes);
  assert.ok(figures.after.wasm <= figures.before.wasm + 1024 * 1024, JSON.stringify(figures));
  await context.close();
});

test('a storm of 1,000 resizes and DPR changes ends in a correct render', async () => {
  const { page, context, errors } = await openPage(env, 'examples/minimal.html');
  await ready(page, 'chronicle-chart');
  const cdp = await context.newCDPSession(page);
  for (let i = 0; i < 1000; i += 1) {
    await page.evaluate((w) => document.querySelector('chronicle-chart').style.setProperty('width', `${w}px`), 300 + ((i * 37) % 700));
    if (i % 50 === 0) {
      await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1000, height: 900, deviceScaleFactor: 1 + (i % 3), mobile: false });
    }
  }
  await page.evaluate(() => document.querySelector('chronicle-chart').style.setProperty('width', '640px'));
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1000, height: 900, deviceScaleFactor: 2, mobile: false });
  // Wait for the render that follows the last change; if it never comes, the asserts below say
  // what the canvas was left at.
  await page
    .waitForFunction(
      () => {
        const { canvas } = document.querySelector('chronicle-chart').controller;
        return devicePixelRatio === 2 && canvas.clientWidth === 640 && canvas.width === 1280;
      },
      null,
      { timeout: 10_000 },
    )
    .catch(() => {});
  await nextFrame(page);
  const s = await page.evaluate(() => {
    const { canvas } = document.querySelector('chronicle-chart').controller;
    return { css: [canvas.clientWidth, canvas.clientHeight], backing: [canvas.width, canvas.height], box: canvas.parentElement.clientWidth, dpr: devicePixelRatio };
  });
  assert.equal(s.dpr, 2);
  assert.equal(s.css[0], 640);
  assert.equal(s.box, 640);
  assert.deepEqual(s.backing, s.css.map((v) => v * 2), `backing store ${s.backing} for CSS ${s.css} at DPR ${s.dpr}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('network faults for src: 404, garbage, wrong type and slow answers; Retry loads again', async () => {
  const { page, context } = await openPage(env, 'examples/minimal.html');
  await ready(page, 'chronicle-chart');
  let attempt = 0;
  await page.route('**/flaky.csv', (route) => {
    attempt += 1;
    if (attempt === 1) return route.fulfill({ status: 404, body: 'gone' });
    return route.fulfill({ contentType: 'text/csv', body: 'year,Value\n1937,5\n1938,7\n' });
  });
  await page.route('**/garbage.csv', (route) => route.fulfill({ contentType: 'text/csv', body: Buffer.from([0xff, 0xfe, 0x00, 0x42, 0x2c]) }));
  await page.route('**/page.csv', (route) => route.fulfill({ contentType: 'text/html', body: '<html>a login page</html>' }));
  // The slow answer comes only once the test has seen the chart waiting for it.
  let answer;
  const answered = new Promise((r) => (answer = r));
  await page.route('**/slow.csv', async (route) => {
    await answered;
    await route.fulfill({ contentType: 'text/csv', body: 'year,Slow\n1937,1\n1938,2\n' });
  });
  const texts = await page.evaluate(async () => {
    const make = (src) => {
      const el = document.createElement('chronicle-chart');
      el.setAttribute('src', src);
      el.id = src.replace('.csv', '');
      document.body.append(el);
      return el;
    };
    let failures = 0;
    const threeFailed = new Promise((r) =>
      document.addEventListener('chronicle-error', () => {
        failures += 1;
        if (failures === 3) r();
      }),
    );
    const els = ['flaky.csv', 'garbage.csv', 'page.csv', 'slow.csv'].map(make);
    await threeFailed;
    const loading = els[3].shadowRoot.textContent.trim();
    return { now: els.slice(0, 3).map((e) => e.shadowRoot.textContent.trim()), loading };
  });
  assert.deepEqual(texts.now, [
    'Chart unavailable: cannot load src flaky.csv: HTTP 404Retry',
    'Chart unavailable: invalid csv line 1, column 2: empty header',
    'Chart unavailable: cannot load src page.csv: expected CSV or JSON, got text/htmlRetry',
  ]);
  assert.equal(texts.loading, 'Loading…');
  answer();
  await page.click('#flaky >> .chronicle-retry');
  await ready(page, '#flaky');
  await ready(page, '#slow');
  const first = await page.evaluate(() => document.querySelector('chronicle-chart').controller.redraws > 0);
  assert.ok(first, 'the first chart still works');
  await context.close();
});
