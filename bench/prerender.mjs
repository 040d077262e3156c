// Browser benchmark of prerendered readers (`qa-reader render`), at 1× and 100× the seed:
// first contentful paint of the prerendered page against a hand-written static HTML page of
// the same article (same server, same run, pages loaded in turns), and the time until the
// prerendered reader's filter responds (the wasm has taken the markup over) against the
// first render of today's client-rendered page. Prints markdown tables of medians.
// Run by scripts/bench.sh after the release builds (it needs dist/ and the release binary).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from '../e2e/server.mjs';
import { launch } from '../e2e/browser.mjs';
import { hostFiles } from '../e2e/host-files.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.env.DIST ?? join(root, 'dist');
const cli = join(root, 'target', 'release', 'qa-reader');
const seed = join(root, 'seeds', 'aljazeera-eastern-stronghold-explainer.txt');
const RUNS = Number(process.env.RUNS ?? 10);
const SCALES = (process.env.SCALES ?? '1,100').split(',').map(Number);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const run = (...args) => execFileSync(cli, args, { maxBuffer: 1 << 30, encoding: 'utf8' });

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The article as plain semantic HTML, styled by a linked stylesheet: no script at all. */
function staticPage(article, n) {
  const body = article.sections
    .map((s) => {
      const blocks = s.blocks
        .map((b) => (b.kind === 'paragraph' ? `<p>${esc(b.text)}</p>` : b.kind === 'figure' ? `<figure><figcaption>${esc(b.caption ?? '')}</figcaption></figure>` : ''))
        .join('\n');
      return s.heading ? `<section><h2>${esc(s.heading)}</h2>\n${blocks}</section>` : `<section>${blocks}</section>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>static ${n}x</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="../qa-reader/page.css"><link rel="stylesheet" href="static.css"></head>
<body><main class="page"><article class="static"><h1>${esc(article.title ?? '')}</h1>
${body}</article></main></body></html>\n`;
}

const site = join(dist, 'bench-prerender');
mkdirSync(join(site, 'qa-reader'), { recursive: true });
// The host files the README lists (the client-rendered page, given text, needs the parser
// module; the prerendered one never fetches it), and the demo page's stylesheet.
for (const f of [...hostFiles(), 'page.css']) {
  copyFileSync(join(dist, f), join(site, 'qa-reader', f));
}
mkdirSync(join(site, 'pages'), { recursive: true });
// The static page's own small stylesheet: the reader's fonts and measure, nothing else.
writeFileSync(
  join(site, 'pages', 'static.css'),
  '.static { max-width: 42rem; margin: 0 auto; padding: 1rem; font: 1.0625rem/1.6 Georgia, serif; }\n',
);
for (const n of SCALES) {
  const text = join(site, 'pages', `seed-${n}x.txt`);
  writeFileSync(text, run('scale', seed, String(n)));
  const article = JSON.parse(run('parse', text));
  writeFileSync(join(site, 'pages', `static-${n}x.html`), staticPage(article, n));
  writeFileSync(join(site, 'pages', `prerendered-${n}x.html`), run('render', text, '--assets', '../qa-reader/'));
  // Today's client-rendered page: the demo page pointed at the same text.
  writeFileSync(
    join(site, 'pages', `client-${n}x.html`),
    readFileSync(join(dist, 'index.html'), 'utf8')
      .replace(/data-src="[^"]*"/, `data-src="seed-${n}x.txt"`)
      .replace(/href="\/?page\.css"/, 'href="../qa-reader/page.css"')
      .replace('src="page.js"', 'src="client.js"'),
  );
}
writeFileSync(join(site, 'pages', 'client.js'), "import { load } from '../qa-reader/qa-reader-element.js';\nload();\n");

const server = await serve(site);
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await context.addInitScript(() => {
  window.fcp = new Promise((ok) =>
    new PerformanceObserver((list) => {
      const e = list.getEntriesByName('first-contentful-paint')[0];
      if (e) ok(e.startTime);
    }).observe({ type: 'paint', buffered: true }),
  );
  // When the filter responds: the reader's chips are live buttons.
  const poll = () => {
    const host = document.querySelector('qa-reader') ?? document.getElementById('qa-reader');
    if (host?.shadowRoot?.querySelector('button.qar-chip')) window.liveAt = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
});

async function measure(file, live) {
  const page = await context.newPage();
  await page.goto(`${server.url}/pages/${file}`);
  const fcp = await page.evaluate(() => window.fcp);
  let ready = null;
  if (live) {
    await page.waitForFunction(() => window.liveAt !== undefined, null, { timeout: 120_000 });
    ready = await page.evaluate(() => window.liveAt);
  }
  await page.close();
  return { fcp, ready };
}

const paint = [];
const responds = [];
for (const n of SCALES) {
  const t = { static: [], pre: [], preReady: [], client: [] };
  for (let i = 0; i < RUNS; i++) {
    t.static.push((await measure(`static-${n}x.html`, false)).fcp);
    const pre = await measure(`prerendered-${n}x.html`, true);
    t.pre.push(pre.fcp);
    t.preReady.push(pre.ready);
    t.client.push((await measure(`client-${n}x.html`, true)).ready);
  }
  const [s, p] = [median(t.static), median(t.pre)];
  paint.push(`| ${n}× | ${s.toFixed(0)} ms | ${p.toFixed(0)} ms | ${(p / s).toFixed(2)}× |`);
  const [r, c] = [median(t.preReady), median(t.client)];
  responds.push(`| ${n}× | ${r.toFixed(0)} ms | ${c.toFixed(0)} ms | ${(r / c).toFixed(2)}× |`);
  console.error(`prerender bench: ${n}× done`);
}
await browser.close();
await server.close();

console.log(`First contentful paint (navigation start to first paint of content, median of ${RUNS}): the`);
console.log('prerendered page (`qa-reader render`) against a hand-written static HTML page of the same');
console.log('article with a linked stylesheet and no script, loaded in turns from the same server.');
console.log();
console.log('| article | static page | prerendered page | ratio |');
console.log('|---|---:|---:|---:|');
for (const row of paint) console.log(row);
console.log();
console.log(`Until the filter responds (navigation start to live chip buttons, median of ${RUNS}): the`);
console.log("prerendered page once the wasm has taken it over, against today's client-rendered page");
console.log('(fetch, parse and first render in wasm).');
console.log();
console.log('| article | prerendered: taken over | client-rendered: first render | ratio |');
console.log('|---|---:|---:|---:|');
for (const row of responds) console.log(row);
