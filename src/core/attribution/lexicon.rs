//! The word lists of the genre (speech verbs, titles, organisation and place words, particles) and one hashed lookup answering all of them.

use crate::core::prelude::*;

use crate::maps::HashMap;
use once_cell::race::OnceBox;

pub(super) use super::super::text::WordHash;
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
    ("agreed", true),
    ("agrees", true),
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
    ("predicted", true),
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
    ("points", false),
    // Irregular participles (`has written`, `has spoken of`).
    ("written", false),
    ("spoken", false),
    ("testified", false),
    ("questioned", false),
    ("pledged", false),
    ("vowed", false),
    ("promised", false),
    // Beliefs count as speech only with a quotation (see `cue_at`).
    ("believes", false),
    ("thinks", false),
];

/// The open class of communication verbs, as lemmas whose reporting forms (`-s`, past,
/// `-ing`) are generated (see [`inflections`]): `+` marks a verb the speaker may follow
/// (`“…,” quipped Jane Doe`), which verbs taking the addressee or target as object cannot;
/// `lemma/past` gives an irregular or doubled past; `~` marks a lemma that is also a common
/// noun, whose `-s` form (`calls`, `tweets`) is left out as far more often a plural. Forms listed in [`SPEECH_VERBS`] keep
/// their entry there.
pub(super) const SPEECH_LEMMAS: &str = concat!(
    "say/said+ ",
    "tell/told ",
    "write/wrote+ ",
    "speak/spoke ",
    "add+ ",
    "warn+ ",
    "argue+ ",
    "note+ ",
    "lament~+ ",
    "conclude+ ",
    "explain+ ",
    "insist+ ",
    "claim+ ",
    "stress+ ",
    "acknowledge+ ",
    "ask+ ",
    "post~ ",
    "tweet~+ ",
    "retweet ",
    "state~+ ",
    "suggest+ ",
    "emphasise+ ",
    "emphasize+ ",
    "caution+ ",
    "predict+ ",
    "recall+ ",
    "reply~+ ",
    "respond+ ",
    "remark~+ ",
    "observe+ ",
    "accuse ",
    "urge ",
    "announce+ ",
    "declare+ ",
    "admit/admitted+ ",
    "concede+ ",
    "counter+ ",
    "confirm+ ",
    "deny ",
    "reiterate+ ",
    "maintain+ ",
    "criticise ",
    "criticize ",
    "testify+ ",
    "question~ ",
    "pledge~+ ",
    "vow~+ ",
    "promise~+ ",
    "describe ",
    "praise~ ",
    "cite ",
    "propose+ ",
    "dismiss ",
    "blast~ ",
    "reject ",
    "blame ",
    "complain+ ",
    "denounce ",
    "assure ",
    "repeat+ ",
    "compare ",
    "assert+ ",
    "challenge ",
    "thank ",
    "joke~+ ",
    "quip/quipped~+ ",
    "echo~+ ",
    "answer~+ ",
    "reveal+ ",
    "boast~+ ",
    "brag/bragged+ ",
    "remind ",
    "mention~+ ",
    "mock ",
    "plead+ ",
    "estimate~+ ",
    "assail ",
    "condemn ",
    "decry ",
    "tout~ ",
    "recount+ ",
    "comment~+ ",
    "allege+ ",
    "slam/slammed~ ",
    "charge~+ ",
    "applaud ",
    "credit~ ",
    "contend+ ",
    "demand~+ ",
    "exclaim+ ",
    "shout~+ ",
    "yell~+ ",
    "scream~+ ",
    "whisper~+ ",
    "mutter+ ",
    "murmur~+ ",
    "inform ",
    "advise ",
    "lambast ",
    "lambaste ",
    "rebuke~ ",
    "chide ",
    "scold ",
    "fault~ ",
    "hail~ ",
    "laud ",
    "commend ",
    "congratulate ",
    "apologise+ ",
    "apologize+ ",
    "swear/swore+ ",
    "threaten~ ",
    "proclaim+ ",
    "confess+ ",
    "disclose+ ",
    "refute ",
    "rebut/rebutted ",
    "contradict ",
    "retort~+ ",
    "elaborate+ ",
    "clarify+ ",
    "portray ",
    "characterise ",
    "characterize ",
    "dub/dubbed ",
    "brand~ ",
    "invoke ",
    "recommend+ ",
    "advocate~ ",
    "alert~ ",
    "summarise+ ",
    "summarize+ ",
    "notify ",
    "brief~ ",
    "reassure ",
    "wonder+ ",
    "lecture~ ",
    "preach ",
    "taunt~ ",
    "ridicule ",
    "grumble+ ",
    "bemoan ",
    "deplore ",
    "attack~ ",
    "bash~ ",
    "chastise ",
    "reprimand ",
    "defend ",
    "discuss ",
    "highlight~ ",
    "imply ",
    "indicate+ ",
    "hint~+ ",
    "signal/signalled~+ ",
    "underscore+ ",
    "underline+ ",
    "forecast/forecast+ ",
    "muse+ ",
    "scoff+ ",
    "snap/snapped+ ",
    "reason+ ",
    "concur/concurred+ ",
    "object~+ ",
    "protest~+ ",
    "opine+ ",
    "theorise+ ",
    "theorize+ ",
    "speculate+ ",
    "surmise+ ",
    "relate+ ",
    "narrate+ ",
    "detail~ ",
    "outline~ ",
    "call~ ",
    "talk ",
    "refer/referred ",
    "express ",
    "report~+ ",
    "telegraph ",
    "recite ",
    "pronounce ",
    "affirm+ ",
    "concede+ ",
    "stipulate+ ",
    "specify+ ",
    "emphasise+ ",
    "caution+ ",
    "interject+ ",
    "liken ",
    "pen/penned~ ",
    "interrupt+ ",
);

