// A challenge's solution panel (editorial and reference solution, or the offer to show them), rendered by the server
// at /questions/{slug}/solution?panel=true: loaded with the page, again when a submission is ACCEPTED (solve.js sends
// "pyprep:graded"), and after "Show solution" is confirmed.
(function () {
  "use strict";
  const box = document.getElementById("solution");
  if (!box) return;

  async function load(focus) {
    const response = await fetch(box.dataset.src, { credentials: "same-origin", headers: { "Accept": "text/html" } });
    if (!response.ok) return;
    box.innerHTML = await response.text(); // our own server-rendered fragment; Markdown already sanitised there
    wire();
    const heading = box.querySelector("h2");
    if (focus && heading) heading.focus();
  }

  function wire() {
    const form = box.querySelector("#reveal-form");
    if (!form) return;
    form.addEventListener("submit", async event => {
      event.preventDefault();
      const button = form.querySelector("button");
      button.disabled = true;
      try {
        // The form carries its CSRF token; the server records the reveal and answers with a redirect we do not need.
        await fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin" });
        await load(true);
      } finally {
        button.disabled = false;
      }
    });
  }

  document.addEventListener("pyprep:graded", event => {
    const s = event.detail;
    if (s && s.purpose === "SUBMIT" && s.verdict === "ACCEPTED") load(false);
  });
  load(false);
})();
