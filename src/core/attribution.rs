//! Speaker attribution without a model: quote spans, speech cues, mentions, and their speakers.
//!
//! Two stages, as in the sieve systems (Muzny et al. 2017; the Gender Gap Tracker):
//! 1. *cue → mention*: in each paragraph, find speech cues (a speech verb, `according to`,
//!    a stance such as `is confident that`) outside quotes, and the mention that goes with
//!    each: a name (with its role in apposition or before it), a surname, a pronoun or a role;
//! 2. *mention → speaker*: resolve the mention to a person of the article's roster.
//!
//! A capitalised run becomes an expert only with speech evidence; people merely mentioned
//! are kept in a side roster so that a later surname, pronoun or title can find them.
//! Every attribution records its cue and how it was resolved ([`Evidence`]).

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::mem::take;
use std::sync::LazyLock;

use super::model::{Article, Block, Evidence, Expert, Span, Via};
use super::text::{fold_diacritic, slug, DAYS, MONTHS};

/// Finds the article's experts and attributes each paragraph to its speakers.
///
/// Replaces any `speakers`, `quotes`, `evidence` and `experts` already present.
pub fn attribute(article: &mut Article) {
    let mut engine = Engine::default();
    let mut scratch = Scratch::default();
    // Paragraphs per person, counted as they are attributed (a lookup by id afterwards
    // would cost a scan of the roster per speaker).
    let mut counts: Vec<usize> = Vec::new();
    for section in &mut article.sections {
        for block in &mut section.blocks {
            let Block::Paragraph(p) = block else { continue };
            let found = engine.paragraph(&p.text, &mut scratch);
            counts.resize(engine.people.len(), 0);
            for &(who, _, _) in &found.evidence {
                counts[who] += 1;
            }
            p.quotes = found.quotes;
            p.speakers = found
                .evidence
                .iter()
                .map(|e| engine.people[e.0].id.clone())
                .collect();
            p.evidence = found
                .evidence
                .iter()
                .map(|(who, cue, via)| Evidence {
                    speaker: engine.people[*who].id.clone(),
                    cue: cue.clone(),
                    via: *via,
                })
                .collect();
        }
    }
    article.experts = engine
        .order
        .iter()
        .map(|&i| {
            let person = &engine.people[i];
            Expert {
                id: person.id.clone(),
                name: person.name.clone(),
                role: person.role.clone(),
                paragraphs: counts[i],
            }
        })
        .collect();
}

/// Quoted spans of a paragraph: double quotes (curly or straight) and guillemets.
///
/// Single quotes are left out: in news copy they mark scare quotes and headlines far more
/// often than speech, and `’` is also the apostrophe. A quote left open runs to the end.
pub fn quote_spans(text: &str) -> (Vec<Span>, bool) {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    // Every quote mark is `"` or starts with byte 0xC2 (`«`, `»`) or 0xE2 (`“`, `”`, `„`):
    // look only there instead of decoding every character of the paragraph.
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(at) = bytes[from..]
        .iter()
        .position(|&b| matches!(b, b'"' | 0xC2 | 0xE2))
    {
        let i = from + at;
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        from = i + c.len_utf8();
        match c {
            '“' | '«' | '„' if open.is_none() => open = Some(i),
            '”' | '»' => {
                if let Some(s) = open.take() {
                    spans.push(Span {
                        start: s,
                        end: i + c.len_utf8(),
                    });
                }
            }
            '"' => match open {
                // A straight quote opens after a space or an opening bracket, else it closes.
                None if text[..i]
                    .chars()
                    .next_back()
                    .is_none_or(|p| p.is_whitespace() || "([{—–-".contains(p)) =>
                {
                    open = Some(i)
                }
                Some(s) => {
                    spans.push(Span {
                        start: s,
                        end: i + 1,
                    });
                    open = None;
                }
                None => {}
            },
            _ => {}
        }
    }
    let unclosed = open.is_some();
    if let Some(s) = open {
        spans.push(Span {
            start: s,
            end: text.len(),
        });
    }
    (spans, unclosed)
}

/// Speech verbs in the forms that report speech, with whether the speaker may follow the
/// verb (`“…,” said Jane Doe`): only verbs that news copy inverts.
const SPEECH_VERBS: &[(&str, bool)] = &[
    ("said", true),
    ("says", true),
    ("told", false),
    ("tells", false),
    ("wrote", true),
    ("writes", true),
    ("added", true),
    ("adds", true),
    ("warned", true),
    ("warns", true),
    ("argued", true),
    ("argues", true),
    ("noted", true),
    ("notes", true),
    ("lamented", false),
    ("laments", false),
    ("concluded", true),
    ("agreed", false),
    ("agrees", false),
    ("explained", true),
    ("explains", true),
    ("insisted", true),
    ("insists", true),
    ("claimed", false),
    ("claims", false),
    ("stressed", false),
    ("stresses", false),
    ("acknowledged", false),
    ("asked", true),
    ("posted", false),
    ("tweeted", false),
    ("stated", false),
    ("suggested", false),
    ("suggests", false),
    ("emphasised", false),
    ("emphasized", false),
    ("cautioned", false),
    ("predicted", false),
    ("recalled", false),
    ("replied", true),
    ("responded", false),
    ("remarked", false),
    ("observed", false),
    ("disputes", false),
    ("disputed", false),
    ("accused", false),
    ("urged", false),
    ("announced", false),
    ("declared", false),
    ("admitted", false),
    ("conceded", false),
    ("countered", true),
    ("continued", true),
    ("confirmed", false),
    ("denied", false),
    ("reiterated", false),
    ("maintained", false),
    ("criticised", false),
    ("criticized", false),
    ("pointed", false),
    ("testified", false),
    ("believes", false),
    ("questioned", false),
    ("pledged", false),
    ("vowed", false),
    ("promised", false),
    ("thinks", false),
];

/// Stances a writer reports about a speaker: `he’s confident that`, `she is worried about`.
const STANCES: &[&str] = &[
    "confident",
    "worried",
    "concerned",
    "convinced",
    "optimistic",
    "pessimistic",
    "hopeful",
    "sceptical",
    "skeptical",
    "adamant",
    "certain",
];

/// Words that head an organisation's name, never a person's.
const ORG_WORDS: &[&str] = &[
    "ministry",
    "institute",
    "university",
    "office",
    "council",
    "party",
    "army",
    "force",
    "forces",
    "agency",
    "bank",
    "group",
    "centre",
    "center",
    "news",
    "times",
    "court",
    "department",
    "commission",
    "committee",
    "government",
    "staff",
    "service",
    "nations",
    "union",
    "organization",
    "organisation",
    "press",
    "post",
    "journal",
    "association",
    "foundation",
    "company",
    "corporation",
    "inc",
    "ltd",
    "fund",
    "authority",
    "board",
    "command",
    "brigade",
    "regiment",
    "house",
    "senate",
    "parliament",
    "congress",
    "assembly",
    "kremlin",
    "pentagon",
    "treasury",
    "police",
    "tank",
    "network",
    "media",
    "radio",
    "tv",
    "campaign",
    "alliance",
    "coalition",
    "federation",
    "republic",
    "kingdom",
    "states",
    "state",
    "region",
    "city",
    "street",
    "square",
    "war",
    "club",
    "league",
];

/// Words of place names that never stand in a person's name (`South Africa`, `Gaza Strip`).
const PLACE_WORDS: &[&str] = &[
    "south",
    "north",
    "east",
    "west",
    "central",
    "united",
    "saudi",
    "africa",
    "america",
    "europe",
    "asia",
    "korea",
    "arabia",
    "zealand",
    "lanka",
    "emirates",
    "strip",
    "coast",
    "island",
    "islands",
    "valley",
    "province",
    "county",
    "district",
    "sea",
    "ocean",
    "gulf",
    "hague",
    "washington",
    "london",
    "moscow",
    "beijing",
    "brussels",
];

