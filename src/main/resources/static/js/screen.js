// The take page of a timed screen: countdown from the server's remaining seconds, autosave, Run / Submit.
(function () {
  "use strict";
  const root = document.querySelector("main.screen-take");
  const base = "/s/" + root.dataset.token;
  const sq = root.dataset.sq;
  const csrfHeader = document.querySelector('meta[name="_csrf_header"]').content;
  const csrfToken = document.querySelector('meta[name="_csrf"]').content;
  const saveStatus = document.getElementById("save-status");
  const errorBox = document.getElementById("take-error");

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
  }

  // Countdown: the server said how many seconds were left when it rendered the page; count down from there.
  const endsAt = Date.now() + Number(root.dataset.remaining) * 1000;
  const countdown = document.getElementById("countdown");
  function tick() {
    const left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    const h = Math.floor(left / 3600), m = Math.floor(left / 60) % 60, s = left % 60;
    countdown.textContent = (h ? h + ":" + String(m).padStart(2, "0") : m) + ":" + String(s).padStart(2, "0");
    countdown.classList.toggle("low", left < 300);
    if (left === 0) {
      clearInterval(timer);
      document.querySelectorAll("textarea, input, button").forEach(e => e.disabled = true);
      showError("Time is up. Your saved answers have been submitted.");
      setTimeout(() => { window.location.href = base; }, 2500);
    }
  }
  const timer = setInterval(tick, 1000);
  tick();

  async function post(url, body, json) {
    const headers = { "Accept": "application/json" };
    headers[csrfHeader] = csrfToken;
    headers["Content-Type"] = json ? "application/json" : "application/x-www-form-urlencoded";
    const response = await fetch(url, { method: "POST", headers, credentials: "same-origin", keepalive: true,
      body: json ? JSON.stringify(body) : new URLSearchParams(body) });
    let data = null;
    try { data = await response.json(); } catch (e) { /* empty */ }
    if (!response.ok) throw new Error((data && data.error) || ("The server answered " + response.status));
    return data;
  }

  // Autosave: each change is sent (debounced); the server commits it before answering "saved".
  let pending = null, timerId = null, inFlight = Promise.resolve();
  function save(value) {
    pending = value;
    clearTimeout(timerId);
    saveStatus.textContent = "Saving...";
    timerId = setTimeout(flush, 600);
  }
  function flush() {
    if (pending === null) return inFlight;
    const value = pending;
    pending = null;
    inFlight = inFlight.then(() => post(base + "/answers/" + sq, { answer: value }))
      .then(() => { saveStatus.textContent = "Saved"; saveStatus.dataset.saved = "true"; })
      .catch(e => { saveStatus.textContent = ""; showError(e.message); });
    return inFlight;
  }
  document.querySelectorAll(".autosave").forEach(e => {
    e.addEventListener(e.type === "radio" ? "change" : "input", () => save(e.value));
  });
  window.addEventListener("pagehide", flush);
  document.querySelectorAll(".take-nav a, .actions a").forEach(a => a.addEventListener("click", ev => {
    if (pending === null) return;
    ev.preventDefault();
    flush().then(() => { window.location.href = a.href; });
  }));
  const finish = document.getElementById("finish-form");
  finish.addEventListener("submit", ev => {
    ev.preventDefault();
    if (!window.confirm(document.getElementById("finish").dataset.confirm)) return;
    flush().then(() => finish.submit());
  });

  // Coding: CodeMirror, autosave of the code, Run against samples, Submit to the hidden tests.
  const textarea = document.getElementById("code");
  if (!textarea) return;
  const editor = window.CodeMirror ? CodeMirror.fromTextArea(textarea, {
    mode: "python", lineNumbers: true, indentUnit: 4, tabSize: 4, indentWithTabs: false, matchBrackets: true,
    extraKeys: { Tab: cm => cm.somethingSelected() ? cm.indentSelection("add") : cm.replaceSelection("    ", "end") }
  }) : null;
  const getCode = () => editor ? editor.getValue() : textarea.value;
  if (editor) editor.on("change", () => save(getCode())); else textarea.addEventListener("input", () => save(getCode()));
  const status = document.getElementById("status");
  const result = document.getElementById("result");
  const buttons = [document.getElementById("run"), document.getElementById("submit")];

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => { if (v !== null && v !== undefined) e.setAttribute(k, v); });
    children.flat().forEach(c => e.append(c instanceof Node ? c : document.createTextNode(c == null ? "" : String(c))));
    return e;
  }
  const label = v => v ? v.replace(/_/g, " ").toLowerCase().replace(/^./, c => c.toUpperCase()) : "";

  function render(s) {
    const verdict = s.status === "GRADED" ? s.verdict : s.status;
    result.replaceChildren(el("p", { class: "verdict " + verdict, "data-verdict": verdict },
      s.status === "GRADED" ? label(s.verdict) : (s.status === "QUEUED" ? "Queued: waiting for a grader" : "Running...")));
    if (s.status !== "GRADED") return;
    if (s.message) result.append(el("p", { class: "muted" }, s.message));
    const rows = s.tests.map(t => t.visibility === "hidden"
      ? el("tr", { class: "hidden-test" }, el("td", {}, "Hidden test"), el("td", { class: t.verdict === "ACCEPTED" ? "pass" : "fail" }, label(t.verdict)),
          el("td", { colspan: 3 }, ""))
      : el("tr", { class: t.visibility + "-test" }, el("td", {}, t.name), el("td", { class: t.verdict === "ACCEPTED" ? "pass" : "fail" }, label(t.verdict)),
          el("td", {}, el("pre", {}, t.input || "")), el("td", {}, el("pre", {}, t.expected == null ? "" : t.expected)),
          el("td", {}, el("pre", {}, (t.actual == null ? "" : t.actual) + (t.stdout ? "\n" + t.stdout : "") + (t.stderr ? "\n[stderr]\n" + t.stderr : "")))));
    if (rows.length) {
      result.append(el("table", { class: "tests" },
        el("thead", {}, el("tr", {}, ["Test", "Verdict", "Input", "Expected", "Got"].map(h => el("th", {}, h)))), el("tbody", {}, rows)));
    }
  }

  async function poll(id) {
    for (let i = 0; i < 120; i++) {
      const response = await fetch(base + "/submissions/" + id + "?wait=15", { headers: { "Accept": "application/json" }, credentials: "same-origin" });
      const s = await response.json();
      if (!response.ok) throw new Error(s.error || "The server answered " + response.status);
      render(s);
      if (s.status === "GRADED") return s;
    }
  }

  async function send(purpose) {
    buttons.forEach(b => b.disabled = true);
    status.textContent = purpose === "RUN" ? "Running sample tests..." : "Submitting...";
    clearTimeout(timerId);
    pending = null;
    try {
      const custom = document.getElementById("custom-input").value;
      const s = await post(base + "/questions/" + sq + "/" + purpose.toLowerCase(),
        { code: getCode(), customInput: purpose === "RUN" && custom.trim() ? custom : null }, true);
      saveStatus.textContent = "Saved";
      render(s);
      await poll(s.id);
    } catch (e) {
      result.replaceChildren(el("p", { class: "notice error", role: "alert" }, e.message));
    } finally {
      status.textContent = "";
      buttons.forEach(b => b.disabled = false);
    }
  }
  document.getElementById("run").addEventListener("click", () => send("RUN"));
  document.getElementById("submit").addEventListener("click", () => send("SUBMIT"));
})();
