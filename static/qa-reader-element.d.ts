// Types for the <qa-reader> custom element module (the package's main entry).
import type { ReaderHandle } from './qa-reader.js';
import * as api from './qa-reader.js';

export type * from './qa-reader.js';

/**
 * Resolves to the reader's JavaScript API once the wasm is ready (loaded once per page): on
 * pages with prerendered readers, the build with Yew's hydration (`qa-reader/hydrate`).
 */
export function load(): Promise<typeof api>;

/** Bytes of wasm memory in use by all readers on the page (0 before loading). */
export function memoryBytes(): number;

/**
 * `<qa-reader src="article.txt" expert="jane-doe" hash>`: one reader per element (`hash`: keep
 * the expert and section in the location hash). An element prerendered by `qa-reader render`
 * carries its article and is taken over without a fetch.
 */
export interface QaReaderElement extends HTMLElement {
  /** The mounted reader's handle, or null before it has rendered (or after a failure). */
  readonly reader: ReaderHandle | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'qa-reader': QaReaderElement;
  }
}
