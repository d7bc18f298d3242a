// Injected into every benchmark page before its own scripts (an init script, so the page's CSP
// does not apply). It watches the load the same way for every library, without knowing how any
// of them draws:
//  - visible: the first animation frame in which a chart is on screen: a picture (an <img> that
//    has decoded, an inline <svg>, or an undefined element's background picture that a
//    stylesheet gives it, decoded) at least 100×50 CSS px, in the document or in an open
//    shadow root, or a canvas of that size with any non-transparent pixel (seven one-pixel
//    columns are read; each crosses a line chart's line and gridlines), checked in each frame's
//    requestAnimationFrame callback. The time is performance.now() in a setTimeout 0 queued
//    from that callback (rAF + setTimeout 0: the frame presenting the chart has been produced),
//    from navigation start. Polling stops once something is visible.
//  - ready: the first `chronicle-ready` event (it bubbles and is composed, so it reaches window).
//  - live: the first `chronicle-live` event (the live chart drawn, after a reader's first use).
//  - cls: the sum of layout-shift entries without recent input (PerformanceObserver, buffered).
//  - resources(): the resource-timing names whose response had ended when `ready` fired, read
//    after the load (an entry reaches the timeline a little after its response ends, so a list
//    taken at `ready` could miss the last file needed, say a WebAssembly module compiled as it
//    streamed).
// It also wraps requestAnimationFrame so the hover benchmark can run the frame work a pointer
// move schedules synchronously (window.__rafCapture = [] collects callbacks instead of
// scheduling them); libraries that keep a reference to requestAnimationFrame keep the wrapper.
(() => {
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = function requestAnimationFrame(callback) {
    if (window.__rafCapture) {
      window.__rafCapture.push(callback);
      return 0;
    }
    return raf(callback);
  };

  const probe = { visible: null, how: null, ready: null, live: null, readies: 0, cls: 0, shifts: 0 };
  window.__probeResources = () =>
    probe.ready === null ? [] : performance.getEntriesByType('resource').filter((e) => e.responseEnd <= probe.ready).map((e) => e.name);
  window.__probe = probe;

  addEventListener(
    'chronicle-ready',
    () => {
      probe.readies += 1;
      if (probe.ready !== null) return;
      probe.ready = performance.now();
    },
    true,
  );

  addEventListener('chronicle-live', () => (probe.live ??= performance.now()), true);

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        probe.cls += e.value;
        probe.shifts += 1;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    probe.cls = null;
  }

  const decoded = new WeakSet();
  /** Background pictures by URL: true once decoded. */
  const backgrounds = new Map();
  const asked = new WeakSet();
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width < 100 || r.height < 50 || r.bottom <= 0 || r.top >= innerHeight) return false;
    return el.checkVisibility ? el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) : true;
  };
  const roots = () => {
    const out = [document];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) out.push(el.shadowRoot);
    return out;
  };
  // Seven one-pixel columns of `canvas` copied into a canvas of our own and read there: the
  // page's canvas is never asked for a context (asking would create one with our settings).
  const strip = document.createElement('canvas');
  const stripContext = strip.getContext('2d', { willReadFrequently: true });
  const hasPixels = (canvas) => {
    const { width, height } = canvas;
    if (!width || !height) return false;
    strip.width = 7;
    strip.height = height;
    for (let k = 1; k < 8; k += 1) stripContext.drawImage(canvas, Math.floor((width * k) / 8), 0, 1, height, k - 1, 0, 1, height);
    const { data } = stripContext.getImageData(0, 0, 7, height);
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
    return false;
  };
  const look = () => {
    for (const root of roots()) {
      for (const img of root.querySelectorAll('img')) {
        if (!asked.has(img)) {
          asked.add(img);
          img.decode().then(
            () => decoded.add(img),
            () => {},
          );
        }
        if (decoded.has(img) && img.complete && shown(img)) return 'picture';
      }
      for (const svg of root.querySelectorAll('svg')) if (!svg.parentElement?.closest('svg') && shown(svg)) return 'inline svg';
      // A picture a stylesheet shows as an element's background (one url()), decoded.
      for (const el of root.querySelectorAll(':not(:defined)')) {
        const url = /^url\("(.+)"\)$/.exec(getComputedStyle(el).backgroundImage)?.[1];
        if (!url || !shown(el)) continue;
        if (!backgrounds.has(url)) {
          const img = new Image();
          img.src = url;
          backgrounds.set(url, false);
          img.decode().then(
            () => backgrounds.set(url, true),
            () => {},
          );
        }
        if (backgrounds.get(url)) return 'stylesheet picture';
      }
      for (const canvas of root.querySelectorAll('canvas')) if (shown(canvas) && hasPixels(canvas)) return 'canvas';
    }
    return null;
  };
  const poll = () => {
    const how = document.documentElement ? look() : null;
    if (how) {
      // rAF + setTimeout 0: the frame that presents the chart has been produced.
      setTimeout(() => {
        probe.visible = performance.now();
        probe.how = how;
      }, 0);
      return;
    }
    raf(poll);
  };
  raf(poll);
})();