/// Title words that stand before a name and belong to the role (`President`, `Sen.`).
const TITLES: &[&str] = &[
    "president",
    "minister",
    "sen",
    "senator",
    "gov",
    "governor",
    "rep",
    "representative",
    "secretary",
    "ambassador",
    "chancellor",
    "general",
    "gen",
    "admiral",
    "colonel",
    "col",
    "commander",
    "chief",
    "director",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "mayor",
    "judge",
    "justice",
    "prof",
    "professor",
    "dr",
    "mr",
    "mrs",
    "ms",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "sheikh",
    "lawmaker",
    "pm",
    "premier",
    "lieutenant",
    "lt",
    "major",
    "captain",
    "capt",
    "sergeant",
    "sgt",
    "officer",
    "envoy",
    "adviser",
    "advisor",
    "leader",
    "head",
    "chair",
    "chairman",
    "chairwoman",
    "ceo",
    "founder",
    "deputy",
    "vice",
    "speaker",
    "attorney",
    "officials",
    "official",
    "expert",
    "analyst",
    "pollster",
    "strategist",
    "rear",
];

/// Lowercase particles inside names (`Abu Anas al-Saud`, `Ursula von der Leyen`).
const PARTICLES: &[&str] = &[
    "al", "bin", "ibn", "abu", "de", "da", "di", "du", "del", "della", "van", "von", "der", "den",
    "la", "le", "el", "ben", "ter", "dos", "das",
];

/// Capitalised words that open a sentence or a clause and are not part of a name.
const NOT_NAME_START: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "but",
    "and",
    "or",
    "however",
    "meanwhile",
    "after",
    "before",
    "in",
    "on",
    "at",
    "for",
    "as",
    "when",
    "while",
    "if",
    "although",
    "though",
    "since",
    "still",
    "yet",
    "so",
    "then",
    "other",
    "many",
    "some",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "there",
    "here",
    "what",
    "why",
    "how",
    "who",
    "where",
    "which",
    "by",
    "from",
    "with",
    "under",
    "over",
    "during",
    "last",
    "next",
    "both",
    "each",
    "every",
    "all",
    "most",
    "several",
    "few",
    "no",
    "not",
    "to",
    "of",
    "former",
    "late",
    "new",
    "according",
    "speaking",
    "asked",
    "writing",
    "now",
    "also",
    "even",
    "just",
    "only",
];

/// No listed word is longer (bytes). A unit test keeps this true.
const LONGEST_LISTED_WORD: usize = 15;

/// A word of at most [`LONGEST_LISTED_WORD`] bytes packed with its length into one integer,
/// so that the lexicon compares keys without a string comparison.
fn packed(w: &str) -> Option<u128> {
    let n = w.len();
    if n > LONGEST_LISTED_WORD {
        return None;
    }
    let mut bytes = [0u8; 16];
    bytes[..n].copy_from_slice(w.as_bytes());
    bytes[15] = n as u8;
    Some(u128::from_le_bytes(bytes))
}

/// A multiply-rotate hash over eight bytes at a time (as in rustc's FxHash), for the short
/// keys of the lexicon and the roster: the standard SipHash resists flooding attacks, which
/// these maps cannot suffer (a fixed vocabulary; names from one article), at several times
/// the cost per word.
#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        // The product's high bits mix every input bit; the table indexes by the low ones.
        self.0.rotate_left(26)
    }

    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
        }
    }
}

type WordHash = BuildHasherDefault<WordHasher>;

/// What the word lists say about a folded word, as bit flags: one hash lookup per word
/// answers every list, where scanning each list costs a string comparison per entry.
#[derive(Clone, Copy, Default, Debug)]
struct Lex(u16);

impl Lex {
    const NOT_NAME_START: u16 = 1;
    const DAY: u16 = 1 << 1;
    /// A month, in full or abbreviated (`feb`, `sept`), as [`super::text::is_month`] reads it.
    const MONTH: u16 = 1 << 2;
    const PARTICLE: u16 = 1 << 3;
    const TITLE: u16 = 1 << 4;
    const ORG: u16 = 1 << 5;
    const PLACE: u16 = 1 << 6;
    const STANCE: u16 = 1 << 7;
    const BETWEEN: u16 = 1 << 8;
    const ABBREVIATION: u16 = 1 << 9;
    const SPEECH: u16 = 1 << 10;
    /// A speech verb the speaker may follow (`said Jane Doe`).
    const SPEECH_INVERTS: u16 = 1 << 11;
    const TIME: u16 = 1 << 12;

    fn of(w: &str) -> Lex {
        static LEXICON: LazyLock<HashMap<u128, u16, WordHash>> = LazyLock::new(|| {
            let mut map: HashMap<u128, u16, WordHash> = HashMap::default();
            let mut add = |words: &[&str], flag: u16| {
                for w in words {
                    let key = packed(w).expect("listed words fit the key");
                    *map.entry(key).or_default() |= flag;
                }
            };
            add(NOT_NAME_START, Lex::NOT_NAME_START);
            add(&DAYS, Lex::DAY);
            add(PARTICLES, Lex::PARTICLE);
            add(TITLES, Lex::TITLE);
            add(ORG_WORDS, Lex::ORG);
            add(PLACE_WORDS, Lex::PLACE);
            add(STANCES, Lex::STANCE);
            add(BETWEEN_SUBJECT_AND_VERB, Lex::BETWEEN);
            add(ABBREVIATIONS, Lex::ABBREVIATION);
            add(TIME_WORDS, Lex::TIME);
            for &(verb, inverts) in SPEECH_VERBS {
                add(
                    &[verb],
                    Lex::SPEECH | if inverts { Lex::SPEECH_INVERTS } else { 0 },
                );
            }
            // `is_month` takes full names and their first three or four letters.
            for m in MONTHS {
                add(&[m, &m[..3], &m[..4.min(m.len())]], Lex::MONTH);
            }
            map
        });
        Lex(packed(w)
            .and_then(|k| LEXICON.get(&k).copied())
            .unwrap_or(0))
    }

    fn has(self, flag: u16) -> bool {
        self.0 & flag != 0
    }

    /// Whether a capitalised word opens a sentence or clause rather than a name (a function
    /// word, a day or a month), from the flags of the word and of the word without a final
    /// stop or comma.
    fn not_name_start(self, undotted: Lex) -> bool {
        self.has(Lex::NOT_NAME_START | Lex::DAY) || undotted.has(Lex::MONTH)
    }
}

/// Words that may stand between a subject and its speech verb (`he has also said`,
/// `Jane Doe on Saturday told`).
const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "later",
    "previously",
    "repeatedly",
    "then",
    "further",
    "once",
    "again",
    "recently",
    "would",
    "will",
    "was",
    "is",
    "already",
    "publicly",
    "privately",
    "earlier",
    "subsequently",
    "separately",
    "reportedly",
    "on",
    "in",
    "last",
    "this",
    "week",
    "month",
    "year",
    "yesterday",
    "today",
    "morning",
    "afternoon",
    "evening",
    "night",
    "long",
    "often",
    "has",
    "since",
    "first",
    "twice",
    "even",
    "herself",
    "himself",
];

/// A word of a paragraph with its byte range and what we know about it.
#[derive(Clone, Debug)]
struct Token<'a> {
    /// The word without surrounding punctuation.
    word: &'a str,
    /// The word folded for comparisons (see [`lower`]), computed once.
    lc: Cow<'a, str>,
    /// The word lists `lc` is in, and those it is in without a final full stop (`Gen.`).
    lex: Lex,
    undotted: Lex,
    /// The paragraph from this word on, so phrases can be cut from the original text.
    rest: &'a str,

    /// Whether the raw token ends with a comma (or a closing quote after one).
    comma_after: bool,
    /// Whether a sentence or clause ends after this token (`.`, `?`, `!`, `:`, `;`).
    stop_after: bool,
    in_quote: bool,
    capitalised: bool,
}