/// Verbs of manner that news copy uses for speech right after a quote (`“…,” beamed Jane
/// Doe`, `“…,” she laughed`), in the forms of [`SPEECH_LEMMAS`]: elsewhere they say how
/// someone looked or felt, not what they said.
pub(super) const MANNER_VERBS: &str = concat!(
    "beam laugh smile sigh chuckle gush fume enthuse marvel/marvelled groan cry roar ",
    "thunder bellow sneer growl crow exult grin/grinned shrug/shrugged sniff huff rage ",
    "seethe deadpan/deadpanned gasp sob/sobbed wail beg/begged rasp ",
);

/// Stances a writer reports about a speaker: `he’s confident that`, `she is worried about`.
pub(super) const STANCES: &str = concat!(
    "confident ",
    "worried ",
    "concerned ",
    "convinced ",
    "optimistic ",
    "pessimistic ",
    "hopeful ",
    "sceptical ",
    "skeptical ",
    "adamant ",
    "certain ",
);

/// Words that head an organisation's name, never a person's.
pub(super) const ORG_WORDS: &str = concat!(
    "ministry ",
    "institute ",
    "institution ",
    "university ",
    "office ",
    "council ",
    "party ",
    "army ",
    "force ",
    "forces ",
    "agency ",
    "bank ",
    "group ",
    "centre ",
    "center ",
    "news ",
    "times ",
    "court ",
    "department ",
    "commission ",
    "committee ",
    "government ",
    "staff ",
    "service ",
    "nations ",
    "union ",
    "organization ",
    "organisation ",
    "press ",
    "post ",
    "journal ",
    "association ",
    "foundation ",
    "company ",
    "corporation ",
    "inc ",
    "ltd ",
    "fund ",
    "authority ",
    "board ",
    "command ",
    "brigade ",
    "regiment ",
    "house ",
    "senate ",
    "parliament ",
    "congress ",
    "assembly ",
    "police ",
    "tank ",
    "network ",
    "media ",
    "radio ",
    "tv ",
    "campaign ",
    "alliance ",
    "coalition ",
    "federation ",
    "republic ",
    "kingdom ",
    "states ",
    "state ",
    "region ",
    "city ",
    "street ",
    "square ",
    "war ",
    "club ",
    "league ",
    "convention ",
    "magazine ",
    "project ",
    "act ",
    "politics ",
    "academy ",
    "academies ",
    "review ",
    "newspaper ",
    "paper ",
    "website ",
    "site ",
    "blog ",
    "outlet ",
    "channel ",
    "publication ",
    "broadcaster ",
    "watch ",
    "chamber ",
    "pac ",
    // An adjective that opens institutions' names, never people's (`National Trust`).
    "national ",
    "international ",
    "show ",
    // Plural nouns that end organisations' names, never people's.
    "services ",
    "investigations ",
    "affairs ",
    "relations ",
    "studies ",
    "sciences ",
    "systems ",
    "industries ",
    "holdings ",
    "partners ",
    "associates ",
    "communications ",
    "networks ",
    "technologies ",
    "resources ",
    "institutes ",
    "laboratories ",
    "labs ",
);

