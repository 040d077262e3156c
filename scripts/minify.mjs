// Trunk post-build hook (Trunk.toml), release builds only: minifies the JavaScript files a
// host page loads, the wasm-bindgen glue and the custom element (and, called by
// scripts/build-hydrate.sh, the hydrating build's glue), with esbuild (already a
// tool of ours, package.json). Their sources stay readable in the repository and the
// package's declarations carry the API; the copies served are what every visit downloads
// (measured in BENCHMARKS.md). Exports, property names and `import.meta.url` are kept as
// they are, which is all the two files' users and the wasm rely on.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const staging = process.env.TRUNK_STAGING_DIR;
if (staging && process.env.TRUNK_PROFILE === 'release') {
  // Named on the command line (scripts/build-hydrate.sh: the hydrating build's glue), or the two.
  const names = process.argv.length > 2 ? process.argv.slice(2) : ['qa-reader.js', 'qa-reader-element.js'];
  for (const name of names) {
    const file = join(staging, name);
    if (!existsSync(file)) continue;
    const { code } = transformSync(readFileSync(file, 'utf8'), {
      format: 'esm',
      minify: true,
      target: 'es2022',
      legalComments: 'none',
    });
    writeFileSync(file, code);
  }
}
