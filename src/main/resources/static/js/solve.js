// The solve page: CodeMirror editor, Run / Submit through the JSON API, polling for the verdict, history, drafts.
(function () {
  "use strict";
  const root = document.querySelector("main.question");
  const slug = root.dataset.slug;
  const versionId = Number(root.dataset.versionId);
  const draftKey = "pyprep:draft:" + slug + ":" + versionId;
  const csrfHeader = document.querySelector('meta[name="_csrf_header"]').content;
  const csrfToken = document.querySelector('meta[name="_csrf"]').content;
  const textarea = document.getElementById("code");
  const starter = textarea.value;
  const status = document.getElementById("status");
  const result = document.getElementById("result");
  const history = document.getElementById("history");
  const buttons = [document.getElementById("run"), document.getElementById("submit")];

  const saved = localStorage.getItem(draftKey);
  if (saved !== null) textarea.value = saved;
  const editor = window.CodeMirror ? CodeMirror.fromTextArea(textarea, {
    mode: "python", lineNumbers: true, indentUnit: 4, tabSize: 4, indentWithTabs: false, matchBrackets: true,
    extraKeys: { Tab: cm => cm.somethingSelected() ? cm.indentSelection("add") : cm.replaceSelection("    ", "end") }
  }) : null;
  const getCode = () => editor ? editor.getValue() : textarea.value;
  const setCode = code => editor ? editor.setValue(code) : (textarea.value = code);
  const saveDraft = () => localStorage.setItem(draftKey, getCode());
  if (editor) editor.on("change", saveDraft); else textarea.addEventListener("input", saveDraft);
  window.pyprepEditor = { getCode, setCode };

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => { if (v !== null && v !== undefined) e.setAttribute(k, v); });
    children.flat().forEach(c => e.append(c instanceof Node ? c : document.createTextNode(c == null ? "" : String(c))));
    return e;
  }
  const label = v => v ? v.replace(/_/g, " ").toLowerCase().replace(/^./, c => c.toUpperCase()) : "";

  async function api(method, url, body) {
    const headers = { "Accept": "application/json" };
    headers[csrfHeader] = csrfToken;
    if (body) headers["Content-Type"] = "application/json";
    const response = await fetch(url, { method, headers, body: body ? JSON.stringify(body) : undefined, credentials: "same-origin" });
    let data = null;
    try { data = await response.json(); } catch (e) { /* empty body */ }
    if (!response.ok) throw new Error((data && data.error) || ("The server answered " + response.status));
    return data;
  }

  function render(s) {
    result.replaceChildren();
    const verdict = s.status === "GRADED" ? s.verdict : s.status;
    result.append(el("p", { class: "verdict " + verdict, "data-verdict": verdict },
      s.status === "GRADED" ? label(s.verdict) : (s.status === "QUEUED"
        ? "Queued" + (s.queuePosition ? " (" + s.queuePosition + " ahead)" : "") + ": waiting for a grader"
        : "Running...")));
    if (s.status !== "GRADED") return;
    const summary = (s.purpose === "SUBMIT" ? "Score " + s.score + "%. " : "") + (s.message || "");
    result.append(el("p", { class: "muted" }, summary));
    if (!s.tests.length) return;
    const rows = s.tests.map(t => {
      const err = t.error ? t.error.type + ": " + t.error.message + (t.error.line ? " (line " + t.error.line + ")" : "") : "";
      if (t.visibility === "hidden") {
        return el("tr", { class: "hidden-test" }, el("td", {}, t.name + " #" + t.ordinal),
          el("td", { class: t.verdict === "ACCEPTED" ? "pass" : "fail" }, label(t.verdict)), el("td", { class: "muted" }, "\u2014"),
          el("td", { colspan: 4 }, ""));
      }
      return el("tr", { class: t.visibility + "-test" }, el("td", {}, t.name),
        el("td", { class: t.verdict === "ACCEPTED" ? "pass" : "fail" }, label(t.verdict)), el("td", {}, t.timeMs + " ms"),
        el("td", {}, el("pre", {}, t.input || "")), el("td", {}, el("pre", {}, t.expected == null ? "" : t.expected)),
        el("td", {}, el("pre", {}, t.actual == null ? err : t.actual)),
        el("td", {}, el("pre", {}, (t.stdout || "") + (t.stderr ? "\n[stderr]\n" + t.stderr : ""))));
    });
    result.append(el("table", { class: "tests" },
      el("thead", {}, el("tr", {}, ["Test", "Verdict", "Time", "Input", "Expected", "Got", "Printed"].map(h => el("th", {}, h)))),
      el("tbody", {}, rows)));
  }

  // Long poll: the server answers as soon as the verdict exists (or after 15 s with the current state).
  async function poll(id) {
    for (let i = 0; i < 120; i++) {
      const s = await api("GET", "/api/submissions/" + id + "?wait=15");
      render(s);
      if (s.status === "GRADED") return s;
    }
  }

  async function send(purpose) {
    buttons.forEach(b => b.disabled = true);
    status.textContent = purpose === "RUN" ? "Running sample tests..." : "Submitting...";
    try {
      const custom = document.getElementById("custom-input").value;
      const s = await api("POST", "/api/submissions", { questionVersionId: versionId, purpose, code: getCode(),
        customInput: purpose === "RUN" && custom.trim() ? custom : null });
      render(s);
      const graded = await poll(s.id);
      if (graded) document.dispatchEvent(new CustomEvent("pyprep:graded", { detail: graded }));
      status.textContent = "";
      loadHistory();
    } catch (e) {
      status.textContent = "";
      result.replaceChildren(el("p", { class: "notice error", role: "alert" }, e.message));
    } finally {
      buttons.forEach(b => b.disabled = false);
    }
  }

  async function loadHistory() {
    try {
      const items = await api("GET", "/api/questions/" + encodeURIComponent(slug) + "/submissions");
      history.replaceChildren(...(items.length ? items.map(h => {
        const use = el("button", { type: "button", class: "link" }, "Load this code into the editor");
        use.addEventListener("click", () => setCode(h.code));
        return el("details", { class: "history-item" },
          el("summary", {}, new Date(h.createdAt).toLocaleString() + " \u00b7 " + label(h.purpose) + " \u00b7 "
            + (h.status === "GRADED" ? label(h.verdict) + (h.purpose === "SUBMIT" ? " (" + h.score + "%)" : "") : label(h.status))),
          el("pre", {}, h.code), use);
      }) : [el("p", { class: "muted" }, "No submissions yet.")]));
    } catch (e) {
      history.replaceChildren(el("p", { class: "notice error" }, e.message));
    }
  }

  document.getElementById("run").addEventListener("click", () => send("RUN"));
  document.getElementById("submit").addEventListener("click", () => send("SUBMIT"));
  document.getElementById("reset").addEventListener("click", () => { setCode(starter); saveDraft(); });
  loadHistory();
})();
