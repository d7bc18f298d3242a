// The kiosk's service worker: after the first load the exhibit works with the network gone. It
// caches the build on install and answers from the cache first, keeping the cache fresh.
const CACHE = 'chronicle-kiosk-v1';
const FILES = [
  'kiosk.html',
  'kiosk.js',
  'kiosk.css',
  'chronicle.css',
  'chronicle.js',
  'interaction.js',
  'accessible.js',
  'panels.js',
  'favicon.svg',
  'pkg/chronicle_charts.js',
  'pkg/chronicle_charts_bg.wasm',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(event.request, { ignoreSearch: url.pathname.endsWith('.html') });
      const fresh = fetch(event.request)
        .then((response) => {
          if (response.ok) cache.put(event.request, response.clone());
          return response;
        })
        .catch(() => cached);
      return cached ?? fresh;
    }),
  );
});
