// Browser benchmark: the release dist/ in headless Chromium, on articles 1×, 10×, 100× and
// 1000× the seed (made by `qa-reader scale`). Prints a markdown table of medians, then the
// filter's work against a hand-written vanilla-JS reader of the same article
// (bench/vanilla-reader.js, from `qa-reader parse`'s JSON), measured in the same run.
// Run by scripts/bench.sh, which builds everything first.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../e2e/server.mjs';
import { launch } from '../e2e/browser.mjs';
import { root, writeBenchPages } from './pages.mjs';

// DIST: another build to measure (an A/B comparison), dist/ by default.
const dist = process.env.DIST ?? join(root, 'dist');
const RUNS = Number(process.env.RUNS ?? 10);
const SCALES = (process.env.SCALES ?? '1,10,100,1000').split(',').map(Number);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

writeBenchPages(dist, SCALES);

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
// One timed click, for every measure below: from a click made just after a frame, `work` is
// the click to a rendered, styled and laid-out page (Yew renders in a microtask after the
// event; then reading a size makes the browser finish style and layout at once, as the next
// frame would), and `frame` the click to the next painted frame.
await context.addInitScript(() => {
  const nextPaint = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  window.timeClick = async (act, done) => {
    await nextPaint();
    const t0 = performance.now();
    act();
    for (let i = 0; i < 8 && !done(); i++) await Promise.resolve();
    if (!done()) throw new Error(`${location.pathname}: the reader did not update within its render microtask`);
    void document.documentElement.offsetHeight;
    const work = performance.now() - t0;
    await nextPaint();
    return { work, frame: performance.now() - t0 };
  };
});

// Filter on (All -> an expert) and off (the expert -> All), work only, on a loaded page of
// either reader: the same clicks, timed the same way as the table's filter change.
async function filterOnOff(page, run) {
  return page.evaluate(async (run) => {
    const r = document.getElementById('qa-reader').shadowRoot;
    const time = async (act, done) => (await window.timeClick(act, done)).work;
    const pressed = (el) => () => el.getAttribute('aria-pressed') === 'true';
    const chips = r.querySelectorAll('.qar-chip');
    await time(() => chips[1].click(), pressed(chips[1]));
    await time(() => chips[0].click(), pressed(chips[0]));
    const chip = chips[1 + (run % (chips.length - 1))];
    const on = await time(() => chip.click(), pressed(chip));
    const off = await time(() => chips[0].click(), pressed(chips[0]));
    return { on, off };
  }, run);
}

/** One load's timed clicks: a filter change, expand all and a click that changes nothing. */
const timeClicks = (page, run) =>
  page.evaluate(async (run) => {
    const r = document.getElementById('qa-reader').shadowRoot;
    const time = window.timeClick;
    const pressed = (el) => () => el.getAttribute('aria-pressed') === 'true';
    const expanded = () => [...r.querySelectorAll('.qar-toggle')].every((t) => t.getAttribute('aria-expanded') === 'true');
    const collapsed = () => r.querySelector('.qar-toggle').getAttribute('aria-expanded') === 'false';
    const chips = r.querySelectorAll('.qar-chip');
    const [expandAll, collapseAll] = r.querySelectorAll('.qar-toolbar .qar-button');
    // Warm up each action once (first runs include the engine compiling cold wasm code).
    await time(() => chips[1].click(), pressed(chips[1]));
    await time(() => chips[0].click(), pressed(chips[0]));
    await time(() => expandAll.click(), expanded);
    await time(() => collapseAll.click(), collapsed);
    const chip = chips[1 + (run % (chips.length - 1))];
    const filter = await time(() => chip.click(), pressed(chip));
    await time(() => chips[0].click(), pressed(chips[0]));
    const expand = await time(() => expandAll.click(), expanded);
    // The floor of "next frame": a click that changes nothing still waits for the frame.
    const nothing = await time(() => document.body.click(), () => true);
    const { memoryBytes } = await import('/qa-reader-element.js');
    return {
      filter,
      expand,
      nothing,
      memory: memoryBytes(),
      shape: `${r.querySelectorAll('.qar-section').length - 1} sections, ${chips.length - 1} experts`,
    };
  }, run);

