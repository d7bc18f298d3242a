// Writes the README's benchmark tables from bench/results.json (made by `npm run bench`), between
// the markers `<!-- bench:start -->` and `<!-- bench:end -->`: the README's figures are never
// typed by hand. `npm run bench` runs it after measuring. The tables are the ones the run prints
// (bench/tables.mjs makes both), without the per-file list.
import { readFileSync, writeFileSync } from 'node:fs';
import { tables } from '../bench/tables.mjs';

const ROOT = new URL('..', import.meta.url);
const results = JSON.parse(readFileSync(new URL('bench/results.json', ROOT), 'utf8'));
const section = tables(results, { detail: false });

const url = new URL('README.md', ROOT);
const readme = readFileSync(url, 'utf8');
const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';
const [before, rest] = readme.split(start);
if (rest === undefined || !rest.includes(end)) throw new Error('README.md has no bench markers');
writeFileSync(url, `${before}${start}\n${section}\n${end}${rest.split(end)[1]}`);
console.log('wrote the benchmark tables into README.md from bench/results.json');