impl Token<'_> {
    /// [`Lex::not_name_start`] of this word.
    fn not_name_start(&self) -> bool {
        self.lex.not_name_start(self.undotted)
    }
}

const ABBREVIATIONS: &[&str] = &[
    "sen", "gov", "rep", "dr", "mr", "mrs", "ms", "gen", "col", "lt", "capt", "sgt", "prof", "st",
    "jr", "sr", "no", "oct", "sept", "aug", "jan", "feb", "nov", "dec", "u.s", "u.k", "u.n", "d.c",
    "pa", "ga", "wis", "inc", "ltd", "vs", "mt",
];

/// The words of `text`; `ascii_lower` is `text` with ASCII letters lowercased (same offsets).
fn tokenize<'a>(
    text: &'a str,
    ascii_lower: &'a str,
    quotes: &[Span],
    mut tokens: Vec<Token<'a>>,
) -> Vec<Token<'a>> {
    // About one token per six bytes of news prose; growing the vector costs more than this.
    tokens.reserve(text.len() / 6 + 1);
    let mut offset = 0;
    // Quote spans are in order: the first one that may still contain a token.
    let mut quote = 0;
    for raw in text.split_inclusive(char::is_whitespace) {
        let start_raw = offset;
        offset += raw.len();
        let trimmed = raw.trim_end();
        if trimmed.is_empty() {
            continue;
        }
        let lead = trimmed.len() - trim_edge_start(trimmed).len();
        let word = trim_edge_end(trim_edge_start(trimmed));
        if word.is_empty() {
            continue;
        }
        let start = start_raw + lead;
        let tail = &trimmed[lead + word.len()..];
        let (word, tail_dot) = match word.strip_suffix('.') {
            Some(w) if !Lex::of(&lower_cow(w)).has(Lex::ABBREVIATION) && !is_initial(w) => {
                (w, true)
            }
            _ => (word, false),
        };
        let word = trim_edge_end(word);
        let stop_after = tail_dot || tail.contains(['.', '?', '!', ';', ':']);
        let mid = start + word.len() / 2;
        while quote < quotes.len() && quotes[quote].end <= mid {
            quote += 1;
        }
        let lc = if word.is_ascii() {
            // `lower` of an ASCII word is its lowercase, which the copy already holds.
            Cow::Borrowed(&ascii_lower[start..start + word.len()])
        } else {
            lower_cow(word)
        };
        let lex = Lex::of(&lc);
        let undotted = if lc.ends_with('.') {
            Lex::of(lc.trim_end_matches(['.', ',']))
        } else {
            lex
        };
        tokens.push(Token {
            word,
            lc,
            lex,
            undotted,
            rest: &text[start..],
            comma_after: tail.contains(','),
            stop_after,
            in_quote: quotes.get(quote).is_some_and(|q| q.start <= mid),
            capitalised: word.chars().next().is_some_and(char::is_uppercase),
        });
    }
    tokens
}

/// Punctuation stripped from both ends of a word; hyphens, apostrophes and full stops stay
/// (a final full stop is then read as a sentence end unless the word is an abbreviation).
fn is_edge_punct(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_alphanumeric() && !matches!(c, '-' | '\'' | '.');
    }
    !c.is_alphanumeric() && !matches!(c, '-' | '\'' | '’' | '.')
}

/// `w` without leading [`is_edge_punct`]; most words start with a letter and skip the search.
fn trim_edge_start(w: &str) -> &str {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii_alphanumeric() => w,
        _ => w.trim_start_matches(is_edge_punct),
    }
}

/// `w` without trailing [`is_edge_punct`], with the same shortcut.
fn trim_edge_end(w: &str) -> &str {
    match w.as_bytes().last() {
        Some(b) if b.is_ascii_alphanumeric() => w,
        _ => w.trim_end_matches(is_edge_punct),
    }
}

fn is_initial(w: &str) -> bool {
    w.chars().count() == 1 && w.chars().all(char::is_uppercase)
}

fn lower(w: &str) -> String {
    if w.is_ascii() {
        return w.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(w.len());
    out.extend(
        w.chars()
            .map(fold_diacritic)
            .map(|c| c.to_ascii_lowercase())
            .map(|c| if c == '’' { '\'' } else { c }),
    );
    out
}

/// [`lower`] without allocating for words that are already folded (most of them).
fn lower_cow(w: &str) -> Cow<'_, str> {
    if w.bytes()
        .all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'\'' || b.is_ascii_digit())
    {
        Cow::Borrowed(w)
    } else {
        Cow::Owned(lower(w))
    }
}

/// Whether the speaker may follow this speech verb (`said Jane Doe`); `None` if it is none.
fn speech_verb(lex: Lex) -> Option<bool> {
    lex.has(Lex::SPEECH).then(|| lex.has(Lex::SPEECH_INVERTS))
}

/// Strips a possessive ending (`Germany’s` → `Germany`), returning whether there was one.
fn possessive(w: &str) -> (&str, bool) {
    for suffix in ["’s", "'s", "’", "'"] {
        if let Some(base) = w.strip_suffix(suffix) {
            if !base.is_empty() {
                return (base, true);
            }
        }
    }
    (w, false)
}

/// A known person: named with speech evidence (an expert) or only mentioned.
#[derive(Clone, Debug)]
struct Person {
    id: String,
    name: String,
    /// Folded name tokens, for surname matching.
    key: Vec<String>,
    role: Option<String>,
    gender: Option<Gender>,
    expert: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    He,
    She,
}

/// What one paragraph yields.
struct Found {
    quotes: Vec<Span>,
    /// (person index, cue, via), one per distinct speaker.
    evidence: Vec<(usize, String, Via)>,
}

/// A mention of a speaker next to a cue.
enum Mention<'a> {
    /// Name tokens (already without titles) and the role found around them.
    Name(Vec<&'a str>, Option<String>),
    Pronoun(Gender),
    /// A role noun phrase without a name (`the US President`).
    Role(String),
}

/// Buffers kept from paragraph to paragraph: allocating them afresh for each one costs
/// more on long articles, where fresh memory is also cold in the cache.
#[derive(Default)]
struct Scratch {
    /// The paragraph with ASCII letters lowercased (see [`tokenize`]).
    lower: String,
    /// An empty vector whose allocation the next paragraph's tokens reuse.
    tokens: Vec<Token<'static>>,
}

/// An emptied token vector, keeping its allocation, for the tokens of another text: an
/// in-place `collect` into a vector of the same layout reuses the buffer (a standard
/// library optimisation; without it this only allocates anew).
// `filter_map`, not `filter`: the items change type (their lifetime), which `filter` cannot do.
#[allow(clippy::unnecessary_filter_map)]
fn recycle<'b>(mut tokens: Vec<Token<'_>>) -> Vec<Token<'b>> {
    tokens.clear();
    tokens.into_iter().filter_map(|_| None).collect()
}

#[derive(Default)]
struct Engine {
    people: Vec<Person>,
    /// People by folded full name, so lookups stay O(1) on long articles.
    by_key: HashMap<Vec<String>, usize, WordHash>,
    /// People by folded last name, in order of introduction (for surname mentions).
    by_last: HashMap<String, Vec<usize>, WordHash>,
    /// Ids in use.
    ids: HashSet<String, WordHash>,
    /// Indices of people who became experts, in order of first speech.
    order: Vec<usize>,
    /// Speakers of the previous paragraph (for continuations).
    last_speakers: Vec<usize>,
    /// The most recent speakers, latest last.
    recent: Vec<usize>,
    /// Whether the previous paragraph ended inside an open quote.
    open_quote: bool,
    /// The person named as the subject of the previous paragraph, if any.
    last_subject: Option<usize>,
    /// The last person named in the previous paragraph, if any.
    last_named: Option<usize>,
}

