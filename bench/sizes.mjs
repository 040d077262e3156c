// Prints the release bundle's sizes (gzip -9 and brotli) as a markdown table: what every
// reader page downloads, the parser module that pages given plain text fetch as well, and the
// hydrating build that pages with prerendered readers load instead of the wasm and glue.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = [
  ['wasm (carries the stylesheet)', 'dist/qa-reader_bg.wasm'],
  ['JS glue (wasm-bindgen; minified by esbuild)', 'dist/qa-reader.js'],
  ['JS custom element (minified by esbuild)', 'dist/qa-reader-element.js'],
  ['CSS (inside the wasm; the file, for reference)', 'static/qa-reader.css'],
];
const parser = ['parser module (fetched only for plain-text articles)', 'dist/qa-reader-parse.wasm'];
const row = (name, raw, gz, br) => `| ${name} | ${raw} | ${gz} | ${br} |`;
console.log('| file | bytes | gzip -9 | brotli |');
console.log('|---|---:|---:|---:|');
const measure = (path) => {
  const data = readFileSync(join(root, path));
  const gz = gzipSync(data, { level: constants.Z_BEST_COMPRESSION }).length;
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return [data.length, gz, br];
};
let total = [0, 0, 0];
for (const [name, path] of files) {
  const sizes = measure(path);
  console.log(row(name, ...sizes));
  if (!path.startsWith('static/')) total = total.map((t, i) => t + sizes[i]);
}
console.log(row('**total downloaded** (article JSON)', ...total));
const parsed = measure(parser[1]);
console.log(row(parser[0], ...parsed));
console.log(row('**total downloaded** (plain text)', ...total.map((t, i) => t + parsed[i])));
const hydrating = [
  ['hydrating wasm (Yew hydration; pages with prerendered readers)', 'dist/qa-reader-hydrate_bg.wasm'],
  ['its glue', 'dist/qa-reader-hydrate.js'],
];
let prerendered = measure('dist/qa-reader-element.js');
for (const [name, path] of hydrating) {
  const sizes = measure(path);
  console.log(row(name, ...sizes));
  prerendered = prerendered.map((t, i) => t + sizes[i]);
}
console.log(row('**total downloaded** (prerendered, with the element)', ...prerendered));
