//! The named rules (sieves) that attribute a paragraph, in order, and the pass that runs them.
//!
//! As in CoreNLP's `QuoteAttributionAnnotator`, the rules are data: an ordered list of names,
//! each tried only where the earlier ones left the paragraph (or the cue) unresolved, and
//! each attribution records the rule that decided it. The cue rules read a speech cue and
//! its mention (see [`super::cues`]); the roster then resolves the mention to a person.

use ::core::mem::take;

use super::super::model::Via;

use super::cues::*;
use super::lexicon::Lex;
use super::phrases::{is_person_name, run_end, split_title};
use super::quotes::*;
use super::tokens::*;
use super::*;

/// A named attribution rule. The order of [`RULES`] is the order they are tried in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// A transcript's speaker label opening the paragraph: `DOE: We will win.`
    Label,
    /// A signature closing a quote or post: `“We will win.” — Jane Doe`.
    Signature,
    /// `…, according to NAME, ROLE`.
    AccordingTo,
    /// A stance the writer reports: `she is confident that …`.
    Stance,
    /// The speaker after the speech verb: `“…,” said NAME`.
    VerbAfter,
    /// The speaker in commas before the verb: `NAME, ROLE, said`.
    Apposition,
    /// The speaker right before the verb: `NAME said`, `he told`, `the analyst wrote`.
    VerbBefore,
    /// A relative clause speaks for the name before it: `NAME, who denies the claim, …`.
    RelativeClause,
    /// The one quoted speaks, not who quotes: `the paper quoted NAME as saying`.
    QuotedAs,
    /// A second predicate shares its sentence's subject: `X declined … but added that`.
    JoinedPredicate,
    /// A participle speaks for its sentence's subject: `X defended the plan, arguing that`.
    Participle,
    /// A quoted phrase inside a sentence with no speech verb is its subject's words:
    /// `NAME visited the crews and hoped for “patience from every side”`.
    QuotedPredicate,
    /// A paragraph that only quotes continues the previous paragraph's single speaker.
    Continuation,
}

/// Every rule, in the order the engine tries them.
pub const RULES: [Rule; 13] = [
    Rule::Label,
    Rule::Signature,
    Rule::AccordingTo,
    Rule::Stance,
    Rule::VerbAfter,
    Rule::Apposition,
    Rule::VerbBefore,
    Rule::RelativeClause,
    Rule::QuotedAs,
    Rule::JoinedPredicate,
    Rule::Participle,
    Rule::QuotedPredicate,
    Rule::Continuation,
];

impl Rule {
    /// The rule's name, as in the evidence JSON and `qa-reader eval --without`.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Label => "label",
            Rule::Signature => "signature",
            Rule::AccordingTo => "according-to",
            Rule::Stance => "stance",
            Rule::VerbAfter => "verb-after",
            Rule::Apposition => "apposition",
            Rule::VerbBefore => "verb-before",
            Rule::RelativeClause => "relative-clause",
            Rule::QuotedAs => "quoted-as",
            Rule::JoinedPredicate => "joined-predicate",
            Rule::Participle => "participle",
            Rule::QuotedPredicate => "quoted-predicate",
            Rule::Continuation => "continuation",
        }
    }

    /// The rule named `name`, if any.
    pub fn from_name(name: &str) -> Option<Rule> {
        RULES.into_iter().find(|r| r.as_str() == name)
    }

    fn bit(self) -> u32 {
        1 << RULES.iter().position(|&r| r == self).unwrap_or(0)
    }
}

/// A set of rules (those switched off), as bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rules(u32);

impl Rules {
    /// The set of `rules`.
    pub fn of(rules: &[Rule]) -> Rules {
        Rules(rules.iter().fold(0, |acc, r| acc | r.bit()))
    }

    /// Whether `rule` is in the set.
    pub fn has(self, rule: Rule) -> bool {
        self.0 & rule.bit() != 0
    }
}

/// One attribution of a paragraph: the person, the cue word, how the mention was resolved,
/// and the rule that decided.
pub(super) struct Attribution {
    pub(super) who: usize,
    pub(super) cue: String,
    pub(super) via: Via,
    pub(super) rule: Rule,
}

