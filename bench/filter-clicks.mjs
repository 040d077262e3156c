// Filter clicks, many per loaded page: the reader's builds (release dist/ directories, A/B)
// against the vanilla-JS reader, pages loaded in turns, each page clicked on and off CLICKS
// times. Finer than bench/browser.mjs (one timed click each way per fresh page), for
// comparing two builds in the same run; it also splits each click's work into script (the
// click to the updated DOM) and style + layout (the forced layout after it).
//
//   node bench/filter-clicks.mjs [DIST ...]    (default: dist/; each DIST a release build)
//
// Bench pages are written into each DIST (by this checkout's release CLI, as
// bench/browser.mjs does); the vanilla reader is served from the first. Each DIST is served
// on its own port. Q=0.25 prints the lower quartile instead of the median. After the first
// round of experts, choosing one again finds its rules kept (up to 16 experts: at 1× every
// later "on" click is one; at 10×, with 50 experts, most are new).
import { basename, join, resolve } from 'node:path';
import { serve } from '../e2e/server.mjs';
import { launch } from '../e2e/browser.mjs';
import { root, writeBenchPages } from './pages.mjs';

const dists = (process.argv.length > 2 ? process.argv.slice(2) : [join(root, 'dist')]).map((d) => resolve(d));
const SCALES = (process.env.SCALES ?? '1,10').split(',').map(Number);
const PAGES = Number(process.env.PAGES ?? 6);
const CLICKS = Number(process.env.CLICKS ?? 30);
const Q = Number(process.env.Q ?? 0.5);
const quantile = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * Q)];

for (const dist of dists) writeBenchPages(dist, SCALES);
const servers = await Promise.all(dists.map((d) => serve(d)));
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });

/** CLICKS filter changes on and off on a loaded page: [work, script, style+layout] each. */
const clicks = (page) =>
  page.evaluate(async (n) => {
    const r = document.getElementById('qa-reader').shadowRoot;
    const nextPaint = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    const time = async (chip) => {
      await nextPaint();
      const t0 = performance.now();
      chip.click();
      for (let i = 0; i < 8 && chip.getAttribute('aria-pressed') !== 'true'; i++) await Promise.resolve();
      if (chip.getAttribute('aria-pressed') !== 'true') return null;
      const t1 = performance.now();
      void document.documentElement.offsetHeight;
      const t2 = performance.now();
      return [t2 - t0, t1 - t0, t2 - t1];
    };
    const chips = r.querySelectorAll('.qar-chip');
    const on = [];
    const off = [];
    for (let k = 0; k < n; k++) {
      on.push(await time(chips[1 + (k % (chips.length - 1))]));
      off.push(await time(chips[0]));
    }
    // The first two of each are the page's first clicks (code paths still warming up).
    // (A click whose render missed its microtask is null: counted, not timed.)
    return { on: on.slice(2), off: off.slice(2) };
  }, CLICKS);

console.log(`Filter clicks, ${PAGES} pages × ${CLICKS - 2} clicks each way, ${Q === 0.5 ? 'medians' : `quantile ${Q}`} (ms; ratio to the vanilla reader):\n`);
console.log('| article | reader | filter on | on: script / style+layout | filter off | off: script / style+layout |');
console.log('|---|---|---:|---:|---:|---:|');
for (const n of SCALES) {
  const readers = [
    ...dists.map((d, k) => [`${k + 1}: ${basename(d)}`, `${servers[k].url}/bench/${n}x-json.html`]),
    ['vanilla', `${servers[0].url}/bench/vanilla-${n}x.html`],
  ];
  const got = Object.fromEntries(readers.map(([name]) => [name, { on: [], off: [], dropped: 0 }]));
  for (let p = 0; p < PAGES; p++) {
    for (const [name, url] of readers) {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => document.getElementById('qa-reader')?.shadowRoot?.querySelector('.qar-chip'), null, { timeout: 120_000 });
      const t = await clicks(page);
      got[name].on.push(...t.on.filter(Boolean));
      got[name].off.push(...t.off.filter(Boolean));
      got[name].dropped += t.on.length + t.off.length - t.on.filter(Boolean).length - t.off.filter(Boolean).length;
      await page.close();
    }
  }
  const q = (xs, i) => quantile(xs.map((x) => x[i]));
  for (const [name] of readers) {
    const cell = (dir) => {
      const ratio = q(got[name][dir], 0) / q(got.vanilla[dir], 0);
      return `${q(got[name][dir], 0).toFixed(1)} (${ratio.toFixed(2)}×) | ${q(got[name][dir], 1).toFixed(1)} / ${q(got[name][dir], 2).toFixed(1)}`;
    };
    const dropped = got[name].dropped ? ` (${got[name].dropped} clicks missed their render microtask, not counted)` : '';
    console.log(`| ${n}× | ${name}${dropped} | ${cell('on')} | ${cell('off')} |`);
  }
}
await browser.close();
await Promise.all(servers.map((s) => s.close()));
