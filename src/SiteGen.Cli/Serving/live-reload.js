// Injected by 'sitegen serve' into every page it serves (never into output/): reloads the page after a rebuild
// and shows the errors of a failed one over the page, until a save fixes them.
(function () {
  "use strict";
  var overlayId = "sitegen-errors";

  function clear() {
    var old = document.getElementById(overlayId);
    if (old) old.remove();
  }

  function show(problems) {
    clear();
    var box = document.createElement("div");
    box.id = overlayId;
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);color:#fff;" +
      "font:15px/1.5 system-ui,sans-serif;padding:2rem";
    var title = document.createElement("h2");
    title.textContent = "Situs belum bisa dibangun ulang — perbaiki kesalahan berikut, lalu simpan lagi";
    title.style.cssText = "margin:0 0 .5rem;font-size:1.25rem;color:#ffb4a8";
    var note = document.createElement("p");
    note.textContent = "Halaman di belakang ini adalah versi terakhir yang benar.";
    note.style.margin = "0 0 1rem";
    var list = document.createElement("ul");
    list.style.cssText = "list-style:none;margin:0;padding:0";
    problems.forEach(function (p) {
      var item = document.createElement("li");
      item.className = "sitegen-error";
      item.style.cssText = "margin:0 0 .75rem;padding:.75rem;border-left:4px solid " + (p.severity === "error" ? "#ff6b57" : "#ffc857") +
        ";background:rgba(255,255,255,.06);white-space:pre-wrap";
      var where = document.createElement("code");
      where.className = "sitegen-error__where";
      where.textContent = p.file + (p.line > 0 ? ":" + p.line + (p.column > 0 ? ":" + p.column : "") : "");
      where.style.cssText = "display:block;font-weight:bold;color:#9fd3ff";
      var message = document.createElement("span");
      message.className = "sitegen-error__message";
      message.textContent = p.severity + " " + p.code + ": " + p.message;
      item.appendChild(where);
      item.appendChild(message);
      list.appendChild(item);
    });
    box.appendChild(title);
    box.appendChild(note);
    box.appendChild(list);
    document.body.appendChild(box);
  }

  var events = new EventSource("/__sitegen/events");
  // The connection's state, for tools that wait until a page is listening: 0 connecting, 1 open, 2 closed.
  window.__sitegenLiveReload = 0;
  events.addEventListener("open", function () { window.__sitegenLiveReload = 1; });
  events.addEventListener("reload", function () { location.reload(); });
  // The search index is brought up to date a moment after the pages; only the search page shows it.
  events.addEventListener("search", function () {
    if (document.querySelector("[data-search-manifest]")) location.reload();
  });
  events.addEventListener("errors", function (e) { show(JSON.parse(e.data)); });
})();
