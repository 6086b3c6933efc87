/* stek serve: added to pages by the preview server only, never to built files.
   Reloads the page after a successful rebuild; after a failed one, shows the same problems
   as `stek check` over the last good page, until the file is fixed. */
(function () {
  "use strict";
  if (!window.EventSource) return;
  var seen = null;
  var overlay = null;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function stylesheet() {
    if (document.getElementById("stek-live-css")) return;
    var link = el("link");
    link.id = "stek-live-css";
    link.rel = "stylesheet";
    link.href = "/_stek/live-reload.css";
    document.head.appendChild(link);
  }

  function hide() {
    if (overlay) overlay.parentNode.removeChild(overlay);
    overlay = null;
  }

  function show(state) {
    stylesheet();
    hide();
    overlay = el("section", "stek-overlay");
    overlay.id = "stek-overlay";
    overlay.setAttribute("role", "alert");
    overlay.setAttribute("aria-labelledby", "stek-overlay-title");
    var title = el("h2", "stek-overlay-title",
      state.errors + (state.errors === 1 ? " error" : " errors") +
      ": the preview shows the last good build");
    title.id = "stek-overlay-title";
    overlay.appendChild(title);
    var list = el("ul", "stek-overlay-problems");
    state.problems.forEach(function (p) {
      var item = el("li", "stek-overlay-" + p.severity);
      item.appendChild(el("code", null, p.text));
      list.appendChild(item);
    });
    overlay.appendChild(list);
    overlay.appendChild(el("p", "stek-overlay-note",
      "Fix the file and save it: this page reloads by itself. Same messages as 'stek check'."));
    var close = el("button", "stek-overlay-close", "Hide");
    close.type = "button";
    close.addEventListener("click", hide);
    overlay.appendChild(close);
    document.body.appendChild(overlay);
  }

  var events = new EventSource("/_stek/events");
  events.addEventListener("build", function (e) {
    var state = JSON.parse(e.data);
    var first = seen === null;
    var changed = !first && state.generation !== seen;
    seen = state.generation;
    if (!state.ok) {
      show(state);
    } else if (changed) {
      window.location.reload();
    } else {
      hide();
    }
  });
})();
