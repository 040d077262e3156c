// End-to-end: the release build in dist/, served on 127.0.0.1, in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from './server.mjs';
import { launch, openPage, screenshotWhole } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');
const artifacts = join(here, 'artifacts');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const QUESTIONS = [
  'Is the takeover imminent?',
  'Why does Russia want Pokrovsk so badly?',
  'How will peace talks be affected?',
  'What are the economic consequences if Pokrovsk falls to Russia?',
];

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

/** Runs axe-core on the page and returns its violations (id and the nodes' targets). */
async function axeViolations(page) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function openReader(url, errors, viewport) {
  const page = await openPage(browser, url, errors, viewport);
  await page.locator('.qar-reader h1').waitFor();
  return page;
}

test('the page shows the seed article with its four question sections', async () => {
  const errors = [];
  const page = await openReader(server.url + '/', errors);
  assert.equal(await page.locator('h1').count(), 1, 'the title is shown once');
  assert.match(await page.locator('h1').innerText(), /key eastern stronghold, inevitable\?$/);
  const headings = await page.locator('.qar-toggle').allInnerTexts();
  assert.deepEqual(headings.map((h) => h.trim()), QUESTIONS);
  assert.equal(await page.locator('.qar-status').count(), 0, 'the loading message is gone');
  assert.deepEqual(errors, []);
});

test('a section header toggles its panel, by mouse and keyboard', async () => {
  const errors = [];
  const page = await openReader(server.url + '/', errors);
  const toggle = page.getByRole('button', { name: 'How will peace talks be affected?' });
  const quote = page.getByText('The peace settlement will be paused');

  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.ok(!(await quote.isVisible()));
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.ok(await quote.isVisible());
  await toggle.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.press('Space');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await toggle.press('ArrowDown');
  assert.equal(
    await page.evaluate(() => document.activeElement.shadowRoot.activeElement.textContent.trim()),
    QUESTIONS[3],
  );
  assert.deepEqual(errors, []);
});

test('printing shows every section with its text, open or closed', async () => {
  const errors = [];
  const page = await openReader(server.url + '/', errors);
  const quote = page.getByText('The peace settlement will be paused');
  assert.ok(!(await quote.isVisible()));
  await page.emulateMedia({ media: 'print' });
  assert.ok(await quote.isVisible());
  // On screen, sections skip rendering while off screen (content-visibility: auto); on paper
  // every one of them must be laid out.
  const skipped = await page.evaluate(() =>
    [...document.getElementById('qa-reader').shadowRoot.querySelectorAll('.qar-section, .qar-panel')]
      .map((el) => getComputedStyle(el).contentVisibility)
      .filter((v) => v !== 'visible'),
  );
  assert.deepEqual(skipped, []);
  assert.deepEqual(errors, []);
});

test('find-in-page text in a closed section is findable (hidden="until-found")', async () => {
  const errors = [];
  const page = await openReader(server.url + '/', errors);
  const panel = page.locator('.qar-panel').nth(2);
  assert.equal(await panel.getAttribute('hidden'), 'until-found');
  // What the browser does when find-in-page matches inside the panel.
  await panel.evaluate((el) => el.dispatchEvent(new Event('beforematch')));
  await page.waitForFunction((el) => !el.hasAttribute('hidden'), await panel.elementHandle());
  const toggle = page.getByRole('button', { name: QUESTIONS[2] });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.deepEqual(errors, []);
});

