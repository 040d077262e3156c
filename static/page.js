// The demo page's loader (instead of an inline script, so a strict CSP can forbid those):
// starting the wasm mounts the reader on #qa-reader, from the article its data-src names.
import { load } from './qa-reader-element.js';

load().catch((error) => {
  const root = document.getElementById('qa-reader');
  if (root) root.textContent = `The reader could not start: ${error?.message ?? error}`;
});