impl Engine {
    fn paragraph(&mut self, text: &str, scratch: &mut Scratch) -> Found {
        let (quotes, unclosed) = quote_spans(text);
        // ASCII words borrow their folded form from one lowercased copy of the paragraph.
        scratch.lower.clear();
        scratch.lower.push_str(text);
        scratch.lower.make_ascii_lowercase();
        let tokens = tokenize(
            text,
            &scratch.lower,
            &quotes,
            recycle(take(&mut scratch.tokens)),
        );
        let mut evidence: Vec<(usize, String, Via)> = Vec::new();
        let push = |evidence: &mut Vec<(usize, String, Via)>, who: usize, cue: &str, via: Via| {
            if !evidence.iter().any(|e| e.0 == who) {
                evidence.push((who, cue.to_string(), via));
            }
        };

        // People named in this paragraph outside quotes join the side roster first, so a
        // pronoun or title later in the paragraph can find them.
        let (subject, named) = self.note_mentions(&tokens);

        let mut had_cue = false;
        for (i, t) in tokens.iter().enumerate() {
            if t.in_quote {
                continue;
            }
            let Some((cue, mention)) = cue_at(&tokens, i) else {
                continue;
            };
            had_cue = true;
            let who = match mention {
                Mention::Name(name, role) => self.resolve_name(&name, role),
                Mention::Pronoun(g) => self.resolve_pronoun(g, &evidence, subject),
                Mention::Role(role) => self.resolve_role(&role).map(|w| (w, Via::Role)),
            };
            if let Some((who, via)) = who {
                self.make_expert(who);
                push(&mut evidence, who, &cue, via);
            }
        }

        // A paragraph that is only a quote continues the previous paragraph's speaker.
        if evidence.is_empty() && !had_cue {
            let starts_with_quote = quotes
                .first()
                .is_some_and(|q| text[..q.start].trim().is_empty());
            if (starts_with_quote || self.open_quote) && self.last_speakers.len() == 1 {
                push(&mut evidence, self.last_speakers[0], "", Via::Continuation);
            }
        }

        self.last_speakers = evidence.iter().map(|e| e.0).collect();
        for &(who, _, _) in &evidence {
            self.recent.retain(|&r| r != who);
            self.recent.push(who);
        }
        self.open_quote = unclosed && !evidence.is_empty();
        self.last_subject = subject;
        self.last_named = named;
        scratch.tokens = recycle(tokens);
        Found { quotes, evidence }
    }

    /// Adds every person-like name outside quotes to the roster; returns the paragraph's
    /// subject when the paragraph opens with a person's name, and the last person named.
    fn note_mentions(&mut self, tokens: &[Token]) -> (Option<usize>, Option<usize>) {
        let mut subject = None;
        let mut named = None;
        let mut i = 0;
        while i < tokens.len() {
            if tokens[i].in_quote || !tokens[i].capitalised {
                i += 1;
                continue;
            }
            let end = run_end(tokens, i);
            let (role, name) = split_title(tokens, i, end);
            let person = name
                .as_ref()
                .is_some_and(|n| n.len() >= 2 && is_person_name(n));
            if let (true, Some(name)) = (person, &name) {
                let role = role
                    .filter(|t| !is_honorific(t))
                    .or_else(|| role_before(tokens, i))
                    .or_else(|| role_statement(tokens, end));
                let who = self.find_or_add(name, role);
                named = Some(who);
                if i == 0 || (i <= 4 && role_before(tokens, i).is_some() && first_clause(tokens, i))
                {
                    subject.get_or_insert(who);
                }
            } else if let (Some(name), Some(role)) = (name, role_statement(tokens, end)) {
                // `Doe is the head of …` about someone met before by full name.
                let key: Vec<String> = name.iter().map(|w| lower(w)).collect();
                let known = self.ending_with(&key).last();
                if let Some(p) = known.filter(|&p| self.people[p].role.is_none()) {
                    self.people[p].role = Some(role);
                }
            }
            i = end;
        }
        (subject, named)
    }

    fn find_or_add(&mut self, name: &[&str], role: Option<String>) -> usize {
        let key: Vec<String> = name.iter().map(|w| lower(w)).collect();
        // A later, shorter mention (`Al Saud` after `Abu Anas Al Saud`) is the same person.
        let known = self.by_key.get(&key).copied().or_else(|| {
            self.ending_with(&key)
                .filter(|&i| self.people[i].key.len() > key.len())
                .last()
        });
        if let Some(i) = known {
            if self.people[i].role.is_none() {
                self.people[i].role = role;
            }
            return i;
        }
        let display = name.join(" ");
        let base = slug(&display, "speaker");
        let mut id = base.clone();
        let mut k = 2;
        while self.ids.contains(&id) {
            id = format!("{base}-{k}");
            k += 1;
        }
        self.ids.insert(id.clone());
        let gender = role.as_deref().and_then(gender_of_title);
        let index = self.people.len();
        self.by_key.insert(key.clone(), index);
        if let Some(last) = key.last() {
            self.by_last.entry(last.clone()).or_default().push(index);
        }
        self.people.push(Person {
            id,
            name: display,
            key,
            role,
            gender,
            expert: false,
        });
        self.people.len() - 1
    }

    /// People whose folded name ends with `key` (itself included), oldest first.
    fn ending_with<'k>(&'k self, key: &'k [String]) -> impl Iterator<Item = usize> + 'k {
        let candidates = key.last().and_then(|last| self.by_last.get(last));
        candidates
            .into_iter()
            .flatten()
            .copied()
            .filter(move |&i| self.people[i].key.ends_with(key))
    }

    fn make_expert(&mut self, who: usize) {
        if !self.people[who].expert {
            self.people[who].expert = true;
            self.order.push(who);
        }
    }

    /// A full name finds or creates a person; a shorter one (a surname) is matched against
    /// the end of known names, most recently active first.
    fn resolve_name(&mut self, name: &[&str], role: Option<String>) -> Option<(usize, Via)> {
        let key: Vec<String> = name.iter().map(|w| lower(w)).collect();
        if let Some(&i) = self.by_key.get(&key) {
            // A fuller description at the point of speech wins over a bare title seen before.
            let fuller = match (&self.people[i].role, &role) {
                (None, Some(_)) => true,
                (Some(old), Some(new)) => new.len() > old.len() && new.contains(old.as_str()),
                _ => false,
            };
            if fuller {
                self.people[i].role = role;
            }
            return Some((i, Via::Name));
        }
        let place = role.as_deref().and_then(place_in);
        let matches: Vec<usize> = self
            .ending_with(&key)
            .filter(|&i| self.people[i].key.len() > key.len())
            // `Amer, in Gaza, said` is not the Amer introduced as working in another country.
            .filter(|&i| {
                let theirs = self.people[i].role.as_deref().and_then(place_in);
                !matches!((&place, &theirs), (Some(a), Some(b)) if a != b)
            })
            .collect();
        if !matches.is_empty() {
            // Prefer someone who already spoke, most recently; then the latest mentioned.
            let best = self
                .recent
                .iter()
                .rev()
                .find(|r| matches.contains(r))
                .copied()
                .or_else(|| matches.iter().copied().rfind(|&m| self.people[m].expert))
                .unwrap_or(*matches.last().expect("not empty"));
            return Some((best, Via::Surname));
        }
        if name.len() >= 2 && is_person_name(name) {
            return Some((self.find_or_add(name, role), Via::Name));
        }
        None
    }

