// Requests for help waiting on this device, shared by the /help page and its service worker.
// Each keeps its clientRequestId, so sending it again after a lost answer finds the first case.
(function (scope) {
  'use strict';
  var DB = 'unionhome-help', STORE = 'outbox', KEY = 'unionhome-help-outbox';

  function open() {
    return new Promise(function (resolve, reject) {
      var req = scope.indexedDB.open(DB, 1);
      req.onupgradeneeded = function () { req.result.createObjectStore(STORE, { keyPath: 'clientRequestId' }); };
      req.onsuccess = function () { resolve(req.result); };
      req.onerror = function () { reject(req.error); };
    });
  }

  function tx(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var t = db.transaction(STORE, mode), result = work(t.objectStore(STORE));
        t.oncomplete = function () { db.close(); resolve(result && 'result' in result ? result.result : undefined); };
        t.onerror = t.onabort = function () { db.close(); reject(t.error); };
      });
    });
  }

  // localStorage where IndexedDB is missing (some private modes); never in a worker.
  function local() { return JSON.parse(scope.localStorage.getItem(KEY) || '[]'); }
  function save(items) { scope.localStorage.setItem(KEY, JSON.stringify(items)); }
  var idb = !!scope.indexedDB;

  var queue = {
    all: function () {
      return idb ? tx('readonly', function (s) { return s.getAll(); }) : Promise.resolve(local());
    },
    put: function (item) {
      if (idb) { return tx('readwrite', function (s) { s.put(item); }); }
      save(local().filter(function (i) { return i.clientRequestId !== item.clientRequestId; }).concat([item]));
      return Promise.resolve();
    },
    remove: function (id) {
      if (idb) { return tx('readwrite', function (s) { s['delete'](id); }); }
      save(local().filter(function (i) { return i.clientRequestId !== id; }));
      return Promise.resolve();
    },
    // Sends the waiting requests of the member signed in now (a phone on a ship may be shared);
    // an accepted one is kept as sent (with its case) until the page has shown it.
    flush: function (owner) {
      return queue.all().then(function (items) {
        return items.filter(function (i) { return !i.state && i.owner === owner; }).reduce(function (done, item) {
          return done.then(function () { return send(item); });
        }, Promise.resolve());
      });
    }
  };

  function send(item) {
    return fetch('/api/v1/cases', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(item.request)
    }).then(function (res) {
      // 401 (signed out), 408, 429 and 5xx are worth another try later; other refusals will not change.
      if (res.status === 401 || res.status === 408 || res.status === 429 || res.status >= 500) { return; }
      return res.json().catch(function () { return {}; }).then(function (body) {
        item.state = res.ok ? 'sent' : 'failed';
        item.result = res.ok ? { id: body.id, number: body.number } : { detail: body.detail || body.title || String(res.status) };
        delete item.request.images;
        return queue.put(item);
      });
    }, function () { /* still offline: keep it */ });
  }

  scope.HelpQueue = queue;
})(self);
