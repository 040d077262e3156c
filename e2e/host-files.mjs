// The files a host page needs, read from the one place that names them: the README's
// host-files list (Embedding). The host, package and size tests all use this list.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md'), 'utf8');

/** The files the README tells hosts to copy, in its order. */
export function hostFiles() {
  const block = readme.match(/<!-- host-files[^>]*-->([\s\S]*?)<!-- \/host-files -->/);
  if (!block) throw new Error('the README has no host-files list');
  return [...block[1].matchAll(/^- `([^`]+)`/gm)].map((m) => m[1]);
}
