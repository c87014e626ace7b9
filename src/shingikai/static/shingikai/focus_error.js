// A form sent back with errors puts the keyboard and the screen reader on the first field in error (WCAG 3.3.1),
// or, when the page only carries an error message (a redirect after a refused action), on that message: without
// this the focus starts again at the top of the page and the error is found only by reading it all.
(function () {
  "use strict";
  if (document.querySelector("[autofocus]") || window.location.hash) { return; }
  var main = document.getElementById("main");
  if (!main) { return; }
  var target = main.querySelector("[aria-invalid='true']:not([type=hidden])") ||
               main.querySelector(".messages .notice-error, form .notice-error");
  if (!target) { return; }
  if (!target.matches("input, select, textarea, button, a[href]")) { target.setAttribute("tabindex", "-1"); }
  target.focus();
})();