/// Words of place names that never stand in a person's name (`South Coast`, `Harbour Strip`).
pub(super) const PLACE_WORDS: &str = concat!(
    "south ",
    "north ",
    "east ",
    "west ",
    "central ",
    "united ",
    "saudi ",
    "africa ",
    "america ",
    "europe ",
    "asia ",
    "korea ",
    "arabia ",
    "zealand ",
    "lanka ",
    "emirates ",
    "strip ",
    "coast ",
    "island ",
    "islands ",
    "valley ",
    "province ",
    "county ",
    "district ",
    "sea ",
    "ocean ",
    "gulf ",
);

/// Title words that stand before a name and belong to the role (`President`, `Sen.`).
pub(super) const TITLES: &str = concat!(
    "president ",
    "minister ",
    "sen ",
    "senator ",
    "gov ",
    "governor ",
    "rep ",
    "representative ",
    "secretary ",
    "ambassador ",
    "chancellor ",
    "general ",
    "gen ",
    "admiral ",
    "colonel ",
    "col ",
    "commander ",
    "chief ",
    "director ",
    "spokesperson ",
    "spokesman ",
    "spokeswoman ",
    "mayor ",
    "judge ",
    "justice ",
    "prof ",
    "professor ",
    "dr ",
    "mr ",
    "mrs ",
    "ms ",
    "king ",
    "queen ",
    "prince ",
    "princess ",
    "pope ",
    "sheikh ",
    "lawmaker ",
    "pm ",
    "premier ",
    "lieutenant ",
    "lt ",
    "major ",
    "captain ",
    "capt ",
    "sergeant ",
    "sgt ",
    "officer ",
    "envoy ",
    "adviser ",
    "advisor ",
    "leader ",
    "head ",
    "chair ",
    "chairman ",
    "chairwoman ",
    "ceo ",
    "founder ",
    "deputy ",
    "vice ",
    "speaker ",
    "attorney ",
    "officials ",
    "official ",
    "expert ",
    "analyst ",
    "pollster ",
    "strategist ",
    "rear ",
    // Abbreviated ranks and offices (`Vice Adm Pedro Salas`, `Lt. Col.`, `Del.`).
    "adm ",
    "maj ",
    "del ",
    "cmdr ",
    "cdr ",
    "cpl ",
    "pvt ",
    "brig ",
    "supt ",
    "insp ",
    "det ",
    "atty ",
    "sec ",
    "amb ",
    "rev ",
    "fr ",
    "sr ",
    "hon ",
    "pres ",
    "assemblyman ",
    "assemblywoman ",
    "congressman ",
    "congresswoman ",
    "councilman ",
    "councilwoman ",
    "councillor ",
    "councilor ",
    "alderman ",
    "sheriff ",
    "mp ",
    "mep ",
    "msp ",
    "sir ",
    "dame ",
    "lord ",
    "baroness ",
    "rabbi ",
    "imam ",
    "bishop ",
    "archbishop ",
    "cardinal ",
    "reverend ",
    "pastor ",
    "dean ",
    "provost ",
    "superintendent ",
    "treasurer ",
    "commissioner ",
    "senators ",
    "moderator ",
    "sens ",
    "reps ",
    "governors ",
    "ministers ",
    "inspector ",
    "detective ",
    "trooper ",
    "coach ",
    "manager ",
    "aide ",
    "staffer ",
    "whip ",
    "lady ",
);

