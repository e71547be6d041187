// Enhances the /help form: the request is kept on the device before it is sent, and sent again when the link returns.
(function () {
  'use strict';
  var form = document.getElementById('help-form');
  if (!form || !window.HelpQueue || !window.fetch || !window.Promise) { return; }
  var outbox = document.getElementById('help-outbox'), sent = document.getElementById('help-sent');
  var text = form.dataset, sending = false, again = false, shown = {};

  function id() {
    return window.crypto && crypto.randomUUID ? crypto.randomUUID() : form.elements.RequestId.value + '-' + Date.now();
  }

  function value(name) { var v = form.elements[name].value.trim(); return v || undefined; }

  function readImages() {
    var files = Array.prototype.slice.call(form.elements.Photos.files || [], 0, 5);
    return Promise.all(files.map(function (file) {
      return new Promise(function (resolve, reject) {
        var reader = new FileReader();
        reader.onload = function () { resolve({ data: reader.result }); };
        reader.onerror = function () { reject(reader.error); };
        reader.readAsDataURL(file);
      });
    }));
  }

  function collect() {
    return readImages().then(function (images) {
      var lat = value('Lat'), lng = value('Lng'), name = value('BehalfName'), relationship = value('BehalfRelationship'), key = id();
      return {
        clientRequestId: key, owner: text.owner, createdAt: new Date().toISOString(),
        request: {
          clientRequestId: key, category: value('Category'), urgency: value('Urgency'), description: value('Description'),
          onBehalfOf: name || relationship ? { name: name, relationship: relationship } : undefined,
          location: lat && lng ? { lat: +lat, lng: +lng, datum: 'wgs84' } : undefined,
          shipName: value('ShipName'), voyage: value('Voyage'), images: images
        }
      };
    });
  }

  function line(list, label, detail) {
    var li = document.createElement('li');
    var strong = document.createElement('strong');
    strong.textContent = label;
    li.appendChild(strong);
    li.appendChild(document.createTextNode(' · ' + detail));
    list.appendChild(li);
    return li;
  }

  function render() {
    return HelpQueue.all().then(function (items) {
      var waiting = outbox.querySelector('ul');
      waiting.textContent = '';
      items.filter(function (item) { return item.owner === text.owner; }).forEach(function (item) {
        var summary = item.request.description.slice(0, 40);
        if (!item.state) {
          line(waiting, text.pending, summary).className = 'pending';
          return;
        }
        // Two renders can overlap (the online event and the worker's sync): show each outcome once.
        HelpQueue.remove(item.clientRequestId);
        if (shown[item.clientRequestId]) { return; }
        shown[item.clientRequestId] = true;
        if (item.state === 'sent') {
          var li = line(sent.querySelector('ul'), text.sent, item.result.number + ' · ' + summary);
          li.className = 'sent';
          li.dataset.caseId = item.result.id;
          sent.hidden = false;
        } else {
          line(sent.querySelector('ul'), text.failed, item.result.detail + ' · ' + summary).className = 'failed';
          sent.hidden = false;
        }
      });
      outbox.hidden = !waiting.children.length;
    });
  }

  function flush() {
    if (sending) { again = true; return Promise.resolve(); }
    sending = true;
    again = false;
    return HelpQueue.flush(text.owner).then(render, render).then(function () {
      sending = false;
      if (again) { return flush(); }
    }, function () { sending = false; });
  }

  function syncLater() {
    if (navigator.serviceWorker && window.SyncManager) {
      navigator.serviceWorker.ready.then(function (reg) { return reg.sync.register('help-outbox'); }).catch(function () { });
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    collect().then(function (item) {
      return HelpQueue.put(item).then(function () {
        form.reset();
        return render();
      });
    }).then(function () {
      syncLater();
      return flush();
    }, function () { form.submit(); });
  });

  var locate = document.getElementById('help-locate');
  if (navigator.geolocation) {
    locate.hidden = false;
    locate.addEventListener('click', function () {
      // The Geolocation API gives WGS-84, which is what the server stores.
      navigator.geolocation.getCurrentPosition(function (p) {
        form.elements.Lat.value = p.coords.latitude;
        form.elements.Lng.value = p.coords.longitude;
        locate.textContent = text.located;
      }, function () { }, { enableHighAccuracy: true, timeout: 30000, maximumAge: 600000 });
    });
  }

  window.addEventListener('online', flush);
  if (navigator.serviceWorker) {
    navigator.serviceWorker.addEventListener('message', function (e) { if (e.data === 'help-outbox') { render(); } });
    navigator.serviceWorker.register('/help/worker', { scope: '/help' }).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function () {
      // Keep this page and what it loads, so it opens without a connection.
      var urls = [location.pathname].concat(Array.prototype.map.call(
        document.querySelectorAll('script[src], link[rel=stylesheet]'), function (e) { return e.src || e.href; }));
      return caches.open('unionhome-help-v1').then(function (c) { return c.addAll(urls); });
    }).then(function () { document.documentElement.dataset.offlineReady = 'true'; }, function () { });
  }
  render().then(flush);
})();
