// The element in an Eleventy 3 site, as the README tells a user to set it up: the packed tarball
// installed offline, the README's passthrough-copy line in the site's config, and the README's
// snippets in posts that Eleventy writes at "pretty" URLs (/posts/my-post/): each shows a live
// chart, and its picture where WebAssembly is missing.
import { after, before, test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { launchChromium } from './harness.mjs';
import { bin, checkChart, instruction, packedProject, page, snippet } from './apps.mjs';

let browser;
let work;
let server;
let url;
before(async () => {
  work = packedProject('eleventy');
  const dir = work.project;
  writeFileSync(join(dir, 'eleventy.config.mjs'), `export default function (eleventyConfig) {\n  ${instruction('eleventy')}\n}\n`);
  mkdirSync(join(dir, 'src/posts'), { recursive: true });
  writeFileSync(join(dir, 'src/posts/my-post.html'), page(snippet('element').replace('chart="repression"', 'chart="gulag"')));
  writeFileSync(join(dir, 'src/posts/with-picture.html'), page(snippet('picture')));
  execFileSync(bin('eleventy'), ['--input=src', '--output=_site', '--quiet'], { cwd: dir, stdio: 'pipe', timeout: 120_000 });
  ({ server, url } = await startServer(0, '127.0.0.1', join(dir, '_site')));
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done()));
  rmSync(work.dir, { recursive: true, force: true });
});

test('an Eleventy post at /posts/my-post/ shows the live chart from the README snippet', async () => {
  await checkChart(browser, `${url}posts/my-post/`);
});

test('an Eleventy post shows the chart picture where WebAssembly is missing', async () => {
  await checkChart(browser, `${url}posts/my-post/`, { noWasm: true });
});

test("an Eleventy post with the README's picture snippet shows the live chart", async () => {
  await checkChart(browser, `${url}posts/with-picture/`, { chart: 'party-membership' });
});