    /// `he`/`she`: a speaker named earlier in this paragraph, the subject named at the start
    /// of this or the previous paragraph, or the most recent speaker of that gender.
    fn resolve_pronoun(
        &mut self,
        g: Gender,
        so_far: &[(usize, String, Via)],
        subject: Option<usize>,
    ) -> Option<(usize, Via)> {
        let fits = |p: &Person| p.gender.is_none_or(|pg| pg == g);
        let pick = so_far
            .iter()
            .rev()
            .map(|e| e.0)
            .find(|&w| fits(&self.people[w]))
            .or(subject.filter(|&s| fits(&self.people[s])))
            .or(self.last_subject.filter(|&s| {
                fits(&self.people[s])
                    && !self.last_speakers.contains(&s)
                    && self.last_speakers.is_empty()
            }))
            .or_else(|| {
                self.recent
                    .iter()
                    .rev()
                    .copied()
                    .find(|&r| fits(&self.people[r]))
            })
            .or(self.last_named.filter(|&s| fits(&self.people[s])))?;
        if self.people[pick].gender.is_none() {
            self.people[pick].gender = Some(g);
        }
        Some((pick, Via::Pronoun))
    }

    /// `the US President said`: the person whose role (or title) ends with these words.
    fn resolve_role(&self, role: &str) -> Option<usize> {
        let role = lower(role);
        let role = role
            .trim_start_matches("the ")
            .trim_start_matches("a ")
            .trim_start_matches("an ");
        let matches = |p: &Person| {
            p.role.as_deref().is_some_and(|r| {
                let r = lower(r);
                r == role || r.ends_with(&format!(" {role}"))
            })
        };
        self.recent
            .iter()
            .rev()
            .copied()
            .find(|&r| matches(&self.people[r]))
            .or_else(|| {
                (0..self.people.len())
                    .rev()
                    .find(|&i| matches(&self.people[i]))
            })
    }
}

/// Whether a title is only a courtesy (`Dr`, `Mr.`), saying nothing of the person's role.
fn is_honorific(title: &str) -> bool {
    matches!(
        lower(title).trim_end_matches('.'),
        "dr" | "mr" | "mrs" | "ms" | "prof" | "sir" | "dame"
    )
}

/// The place in a role or appositive: the capitalised word after `in` (`in Gaza` → `gaza`).
fn place_in(role: &str) -> Option<String> {
    let words: Vec<&str> = role.split_whitespace().collect();
    words.windows(2).find_map(|w| {
        (w[0] == "in" && w[1].chars().next().is_some_and(char::is_uppercase))
            .then(|| lower(w[1].trim_end_matches([',', '.'])))
    })
}

fn gender_of_title(role: &str) -> Option<Gender> {
    let r = lower(role);
    let words: Vec<&str> = r.split(|c: char| !c.is_alphanumeric()).collect();
    if words
        .iter()
        .any(|w| matches!(*w, "mr" | "king" | "prince" | "spokesman" | "chairman"))
    {
        Some(Gender::He)
    } else if words.iter().any(|w| {
        matches!(
            *w,
            "mrs" | "ms" | "queen" | "princess" | "spokeswoman" | "chairwoman"
        )
    }) {
        Some(Gender::She)
    } else {
        None
    }
}

/// The speech cue at token `i`, if any, with the mention it attributes to.
fn cue_at<'a>(tokens: &[Token<'a>], i: usize) -> Option<(String, Mention<'a>)> {
    let w = tokens[i].lc.as_ref();
    // "according to NAME, ROLE"
    if w == "according"
        && tokens.get(i + 1).is_some_and(|t| t.lc.as_ref() == "to")
        && !tokens[i].stop_after
    {
        let at = i + 2;
        let mention = mention_after(tokens, at, true)?;
        return Some(("according to".to_string(), mention));
    }
    // "he’s confident that", "she is worried about"
    if tokens[i].lex.has(Lex::STANCE) && i >= 1 {
        let (subject_end, copula) = {
            let prev = tokens[i - 1].lc.as_ref();
            if matches!(
                prev,
                "is" | "was" | "remains" | "remained" | "seemed" | "sounded"
            ) {
                (i.checked_sub(2)?, true)
            } else if prev.ends_with("'s") && matches!(prev, "he's" | "she's") {
                return Some((
                    w.to_string(),
                    Mention::Pronoun(pronoun_gender(&prev[..prev.len() - 2])?),
                ));
            } else {
                (i - 1, false)
            }
        };
        if !copula {
            return None;
        }
        let follows = tokens.get(i + 1).map(|t| t.lc.as_ref());
        if !matches!(follows, Some("that" | "about" | "of" | "the" | "it")) {
            return None;
        }
        return mention_before(tokens, subject_end + 1).map(|m| (w.to_string(), m));
    }
    let may_follow = speech_verb(tokens[i].lex)?;
    let verb = w;
    if verb == "pointed"
        && tokens
            .get(i + 1)
            .is_none_or(|t| t.lc.as_ref() != "to" && t.lc.as_ref() != "out")
    {
        return None;
    }
    // Inverted: `“…,” said Jane Doe, a researcher` or `…, said the analyst`. Right after a
    // quote the speaker follows the verb; after a comma it usually stands before it, in
    // apposition (`Jane Doe, a researcher, said`), so that reading goes first there.
    let inverted = |tokens: &[Token<'a>]| {
        (may_follow && !tokens[i].stop_after)
            .then(|| mention_after(tokens, i + 1, false))
            .flatten()
    };
    let after_quote = i == 0 || tokens[i - 1].in_quote;
    let after_comma = i > 0 && (tokens[i - 1].comma_after || tokens[i - 1].stop_after);
    let mention = if after_quote {
        inverted(tokens).or_else(|| mention_before(tokens, i))
    } else if after_comma {
        mention_before(tokens, i).or_else(|| inverted(tokens))
    } else {
        mention_before(tokens, i)
    };
    mention.map(|m| (verb.to_string(), m))
}

fn pronoun_gender(w: &str) -> Option<Gender> {
    match w {
        "he" => Some(Gender::He),
        "she" => Some(Gender::She),
        _ => None,
    }
}

/// The mention right after a cue: a name (with titles and a role before it, and an
/// appositive after it), a pronoun, or a role phrase (`the chancellor`).
fn mention_after<'a>(tokens: &[Token<'a>], at: usize, allow_role: bool) -> Option<Mention<'a>> {
    let t = tokens.get(at)?;
    if t.in_quote {
        return None;
    }
    if let Some(g) = pronoun_gender(t.lc.as_ref()) {
        return Some(Mention::Pronoun(g));
    }
    // Skip a lowercase role before the name: `said Republican pollster Jane Doe`.
    let mut k = at;
    let limit = (at + 5).min(tokens.len());
    while k < limit
        && !tokens[k].capitalised
        && !tokens[k].stop_after
        && !tokens[k].comma_after
        && (!tokens[k].not_name_start() || tokens[k].lc.as_ref() == "the")
    {
        k += 1;
    }
    let mut start = k;
    if start >= tokens.len() || !tokens[start].capitalised || tokens[start].in_quote {
        return None;
    }
    let mut end = run_end(tokens, start);
    // `said veteran Democratic strategist Jane Doe`: a capitalised adjective in the role is
    // not the name; look on to the next run when this one is a lone word.
    if end - start == 1 && !tokens[start].comma_after && !tokens[start].stop_after {
        let mut n = end;
        while n < tokens.len() && n < end + 3 && !tokens[n].capitalised && is_plain_word(&tokens[n])
        {
            n += 1;
        }
        if n > end && n < tokens.len() && tokens[n].capitalised && !tokens[n].in_quote {
            let next_end = run_end(tokens, n);
            if next_end - n >= 2 {
                start = n;
                end = next_end;
            }
        }
    }
    // `said Jane’s plan …`: a possessive after the verb is what was said, not who said it.
    if possessive(tokens[end - 1].word).1 && !is_name_word_with_apostrophe(tokens[end - 1].word) {
        return None;
    }
    let (title, name) = split_title(tokens, start, end);
    let prefix: Vec<&str> = tokens[at..start]
        .iter()
        .map(|t| t.word)
        .filter(|w| *w != "the")
        .collect();
    let mut role = join_role(&prefix, title.as_deref());
    if role.is_none() {
        role = appositive_after(tokens, end);
    }
    match name {
        Some(n) if is_person_name(&n) || n.len() == 1 => Some(Mention::Name(n, role)),
        _ if allow_role || start > at => Some(Mention::Role(words(tokens, start, end))),
        _ => None,
    }
}

