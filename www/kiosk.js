// The museum kiosk: one chart at a time, full screen, language buttons always visible, the story
// told in steps (a story view, a highlighted period, a two-line caption) that a visitor moves
// through with Next and Back (or the arrow keys), or by choosing a chart. When no one has touched
// it for a while it asks "Still there?", then resets to its home state and plays the same steps
// as an attract loop; any touch stops it on the step on show. The steps and the timing are the
// wasm KioskHandle's; this file wires them to the page. URL parameters (seconds): idle (90), prompt (30,
// at least 20), step (8), dim (600), speed (1: a faster clock, for demonstrations and soak
// tests), lang, watchdog=on with memlimit (MB, default 256).
import { loadFullWords, loadWords, mountChart, wasmMemoryBytes } from './chronicle.js';
import { claimsPanel } from './panels.js';
import { howWords, renderHow } from './how-we-know.js';
import { BUILD } from './pkg/build.js';
import { KioskHandle, kioskDrift, kioskDriftEveryMs, kioskTypeScale, kioskWatchdogReloads, languages, uiText } from './pkg/chronicle_charts.js';

const params = new URLSearchParams(location.search);
const num = (name, fallback) => (Number.isFinite(Number(params.get(name))) && params.get(name) ? Number(params.get(name)) : fallback);
const speed = Math.max(1, num('speed', 1));
const now = () => performance.now() * speed;
const homeLang = params.get('lang') ?? 'en';
let lang = homeLang;
const started = now();
const health = { interactions: 0, lastInteraction: null, errors: 0 };
const charts = {};

await Promise.all([loadWords(lang), loadFullWords(lang)]);
// The clock starts once the charts are up (at the end of this file).
let kiosk = null;

const $ = (s) => document.querySelector(s);
for (const { code, name } of languages()) {
  const b = document.createElement('button');
  b.type = 'button';
  b.dataset.lang = code;
  b.lang = code;
  b.textContent = name;
  $('.kiosk-langs').append(b);
}
const heading = $('.kiosk-caption-heading');
const sentence = $('.kiosk-caption-text');
const prompt = $('.kiosk-prompt');
const dim = $('.kiosk-dim');

