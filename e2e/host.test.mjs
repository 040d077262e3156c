// End-to-end: the README's embedding section, followed literally. A fresh site is built from
// exactly the files the README lists (its host-files list, read by host-files.mjs) and the README's own
// snippets, served by a plain static server with the strict CSP, and mounted both ways.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from './server.mjs';
import { launch, openPage, watch } from './browser.mjs';
import { hostFiles, readme } from './host-files.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

/** The README embedding section's fenced code block of `lang` (the first one). */
function snippet(lang) {
  const section = readme.slice(readme.indexOf('## Embedding'));
  const block = section.match(new RegExp('```' + lang + '\\n([\\s\\S]*?)```'));
  assert.ok(block, `the README's embedding section has a ${lang} block`);
  return block[1];
}

/** The README's one-line alternative without the element module. */
function glueOnly() {
  const line = readme.match(/`(import init, \{ mount \} from '[^']+'; await init\(\);)`/);
  assert.ok(line, 'the README shows the glue-only import');
  return line[1];
}

const page = (body, script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,">
${script ? `<script type="module" src="${script}"></script>` : ''}</head>
<body><main>${body}</main></body></html>`;

let site;
let server;
let browser;

before(async () => {
  site = mkdtempSync(join(tmpdir(), 'qa-reader-host-'));
  mkdirSync(join(site, 'qa-reader'));
  mkdirSync(join(site, 'articles'));
  for (const f of hostFiles()) copyFileSync(join(dist, f), join(site, 'qa-reader', f));
  copyFileSync(join(here, 'fixtures', 'explainer.txt'), join(site, 'articles', 'explainer.txt'));
  writeFileSync(join(site, 'element.html'), page(snippet('html')));
  // The API snippet, then a line that hands its results to the test.
  writeFileSync(join(site, 'api.js'), `${snippet('js')}\nwindow.snippet = { mount, reader };\n`);
  writeFileSync(join(site, 'api.html'), page('<div id="explainer"></div>', 'api.js'));
  writeFileSync(
    join(site, 'glue.js'),
    `${glueOnly()}\nwindow.handle = await mount('#explainer', { url: '/articles/explainer.txt' });\n`,
  );
  writeFileSync(join(site, 'glue.html'), page('<div id="explainer"></div>', 'glue.js'));
  server = await serve(site, { 'content-security-policy': CSP });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

/** Opens a page of the fresh site, recording failed requests and CSP violations with errors. */
async function open(path, errors) {
  const context = await browser.newContext();
  const requested = await watch(context, errors);
  const p = await openPage(context, server.url + path, errors);
  return { page: p, requested, close: () => context.close() };
}

test('the README lists the files a host needs, and the release build has them', () => {
  const files = hostFiles();
  assert.deepEqual(files.sort(), ['qa-reader-element.js', 'qa-reader-hydrate.js', 'qa-reader-hydrate_bg.wasm', 'qa-reader-parse.wasm', 'qa-reader.css', 'qa-reader.js', 'qa-reader_bg.wasm']);
  // Neither glue imports anything (no snippets/ folder of inline JS).
  for (const name of ['qa-reader.js', 'qa-reader-hydrate.js']) {
    const glue = readFileSync(join(dist, name), 'utf8');
    const imports = [...glue.matchAll(/(?:import|from)\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
    assert.deepEqual(imports, [], `${name} imports ${imports.join(', ')}`);
  }
});

test('the README element snippet, on a site of only the listed files, shows a filtered reader', async () => {
  const errors = [];
  const { page, requested, close } = await open('/element.html', errors);
  const reader = page.locator('qa-reader');
  await reader.locator('.qar-reader h1').waitFor();
  assert.equal(await reader.locator('h1').innerText(), 'Will the old canal be drained this summer?');
  const pressed = await reader.locator('.qar-chip[aria-pressed="true"] .qar-chip-name').allInnerTexts();
  assert.deepEqual(pressed, ['Jane Doe'], 'expert="jane-doe" filters');
  const fetched = requested.filter((p) => p.startsWith('/qa-reader/')).map((p) => p.slice('/qa-reader/'.length));
  // Every listed file is used, but the stylesheet and the hydrating build, which only
  // prerendered readers use (e2e/prerender.test.mjs).
  const used = hostFiles().filter((f) => !f.endsWith('.css') && !f.includes('-hydrate'));
  assert.deepEqual([...new Set(fetched)].sort(), used.sort(), 'every listed file is used');
  assert.deepEqual(errors, []);
  await close();
});

test('the README API snippet runs as written, and the glue alone mounts too', async () => {
  const errors = [];
  const api = await open('/api.html', errors);
  await api.page.waitForFunction(() => window.snippet);
  // The snippet ends with destroy(): nothing of the reader is left, and the handle says so.
  const after = await api.page.evaluate(() => {
    let code = null;
    try {
      window.snippet.reader.article();
    } catch (e) {
      code = e.code;
    }
    return { code, left: document.getElementById('explainer').shadowRoot.childNodes.length };
  });
  assert.deepEqual(after, { code: 'destroyed', left: 0 });
  // The mount() it loaded reads the article the README names, with its experts.
  const experts = await api.page.evaluate(async () => {
    const handle = await window.snippet.mount('#explainer', { url: '/articles/explainer.txt' });
    return handle.article().experts.map((e) => e.id);
  });
  assert.deepEqual(experts, ['jane-doe', 'omar-field']);
  await api.close();

  const glue = await open('/glue.html', errors);
  await glue.page.waitForFunction(() => window.handle);
  const host = glue.page.locator('#explainer');
  assert.equal(await host.locator('h1').innerText(), 'Will the old canal be drained this summer?');
  await host.getByRole('button', { name: /^Omar Field/ }).click();
  assert.deepEqual(await host.locator('.qar-chip[aria-pressed="true"] .qar-chip-name').allInnerTexts(), ['Omar Field']);
  assert.deepEqual(errors, []);
  await glue.close();
});
