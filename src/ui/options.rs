//! Reader options and UI labels: what a host page can set (and translate).

/// The words the reader shows, so a host can translate them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Labels {
    /// The roster's button that clears the filter.
    pub all: String,
    /// The roster's accessible name.
    pub filter_by: String,
    /// Toolbar button that opens every section.
    pub expand_all: String,
    /// Toolbar button that closes every section.
    pub collapse_all: String,
    /// Said of a section with nothing from the chosen expert: "no quotes from" + name.
    pub no_quotes_from: String,
    /// After a reading time in minutes: "min read".
    pub min_read: String,
    /// Paragraph count, one: "paragraph".
    pub paragraph: String,
    /// Paragraph count, several: "paragraphs".
    pub paragraphs: String,
    /// The title shown when an article has none.
    pub untitled: String,
    /// Before the outlet in the footer: "Source:".
    pub source: String,
    /// The accessible name of an embed placeholder.
    pub embed: String,
    /// Before the names of the people who speak in a section: "Speaking:".
    pub speaking: String,
    /// Shown while an article is being fetched.
    pub loading: String,
    /// Where the note stands when the introduction holds nothing from the chosen expert.
    pub intro: String,
    /// Why a paragraph is attributed: the name stands in it.
    pub via_name: String,
    /// … the speaker's surname stands in it.
    pub via_surname: String,
    /// … a pronoun refers back to the speaker.
    pub via_pronoun: String,
    /// … a role ("the analyst") refers to the speaker.
    pub via_role: String,
    /// … it continues the previous paragraph's quote.
    pub via_continuation: String,
    /// The live announcement after filtering: "Showing" + count + "from" + name.
    pub showing: String,
    /// See `showing`.
    pub from: String,
    /// The accessible name of the roster in a prerendered reader before (or without) its
    /// code, where it is a plain list of who is quoted.
    pub quoted: String,
}

impl Default for Labels {
    fn default() -> Self {
        Labels {
            all: "All".into(),
            filter_by: "Filter by quoted expert".into(),
            expand_all: "Expand all".into(),
            collapse_all: "Collapse all".into(),
            no_quotes_from: "No quotes from".into(),
            min_read: "min read".into(),
            paragraph: "paragraph".into(),
            paragraphs: "paragraphs".into(),
            untitled: "Untitled article".into(),
            source: "Source:".into(),
            embed: "Embedded graphic (not shown)".into(),
            speaking: "Speaking:".into(),
            loading: "Loading the article…".into(),
            intro: "in the introduction".into(),
            via_name: "named here".into(),
            via_surname: "named by surname".into(),
            via_pronoun: "a pronoun refers back".into(),
            via_role: "named by role".into(),
            via_continuation: "continues the quote before".into(),
            showing: "Showing".into(),
            from: "from".into(),
            quoted: "Quoted in this article".into(),
        }
    }
}

impl Labels {
    /// The JavaScript names of the labels, for rejecting misspelt ones.
    pub const KEYS: &'static [&'static str] = &[
        "all",
        "filterBy",
        "expandAll",
        "collapseAll",
        "noQuotesFrom",
        "minRead",
        "paragraph",
        "paragraphs",
        "untitled",
        "source",
        "embed",
        "speaking",
        "loading",
        "intro",
        "viaName",
        "viaSurname",
        "viaPronoun",
        "viaRole",
        "viaContinuation",
        "showing",
        "from",
        "quoted",
    ];

    /// The label with this JavaScript name (one of [`Labels::KEYS`]).
    pub fn by_key(&mut self, key: &str) -> Option<&mut String> {
        Some(match key {
            "all" => &mut self.all,
            "filterBy" => &mut self.filter_by,
            "expandAll" => &mut self.expand_all,
            "collapseAll" => &mut self.collapse_all,
            "noQuotesFrom" => &mut self.no_quotes_from,
            "minRead" => &mut self.min_read,
            "paragraph" => &mut self.paragraph,
            "paragraphs" => &mut self.paragraphs,
            "untitled" => &mut self.untitled,
            "source" => &mut self.source,
            "embed" => &mut self.embed,
            "speaking" => &mut self.speaking,
            "loading" => &mut self.loading,
            "intro" => &mut self.intro,
            "viaName" => &mut self.via_name,
            "viaSurname" => &mut self.via_surname,
            "viaPronoun" => &mut self.via_pronoun,
            "viaRole" => &mut self.via_role,
            "viaContinuation" => &mut self.via_continuation,
            "showing" => &mut self.showing,
            "from" => &mut self.from,
            "quoted" => &mut self.quoted,
            _ => return None,
        })
    }

    /// "1 paragraph", "4 paragraphs".
    pub fn paragraph_count(&self, n: usize) -> String {
        format!(
            "{n} {}",
            if n == 1 {
                &self.paragraph
            } else {
                &self.paragraphs
            }
        )
    }
}

/// How one reader behaves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReaderOptions {
    /// The expert chosen when the reader opens (an expert id).
    pub expert: Option<String>,
    /// The section opened (and scrolled to) when the reader opens (a section id).
    pub section: Option<String>,
    /// Whether the chosen expert and open section are kept in the location hash.
    pub use_hash: bool,
    /// Whether opening a section closes the others.
    pub single_open: bool,
    /// The words the reader shows.
    pub labels: Labels,
    /// Prefix for element ids; unique per reader on a page.
    pub id_prefix: String,
    /// The reader takes over markup prerendered by `qa-reader render` (Yew hydration). It
    /// then starts in the state that markup was rendered in (`ReaderState::prerendered`)
    /// and applies `expert` and `section` only once it has taken over.
    pub prerendered: bool,
    /// Where the parser module (`qa-reader-parse.wasm`) is, when not beside the JavaScript
    /// glue. Only the JavaScript boundary reads it (`edge::parser`), before the reader is built.
    pub parser: Option<String>,
}

impl ReaderOptions {
    /// The JavaScript names of the options, for rejecting misspelt ones.
    pub const KEYS: &'static [&'static str] = &[
        "expert",
        "section",
        "useHash",
        "singleOpen",
        "labels",
        "hydrate",
        "parser",
    ];
}

impl Default for ReaderOptions {
    fn default() -> Self {
        ReaderOptions {
            expert: None,
            section: None,
            use_hash: false,
            single_open: false,
            labels: Labels::default(),
            id_prefix: "qar".into(),
            prerendered: false,
            parser: None,
        }
    }
}

/// What a reader tells its host.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReaderEvent {
    /// The expert filter changed (an expert id, or `None` for all).
    Expert(Option<String>),
    /// A section opened or closed.
    Section {
        /// The section id.
        id: String,
        /// Whether it is now open.
        open: bool,
    },
}
