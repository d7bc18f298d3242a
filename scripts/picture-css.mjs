// Writes the block of www/chronicle.css that starts each built-in chart's picture downloading as
// soon as the stylesheet applies, before the element's script has come and run: until the
// element is defined, its box shows the picture it will show (the same file, so it is fetched
// once), chosen as the element chooses (chronicle-chart.js, #picture): the chart, the page's
// language (English where it has none of ours), dark by prefers-color-scheme, the phone's
// picture under 30rem. On a slow link this saves the round trip between the script's arrival and
// the picture's request.
//
//   node scripts/picture-css.mjs          rewrites the block
//   node scripts/picture-css.mjs --check  fails if the block is not what it would write
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const ROOT = new URL('..', import.meta.url);
const CSS = new URL('www/chronicle.css', ROOT);
const BEGIN = '/* pictures: begin (written by scripts/picture-css.mjs) */';
const END = '/* pictures: end */';

const languages = readdirSync(new URL('lang/', ROOT))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();
// The built-in charts: the data files that hold series.
const charts = readdirSync(new URL('data/', ROOT))
  .filter((f) => f.endsWith('.json') && Array.isArray(JSON.parse(readFileSync(new URL(`data/${f}`, ROOT), 'utf8')).series))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

const NARROW = '(max-width: 30rem)';
const DARK = '(prefers-color-scheme: dark)';
// In the element's order of preference, last here wins (equal specificity, later rule).
const VARIANTS = [
  [null, 'light'],
  [DARK, 'dark'],
  [NARROW, 'light.narrow'],
  [`${NARROW} and ${DARK}`, 'dark.narrow'],
];

function block() {
  const lines = [
    BEGIN,
    `/* Until the element is defined, its box shows its chart's picture, fetched from here (the
   element then shows the same file, from the cache). The page's language picks the picture's
   (:lang, English where the page's is not one of ${languages.join(', ')}). Not where the element
   gets no picture: data from \`src\` or a child script, or a picture of its own. */`,
    // Where the element's box puts the picture: its width, at the top (its height is its own).
    'chronicle-chart[chart]:not(:defined) {\n  background: none 50% 0 / contain no-repeat;\n}',
    'chronicle-chart:not(:defined):is([src], :has(> script, > picture, > img, > svg)) {\n  background-image: none !important;\n}',
  ];
  for (const [media, variant] of VARIANTS) {
    const rules = [];
    for (const chart of charts) {
      for (const lang of languages) {
        const selector = `chronicle-chart[chart="${chart}"]${lang === 'en' ? '' : `:lang(${lang})`}:not(:defined)`;
        rules.push(`${selector} {\n  background-image: url("fallback/${chart}.${lang}.${variant}.svg");\n}`);
      }
    }
    lines.push(media ? `@media ${media} {\n${rules.map((r) => r.replace(/^/gm, '  ')).join('\n')}\n}` : rules.join('\n'));
  }
  lines.push(END);
  return lines.join('\n');
}

const css = readFileSync(CSS, 'utf8');
const from = css.indexOf(BEGIN);
const to = css.indexOf(END);
const wanted = block();
const current = from >= 0 && to > from ? css.slice(from, to + END.length) : null;
if (process.argv.includes('--check')) {
  if (current !== wanted) {
    console.error('www/chronicle.css: the pictures block is not what scripts/picture-css.mjs writes: run it');
    process.exit(1);
  }
} else {
  const next = current == null ? `${css.trimEnd()}\n${wanted}\n` : css.replace(current, wanted);
  writeFileSync(CSS, next);
}
