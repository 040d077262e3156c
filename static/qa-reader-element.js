// <qa-reader src="article.txt" expert="jane-doe"></qa-reader>
//
// Loads the reader's wasm once, however many elements a page has, and mounts one reader per
// element (in its shadow root, so page styles and reader styles stay apart). Changing `src`
// reloads the article, changing `expert` refilters, removing the element destroys the reader.
// `hash` keeps the chosen expert and section in the location hash (one reader per page).
// An element prerendered by `qa-reader render` (its shadow root declared in the markup, the
// article JSON in a <script type="application/json"> child) is taken over as it stands:
// no fetch, no parse, no re-render (with the hydrating build, which the element loads for
// such pages; see `load()`).
// `load()` resolves to the wasm module's exports (`mount`) for pages that mount by hand.
let loading;
let exports;
// Where the parser module is, written so that bundlers that follow `new URL(…,
// import.meta.url)` ship it too. The reader fetches it only for plain-text articles (and
// article JSON that names no speakers).
const PARSER = new URL('./qa-reader-parse.wasm', import.meta.url).href;

// The article JSON that `qa-reader render` puts in a prerendered element.
const ARTICLE_SCRIPT = 'script.qar-article[type="application/json"]';

/** Whether the page has a reader prerendered by `qa-reader render` (its article inside). */
const prerenderedOnPage = () => document.querySelector(`qa-reader > ${ARTICLE_SCRIPT}`) !== null;

/**
 * Resolves to the reader's JavaScript API once the wasm is ready (loaded once per page).
 * The build is chosen once, from the page as it stands when `load()` is first called (after
 * it has been parsed): pages with prerendered readers get the build with Yew's hydration,
 * which takes them over node for node (qa-reader-hydrate.js); others the lighter build
 * without it. Either mounts any reader; the lighter one mounts a prerendered reader afresh
 * from its article (so do readers prerendered into the page after that first call).
 */
export function load() {
  loading ??= parsed()
    .then(() => (prerenderedOnPage() ? hydrating() : plain()))
    .then(([glue, wasm]) => {
      exports = wasm;
      return glue;
    });
  return loading;
}

// A module loaded with `async` can run before the page is parsed: the choice waits for it.
const parsed = () =>
  document.readyState === 'loading'
    ? new Promise((ok) => document.addEventListener('DOMContentLoaded', ok, { once: true }))
    : Promise.resolve();

// Two literal imports, so that bundlers see both glue files.
const plain = async () => {
  const glue = await import('./qa-reader.js');
  return [glue, await glue.default({ module_or_path: new URL('./qa-reader_bg.wasm', import.meta.url) })];
};
// A host that copied only the lighter build (its glue or its wasm missing) still gets
// working readers: the two builds are separate instances, so one failing leaves the other free.
const hydrating = async () => {
  try {
    const glue = await import('./qa-reader-hydrate.js');
    return [glue, await glue.default({ module_or_path: new URL('./qa-reader-hydrate_bg.wasm', import.meta.url) })];
  } catch {
    return plain();
  }
};

/** Bytes of wasm memory in use by all readers on the page (0 before loading). */
export function memoryBytes() {
  return exports?.memory.buffer.byteLength ?? 0;
}

class QaReaderElement extends HTMLElement {
  static observedAttributes = ['src', 'expert'];

  #handle = null;
  #generation = 0;
  #connected = false;
  /** The prerendered article (parsed once), and whether its markup is still to hydrate. */
  #article = undefined;
  #hydrate = false;

  connectedCallback() {
    this.#connected = true;
    this.#mount();
  }

  disconnectedCallback() {
    this.#connected = false;
    this.#generation += 1;
    this.#handle?.destroy();
    this.#handle = null;
  }

  attributeChangedCallback(name, previous, value) {
    // Before connectedCallback (an element being upgraded) the attributes are read there;
    // acting here too would mount the reader twice.
    if (!this.#connected || previous === value) return;
    if (name === 'src') {
      this.#mount();
    } else if (this.#handle) {
      try {
        this.#handle.setExpert(value || null);
      } catch (error) {
        this.#report(error);
      }
    }
  }

  /** The mounted reader's handle (`setExpert`, `expandAll`, `collapseAll`, `article`), or null. */
  get reader() {
    return this.#handle;
  }

  /** The article JSON a prerendered element carries, read once (null if it has none). */
  #prerendered() {
    if (this.#article !== undefined) return this.#article;
    this.#article = null;
    const script = this.querySelector(`:scope > ${ARTICLE_SCRIPT}`);
    if (!script) return null;
    try {
      this.#article = JSON.parse(script.textContent);
      // (`:scope` matches nothing in a shadow root, so the parent is checked instead.)
      const host = this.shadowRoot?.querySelector('.qar-host[data-qar-prefix]');
      this.#hydrate = host?.parentNode === this.shadowRoot;
    } catch (error) {
      this.#report(error, 'bad-json');
    }
    return this.#article;
  }

  async #mount() {
    const generation = ++this.#generation;
    this.#handle?.destroy();
    this.#handle = null;
    const src = this.getAttribute('src');
    // `src` wins once set; a prerendered element's own article serves until then (and
    // again if the element is moved, as a fresh reader: its markup is gone by then).
    const article = src ? null : this.#prerendered();
    if (!src && !article) return;
    try {
      const { mount } = await load();
      // Moved or changed while the wasm loaded: the newer mount takes it from here (and
      // the markup, still untouched, is still there to take over).
      if (generation !== this.#generation) return;
      const hydrate = !src && this.#hydrate;
      this.#hydrate = false;
      const options = { expert: this.getAttribute('expert') || null, useHash: this.hasAttribute('hash'), parser: PARSER };
      if (hydrate) options.hydrate = true;
      const handle = await mount(this, article ?? { url: src }, options);
      if (generation !== this.#generation) {
        handle.destroy();
        return;
      }
      this.#handle = handle;
      this.dispatchEvent(new CustomEvent('qa-reader:ready', { bubbles: true, composed: true }));
    } catch (error) {
      // A reader that failed has shown the message in its own box and fired
      // qa-reader:error (errors with a `code`); only a wasm that did not load is left.
      if (generation === this.#generation && !error?.code) this.#report(error, 'load-failed');
    }
  }

  #report(error, code = error?.code ?? 'internal') {
    const detail = { code, message: String(error?.message ?? error) };
    this.dispatchEvent(new CustomEvent('qa-reader:error', { bubbles: true, composed: true, detail }));
  }
}

if (!customElements.get('qa-reader')) customElements.define('qa-reader', QaReaderElement);