/// Whether `word` (a slice of `text`) opens a sentence: only quote marks, brackets or
/// spaces stand between it and the paragraph start or a full stop, `?` or `!`.
fn opens_sentence(text: &str, word: &str) -> bool {
    let at = (word.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
    let before = text.get(..at).unwrap_or("");
    let before = before.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '«')
    });
    before.is_empty() || before.ends_with(['.', '?', '!', ':'])
}

/// Whether `word` (a slice of `text`) is followed by a possessive `’s` (`Barron’s wrote`).
fn possessed(text: &str, word: &str) -> bool {
    let at = (word.as_ptr() as usize).saturating_sub(text.as_ptr() as usize) + word.len();
    text.get(at..)
        .is_some_and(|rest| rest.starts_with("’s") || rest.starts_with("'s"))
}

/// `DOE:` or `JANE DOE:` or `Jane Doe:` opening a paragraph (a transcript's speaker
/// label): the label's words and the cue `:`.
fn transcript_label(text: &str) -> Option<(Vec<String>, &'static str)> {
    // (A copy may open the label with a stray quote mark: `"DOE: We will win.`)
    let text = text.trim_start_matches(['"', '“']);
    let colon = text.get(..40.min(text.len())).and_then(|h| h.find(": "))?;
    let label = &text[..colon];
    let words: Vec<&str> = label.split_whitespace().collect();
    let shaped = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
    };
    if words.is_empty() || words.len() > 3 || !words.iter().all(shaped) {
        return None;
    }
    let caps = label
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    // Mixed case needs a full name (`Jane Doe:`); capitals may be a surname (`DOE:`).
    if !caps && words.len() < 2 {
        return None;
    }
    let words = words
        .iter()
        .filter(|w| {
            !matches!(
                lower(w.trim_end_matches('.')).as_str(),
                "mr" | "mrs" | "ms" | "dr"
            )
        })
        .map(|w| {
            // `DOE` → `Doe`: the first letter is already a capital in a label.
            let mut c = w.chars();
            let first = c.next().map(String::from).unwrap_or_default();
            first + &c.map(lower_letter).collect::<String>()
        })
        .collect::<Vec<String>>();
    // A label in mixed case must name someone the article has introduced (`Long Covid:`
    // heads a section): marked by a leading `=` for the roster.
    let mut words = words;
    if !caps {
        if let Some(first) = words.first_mut() {
            first.insert(0, '=');
        }
    }
    (!words.is_empty()).then_some((words, ":"))
}

/// A capital's small letter for ASCII and Latin-1 (`Ö` → `ö`), any other character as it is:
/// enough for names in capitals, without the Unicode case tables `char::to_lowercase`
/// brings into the wasm (about 40 KB).
fn lower_letter(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 32).unwrap_or(c),
        _ => c,
    }
}

/// `… — Jane Doe` closing a quote or post (optionally with a handle or date after it): the
/// name's words and the cue `—`.
fn signature(text: &str) -> Option<(Vec<String>, &'static str)> {
    let t = text.trim_end().trim_end_matches('.');
    let (at, dash) = ['—', '―', '–']
        .iter()
        .filter_map(|d| t.rfind(*d).map(|at| (at, d.len_utf8())))
        .max()?;
    let before = t[..at].trim_end();
    if !before.ends_with(['”', '"', '.', '!', '?']) {
        return None;
    }
    let tail = t[at + dash..].trim_start();
    let tail = tail.split(['(', ',']).next().unwrap_or("").trim();
    let words: Vec<&str> = tail.split_whitespace().collect();
    let person = (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            // (A middle initial, `P.`, may stand between.)
            let initial = w.trim_end_matches('.').len() == 1;
            w.chars().next().is_some_and(char::is_uppercase)
                && (initial || w.chars().skip(1).any(char::is_lowercase))
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
        });
    person.then(|| (words.iter().map(|w| w.to_string()).collect(), "—"))
}

