// Live reload for the preview server; injected into served pages, never into the baked site.
(function () {
  "use strict";
  // the page's own language decides, as the site's site.language decides every other message
  var zh = /^zh/i.test(document.documentElement.lang || "");
  var text = zh
    ? { problems: "网站有问题，修好后本页会自动刷新：\n\n", close: "关闭", warnings: "网站已生成，但有几处需要修改：\n" }
    : { problems: "The site has problems; this page reloads when they are fixed:\n\n", close: "Close",
        warnings: "The site was built, but a few things need fixing:\n" };
  var overlay = null;
  function show(lines) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "news-portal-preview-problems";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2em;" +
        "background:rgba(20,20,20,.94);color:#fff;font:15px/1.7 monospace;white-space:pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.textContent = text.problems + lines;
  }
  // what the build let through (a missing image, an unclosed tag): a strip along the bottom, not a stop
  function warn(lines) {
    var strip = document.createElement("div");
    strip.id = "news-portal-preview-warnings";
    strip.setAttribute("role", "status");
    strip.style.cssText = "position:fixed;left:0;right:0;bottom:0;z-index:2147483646;max-height:40vh;" +
      "overflow:auto;padding:.75em 1em;background:#fff4d6;color:#3d2e00;border-top:2px solid #c98a00;" +
      "font:14px/1.6 monospace;white-space:pre-wrap";
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = text.close;
    close.style.cssText = "float:right;margin-left:1em;font:inherit";
    close.addEventListener("click", function () { strip.remove(); });
    strip.appendChild(close);
    strip.appendChild(document.createTextNode(text.warnings + lines));
    document.body.appendChild(strip);
  }
  var events = new EventSource("/__preview/events");
  events.addEventListener("reload", function () { location.reload(); });
  events.addEventListener("problems", function (e) { show(e.data); });
  events.addEventListener("warnings", function (e) {
    if (!document.getElementById("news-portal-preview-warnings")) { warn(e.data); }
  });
})();
