// Trunk post-build hook (Trunk.toml): drops the comments and indentation of wasm-bindgen's JS
// glue in release builds. The glue is generated, so nobody reads the shipped copy; this takes
// 1.5 KB off its 9 KB gzip (BENCHMARKS.md). Only whole-line comments and leading whitespace
// go, which cannot change what the code means as long as no string spans lines; a file with
// a multi-line template literal, or one that no longer parses afterwards, is left as it was.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The trimmed source, or `null` when it is not safe to trim. */
export function trim(src) {
  const out = [];
  let inComment = false;
  for (const line of src.split('\n')) {
    const t = line.trim();
    if (inComment) {
      if (t.includes('*/')) {
        // Code after the comment's end on the same line is kept.
        const rest = t.slice(t.indexOf('*/') + 2).trim();
        if (rest) out.push(rest);
        inComment = false;
      }
      continue;
    }
    if (t.startsWith('/*')) {
      const end = t.indexOf('*/', 2);
      if (end < 0) inComment = true;
      else if (t.slice(end + 2).trim()) out.push(t.slice(end + 2).trim());
      continue;
    }
    if (t === '' || t.startsWith('//')) continue;
    // A template literal left open at the end of a line would have its text changed.
    if ((t.match(/`/g) ?? []).length % 2 !== 0) return null;
    out.push(t);
  }
  return inComment ? null : `${out.join('\n')}\n`;
}

function parses(src) {
  const dir = mkdtempSync(join(tmpdir(), 'trim-glue-'));
  try {
    const file = join(dir, 'glue.mjs');
    writeFileSync(file, src);
    execFileSync(process.execPath, ['--check', file], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const staging = process.env.TRUNK_STAGING_DIR;
if (staging && process.env.TRUNK_PROFILE === 'release') {
  const file = join(staging, 'qa-reader.js');
  if (existsSync(file)) {
    const src = readFileSync(file, 'utf8');
    const trimmed = trim(src);
    if (trimmed !== null && parses(trimmed)) {
      writeFileSync(file, trimmed);
    } else {
      console.warn('trim-glue: qa-reader.js left as generated (not safe to trim)');
    }
  }
}