/// The mention before a cue at `verb`: a pronoun, a name (with a role before it or an
/// appositive between it and the verb), or a role phrase (`the US President said`).
fn mention_before<'a>(tokens: &[Token<'a>], verb: usize) -> Option<Mention<'a>> {
    let mut j = verb.checked_sub(1)?;
    // Step back over auxiliaries and time phrases: `he has also said`, `X on Saturday told`.
    let mut skipped = 0;
    while skipped < 4 && !tokens[j].in_quote && !tokens[j].comma_after && !tokens[j].stop_after {
        if tokens[j].lex.has(Lex::BETWEEN | Lex::DAY) && j > 0 {
            j -= 1;
            skipped += 1;
        } else {
            break;
        }
    }
    let t = &tokens[j];
    if t.in_quote || t.stop_after {
        return None;
    }
    let w = t.lc.as_ref();
    if let Some(g) = pronoun_gender(w) {
        return Some(Mention::Pronoun(g));
    }
    if t.comma_after {
        return appositive_subject(tokens, j);
    }
    if t.capitalised {
        let start = run_start(tokens, j);
        let (title, name) = split_title(tokens, start, j + 1);
        let role = title.or_else(|| role_before(tokens, start));
        return match name {
            Some(n) if n.len() == 1 || is_person_name(&n) => Some(Mention::Name(n, role)),
            // `the US President said`: a capitalised title, no name.
            _ => Some(Mention::Role(words(tokens, start, j + 1))),
        };
    }
    // `the US President said`: a title phrase without a name.
    let start = role_phrase_start(tokens, j)?;
    let words: Vec<&str> = tokens[start..=j].iter().map(|t| t.word).collect();
    Some(Mention::Role(words.join(" ")))
}

/// `NAME, ROLE, said` or `ROLE, NAME, said`: the comma-separated segments before the verb,
/// read right to left until a person's name is found (at most three segments back).
fn appositive_subject<'a>(tokens: &[Token<'a>], last: usize) -> Option<Mention<'a>> {
    let mut end = last + 1; // exclusive end of the current segment
    let mut segments: Vec<(usize, usize)> = Vec::new();
    let mut k = last;
    while segments.len() < 4 {
        // The segment ends at `end`; it starts after the previous comma or clause stop.
        let mut s = k;
        while s > 0
            && !tokens[s - 1].comma_after
            && !tokens[s - 1].stop_after
            && !tokens[s - 1].in_quote
        {
            s -= 1;
        }
        segments.push((s, end));
        if s == 0 || tokens[s - 1].stop_after || tokens[s - 1].in_quote {
            break;
        }
        end = s;
        k = s - 1;
    }
    for (idx, &(s, e)) in segments.iter().enumerate() {
        if idx == 0 && e - s > 12 {
            continue;
        }
        // A segment that is (titles and) a name: the speaker.
        if tokens[s].capitalised && run_end(tokens, s) == e {
            let (title, name) = split_title(tokens, s, e);
            let Some(name) = name.filter(|n| is_person_name(n) || n.len() == 1) else {
                continue;
            };
            // The role: the segment after the name (an appositive), else before it, else titles.
            let after = segments
                .get(idx.wrapping_sub(1))
                .filter(|_| idx > 0)
                .map(|&(a, b)| words(tokens, a, b));
            let before = segments.get(idx + 1).map(|&(a, b)| words(tokens, a, b));
            // `Amer, in Gaza, said`: a place in apposition also tells two namesakes apart.
            let place = after
                .clone()
                .filter(|r| place_in(r).is_some() && r.starts_with("in "));
            // Roles read best whole: `Israel's chief military spokesperson, Rear Admiral`;
            // an honorific alone (`Dr`) gives way to any description.
            let title = title.filter(|t| !is_honorific(t));
            let described: Vec<String> = [
                before.filter(|r| is_role_phrase(r)),
                title,
                after.filter(|r| is_role_phrase(r)),
            ]
            .into_iter()
            .flatten()
            .collect();
            let role = (!described.is_empty())
                .then(|| described.join(", "))
                .or(place);
            return Some(Mention::Name(name, role));
        }
        // A segment that ends with a name: `Palestinian Ambassador X` or `… lawmaker X`.
        if idx > 0 && tokens[e - 1].capitalised {
            let start = run_start(tokens, e - 1);
            if start > s {
                let (title, name) = split_title(tokens, start, e);
                if let Some(name) = name.filter(|n| is_person_name(n)) {
                    let role = title.or_else(|| role_before(tokens, start));
                    return Some(Mention::Name(name, role));
                }
            }
        }
        if idx > 0 && !is_role_phrase(&words(tokens, s, e)) {
            break;
        }
    }
    None
}

/// A lowercase word with nothing after it that ends a phrase (no comma, stop or quote).
fn is_plain_word(t: &Token) -> bool {
    !t.in_quote && !t.comma_after && !t.stop_after && !t.not_name_start()
}

/// The original text of tokens `s..e`, punctuation inside kept (`(Dirco)`, `U.K.`).
fn words(tokens: &[Token], s: usize, e: usize) -> String {
    if s >= e {
        return String::new();
    }
    let (first, last) = (&tokens[s], &tokens[e - 1]);
    let len = first.rest.len() - last.rest.len() + last.word.len();
    first.rest[..len]
        .trim_end_matches([',', ';', ':'])
        .to_string()
}

/// A role phrase starts like a description: an article, a relative pronoun, a role noun or
/// a possessive, and is not a time phrase.
fn is_role_phrase(text: &str) -> bool {
    if text.is_empty() {
        return false;
    }
    let lowered = lower(text);
    let first = lowered.split(' ').next().unwrap_or("");
    let mut described = matches!(
        first,
        "a" | "an" | "the" | "who" | "whose" | "which" | "head" | "director" | "chief"
    ) || first.ends_with("'s");
    for w in lowered.split(' ') {
        let lex = Lex::of(w);
        if lex.has(Lex::TIME) {
            return false;
        }
        described = described || lex.has(Lex::TITLE) || is_role_noun(w);
    }
    described
}

/// Words that make a phrase a time phrase (`two days later`), not a role.
const TIME_WORDS: &[&str] = &[
    "later", "ago", "earlier", "day", "days", "week", "weeks", "year", "years", "today",
];

fn is_role_noun(w: &str) -> bool {
    w.len() > 4
        && (w.ends_with("ist")
            || w.ends_with("er")
            || w.ends_with("or")
            || w.ends_with("ant")
            || w.ends_with("ent")
            || w.ends_with("ian"))
}

/// The start of a lowercase role phrase ending at `j` (`the US President`, `the analyst`).
fn role_phrase_start(tokens: &[Token], j: usize) -> Option<usize> {
    if !(tokens[j].lex.has(Lex::TITLE) || is_role_noun(tokens[j].lc.as_ref())) {
        return None;
    }
    let mut s = j;
    while s > 0
        && j - s < 5
        && !tokens[s - 1].comma_after
        && !tokens[s - 1].stop_after
        && !tokens[s - 1].in_quote
    {
        s -= 1;
        if tokens[s].lc.as_ref() == "the" {
            return Some(s);
        }
    }
    None
}