/// A photo caption left among the paragraphs: it opens with a caption label (`Image
/// caption`, `image captionJane Doe …`) or closes with a photo credit in brackets glued to
/// the text or naming a source (`….(Supplied)`, `… (Agency: Jane Doe)`).
fn is_caption(text: &str) -> bool {
    let head = text.as_bytes().get(..13).unwrap_or(b"");
    if head.eq_ignore_ascii_case(b"image caption") || head.eq_ignore_ascii_case(b"media caption") {
        return true;
    }
    let t = text.trim_end();
    if !t.ends_with(')') {
        return false;
    }
    let Some(open) = t.rfind('(') else {
        return false;
    };
    let inner = &t[open + 1..t.len() - 1];
    let glued = t[..open].ends_with(['.', '!', '?', '”', '"']);
    let credit = inner
        .split_once(':')
        .is_some_and(|(src, _)| src.split_whitespace().count() <= 3 && !src.is_empty());
    (glued || credit) && inner.len() < 60 && inner.starts_with(char::is_uppercase)
}

/// A headline or deck among the paragraphs, in Title Case (`Doe Says Talks Will Resume`):
/// at least four words of four letters or more, quoted or not, and all but one capitalised.
fn is_title_case(tokens: &[Token]) -> bool {
    let (mut long, mut capitalised) = (0, 0);
    for t in tokens.iter().filter(|t| t.word.len() >= 4) {
        long += 1;
        capitalised += usize::from(t.capitalised);
        if long - capitalised > 1 || long > 30 {
            return false;
        }
    }
    capitalised >= 4
}

/// Whether a role holds a title word (`Mr.`, `President`, `Sen.`).
fn has_title(role: &str) -> bool {
    role.split_whitespace().any(|w| {
        let l = lower(w.trim_end_matches([',', '.']));
        Lex::of(&l).has(Lex::TITLE)
    })
}

/// Whether an unnamed person (`a staffer`, `an official`) is introduced outside quotes
/// before token `at`, in the sentence of `at` or the one before it.
fn unnamed_person_before(tokens: &[Token], at: usize) -> bool {
    let mut stops = 0;
    for k in (0..at).rev().take(60) {
        let t = &tokens[k];
        if t.stop_after && k + 1 < at {
            stops += 1;
            if stops > 1 {
                return false;
            }
        }
        if t.in_quote || !matches!(t.lc.as_ref(), "a" | "an") {
            continue;
        }
        if tokens[k + 1..at].iter().take(2).any(|n| {
            let w = n.lc.as_ref();
            !n.capitalised && (n.lex.has(Lex::TITLE) || w.len() > 5 && w.ends_with("ist"))
        }) {
            return true;
        }
    }
    false
}

/// Words outside quotes from which a quote paragraph has narration of its own.
const NARRATION: usize = 3;

/// Whether a cue's mention named one person or two together.
enum Kind {
    One,
    Both,
}

/// `with co-authors Jane Roe and John Poe` (from token `at`): the full names listed after
/// `with` and a plural word for fellow authors.
fn co_authors<'a>(tokens: &[Token<'a>], at: usize) -> Vec<Vec<&'a str>> {
    let mut out = Vec::new();
    let (Some(with), Some(noun)) = (tokens.get(at), tokens.get(at + 1)) else {
        return out;
    };
    let w = noun.lc.as_ref();
    let fellow = w.starts_with("co-") || w == "colleagues" || w.ends_with("authors");
    if with.lc.as_ref() != "with" || with.in_quote || !fellow || noun.comma_after || noun.stop_after
    {
        return out;
    }
    let mut k = at + 2;
    while k < tokens.len() && out.len() < 6 && tokens[k].capitalised && !tokens[k].in_quote {
        let e = run_end(tokens, k);
        let (_, name) = split_title(tokens, k, e);
        match name.filter(|n| n.len() >= 2 && is_person_name(n)) {
            Some(n) => out.push(n),
            None => break,
        }
        let last = &tokens[e - 1];
        if last.stop_after {
            break;
        }
        k = if !last.comma_after && tokens.get(e).is_some_and(|t| t.lc.as_ref() == "and") {
            e + 1
        } else if last.comma_after {
            e + usize::from(tokens.get(e).is_some_and(|t| t.lc.as_ref() == "and"))
        } else {
            break;
        };
    }
    out
}

