// A user's own CSV as a blogger pastes it: a wide public table (23 numeric columns) draws with a
// title the widget makes short enough itself, and a cell that could be read two ways (`1,500`) is
// refused with its place named, unless the table says its decimal separator.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { elementReady, keyboardFocus, openHtml, setUp } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

const page = (body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="favicon.svg"><title>csv</title></head><body><script type="module" src="chronicle-chart.js"></script>${body}</body></html>`;
const chart = (attrs, csv) => `<chronicle-chart id="c" ${attrs}><script type="text/csv">\n${csv}\n</script></chronicle-chart>`;

test('a table of 23 numeric columns draws, titled by the widget within its own limits', async () => {
  const names = Array.from({ length: 23 }, (_, i) => `Oblast ${String.fromCharCode(65 + i)} prisoners`);
  const rows = [`year,${names.join(',')}`];
  for (let y = 1930; y <= 1940; y += 1) rows.push(`${y},${names.map((_, i) => 1000 * (i + 1) + y).join(',')}`);
  const { page: p, context, errors } = await openHtml(env, 'csv.html', page(chart('', rows.join('\n'))));
  await elementReady(p, '#c');
  const title = await p.locator('#c .chronicle-title').textContent();
  assert.ok(title.startsWith(names[0]), title);
  assert.ok(title.endsWith('…') && title.length <= 81, `${title.length}: ${title}`);
  assert.equal(await p.locator('#c .chronicle-legend-item').count(), 23);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a cell that could mean two numbers is refused with its place, and read as the table says', async () => {
  const csv = 'year,Arrests\n1936,"1,500"\n1937,"2,000"';
  const { page: p, context } = await openHtml(env, 'csv.html', page(chart('', csv)));
  const message = await p.locator('#c .chronicle-error').textContent();
  assert.match(message, /1,500/);
  assert.match(message, /decimal/);
  await context.close();
  for (const [decimal, said] of [['.', '1,500'], [',', '1.5']]) {
    const { page: q, context: c2 } = await openHtml(env, 'csv.html', page(chart(`decimal="${decimal}" title="Arrests"`, csv)));
    await elementReady(q, '#c');
    const { live } = await keyboardFocus(q, '#c', ['Home']);
    assert.ok(live.includes(said), `decimal=${decimal}: ${live}`);
    await c2.close();
  }
});
