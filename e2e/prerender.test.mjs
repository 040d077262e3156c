// End-to-end: readers prerendered by `qa-reader render`, as a whole page and as a fragment
// pasted into a host page, served with only the README's host files under the strict CSP.
// Without JavaScript the article reads whole and passes axe-core; with it, the wasm takes the
// markup over (the same paragraph nodes before and after), fetches and parses nothing, moves
// nothing on screen, and the reader then works as any other.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from './server.mjs';
import { launch, openPage, watch } from './browser.mjs';
import { hostFiles, readme } from './host-files.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const seed = join(root, 'seeds', 'aljazeera-eastern-stronghold-explainer.txt');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'";
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs the native tool (the release build the README's flows made). */
function qaReader(...args) {
  return execFileSync('cargo', ['run', '--quiet', '--release', '--', ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** The README's code block that follows `marker` (its first fenced block after it). */
function readmeBlock(marker) {
  const at = readme.indexOf(marker);
  assert.ok(at >= 0, `the README has ${marker}`);
  const block = readme.slice(at).match(/```(?:sh|html)\n([\s\S]*?)```/);
  assert.ok(block, `a code block follows ${marker}`);
  return block[1];
}

let site;
let kept;
let server;
let browser;

before(async () => {
  // The README's two flows, run as written from the checkout (they write site/ and
  // fragment.html there, which the test then moves away; a developer's own are kept aside
  // and put back).
  kept = mkdtempSync(join(tmpdir(), 'qa-reader-kept-'));
  for (const f of ['site', 'fragment.html']) {
    if (existsSync(join(root, f))) renameSync(join(root, f), join(kept, f));
  }
  for (const marker of ['**A static site**', '**A CMS fragment**']) {
    execFileSync('bash', ['-euo', 'pipefail', '-c', readmeBlock(marker)], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  site = mkdtempSync(join(tmpdir(), 'qa-reader-prerender-'));
  cpSync(join(root, 'site'), site, { recursive: true });
  rmSync(join(root, 'site'), { recursive: true, force: true });
  // The host files the README lists are exactly what the static site flow copied (plus the
  // demo page's stylesheet).
  assert.deepEqual(readdirSync(join(site, 'qa-reader')).sort(), [...hostFiles(), 'page.css'].sort());
  const fragment = readFileSync(join(root, 'fragment.html'), 'utf8');
  rmSync(join(root, 'fragment.html'));
  writeFileSync(
    join(site, 'cms.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title>
<link rel="icon" href="data:,"></head><body><main><h1>Our explainers</h1>
${fragment}</main></body></html>`,
  );
  // The same fragment as an older version would have stamped it.
  writeFileSync(
    join(site, 'old.html'),
    readFileSync(join(site, 'cms.html'), 'utf8').replace(/data-qar-version="[^"]+"/, 'data-qar-version="0.0.1"'),
  );
  server = await serve(site, { 'content-security-policy': CSP });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
  for (const f of ['site', 'fragment.html']) {
    if (kept && existsSync(join(kept, f))) {
      rmSync(join(root, f), { recursive: true, force: true });
      renameSync(join(kept, f), join(root, f));
    }
  }
  if (kept) rmSync(kept, { recursive: true, force: true });
});

/** A page of the site, recording errors, failed requests, CSP violations and every request. */
async function open(path, { javaScript = true, hold, without } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width: 1000, height: 900 } });
  const errors = [];
  const requested = await watch(context, errors);
  if (javaScript) {
    await context.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value))).observe({
        type: 'layout-shift',
        buffered: true,
      });
      window.readerEvents = [];
      for (const name of ['qa-reader:ready', 'qa-reader:expert', 'qa-reader:section', 'qa-reader:error']) {
        document.addEventListener(name, (e) => window.readerEvents.push({ name, detail: e.detail ?? null }));
      }
    });
  }
  if (without) await context.route(without, (route) => route.fulfill({ status: 404, body: 'not here' }));
  if (hold) await context.route('**/qa-reader*_bg.wasm', async (route) => (await hold, route.continue()));
  const page = await openPage(context, server.url + path, errors);
  return { page, errors, requested, close: () => context.close() };
}

const seedParagraphs = () => {
  const article = JSON.parse(qaReader('parse', seed));
  return article.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text));
};

for (const path of ['/explainer.html', '/cms.html']) {
  test(`without JavaScript, ${path} is the whole article, accessible, with no dead control`, async () => {
    const { page, errors, close } = await open(path, { javaScript: false });
    const reader = page.locator('qa-reader');
    await reader.locator('.qar-title').waitFor();
    assert.match(await reader.locator('.qar-title').innerText(), /Pokrovsk/);
    assert.equal(await reader.locator('.qar-heading:visible').count(), 4);
    // textContent: sections off screen skip layout (content-visibility), so innerText is empty.
    const shown = await reader.locator('.qar-paragraph:visible').allTextContents();
    assert.deepEqual(shown, seedParagraphs());
    // The quoted people as a plain list, with counts; nothing that looks pressable.
    assert.equal(await reader.locator('[role="listitem"].qar-chip:visible').count(), 5);
    assert.match(await reader.locator('.qar-chip:visible').first().innerText(), /paragraphs?/);
    assert.equal(await page.locator('button').count(), 0);
    assert.equal(await reader.locator('.qar-until-live:visible, .qar-chevron:visible').count(), 0);
    assert.equal(await reader.locator('.qar-evidence:visible').count(), 0);
    // The reader's stylesheet applied (linked, so the CSP allows it without the wasm).
    const radius = await reader.locator('.qar-chip').first().evaluate((el) => getComputedStyle(el).borderTopLeftRadius);
    assert.equal(radius, '6px');
    // A tall viewport, so that sections skipped off screen (content-visibility) are painted;
    // the e2e screenshot helper measures the page with a script, which cannot run here.
    await page.setViewportSize({ width: 1000, height: 4200 });
    await page.screenshot({ path: join(here, 'artifacts', `prerendered-nojs${path.replace(/\W+/g, '-')}.png`) });
    assert.deepEqual(errors, []);
    await close();
  });

  test(`${path} as its markup stands, before any code runs, passes axe-core`, async () => {
    // axe needs a script of its own, so the page runs with JavaScript on but the reader's
    // files refused: what the parser built from the markup alone is what is checked.
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, bypassCSP: true });
    await context.route(/\/qa-reader\/qa-reader(-element)?\.js$|\.wasm$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(server.url + path);
    await page.locator('qa-reader .qar-title').waitFor();
    assert.equal(await page.locator('qa-reader button').count(), 0);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () =>
      (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
    );
    assert.deepEqual(violations, []);
    await context.close();
  });
}

test('with JavaScript, the wasm takes the prerendered reader over node for node', async () => {
  let release;
  const hold = new Promise((r) => (release = r));
  const { page, errors, requested, close } = await open('/explainer.html#expert=nikolay-mitrokhin', { hold });
  const reader = page.locator('qa-reader');
  await reader.locator('.qar-paragraph').first().waitFor();
  // Before the wasm: the article is there, in the prerendered state.
  await page.evaluate(() => {
    const root = document.querySelector('qa-reader').shadowRoot;
    window.before = { paragraph: root.querySelector('.qar-paragraph'), title: root.querySelector('.qar-title') };
  });
  assert.equal(await page.locator('qa-reader button').count(), 0);
  release();
  await page.waitForFunction(() => window.readerEvents.some((e) => e.name === 'qa-reader:ready'));
  const same = await page.evaluate(() => {
    const root = document.querySelector('qa-reader').shadowRoot;
    return {
      paragraph: root.querySelector('.qar-paragraph') === window.before.paragraph,
      title: root.querySelector('.qar-title') === window.before.title,
    };
  });
  assert.deepEqual(same, { paragraph: true, title: true });
  // Live now: the hash's expert applied after taking over, buttons in place of text.
  assert.equal(await reader.locator('.qar-chip[aria-pressed="true"] .qar-chip-name').innerText(), 'Nikolay Mitrokhin');
  assert.equal(await reader.locator('.qar-paragraph:visible').count(), 4);
  assert.equal(await reader.locator('button.qar-toggle').count(), 4);
  // No fetch of the article and nothing but the host files.
  assert.deepEqual(
    [...new Set(requested)].sort(),
    ['/explainer.html', '/qa-reader/page.css', '/qa-reader/qa-reader-element.js', '/qa-reader/qa-reader-hydrate.js', '/qa-reader/qa-reader-hydrate_bg.wasm', '/qa-reader/qa-reader.css'],
  );
  // The filter, the accordion, the hash and the events work as on any reader.
  await reader.locator('.qar-chip-all').click();
  assert.equal(await reader.locator('.qar-paragraph:visible').count(), 35);
  await page.waitForFunction(() => location.hash === '');
  await reader.locator('button.qar-toggle').first().click();
  assert.equal(await reader.locator('button.qar-toggle').first().getAttribute('aria-expanded'), 'false');
  assert.equal(await reader.locator('.qar-panel[hidden]').count(), 1);
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#expert=nikolay-mitrokhin');
  await reader.locator('.qar-chip[aria-pressed="true"]').waitFor();
  const events = await page.evaluate(() => window.readerEvents.map((e) => e.name));
  assert.ok(events.includes('qa-reader:expert') && events.includes('qa-reader:section'), events.join());
  const handle = await page.evaluate(() => {
    const r = document.querySelector('qa-reader').reader;
    r.setExpert('volodymyr-fesenko');
    return { experts: r.article().experts.length };
  });
  assert.deepEqual(handle, { experts: 5 });
  assert.equal(await reader.locator('.qar-chip[aria-pressed="true"] .qar-chip-name').innerText(), 'Volodymyr Fesenko');
  assert.deepEqual(errors, []);
  await close();
});

test('taking over a prerendered reader shifts no layout', async () => {
  const { page, errors, close } = await open('/cms.html');
  await page.waitForFunction(() => window.readerEvents.some((e) => e.name === 'qa-reader:ready'));
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  const shifts = await page.evaluate(() => window.shifts);
  assert.deepEqual(shifts, [], 'layout-shift entries while the wasm took over');
  assert.equal(await page.locator('qa-reader button.qar-chip').count(), 6);
  assert.deepEqual(errors, []);
  await close();
});

test('markup of another version is mounted afresh from its JSON, not taken over', async () => {
  const { page, errors, requested, close } = await open('/old.html');
  await page.waitForFunction(() => window.readerEvents.some((e) => e.name === 'qa-reader:ready'));
  const reader = page.locator('qa-reader');
  assert.equal(await reader.locator('.qar-paragraph').count(), 35);
  assert.equal(await reader.locator('button.qar-toggle').count(), 4);
  // A fresh reader: its own stylesheet, no stale markup left, still no fetch of the article.
  assert.equal(await reader.locator('.qar-host').count(), 1);
  assert.ok(!requested.some((p) => p.endsWith('.txt')));
  await reader.locator('.qar-chip', { hasText: 'Pavel Lisyansky' }).click();
  assert.equal(await reader.locator('.qar-paragraph:visible').count(), 2);
  assert.deepEqual(errors, []);
  await close();
});

for (const missing of ['qa-reader-hydrate.js', 'qa-reader-hydrate_bg.wasm']) {
  test(`a host without ${missing} gets the prerendered reader mounted afresh by the lighter build`, async () => {
    const { page, errors, requested, close } = await open('/cms.html', { without: `**/${missing}` });
    await page.waitForFunction(() => window.readerEvents.some((e) => e.name === 'qa-reader:ready'));
    const reader = page.locator('qa-reader');
    // Mounted afresh: one reader box of its own, the prerendered one (stamped with its
    // prefix) gone; live.
    assert.equal(await reader.locator('.qar-host').count(), 1);
    assert.equal(await reader.locator('.qar-host[data-qar-prefix]').count(), 0);
    assert.equal(await reader.locator('.qar-paragraph').count(), 35);
    assert.equal(await reader.locator('button.qar-toggle').count(), 4);
    // The lighter build, and no fetch of the article.
    assert.ok(requested.includes('/qa-reader/qa-reader_bg.wasm'), requested.join());
    assert.ok(!requested.some((p) => p.endsWith('.txt')), requested.join());
    await reader.locator('.qar-chip', { hasText: 'Pavel Lisyansky' }).click();
    assert.equal(await reader.locator('.qar-paragraph:visible').count(), 2);
    // The one failed request is the missing file (and the browser's console line for it).
    const gone = (e) => e.includes(missing) || e.startsWith('console: Failed to load resource');
    assert.ok(errors.some(gone), errors.join());
    assert.deepEqual(errors.filter((e) => !gone(e)), []);
    await close();
  });
}
