// The reception desk's "came" count, kept current while several desks check people in. The page works without this:
// every check-in reloads it. Reads the attendance API (the secretariat's figures) every 20 seconds.
(function () {
  var target = document.getElementById("came-text");
  if (!target || !window.fetch) return;
  var url = "/api/v1/meetings/" + target.getAttribute("data-meeting") + "/attendance";
  function refresh() {
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        var text = data && data.figures && data.figures.came && data.figures.came.text;
        if (text && target.textContent !== text) target.textContent = text;
      })
      .catch(function () { /* offline for a moment: keep the last count */ });
  }
  setInterval(refresh, 20000);
})();
