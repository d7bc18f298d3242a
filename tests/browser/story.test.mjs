// The story on the chart: a page asks for a named view (`view="lenin-purges"`), the chart opens on
// it, Reset comes back to it, an unknown name is refused naming the chart's views, and the frame
// takes the view as a URL parameter. The labelled periods in view are in the picture's text.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { elementReady, langFile, openHtml, readCanvas, chartCanvas, setUp, toPage } from './harness.mjs';

let env;
before(async () => {
  env = await setUp();
});
after(() => env?.close());

const data = (id) => JSON.parse(readFileSync(new URL(`../../data/${id}.json`, import.meta.url), 'utf8'));
const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="favicon.svg"><title>story</title></head><body><script type="module" src="chronicle-chart.js"></script>${body}</body></html>`;

/** The year in the tooltip with the pointer at CSS (x, y) of the chart's stage. */
async function yearAt(p, x, y) {
  const at = await toPage(p.locator('chronicle-chart .chronicle-stage'), x, y);
  await p.mouse.move(at.x, at.y);
  const tip = p.locator('chronicle-chart .chronicle-tooltip');
  await tip.waitFor({ state: 'visible' });
  return Number((await tip.innerText()).match(/\b(1[89]\d\d)\b/)[1]);
}

/** The years at the two ends of the chart's x axis, as the tooltip says them. */
async function ends(p) {
  const axis = (await readCanvas(chartCanvas(p, 'body chronicle-chart'))).xAxis();
  return [await yearAt(p, axis.left + 1, axis.y - 20), await yearAt(p, axis.right - 1, axis.y - 20)];
}

test('a story view opens the chart on its years, names the periods in it, and Reset comes back to it', async () => {
  const view = data('party-membership').views.find((v) => v.id === 'lenin-purges');
  const { page: p, context, errors } = await openHtml(env, 'story.html', page('<chronicle-chart chart="party-membership" view="lenin-purges"></chronicle-chart>'));
  await elementReady(p);
  const [first, last] = [Number(view.from), Number(view.to)];
  // A view to 1926 runs to the end of 1926, where the count of 1 January 1927 sits.
  const inView = ([a, b]) => a === first && (b === last || b === last + 1);
  const opened = await ends(p);
  assert.ok(inView(opened), `opens on ${opened}`);
  // The periods inside the view are named in the picture; those outside are not.
  const svg = await p.evaluate(() => document.querySelector('chronicle-chart').toSVG());
  const words = langFile('en');
  assert.ok(svg.includes(words['party-membership.period.lenin-enrolment.label']));
  assert.ok(svg.includes(words['party-membership.period.purge-1921.label']));
  assert.ok(!svg.includes(words['party-membership.period.great-terror.label']));
  // Zoom in with the keyboard, then Escape: back to the view, not to all the years.
  await p.locator('chronicle-chart .chronicle-stage').focus();
  await p.keyboard.press('+');
  await p.keyboard.press('+');
  await p.waitForFunction(() => document.querySelector('chronicle-chart').controller.handle.isZoomed());
  await p.keyboard.press('Escape');
  await p.waitForFunction(() => !document.querySelector('chronicle-chart').controller.handle.isZoomed());
  await p.evaluate(() => new Promise((r) => setTimeout(r, 400)));
  assert.deepEqual(await ends(p), opened);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unknown view is refused with the names of the chart views', async () => {
  const names = data('repression').views.map((v) => v.id);
  const { page: p, context } = await openHtml(env, 'story.html', page('<chronicle-chart chart="repression" view="purges"></chronicle-chart>'));
  const message = await p.locator('chronicle-chart .chronicle-error').textContent();
  assert.ok(message.endsWith(`invalid view: purges (views of repression: ${names.join(', ')})`), message);
  await context.close();
});

test('the frame takes the view as a URL parameter', async () => {
  const view = data('repression').views.find((v) => v.id === 'great-terror');
  const { page: p, context, errors } = await openHtml(env, 'story.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>f</title></head><body><iframe src="embed.html?chart=repression&view=great-terror" title="chart" width="900" height="640"></iframe></body></html>`);
  const frame = p.frameLocator('iframe');
  await frame.locator('chronicle-chart canvas.chronicle-canvas').waitFor();
  const f = p.frames().find((x) => x.url().includes('embed.html'));
  await f.waitForFunction(() => document.querySelector('chronicle-chart')?.controller?.redraws > 0);
  const svg = await f.evaluate(() => document.querySelector('chronicle-chart').toSVG());
  // The picture's x axis runs over the view's years only: its first and last year labels.
  const years = [...svg.matchAll(/>(1[89]\d\d)</g)].map((m) => Number(m[1]));
  assert.ok(Math.min(...years) >= Number(view.from) && Math.max(...years) <= Number(view.to), years.join(' '));
  assert.deepEqual(errors, []);
  await context.close();
});
