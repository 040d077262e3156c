// End-to-end: the npm package as a publisher would use it. scripts/package.sh builds pkg/
// from the release dist/, `npm pack` packs it, and a scratch project installs the tarball,
// bundles a page with esbuild, type-checks a TypeScript file with tsc, and the built page
// is driven in Chromium. Offline: the tarball has no dependencies, and esbuild and tsc come
// from this repository's dev dependencies.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';
import { hostFiles } from './host-files.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'";
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let scratch;
let packed;
let server;
let browser;

before(async () => {
  run(join(root, 'scripts', 'package.sh'), ['--no-build'], root);
  scratch = mkdtempSync(join(tmpdir(), 'qa-reader-npm-'));
  [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], join(root, 'pkg')));
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(scratch, packed.filename)], scratch);

  mkdirSync(join(scratch, 'src'));
  writeFileSync(
    join(scratch, 'src', 'main.js'),
    `import { load } from 'qa-reader';
const { mount } = await load();
window.handle = await mount('#by-hand', { url: './explainer.txt' }, { singleOpen: true });
`,
  );
  writeFileSync(
    join(scratch, 'src', 'check.ts'),
    `import { load, type QaReaderElement } from 'qa-reader';
import init, { mount as glueMount, type ReaderHandle, type ReaderError, type MountOptions } from 'qa-reader/api';

const element: QaReaderElement | null = document.querySelector('qa-reader');
const handle: ReaderHandle | null = element?.reader ?? null;
handle?.setExpert('jane-doe');
element?.addEventListener('qa-reader:expert', (e) => {
  const id: string | null = e.detail.expert;
  console.log(id);
});
document.addEventListener('qa-reader:section', (e) => console.log(e.detail.section, e.detail.open === true));
document.addEventListener('qa-reader:error', (e) => {
  if (e.detail.code === 'http-status') console.log(e.detail.message);
});
const options: MountOptions = { expert: null, singleOpen: true, labels: { all: 'Tous', expandAll: 'Tout ouvrir' } };
const { mount } = await load();
try {
  const reader = await mount('#explainer', { url: '/a.txt' }, options);
  reader.expandAll();
  console.log(reader.article().experts?.map((x) => x.name));
} catch (error) {
  if ((error as ReaderError).code === 'not-text') console.log('not an article');
}
await init();
await glueMount(document.body, 'Some text.');
// @ts-expect-error a misspelt option is a type error
await mount('#explainer', 'text', { useHas: true });
// @ts-expect-error codes are a closed list
const code: ReaderError['code'] = 'no-such-code';
console.log(code);
`,
  );
  writeFileSync(
    join(scratch, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        lib: ['es2022', 'dom'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
      },
      files: ['src/check.ts'],
    }),
  );

  const out = join(scratch, 'out');
  run(bin('esbuild'), ['src/main.js', '--bundle', '--format=esm', '--outdir=out', '--log-level=warning'], scratch);
  // esbuild leaves `new URL('./qa-reader_bg.wasm', import.meta.url)` alone: the wasm goes next
  // to the bundle, and so does the parser module, which the glue finds the same way.
  for (const wasm of ['qa-reader_bg.wasm', 'qa-reader-parse.wasm']) {
    copyFileSync(join(scratch, 'node_modules', 'qa-reader', wasm), join(out, wasm));
  }
  copyFileSync(join(here, 'fixtures', 'explainer.txt'), join(out, 'explainer.txt'));
  writeFileSync(
    join(out, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bundled</title><link rel="icon" href="data:,">
<script type="module" src="./main.js"></script></head>
<body><main><qa-reader id="element" src="./explainer.txt" expert="jane-doe"></qa-reader><div id="by-hand"></div></main></body></html>`,
  );
  server = await serve(out, { 'content-security-policy': CSP });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test('the package has the version of Cargo.toml, ES module exports, types and only its files', () => {
  const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8').match(/^version = "(.+)"$/m)[1];
  const pkg = JSON.parse(readFileSync(join(scratch, 'node_modules', 'qa-reader', 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'qa-reader');
  assert.equal(pkg.version, cargo);
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.types, './qa-reader-element.d.ts');
  assert.deepEqual(Object.keys(pkg.exports), ['.', './element', './api', './hydrate', './qa-reader_bg.wasm', './qa-reader-hydrate_bg.wasm', './qa-reader-parse.wasm', './qa-reader.css', './package.json']);
  assert.deepEqual(pkg.sideEffects, ['./qa-reader-element.js']);
  const expected = [...hostFiles(), 'qa-reader.d.ts', 'qa-reader-element.d.ts', 'README.md', 'package.json'];
  assert.deepEqual(packed.files.map((f) => f.path).sort(), expected.sort());
  assert.deepEqual([...pkg.files, 'package.json'].sort(), expected.sort());
});

test('the declarations name every label, option and error code the reader knows', () => {
  const dts = readFileSync(join(root, 'static', 'qa-reader.d.ts'), 'utf8');
  const block = (text, start) => text.slice(text.indexOf(start)).split('];')[0];
  const options = readFileSync(join(root, 'src', 'ui', 'options.rs'), 'utf8');
  const strings = (text) => [...text.matchAll(/"([A-Za-z-]+)"/g)].map((m) => m[1]);
  const labels = strings(block(options, 'pub const KEYS: &\'static [&\'static str] = &['));
  const optionKeys = strings(options.slice(options.lastIndexOf('pub const KEYS')).split(';')[0]);
  const api = readFileSync(join(root, 'src', 'edge', 'api.rs'), 'utf8');
  const codes = [...api.matchAll(/ErrorCode::\w+ => "([a-z-]+)"/g)].map((m) => m[1]);
  assert.ok(labels.length > 15 && optionKeys.length === 7 && codes.length > 10);
  const iface = (name) => dts.slice(dts.indexOf(`export interface ${name}`)).split('\n}')[0];
  for (const key of labels) assert.match(iface('Labels'), new RegExp(`\\b${key}\\?: string`), `label ${key}`);
  for (const key of optionKeys) assert.match(iface('MountOptions'), new RegExp(`\\b${key}\\?:`), `option ${key}`);
  const union = dts.slice(dts.indexOf('export type ReaderErrorCode')).split(';')[0];
  for (const code of codes) assert.ok(union.includes(`'${code}'`), `code ${code}`);
});

test('a TypeScript file using the API type-checks against the installed package (tsc --noEmit)', () => {
  try {
    run(bin('tsc'), ['-p', 'tsconfig.json'], scratch);
  } catch (e) {
    assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
  }
});

test('a page bundled by esbuild from the installed package mounts both ways', async () => {
  const errors = [];
  const page = await openPage(browser, server.url + '/', errors);
  await page.waitForFunction(() => window.handle);
  await page.locator('#element .qar-reader h1').waitFor();
  assert.equal(await page.locator('#by-hand h1').innerText(), 'Will the old canal be drained this summer?');
  const pressed = await page.locator('#element .qar-chip[aria-pressed="true"] .qar-chip-name').allInnerTexts();
  assert.deepEqual(pressed, ['Jane Doe']);
  await page.locator('#by-hand').getByRole('button', { name: 'Who is against it?' }).click();
  assert.equal(
    await page.locator('#by-hand').getByRole('button', { name: 'Who is against it?' }).getAttribute('aria-expanded'),
    'true',
  );
  assert.deepEqual(errors, []);
  await page.close();
});
