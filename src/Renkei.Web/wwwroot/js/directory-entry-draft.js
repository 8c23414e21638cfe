// The directory entry form without losing work: the browser keeps a copy of the form on every change
// (per year, association and person), forgets it after a successful save, and when the page shows
// something else (the session expired and the save never arrived) offers to bring it back. Restoring
// posts the copy to the server, which shows it in the form again without saving, so rows that were
// added come back too. The form works without this script; it only adds the safety net.
(function () {
  'use strict';
  // After a refused save, the message comes first: take the reader (and a screen reader) to it.
  var message = document.getElementById('conflict') || document.getElementById('error-summary');
  if (message) message.focus();

  var form = document.getElementById('entry-form');
  var banner = document.getElementById('draft-restore');
  if (!form || !banner) return;
  var key = form.getAttribute('data-draft-key');
  var storage;
  try { storage = window.localStorage; storage.getItem(key); } catch (e) { return; }

  // The token belongs to the page; the stamp is compared, not typed; buttons are not input.
  var ignored = { '__RequestVerificationToken': true, 'command': true, 'Input.ConcurrencyStamp': true };

  function pairs() {
    var out = [];
    new FormData(form).forEach(function (value, name) {
      if (typeof value === 'string' && name !== '__RequestVerificationToken' && name !== 'command') out.push([name, value]);
    });
    return out;
  }

  // What a person typed, ignoring empty fields (a blank row is not input) and the stamp.
  function signature(list) {
    return list.filter(function (p) { return !ignored[p[0]] && p[1].trim() !== ''; })
      .map(function (p) { return p[0] + '=' + p[1]; }).sort().join('\n');
  }

  function read() {
    try { return JSON.parse(storage.getItem(key) || 'null'); } catch (e) { return null; }
  }

  function write() {
    try { storage.setItem(key, JSON.stringify({ savedAt: Date.now(), pairs: pairs() })); } catch (e) { /* full or disabled: the form still works */ }
  }

  function forget() {
    try { storage.removeItem(key); } catch (e) { /* nothing to do */ }
  }

  function restore(copy) {
    var post = document.createElement('form');
    post.method = 'post';
    post.action = form.getAttribute('action');
    post.hidden = true;
    function add(name, value) {
      var input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      input.value = value;
      post.appendChild(input);
    }
    copy.pairs.forEach(function (p) { add(p[0], p[1]); });
    // Today's token: the copy's was for the session that expired.
    var token = form.querySelector('input[name="__RequestVerificationToken"]');
    if (token) add(token.name, token.value);
    add('command', 'refresh');
    document.body.appendChild(post);
    post.submit();
  }

  if (form.getAttribute('data-draft-saved') === 'true') {
    forget();
  } else {
    var copy = read();
    if (copy && copy.pairs && signature(copy.pairs) !== signature(pairs())) {
      var time = banner.querySelector('[data-draft-time]');
      if (time && copy.savedAt) time.textContent = '(' + new Date(copy.savedAt).toLocaleString(document.documentElement.lang || undefined) + ')';
      banner.hidden = false;
      banner.querySelector('[data-draft-restore]').addEventListener('click', function () { restore(copy); });
      banner.querySelector('[data-draft-discard]').addEventListener('click', function () {
        forget();
        banner.hidden = true;
        var main = document.getElementById('main');
        if (main) main.focus();
      });
    }
  }

  form.addEventListener('input', write);
  form.addEventListener('change', write);

  // The staff total follows the five counts as they are typed (the server shows it on every load).
  var total = document.getElementById('staff-total');
  if (total) {
    var counts = ['seconded', 'regular', 'partTime', 'contract', 'temporary'].map(function (k) { return document.getElementById('f-staff-' + k); });
    form.addEventListener('input', function () {
      var sum = 0;
      counts.forEach(function (input) {
        if (!input) return;
        var n = parseInt(input.value.normalize('NFKC').replace(/[,\s人名]/g, ''), 10);
        if (n > 0) sum += n;
      });
      total.textContent = String(sum);
    });
  }
})();
