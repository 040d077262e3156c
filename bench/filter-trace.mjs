// A DevTools-protocol trace of filter clicks on the 1× seed (release dist/), split into
// script, style recalculation, layout, paint and the rest, against the vanilla-JS reader of
// the same article: where a filter click's time goes. Prints a markdown table of medians.
// Run by scripts/bench.sh after the release builds (it needs dist/ and the release binary).
import { join } from 'node:path';
import { serve } from '../e2e/server.mjs';
import { launch } from '../e2e/browser.mjs';
import { root, writeBenchPages } from './pages.mjs';

const dist = process.env.DIST ?? join(root, 'dist');
const RUNS = Number(process.env.RUNS ?? 9);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const KINDS = {
  script: ['FunctionCall', 'EvaluateScript', 'v8.compile', 'TimerFire', 'EventDispatch', 'RunMicrotasks', 'v8.callFunction'],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout', 'UpdateLayerTree', 'PrePaint'],
  paint: ['Paint', 'PaintImage', 'CompositeLayers', 'Commit'],
};

writeBenchPages(dist, [1]);

const server = await serve(dist);
const browser = await launch();

/** Clicks chip `n` untraced and lets two frames pass. */
const click = (page, chip) =>
  page.evaluate(async (chip) => {
    document.getElementById('qa-reader').shadowRoot.querySelectorAll('.qar-chip')[chip].click();
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
  }, chip);

/** Trace one click on chip `n` (then a click on chip `after`, untraced); totals per kind in ms. */
async function traced(page, chip, after = 0) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
  await page.evaluate(async (chip) => {
    const r = document.getElementById('qa-reader').shadowRoot;
    r.querySelectorAll('.qar-chip')[chip].click();
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
  }, chip);
  await cdp.send('Tracing.end');
  await done;
  await click(page, after);
  await cdp.detach();
  const total = { script: 0, style: 0, layout: 0, paint: 0 };
  // Complete events on the renderer main thread only (nested events are not added twice:
  // only script's outermost calls count, as DevTools' summary does).
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let scriptEnd = 0;
  for (const e of events.filter((e) => e.ph === 'X' && (!main || (e.pid === main.pid && e.tid === main.tid))).sort((a, b) => a.ts - b.ts)) {
    for (const [kind, names] of Object.entries(KINDS)) {
      if (!names.includes(e.name)) continue;
      if (kind === 'script') {
        if (e.ts < scriptEnd) break;
        scriptEnd = e.ts + (e.dur ?? 0);
      }
      total[kind] += (e.dur ?? 0) / 1000;
    }
  }
  return total;
}

const rows = [];
for (const [label, file] of [['qa-reader', 'bench/1x.html'], ['vanilla reader', 'bench/vanilla-1x.html']]) {
  for (const way of ['on', 'off']) {
  const got = { script: [], style: [], layout: [], paint: [] };
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/${file}`);
    await page.waitForFunction(() => document.getElementById('qa-reader')?.shadowRoot?.querySelector('.qar-chip'), null, { timeout: 60_000 });
    await traced(page, 1); // warm-up
    const chip = 1 + (run % 4);
    // Filter on: All -> an expert (traced), back untraced. Off: the expert -> All (traced),
    // the expert chosen untraced first.
    const t = way === 'on' ? await traced(page, chip) : (await click(page, chip), await traced(page, 0));
    for (const k of Object.keys(got)) got[k].push(t[k]);
    await context.close();
  }
  rows.push(`| ${label} | ${way} | ${Object.keys(got).map((k) => median(got[k]).toFixed(2)).join(' | ')} |`);
  }
}
await browser.close();
await server.close();
console.log(`Filter on and off at 1×, one click traced (DevTools protocol, renderer main thread), median of ${RUNS} loads, ms:`);
console.log();
console.log('| reader | filter | script | style recalc | layout | paint |');
console.log('|---|---|---:|---:|---:|---:|');
for (const r of rows) console.log(r);
