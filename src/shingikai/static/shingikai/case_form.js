// Refresh the review checklist beside the drafting form while the department types.
// Without JavaScript the checklist is still shown, computed when the page is saved.
(function () {
  "use strict";
  var form = document.getElementById("case-form");
  var target = document.getElementById("checklist");
  if (!form || !target || !window.fetch) { return; }
  var timer = null;
  var inFlight = null;

  function refresh() {
    var data = new FormData(form);
    if (inFlight) { inFlight.abort(); }
    inFlight = new AbortController();
    fetch(form.dataset.previewUrl, {
      method: "POST", body: data, credentials: "same-origin", signal: inFlight.signal,
      headers: {"X-Requested-With": "fetch"}
    }).then(function (response) {
      if (!response.ok) { throw new Error(response.status); }
      return response.text();
    }).then(function (html) {
      target.innerHTML = html;
      target.dataset.updated = String(Date.now());
    }).catch(function () { /* keep the last checklist; the save shows it again */ });
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 400);
  }

  form.addEventListener("input", later);
  form.addEventListener("change", later);
})();
