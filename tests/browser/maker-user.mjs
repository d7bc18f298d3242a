// A new user of the chart maker (www/make.html), for maker.test.mjs and `npm run screenshots`:
// pastes a real public table nobody on the project wrote (vega-datasets' Mauna Loa CO2 record,
// CC BY 4.0, Scripps CO2 Program, a pinned devDependency), cites its source as the package's
// datapackage.json gives it, picks statuses and a colour, and adds a labelled period.
// Expected values are read here from the CSV file itself, never from the maker.
import { readFileSync } from 'node:fs';

const DATASETS = new URL('../../node_modules/vega-datasets/', import.meta.url);
/** The table as published, its rows parsed here, and its source as the package describes it. */
export function co2Table() {
  const text = readFileSync(new URL('data/co2-concentration.csv', DATASETS), 'utf8');
  const [header, ...rows] = text.trim().split('\n').map((line) => line.split(','));
  const about = JSON.parse(readFileSync(new URL('datapackage.json', DATASETS), 'utf8')).resources.find((r) => r.path === 'co2-concentration.csv');
  return {
    text,
    header,
    rows: rows.map(([date, ...values]) => ({ date, values: values.map(Number), cells: values })),
    licence: about.licenses[0].title,
    source: {
      author: about.sources[0].title,
      title: about.sources[1].title,
      url: about.sources[1].path,
      // The year of the last reading: the edition of the record this copy comes from.
      year: rows.at(-1)[0].slice(0, 4),
    },
  };
}

/** What the user types, and what the chart must then show. */
export const CHOICES = {
  title: 'Carbon dioxide at Mauna Loa, monthly',
  period: { from: '1990', to: '1999', label: 'The 1990s' },
  statuses: ['published', 'derived'],
  colour: 1, // the second colour of the palette, for the first series
};

/** Waits until the maker has read the draft and drawn what it says (after `since` updates). */
export async function settled(page, since) {
  await page.waitForFunction((n) => Number(document.body.dataset.updated ?? 0) > n, since);
}

const updates = (page) => page.evaluate(() => Number(document.body.dataset.updated ?? 0));

/** Pastes `text` into the table box as a user does: clipboard, then Ctrl+V. */
export async function paste(page, text) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  const before = await updates(page);
  await page.locator('#table').focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await settled(page, before);
}

/** Types `value` into the draft field `path` (its label's control), replacing what was there. */
export async function typeInto(page, path, value) {
  const before = await updates(page);
  const control = page.locator(`[data-field="${path}"]`);
  await control.fill('');
  await control.pressSequentially(value);
  await settled(page, before);
}

/** Chooses `value` in the select of the draft field `path`. */
export async function choose(page, path, value) {
  const before = await updates(page);
  await page.locator(`[data-field="${path}"]`).selectOption(value);
  await settled(page, before);
}

/** Makes the CO2 chart from scratch on an open maker page; returns the table. */
export async function makeCo2Chart(page) {
  const table = co2Table();
  await page.waitForFunction(() => window.chronicleMaker?.ready);
  await paste(page, table.text);
  await typeInto(page, 'title', CHOICES.title);
  const palette = await page.locator('[data-field="series[0].color"] option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
  await choose(page, 'series[0].color', palette[CHOICES.colour]);
  for (const i of [0, 1]) {
    await choose(page, `series[${i}].status`, CHOICES.statuses[i]);
    await typeInto(page, `series[${i}].author`, table.source.author);
    await typeInto(page, `series[${i}].source_title`, table.source.title);
    await typeInto(page, `series[${i}].year`, table.source.year);
    await typeInto(page, `series[${i}].url`, table.source.url);
  }
  await page.getByRole('button', { name: 'Add a period' }).click();
  for (const [field, value] of Object.entries(CHOICES.period)) await typeInto(page, `periods[0].${field}`, value);
  return { table, palette };
}