/// Descriptors written before a name, titles too (`Republican Mara Lind`, `Rival Jane Doe`),
/// but no office: `Rival of Mayor Jane Doe` is the mayor's rival, not her office.
pub(super) const DESCRIPTORS: &str = concat!(
    // Descriptors written before a name and capitalised (`Republican Mara Lind`).
    "republican ",
    "democrat ",
    "democratic ",
    "gop ",
    "independent ",
    "libertarian ",
    "conservative ",
    "labour ",
    "liberal ",
    "tory ",
    "economist ",
    "reporter ",
    "correspondent ",
    "anchor ",
    "co-anchor ",
    "host ",
    "columnist ",
    "commentator ",
    "editor ",
    "author ",
    "actor ",
    "actress ",
    "comedian ",
    "candidate ",
    "nominee ",
    "activist ",
    "businessman ",
    "businesswoman ",
    "billionaire ",
    "frontrunner ",
    "front-runner ",
    "hopeful ",
    // Common nouns written capitalised before a name at a sentence's start (`Rival Jane Doe`).
    "rival ",
    "critic ",
    "challenger ",
    "opponent ",
    "incumbent ",
    "newcomer ",
    "veteran ",
    "writer ",
    "novelist ",
    "poet ",
    "rapper ",
    "musician ",
    "filmmaker ",
    "producer ",
    "lawyer ",
    "doctor ",
    "physician ",
    "surgeon ",
    "teacher ",
    "student ",
    "entrepreneur ",
    "investor ",
    "tycoon ",
    "mogul ",
    "pundit ",
    "blogger ",
    "donor ",
    "supporter ",
    "protester ",
    "celebrity ",
    "historian ",
    "scientist ",
    "researcher ",
    "philanthropist ",
    "fellow ",
);

/// Lowercase particles inside names (`Abu Salem al-Hadi`, `Greta van der Berg`).
pub(super) const PARTICLES: &str = concat!(
    "al ", "bin ", "ibn ", "abu ", "de ", "da ", "di ", "du ", "del ", "della ", "van ", "von ",
    "der ", "den ", "la ", "le ", "el ", "ben ", "ter ", "dos ", "das ",
);

