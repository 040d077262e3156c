// The benchmark pages for an N× article, shared by the browser benchmarks: the demo page
// pointed at the scaled article as text (`bench/Nx.html`) and as the JSON `qa-reader parse`
// writes (`bench/Nx-json.html`, which never fetches the parser module), and the hand-written
// vanilla-JS reader given that JSON (`bench/vanilla-Nx.html`), in `dist/bench/`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'target', 'release', 'qa-reader');
const seed = join(root, 'seeds', 'aljazeera-eastern-stronghold-explainer.txt');

/** Writes the pages for each of `scales` into `dist/bench/` (the release CLI scales the seed). */
export function writeBenchPages(dist, scales) {
  mkdirSync(join(dist, 'bench'), { recursive: true });
  const template = readFileSync(join(dist, 'index.html'), 'utf8');
  copyFileSync(join(root, 'bench', 'vanilla-reader.js'), join(dist, 'bench', 'vanilla-reader.js'));
  copyFileSync(join(root, 'static', 'qa-reader.css'), join(dist, 'bench', 'qa-reader.css'));
  for (const n of scales) {
    const text = join(dist, 'bench', `seed-${n}x.txt`);
    writeFileSync(text, execFileSync(cli, ['scale', seed, String(n)], { maxBuffer: 1 << 30 }));
    writeFileSync(join(dist, 'bench', `seed-${n}x.json`), execFileSync(cli, ['parse', text], { maxBuffer: 1 << 30 }));
    writeFileSync(
      join(dist, 'bench', `vanilla-${n}x.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>vanilla reader ${n}x</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="../page.css"><script type="module" src="vanilla-reader.js"></script></head>
<body><main class="page"><div id="qa-reader" data-src="seed-${n}x.json" data-css="qa-reader.css"></div></main></body></html>\n`,
    );
    for (const [page, source] of [[`${n}x.html`, `seed-${n}x.txt`], [`${n}x-json.html`, `seed-${n}x.json`]]) {
      writeFileSync(
        join(dist, 'bench', page),
        template.replace(/data-src="[^"]*"/, `data-src="${source}"`).replace('src="page.js"', 'src="../page.js"'),
      );
    }
  }
}
