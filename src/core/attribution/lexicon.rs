//! The word lists of the genre (speech verbs, titles, organisation and place words, particles) and one hashed lookup answering all of them.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use super::super::text::{DAYS, MONTHS};

/// Speech verbs in the forms that report speech, with whether the speaker may follow the
/// verb (`“…,” said Jane Doe`): only verbs that news copy inverts.
pub(super) const SPEECH_VERBS: &[(&str, bool)] = &[
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
pub(super) const STANCES: &[&str] = &[
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
pub(super) const ORG_WORDS: &[&str] = &[
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
pub(super) const PLACE_WORDS: &[&str] = &[
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
pub(super) const TITLES: &[&str] = &[
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
pub(super) const PARTICLES: &[&str] = &[
    "al", "bin", "ibn", "abu", "de", "da", "di", "du", "del", "della", "van", "von", "der", "den",
    "la", "le", "el", "ben", "ter", "dos", "das",
];

/// Capitalised words that open a sentence or a clause and are not part of a name.
pub(super) const NOT_NAME_START: &[&str] = &[
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
pub(super) const LONGEST_LISTED_WORD: usize = 15;

/// A word of at most [`LONGEST_LISTED_WORD`] bytes packed with its length into one integer,
/// so that the lexicon compares keys without a string comparison.
pub(super) fn packed(w: &str) -> Option<u128> {
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
pub(super) struct WordHasher(u64);

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

pub(super) type WordHash = BuildHasherDefault<WordHasher>;

/// What the word lists say about a folded word, as bit flags: one hash lookup per word
/// answers every list, where scanning each list costs a string comparison per entry.
#[derive(Clone, Copy, Default, Debug)]
pub(super) struct Lex(u16);

impl Lex {
    pub(super) const NOT_NAME_START: u16 = 1;
    pub(super) const DAY: u16 = 1 << 1;
    /// A month, in full or abbreviated (`feb`, `sept`), as [`super::text::is_month`] reads it.
    pub(super) const MONTH: u16 = 1 << 2;
    pub(super) const PARTICLE: u16 = 1 << 3;
    pub(super) const TITLE: u16 = 1 << 4;
    pub(super) const ORG: u16 = 1 << 5;
    pub(super) const PLACE: u16 = 1 << 6;
    pub(super) const STANCE: u16 = 1 << 7;
    pub(super) const BETWEEN: u16 = 1 << 8;
    pub(super) const ABBREVIATION: u16 = 1 << 9;
    pub(super) const SPEECH: u16 = 1 << 10;
    /// A speech verb the speaker may follow (`said Jane Doe`).
    pub(super) const SPEECH_INVERTS: u16 = 1 << 11;
    pub(super) const TIME: u16 = 1 << 12;

    pub(super) fn of(w: &str) -> Lex {
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

    pub(super) fn has(self, flag: u16) -> bool {
        self.0 & flag != 0
    }

    /// Whether a capitalised word opens a sentence or clause rather than a name (a function
    /// word, a day or a month), from the flags of the word and of the word without a final
    /// stop or comma.
    pub(super) fn not_name_start(self, undotted: Lex) -> bool {
        self.has(Lex::NOT_NAME_START | Lex::DAY) || undotted.has(Lex::MONTH)
    }
}

/// Words that may stand between a subject and its speech verb (`he has also said`,
/// `Jane Doe on Saturday told`).
pub(super) const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
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

pub(super) const ABBREVIATIONS: &[&str] = &[
    "sen", "gov", "rep", "dr", "mr", "mrs", "ms", "gen", "col", "lt", "capt", "sgt", "prof", "st",
    "jr", "sr", "no", "oct", "sept", "aug", "jan", "feb", "nov", "dec", "u.s", "u.k", "u.n", "d.c",
    "pa", "ga", "wis", "inc", "ltd", "vs", "mt",
];

/// Words that make a phrase a time phrase (`two days later`), not a role.
pub(super) const TIME_WORDS: &[&str] = &[
    "later", "ago", "earlier", "day", "days", "week", "weeks", "year", "years", "today",
];

/// Whether the speaker may follow this speech verb (`said Jane Doe`); `None` if it is none.
pub(super) fn speech_verb(lex: Lex) -> Option<bool> {
    lex.has(Lex::SPEECH).then(|| lex.has(Lex::SPEECH_INVERTS))
}
