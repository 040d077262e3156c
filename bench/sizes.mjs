// Prints the release bundle's sizes (gzip -9 and brotli) as a markdown table.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = [
  ['wasm (carries the stylesheet)', 'dist/qa-reader_bg.wasm'],
  ['JS glue (wasm-bindgen; comments and indentation trimmed)', 'dist/qa-reader.js'],
  ['JS custom element', 'dist/qa-reader-element.js'],
  ['CSS (inside the wasm; the file, for reference)', 'static/qa-reader.css'],
];
const row = (name, raw, gz, br) => `| ${name} | ${raw} | ${gz} | ${br} |`;
console.log('| file | bytes | gzip -9 | brotli |');
console.log('|---|---:|---:|---:|');
let total = [0, 0, 0];
for (const [name, path] of files) {
  const data = readFileSync(join(root, path));
  const gz = gzipSync(data, { level: constants.Z_BEST_COMPRESSION }).length;
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(row(name, data.length, gz, br));
  if (!path.startsWith('static/')) total = [total[0] + data.length, total[1] + gz, total[2] + br];
}
console.log(row('**total downloaded**', ...total));
