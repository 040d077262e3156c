// The try-it page: paste an article or drop a .txt / article .json file, and see the reader
// of it beside what `qa-reader check` reports (sections, experts, what was removed and why),
// read from the reader's article JSON. Everything stays in the browser.
import { load } from './qa-reader-element.js';

const form = document.getElementById('try-form');
const textarea = document.getElementById('try-text');
const fileInput = document.getElementById('try-file');
const status = document.getElementById('try-status');
const errorBox = document.getElementById('try-error');
const readerSlot = document.getElementById('try-reader');
const findings = document.getElementById('try-findings');

let handle = null;
let generation = 0;

function showError(message) {
  errorBox.textContent = message;
  errorBox.hidden = !message;
}

const el = (tag, text, className) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

/** A titled list of lines, like one block of `qa-reader check`'s report. */
function list(title, items) {
  const block = document.createDocumentFragment();
  block.append(el('h3', `${title} (${items.length})`));
  if (items.length === 0) {
    block.append(el('p', 'none'));
    return block;
  }
  const ul = el('ul');
  for (const item of items) {
    const li = el('li');
    li.append(...(Array.isArray(item) ? item : [item]));
    ul.append(li);
  }
  block.append(ul);
  return block;
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

function showFindings(article) {
  const out = document.createDocumentFragment();
  const facts = el('ul');
  facts.append(el('li', `title: ${article.title ?? '(none)'}`));
  if (article.standfirst) facts.append(el('li', `standfirst: ${article.standfirst}`));
  facts.append(el('li', `source: ${article.source ?? '(none)'}`));
  out.append(facts);
  out.append(
    list(
      'sections',
      article.sections.map((s) => {
        const count = (kind) => s.blocks.filter((b) => b.kind === kind).length;
        return `${s.heading ?? '(intro)'} — ${plural(count('paragraph'), 'paragraph')}, ${plural(count('figure'), 'figure')}, ${plural(count('embed'), 'embed')}`;
      }),
    ),
  );
  out.append(
    list(
      'experts',
      (article.experts ?? []).map((e) => `${e.name} — ${e.role ?? 'no role given'} (${plural(e.paragraphs, 'paragraph')})`),
    ),
  );
  out.append(
    list(
      'removed',
      (article.removed ?? []).map((r) => {
        const text = r.text.length > 60 ? `${r.text.slice(0, 60)}…` : r.text;
        return [`line ${r.lines?.first ?? '?'}: `, el('span', r.reason, 'try-reason'), ` — ${text}`];
      }),
    ),
  );
  findings.replaceChildren(out);
}

/** Shows the reader of `source` (text or article JSON) and its findings. */
async function show(source, what) {
  const mine = ++generation;
  showError('');
  status.textContent = `Reading ${what}…`;
  handle?.destroy();
  handle = null;
  // A fresh host each time: a failed reader's box goes with it.
  const host = el('div');
  readerSlot.replaceChildren(host);
  try {
    const { mount } = await load();
    const mounted = await mount(host, source);
    if (mine !== generation) {
      mounted.destroy();
      return;
    }
    handle = mounted;
    const article = mounted.article();
    status.textContent = `${what}: ${plural(article.sections.length, 'section')}, ${plural(article.experts.length, 'expert')}, ${article.removed.length} removed.`;
    showFindings(article);
  } catch (error) {
    if (mine !== generation) return;
    status.textContent = '';
    showError(`${what} could not be shown (${error?.code ?? 'error'}): ${error?.message ?? error}`);
    findings.replaceChildren(el('p', 'Nothing to report.'));
  }
}

/** Reads a dropped or chosen file: article JSON (by name, type or a leading `{`) or text. */
async function showFile(file) {
  const text = await file.text();
  textarea.value = text;
  const json = /\.json$/i.test(file.name) || file.type.includes('json') || text.trimStart().startsWith('{');
  if (!json) return show(text, file.name);
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    generation += 1;
    status.textContent = '';
    showError(`${file.name} could not be shown (bad-json): it is not valid JSON (${error.message})`);
    return undefined;
  }
  return show(parsed, file.name);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = textarea.value;
  if (text.trimStart().startsWith('{')) {
    try {
      show(JSON.parse(text), 'the pasted JSON');
    } catch (error) {
      showError(`the pasted JSON could not be shown (bad-json): ${error.message}`);
    }
    return;
  }
  show(text, 'the pasted text');
});

fileInput.addEventListener('change', () => {
  const [file] = fileInput.files;
  if (file) showFile(file);
});

for (const type of ['dragenter', 'dragover']) {
  form.addEventListener(type, (event) => {
    event.preventDefault();
    form.classList.add('try-dragging');
  });
}
form.addEventListener('dragleave', () => form.classList.remove('try-dragging'));
form.addEventListener('drop', (event) => {
  event.preventDefault();
  form.classList.remove('try-dragging');
  const [file] = event.dataTransfer?.files ?? [];
  if (file) showFile(file);
});