test('choosing Nikolay Mitrokhin shows exactly his four paragraphs; All restores the article', async () => {
  const errors = [];
  const page = await openReader(server.url + '/', errors);
  await page.getByRole('button', { name: QUESTIONS[1] }).click(); // the reader had this open

  const chip = page.getByRole('button', { name: /^Nikolay Mitrokhin/ });
  await chip.click();
  assert.equal(await chip.getAttribute('aria-pressed'), 'true');
  // The hash is written once the filtered frame is out (dom::write_hash).
  await page.waitForFunction(() => location.hash === '#expert=nikolay-mitrokhin');

  const visible = await page.locator('.qar-paragraph:visible').allInnerTexts();
  assert.equal(visible.length, 4, visible.join('\n'));
  assert.ok(visible[0].startsWith('Ukrainian forces “have so few soldiers'));
  assert.ok(visible[3].startsWith('Kyiv may have to make the uneasy decision'));
  const marks = page.locator('mark.qar-quote:visible');
  assert.ok((await marks.count()) >= 2);
  assert.notEqual(await marks.first().evaluate((m) => getComputedStyle(m).backgroundColor), 'rgba(0, 0, 0, 0)');
  assert.deepEqual(await page.locator('.qar-evidence:visible').allInnerTexts(), [
    '“told” · named here',
    '“said” · a pronoun refers back',
    '“told” · named by surname',
    '“said” · a pronoun refers back',
  ]);

  const metas = await page.locator('.qar-meta:visible').allInnerTexts();
  assert.deepEqual(metas, [
    '4 paragraphs',
    'No quotes from Nikolay Mitrokhin',
    'No quotes from Nikolay Mitrokhin',
    'No quotes from Nikolay Mitrokhin',
  ]);
  assert.match(await page.locator('.qar-intro').innerText(), /No quotes from Nikolay Mitrokhin/);
  const open = await page.locator('.qar-toggle').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-expanded')));
  assert.deepEqual(open, ['true', 'false', 'false', 'false']);

  for (const [width, scheme] of [[375, 'light'], [375, 'dark'], [1280, 'light'], [1280, 'dark']]) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await screenshotWhole(page, join(artifacts, `filtered-${width}-${scheme}.png`));
  }

  // Back undoes the filter (it was a history entry).
  await page.goBack();
  await page.waitForFunction(() => !location.hash.includes('expert='));
  assert.equal(await page.getByRole('button', { name: /^All/ }).getAttribute('aria-pressed'), 'true');
  const restored = await page.locator('.qar-toggle').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-expanded')));
  assert.deepEqual(restored, ['false', 'true', 'false', 'false'], 'the previous open/closed state is back');
  assert.deepEqual(await page.locator('.qar-meta:visible').allInnerTexts(), [
    'Speaking: Nikolay Mitrokhin · 1 min read',
    'Speaking: Mariana Bazuhla · 1 min read',
    'Speaking: Volodymyr Fesenko · 2 min read',
    'Speaking: Pavel Lisyansky · 1 min read',
  ], 'the lines under the headings are the unfiltered ones again');
  assert.doesNotMatch(await page.locator('.qar-intro').innerText(), /No quotes from/);
  const highlighted = await page
    .locator('mark.qar-quote')
    .evaluateAll((marks) => marks.filter((m) => getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)').length);
  assert.equal(highlighted, 0, 'no quote is highlighted without a filter');
  assert.deepEqual(errors, []);
});

test('a link with a hash opens the reader filtered', async () => {
  const errors = [];
  const page = await openReader(server.url + '/#expert=volodymyr-fesenko', errors);
  assert.equal(await page.getByRole('button', { name: /^Volodymyr Fesenko/ }).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('.qar-paragraph:visible').count(), 4);
  assert.deepEqual(errors, []);
});

test('screenshots at 375 and 1280 px, light and dark, with no accessibility violations', async () => {
  for (const [width, scheme] of [[375, 'light'], [375, 'dark'], [1280, 'light'], [1280, 'dark']]) {
    const errors = [];
    const page = await openReader(server.url + '/', errors, { width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('button', { name: QUESTIONS[0] }).click();
    await screenshotWhole(page, join(artifacts, `reader-${width}-${scheme}.png`));
    assert.deepEqual(await axeViolations(page), [], `${width}px ${scheme}`);
    await page.getByRole('button', { name: /^Kirill Sazonov/ }).click();
    assert.deepEqual(await axeViolations(page), [], `${width}px ${scheme}, filtered`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});
