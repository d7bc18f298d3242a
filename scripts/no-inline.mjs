// Prints wasm-opt's `--no-inline=<pattern>` flags for the functions that hold the loops a large
// series runs through on its first draw, after checking that each pattern names exactly one
// function of the module (from its name section, which wasm-bindgen keeps): a renamed function
// fails the build rather than silently losing its flag.
//
// Why: the browser first runs WebAssembly in baseline code and optimises a function once it has
// run long, for its next call, compiling it in the background. Where a long loop is inlined into
// a large caller (the whole layout, the whole validation), that caller is what gets optimised: 25–
// 40 ms of compiling on a second core that the page's main thread then shares. Kept as small
// functions of their own (`#[inline(never)]` in the Rust, and here for wasm-opt, which would
// otherwise inline a function that has one caller), each is optimised in about a millisecond;
// and since each reads a block of the series per call (`dataset::BLOCK`), the blocks after that
// run optimised.
// Usage: node scripts/no-inline.mjs <module.wasm>
import { readFileSync } from 'node:fs';

const HOT_LOOPS = [
  '*spec*columns*block_ascending_and_whole*',
  '*dataset*series*extremes_in*',
  '*summary*scan*runs_from*',
  '*layout*decimate*Decimation*read*',
  '*layout*lines*compute*',
];

/** Function names from the module's name section (custom section "name", subsection 1). */
function functionNames(bytes) {
  let at = 8;
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  const names = [];
  while (at < bytes.length) {
    const id = bytes[at++];
    const end = leb() + at;
    if (id === 0) {
      const length = leb();
      const section = bytes.toString('utf8', at, at + length);
      at += length;
      while (section === 'name' && at < end) {
        const sub = bytes[at++];
        const subEnd = leb() + at;
        if (sub === 1) {
          for (let n = leb(); n > 0; n -= 1) {
            leb();
            const size = leb();
            names.push(bytes.toString('utf8', at, at + size));
            at += size;
          }
        }
        at = subEnd;
      }
    }
    at = end;
  }
  return names;
}

const wasm = process.argv[2];
const names = functionNames(readFileSync(wasm));
const matches = (pattern) => {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return names.filter((n) => re.test(n));
};
const bad = HOT_LOOPS.map((p) => [p, matches(p)]).filter(([, m]) => m.length !== 1);
if (bad.length) {
  for (const [p, m] of bad) console.error(`no-inline: ${p} names ${m.length} functions of ${wasm} (${m.slice(0, 3).join(', ')}); it must name one`);
  process.exit(1);
}
console.log(HOT_LOOPS.map((p) => `--no-inline=${p}`).join(' '));
