// Times are stored in UTC and written into pages as <time datetime="...Z" data-local>. This shows each in the
// viewer's own time zone (the UTC text stays for pages read without JavaScript, and in print).
(function () {
  "use strict";
  function localise(root) {
    (root || document).querySelectorAll("time[data-local][datetime]").forEach(function (el) {
      var d = new Date(el.getAttribute("datetime"));
      if (isNaN(d.getTime())) return;
      var style = el.getAttribute("data-local");
      var options = style === "date" ? { dateStyle: "medium" } : { dateStyle: "medium", timeStyle: "short" };
      el.textContent = new Intl.DateTimeFormat(undefined, options).format(d);
      el.title = d.toISOString().replace(".000Z", "Z") + " (UTC)";
    });
  }
  window.pyprepLocalTime = localise;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { localise(); });
  else localise();
})();
