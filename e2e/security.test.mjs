// End-to-end security: a strict Content-Security-Policy, and article text that tries to run code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

let strict;
let open;
let browser;

before(async () => {
  strict = await serve(dist, { 'content-security-policy': CSP });
  open = await serve(dist);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await strict?.close();
  await open?.close();
});

/** Opens `url` recording CSP violations (`window.violations`) before any script runs. */
async function openRecording(url, errors) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return page;
}

test('the release build works under a strict CSP, with no violation', async () => {
  for (const path of ['/', '/embed/']) {
    const errors = [];
    const page = await openRecording(strict.url + path, errors);
    await page.locator('.qar-reader h1').first().waitFor();
    await page.getByRole('button', { name: /^Kirill Sazonov|^Hana Ilves/ }).first().click();
    await page.locator('.qar-toggle').first().click();
    await page.locator('.qar-button', { hasText: 'Expand all' }).first().click();
    assert.equal(await page.locator('mark.qar-quote:visible').count() > 0, true, path);
    // The stylesheet applied (a constructed sheet, which CSP does not block).
    const radius = await page.locator('.qar-chip').first().evaluate((el) => getComputedStyle(el).borderTopLeftRadius);
    assert.equal(radius, '6px', path);
    assert.deepEqual(await page.evaluate(() => window.violations), [], path);
    assert.deepEqual(errors, [], path);
    await page.context().close();
  }
});

const PAYLOADS = [
  '<img src=x onerror="window.pwned=1">',
  '<script>window.pwned=2</script>',
  '<a href="javascript:window.pwned=3">a link</a>',
  '<svg onload="window.pwned=4"></svg>',
  '&lt;b&gt;not bold&lt;/b&gt; &amp; &#x3C;i&#x3E;',
  'javascript:window.pwned=5',
];

test('markup in an article is shown as text and never runs', async () => {
  const errors = [];
  const page = await openRecording(open.url + '/embed/', errors);
  await page.locator('#reader-seed .qar-reader h1').waitFor();
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    d.dismiss();
  });
  const text = [
    `A headline with ${PAYLOADS[0]} in it`,
    `“${PAYLOADS[1]},” said Jane Doe, a researcher at ${PAYLOADS[3]}.`,
    `Is it safe? ${PAYLOADS[2]}`,
    `“${PAYLOADS[4]},” she said. ${PAYLOADS[5]}`,
    `A caption with ${PAYLOADS[0]} [Photo/${PAYLOADS[1]}]`,
  ].join('\n\n');
  const json = {
    title: PAYLOADS[1],
    sections: [
      { id: 'intro', heading: null, blocks: [{ kind: 'paragraph', text: PAYLOADS[0], speakers: ['x'] }] },
      { id: '<b>', heading: PAYLOADS[3], blocks: [{ kind: 'figure', caption: PAYLOADS[2], credit: PAYLOADS[0], alt: PAYLOADS[1] }] },
    ],
    experts: [{ id: 'x', name: PAYLOADS[3], role: PAYLOADS[0] }],
  };
  const shown = await page.evaluate(
    async ({ text, json }) => {
      const out = [];
      for (const source of [text, json]) {
        const host = document.createElement('div');
        document.body.append(host);
        const handle = await window.demo.mount(host, source);
        handle.expandAll();
        handle.setExpert(handle.article().experts[0]?.id ?? null);
        await new Promise((r) => setTimeout(r, 100));
        const root = host.shadowRoot;
        out.push({
          text: root.textContent,
          elements: [...root.querySelectorAll('img, script, svg, a, b, i, iframe')].length,
        });
      }
      return out;
    },
    { text, json },
  );
  for (const { text: rendered, elements } of shown) {
    assert.equal(elements, 0, 'no element was created from article text');
    assert.ok(rendered.includes('<img src=x onerror="window.pwned=1">'), rendered);
  }
  assert.ok(shown[0].text.includes('<script>window.pwned=2</script>'));
  assert.ok(shown[0].text.includes('&lt;b&gt;not bold&lt;/b&gt;'), 'entities stay as typed');
  assert.ok(shown[1].text.includes('<svg onload="window.pwned=4"></svg>'));
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(dialogs, 0);
  assert.deepEqual(errors, []);
});
