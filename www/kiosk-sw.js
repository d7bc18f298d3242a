// The kiosk's service worker: after the first load the exhibit works with the network gone. It
// caches the build on install and answers from the cache first, keeping the cache fresh. The
// page registers it with the build's id (`kiosk-sw.js?build=…`), so a new build installs a new
// worker with its own cache and the old cache is deleted: an update reaches the kiosk.
const CACHE = `chronicle-kiosk-${new URL(self.location.href).searchParams.get('build') ?? 'dev'}`;
const FILES = [
  'kiosk.html',
  'kiosk.js',
  'kiosk.css',
  'chronicle.css',
  'chronicle.js',
  'errors.js',
  'base.js',
  'interaction.js',
  'accessible.js',
  'panels.js',
  'favicon.svg',
  'how-we-know.js',
  'pkg/chronicle_core.js',
  'pkg/chronicle_core_bg.wasm',
  'pkg/chronicle_charts.js',
  'pkg/chronicle_charts_bg.wasm',
  'pkg/charts/index.js',
  'pkg/charts/party-membership.js',
  'pkg/charts/repression.js',
  'pkg/charts/gulag.js',
  'pkg/build.js',
  'pkg/words.js',
];

/** The cache key of a request: query strings are the page's settings, not other files. */
const key = (url) => url.origin + url.pathname;

async function install() {
  const cache = await caches.open(CACHE);
  await cache.addAll(FILES);
  // Every language file the build has, for "How we know" offline.
  const codes = await (await fetch('pkg/lang/index.json')).json();
  await cache.addAll(codes.flatMap((c) => [`pkg/lang/${c}.json`, `pkg/lang/${c}.words`]));
}

self.addEventListener('install', (event) => {
  event.waitUntil(install().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  const old = caches.keys().then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))));
  event.waitUntil(old.then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(key(url));
      const fresh = fetch(event.request)
        .then((response) => {
          if (response.ok) cache.put(key(url), response.clone());
          return response;
        })
        .catch(() => cached);
      return cached ?? fresh;
    }),
  );
});