/// `NAME is the head of …`: a role stated in a sentence of its own, up to a comma or stop.
fn role_statement(tokens: &[Token], end: usize) -> Option<String> {
    let copula = tokens.get(end).map(|t| t.lc.as_ref())?;
    let article = tokens.get(end + 1).map(|t| t.lc.as_ref())?;
    if !matches!(copula, "is" | "was") || !matches!(article, "the" | "a" | "an") {
        return None;
    }
    if tokens[end - 1].comma_after || tokens[end].comma_after || tokens[end].in_quote {
        return None;
    }
    role_phrase_from(tokens, end + 1, 20)
}

/// The words from `start` to the end of their clause (a comma or stop, at most `max` words),
/// if they read as a role.
fn role_phrase_from(tokens: &[Token], start: usize, max: usize) -> Option<String> {
    let mut e = start;
    while e < tokens.len() && e - start < max && !tokens[e].in_quote {
        e += 1;
        if tokens[e - 1].comma_after || tokens[e - 1].stop_after {
            break;
        }
    }
    let text = words(tokens, start, e);
    is_role_phrase(&text).then_some(text)
}

/// The appositive after a name: `, a researcher with a university,` → the role.
fn appositive_after(tokens: &[Token], end: usize) -> Option<String> {
    if end == 0 || !tokens[end - 1].comma_after {
        return None;
    }
    role_phrase_from(tokens, end, 25)
}

/// The lowercase role words right before a name: `lawmaker`, `Democratic pollster`,
/// `the Trump campaign’s political director`.
fn role_before(tokens: &[Token], start: usize) -> Option<String> {
    let mut s = start;
    while s > 0 && start - s < 6 {
        let t = &tokens[s - 1];
        if t.comma_after || t.stop_after || t.in_quote {
            break;
        }
        let w = t.lc.as_ref();
        if t.not_name_start() && w != "the" || t.lex.has(Lex::SPEECH) {
            break;
        }
        s -= 1;
        if w == "the" {
            break;
        }
    }
    if s == start {
        return None;
    }
    let text = words(tokens, s, start);
    let has_role_word = tokens[s..start].iter().any(|t| {
        let w = t.lc.as_ref();
        !t.capitalised && w != "the" || t.undotted.has(Lex::TITLE)
    });
    has_role_word.then_some(text)
}

