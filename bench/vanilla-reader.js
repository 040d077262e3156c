// The reference for the browser bench: the reader written by hand in plain JavaScript, the way
// a page would without a framework. It reads the article JSON that `qa-reader parse` writes
// (so no parsing is timed, as in the wasm reader, whose parse happens before the clicks), and
// renders the same markup with the same stylesheet in a shadow root on #qa-reader: the title,
// the expert chips, expand/collapse all, sections whose header button opens its panel
// (`hidden="until-found"`), paragraphs with their quotes and evidence. A chip filters the way
// the reader does: the expert's sections open, other paragraphs, figures and embeds hide,
// quotes are marked, sections without the expert are muted, the chosen expert goes into the
// location hash as a new history entry, and "All" restores the sections as they were.
// bench/browser.mjs times the same clicks on both (issue 16). Not shipped.

const WORDS_PER_MINUTE = 230;
const minutes = (words) => Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
const words = (text) => text.split(/\s+/).filter(Boolean).length;

// The URL is written once the frame with the change is out, as the reader does
// (src/dom/mod.rs, write_hash): pushState costs milliseconds, and the frame need not wait.
function pushUrl(url) {
  requestAnimationFrame(() => setTimeout(() => history.pushState(null, '', url), 0));
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

const VIA = {
  name: 'named here',
  surname: 'named by surname',
  pronoun: 'a pronoun refers back',
  role: 'named by role',
  continuation: 'continues the quote before',
};
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A paragraph's text with its quote spans (UTF-8 byte offsets) wrapped in <mark>. */
function paragraphNode(p, expertIndex) {
  const node = el('p', 'qar-paragraph');
  for (const s of p.speakers) node.classList.add(`qar-by-${expertIndex.get(s)}`);
  const bytes = encoder.encode(p.text);
  const text = (a, b) => decoder.decode(bytes.subarray(a, b));
  let at = 0;
  for (const q of p.quotes) {
    if (q.start > at) node.append(text(at, q.start));
    node.append(el('mark', 'qar-quote', text(q.start, q.end)));
    at = q.end;
  }
  if (at < bytes.length) node.append(text(at));
  return node;
}
const paragraphs = (n) => `${n} paragraph${n === 1 ? '' : 's'}`;

export async function mountVanilla(host, url, stylesheetUrl) {
  const [article, css] = await Promise.all([
    fetch(url).then((r) => r.json()),
    fetch(stylesheetUrl).then((r) => r.text()),
  ]);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];

  const experts = article.experts;
  const expertIndex = new Map(experts.map((e, i) => [e.id, i]));
  const reader = el('article', 'qar-reader');
  const header = el('header', 'qar-header');
  header.append(el('h1', 'qar-title', article.title ?? 'Untitled article'));
  const roster = el('div', 'qar-roster');
  roster.setAttribute('role', 'group');
  const chip = (name, role, count) => {
    const b = el('button', 'qar-chip');
    b.type = 'button';
    b.setAttribute('aria-pressed', 'false');
    b.append(el('span', 'qar-chip-name', name));
    if (role) b.append(el('span', 'qar-chip-role', role));
    if (count !== undefined) b.append(el('span', 'qar-chip-count', paragraphs(count)));
    return b;
  };
  const all = chip('All');
  all.classList.add('qar-chip-all');
  all.setAttribute('aria-pressed', 'true');
  const chips = [all, ...experts.map((e) => chip(e.name, e.role, e.paragraphs))];
  roster.append(...chips);
  const toolbar = el('div', 'qar-toolbar');
  const expandAll = el('button', 'qar-button', 'Expand all');
  const collapseAll = el('button', 'qar-button', 'Collapse all');
  const readingTime = el('span', 'qar-reading-time');
  toolbar.append(expandAll, collapseAll, readingTime);
  const status = el('p', 'qar-visually-hidden');
  status.setAttribute('role', 'status');
  header.append(roster, toolbar, status);
  reader.append(header);

  // Per section: its element, header button and panel; per expert: words and sections.
  const sections = [];
  const expertWords = experts.map(() => 0);
  const expertSections = experts.map(() => new Set());
  // Paragraphs per expert per section, for the section lines a filter shows.
  const counts = experts.map(() => new Map());
  let articleWords = 0;
  article.sections.forEach((s, i) => {
    const section = el('section', 'qar-section');
    const body = i === 0 ? section : el('div', 'qar-panel');
    let sectionWords = 0;
    const speaking = [];
    for (const b of s.blocks) {
      if (b.kind === 'paragraph') {
        body.append(paragraphNode(b, expertIndex));
        const n = words(b.text);
        sectionWords += n;
        for (const id of b.speakers) {
          const e = expertIndex.get(id);
          expertWords[e] += n;
          expertSections[e].add(i);
          counts[e].set(i, (counts[e].get(i) ?? 0) + 1);
          section.classList.add(`qar-has-${e}`);
          if (!speaking.includes(e)) speaking.push(e);
        }
        for (const ev of b.evidence) {
          body.append(el('p', `qar-evidence qar-ev-${expertIndex.get(ev.speaker)}`, `“${ev.cue}” · ${VIA[ev.via] ?? ev.via}`));
        }
      } else if (b.kind === 'figure') {
        const fig = el('figure', 'qar-figure');
        const cap = el('figcaption', 'qar-caption', b.caption);
        if (b.credit) cap.append(el('span', 'qar-credit', b.credit));
        fig.append(cap);
        body.append(fig);
      } else {
        body.append(el('p', 'qar-embed', b.label));
      }
    }
    articleWords += sectionWords;
    if (i === 0) {
      section.classList.add('qar-intro');
      const note = el('p', 'qar-note');
      note.hidden = true;
      section.prepend(note);
      sections.push({ section, note });
    } else {
      const h2 = el('h2', 'qar-heading');
      const button = el('button', 'qar-toggle');
      button.type = 'button';
      button.setAttribute('aria-expanded', 'false');
      button.append(el('span', 'qar-toggle-text', s.heading ?? ''), el('span', 'qar-chevron'));
      h2.append(button);
      const names = speaking.map((e) => experts[e].name).join(', ');
      const line = `${names ? `Speaking: ${names} · ` : ''}${minutes(sectionWords)} min read`;
      const meta = el('p', 'qar-meta', line);
      body.setAttribute('role', 'region');
      body.setAttribute('hidden', 'until-found');
      section.append(h2, meta, body);
      sections.push({ section, button, panel: body, meta, line });
    }
    reader.append(section);
  });
  if (article.source) reader.append(el('footer', 'qar-source', `Source: ${article.source}`));
  readingTime.textContent = `${minutes(articleWords)} min read`;
  root.append(reader);

  // State: which sections are open, the chosen expert, and what was open before filtering.
  const open = sections.map((_, i) => i === 0);
  let chosen = null;
  let saved = null;
  const setOpen = (i, o) => {
    if (i === 0 || open[i] === o) return;
    open[i] = o;
    const s = sections[i];
    s.section.classList.toggle('qar-open', o);
    s.button.setAttribute('aria-expanded', String(o));
    if (o) s.panel.removeAttribute('hidden');
    else s.panel.setAttribute('hidden', 'until-found');
  };
  sections.forEach((s, i) => s.button?.addEventListener('click', () => setOpen(i, !open[i])));
  expandAll.addEventListener('click', () => sections.forEach((_, i) => setOpen(i, true)));
  collapseAll.addEventListener('click', () => sections.forEach((_, i) => setOpen(i, false)));

  // What the last filter changed, to undo it.
  const hidden = [];
  const marked = [];
  const muted = [];
  const filter = (e) => {
    if (e === chosen) return;
    chips.forEach((c, i) => c.setAttribute('aria-pressed', String(i === (e === null ? 0 : e + 1))));
    for (const node of hidden) node.style.display = '';
    for (const q of marked) q.style.background = q.style.padding = '';
    for (const t of muted) t.style.color = '';
    hidden.length = marked.length = muted.length = 0;
    sections.forEach((s, i) => {
      if (i === 0) {
        s.note.hidden = e === null || expertSections[e].has(0);
        if (!s.note.hidden) s.note.textContent = `No quotes from ${experts[e].name} in the introduction`;
      } else if (e === null) {
        s.meta.textContent = s.line;
      } else {
        const n = counts[e].get(i);
        s.meta.textContent = n ? paragraphs(n) : `No quotes from ${experts[e].name}`;
      }
    });
    if (e === null) {
      if (saved) saved.forEach((o, i) => setOpen(i, o));
      saved = null;
      status.textContent = '';
      readingTime.textContent = `${minutes(articleWords)} min read`;
      pushUrl(location.pathname + location.search);
    } else {
      if (saved === null) saved = [...open];
      sections.forEach((s, i) => {
        setOpen(i, expertSections[e].has(i));
        if (i > 0 && !expertSections[e].has(i)) {
          s.button.firstChild.style.color = 'var(--qar-i-muted)';
          muted.push(s.button.firstChild);
        }
      });
      for (const node of reader.querySelectorAll('.qar-paragraph, .qar-evidence, .qar-figure, .qar-embed')) {
        const keep = node.classList.contains(`qar-by-${e}`) || node.classList.contains(`qar-ev-${e}`);
        if (!keep) {
          node.style.display = 'none';
          hidden.push(node);
        } else if (node.classList.contains('qar-paragraph')) {
          for (const q of node.querySelectorAll('.qar-quote')) {
            q.style.background = 'var(--qar-i-quote-bg)';
            q.style.padding = '0 0.1em';
            marked.push(q);
          }
        }
      }
      status.textContent = `Showing ${paragraphs(experts[e].paragraphs)} from ${experts[e].name}`;
      readingTime.textContent = `${minutes(expertWords[e])} min read`;
      pushUrl(`#expert=${experts[e].id}`);
    }
    chosen = e;
  };
  chips.forEach((c, i) => c.addEventListener('click', () => filter(i === 0 ? null : i - 1)));
}

const host = document.getElementById('qa-reader');
mountVanilla(host, host.dataset.src, host.dataset.css).catch((error) => {
  host.textContent = `The reference reader could not start: ${error?.message ?? error}`;
});
