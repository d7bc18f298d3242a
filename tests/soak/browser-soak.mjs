// The long browser soak for `npm run soak`: prints figures rather than asserting a timing.
// Fails (exit 1) only on an error, a panic, DOM growth or wasm memory growth past 1 MB.
import { elementReady, kioskReady, nextFrame, openPage, setUp } from '../browser/harness.mjs';

const CYCLES = Number(process.env.SOAK_CYCLES ?? 1000);
const STORM = Number(process.env.SOAK_STORM ?? 5000);
const env = await setUp();
let failed = false;
try {
  const { page, context, errors } = await openPage(env, 'examples/minimal.html');
  await elementReady(page);
  const cycles = await page.evaluate(async (n) => {
    const { wasmMemoryBytes } = await import('/chronicle.js');
    const cycle = async (i) => {
      const el = document.createElement('chronicle-chart');
      el.setAttribute('chart', ['gulag', 'repression', 'party-membership'][i % 3]);
      document.body.append(el);
      await new Promise((r) => el.addEventListener('chronicle-ready', r, { once: true }));
      el.remove();
    };
    for (let i = 0; i < 30; i += 1) await cycle(i);
    const before = { wasm: wasmMemoryBytes(), nodes: document.getElementsByTagName('*').length, heap: performance.memory?.usedJSHeapSize ?? 0 };
    const t0 = performance.now();
    for (let i = 0; i < n; i += 1) await cycle(i);
    const after = { wasm: wasmMemoryBytes(), nodes: document.getElementsByTagName('*').length, heap: performance.memory?.usedJSHeapSize ?? 0 };
    return { before, after, seconds: (performance.now() - t0) / 1000 };
  }, CYCLES);
  console.log(`add/remove cycles: ${CYCLES} in ${cycles.seconds.toFixed(1)} s`);
  console.log(`  wasm memory: ${cycles.before.wasm} → ${cycles.after.wasm} bytes (growth ${cycles.after.wasm - cycles.before.wasm})`);
  console.log(`  DOM nodes:   ${cycles.before.nodes} → ${cycles.after.nodes}`);
  console.log(`  JS heap:     ${cycles.before.heap} → ${cycles.after.heap} bytes`);
  if (cycles.after.nodes !== cycles.before.nodes || cycles.after.wasm - cycles.before.wasm > 1024 * 1024) failed = true;
  const cdp = await context.newCDPSession(page);
  const t0 = Date.now();
  for (let i = 0; i < STORM; i += 1) {
    await page.evaluate((w) => document.querySelector('chronicle-chart').style.setProperty('width', `${w}px`), 280 + ((i * 37) % 800));
    if (i % 25 === 0) await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1200, height: 900, deviceScaleFactor: 1 + (i % 3), mobile: false });
  }
  await nextFrame(page);
  console.log(`resize storm: ${STORM} resizes and ${Math.ceil(STORM / 25)} DPR changes in ${((Date.now() - t0) / 1000).toFixed(1)} s, ${errors.length} errors`);
  if (errors.length) {
    console.log(errors.slice(0, 5).join('\n'));
    failed = true;
  }
  await context.close();

  // The kiosk on a fast clock: attract cycles and random touches, memory and DOM before and after.
  const KIOSK_CYCLES = Number(process.env.SOAK_KIOSK_CYCLES ?? 500);
  const kiosk = await openPage(env, 'kiosk.html?speed=5000&idle=1&prompt=20&step=1', { width: 1920, height: 1080, serviceWorkers: 'block' });
  await kioskReady(kiosk.page);
  const k = await kiosk.page.evaluate(async (target) => {
    const health = () => window.chronicleKiosk.health();
    const nodes = () => document.getElementsByTagName('*').length;
    const wait = (ms) => new Promise((r) => setTimeout(r, ms));
    while (health().attract_cycles < 3) await wait(20);
    const before = { wasm: health().wasm_memory_bytes, nodes: nodes() };
    const t0 = performance.now();
    let touches = 0;
    while (health().attract_cycles < target) {
      if (Math.random() < 0.02) {
        document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }));
        touches += 1;
      }
      await wait(5);
    }
    return { before, after: { wasm: health().wasm_memory_bytes, nodes: nodes() }, touches, seconds: (performance.now() - t0) / 1000, health: health() };
  }, KIOSK_CYCLES);
  console.log(`kiosk: ${k.health.attract_cycles} attract cycles and ${k.touches} touches in ${k.seconds.toFixed(1)} s, ${k.health.errors} errors`);
  console.log(`  wasm memory: ${k.before.wasm} → ${k.after.wasm} bytes; DOM nodes: ${k.before.nodes} → ${k.after.nodes}`);
  if (k.after.wasm - k.before.wasm > 1024 * 1024 || Math.abs(k.after.nodes - k.before.nodes) > 40 || k.health.errors) failed = true;
  await kiosk.context.close();
} finally {
  await env.close();
}
process.exit(failed ? 1 : 0);