const rows = [];
const versus = [];
for (const n of SCALES) {
  const render = [];
  const renderJson = [];
  const filter = [];
  const filterWork = [];
  const expand = [];
  const expandWork = [];
  const idle = [];
  let memory = 0;
  let shape = '';
  // The reader refuses articles over 20 MB (too-large): at 1000× the JSON is just over.
  const jsonFits = statSync(join(dist, 'bench', `seed-${n}x.json`)).size <= 20 * 1024 * 1024;
  for (let run = 0; run < RUNS; run++) {
    // The same article as JSON: no parser module, no parsing (a build from before the
    // parser module had its own wasm parses JSON-sourced articles the same way).
    if (jsonFits) {
      const json = await context.newPage();
      await json.goto(`${server.url}/bench/${n}x-json.html`);
      await json.waitForFunction(() => window.renderedAt !== undefined, null, { timeout: 120_000 });
      renderJson.push(await json.evaluate(() => window.renderedAt));
      await json.close();
    }
    // One filter change and one expand-all per load, each timed twice: the work (click to
    // a rendered, styled and laid-out page) and the wait to the next painted frame. On a
    // loaded machine a render now and then misses its microtask; such a load is measured
    // again (up to three tries) rather than counted, as in the comparison below.
    let page;
    let timed;
    for (let attempt = 1; ; attempt++) {
      page = await context.newPage();
      await page.goto(`${server.url}/bench/${n}x.html`);
      await page.waitForFunction(() => window.renderedAt !== undefined, null, { timeout: 120_000 });
      try {
        timed = await timeClicks(page, run);
        break;
      } catch (error) {
        await page.close();
        if (attempt === 3) throw error;
        console.error(`browser bench: ${n}x.html measured again (${error.message.split('\n')[0]})`);
      }
    }
    render.push(await page.evaluate(() => window.renderedAt));
    filter.push(timed.filter.frame);
    filterWork.push(timed.filter.work);
    expand.push(timed.expand.frame);
    expandWork.push(timed.expand.work);
    idle.push(timed.nothing.frame);
    memory = timed.memory;
    shape = timed.shape;
    await page.close();
  }
  // The filter on and off, work only, for the reader and the vanilla reader, in turns.
  const ours = { on: [], off: [] };
  const vanilla = { on: [], off: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const [file, into] of [[`${n}x.html`, ours], [`vanilla-${n}x.html`, vanilla]]) {
      // On a loaded machine a render now and then misses its microtask; such a load is
      // measured again (up to three tries) rather than counted.
      for (let attempt = 1; ; attempt++) {
        const page = await context.newPage();
        try {
          await page.goto(`${server.url}/bench/${file}`);
          await page.waitForFunction(() => window.renderedAt !== undefined, null, { timeout: 120_000 });
          const t = await filterOnOff(page, run);
          into.on.push(t.on);
          into.off.push(t.off);
          break;
        } catch (error) {
          if (attempt === 3) throw error;
          console.error(`browser bench: ${file} measured again (${error.message.split('\n')[0]})`);
        } finally {
          await page.close();
        }
      }
    }
  }
  const pair = (a, b) => `${median(a).toFixed(1)} / ${median(b).toFixed(1)} ms (${(median(a) / median(b)).toFixed(2)}×)`;
  versus.push(`| ${n}× | ${pair(ours.on, vanilla.on)} | ${pair(ours.off, vanilla.off)} |`);
  rows.push(
    `| ${n}× | ${shape} | ${median(render).toFixed(0)} ms | ${jsonFits ? `${median(renderJson).toFixed(0)} ms` : '– (JSON over 20 MB)'} | ${median(filterWork).toFixed(1)} ms | ${median(filter).toFixed(1)} ms | ${median(expandWork).toFixed(1)} ms | ${median(expand).toFixed(1)} ms | ${median(idle).toFixed(1)} ms | ${(memory / 1048576).toFixed(1)} MiB |`,
  );
  console.error(`browser bench: ${n}× done`);
}
await browser.close();
await server.close();

console.log(`| article | shape | first render, text (median of ${RUNS}) | first render, article JSON | filter change: work | filter change → next frame | expand all: work | expand all → next frame | a click that changes nothing → next frame | wasm memory |`);
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
console.log();
console.log(`Against the hand-written vanilla-JS reader (\`bench/vanilla-reader.js\`), same article, same`);
console.log(`run, pages loaded in turns: filter work (click to a styled, laid-out page), median of ${RUNS};`);
console.log('ratio = reader / vanilla (under 1: the reader is faster).');
console.log();
console.log('| article | filter on: reader / vanilla | filter off: reader / vanilla |');
console.log('|---|---:|---:|');
for (const row of versus) console.log(row);
