// End-to-end: the release build in dist/, served on 127.0.0.1, in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');
const artifacts = join(here, 'artifacts');

let server;
let browser;

before(async () => {
  server = await serve(dist);
  browser = await launch();
  await mkdir(artifacts, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the page shows the seed article with its four question sections', async () => {
  const errors = [];
  const page = await openPage(browser, server.url + '/', errors);
  const reader = page.locator('.qar-reader');
  await reader.waitFor();

  assert.equal(await page.locator('h1').count(), 1, 'the title is shown once');
  assert.match(await page.locator('h1').innerText(), /key eastern stronghold, inevitable\?$/);
  const headings = await page.locator('.qar-toggle').allInnerTexts();
  assert.deepEqual(headings.map((h) => h.trim()), [
    'Is the takeover imminent?',
    'Why does Russia want Pokrovsk so badly?',
    'How will peace talks be affected?',
    'What are the economic consequences if Pokrovsk falls to Russia?',
  ]);
  assert.equal(await page.locator('.qar-status').count(), 0, 'the loading message is gone');
  await page.screenshot({ path: join(artifacts, 'reader.png'), fullPage: true });
  assert.deepEqual(errors, []);
});

test('a section header toggles its panel', async () => {
  const errors = [];
  const page = await openPage(browser, server.url + '/', errors);
  const toggle = page.getByRole('button', { name: 'How will peace talks be affected?' });
  const panel = page.locator('#' + (await toggle.getAttribute('aria-controls')));
  const quote = page.getByText('The peace settlement will be paused');

  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.ok(await quote.isVisible());
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.ok(await panel.isHidden());
  assert.ok(!(await quote.isVisible()));
  await toggle.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.ok(await quote.isVisible());
  assert.deepEqual(errors, []);
});
