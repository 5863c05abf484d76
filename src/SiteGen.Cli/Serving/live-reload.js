// Injected by 'sitegen serve' into every page it serves (never into output/): reloads the page after a rebuild
// and shows the errors of a failed one over the page, until a save fixes them.
(function () {
  "use strict";
  // A page's own elements can stand in for properties of document: <img name="body"> makes document.body that picture
  // (DOM clobbering), and the overlay would go inside it, unseen. So what the overlay needs from document is taken from
  // Document.prototype, which no element can replace, and the overlay is kept by reference, not looked up by its id.
  var doc = document;
  var page = Object.getOwnPropertyDescriptor(Document.prototype, "documentElement").get;
  var createElement = Document.prototype.createElement;
  var querySelector = Document.prototype.querySelector;
  var hasAttribute = Element.prototype.hasAttribute;
  function element(tag) { return createElement.call(doc, tag); }
  var overlay = null;

  function clear() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  // The errors come with the overlay's words (title, note, each severity's name) in the language serve speaks.
  function show(errors) {
    clear();
    var box = element("div");
    box.id = "sitegen-errors";
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);color:#fff;" +
      "font:15px/1.5 system-ui,sans-serif;padding:2rem";
    var title = element("h2");
    title.textContent = errors.title;
    title.style.cssText = "margin:0 0 .5rem;font-size:1.25rem;color:#ffb4a8";
    var note = element("p");
    note.textContent = errors.note;
    note.style.margin = "0 0 1rem";
    var list = element("ul");
    list.style.cssText = "list-style:none;margin:0;padding:0";
    errors.problems.forEach(function (p) {
      var item = element("li");
      item.className = "sitegen-error";
      item.style.cssText = "margin:0 0 .75rem;padding:.75rem;border-left:4px solid " + (p.severity === "error" ? "#ff6b57" : "#ffc857") +
        ";background:rgba(255,255,255,.06);white-space:pre-wrap";
      var where = element("code");
      where.className = "sitegen-error__where";
      where.textContent = p.file + (p.line > 0 ? ":" + p.line + (p.column > 0 ? ":" + p.column : "") : "");
      where.style.cssText = "display:block;font-weight:bold;color:#9fd3ff";
      var message = element("span");
      message.className = "sitegen-error__message";
      message.textContent = p.label + " " + p.code + ": " + p.message;
      item.appendChild(where);
      item.appendChild(message);
      list.appendChild(item);
    });
    box.appendChild(title);
    if (errors.note) box.appendChild(note);
    box.appendChild(list);
    // Into <html> itself, after <body>: fixed in place over the page all the same.
    page.call(doc).appendChild(box);
    overlay = box;
  }

  // The page serve shows while its first build runs asks to be reloaded once the site is built, even if that happened
  // before this connection was made.
  var waiting = hasAttribute.call(page.call(doc), "data-sitegen-waiting");
  var events = new EventSource("/__sitegen/events" + (waiting ? "?waiting" : ""));
  // The connection's state, for tools that wait until a page is listening: 0 connecting, 1 open, 2 closed.
  window.__sitegenLiveReload = 0;
  events.addEventListener("open", function () { window.__sitegenLiveReload = 1; });
  events.addEventListener("reload", function () { location.reload(); });
  // The search index is brought up to date a moment after the pages; only the search page shows it.
  events.addEventListener("search", function () {
    if (querySelector.call(doc, "[data-search-manifest]")) location.reload();
  });
  events.addEventListener("errors", function (e) { show(JSON.parse(e.data)); });
})();
