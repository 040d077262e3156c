#!/usr/bin/env bash
# Builds the release bundle and native binary, then measures: bundle sizes, where the wasm's
# bytes go (bench/size-breakdown.sh: twiggy by crate and function family), native parse time
# at 1×–150× the seed (and hostile 1 MB inputs), and in headless Chromium the first render,
# filter change and expand all at 1×–1000× with wasm memory, and the filter's work against a
# hand-written vanilla-JS reader of the same article (bench/vanilla-reader.js) with the
# ratios, a DevTools trace of a 1× filter click split by kind (bench/filter-trace.mjs), and
# prerendered readers' first paint against a static page (bench/prerender.mjs).
# Prints the tables and writes
# them, with the date and machine, to BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

cargo build --release --bin qa-reader
trunk build --release
sizes=$(node bench/sizes.mjs)
breakdown=$(bench/size-breakdown.sh)
native=$(cargo bench -q --bench parse 2>/dev/null | grep '^|')
browser=$(node bench/browser.mjs)
prerender=$(node bench/prerender.mjs)
trace=$(node bench/filter-trace.mjs)

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
{
  echo "# Benchmarks"
  echo
  echo "Measured $(date -u +%Y-%m-%d) by \`scripts/bench.sh\` on $(nproc) cores of ${cpu:-an unknown CPU}, $(free -g | awk '/Mem:/ {print $2}') GiB,"
  echo "$(uname -sr), $(rustc --version | cut -d' ' -f1-2), $(chromium --version 2>/dev/null | head -1). Medians; times vary with the machine, sizes do not."
  echo
  echo "## Release bundle"
  echo
  echo "$sizes"
  echo
  echo "## Where the bytes go"
  echo
  echo "From \`bench/size-breakdown.sh\`: twiggy 0.8 on the release wasm after wasm-bindgen, with its"
  echo "name section (*before wasm-opt*), and on the same file after the release wasm-opt passes run"
  echo "with \`-g\`, which keeps the names and nothing else (*shipped*). wasm-opt inlines, so after it"
  echo "a callee's bytes can show up in its caller's crate or family; the *before* columns say where"
  echo "the code comes from. This is the default wasm: no parser (\`qa-reader-parse.wasm\`), no Yew"
  echo "hydration (\`qa-reader-hydrate_bg.wasm\`)."
  echo
  echo "$breakdown"
  echo
  echo "## Native parse (parse + attribution, \`cargo bench --bench parse\`, opt-level 3)"
  echo
  echo "$native"
  echo
  echo "## In the browser (release build, headless Chromium, Playwright)"
  echo
  echo "First render: navigation start to the title and headings in the DOM (includes fetching and"
  echo "parsing the article in wasm). Filter change and expand all, each from a click made just"
  echo "after a frame: *work* is the click to a rendered, styled and laid-out page (what has to fit"
  echo "in a 16.7 ms frame at 60 Hz); *next frame* is the click to the next painted frame, which"
  echo "includes waiting for that frame, so it cannot fall much below 16.7 ms however little the work"
  echo "(the column before memory: a click that changes nothing, timed the same way)."
  echo
  echo "$browser"
  echo
  echo "$trace"
  echo
  echo "## Prerendered readers (\`qa-reader render\`, hydrated by the release build)"
  echo
  echo "$prerender"
} > BENCHMARKS.md.new
cat BENCHMARKS.md.new
# Keep the analysis written below the measured tables.
if [ -f BENCHMARKS.md ] && grep -q '^## Analysis' BENCHMARKS.md; then
  { echo; sed -n '/^## Analysis/,$p' BENCHMARKS.md; } >> BENCHMARKS.md.new
fi
mv BENCHMARKS.md.new BENCHMARKS.md