/// Whether a new clause starts at token `i`, ending the reach of an earlier speech cue:
/// after a comma or a sentence's end, or at a conjunction (`Doe said X and Roe says Y`,
/// `… while Roe insisted`, `… after Roe argued`).
fn clause_break(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    i > 0 && (tokens[i - 1].stop_after || tokens[i - 1].comma_after)
        || !t.in_quote
            && matches!(
                t.lc.as_ref(),
                "and"
                    | "but"
                    | "or"
                    | "while"
                    | "whereas"
                    | "after"
                    | "before"
                    | "when"
                    | "as"
                    | "since"
                    | "because"
                    | "though"
                    | "although"
                    | "until"
            )
}

impl Engine {
    pub(super) fn paragraph(&mut self, text: &str, scratch: &mut Scratch) -> Found {
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
        let mut evidence: Vec<Attribution> = Vec::new();
        // One piece of evidence per speaker, the first found; but a verb inside a relative
        // clause (`Doe, who has written two books, told …`) describes the person, so the
        // sentence's own verb, when it also names them, is the better evidence.
        let push =
            |evidence: &mut Vec<Attribution>, who: usize, cue: &str, via: Via, rule: Rule| {
                let found = Attribution {
                    who,
                    cue: cue.to_string(),
                    via,
                    rule,
                };
                match evidence.iter_mut().find(|e| e.who == who) {
                    None => evidence.push(found),
                    Some(e) if e.rule == Rule::RelativeClause && rule != Rule::RelativeClause => {
                        *e = found
                    }
                    Some(_) => {}
                }
            };

        // People named in this paragraph outside quotes join the side roster first, so a
        // pronoun or title later in the paragraph can find them.
        // (A headline in Title Case runs names into verbs, `Doe Wins Vote`: it introduces
        // no one.)
        let title_case = is_title_case(&tokens);
        let known_before = self.people.len();
        let (subject, named) = self.note_mentions(&tokens, !title_case);

        // A photo caption restates the body and attributes nothing of its own.
        let caption = title_case || is_caption(text);
        let mut had_cue = false;
        let mut other_label = false;
        // The paragraph-level rules first: a label or signature names the speaker of all
        // of it, and the speech cues inside are that speaker's own words.
        if !caption {
            for (rule, found) in [
                (Rule::Label, transcript_label(text)),
                (Rule::Signature, signature(text)),
            ] {
                let Some((words, cue)) = found.filter(|_| !self.off.has(rule)) else {
                    continue;
                };
                if let Some(who) = self.resolve_label(&words) {
                    self.make_expert(who);
                    push(&mut evidence, who, cue, Via::Name, rule);
                    had_cue = true;
                    break;
                }
                // (A label in capitals names another speaker even when nobody the article
                // knows: the previous one does not go on.)
                if rule == Rule::Label && words.first().is_some_and(|w| !w.starts_with('=')) {
                    other_label = true;
                }
            }
        }
        // (A label or signature decided the paragraph: its cues are not read.)
        let decided = had_cue;
        // Whether the speakers spoke together (`Doe and Roe said`, co-authors).
        let mut joint = false;
        // The speaker of the current clause's first cue (`Some(None)` when it is no one
        // the article names): a cue after theirs in the same clause reports what someone
        // else said inside their account (`Doe said Roe promised …`, `Doe, who says Roe
        // is attacking him, said`), which are Doe's words, not Roe's.
        let mut reporter: Option<Option<usize>> = None;
        for (i, t) in tokens.iter().enumerate() {
            if clause_break(&tokens, i) {
                reporter = None;
            }
            if t.in_quote || caption || decided {
                continue;
            }
            let Some((cue, mention, rule)) = cue_at(&tokens, i, self.off) else {
                continue;
            };
            had_cue = true;
            let mention_kind = if matches!(mention, Mention::Both(..)) {
                Kind::Both
            } else {
                Kind::One
            };
            let place_subject = matches!(&mention, Mention::Name(name, _)
                if name.len() == 1 && self.places.contains(lower(name[0]).as_str()));
            let who = match mention {
                Mention::Name(name, role) => {
                    // A person new to the article and named by one word needs a title or
                    // honorific (`Mr. Doe`), or a place inside a sentence: a lone capitalised
                    // word opening a sentence is as often a plural noun or a country.
                    let titled = role.as_deref().is_some_and(has_title);
                    // (`with Doe warning`: only a Doe the article has named; `with Norland
                    // insisting` is a country.)
                    let lone_ok = rule != Rule::AccordingTo
                        && rule != Rule::Participle
                        && !opens_sentence(text, name[0])
                        && !possessed(text, name[0]);
                    self.resolve_name(&name, role, titled, lone_ok)
                }
                Mention::Pronoun(g) => {
                    let unnamed = || unnamed_person_before(&tokens, i);
                    self.resolve_pronoun(g, &evidence, subject, i, unnamed)
                }
                Mention::Role(role) => self.resolve_role(&role).map(|w| (w, Via::Role)),
                Mention::Both(first, second) => {
                    // Both must be people the article knows or names in full; two names
                    // new to the article and described by nothing (`Costa Verde and Porto
                    // Alto have said`) are as often organisations or places.
                    let a = self.resolve_name(&first, None, false, false);
                    let b = a.and_then(|_| self.resolve_name(&second, None, false, false));
                    // (As a subject only: `according to Jane Doe and John Roe` names people.)
                    let described = |who: usize| {
                        rule != Rule::VerbBefore
                            || who < known_before
                            || self.people[who].role.is_some()
                    };
                    let b =
                        b.filter(|&(b, _)| a.is_some_and(|(a, _)| described(a) || described(b)));
                    if let (Some((a, via_a)), Some(_)) = (a, b) {
                        self.make_expert(a);
                        push(&mut evidence, a, &cue, via_a, rule);
                    }
                    b
                }
            };
            // (A subject in commas that is a place, `In nearby X, the plant …, said the chief
            // executive, Jane Doe`: the speaker follows the verb. Not any subject that is no
            // one: `Acme, the biggest lender, said Jane Doe would …` reports Doe.)
            let (who, rule) = match who {
                None if rule == Rule::Apposition && place_subject => {
                    match speaker_after(&tokens, i, self.off) {
                        Some(Mention::Name(name, role)) => {
                            let titled = role.as_deref().is_some_and(has_title);
                            (
                                self.resolve_name(&name, role, titled, true),
                                Rule::VerbAfter,
                            )
                        }
                        Some(Mention::Role(role)) => (
                            self.resolve_role(&role).map(|w| (w, Via::Role)),
                            Rule::VerbAfter,
                        ),
                        _ => (None, rule),
                    }
                }
                found => (found, rule),
            };
            let reported = who.is_some_and(|(w, _)| reporter.is_some_and(|r| r != Some(w)));
            // (A cue whose speaker is no one the article names, `The agency noted that Roe
            // …`, `Officials say Roe …`, reports as much.)
            reporter.get_or_insert(who.map(|(w, _)| w));
            let who = who.filter(|_| !reported);
            if let Some((who, via)) = who {
                self.make_expert(who);
                push(&mut evidence, who, &cue, via, rule);
                // `Doe writes with co-authors Jane Roe and John Poe`: they speak too.
                let before = evidence.len();
                for name in co_authors(&tokens, i + 1) {
                    if let Some((other, via)) = self.resolve_name(&name, None, false, false) {
                        self.make_expert(other);
                        push(&mut evidence, other, &cue, via, rule);
                    }
                }
                joint = joint || evidence.len() > before;
            }
            if matches!(mention_kind, Kind::Both) && evidence.len() > 1 {
                joint = true;
            }
        }

        if evidence.is_empty() && !had_cue && !caption && !self.off.has(Rule::QuotedPredicate) {
            if let Some((who, via)) = self.quoted_predicate(&tokens, subject) {
                self.make_expert(who);
                push(&mut evidence, who, "", via, Rule::QuotedPredicate);
            }
        }

        // A paragraph that is only a quote continues the previous paragraph's speaker.
        // (Nor a stage direction without a small letter, `(CROSSTALK)`.)
        let directions = !text.chars().any(char::is_lowercase);
        if evidence.is_empty()
            && !had_cue
            && !other_label
            && !directions
            && !self.off.has(Rule::Continuation)
        {
            let starts_with_quote = quotes
                .first()
                .is_some_and(|q| text[..q.start].trim().is_empty());
            // (Speakers who spoke together go on together.)
            let carried = self.last_speakers.len() == 1 || self.last_joint;
            // (Narration after the quote, `…,” tweeted one voter who…`, names another
            // speaker the cues could not resolve.)
            let outside = tokens.iter().filter(|t| !t.in_quote).count();
            // (`He declared:` announces the next paragraph, quote marks or none.)
            let announced = self.announced && outside < 60;
            if (starts_with_quote || self.open_quote || announced)
                && carried
                && (outside < NARRATION || announced)
            {
                for who in self.last_speakers.clone() {
                    push(
                        &mut evidence,
                        who,
                        "",
                        Via::Continuation,
                        Rule::Continuation,
                    );
                }
                joint = self.last_joint;
            }
        }

        self.last_speakers = evidence.iter().map(|e| e.who).collect();
        self.last_joint = joint && self.last_speakers.len() > 1;
        self.announced = !evidence.is_empty() && text.trim_end().ends_with(':');
        for who in self.last_speakers.clone() {
            self.recent.retain(|&r| r != who);
            self.recent.push(who);
        }
        self.open_quote = unclosed && !evidence.is_empty();
        self.last_subject = subject;
        self.last_named = named;
        // (One paragraph that names and quotes no one, `The wall would have sheltered the
        // boats …`, keeps the narration's person for the next.)
        let kept = self.last_start.filter(|_| {
            // (No one named means no sentence a person opens: `starts` is empty too.)
            named.is_none() && evidence.is_empty() && !self.start_kept
        });
        self.start_kept = kept.is_some();
        // (Only a paragraph of narration gives one: after speech, the speaker goes on.)
        let opener = self
            .starts
            .last()
            .map(|&(_, w)| w)
            .filter(|_| evidence.is_empty());
        self.last_start = opener.or(kept);
        scratch.tokens = recycle(tokens);
        Found { quotes, evidence }
    }

