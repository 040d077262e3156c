// Where the wasm's bytes go: tables by crate and by function family from twiggy.
//
// Usage: node bench/size-breakdown.mjs PRE.wasm POST.wasm [SHIPPED.wasm PASSES UNOPT.wasm]
//   PRE:     wasm-bindgen's output, before wasm-opt (rustc's code, with its name section);
//   POST:    the same after the release wasm-opt passes run with `-g`, which keeps the names
//            (the code is that of the shipped wasm; `-g` only keeps the name section);
//   SHIPPED: the same passes without `-g` (the file trunk ships), and PASSES their flags;
//   UNOPT:   PRE with only its name section dropped (for the gzip size before wasm-opt).
// Prints markdown. bench/size-breakdown.sh builds the files and calls this.
// Sizes here are raw bytes, per item; gzip works on the whole file, so only totals get a
// gzip figure.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';

const [pre, post, shipped, passes, unopt] = process.argv.slice(2);
if (!pre || !post) {
  console.error('usage: node bench/size-breakdown.mjs PRE.wasm POST.wasm [SHIPPED.wasm PASSES UNOPT.wasm]');
  process.exit(2);
}
const twiggy = (...args) =>
  JSON.parse(execFileSync('twiggy', [...args, '-f', 'json'], { maxBuffer: 1 << 28 }).toString());

// Name sections are not shipped (wasm-opt drops them), so they count nowhere.
const isNames = (name) => /subsection$/.test(name) || name === "custom section 'name'";