fn join_role(prefix: &[&str], title: Option<&str>) -> Option<String> {
    let mut parts: Vec<&str> = prefix.to_vec();
    if let Some(t) = title {
        parts.push(t);
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// Whether the run from `i` is the first words of its sentence (`Missile expert X said`).
fn first_clause(tokens: &[Token], i: usize) -> bool {
    !tokens[..i]
        .iter()
        .any(|t| t.stop_after || t.comma_after || t.in_quote)
}

/// The end (exclusive) of a capitalised run starting at `start`: names, titles, particles.
fn run_end(tokens: &[Token], start: usize) -> usize {
    let mut e = start;
    while e < tokens.len() && !tokens[e].in_quote {
        let t = &tokens[e];
        let particle = t.lex.has(Lex::PARTICLE) && tokens.get(e + 1).is_some_and(|n| n.capitalised);
        if !(t.capitalised || particle && e > start) {
            break;
        }
        e += 1;
        if t.comma_after
            || t.stop_after
            || possessive(t.word).1 && !is_name_word_with_apostrophe(t.word)
        {
            // A possessive ends a run unless it is the last word before a name (`Outlet’s Jane Doe`).
            if possessive(t.word).1
                && tokens.get(e).is_some_and(|n| n.capitalised && !n.in_quote)
                && !t.comma_after
                && !t.stop_after
            {
                continue;
            }
            break;
        }
    }
    e
}

fn is_name_word_with_apostrophe(w: &str) -> bool {
    // O’Regan, D’Souza: an apostrophe after one capital letter is part of the name.
    let mut chars = w.chars();
    matches!((chars.next(), chars.next()), (Some(a), Some('’' | '\'')) if a.is_uppercase())
}

/// The start of the capitalised run that ends at `last` (inclusive).
fn run_start(tokens: &[Token], last: usize) -> usize {
    let mut s = last;
    while s > 0 {
        let p = &tokens[s - 1];
        let particle = p.lex.has(Lex::PARTICLE);
        if p.in_quote || p.comma_after || p.stop_after || !(p.capitalised || particle) {
            break;
        }
        s -= 1;
    }
    while s < last && (tokens[s].lex.has(Lex::PARTICLE) || !tokens[s].capitalised) {
        s += 1;
    }
    s
}

/// Splits a capitalised run into the title part (`Ukrainian President`, `Outlet’s`,
/// `South Carolina Sen.`) and the name after it; leading sentence words are dropped.
fn split_title<'a>(
    tokens: &[Token<'a>],
    start: usize,
    end: usize,
) -> (Option<String>, Option<Vec<&'a str>>) {
    let mut s = start;
    while s < end && tokens[s].not_name_start() {
        s += 1;
    }
    let run = &tokens[s..end];
    // A title needs a name after it: `John Major`, `Mary King` end in names, not titles.
    let cut = run[..run.len().saturating_sub(1)]
        .iter()
        .rposition(|t| {
            t.undotted.has(Lex::TITLE)
                || (possessive(t.word).1 && !is_name_word_with_apostrophe(t.word))
        })
        .map_or(0, |p| p + 1);
    let title = (cut > 0).then(|| words(tokens, s, s + cut));
    let name: Vec<&str> = run[cut..].iter().map(|t| possessive(t.word).0).collect();
    (title, (!name.is_empty()).then_some(name))
}

/// Whether these words can be a person's name: capitalised words (or particles), no
/// organisation word, no acronym, no digits, at most five words.
fn is_person_name(name: &[&str]) -> bool {
    if name.is_empty() || name.len() > 5 {
        return false;
    }
    name.iter().all(|w| {
        let l = lower_cow(w);
        let lex = Lex::of(&l);
        let mut letters = w.chars().filter(|c| c.is_alphabetic());
        let acronym = letters.clone().nth(1).is_some() && letters.all(char::is_uppercase);
        !lex.has(Lex::ORG | Lex::PLACE)
            && !lex.not_name_start(Lex::of(l.trim_end_matches([',', '.'])))
            && !acronym
            && !w.chars().any(|c| c.is_ascii_digit())
            && (w.chars().next().is_some_and(char::is_uppercase) || lex.has(Lex::PARTICLE))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse;

    /// Parses a tiny article (a headline, then `paragraphs`) and returns, per paragraph,
    /// the names of its speakers.
    fn speakers(paragraphs: &[&str]) -> Vec<Vec<String>> {
        let text = format!(
            "A headline for the test article\n\n{}",
            paragraphs.join("\n\n")
        );
        let (a, _) = parse(&text);
        a.paragraphs()
            .map(|(_, p)| {
                p.speakers
                    .iter()
                    .map(|id| a.expert(id).unwrap().name.clone())
                    .collect()
            })
            .collect()
    }

    fn check(paragraphs: &[&str], expected: &[&[&str]]) {
        let got = speakers(paragraphs);
        let want: Vec<Vec<String>> = expected
            .iter()
            .map(|v| v.iter().map(|s| s.to_string()).collect())
            .collect();
        assert_eq!(got, want, "{paragraphs:#?}");
    }

    #[test]
    fn the_lexicon_answers_for_every_listed_word() {
        let lists: [(&[&str], u16); 10] = [
            (TIME_WORDS, Lex::TIME),
            (NOT_NAME_START, Lex::NOT_NAME_START),
            (&DAYS, Lex::DAY),
            (PARTICLES, Lex::PARTICLE),
            (TITLES, Lex::TITLE),
            (ORG_WORDS, Lex::ORG),
            (PLACE_WORDS, Lex::PLACE),
            (STANCES, Lex::STANCE),
            (BETWEEN_SUBJECT_AND_VERB, Lex::BETWEEN),
            (ABBREVIATIONS, Lex::ABBREVIATION),
        ];
        let verbs: Vec<&str> = SPEECH_VERBS.iter().map(|v| v.0).collect();
        for (words, flag) in lists
            .into_iter()
            .chain([(&verbs[..], Lex::SPEECH), (&MONTHS[..], Lex::MONTH)])
        {
            for w in words {
                assert!(
                    w.len() <= LONGEST_LISTED_WORD,
                    "{w} is longer than LONGEST_LISTED_WORD"
                );
                assert!(Lex::of(w).has(flag), "{w} lost its flag {flag}");
            }
        }
        assert!(Lex::of("sept").has(Lex::MONTH) && Lex::of("janu").has(Lex::MONTH));
        assert!(!Lex::of("ju").has(Lex::MONTH) && !Lex::of("researcher").has(Lex::TITLE));
        assert!(
            Lex::of("said").has(Lex::SPEECH_INVERTS)
                && !Lex::of("believes").has(Lex::SPEECH_INVERTS)
        );
    }

    #[test]
    fn quote_spans_handle_curly_straight_and_unclosed() {
        let (spans, open) = quote_spans("“One,” he said. \"Two\" and «three»");
        assert_eq!(spans.len(), 3);
        assert!(!open);
        let (spans, open) = quote_spans("“It goes on");
        assert_eq!(
            spans,
            [Span {
                start: 0,
                end: "“It goes on".len()
            }]
        );
        assert!(open);
        let (spans, _) = quote_spans("Ukraine’s don’t");
        assert!(spans.is_empty());
    }

    #[test]
    fn name_with_appositive_role_then_verb() {
        check(
            &["Forces “are few”, Jane Doe, a researcher with a university, told the paper."],
            &[&["Jane Doe"]],
        );
    }

    #[test]
    fn inverted_verb_and_role_before_name() {
        check(
            &[
                "“It is hard,” said John Roe, a fellow at an institute.",
                "“We will win,” lawmaker Mary Major wrote on Facebook.",
            ],
            &[&["John Roe"], &["Mary Major"]],
        );
    }

    #[test]
    fn pronoun_and_surname_follow_ups() {
        check(
            &[
                "Ann Lee, head of a think tank, said the war would go on.",
                "“It will take months,” she said.",
                "Prices will rise, Lee told reporters.",
                "Narration without any speaker here.",
            ],
            &[&["Ann Lee"], &["Ann Lee"], &["Ann Lee"], &[]],
        );
    }

    #[test]
    fn according_to_and_stance() {
        check(
            &[
                "The plan could fail, according to Omar Said, head of a research centre.",
                "He’s confident that the talks will resume.",
            ],
            &[&["Omar Said"], &["Omar Said"]],
        );
    }

    #[test]
    fn quote_only_paragraph_continues_the_speaker() {
        check(
            &[
                "“It is over,” Ivan Petrov said.",
                "“Nobody will come back.”",
                "The town is empty.",
            ],
            &[&["Ivan Petrov"], &["Ivan Petrov"], &[]],
        );
    }

    #[test]
    fn mentions_organisations_and_names_in_quotes_are_not_speakers() {
        check(
            &[
                "Other analysts disagreed with Petrov’s assessment.",
                "The Defence Ministry said it had repelled the attack.",
                "“Ask Maria Gomez,” an official told the paper.",
                "Critics say the plan is flawed.",
            ],
            &[&[], &[], &[], &[]],
        );
    }

    /// The experts (name, role) of a one-paragraph article.
    fn experts_of(paragraph: &str) -> Vec<(String, Option<String>)> {
        let (a, _) = parse(&format!("A headline for the test article\n\n{paragraph}"));
        a.experts.into_iter().map(|e| (e.name, e.role)).collect()
    }

    fn expert(name: &str, role: &str) -> (String, Option<String>) {
        (name.to_string(), Some(role.to_string()))
    }

    #[test]
    fn role_then_name_in_commas() {
        assert_eq!(
            experts_of("On Monday, the army's chief spokesperson, Rear Admiral Tom Hale, said the strikes would go on."),
            [expert("Tom Hale", "the army's chief spokesperson, Rear Admiral")]
        );
    }

    #[test]
    fn relative_clause_between_name_and_verb() {
        check(
            &[
                "Rita Moss, a historian, said the siege was unprecedented.",
                "“It will fall,” Moss, who has written two books on the war since 2022, told the paper.",
            ],
            &[&["Rita Moss"], &["Rita Moss"]],
        );
    }

    #[test]
    fn role_words_before_the_name_after_the_verb() {
        assert_eq!(
            experts_of("Voters are tired, said veteran Republican strategist Dan Cole."),
            [expert("Dan Cole", "veteran Republican strategist")]
        );
    }

    #[test]
    fn outlet_possessive_before_the_name() {
        check(
            &["The Outlet’s Sami Noor, reporting from the border, said crossings had stopped."],
            &[&["Sami Noor"]],
        );
    }

    #[test]
    fn quote_spanning_two_paragraphs() {
        check(
            &[
                "“We waited all night,” said Lena Park. “Nobody came.",
                "“Then the shelling began again,” she said.",
                "“And then it stopped.”",
            ],
            &[&["Lena Park"], &["Lena Park"], &["Lena Park"]],
        );
        check(
            &[
                "Ivo Kral said: “The first part goes on.",
                "“And it ends in the next paragraph.”",
            ],
            &[&["Ivo Kral"], &["Ivo Kral"]],
        );
    }

    #[test]
    fn he_and_she_follow_the_right_speaker() {
        check(
            &[
                "Mr Adam Fox said the ceasefire was holding.",
                "Ms Beth Gray disagreed, saying the shelling had resumed.",
                "Officials have not commented. “It is a lie,” she said.",
                "“It is the truth,” he said.",
            ],
            &[&["Adam Fox"], &[], &["Beth Gray"], &["Adam Fox"]],
        );
    }

    #[test]
    fn namesakes_told_apart_by_place() {
        check(
            &[
                "“We are tired,” Abu Karim Nasser, 44, told the reporter in Jenin.",
                "Talks may resume, Omar Nasser told the agency. Nasser is the head of a research group in Cairo.",
                "Nasser, in Jenin, said he wanted peace.",
            ],
            &[&["Abu Karim Nasser"], &["Omar Nasser"], &["Abu Karim Nasser"]],
        );
    }

    #[test]
    fn a_title_without_a_name_finds_the_person_who_holds_it() {
        check(
            &[
                "The report follows a meeting with US President Ann Dale.",
                "In a post after the meeting, the US President said: “We are ready.”",
            ],
            &[&[], &["Ann Dale"]],
        );
    }

    #[test]
    fn photo_credits_and_captions_name_nobody() {
        let text = "A headline for the test article\n\nBody text here.\n\nJane Roe said the rally was calm, in May 2024 [John Poe/Agency]\n\nMore body text.";
        let (a, _) = parse(text);
        assert!(a.experts.is_empty(), "{:?}", a.experts);
    }

    #[test]
    fn titles_go_to_the_role() {
        assert_eq!(
            experts_of("Israeli Defence Minister Eli Stern said the border would stay closed."),
            [expert("Eli Stern", "Israeli Defence Minister")]
        );
        let (a, _) = parse("A headline for the test article\n\nEli Stern said so.");
        assert_eq!(a.experts[0].id, "eli-stern");
    }
}