    /// [`Rule::QuotedPredicate`], for a paragraph in which no cue was found: the first quote
    /// of three words or more that opens in lowercase inside a sentence (a title is
    /// capitalised, a scare quote short) speaks for the sentence's subject.
    fn quoted_predicate(
        &mut self,
        tokens: &[Token],
        subject: Option<usize>,
    ) -> Option<(usize, Via)> {
        let q = (1..tokens.len()).find(|&q| {
            // (Where a quote opens inside a sentence, so each quote is counted once.)
            if !tokens[q].in_quote || tokens[q - 1].in_quote || tokens[q - 1].stop_after {
                return false;
            }
            let run = tokens[q..].iter().take_while(|t| t.in_quote).count();
            // (A quote closing on a comma is a speech cue's, `“…,” said an official`, even
            // when its speaker went unresolved.)
            let cued = tokens[q + run - 1].comma_after;
            run >= 3
                && !cued
                && !tokens[q].capitalised
                // (`dubbing her the “quiet fixer”`, `called him “the adult in the room”`: a
                // description of someone, in others' words. Object pronouns only: `it`,
                // `me` and `us` come before quoted words that are the subject's own, as in
                // `called it “a mistake”` or `told us “the work goes on”`.)
                && !matches!(tokens[q].lc.as_ref(), "the" | "a" | "an")
                && !matches!(
                    tokens[q - 1].lc.as_ref(),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their" | "as" | "him" | "them"
                )
        })?;
        match sentence_subject(tokens, q)? {
            Mention::Name(name, role) => {
                let titled = role.as_deref().is_some_and(has_title);
                self.resolve_name(&name, role, titled, false)
            }
            Mention::Pronoun(g) => {
                self.resolve_pronoun(g, &[], subject, q, || unnamed_person_before(tokens, q))
            }
            _ => None,
        }
    }
}
