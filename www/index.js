// The demo page: mounts every element with a data-chart attribute. The controllers are kept on
// window.chronicle so a reader's console (and the browser tests) can reach them.
import { mountChart } from './chronicle.js';

const lang = new URLSearchParams(location.search).get('lang') ?? document.documentElement.lang;
const charts = {};
window.chronicle = { charts, ready: null };
window.chronicle.ready = Promise.all(
  [...document.querySelectorAll('[data-chart]')].map(async (el) => {
    charts[el.dataset.chart] = await mountChart(el, { chart: el.dataset.chart }, lang);
  }),
);
