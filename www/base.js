// Where the widget's own files are (chronicle.css, pkg/, fallback/), for the element and for
// chronicle.js, bundled or not. In order: a chart's `base` attribute, else `ChronicleCharts.base`
// set by the page (read when a chart starts, so a bundle may set it beside its import), else the
// folder of this very file when it is served as itself, else the folder of the classic script
// running it (a single-file bundle); else the page's own folder. A relative base is read from the
// page's address; the first one named serves every module load of the page.

/** This file's folder, if this file is served as itself (not inside a bundle, not a file: URL of the build machine). */
function ownFolder() {
  try {
    const here = import.meta.url;
    const url = new URL(here);
    if (url.protocol !== location.protocol && !/^https?:$/.test(url.protocol)) return null;
    return url.pathname.endsWith('/base.js') ? new URL('./', here).href : null;
  } catch {
    return null; // no import.meta.url: an iife bundle
  }
}

const script = typeof document === 'object' ? document.currentScript : null;
const AUTOMATIC = ownFolder() ?? (script?.src ? new URL('./', script.src).href : null);
let named = null;

/** The folder a chart (or, without `element`, the page) takes the widget's files from, ending in `/`. */
export function baseOf(element = null) {
  const given = element?.getAttribute('base') || globalThis.ChronicleCharts?.base;
  if (given) {
    const url = new URL(String(given).replace(/\/?$/, '/'), document.baseURI).href;
    named ??= url;
    return url;
  }
  return named ?? AUTOMATIC ?? new URL('./', document.baseURI).href;
}

/** The URL of `path` (`pkg/chronicle_core_bg.wasm`) in the widget's folder for `element`. */
export function fileUrl(path, element = null) {
  return new URL(path, baseOf(element)).href;
}
