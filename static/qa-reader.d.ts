// Types for the qa-reader JavaScript API (the wasm-bindgen glue, `qa-reader/api`).
// Written by hand from src/edge/api.rs, src/ui/options.rs and docs/article-json.md; the
// package test (e2e/package.test.mjs) checks that every label, option and error code here
// is one the reader knows, and type-checks a host file against it.

/** Where a part of the article came from in the input text (1-based, inclusive). */
export interface Lines {
  first: number;
  last: number;
}

/** How a paragraph's speaker was found. */
export type Via = 'name' | 'surname' | 'pronoun' | 'role' | 'continuation';

export interface Paragraph {
  kind: 'paragraph';
  text: string;
  /** Expert ids. */
  speakers: string[];
  /** Quoted spans, as UTF-8 byte ranges into `text`. */
  quotes: { start: number; end: number }[];
  evidence: { speaker: string; cue: string; via: Via }[];
  lines?: Lines;
}

export interface Figure {
  kind: 'figure';
  caption: string;
  credit: string | null;
  alt: string | null;
  lines?: Lines;
}

export interface Embed {
  kind: 'embed';
  label: string;
  credit: string | null;
  lines?: Lines;
}

export type Block = Paragraph | Figure | Embed;

export interface Section {
  /** A slug unique in the article (`intro` for the intro), usable in a URL hash. */
  id: string;
  heading: string | null;
  heading_lines?: Lines;
  blocks: Block[];
}

export interface Expert {
  id: string;
  name: string;
  role: string | null;
  paragraphs: number;
}

export interface Removed {
  text: string;
  reason: string;
  lines?: Lines;
}

/** Article JSON (docs/article-json.md). Fields may be added; none are renamed or removed. */
export interface Article {
  title: string | null;
  standfirst?: string | null;
  source?: string | null;
  sections: Section[];
  experts?: Expert[];
  removed?: Removed[];
  title_lines?: Lines;
  standfirst_lines?: Lines;
  source_lines?: Lines;
}

/** What to mount: article text, article JSON, or a URL to fetch either from. */
export type Source = string | Article | { url: string };

/** The words the reader shows, for translating it. Every one is optional. */
export interface Labels {
  all?: string;
  filterBy?: string;
  expandAll?: string;
  collapseAll?: string;
  noQuotesFrom?: string;
  minRead?: string;
  paragraph?: string;
  paragraphs?: string;
  untitled?: string;
  source?: string;
  embed?: string;
  speaking?: string;
  loading?: string;
  intro?: string;
  viaName?: string;
  viaSurname?: string;
  viaPronoun?: string;
  viaRole?: string;
  viaContinuation?: string;
  showing?: string;
  from?: string;
  /** The roster's accessible name in a prerendered reader before its code runs. */
  quoted?: string;
}

/** `mount()` options. Unknown names are refused (`unknown-option`). */
export interface MountOptions {
  /** An expert id to start filtered by. */
  expert?: string | null;
  /** A section id to start open. */
  section?: string | null;
  /** Keep expert and section in `location.hash` (off by default: two readers would fight). */
  useHash?: boolean;
  /** Opening a section closes the others. */
  singleOpen?: boolean;
  labels?: Labels;
  /**
   * Take over the reader prerendered by `qa-reader render` in the target's shadow root
   * (no re-render, no re-parse; with the hydrating build, `qa-reader-hydrate.js`, which
   * `load()` picks on such pages: `qa-reader.js` mounts it afresh from its JSON); the source
   * is then usually the article JSON it carries.
   */
  hydrate?: boolean;
  /**
   * The URL of `qa-reader-parse.wasm`, fetched only for plain-text articles (and article
   * JSON that names no speakers). Default: beside `qa-reader.js`; a relative URL resolves
   * against the page. A page loads one parser module: the URL of a load under way or done is
   * kept (the `<qa-reader>` element always passes the one beside it).
   */
  parser?: string;
}

/** Why a reader failed: stable names to branch on (messages may change). */
export type ReaderErrorCode =
  | 'no-target'
  | 'bad-source'
  | 'fetch-failed'
  | 'http-status'
  | 'not-text'
  | 'bad-json'
  | 'empty'
  | 'too-large'
  | 'no-parser'
  | 'unknown-option'
  | 'bad-option'
  | 'no-expert'
  | 'destroyed'
  | 'internal'
  /** Only from the `<qa-reader>` element: the wasm itself could not be loaded. */
  | 'load-failed';

/** What `mount()` rejects with and the handle's methods throw. */
export interface ReaderError extends Error {
  code: ReaderErrorCode;
}

/** A mounted reader. */
export declare class ReaderHandle {
  private constructor();
  /** Filters by the expert with this id, or shows everything again with `null`. */
  setExpert(id: string | null): void;
  /** Opens every section. */
  expandAll(): void;
  /** Closes every section but the intro. */
  collapseAll(): void;
  /** The article as JSON. */
  article(): Article;
  /** Removes the reader and everything it added to the page. Safe to call twice. */
  destroy(): void;
  /** Frees the handle's wasm memory (the reader stays; call `destroy()` first). */
  free(): void;
}

/**
 * Mounts a reader on `target` (an element or a CSS selector). Resolves once it has
 * rendered; rejects with a {@link ReaderError} after showing the message in the reader's
 * box and firing `qa-reader:error` on the host.
 */
export function mount(target: Element | string, source: Source, options?: MountOptions): Promise<ReaderHandle>;

/** The `detail` of each event a reader fires on its host element (they bubble and are composed). */
export interface ReaderEventDetail {
  'qa-reader:expert': { expert: string | null };
  'qa-reader:section': { section: string; open: boolean };
  'qa-reader:error': { code: ReaderErrorCode; message: string };
  'qa-reader:ready': null;
}

export type ReaderEvents = {
  [K in keyof ReaderEventDetail]: CustomEvent<ReaderEventDetail[K]>;
};

declare global {
  interface HTMLElementEventMap extends ReaderEvents {}
  interface DocumentEventMap extends ReaderEvents {}
}

/**
 * Loads the wasm (by default the one next to this module: `qa-reader_bg.wasm`, or
 * `qa-reader-hydrate_bg.wasm` for `qa-reader-hydrate.js`).
 */
export default function init(
  options?: { module_or_path?: string | URL | Request | Response | BufferSource | WebAssembly.Module },
): Promise<unknown>;