// The crate an item's code comes from. `<A as B>::f` is A's crate, unless A is a std type
// and B is not, in which case the impl can only live in B's crate (orphan rule).
const STD = new Set(['core', 'alloc', 'std', 'compiler_builtins']);
function crateOf(raw) {
  const name = plain(raw);
  if (name.startsWith('data segment')) return 'data segments (strings, word lists, stylesheet)';
  if (name.startsWith('custom section') || name.startsWith('export ') || name.startsWith('import ')
      || /^(elem|table|type|global|memory)\[/.test(name)) return 'wasm sections (exports, imports, table, types)';
  const paths = [...name.matchAll(/(?:^|[<\s(&*,])([a-z_][a-z0-9_]*)::/g)].map((m) => m[1]);
  if (paths.length === 0) return 'wasm-bindgen glue (exports, shims, externref table)';
  let crate = paths[0];
  const asTrait = name.match(/^<.*? as ([a-z_][a-z0-9_]*)::/);
  if (STD.has(crate) && asTrait && !STD.has(asTrait[1])) crate = asTrait[1];
  if (crate === 'qa_reader') {
    const m = name.match(/qa_reader::(core|ui|edge)\b/);
    return m ? `qa_reader::${m[1]}` : 'qa_reader';
  }
  if (STD.has(crate)) return 'std, core, alloc';
  return crate;
}

// Function families, first match wins; they cut across crates.
const FAMILIES = [
  ['data segments (strings, word lists, stylesheet)', /^data segment/],
  ['formatting (core::fmt, Display, Debug, escapes)', /core::fmt|alloc::fmt|::fmt::h|escape_debug|unicode::printable|fmt::num|flt2dec|<.* as core::fmt::|::to_string::|format_inner|Formatter|pad_integral|debug_(list|struct|tuple|map)/],
  ['panics (hook, messages, bounds and unwrap failures)', /panic|unwrap_failed|expect_failed|slice_error_fail|index_out_of_bounds|_fail_rt|slice_(start|end)_index|str_index|begin_unwind|__rust_start_panic|abort|handle_alloc_error|capacity_overflow|already_(mutably_)?borrowed|throw_str|throw_val/],
  ['allocator', /dlmalloc|talc|lol_alloc|__rust_alloc|__rust_dealloc|__rust_realloc|__rdl_|__wbindgen_(malloc|realloc|free)|alloc::alloc::|raw_vec|RawVec|finish_grow|reserve|do_reserve_and_handle/],
  ['hash maps', /hashbrown|core::hash|BuildHasher|indexmap|Hasher/],
  ['Yew virtual DOM and reconciler', /yew::(dom_bundle|virtual_dom)/],
  ['Yew components, hooks, scheduler (instantiated for ours)', /^<?yew::|yew::(html|functional|scheduler|context|callback|app_handle|renderer)|implicit_clone|<qa_reader::ui::[^>]* as yew::/],
  ['our components (qa_reader::ui)', /qa_reader::ui/],
  ['JS boundary (wasm-bindgen, js-sys, web-sys, closures, futures)', /wasm_bindgen|js_sys|web_sys|gloo|externref|__wbindgen|__wbg_|Closure|closure|readerhandle_|^mount|shim/],
  ['parser and attribution (qa_reader::core)', /qa_reader::core/],
  ['embedding API and JSON converter (qa_reader::edge)', /qa_reader::edge/],
  ['memcpy, memset, memcmp', /^mem(cpy|set|cmp|move)$|compiler_builtins/],
  ['strings, vectors, iterators, Rc, RefCell (std)', /core::|alloc::|std::/],
  ['wasm sections (exports, imports, table, types)', /^(custom section|export |import |elem\[|table\[|type\[|global\[|memory\[)/],
];
// Standard-library symbols carry their crate's hash (`core[c5930c85a12de822]::fmt`).
const plain = (name) => name.replace(/\[[0-9a-f]{16}\]/g, '');
const familyOf = (name) => (FAMILIES.find(([, re]) => re.test(plain(name))) ?? ['other'])[0];

function tally(items, key) {
  const sums = new Map();
  let total = 0;
  for (const it of items) {
    if (isNames(it.name)) continue;
    const k = key(it.name);
    sums.set(k, (sums.get(k) ?? 0) + it.shallow_size);
    total += it.shallow_size;
  }
  return { sums, total };
}

const preItems = twiggy('top', pre);
const postItems = twiggy('top', post);

// SIZE_LIST=<family or crate> lists that group's shipped items instead (to find cuts).
if (process.env.SIZE_LIST) {
  for (const it of postItems) {
    if (!isNames(it.name) && [familyOf(it.name), crateOf(it.name)].includes(process.env.SIZE_LIST)) {
      console.log(it.shallow_size, it.name.slice(0, 200));
    }
  }
  process.exit(0);
}
const kb = (n) => (n / 1000).toFixed(1);
const pct = (n, t) => `${((100 * n) / t).toFixed(1)}%`;

function table(title, key) {
  const a = tally(preItems, key);
  const b = tally(postItems, key);
  const keys = [...new Set([...a.sums.keys(), ...b.sums.keys()])].sort(
    (x, y) => (b.sums.get(y) ?? 0) - (b.sums.get(x) ?? 0) || (a.sums.get(y) ?? 0) - (a.sums.get(x) ?? 0),
  );
  console.log(`| ${title} | before wasm-opt: KB | share | shipped (after wasm-opt): KB | share |`);
  console.log('|---|---:|---:|---:|---:|');
  for (const k of keys) {
    const x = a.sums.get(k) ?? 0;
    const y = b.sums.get(k) ?? 0;
    console.log(`| ${k} | ${kb(x)} | ${pct(x, a.total)} | ${kb(y)} | ${pct(y, b.total)} |`);
  }
  console.log(`| **total** (without name sections) | ${kb(a.total)} | | ${kb(b.total)} | |`);
  console.log();
}

if (shipped) {
  const raw = (f) => readFileSync(f).length;
  const gz = (f) => gzipSync(readFileSync(f), { level: constants.Z_BEST_COMPRESSION }).length;
  const before = raw(unopt);
  console.log(`| wasm | bytes | gzip -9 |`);
  console.log('|---|---:|---:|');
  console.log(`| rustc + wasm-bindgen, before wasm-opt (name section dropped) | ${before} | ${gz(unopt)} |`);
  console.log(`| after \`wasm-opt ${passes}\` (shipped) | ${raw(shipped)} | ${gz(shipped)} |`);
  console.log();
  const off = (a, b) => (100 * (1 - a / b)).toFixed(1);
  console.log(`wasm-opt takes ${off(raw(shipped), before)}% off the raw bytes and ${off(gz(shipped), gz(unopt))}% off the gzipped.`);
  console.log();
}

console.log('By crate (raw bytes; a generic function counts for the crate that defines it, so');
console.log("Yew's component machinery instantiated for our components counts as yew):");
console.log();
table('crate', crateOf);
console.log('By function family (across crates; the first matching family wins):');
console.log();
table('family', familyOf);

// The largest shipped functions, after wasm-opt's inlining (which folds callees into callers).
console.log('Largest shipped items (after wasm-opt; inlined callees count in their caller):');
console.log();
console.log('| bytes | item |');
console.log('|---:|---|');
const short = (s) => s.replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]{16}\]/g, '').replace(/\|/g, '\\|');
for (const it of postItems.filter((i) => !isNames(i.name)).slice(0, 15)) {
  console.log(`| ${it.shallow_size} | \`${short(it.name).slice(0, 140)}\` |`);
}
console.log();

// Generic functions with the most copies (twiggy monos, before wasm-opt).
console.log('Monomorphisations with the most bloat (`twiggy monos`, before wasm-opt; bloat = all copies');
console.log('but the largest):');
console.log();
console.log('| generic function | copies | bytes | bloat |');
console.log('|---|---:|---:|---:|');
// `-n` high enough that every copy is listed, so that they can be counted.
const monos = twiggy('monos', '-m', '12', '-n', '100000', pre);
for (const m of monos) {
  if (!m.generic || /^Σ|^\.\.\./.test(m.generic)) continue;
  const copies = m.monomorphizations.filter((i) => !i.name.startsWith('... and')).length;
  console.log(`| \`${short(m.generic).slice(0, 120)}\` | ${copies} | ${m.total_size} | ${m.approximate_monomorphization_bloat_bytes} |`);
}
console.log();
