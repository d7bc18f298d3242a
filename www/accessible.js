// The accessible parts of a mounted chart: its text alternative (short form as the name, long
// form as the description), the data table behind a Table button, and sonification behind a
// Listen button (Web Audio, each year spoken through the live region; Stop ends it). All words
// come from the wasm handle; they are inserted as text. The table and the sound come from the
// full module, loaded on the first press (or as a hand or focus approaches the buttons).
import { earlyWord } from './pkg/words.js';

function button(label, className) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = label;
  b.setAttribute('aria-pressed', 'false');
  return b;
}

/** Adds the parts to `parts`; returns { refresh, stop } for after renders and on teardown. */
export function wireAccessible(controller, parts, id) {
  const { handle } = controller;
  const { stage, canvas, bar, live } = parts;
  const desc = document.createElement('p');
  desc.id = `${id}-desc`;
  desc.className = 'chronicle-desc visually-hidden';
  stage.setAttribute('aria-describedby', `${id}-desc ${id}-help`);
  const tableButton = button('', 'chronicle-table-toggle');
  const listenButton = button('', 'chronicle-listen');
  const tableBox = document.createElement('div');
  tableBox.className = 'chronicle-table';
  tableBox.id = `${id}-table`;
  tableBox.hidden = true;
  // Focusable, so a keyboard can scroll a long table (and a screen reader finds it by name).
  tableBox.tabIndex = 0;
  tableBox.setAttribute('role', 'region');
  /** The buttons' and table's words, in the chart's language (again after a language change). */
  const label = () => {
    tableButton.textContent = handle.uiText('table');
    listenButton.textContent = handle.uiText(listenButton.getAttribute('aria-pressed') === 'true' ? 'stop' : 'listen');
    tableBox.setAttribute('aria-label', handle.uiText('table'));
  };
  label();
  tableButton.setAttribute('aria-controls', tableBox.id);
  bar.prepend(tableButton, listenButton);
  bar.after(tableBox);
  stage.append(desc);

  let seen = -1;
  const refresh = () => {
    if (handle.revision() === seen) return;
    seen = handle.revision();
    const s = handle.summary();
    canvas.setAttribute('aria-label', s.short);
    desc.textContent = s.long;
    if (!tableBox.hidden) fillTable();
  };

  // The table and the sound come from the full module, loaded on the first press.
  const fillTable = async () => {
    if (!tableBox.firstChild) tableBox.textContent = earlyWord('loading', controller.element.lang);
    const t = (await controller.withFull()).table();
    const table = document.createElement('table');
    const caption = document.createElement('caption');
    caption.textContent = t.caption;
    const head = document.createElement('tr');
    for (const h of t.headers) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = h;
      head.append(th);
    }
    const thead = document.createElement('thead');
    thead.append(head);
    const tbody = document.createElement('tbody');
    for (const row of t.rows) {
      const tr = document.createElement('tr');
      row.forEach((cell, i) => {
        const td = document.createElement(i === 0 ? 'th' : 'td');
        if (i === 0) td.scope = 'row';
        td.textContent = cell;
        tr.append(td);
      });
      tbody.append(tr);
    }
    table.append(caption, thead, tbody);
    tableBox.replaceChildren(table);
  };
  // A hand or focus on the way to either button starts loading what they need.
  for (const b of [tableButton, listenButton]) {
    for (const type of ['pointerenter', 'focus', 'touchstart']) b.addEventListener(type, controller.prefetchFull, { once: true, passive: true });
  }
  tableButton.addEventListener('click', () => {
    const open = tableBox.hidden;
    tableBox.hidden = !open;
    tableButton.setAttribute('aria-pressed', String(open));
    if (open) fillTable();
  });

  let audio = null;
  let timers = [];
  const stop = () => {
    timers.forEach(clearTimeout);
    timers = [];
    audio?.close();
    audio = null;
    listenButton.textContent = handle.uiText('listen');
    listenButton.setAttribute('aria-pressed', 'false');
  };
  listenButton.addEventListener('click', async () => {
    if (audio) {
      stop();
      return;
    }
    const Context = window.AudioContext ?? window.webkitAudioContext;
    if (!Context) return;
    // Made within the press (browsers start sound only then); the notes may arrive a moment later.
    audio = new Context();
    const playing = audio;
    listenButton.textContent = handle.uiText('stop');
    listenButton.setAttribute('aria-pressed', 'true');
    const notes = (await controller.withFull()).score();
    if (audio !== playing) return;
    const start = audio.currentTime + 0.1;
    for (const n of notes) {
      if (n.frequency_hz > 0) {
        const osc = audio.createOscillator();
        const gain = audio.createGain();
        osc.frequency.value = n.frequency_hz;
        gain.gain.setValueAtTime(0.0001, start + n.at_ms / 1000);
        gain.gain.exponentialRampToValueAtTime(0.2, start + n.at_ms / 1000 + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + (n.at_ms + n.duration_ms) / 1000);
        osc.connect(gain).connect(audio.destination);
        osc.start(start + n.at_ms / 1000);
        osc.stop(start + (n.at_ms + n.duration_ms) / 1000 + 0.05);
      }
      timers.push(setTimeout(() => (live.textContent = n.label), n.at_ms + 100));
    }
    const end = notes.length ? notes.at(-1).at_ms + notes.at(-1).duration_ms + 300 : 0;
    timers.push(setTimeout(stop, end));
  });

  refresh();
  return { refresh, stop, label };
}