/// Capitalised words that open a sentence or a clause and are not part of a name.
pub(super) const NOT_NAME_START: &str = concat!(
    "the ",
    "a ",
    "an ",
    "this ",
    "that ",
    "these ",
    "those ",
    "but ",
    "and ",
    "or ",
    "however ",
    "meanwhile ",
    "after ",
    "before ",
    "in ",
    "on ",
    "at ",
    "for ",
    "as ",
    "when ",
    "while ",
    "if ",
    "although ",
    "though ",
    "since ",
    "still ",
    "yet ",
    "so ",
    "then ",
    "other ",
    "many ",
    "some ",
    "his ",
    "her ",
    "their ",
    "its ",
    "our ",
    "my ",
    "your ",
    "he ",
    "she ",
    "they ",
    "it ",
    "we ",
    "i ",
    "there ",
    "here ",
    "what ",
    "why ",
    "how ",
    "who ",
    "where ",
    "which ",
    "by ",
    "from ",
    "with ",
    "under ",
    "over ",
    "during ",
    "last ",
    "next ",
    "both ",
    "each ",
    "every ",
    "all ",
    "most ",
    "several ",
    "few ",
    "no ",
    "not ",
    "to ",
    "of ",
    "former ",
    "late ",
    "new ",
    "according ",
    "speaking ",
    "asked ",
    "writing ",
    "now ",
    "also ",
    "even ",
    "just ",
    "only ",
    // Auxiliaries opening a question (`Does Doe know`, `Has Doe said`).
    "does ",
    "did ",
    "do ",
    "is ",
    "was ",
    "are ",
    "were ",
    "has ",
    "have ",
    "had ",
    "could ",
    "should ",
    "would ",
    // More openers of a sentence or clause (`Once Doe arrived`, `Neither Doe nor Roe`).
    "neither ",
    "nor ",
    "either ",
    "once ",
    "following ",
    "given ",
    "maybe ",
    "another ",
    "first ",
    "more ",
    "less ",
    "whether ",
    "unlike ",
    "like ",
    "despite ",
    "amid ",
    "among ",
    "against ",
    "without ",
    "within ",
    "inside ",
    "outside ",
    "until ",
    "unless ",
    "because ",
    "instead ",
    "perhaps ",
    "indeed ",
    "besides ",
    "moreover ",
    "thus ",
    "yes ",
    "about ",
    "around ",
    "through ",
    "including ",
    "regarding ",
    "dear ",
    "thanks ",
    "please ",
    "sorry ",
    "well ",
    "oh ",
    // Adverbs of time and sequence open sentences (`Later on, Doe …`, `Earlier Jane Doe …`),
    // and `Say` an imagined case (`Say Norland closes its ports …`). (Not `early`: a surname.)
    "earlier ",
    "later ",
    "yesterday ",
    "today ",
    "tonight ",
    "recently ",
    "eventually ",
    "finally ",
    "ultimately ",
    "initially ",
    "afterwards ",
    "similarly ",
    "nonetheless ",
    "nevertheless ",
    "overall ",
    "therefore ",
    "say ",
    // Numbers open sentences (`Nine in 10 voters say`).
    "one ",
    "two ",
    "three ",
    "four ",
    "five ",
    "six ",
    "seven ",
    "eight ",
    "nine ",
    "ten ",
    "dozens ",
    "hundreds ",
    "thousands ",
    "millions ",
);

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

/// What the word lists say about a folded word, as bit flags: one hash lookup per word
/// answers every list, where scanning each list costs a string comparison per entry.
#[derive(Clone, Copy, Default, Debug)]
pub(super) struct Lex(u32);

impl Lex {
    pub(super) const NOT_NAME_START: u32 = 1;
    pub(super) const DAY: u32 = 1 << 1;
    /// A month, in full or abbreviated (`feb`, `sept`), as [`super::text::is_month`] reads it.
    pub(super) const MONTH: u32 = 1 << 2;
    pub(super) const PARTICLE: u32 = 1 << 3;
    pub(super) const TITLE: u32 = 1 << 4;
    pub(super) const ORG: u32 = 1 << 5;
    pub(super) const PLACE: u32 = 1 << 6;
    pub(super) const STANCE: u32 = 1 << 7;
    pub(super) const BETWEEN: u32 = 1 << 8;
    pub(super) const ABBREVIATION: u32 = 1 << 9;
    pub(super) const SPEECH: u32 = 1 << 10;
    /// A speech verb the speaker may follow (`said Jane Doe`).
    pub(super) const SPEECH_INVERTS: u32 = 1 << 11;
    pub(super) const TIME: u32 = 1 << 12;
    /// The `-ing` form of a communication verb (`saying`, `adding`): a participle whose
    /// speaker is its clause's subject.
    pub(super) const SPEECH_ING: u32 = 1 << 13;
    /// The bare form of a communication verb (`say`, `claim`): a cue only where its subject
    /// is plural and named (`Doe and Roe say`, `…, who claim`), as it is more often an
    /// infinitive or a noun.
    pub(super) const SPEECH_BASE: u32 = 1 << 14;
    /// The `-s` form of a communication verb that is also a common noun (`charges`,
    /// `calls`): a cue only right after a name or pronoun and before `that`.
    pub(super) const SPEECH_NOUN_S: u32 = 1 << 15;
    /// A verb of manner (`beamed`, `laughed`): speech only right after a quote
    /// (`“…,” beamed Jane Doe`, `“…,” she laughed`), never on its own.
    pub(super) const MANNER: u32 = 1 << 16;
    /// One of [`DESCRIPTORS`] (also a [`Lex::TITLE`]).
    pub(super) const DESCRIPTOR: u32 = 1 << 17;

