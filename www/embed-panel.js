// The demo page's Embed panel: writes the two snippets (element and iframe) for the chosen
// chart, theme and language, and downloads the chosen chart as PNG (2×), SVG or CSV.
import { download } from './download.js';

/** Fills the panel in `form`'s section; `charts` maps chart ids to mounted controllers. */
export function wireEmbedPanel(form, charts) {
  const base = new URL('.', location.href).href;
  const element = document.getElementById('snippet-element');
  const iframe = document.getElementById('snippet-iframe');
  const write = () => {
    const { chart, theme, lang } = Object.fromEntries(new FormData(form));
    element.value =
      `<link rel="stylesheet" href="${base}chronicle.css">\n` +
      `<script type="module" src="${base}chronicle-chart.js"></script>\n` +
      `<chronicle-chart chart="${chart}" theme="${theme}" lang="${lang}"></chronicle-chart>`;
    const src = `${base}embed.html?chart=${chart}&theme=${theme}&lang=${lang}`;
    iframe.value =
      `<iframe src="${src}" data-chronicle title="${chart}" width="100%" height="560" loading="lazy"></iframe>\n` +
      `<script src="${base}embed-host.js" async></script>`;
  };
  form.addEventListener('change', write);
  write();
  form.closest('section').addEventListener('click', async (e) => {
    const button = e.target.closest('button[data-download]');
    if (!button) return;
    const chart = new FormData(form).get('chart');
    const controller = charts[chart];
    if (!controller) return;
    const kind = button.dataset.download;
    if (kind === 'png') download(`${chart}.png`, await controller.toPNG());
    if (kind === 'svg') download(`${chart}.svg`, new Blob([await controller.toSVG()], { type: 'image/svg+xml' }));
    if (kind === 'csv') download(`${chart}.csv`, new Blob([await controller.toCSV()], { type: 'text/csv' }));
  });
}
