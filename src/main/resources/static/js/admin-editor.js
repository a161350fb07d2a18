// The question editor: CodeMirror (YAML) on the question file, a live server-rendered preview (debounced), the parse
// error's line marked in the editor, and the validation panel refreshed until its job is done.
(function () {
  const textarea = document.getElementById('yaml');
  const preview = document.getElementById('preview');
  const slug = document.getElementById('slug');
  const csrfToken = document.querySelector('meta[name="_csrf"]');
  const csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  if (!textarea || !preview) return;

  const editor = window.CodeMirror ? CodeMirror.fromTextArea(textarea, {
    mode: 'yaml', lineNumbers: true, indentUnit: 2, tabSize: 2, lineWrapping: true,
    extraKeys: { Tab: cm => cm.replaceSelection('  ') }
  }) : null;
  let marked = null;

  function markError() {
    if (!editor) return;
    if (marked !== null) editor.removeLineClass(marked, 'background', 'yaml-error-line');
    marked = null;
    const box = preview.querySelector('[data-error-line]');
    const line = box ? parseInt(box.getAttribute('data-error-line'), 10) : NaN;
    if (!isNaN(line) && line > 0) {
      marked = line - 1;
      editor.addLineClass(marked, 'background', 'yaml-error-line');
    }
  }

  let timer = null;
  let sequence = 0;
  function refresh() {
    const body = new URLSearchParams();
    body.set('slug', slug ? slug.value : '');
    body.set('yaml', editor ? editor.getValue() : textarea.value);
    const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (csrfToken && csrfHeader) headers[csrfHeader.content] = csrfToken.content;
    const mine = ++sequence;
    fetch(preview.dataset.url, { method: 'POST', headers, body, credentials: 'same-origin' })
      .then(r => r.ok ? r.text() : Promise.reject(r.status))
      .then(html => {
        if (mine !== sequence) return; // an older answer arriving late
        preview.innerHTML = html;
        markError();
      })
      .catch(() => {});
  }
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(refresh, 400);
  }
  if (editor) editor.on('change', schedule); else textarea.addEventListener('input', schedule);
  if (slug) slug.addEventListener('input', schedule);
  markError();

  function poll() {
    const panel = document.getElementById('validation');
    if (!panel || panel.dataset.status === 'DONE') return;
    fetch(panel.dataset.url, { credentials: 'same-origin' })
      .then(r => r.ok ? r.text() : Promise.reject(r.status))
      .then(html => {
        const holder = document.createElement('div');
        holder.innerHTML = html;
        const fresh = holder.querySelector('#validation');
        if (fresh) {
          panel.replaceWith(fresh);
          if (fresh.dataset.status === 'DONE') {
            // the draft's state and the publish button depend on the result: reload once
            window.location.reload();
            return;
          }
        }
        setTimeout(poll, 1000);
      })
      .catch(() => setTimeout(poll, 3000));
  }
  setTimeout(poll, 1000);
})();
