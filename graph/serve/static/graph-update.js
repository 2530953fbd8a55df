/* An open page notices a newer graph (walkthrough 24, finding 17): every data-every seconds while the tab is
   shown, and when it is shown or focused again, it asks the server (same origin, data-check) for the stamp of the
   graph served now; when that differs from the page's own (data-stamp), the notice "De graaf is bijgewerkt (…) —
   pagina vernieuwen" appears. A hidden tab asks nothing; after the notice nothing is asked any more. */
(function () {
  "use strict";
  var note = document.getElementById("graph-update");
  if (!note || !window.fetch) { return; }
  var stamp = note.getAttribute("data-stamp");
  var url = note.getAttribute("data-check");
  var every = (Number(note.getAttribute("data-every")) || 30) * 1000;
  var timer = null;
  var busy = false;

  function stop() {
    if (timer !== null) { clearInterval(timer); timer = null; }
  }
  function start() {
    if (timer === null && note.hidden) { timer = setInterval(check, every); }
  }
  function check() {
    if (document.hidden || busy || !note.hidden) { return; }
    busy = true;
    fetch(url, {cache: "no-store", credentials: "same-origin", headers: {"Accept": "application/json"}})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (found) {
        if (found && found.stamp && found.stamp !== stamp) {
          note.querySelector("[data-built]").textContent = found.built_shown || found.built || "";
          note.hidden = false;
          stop();
        }
      })
      .catch(function () { /* the server is away for a moment: ask again later */ })
      .then(function () { busy = false; });
  }
  document.addEventListener("visibilitychange", function () {
    if (document.hidden) { stop(); } else { check(); start(); }
  });
  window.addEventListener("focus", check);
  if (!document.hidden) { start(); }
})();
