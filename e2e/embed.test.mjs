// End-to-end: two readers embedded in a host page with hostile CSS (dist/embed/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from './server.mjs';
import { launch, openPage, screenshotWhole } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');
const artifacts = join(here, 'artifacts');

let server;
let browser;

before(async () => {
  server = await serve(dist);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the example page and waits for both readers. */
async function openExample(errors) {
  const page = await openPage(browser, server.url + '/embed/', errors);
  await page.locator('#reader-seed .qar-reader h1').waitFor();
  await page.locator('#reader-element .qar-reader h1').waitFor();
  return page;
}

const pressed = (page, reader) =>
  page.locator(`${reader} .qar-chip`).evaluateAll((chips) =>
    chips.filter((c) => c.getAttribute('aria-pressed') === 'true').map((c) => c.querySelector('.qar-chip-name').textContent),
  );

test('the example page shows both readers, and filtering one leaves the other alone', async () => {
  const errors = [];
  const page = await openExample(errors);
  assert.match(await page.locator('#reader-seed h1').innerText(), /inevitable\?$/);
  assert.equal(await page.locator('#reader-element h1').innerText(), 'Will the harbour bridge reopen before winter?');
  const second = await page.locator('#reader-element .qar-chip-name').allInnerTexts();
  assert.deepEqual(second, ['All', 'Hana Ilves', 'Marco Tellier', 'Ruth Okafor']);

  await page.locator('#reader-seed').getByRole('button', { name: /^Nikolay Mitrokhin/ }).click();
  assert.deepEqual(await pressed(page, '#reader-seed'), ['Nikolay Mitrokhin']);
  assert.deepEqual(await pressed(page, '#reader-element'), ['All']);
  assert.equal(await page.locator('#reader-element .qar-paragraph:visible').count() > 2, true);
  // A reader that keeps the hash writes it after the next frame (dom::write_hash): wait
  // for that before looking.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(() => setTimeout(ok, 0), 0))));
  assert.equal(new URL(page.url()).hash, '', 'embedded readers leave the hash alone');
  await screenshotWhole(page, join(artifacts, 'embed.png'));
  assert.deepEqual(errors, []);
});

test('host CSS does not restyle the readers, and reader CSS does not restyle the host', async () => {
  const errors = [];
  const page = await openExample(errors);
  const style = (locator, props) =>
    locator.evaluate((el, props) => {
      const s = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, s.getPropertyValue(p)]));
    }, props);

  const readerP = await style(page.locator('#reader-element .qar-paragraph').first(), ['color', 'font-size', 'text-transform', 'margin-top']);
  assert.notEqual(readerP.color, 'rgb(220, 20, 60)');
  assert.notEqual(readerP['font-size'], '30px');
  assert.equal(readerP['text-transform'], 'none');
  assert.notEqual(readerP['margin-top'], '40px');
  const readerButton = await style(page.locator('#reader-element .qar-toggle').first(), ['background-color', 'border-top-width']);
  assert.notEqual(readerButton['background-color'], 'rgb(255, 105, 180)');
  assert.notEqual(readerButton['border-top-width'], '5px');
  const readerH2 = await style(page.locator('#reader-element .qar-heading').first(), ['letter-spacing', 'color']);
  assert.equal(readerH2['letter-spacing'], 'normal');

  // A host themes a reader through the --qar-* custom properties on its element.
  await page.addStyleTag({ content: '#reader-element { --qar-accent: rgb(139, 0, 0); }' });
  const pressedChip = page.locator('#reader-element .qar-chip[aria-pressed="true"]');
  assert.equal(await pressedChip.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(139, 0, 0)');
  const otherChip = page.locator('#reader-seed .qar-chip[aria-pressed="true"]');
  assert.notEqual(await otherChip.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(139, 0, 0)');

  const hostP = await style(page.locator('p.host-text'), ['color', 'font-size', 'text-transform']);
  assert.deepEqual(hostP, { color: 'rgb(220, 20, 60)', 'font-size': '30px', 'text-transform': 'uppercase' });
  const hostButton = await style(page.locator('button.host-button'), ['background-color', 'border-top-width']);
  assert.deepEqual(hostButton, { 'background-color': 'rgb(255, 105, 180)', 'border-top-width': '5px' });
  assert.deepEqual(errors, []);
});

test('readers tell the host about filter and section changes', async () => {
  const errors = [];
  const page = await openExample(errors);
  await page.evaluate(() => {
    window.seen = [];
    for (const id of ['reader-seed', 'reader-element']) {
      const host = document.getElementById(id);
      for (const type of ['qa-reader:expert', 'qa-reader:section']) {
        host.addEventListener(type, (e) => window.seen.push({ host: id, type, detail: e.detail }));
      }
    }
  });
  const reader = page.locator('#reader-element');
  await reader.getByRole('button', { name: /^Ruth Okafor/ }).click();
  await reader.getByRole('button', { name: /^All/ }).click();
  await reader.getByRole('button', { name: 'How much will the repairs cost?' }).click();
  await page.waitForFunction(() => window.seen.length >= 4);
  const seen = await page.evaluate(() => window.seen);
  assert.deepEqual(seen.slice(0, 2), [
    { host: 'reader-element', type: 'qa-reader:expert', detail: { expert: 'ruth-okafor' } },
    { host: 'reader-element', type: 'qa-reader:section', detail: { section: 'what-does-the-closure-mean-for-businesses', open: true } },
  ]);
  assert.ok(seen.some((e) => e.type === 'qa-reader:expert' && e.detail.expert === null));
  assert.ok(seen.some((e) => e.type === 'qa-reader:section' && e.detail.section === 'how-much-will-the-repairs-cost' && e.detail.open));
  assert.ok(seen.every((e) => e.host === 'reader-element'), 'the other reader stays quiet');
  assert.deepEqual(errors, []);
});

test('the handle drives its reader, and destroy() and element removal leave no reader DOM', async () => {
  const errors = [];
  const page = await openExample(errors);
  const result = await page.evaluate(async () => {
    const { handle } = window.demo;
    handle.setExpert('volodymyr-fesenko');
    await new Promise((r) => setTimeout(r, 50));
    const host = document.getElementById('reader-seed');
    const filtered = [...host.shadowRoot.querySelectorAll('.qar-paragraph')].filter((p) => p.checkVisibility()).length;
    let unknown = null;
    try {
      handle.setExpert('nobody');
    } catch (e) {
      unknown = e instanceof Error ? e.code : String(e);
    }
    const json = handle.article();
    handle.expandAll();
    handle.destroy();
    handle.destroy();
    let afterDestroy = null;
    try {
      handle.expandAll();
    } catch (e) {
      afterDestroy = e.code;
    }
    const element = document.getElementById('reader-element');
    const shadow = element.shadowRoot;
    element.remove();
    await new Promise((r) => setTimeout(r, 50));
    return {
      filtered,
      unknown,
      afterDestroy,
      title: json.title,
      experts: json.experts.map((e) => e.id),
      seedLeft: host.shadowRoot.childNodes.length,
      elementLeft: shadow.childNodes.length,
      readersInDocument: document.querySelectorAll('.qar-reader').length,
    };
  });
  assert.equal(result.filtered, 4);
  assert.equal(result.unknown, 'no-expert');
  assert.equal(result.afterDestroy, 'destroyed');
  assert.match(result.title, /inevitable\?$/);
  assert.equal(result.experts.length, 5);
  assert.equal(result.seedLeft, 0);
  assert.equal(result.elementLeft, 0);
  assert.equal(result.readersInDocument, 0);
  assert.deepEqual(errors, []);
});

test('attributes update a <qa-reader>: expert refilters, src reloads', async () => {
  const errors = [];
  const page = await openExample(errors);
  await page.evaluate(() => document.getElementById('reader-element').setAttribute('expert', 'marco-tellier'));
  await page.waitForFunction(() =>
    [...document.getElementById('reader-element').shadowRoot.querySelectorAll('.qar-chip[aria-pressed="true"]')].some((c) =>
      c.textContent.startsWith('Marco Tellier'),
    ),
  );
  await page.evaluate(() =>
    document.getElementById('reader-element').setAttribute('src', '../seeds/aljazeera-eastern-stronghold-explainer.txt'),
  );
  await page.waitForFunction(() =>
    /inevitable\?$/.test(document.getElementById('reader-element').shadowRoot.querySelector('h1')?.textContent ?? ''),
  );
  assert.deepEqual(errors, []);
});

test('a reader given a 404 URL shows its error, rejects mount, and the other keeps working', async () => {
  const errors = [];
  const page = await openExample(errors);
  const rejected = await page.evaluate(async () => {
    const host = document.createElement('div');
    host.id = 'reader-missing';
    document.body.append(host);
    const events = [];
    host.addEventListener('qa-reader:error', (e) => events.push(e.detail));
    try {
      await window.demo.mount(host, { url: 'missing-article.txt' });
      return 'resolved';
    } catch (e) {
      return { isError: e instanceof Error, code: e.code, message: e.message, shown: host.shadowRoot.textContent, events };
    }
  });
  assert.equal(rejected.isError, true);
  assert.equal(rejected.code, 'http-status');
  assert.deepEqual(rejected.events, [{ code: 'http-status', message: rejected.message }]);
  assert.equal(rejected.shown, rejected.message, 'the box shows what the promise says');

  const elementEvents = await page.evaluate(async () => {
    const el = document.createElement('qa-reader');
    el.id = 'element-missing';
    el.setAttribute('src', 'nope.txt');
    const events = [];
    el.addEventListener('qa-reader:error', (e) => events.push(e.detail.code));
    document.body.append(el);
    await new Promise((ok) => el.addEventListener('qa-reader:error', ok, { once: true }));
    await new Promise((ok) => setTimeout(ok, 50));
    return events;
  });
  assert.deepEqual(elementEvents, ['http-status'], 'one event, with its code');
  await page.locator('#element-missing .qar-error').waitFor();
  assert.equal(await page.locator('#element-missing .qar-error').getAttribute('role'), 'alert');

  const bad = await page.evaluate(async () => {
    const codes = [];
    const attempt = async (target, source, options) => {
      try {
        await window.demo.mount(target, source, options);
        codes.push('resolved');
      } catch (e) {
        codes.push(e instanceof Error ? e.code : 'not an Error');
      }
    };
    const fresh = () => document.body.appendChild(document.createElement('div'));
    await attempt(fresh(), { sections: 'nope' });
    await attempt(fresh(), { url: '../qa-reader_bg.wasm' });
    await attempt(fresh(), '   ');
    await attempt(fresh(), 42);
    await attempt(fresh(), { url: 'http://127.0.0.1:1/refused.txt' });
    await attempt('#no-such-element', 'text');
    await attempt(document.createElement('input'), 'text');
    await attempt(fresh(), 'Some text.', { useHas: true });
    await attempt(fresh(), 'Some text.', { labels: { expandAl: 'x' } });
    await attempt(fresh(), 'Some text.', { singleOpen: 'yes' });
    return codes;
  });
  assert.deepEqual(bad, [
    'bad-json',
    'not-text',
    'empty',
    'bad-source',
    'fetch-failed',
    'no-target',
    'no-target',
    'unknown-option',
    'unknown-option',
    'bad-option',
  ]);

  // The other readers still work.
  await page.locator('#reader-element').getByRole('button', { name: /^Hana Ilves/ }).click();
  assert.deepEqual(await pressed(page, '#reader-element'), ['Hana Ilves']);
  // The only console errors are the browser's own reports of the two 404s and the refused fetch.
  assert.ok(errors.every((e) => /404|net::ERR_/.test(e)), errors.join('\n'));
});

test('without its parser module a text reader fails visibly (no-parser), JSON readers still mount, and a later text reader tries again', async () => {
  const context = await browser.newContext();
  let blocked = true;
  let fetches = 0;
  await context.route('**/qa-reader-parse.wasm', (route) => {
    fetches += 1;
    return blocked ? route.fulfill({ status: 404, body: 'not here' }) : route.continue();
  });
  const errors = [];
  const page = await openPage(context, server.url + '/embed/', errors);
  // The example page's own text reader fails in its box, with the code on its event.
  await page.locator('#reader-seed .qar-error').waitFor();
  assert.match(await page.locator('#reader-seed .qar-error').innerText(), /could not load the parser .*qa-reader-parse\.wasm.*HTTP 404/);
  assert.equal(await page.locator('#reader-seed .qar-error').getAttribute('role'), 'alert');
  assert.match(await page.locator('#event-log').innerText(), /reader-seed: qa-reader:error \{"code":"no-parser"/);
  const mount = (source) =>
    page.evaluate(async (source) => {
      const { load } = await import('/qa-reader-element.js');
      const { mount } = await load();
      const host = document.body.appendChild(document.createElement('div'));
      try {
        const handle = await mount(host, source);
        return { experts: handle.article().experts.map((e) => e.name) };
      } catch (e) {
        return { code: e.code, shown: host.shadowRoot.textContent };
      }
    }, source);
  const text = 'Will it rain?\n\n"It will," Jane Doe, a forecaster, said.\n';
  const failed = await mount(text);
  assert.equal(failed.code, 'no-parser');
  assert.match(failed.shown, /could not load the parser/);
  // An attributed article needs no parser.
  const json = {
    title: 'Will it rain?',
    sections: [{ id: 'intro', heading: null, blocks: [{ kind: 'paragraph', text: '"It will," Jane Doe said.', speakers: ['jane-doe'] }] }],
    experts: [{ id: 'jane-doe', name: 'Jane Doe' }],
  };
  assert.deepEqual(await mount(json), { experts: ['Jane Doe'] });
  // Nor does an article that quotes nobody: it is shown as it is.
  const quiet = { title: 'Quiet', sections: [{ id: 'intro', heading: null, blocks: [{ kind: 'paragraph', text: 'Nobody is quoted here.' }] }] };
  assert.deepEqual(await mount(quiet), { experts: [] });
  // A failed load is not kept: the next text reader fetches the module again.
  blocked = false;
  const before = fetches;
  assert.deepEqual(await mount(text), { experts: ['Jane Doe'] });
  assert.equal(fetches, before + 1);
  // The only console errors are the browser's reports of the refused fetches.
  assert.ok(errors.every((e) => /404/.test(e)), errors.join('\n'));
  await context.close();
});

test('article JSON that names no speakers is attributed in the parser module as `qa-reader parse` attributes it', async () => {
  const cli = join(here, '..', 'target', 'debug', 'qa-reader');
  const seed = join(here, '..', 'seeds', 'aljazeera-eastern-stronghold-explainer.txt');
  const bare = JSON.parse(execFileSync(cli, ['parse', seed], { encoding: 'utf8' }));
  bare.experts = [];
  for (const block of bare.sections.flatMap((s) => s.blocks)) {
    if (block.kind === 'paragraph') Object.assign(block, { speakers: [], quotes: [], evidence: [] });
  }
  const dir = mkdtempSync(join(tmpdir(), 'qar-bare-'));
  const file = join(dir, 'bare.json');
  writeFileSync(file, JSON.stringify(bare));
  const expected = JSON.parse(execFileSync(cli, ['parse', file], { encoding: 'utf8' }));
  rmSync(dir, { recursive: true });
  assert.equal(expected.experts.length, 5, 'the CLI attributes the bare JSON');
  const errors = [];
  const page = await openExample(errors);
  const actual = await page.evaluate(async (json) => {
    const host = document.body.appendChild(document.createElement('div'));
    const handle = await window.demo.mount(host, json);
    return handle.article();
  }, bare);
  assert.deepEqual(actual, expected);
  assert.deepEqual(errors, []);
});

test('article() returns the same JSON as `qa-reader parse` (the documented schema)', async () => {
  const cli = join(here, '..', 'target', 'debug', 'qa-reader');
  const seed = join(here, '..', 'seeds', 'aljazeera-eastern-stronghold-explainer.txt');
  const expected = JSON.parse(execFileSync(cli, ['parse', seed], { encoding: 'utf8' }));
  const errors = [];
  const page = await openExample(errors);
  const actual = await page.evaluate(() => window.demo.handle.article());
  assert.deepEqual(actual, expected);
  // And the JSON mounts again, giving the same reader.
  const again = await page.evaluate(async (json) => {
    const host = document.createElement('div');
    document.body.append(host);
    const handle = await window.demo.mount(host, json);
    return { experts: handle.article().experts.map((e) => `${e.name}:${e.paragraphs}`), h1: host.shadowRoot.querySelector('h1').textContent };
  }, expected);
  assert.deepEqual(again.experts, expected.experts.map((e) => `${e.name}:${e.paragraphs}`));
  assert.equal(again.h1, expected.title);
  assert.deepEqual(errors, []);
});

test('regression: an element upgraded by the custom-element module mounts once', async () => {
  // Found while moving the filter to a stylesheet rule: attributeChangedCallback fired for
  // `src` before connectedCallback, mounting twice and orphaning the first reader.
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.ready = 0;
    document.addEventListener('qa-reader:ready', () => (window.ready += 1));
  });
  const page = await context.newPage();
  await page.goto(server.url + '/embed/');
  await page.locator('#reader-element .qar-reader h1').waitFor();
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.ready), 1);
  assert.equal(await page.locator('#reader-element .qar-reader').count(), 1);
  await context.close();
});