    pub(super) fn of(w: &str) -> Lex {
        // Built on first use. (`OnceBox`: the core builds without std; two threads racing
        // to build it both do, and one copy is kept.)
        static LEXICON: OnceBox<HashMap<u128, u32, WordHash>> = OnceBox::new();
        let lexicon = LEXICON.get_or_init(|| {
            let mut map: HashMap<u128, u32, WordHash> = HashMap::default();
            // (The lists are one string each, words apart: a slice of strings costs a
            // pointer and a length per word in the wasm.)
            let mut add = |words: &mut dyn Iterator<Item = &str>, flag: u32| {
                for w in words {
                    let key = packed(w).expect("listed words fit the key");
                    *map.entry(key).or_default() |= flag;
                }
            };
            add(
                &mut NOT_NAME_START.split_ascii_whitespace(),
                Lex::NOT_NAME_START,
            );
            add(&mut DAYS.into_iter(), Lex::DAY);
            add(&mut PARTICLES.split_ascii_whitespace(), Lex::PARTICLE);
            add(&mut TITLES.split_ascii_whitespace(), Lex::TITLE);
            add(
                &mut DESCRIPTORS.split_ascii_whitespace(),
                Lex::TITLE | Lex::DESCRIPTOR,
            );
            add(&mut ORG_WORDS.split_ascii_whitespace(), Lex::ORG);
            add(&mut PLACE_WORDS.split_ascii_whitespace(), Lex::PLACE);
            add(&mut STANCES.split_ascii_whitespace(), Lex::STANCE);
            add(
                &mut BETWEEN_SUBJECT_AND_VERB.split_ascii_whitespace(),
                Lex::BETWEEN,
            );
            add(
                &mut ABBREVIATIONS.split_ascii_whitespace(),
                Lex::ABBREVIATION,
            );
            add(&mut TIME_WORDS.split_ascii_whitespace(), Lex::TIME);
            for &(verb, inverts) in SPEECH_VERBS {
                add(
                    &mut [verb].into_iter(),
                    Lex::SPEECH | if inverts { Lex::SPEECH_INVERTS } else { 0 },
                );
            }
            // `is_month` takes full names and their first three or four letters.
            for m in MONTHS {
                add(
                    &mut [m, &m[..3], &m[..4.min(m.len())]].into_iter(),
                    Lex::MONTH,
                );
            }
            for spec in MANNER_VERBS.split_ascii_whitespace() {
                let (forms, _) = inflections(spec);
                add(&mut forms[..2].iter().map(String::as_str), Lex::MANNER);
            }
            for spec in SPEECH_LEMMAS.split_ascii_whitespace() {
                let (forms, inverts) = inflections(spec);
                let [third, past, ing] = &forms;
                for form in [third, past] {
                    if SPEECH_VERBS.iter().all(|v| v.0 != form) {
                        if let Some(key) = packed(form) {
                            *map.entry(key).or_default() |=
                                Lex::SPEECH | if inverts { Lex::SPEECH_INVERTS } else { 0 };
                        }
                    }
                }
                if let Some(key) = packed(ing) {
                    *map.entry(key).or_default() |= Lex::SPEECH_ING;
                }
                let base = spec.split(['/', '~', '+']).next().unwrap_or("");
                if let Some(key) = packed(base) {
                    *map.entry(key).or_default() |= Lex::SPEECH_BASE;
                }
                if spec.contains('~') {
                    let (plain, _) = inflections(&spec.replace('~', ""));
                    if let Some(key) = packed(&plain[0]) {
                        *map.entry(key).or_default() |= Lex::SPEECH_NOUN_S;
                    }
                }
            }
            Box::new(map)
        });
        Lex(packed(w)
            .and_then(|k| lexicon.get(&k).copied())
            .unwrap_or(0))
    }

    /// Whether a word opens no name only as a month (`June`, `Marc` from `march`), which
    /// is also a first name.
    pub(super) fn has_only_month(self, undotted: Lex) -> bool {
        !self.has(Lex::NOT_NAME_START | Lex::DAY) && undotted.has(Lex::MONTH)
    }

