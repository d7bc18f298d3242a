// The benchmark's tables, as Markdown, from the object bench/run.mjs writes to
// bench/results.json: printed by the run, and written into the README by
// scripts/readme-bench.mjs, so the two never differ.

export const NAMES = {
  chronicle: 'Chronicle Charts',
  'chronicle-3': 'Chronicle Charts, three charts',
  'chronicle-picture': 'Chronicle Charts, picture snippet',
  'chronicle-used': 'Chronicle Charts, after the pointer first comes in',
  'chronicle-typed': 'Chronicle Charts, typed arrays',
  'chronicle-csv': 'Chronicle Charts, CSV text',
  'chart.js': 'Chart.js',
  uplot: 'uPlot',
  control: 'control: 0.5 ms of plain JavaScript, no chart',
};
const LIBS = ['chronicle', 'chart.js', 'uplot'];

const kb = (b) => (b == null ? 'n/a' : (b / 1024).toFixed(1));
const ms = (v, digits = 1) => (v == null ? 'n/a' : v.toFixed(digits));
const mb = (b) => (b / 1048576).toFixed(1);

function value(v, unit) {
  if (v == null) return 'n/a';
  if (unit === 'bytes') return `${kb(v)} KB`;
  if (unit === 'ms') return `${ms(v, v < 10 ? 2 : v < 100 ? 1 : 0)} ms`;
  if (unit === 'CLS') return v.toFixed(4);
  return String(v);
}

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function targetsTable(r) {
  const rows = r.targets.map((t) => [
    t.what,
    t.target,
    value(t.ours, t.unit),
    t.reference_lib ? `${value(t.reference, t.unit)} (${NAMES[t.reference_lib]})` : '–',
    t.report_only ? (t.met == null ? 'reported' : `reported (${t.met ? 'would be met' : 'would not be met'})`) : t.met ? '**met**' : '**not met**',
  ]);
  return table(['target', 'goal', 'ours', 'reference, same run', 'met?'], rows);
}

function weightTable(r, detail) {
  const w = r.weight;
  const rows = ['chronicle', 'chronicle-picture', 'chronicle-3', 'chronicle-used', 'chart.js', 'uplot'].filter((id) => w[id]).map((id) => {
    const x = w[id];
    const files = x.files.filter((f) => f.before_ready).map((f) => f.path.split('/').pop());
    return [NAMES[id], kb(x.gzip), kb(x.raw), x.after_ready_gzip ? kb(x.after_ready_gzip) : '0', String(x.max_requests_per_url), files.join(', ')];
  });
  let out = table(['page', 'KB gzip -9', 'KB raw', 'KB gzip after ready', 'most requests for one URL', 'files'], rows);
  if (detail) {
    const per = w.chronicle.files.map((f) => [f.path, String(f.responses), kb(f.raw), kb(f.gzip), f.before_ready ? 'yes' : 'no']);
    out += `\n\nOne \`<chronicle-chart>\`, file by file:\n\n${table(['file', 'responses', 'KB raw', 'KB gzip -9', 'before ready'], per)}`;
  }
  return out;
}

function loadsTable(r) {
  const f = r.loads.fast;
  const s = r.loads.slow;
  const rows = [LIBS[0], ...(f['chronicle-picture'] ? ['chronicle-picture'] : []), ...LIBS.slice(1)].map((id) => [
    NAMES[id],
    ms(f[id].visible_ms, 0),
    ms(f[id].interactive_ms, 0),
    ms(s[id].visible_ms, 0),
    ms(s[id].interactive_ms, 0),
    `${f[id].cls_max.toFixed(4)} / ${s[id].cls_max.toFixed(4)}`,
    s[id].visible_how,
  ]);
  return table(['library', 'fast: visible ms', 'fast: interactive ms', 'slow phone: visible ms', 'slow phone: interactive ms', 'layout shift, max (fast / slow)', 'seen as'], rows);
}

