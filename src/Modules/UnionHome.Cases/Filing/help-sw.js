// Service worker of /help: the page opens from the cache at sea, and waiting requests go out on background sync.
importScripts('/_content/UnionHome.Cases/help-queue.js');
var CACHE = 'unionhome-help-v1';

self.addEventListener('install', function () { self.skipWaiting(); });
self.addEventListener('activate', function (event) { event.waitUntil(self.clients.claim()); });

self.addEventListener('fetch', function (event) {
  var request = event.request, url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.indexOf('/api/') === 0) { return; }
  // Network first, so a member online always sees the current page; the cache only when the link is down.
  event.respondWith(fetch(request).then(function (response) {
    if (response.ok && !response.redirected && response.type === 'basic') {
      var copy = response.clone();
      caches.open(CACHE).then(function (c) { return c.put(request, copy); });
    }
    return response;
  }, function () {
    return caches.match(request, { ignoreSearch: true }).then(function (hit) { return hit || Response.error(); });
  }));
});

self.addEventListener('sync', function (event) {
  if (event.tag === 'help-outbox') {
    // Only whoever is signed in now sends their own requests.
    event.waitUntil(fetch('/api/v1/me', { credentials: 'same-origin' }).then(function (res) {
      return res.ok ? res.json().then(function (me) { return self.HelpQueue.flush(me.userId); }) : null;
    }).then(function () {
      return self.clients.matchAll().then(function (all) { all.forEach(function (c) { c.postMessage('help-outbox'); }); });
    }));
  }
});