    pub(super) fn has(self, flag: u32) -> bool {
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
pub(super) const BETWEEN_SUBJECT_AND_VERB: &str = concat!(
    "has ",
    "have ",
    "had ",
    "also ",
    "later ",
    "previously ",
    "repeatedly ",
    "then ",
    "further ",
    "once ",
    "again ",
    "recently ",
    "would ",
    "will ",
    "was ",
    "is ",
    "already ",
    "publicly ",
    "privately ",
    "earlier ",
    "subsequently ",
    "separately ",
    "reportedly ",
    "on ",
    "in ",
    "last ",
    "this ",
    "week ",
    "month ",
    "year ",
    "yesterday ",
    "today ",
    "morning ",
    "afternoon ",
    "evening ",
    "night ",
    "long ",
    "often ",
    "has ",
    "since ",
    "first ",
    "twice ",
    "even ",
    "herself ",
    "himself ",
    "now ",
);

pub(super) const ABBREVIATIONS: &str = concat!(
    "sen ", "gov ", "rep ", "dr ", "mr ", "mrs ", "ms ", "gen ", "col ", "lt ", "capt ", "sgt ",
    "prof ", "st ", "jr ", "sr ", "no ", "oct ", "sept ", "aug ", "jan ", "feb ", "nov ", "dec ",
    "u.s ", "u.k ", "u.n ", "d.c ", "pa ", "ga ", "wis ", "inc ", "ltd ", "vs ", "mt ",
);

/// Words that make a phrase a time phrase (`two days later`), not a role.
pub(super) const TIME_WORDS: &str = concat!(
    "later ", "ago ", "earlier ", "day ", "days ", "week ", "weeks ", "year ", "years ", "today ",
);

/// The `-s`, past and `-ing` forms of a [`SPEECH_LEMMAS`] entry, and whether it inverts.
pub(super) fn inflections(spec: &str) -> ([String; 3], bool) {
    let inverts = spec.ends_with('+');
    let spec = spec.trim_end_matches('+');
    let nounish = spec.ends_with('~');
    let spec = spec.trim_end_matches('~');
    let (base, past) = match spec.split_once('/') {
        Some((b, p)) => (b, Some(p)),
        None => (spec, None),
    };
    let b = base.as_bytes();
    let last = b.last().copied().unwrap_or(b'a');
    let before = if b.len() >= 2 { b[b.len() - 2] } else { b'a' };
    let vowel = |c: u8| b"aeiou".contains(&c);
    let third = if base.ends_with("ss")
        || base.ends_with("sh")
        || base.ends_with("ch")
        || matches!(last, b'x' | b'z' | b'o')
    {
        format!("{base}es")
    } else if last == b'y' && !vowel(before) {
        format!("{}ies", &base[..base.len() - 1])
    } else {
        format!("{base}s")
    };
    let regular_past = if last == b'e' {
        format!("{base}d")
    } else if last == b'y' && !vowel(before) {
        format!("{}ied", &base[..base.len() - 1])
    } else {
        format!("{base}ed")
    };
    let past = past.map_or(regular_past, str::to_string);
    // A doubled final consonant in the past (`quipped`) doubles before `-ing` too.
    let doubled = past.len() > base.len() + 2 && past.ends_with("ed") && past.starts_with(base);
    let ing = if doubled {
        format!("{base}{}ing", last as char)
    } else if let Some(stem) = base.strip_suffix("ie") {
        format!("{stem}ying")
    } else if last == b'e' && !base.ends_with("ee") {
        format!("{}ing", &base[..base.len() - 1])
    } else {
        format!("{base}ing")
    };
    // A noun's plural is no cue: the past stands in for it, and is never looked up twice.
    let third = if nounish { past.clone() } else { third };
    ([third, past, ing], inverts)
}

/// Whether the speaker may follow this speech verb (`said Jane Doe`); `None` if it is none.
pub(super) fn speech_verb(lex: Lex) -> Option<bool> {
    lex.has(Lex::SPEECH).then(|| lex.has(Lex::SPEECH_INVERTS))
}