function redrawTable(r) {
  const rows = [...LIBS, ...(r.redraw.control ? ['control'] : [])].map((id) => {
    const x = r.redraw[id];
    const t = r.redraw_trace?.[id];
    const cpu = t?.cpu_ms ? `${ms(t.cpu_ms.p50, 2)} / ${ms(t.cpu_ms.p99, 2)} / ${ms(t.cpu_ms.max, 2)}` : 'n/a';
    const gc = t?.gc ? `${t.gc.minor} + ${t.gc.major} / ${t.gc.redraws_overlapping}` : 'n/a';
    const late = t && !t.error ? `${t.outliers_total}: ${t.outliers_waiting} off CPU, ${t.outliers_with_gc} with GC` : 'n/a';
    const bytes = x.js_bytes_per_redraw == null ? 'n/a' : String(x.js_bytes_per_redraw);
    const frame = t?.frame_cpu_ms ? `${ms(t.frame_cpu_ms.layers, 2)} / ${ms(t.frame_cpu_ms.compositor, 2)}` : 'n/a';
    const rounds = x.rounds ? x.rounds.map((k) => `${ms(k.p99, 2)} / ${ms(k.max, 1)} (${k.steal_pct == null ? 'n/a' : `${k.steal_pct.toFixed(1)} %`})`).join(', ') : 'n/a';
    return [NAMES[id], ms(x.p50, 2), ms(x.p99, 2), rounds, ms(x.max, 2), String(x.over_4ms), String(x.over_16ms), cpu, frame, gc, late, bytes];
  });
  return table(
    ['library', 'p50 ms', 'p99 ms', "each round: p99 / max ms (the machine's steal time)", 'max ms (median of the rounds)', 'over 4 ms', 'over 16 ms', 'CPU ms p50 / p99 / max (traced run)', "browser's CPU ms per frame: layers / compositor (traced run)", 'GCs minor + major / inside a redraw (traced run)', 'over 4 ms in the traced run: why', 'JS bytes allocated per redraw'],
    rows,
  );
}

function hoverTable(r) {
  const rows = LIBS.map((id) => {
    const x = r.hover[id];
    return [NAMES[id], ms(x.p50, 3), ms(x.p99, 3), ms(x.max, 2), `${x.hits} / ${x.n}`, r.hover_includes[id]];
  });
  return table(['library', 'p50 ms', 'p99 ms', 'max ms', 'moves that showed a point', 'what one number includes'], rows);
}

function largeTable(r) {
  const [a, b] = Object.keys(r.large);
  const rows = ['chronicle-typed', 'chronicle-csv', 'chart.js', 'uplot'].map((id) => {
    const x = r.large[a][id];
    const y = r.large[b][id];
    const note = [...new Set([x.note, y.note].filter(Boolean))].join('; ');
    return [NAMES[id], ms(x.first_draw_ms, 0), ms(x.redraw_ms, 1), ms(y.first_draw_ms, 0), ms(y.redraw_ms, 1), note];
  });
  const n = (k) => (Number(k) >= 1e6 ? `${Number(k) / 1e6}M` : `${Number(k) / 1e3}k`);
  return table(['library', `${n(a)} first draw ms`, `${n(a)} redraw ms`, `${n(b)} first draw ms`, `${n(b)} redraw ms`, 'note'], rows);
}

function memoryTable(r) {
  const rows = LIBS.map((id) => {
    const m = r.memory[id];
    return [NAMES[id], `${mb(m.before.js)} → ${mb(m.after.js)}`, m.before.wasm ? `${mb(m.before.wasm)} → ${mb(m.after.wasm)}` : 'n/a'];
  });
  return table(['library', 'JS heap MB', 'wasm MB'], rows);
}

