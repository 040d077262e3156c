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

use crate::core::prelude::*;

use crate::maps::{HashMap, HashSet};

use super::model::{Article, Block, Evidence, Expert, Span};

mod cues;
mod lexicon;
mod phrases;
mod quotes;
mod roster;
mod sieves;
mod tokens;

use lexicon::*;
pub use quotes::quote_spans;
use roster::*;
pub use sieves::{Rule, Rules, RULES};
use tokens::*;

/// Finds the article's experts and attributes each paragraph to its speakers.
///
/// Replaces any `speakers`, `quotes`, `evidence` and `experts` already present.
pub fn attribute(article: &mut Article) {
    attribute_without(article, &[]);
}

/// [`attribute`] with some rules switched off, to measure what each contributes.
pub fn attribute_without(article: &mut Article, off: &[Rule]) {
    let mut engine = Engine {
        off: Rules::of(off),
        ..Engine::default()
    };
    for section in &article.sections {
        for block in &section.blocks {
            if let Block::Paragraph(p) = block {
                roster::note_place_words(&p.text, &mut engine.places);
            }
        }
    }
    let mut scratch = Scratch::default();
    let mut found_all: Vec<Vec<sieves::Attribution>> = Vec::new();
    for section in &mut article.sections {
        for block in &mut section.blocks {
            let Block::Paragraph(p) = block else { continue };
            let found = engine.paragraph(&p.text, &mut scratch);
            p.quotes = found.quotes;
            found_all.push(found.evidence);
        }
    }
    // A person the article first names by one word (`Doe said`) and later in full (`Jane
    // Doe`) is one person, under the full name, when only one full name ends so.
    let alias: Vec<usize> = (0..engine.people.len())
        .map(|i| {
            let key = &engine.people[i].key;
            // (Or by a surname with its particle, `van Dam`, before `Piet van Dam`.)
            let particle = key.len() == 2 && Lex::of(&key[0]).has(Lex::PARTICLE);
            if key.len() != 1 && !particle {
                return i;
            }
            let full: Vec<usize> = engine
                .by_last
                .get(&key[key.len() - 1])
                .into_iter()
                .flatten()
                .copied()
                .filter(|&c| {
                    let theirs = roster::without_suffix(&engine.people[c].key);
                    // (`Mr. Doe` is not `the first lady, Jane Doe`.)
                    theirs.len() > key.len()
                        && theirs.ends_with(key)
                        && roster::Gender::agree(engine.people[i].gender, engine.people[c].gender)
                })
                .collect();
            match full[..] {
                [only] => only,
                _ => i,
            }
        })
        .collect();
    // Paragraphs per person, counted as they are attributed (a lookup by id afterwards
    // would cost a scan of the roster per speaker).
    let mut counts: Vec<usize> = vec![0; engine.people.len()];
    let mut found_all = found_all.into_iter();
    for section in &mut article.sections {
        for block in &mut section.blocks {
            let Block::Paragraph(p) = block else { continue };
            let mut evidence = found_all.next().unwrap_or_default();
            let mut seen: Vec<usize> = Vec::new();
            evidence.retain_mut(|e| {
                e.who = alias[e.who];
                let new = !seen.contains(&e.who);
                seen.push(e.who);
                new
            });
            for e in &evidence {
                counts[e.who] += 1;
            }
            p.speakers = evidence
                .iter()
                .map(|e| engine.people[e.who].id.clone())
                .collect();
            p.evidence = evidence
                .iter()
                .map(|e| Evidence {
                    speaker: engine.people[e.who].id.clone(),
                    cue: e.cue.clone(),
                    via: e.via,
                    rule: e.rule.as_str().to_string(),
                })
                .collect();
        }
    }
    let mut listed: Vec<bool> = vec![false; engine.people.len()];
    article.experts = engine
        .order
        .iter()
        .filter_map(|&i| {
            let who = alias[i];
            if ::core::mem::replace(&mut listed[who], true) {
                return None;
            }
            let person = &engine.people[who];
            Some(Expert {
                id: person.id.clone(),
                name: person.name.clone(),
                role: person
                    .role
                    .clone()
                    .or_else(|| engine.people[i].role.clone()),
                paragraphs: counts[who],
            })
        })
        .collect();
}

/// What one paragraph yields.
struct Found {
    quotes: Vec<Span>,
    /// One per distinct speaker.
    evidence: Vec<sieves::Attribution>,
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
    /// Rules switched off (see [`attribute_without`]).
    off: Rules,
    /// Folded capitalised words the article uses after `in`, `from`, `the` …: places and
    /// organisations, never a person named by one word (see [`roster::note_place_words`]).
    places: HashSet<String, WordHash>,
    people: Vec<Person>,
    /// People by folded full name, so lookups stay O(1) on long articles.
    by_key: HashMap<Vec<String>, usize, WordHash>,
    /// People by folded last name, in order of introduction (for surname mentions).
    by_last: HashMap<String, Vec<usize>, WordHash>,
    /// People named at the start of a sentence of the current paragraph: (token, person).
    starts: Vec<(usize, usize)>,
    /// Every person named in the current paragraph, outside quotes: (token, person).
    named_at: Vec<(usize, usize)>,
    /// People of two or more words by folded first name (for first-name follow-ups).
    by_first: HashMap<String, Vec<usize>, WordHash>,
    /// Ids in use.
    ids: HashSet<String, WordHash>,
    /// Indices of people who became experts, in order of first speech.
    order: Vec<usize>,
    /// Speakers of the previous paragraph (for continuations).
    last_speakers: Vec<usize>,
    /// The most recent speakers, latest last.
    recent: Vec<usize>,
    /// Whether the previous paragraph's speakers spoke together (see [`Rule::Continuation`]).
    last_joint: bool,
    /// Whether the previous paragraph's speaker announced what follows (`He said:`).
    announced: bool,
    /// Whether the previous paragraph ended inside an open quote.
    open_quote: bool,
    /// The person named as the subject of the previous paragraph, if any.
    last_subject: Option<usize>,
    /// The last person named in the previous paragraph, if any.
    last_named: Option<usize>,
    /// The person opening the previous paragraph's latest sentence that a person opens.
    last_start: Option<usize>,
    /// Whether `last_start` was kept over a paragraph that named no one.
    start_kept: bool,
}

#[cfg(test)]
mod tests;
