// Live reload for the preview server; injected into served pages, never into the baked site.
(function () {
  "use strict";
  var overlay = null;
  function show(text) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "news-portal-preview-problems";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2em;" +
        "background:rgba(20,20,20,.94);color:#fff;font:15px/1.7 monospace;white-space:pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "网站有问题，修好后本页会自动刷新：\n\n" + text;
  }
  var events = new EventSource("/__preview/events");
  events.addEventListener("reload", function () { location.reload(); });
  events.addEventListener("problems", function (e) { show(e.data); });
})();
