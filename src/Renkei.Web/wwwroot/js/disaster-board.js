// The coordination board refreshes itself every 60 s where scripts run: it fetches the page again and swaps the board
// section. Paused while the tab is hidden or a form field (or the board itself) has focus, so nothing moves under the
// reader. The page works without this: reloading it shows the same.
(function () {
  var board = document.getElementById("board"), time = document.getElementById("board-time"), note = document.getElementById("board-note");
  if (!board || !time || !note || !window.fetch || !window.DOMParser) return;
  var every = 60000, last = Date.now(), busy = false;
  function paused() {
    var a = document.activeElement;
    return document.hidden || (a && a !== document.body && (/^(INPUT|SELECT|TEXTAREA)$/.test(a.tagName) || a.isContentEditable || board.contains(a)));
  }
  function refresh() {
    if (busy || paused()) return;
    busy = true;
    fetch(location.href, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (r) { return r.ok && !r.redirected ? r.text() : null; })
      .then(function (html) {
        var doc = html && new DOMParser().parseFromString(html, "text/html");
        var fresh = doc && doc.getElementById("board"), freshTime = doc && doc.getElementById("board-time");
        if (!fresh || !freshTime || paused()) return;
        last = Date.now();
        time.textContent = freshTime.textContent;
        if (fresh.innerHTML === board.innerHTML) return;
        board.innerHTML = fresh.innerHTML;
        note.textContent = note.getAttribute("data-changed") + " " + freshTime.textContent;
      })
      .catch(function () { /* offline for a moment: keep what is shown and try again */ })
      .then(function () { busy = false; });
  }
  setInterval(function () { if (Date.now() - last >= every) refresh(); }, 5000);
  document.addEventListener("visibilitychange", function () { if (!document.hidden && Date.now() - last >= every) refresh(); });
})();
