// Browser benchmark: the release dist/ in headless Chromium, on articles 1×, 10×, 100× and
// 1000× the seed (made by `qa-reader scale`). Prints a markdown table of medians.
// Run by scripts/bench.sh, which builds everything first.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from '../e2e/server.mjs';
import { launch } from '../e2e/browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const cli = join(root, 'target', 'release', 'qa-reader');
const seed = join(root, 'seeds', 'aljazeera-eastern-stronghold-explainer.txt');
const RUNS = Number(process.env.RUNS ?? 10);
const SCALES = (process.env.SCALES ?? '1,10,100,1000').split(',').map(Number);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// One page per scale: the demo page pointed at the scaled article.
mkdirSync(join(dist, 'bench'), { recursive: true });
const template = readFileSync(join(dist, 'index.html'), 'utf8');
for (const n of SCALES) {
  writeFileSync(join(dist, 'bench', `seed-${n}x.txt`), execFileSync(cli, ['scale', seed, String(n)], { maxBuffer: 1 << 30 }));
  writeFileSync(
    join(dist, 'bench', `${n}x.html`),
    template
      .replace(/data-src="[^"]*"/, `data-src="seed-${n}x.txt"`)
      .replace('src="page.js"', 'src="../page.js"'),
  );
}

const server = await serve(dist);
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
// Records when the title and the headings are in the DOM, polling every frame.
await context.addInitScript(() => {
  const poll = () => {
    const r = document.getElementById('qa-reader')?.shadowRoot;
    if (r?.querySelector('h1') && r.querySelector('.qar-toggle')) window.renderedAt = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
});

const rows = [];
for (const n of SCALES) {
  const render = [];
  const filter = [];
  const expand = [];
  let memory = 0;
  let shape = '';
  for (let run = 0; run < RUNS; run++) {
    const page = await context.newPage();
    await page.goto(`${server.url}/bench/${n}x.html`);
    await page.waitForFunction(() => window.renderedAt !== undefined, null, { timeout: 120_000 });
    render.push(await page.evaluate(() => window.renderedAt));
    // One filter change and one expand-all per load, timed to the next painted frame.
    const timed = await page.evaluate(async (run) => {
      const r = document.getElementById('qa-reader').shadowRoot;
      const nextPaint = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
      const time = async (act) => {
        await nextPaint();
        const t0 = performance.now();
        act();
        await nextPaint();
        return performance.now() - t0;
      };
      const chips = r.querySelectorAll('.qar-chip');
      const [expandAll, collapseAll] = r.querySelectorAll('.qar-toolbar .qar-button');
      // Warm up each action once (first runs include the engine compiling cold wasm code).
      await time(() => chips[1].click());
      await time(() => chips[0].click());
      await time(() => expandAll.click());
      await time(() => collapseAll.click());
      const filter = await time(() => chips[1 + (run % (chips.length - 1))].click());
      await time(() => chips[0].click());
      const expand = await time(() => expandAll.click());
      const { memoryBytes } = await import('/qa-reader-element.js');
      return {
        filter,
        expand,
        memory: memoryBytes(),
        shape: `${r.querySelectorAll('.qar-section').length - 1} sections, ${chips.length - 1} experts`,
      };
    }, run);
    filter.push(timed.filter);
    expand.push(timed.expand);
    memory = timed.memory;
    shape = timed.shape;
    await page.close();
  }
  rows.push(
    `| ${n}× | ${shape} | ${median(render).toFixed(0)} ms | ${median(filter).toFixed(1)} ms | ${median(expand).toFixed(1)} ms | ${(memory / 1048576).toFixed(1)} MiB |`,
  );
  console.error(`browser bench: ${n}× done`);
}
await browser.close();
await server.close();

console.log(`| article | shape | first render (median of ${RUNS}) | filter change → next frame | expand all → next frame | wasm memory |`);
console.log('|---|---|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