function words() {
  document.documentElement.lang = lang;
  $('#kiosk-title').textContent = uiText('kiosk-title', lang);
  $('#kiosk-prompt-title').textContent = uiText('kiosk-still-there', lang);
  $('.kiosk-continue').textContent = uiText('kiosk-continue', lang);
  $('.kiosk-how-open').textContent = uiText('how-we-know', lang);
  $('.kiosk-back').textContent = uiText('kiosk-back', lang);
  $('.kiosk-next').textContent = uiText('kiosk-next', lang);
  $('.kiosk-how-close').textContent = uiText('close', lang);
  for (const b of document.querySelectorAll('.kiosk-langs button')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
}

async function mountAll() {
  await Promise.all(
    [...document.querySelectorAll('.kiosk-chart')].map(async (box) => {
      // Large type: the chart's own text grows with the screen; the plot keeps the rest.
      const c = await mountChart(box, { chart: box.dataset.chart }, { lang, theme: 'light', typeScale: screenScale() });
      charts[box.dataset.chart] = c;
      // The chart's own buttons (table, listen) join the kiosk's controls: one bar for all.
      for (const b of box.querySelectorAll('.chronicle-table-toggle, .chronicle-listen')) toControls(box, b);
      addClaims(box, c);
    }),
  );
  words();
}

/** The kiosk's charts' type scale for this screen. */
const screenScale = () => kioskTypeScale(innerWidth, innerHeight);

/** Puts a chart's `button` with the other controls, shown while its chart is. */
function toControls(box, button) {
  button.dataset.chart = box.dataset.chart;
  button.hidden = box.hidden;
  $('.kiosk-tools').append(button);
}

/**
 * The chart's claims panel, (re)built in the kiosk's language: the list under the chart, its
 * button ("Check the essay's claims") with the other controls.
 */
function addClaims(box, chart) {
  box.querySelector('.claims-block')?.remove();
  $(`.kiosk-tools .claims-toggle[data-chart="${box.dataset.chart}"]`)?.remove();
  const claims = chart && claimsPanel(chart);
  if (!claims) return;
  toControls(box, claims.querySelector('.claims-toggle'));
  box.append(claims);
}

/** Every chart speaks `next` from now on, keeping what it shows. */
async function setLang(next) {
  lang = next;
  await Promise.all([loadWords(lang), loadFullWords(lang)]);
  for (const box of document.querySelectorAll('.kiosk-chart')) {
    const c = charts[box.dataset.chart];
    await c?.setLang(lang);
    addClaims(box, c);
  }
  words();
  if (kiosk) caption(kiosk.step());
}

function show(chart) {
  for (const box of document.querySelectorAll('.kiosk-chart')) box.hidden = box.dataset.chart !== chart;
  for (const b of document.querySelectorAll('.kiosk-tabs button')) b.setAttribute('aria-pressed', String(b.dataset.chart === chart));
  for (const b of document.querySelectorAll('.kiosk-tools button')) b.hidden = b.dataset.chart !== chart;
  charts[chart]?.schedule();
}

async function home() {
  $('.kiosk-how').hidden = true;
  if (lang !== homeLang) await setLang(homeLang);
  for (const c of Object.values(charts)) {
    c?.reset();
    c?.setCursor(null);
  }
  // Claims off through their own buttons, so button, list and chart agree.
  for (const b of document.querySelectorAll('.kiosk-tools .claims-toggle[aria-pressed="true"]')) b.click();
  show('party-membership');
}

/** The two lines of step `i`'s caption and where it is in the story, in the kiosk's language. */
function caption(i) {
  const m = kiosk.moment(i, lang);
  heading.textContent = m.heading;
  sentence.textContent = m.caption;
  $('.kiosk-position').textContent = m.position;
  return m;
}

/** Shows step `i`: its chart, story view, highlighted period, cursor and caption. */
function moment(i) {
  const m = caption(i);
  show(m.chart);
  const c = charts[m.chart];
  c?.storyTo(m.view, m.period);
  c?.setCursor(m.cursor);
}

function interrupt() {
  if (!kiosk) return;
  health.interactions += 1;
  health.lastInteraction = now();
  kiosk.touch(now());
  prompt.hidden = true;
  dim.hidden = true;
}

// Lock-down, scoped to this page: no context menu, no selection, no page zoom, no links out.
for (const type of ['contextmenu', 'selectstart', 'dragstart']) document.addEventListener(type, (e) => e.preventDefault());
document.addEventListener('click', (e) => {
  if (e.target.closest('a[href]')) e.preventDefault();
});
for (const type of ['pointerdown', 'keydown', 'wheel']) document.addEventListener(type, interrupt, { capture: true, passive: true });

document.querySelector('.kiosk-langs').addEventListener('click', async (e) => {
  const b = e.target.closest('button[data-lang]');
  if (!b || b.dataset.lang === lang) return;
  await setLang(b.dataset.lang);
});
// A chart's button leads to its first step; Next and Back (and the arrow keys outside the chart,
// whose own keys move within it) to the story's next and previous.
document.querySelector('.kiosk-tabs').addEventListener('click', (e) => {
  const b = e.target.closest('button[data-chart]');
  if (b && kiosk) moment(kiosk.goToChart(b.dataset.chart, now()));
});
$('.kiosk-next').addEventListener('click', () => kiosk && moment(kiosk.go(true, now())));
$('.kiosk-back').addEventListener('click', () => kiosk && moment(kiosk.go(false, now())));
const STEP_KEYS = { ArrowRight: true, PageDown: true, ArrowLeft: false, PageUp: false };
document.addEventListener('keydown', (e) => {
  const forward = STEP_KEYS[e.key];
  if (forward === undefined || !kiosk || e.target.closest?.('.chronicle-stage, .kiosk-how, .kiosk-prompt')) return;
  e.preventDefault();
  moment(kiosk.go(forward, now()));
});
addEventListener('resize', () => {
  for (const c of Object.values(charts)) c?.setTypeScale(screenScale());
});
$('.kiosk-continue').addEventListener('click', () => (prompt.hidden = true));
// "How we know", in the kiosk's language, inside the kiosk.
const how = $('.kiosk-how');
$('.kiosk-how-open').addEventListener('click', async () => {
  // Offline from file:// the page's words cannot be fetched: the button then does nothing.
  const loaded = await howWords(lang).catch(() => null);
  if (!loaded) return;
  const { code, words } = loaded;
  const text = $('#kiosk-how-text');
  text.lang = code;
  renderHow(text, words);
  text.querySelector('h1').id = 'kiosk-how-title';
  how.hidden = false;
  $('.kiosk-how-close').focus();
});
$('.kiosk-how-close').addEventListener('click', () => (how.hidden = true));
document.addEventListener('chronicle-error', () => (health.errors += 1));
addEventListener('error', () => (health.errors += 1));

// The clock.
let lastFrame = performance.now();
const heartbeat = () => {
  lastFrame = performance.now();
  requestAnimationFrame(heartbeat);
};
requestAnimationFrame(heartbeat);
let busy = false;
setInterval(async () => {
  if (!kiosk || busy) return;
  busy = true;
  // On a fast clock several changes can be due at once; take up to eight per tick.
  for (let i = 0; i < 8; i += 1) {
    const change = kiosk.tick(now());
    if (!change) break;
    if (change === 'prompt') prompt.hidden = false;
    if (change === 'reset') {
      prompt.hidden = true;
      await home();
      moment(0);
    }
    if (change === 'step') moment(kiosk.step());
    if (change === 'dim') dim.hidden = false;
  }
  busy = false;
  if (!prompt.hidden) $('#kiosk-prompt-text').textContent = uiText('kiosk-restart-in', lang).replace('{s}', kiosk.promptLeft(now()));
}, 50);

// Burn-in care: the whole frame drifts a few pixels, slowly, in a loop (the kiosk module says where).
let driftStep = 0;
setInterval(() => {
  driftStep += 1;
  const [x, y] = kioskDrift(driftStep);
  const frame = $('.kiosk-frame');
  frame.style.setProperty('--shift-x', `${x}px`);
  frame.style.setProperty('--shift-y', `${y}px`);
}, kioskDriftEveryMs() / speed);

// Health, and an optional watchdog that reloads the page if drawing stalls or memory runs away.
window.chronicleKiosk = {
  health: () => ({
    uptime_ms: now() - started,
    interactions: health.interactions,
    last_interaction_ms_ago: health.lastInteraction === null ? null : now() - health.lastInteraction,
    wasm_memory_bytes: wasmMemoryBytes(),
    errors: health.errors,
    phase: kiosk?.phase() ?? 'starting',
    attract_cycles: kiosk?.cycles() ?? 0,
    offline: health.offline,
  }),
};
if (params.get('watchdog') === 'on') {
  const limit = num('memlimit', 256) * 1024 * 1024;
  setInterval(() => {
    const visible = document.visibilityState === 'visible';
    if (kioskWatchdogReloads(performance.now() - lastFrame, visible, wasmMemoryBytes(), limit)) location.reload();
  }, 10_000);
}

// Offline care; where a browser refuses it (file://, private mode) the kiosk still runs online,
// and health() says so.
health.offline = 'starting';
if ('serviceWorker' in navigator) {
  navigator.serviceWorker
    .register(`kiosk-sw.js?build=${BUILD}`)
    .then(() => (health.offline = 'ready'))
    .catch((e) => (health.offline = `unavailable: ${e.message}`));
} else {
  health.offline = 'unavailable: no service workers';
}

await mountAll();
kiosk = new KioskHandle(num('idle', 90), num('prompt', 30), num('step', 8), num('dim', 600), now());
moment(0);
document.body.dataset.ready = 'true';