/** Every table the results hold (a partial run holds some); `detail` adds the file list. */
export function tables(r, { detail = false } = {}) {
  const s = r.settings;
  const parts = [];
  parts.push(
    `Run of ${r.date.slice(0, 10)} on ${r.machine}${r.load_average ? ` (load average ${r.load_average.map((x) => x.toFixed(1)).join(' → ')} over the run: other jobs share these cores)` : ''}, Chromium ${r.browser}; pages ${s.viewport.width}×${s.viewport.height} CSS px at DPR ${s.dpr}; slow phone = ${s.slow.downKbit / 1000} Mbit/s down, ${s.slow.upKbit} kbit/s up, ${s.slow.rttMs} ms round trip, CPU ${s.slow.cpu}× slower, gzip on the wire, no cache.`,
  );
  if (r.targets?.length) parts.push(`Targets:\n\n${targetsTable(r)}`);
  if (r.weight) {
    parts.push(
      `Weight: every response after the host HTML, each body gzip -9, summed; ours until \`chronicle-ready\` (the README's element snippet, chart="party-membership"; the picture snippet adds the picture to the host HTML: its \`<img>\` file is counted here as a response), the row "after the pointer first comes in" the element snippet again with the mouse moved over the chart once it is ready (its after-ready column is the live chart), the others their library files and glue script:\n\n${weightTable(r, detail)}`,
    );
  }
  if (r.loads) {
    parts.push(
      `Loads, median of ${s.loads}, from navigation start: visible = the first frame with the chart on screen (a picture in the element or a drawn canvas; rAF + setTimeout 0), interactive = \`chronicle-ready\` for ours (it fires once the picture answers the pointer and the keyboard, or, where the picture cannot answer for the chart, once the live chart is drawn), the drawn frame for the others:\n\n${loadsTable(r)}`,
    );
  }
  if (r.redraw) {
    parts.push(
      `Redraw of an unchanged view of the small shape (party membership, two series), ${s.redraws} forced full redraws one per frame, each timed alone with performance.now() (ours \`controller.redraw()\`, uPlot \`redraw(true, true)\`, Chart.js \`update('none')\`); ${s.redraw_rounds ?? 1} rounds of them, the libraries taking turns, each on a fresh page, with a control taking its turn among them (no chart: a fixed amount of plain JavaScript arithmetic sized to take 0.5 ms at the median, timed the same way, so its p99 above 0.5 ms is what this machine adds to any work of that length); the figures are the round with the median p99, the max is the median of the rounds' maxima, and each round's p99 and max are shown with the share of this machine's CPU time its hypervisor took during it (steal time). The same ${s.redraws} again under a Chrome trace give each redraw's CPU time (the thread's own time in the frame callback, which no other process can inflate), the browser's own CPU time per frame outside the call (the renderer rasterising the frame's layers on the page's main thread, the display compositor drawing the frame in the GPU process: on a machine of few cores, work that competes with the page), the GCs, and for each redraw over 4 ms whether it spent most of its wall time off the CPU (the thread descheduled) or overlapped a GC:\n\n${redrawTable(r)}`,
    );
  }
  if (r.hover) {
    parts.push(
      `Hover: ${s.hovers} pointer moves across the plot, one per frame, each timed from the synthetic pointer event to the end of the frame work it scheduled (the browser's own style, layout and paint are in no one's number):\n\n${hoverTable(r)}`,
    );
  }
  if (r.large) {
    parts.push(
      `Large series, one series of daily points: first draw = from the call creating the chart to a frame after it (rAF + setTimeout 0), median of ${s.big_loads ?? 1} pages; redraw = median of their ${s.big_redraws} forced redraws each, one per frame. Chart.js with its decimation plugin (min-max), parsing off, normalized; uPlot and our typed path given Float64Arrays:\n\n${largeTable(r)}`,
    );
  }
  if (r.memory) parts.push(`Memory around 10,000 redraws of the small shape (after gc()):\n\n${memoryTable(r)}`);
  return parts.join('\n\n');
}
