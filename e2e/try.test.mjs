// End-to-end: the try-it page (dist/try.html), under the strict CSP: paste text, drop a
// .txt file, open an article .json file, see the reader and its findings, and errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'";
const article = readFileSync(join(here, 'fixtures', 'explainer.txt'), 'utf8');
// The fixture with page furniture around it, for the removed list.
const pasted = `Share\n\n${article}\n\nAdvertisement`;

let server;
let browser;

before(async () => {
  server = await serve(dist, { 'content-security-policy': CSP });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openTry(errors) {
  const page = await openPage(browser, server.url + '/try.html', errors);
  await page.evaluate(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective}`)),
  );
  return page;
}

const findings = (page) => page.locator('#try-findings li').allInnerTexts();

test('the demo page links to the try-it page', async () => {
  const errors = [];
  const page = await openPage(browser, server.url + '/', errors);
  await page.getByRole('link', { name: 'Try it on your own article' }).click();
  await page.getByRole('heading', { name: 'Try qa-reader on your article' }).waitFor();
  await page.close();
});

test('pasted text shows the reader and what it found, and the page passes axe', async () => {
  const errors = [];
  const page = await openTry(errors);
  await page.getByLabel('Article text').fill(pasted);
  await page.getByRole('button', { name: 'Show the reader' }).click();
  await page.locator('#try-reader .qar-reader h1').waitFor();
  assert.equal(await page.locator('#try-reader h1').innerText(), 'Will the old canal be drained this summer?');
  const found = await findings(page);
  assert.ok(found.includes('title: Will the old canal be drained this summer?'), found.join('\n'));
  assert.ok(found.some((f) => f.startsWith('What will it cost? — 2 paragraphs')), found.join('\n'));
  assert.ok(found.some((f) => f.startsWith('Jane Doe — an engineer at the port authority')), found.join('\n'));
  assert.ok(found.some((f) => /^line 1: share — Share$/.test(f)), found.join('\n'));
  assert.ok(found.some((f) => /^line 22: advertisement — Advertisement$/.test(f)), found.join('\n'));
  // Through the DevTools protocol: the page's CSP (rightly) refuses an injected <script>.
  await page.evaluate(readFileSync(axePath, 'utf8'));
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a dropped .txt file and an opened .json file show their readers; errors show in the page', async () => {
  const errors = [];
  const page = await openTry(errors);
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'canal.txt', { type: 'text/plain' }));
    document.getElementById('try-form').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, article);
  await page.locator('#try-reader .qar-reader h1').waitFor();
  assert.match(await page.locator('#try-status').innerText(), /^canal\.txt: 3 sections, 2 experts, 0 removed\.$/);

  const articleJson = JSON.stringify({
    title: 'A made-up article',
    sections: [{ id: 'intro', heading: null, blocks: [{ kind: 'paragraph', text: 'Only one paragraph.' }] }],
  });
  await page.locator('#try-file').setInputFiles({ name: 'made-up.json', mimeType: 'application/json', buffer: Buffer.from(articleJson) });
  await page.waitForFunction(() => document.querySelector('#try-reader > div')?.shadowRoot?.querySelector('h1')?.textContent === 'A made-up article');
  assert.ok((await findings(page)).includes('(intro) — 1 paragraph, 0 figures, 0 embeds'));

  await page.locator('#try-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"title": ') });
  await page.locator('#try-error').waitFor();
  assert.match(await page.locator('#try-error').innerText(), /^broken\.json could not be shown \(bad-json\)/);

  await page.locator('#try-file').setInputFiles({ name: 'not-an-article.json', mimeType: 'application/json', buffer: Buffer.from('{"sections": 3}') });
  await page.waitForFunction(() => /not-an-article\.json could not be shown \(bad-json\)/.test(document.getElementById('try-error').textContent));

  await page.getByLabel('Article text').fill('   ');
  await page.getByRole('button', { name: 'Show the reader' }).click();
  await page.waitForFunction(() => /\(empty\)/.test(document.getElementById('try-error').textContent));
  assert.equal(await page.locator('#try-reader .qar-error').getAttribute('role'), 'alert');

  // And it recovers: the next article shows.
  await page.getByLabel('Article text').fill(article);
  await page.getByRole('button', { name: 'Show the reader' }).click();
  await page.locator('#try-reader .qar-reader h1').waitFor();
  assert.equal(await page.locator('#try-error').isHidden(), true);
  assert.deepEqual(errors, []);
  await page.close();
});
