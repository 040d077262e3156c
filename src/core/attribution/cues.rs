//! Speech cues (a speech verb, `according to`, a stance) and the mention each one attributes to.

use crate::core::prelude::*;

use super::lexicon::*;
use super::phrases::*;
use super::roster::*;
use super::sieves::{Rule, Rules};
use super::tokens::*;

/// A mention of a speaker next to a cue.
pub(super) enum Mention<'a> {
    /// Name tokens (already without titles) and the role found around them.
    Name(Vec<&'a str>, Option<String>),
    Pronoun(Gender),
    /// A role noun phrase without a name (`the US President`).
    Role(String),
    /// Two names joined by `and` (`Jane Doe and John Roe said`).
    Both(Vec<&'a str>, Vec<&'a str>),
}

/// The speech cue at token `i`, if any, with the mention it attributes to and the rule that
/// read it; rules in `off` are not tried (a later reading may then apply).
pub(super) fn cue_at<'a>(
    tokens: &[Token<'a>],
    i: usize,
    off: Rules,
) -> Option<(String, Mention<'a>, Rule)> {
    let w = tokens[i].lc.as_ref();
    // "according to NAME, ROLE"
    if w == "according"
        && tokens.get(i + 1).is_some_and(|t| t.lc.as_ref() == "to")
        && !tokens[i].stop_after
    {
        let at = i + 2;
        if off.has(Rule::AccordingTo) {
            return None;
        }
        let mention = document_author(tokens, at).or_else(|| mention_after(tokens, at, true))?;
        return Some(("according to".to_string(), mention, Rule::AccordingTo));
    }
    // "he’s confident that", "she is worried about"
    if tokens[i].lex.has(Lex::STANCE) && i >= 1 {
        if off.has(Rule::Stance) {
            return None;
        }
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
                    Rule::Stance,
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
        return mention_before(tokens, subject_end + 1)
            .map(|(m, _)| (w.to_string(), m, Rule::Stance));
    }
    // `…, saying that`, `… while adding`: a participle speaks for its sentence's subject.
    if tokens[i].lex.has(Lex::SPEECH_ING) && i > 0 {
        let prev = &tokens[i - 1];
        // `the paper quoted NAME as saying`, `NAME was quoted as saying`.
        if prev.lc.as_ref() == "as" && !prev.in_quote {
            if off.has(Rule::QuotedAs) {
                return None;
            }
            return quoted_as(tokens, i - 1).map(|m| (w.to_string(), m, Rule::QuotedAs));
        }
        if off.has(Rule::Participle) {
            return None;
        }
        // `X is warning`, `Y had been talking`, `Z is now saying`: a progressive is the
        // sentence's verb. A comma ends the search (`which side she is on, saying …`: the
        // `is` belongs to the clause before it, and `saying` is a participle).
        let be = |t: &Token| matches!(t.lc.as_ref(), "is" | "are" | "was" | "were" | "been");
        let mut aux = i - 1;
        while aux > 0
            && !be(&tokens[aux])
            && tokens[aux].lex.has(Lex::BETWEEN)
            && !tokens[aux].in_quote
            && !tokens[aux].comma_after
            && !tokens[aux - 1].comma_after
        {
            aux -= 1;
        }
        if be(&tokens[aux]) && !tokens[aux].in_quote {
            while aux > 0 && tokens[aux - 1].lex.has(Lex::BETWEEN) && !tokens[aux - 1].comma_after {
                aux -= 1;
            }
            // (`…, who is challenging the mayor`: a relative progressive tells what someone
            // is doing, rarely what they say.)
            return mention_before(tokens, aux)
                .map(|(m, rule)| (w.to_string(), m, rule))
                .filter(|(_, _, r)| !off.has(*r) && *r != Rule::RelativeClause);
        }
        // (`Doe, speaking at a rally, …` sets a scene; `…, Roe said, adding that` belongs to
        // the speech verb before it, whose speaker is read there.)
        let scene = matches!(w, "speaking" | "talking")
            && !tokens
                .get(i + 1)
                .is_some_and(|t| matches!(t.lc.as_ref(), "about" | "of"));
        // `…, with Mayor Jane Doe warning that …`: the name before the participle is its
        // subject (one word only for someone the article has named or titled: the sieve
        // resolves it so, as `with Norland insisting` is a country).
        if prev.capitalised && !prev.comma_after && !prev.stop_after && !prev.in_quote && !scene {
            let start = run_start(tokens, i - 1);
            if start > 0 && tokens[start - 1].lc.as_ref() == "with" && !tokens[start - 1].in_quote {
                let (title, name) = split_title(tokens, start, i);
                if let Some(n) = name.filter(|n| is_person_name(n)) {
                    return Some((w.to_string(), Mention::Name(n, title), Rule::Participle));
                }
            }
        }
        let joined = prev.comma_after
            || matches!(
                prev.lc.as_ref(),
                "and" | "while" | "before" | "after" | "by" | "also"
            );
        if joined && !prev.in_quote && !scene && !spoken_before(tokens, i) {
            return sentence_subject(tokens, i).map(|m| (w.to_string(), m, Rule::Participle));
        }
        return None;
    }
    // `Doe charges that …`: a noun-like verb's `-s` form between a subject and `that`, or
    // after `he` or `she` that goes on with a quote's sentence.
    if tokens[i].lex.has(Lex::SPEECH_NOUN_S) && !tokens[i].lex.has(Lex::SPEECH) {
        let prev = tokens.get(i.wrapping_sub(1)).filter(|_| i > 0)?;
        let pronoun = pronoun_gender(prev.lc.as_ref()).is_some();
        let subject = (prev.capitalised && !prev.not_name_start()) || pronoun;
        let that = tokens
            .get(i + 1)
            .is_some_and(|t| t.lc.as_ref() == "that" && !t.in_quote);
        // (`“…,” he promises`: `he` or `she` right after a quote, in its sentence, and the
        // `-s` form speak; not `… “late again.” She tweets daily`, a new sentence.)
        let after_quote = pronoun && !prev.capitalised && i >= 2 && tokens[i - 2].in_quote;
        let that = that || after_quote;
        if !subject
            || !that
            || prev.comma_after
            || prev.stop_after
            || prev.in_quote
            || off.has(Rule::VerbBefore)
        {
            return None;
        }
        return subject_before(tokens, i, off);
    }
    // `Doe went on to say that …`, `“…,” she went on, “…”`: going on is speaking on. (As an
    // aside only right after a quote or between commas: `The day went on, and …` is time.)
    if matches!(w, "went" | "goes")
        && i > 0
        && !tokens[i].comma_after
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.lc.as_ref() == "on" && !t.in_quote)
    {
        let on = &tokens[i + 1];
        let to_speak = !on.comma_after
            && !on.stop_after
            && tokens.get(i + 2).is_some_and(|t| t.lc.as_ref() == "to")
            && tokens
                .get(i + 3)
                .is_some_and(|t| t.lex.has(Lex::SPEECH_BASE));
        let subject = &tokens[i - 1];
        let aside = on.comma_after
            && (pronoun_gender(subject.lc.as_ref()).is_some() || subject.capitalised)
            && i >= 2
            && (tokens[i - 2].comma_after || tokens[i - 2].in_quote);
        if to_speak || aside {
            // (`Jane Doe, the mayor, went on to say`: an apposition before it too.)
            return mention_before(tokens, i)
                .filter(|(_, r)| {
                    !off.has(*r) && (*r == Rule::VerbBefore || to_speak && *r == Rule::Apposition)
                })
                .map(|(m, r)| (format!("{w} on"), m, r));
        }
    }
    // `Doe has made clear that …`, `she made it clear`: a statement.
    if matches!(w, "made" | "makes")
        && i > 0
        && tokens.get(i + 1).is_some_and(|t| {
            !t.in_quote
                && (t.lc.as_ref() == "clear"
                    || t.lc.as_ref() == "it"
                        && tokens.get(i + 2).is_some_and(|c| c.lc.as_ref() == "clear"))
        })
    {
        return mention_before(tokens, i)
            .filter(|(_, r)| !off.has(*r) && *r == Rule::VerbBefore)
            .map(|(m, r)| ("made clear".to_string(), m, r));
    }
    // `Doe was quick to add that …`: the infinitive is the subject's saying.
    if tokens[i].lex.has(Lex::SPEECH_BASE)
        && i >= 3
        && tokens[i - 1].lc.as_ref() == "to"
        && matches!(
            tokens[i - 2].lc.as_ref(),
            "quick" | "careful" | "eager" | "keen" | "happy"
        )
        && matches!(
            tokens[i - 3].lc.as_ref(),
            "was" | "is" | "were" | "are" | "been"
        )
    {
        return mention_before(tokens, i - 3)
            .filter(|(_, r)| !off.has(*r) && *r == Rule::VerbBefore)
            .map(|(m, r)| (w.to_string(), m, r));
    }
    // `as Jane Doe put it`: a saying.
    let put_it =
        matches!(w, "put" | "puts") && tokens.get(i + 1).is_some_and(|t| t.lc.as_ref() == "it");
    if put_it && i > 0 {
        return mention_before(tokens, i)
            .filter(|(_, r)| !off.has(*r))
            .map(|(m, r)| (w.to_string(), m, r));
    }
    // `Doe continues: “…”`: a verb whose object is the quote its colon opens speaks for the
    // name or pronoun right before it, whatever the verb.
    if introduces_quote(tokens, i) && speech_verb(tokens[i].lex).is_none() {
        return subject_before(tokens, i, off);
    }
    // `“…,” beamed Jane Doe`, `“…,” she laughed`: a verb of manner speaks only for a quote
    // it stands right after (at most a name or a pronoun between). (Capitalised, it is a
    // name: `Ana Smiles`.)
    if tokens[i].lex.has(Lex::MANNER)
        && !tokens[i].capitalised
        && speech_verb(tokens[i].lex).is_none()
    {
        if i == 0 {
            return None;
        }
        if tokens[i - 1].in_quote {
            return (!off.has(Rule::VerbAfter) && !tokens[i].stop_after)
                .then(|| mention_after(tokens, i + 1, false))
                .flatten()
                .map(|m| (w.to_string(), m, Rule::VerbAfter));
        }
        // The name (`Ana de Souza`) or pronoun before the verb must follow the quote.
        let k = &tokens[i - 1];
        let start = if pronoun_gender(k.lc.as_ref()).is_some() {
            i - 1
        } else if k.capitalised && !k.comma_after && !k.stop_after {
            run_start(tokens, i - 1)
        } else {
            return None;
        };
        if start == 0 || !tokens[start - 1].in_quote {
            return None;
        }
        return subject_before(tokens, i, off);
    }
    let Some(may_follow) = speech_verb(tokens[i].lex) else {
        // A bare form speaks only for a named plural subject: `Doe and Roe say`, `…, who claim`.
        if !tokens[i].lex.has(Lex::SPEECH_BASE) || i == 0 || tokens[i - 1].in_quote {
            return None;
        }
        let (m, rule) = mention_before(tokens, i).filter(|(_, r)| !off.has(*r))?;
        return (matches!(m, Mention::Both(..)) || rule == Rule::RelativeClause)
            .then(|| (w.to_string(), m, rule));
    };
    let verb = w;
    // `Doe agreed to lower the rent`: a deal, not a statement.
    if verb.starts_with("agree") && tokens.get(i + 1).is_some_and(|t| t.lc.as_ref() == "to") {
        return None;
    }
    // `X believes that …` is a belief; `X believes “…”` quotes it.
    if matches!(verb, "believes" | "thinks") && !tokens[i + 1..].iter().any(|t| t.in_quote) {
        return None;
    }
    // `Jane Doe reported from the capital`: a byline's place, no statement.
    if verb.starts_with("report") && tokens.get(i + 1).is_some_and(|t| t.lc.as_ref() == "from") {
        return None;
    }
    // `… did not respond to requests for comment`: no statement.
    if verb.starts_with("respond")
        && tokens.get(i + 1).is_some_and(|t| t.lc.as_ref() == "to")
        && tokens
            .get(i + 2)
            .is_some_and(|t| t.lc.starts_with("request") || t.lc.starts_with("inquir"))
    {
        return None;
    }
    // `…, said analysts.`: an unnamed group speaks; nobody before the verb does.
    if may_follow
        && !tokens[i].stop_after
        && tokens.get(i + 1).is_some_and(|t| {
            !t.capitalised
                && t.stop_after
                && !t.in_quote
                && !t.not_name_start()
                && pronoun_gender(t.lc.as_ref()).is_none()
        })
        && i > 0
        && tokens[i - 1].comma_after
    {
        return None;
    }
    // `… added to her lead`: a sum, not a statement.
    if verb.starts_with("add") && tokens.get(i + 1).is_some_and(|t| t.lc.as_ref() == "to") {
        return None;
    }
    // `… pleaded guilty`: a plea in court, not a statement.
    if verb.starts_with("plead")
        && tokens
            .get(i + 1)
            .is_some_and(|t| matches!(t.lc.as_ref(), "guilty" | "not" | "no" | "innocent"))
    {
        return None;
    }
    if (verb == "pointed" || verb == "points")
        && tokens
            .get(i + 1)
            .is_none_or(|t| t.lc.as_ref() != "to" && t.lc.as_ref() != "out")
    {
        return None;
    }
    // Inverted: `“…,” said Jane Doe, a researcher` or `…, said the analyst`. Right after a
    // quote the speaker follows the verb; after a comma it usually stands before it, in
    // apposition (`Jane Doe, a researcher, said`), so that reading goes first there.
    let inverted =
        |tokens: &[Token<'a>]| speaker_after(tokens, i, off).map(|m| (m, Rule::VerbAfter));
    let before = |tokens: &[Token<'a>]| mention_before(tokens, i).filter(|(_, r)| !off.has(*r));
    let after_quote = i == 0 || tokens[i - 1].in_quote;
    let after_comma = i > 0 && (tokens[i - 1].comma_after || tokens[i - 1].stop_after);
    // `X declined to give a date but added that`: a second predicate shares the subject.
    let joined = |tokens: &[Token<'a>]| {
        let mut j = i.checked_sub(1)?;
        while j > 0 && tokens[j].lex.has(Lex::BETWEEN) && !tokens[j].in_quote {
            j -= 1;
        }
        let t = &tokens[j];
        (matches!(t.lc.as_ref(), "and" | "but") && !t.in_quote && !off.has(Rule::JoinedPredicate))
            .then(|| sentence_subject(tokens, j))
            .flatten()
            .map(|m| (m, Rule::JoinedPredicate))
    };
    let mention = if after_quote {
        inverted(tokens).or_else(|| before(tokens))
    } else if after_comma {
        before(tokens).or_else(|| inverted(tokens))
    } else {
        before(tokens).or_else(|| joined(tokens))
    };
    mention.map(|(m, rule)| (verb.to_string(), m, rule))
}

/// The speaker after the verb at token `i` (`…, said the chief executive, Jane Doe`): the
/// reading a sieve falls back on when the subject in commas before the verb is no one the
/// article has as a person (`In nearby Harbourton, the plant …, said …`).
pub(super) fn speaker_after<'a>(tokens: &[Token<'a>], i: usize, off: Rules) -> Option<Mention<'a>> {
    let may_follow = speech_verb(tokens[i].lex)?;
    (may_follow && !tokens[i].stop_after && !off.has(Rule::VerbAfter))
        .then(|| mention_after(tokens, i + 1, false))
        .flatten()
}

/// The name or pronoun right before the verb at token `i` (`Doe continues`), read by
/// `verb-before` unless that rule is off.
fn subject_before<'a>(
    tokens: &[Token<'a>],
    i: usize,
    off: Rules,
) -> Option<(String, Mention<'a>, Rule)> {
    mention_before(tokens, i)
        .filter(|(_, r)| *r == Rule::VerbBefore && !off.has(*r))
        .map(|(m, r)| (tokens[i].lc.to_string(), m, r))
}

/// Whether token `i` is a verb in the third person or the past (`continues`, `replied`)
/// whose colon opens a quote, outside quotes: `Doe continues: “…”`.
fn introduces_quote(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    // (Not a copula or an auxiliary: `The message to Doe was: “…”` names no speaker.)
    let verb_form = (t.lc.ends_with('s') || t.lc.ends_with("ed"))
        && !matches!(
            t.lc.as_ref(),
            "is" | "was" | "has" | "does" | "goes" | "reads"
        );
    let colon_then_quote = t.rest[t.word.len()..]
        .strip_prefix(':')
        .is_some_and(|r| r.trim_start().starts_with(['“', '"']));
    i > 0
        && verb_form
        && colon_then_quote
        && !t.capitalised
        && !t.in_quote
        && !tokens[i - 1].in_quote
        && !tokens[i - 1].comma_after
        && !tokens[i - 1].stop_after
        && tokens.get(i + 1).is_some_and(|n| n.in_quote)
}

/// Whether a speech verb outside quotes stands just before token `i` (`Roe said Monday,
/// adding`).
fn spoken_before(tokens: &[Token], i: usize) -> bool {
    tokens[..i]
        .iter()
        .rev()
        .take(2)
        .take_while(|t| !t.stop_after)
        .any(|t| !t.in_quote && t.lex.has(Lex::SPEECH))
}

/// The subject of the sentence that holds token `i`: the first pronoun, person's name or
/// role phrase of the sentence, after an opening phrase in commas (`On Monday, …`).
pub(super) fn sentence_subject<'a>(tokens: &[Token<'a>], i: usize) -> Option<Mention<'a>> {
    let mut s = i;
    loop {
        while s > 0 && !tokens[s - 1].stop_after && !tokens[s - 1].in_quote {
            s -= 1;
        }
        // A few quoted words inside the narration (`denied she had “misled” the board, and
        // said`) do not end its sentence; a quote that ends in a comma or a stop does. Four
        // words at most: a scare-quoted word or term, where a longer quote is speech of its
        // own, whose sentence is not this one.
        let mut k = s;
        while k > 0 && tokens[k - 1].in_quote {
            k -= 1;
        }
        let inside = k > 0 && !tokens[k - 1].stop_after && !tokens[k - 1].in_quote;
        let last = s.checked_sub(1).map(|q| &tokens[q]);
        if k < s && s - k <= 4 && inside && last.is_some_and(|q| !q.stop_after && !q.comma_after) {
            s = k;
            continue;
        }
        break;
    }
    // An opening adverbial (`On Monday,`, `In a statement,`, `In his first interview
    // since the vote was lost,`) is not the subject. News copy's adverbials run to a dozen
    // words (a phrase and a clause inside it); a comma further on more often ends a
    // clause with its own subject, which the sentence's subject is not.
    if tokens[s].not_name_start() && pronoun_gender(tokens[s].lc.as_ref()).is_none() {
        if let Some(c) = (s..i.min(s + 14)).find(|&k| tokens[k].comma_after) {
            if tokens[s].lc.as_ref() != "the" {
                s = c + 1;
            }
        }
    }
    // An age before the name (`76-year-old Jane Doe`, `Forty-year-old Ravi`) describes it.
    if tokens[s].lc.ends_with("-year-old") && !tokens[s].comma_after {
        s += 1;
    }
    if s >= i {
        return None;
    }
    let t = &tokens[s];
    if let Some(g) = pronoun_gender(t.lc.as_ref()) {
        return Some(Mention::Pronoun(g));
    }
    if t.capitalised && !t.not_name_start() {
        let end = run_end(tokens, s);
        if end > i || possessive(tokens[end - 1].word).1 {
            return None;
        }
        let (title, name) = split_title(tokens, s, end);
        let name = name.filter(|n| n.len() == 1 || is_person_name(n))?;
        return Some(Mention::Name(
            name,
            title.or_else(|| appositive_after(tokens, end)),
        ));
    }
    // `The president defended …`: a role phrase as subject.
    let mut e = s;
    while e < i && e < s + 5 && !tokens[e].comma_after && !tokens[e].in_quote {
        e += 1;
        if role_phrase_start(tokens, e - 1) == Some(s) {
            return Some(Mention::Role(words(tokens, s, e)));
        }
    }
    None
}

pub(super) fn pronoun_gender(w: &str) -> Option<Gender> {
    match w {
        "he" => Some(Gender::He),
        "she" => Some(Gender::She),
        _ => None,
    }
}

/// The mention right after a cue: a name (with titles and a role before it, and an
/// appositive after it), a pronoun, or a role phrase (`the chancellor`).
pub(super) fn mention_after<'a>(
    tokens: &[Token<'a>],
    at: usize,
    allow_role: bool,
) -> Option<Mention<'a>> {
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
        && (!tokens[k].not_name_start()
            || matches!(
                tokens[k].lc.as_ref(),
                "the" | "one" | "former" | "late" | "his" | "her" | "their" | "its" | "new"
            )
            // (`said chief of staff Jane Doe`: `of` inside the role.)
            || k > at && tokens[k].lc.as_ref() == "of")
    {
        k += 1;
    }
    let mut start = k;
    if start >= tokens.len() || tokens[start].in_quote {
        return None;
    }
    if !tokens[start].capitalised {
        // `said his oldest friend at the port, Dario Neves`: a role phrase, then the name.
        return role_then_name(tokens, at, start);
    }
    let mut end = run_end(tokens, start);
    let possessed =
        possessive(tokens[end - 1].word).1 && !is_name_word_with_apostrophe(tokens[end - 1].word);
    // `said veteran Democratic strategist Jane Doe`, `said Harbour State University
    // historian Jane Doe`, `said the mayor's chief of staff, Jane Doe`: a lone capitalised
    // adjective, an organisation or a possessive in the role is not the name; look on to
    // the next run.
    let not_person = end - start > 1 && {
        let (_, name) = split_title(tokens, start, end);
        !name.is_some_and(|n| is_person_name(&n))
    };
    if (end - start == 1 || not_person || possessed)
        && !tokens[end - 1].comma_after
        && !tokens[end - 1].stop_after
    {
        let mut n = end;
        while n < tokens.len()
            && n < end + 4
            && !tokens[n].capitalised
            && (is_plain_word(&tokens[n])
                // (`said Secretary of State Jane Doe`: `of` after a title.)
                || tokens[n].lc.as_ref() == "of"
                    && n == end
                    && tokens[end - 1].undotted.has(Lex::TITLE)
                    && !tokens[n].in_quote
                    && !tokens[n].comma_after)
        {
            n += 1;
        }
        if n > end && n < tokens.len() && tokens[n].capitalised && !tokens[n].in_quote {
            let next_end = run_end(tokens, n);
            if next_end - n >= 2 {
                let (_, name) = split_title(tokens, n, next_end);
                if !possessed || name.is_some_and(|n| is_person_name(&n)) {
                    start = n;
                    end = next_end;
                }
            }
        }
    }
    // `said Jane’s plan …`: a possessive after the verb is what was said, not who said it
    // (unless a role and the name in commas follow: `said Doe's campaign manager, Jo Poe`).
    if possessive(tokens[end - 1].word).1 && !is_name_word_with_apostrophe(tokens[end - 1].word) {
        return role_then_name(tokens, at, start);
    }
    let (title, name) = split_title(tokens, start, end);
    // `according to the Harbour Ledger`, `according to Harbourpac data`: a name right
    // after `the`, or before a noun it modifies, names a thing (an outlet, a source).
    // (`said the Hillside Republican, Tom Avery`: the name in commas after it still speaks.)
    let modifier = title.is_none()
        && !tokens[end - 1].comma_after
        && !tokens[end - 1].stop_after
        && tokens.get(end).is_some_and(|t| {
            !t.capitalised
                && !t.in_quote
                && !t.not_name_start()
                && !t.lex.has(Lex::SPEECH | Lex::MANNER | Lex::BETWEEN)
        });
    if modifier {
        return allow_role.then(|| Mention::Role(words(tokens, start, end)));
    }
    let after_the = title.is_none() && start > 0 && tokens[start - 1].lc.as_ref() == "the";
    let name = name.filter(|_| !after_the);
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
        Some(n) if is_person_name(&n) || n.len() == 1 => {
            // `according to Jane Doe and John Roe`: both.
            if let Some(other) = joined_name(tokens, end) {
                return Some(Mention::Both(n, other));
            }
            Some(Mention::Name(n, role))
        }
        _ => {
            // `said the Hillside Republican, Tom Avery`: the role, then the name in commas.
            if tokens[end - 1].comma_after
                && tokens
                    .get(end)
                    .is_some_and(|t| t.capitalised && !t.in_quote)
            {
                let next_end = run_end(tokens, end);
                let (_, next) = split_title(tokens, end, next_end);
                if let Some(n) = next.filter(|n| n.len() >= 2 && is_person_name(n)) {
                    return Some(Mention::Name(n, Some(words(tokens, start, end))));
                }
            }
            // `said another Supreme Court advocate, Jo Poe`.
            if let Some(m) = role_then_name(tokens, at, start) {
                return Some(m);
            }
            (allow_role || start > at).then(|| Mention::Role(words(tokens, start, end)))
        }
    }
}

/// The mention before a cue at `verb`: a pronoun, a name (with a role before it or an
/// appositive between it and the verb), or a role phrase (`the US President said`); with
/// [`Rule::Apposition`] when the subject stands in commas, else [`Rule::VerbBefore`].
pub(super) fn mention_before<'a>(tokens: &[Token<'a>], verb: usize) -> Option<(Mention<'a>, Rule)> {
    let mut j = verb.checked_sub(1)?;
    // Step back over auxiliaries and time phrases: `he has also said`, `X on Saturday told`.
    let mut skipped = 0;
    while skipped < 4 && !tokens[j].in_quote && !tokens[j].comma_after && !tokens[j].stop_after {
        // `X was asked`, `Y is told`: a passive makes the subject the one spoken to.
        if matches!(
            tokens[j].lc.as_ref(),
            "was" | "were" | "is" | "are" | "been" | "being" | "be"
        ) {
            return None;
        }
        // (`X forcefully told`: an adverb in -ly stands between too.)
        let adverb = !tokens[j].capitalised
            && tokens[j].lc.len() > 5
            && tokens[j].lc.ends_with("ly")
            && j > 0
            && !possessive(tokens[j - 1].word).1
            && !tokens[j - 1].not_name_start();
        if (adverb || tokens[j].lex.has(Lex::BETWEEN | Lex::DAY)) && j > 0 {
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
    if w == "who" && j > 0 && tokens[j - 1].comma_after && !tokens[j - 1].in_quote {
        return relative_antecedent(tokens, j - 1).map(|m| (m, Rule::RelativeClause));
    }
    if let Some(g) = pronoun_gender(w) {
        return Some((Mention::Pronoun(g), Rule::VerbBefore));
    }
    if t.comma_after {
        return appositive_subject(tokens, j).map(|m| (m, Rule::Apposition));
    }
    if t.capitalised {
        let start = run_start(tokens, j);
        // `People in Fort Pierce said`, `a study by the Centre for Policy Research
        // concluded`: a name inside a prepositional phrase is not the subject.
        // (`Director of Public Records Anna Berg said` names an office, then the person.)
        let office_of = start > 1
            && tokens[start - 1].lc.as_ref() == "of"
            && tokens[start - 2].undotted.has(Lex::TITLE)
            && j + 1 - start >= 3;
        // (An organisation's name may hold lowercase links, `of the Centre for Port
        // Studies`, `the Council on Ports & Harbours`: the run starts at its first
        // capitalised word. Not across `of`, which as often links the person to it.)
        let mut start = start;
        while !office_of && start > 1 && links_name(tokens, start - 1, false) {
            start = run_start(tokens, start - 2);
        }
        // (An article between: `of the Harbour Policy Centre`.)
        let start = if start > 1
            && tokens[start - 1].lc.as_ref() == "the"
            && matches!(
                tokens[start - 2].lc.as_ref(),
                "of" | "from" | "at" | "with" | "in" | "for"
            )
            && !tokens[start - 2].comma_after
        {
            start - 1
        } else {
            start
        };
        if start > 0
            && !office_of
            && !tokens[start - 1].comma_after
            && !tokens[start - 1].in_quote
            && matches!(
                tokens[start - 1].lc.as_ref(),
                "in" | "at"
                    | "from"
                    | "of"
                    | "for"
                    | "on"
                    | "with"
                    | "to"
                    | "by"
                    | "near"
                    | "into"
                    | "across"
                    | "about"
                    | "against"
                    | "like"
            )
        {
            // `Ivan Petrov of the Harbour Policy Centre told`: the person before the phrase.
            let prep = start - 1;
            if matches!(tokens[prep].lc.as_ref(), "of" | "from" | "at" | "with") && prep > 0 {
                let mut k = prep - 1;
                if tokens[k].lc.as_ref() == "the" && k > 0 {
                    k -= 1;
                }
                let t = &tokens[k];
                if t.capitalised && !t.comma_after && !t.stop_after && !t.in_quote {
                    let s = run_start(tokens, k);
                    let (title, name) = split_title(tokens, s, k + 1);
                    if let Some(n) = name.filter(|n| n.len() >= 2 && is_person_name(n)) {
                        let role = title.or_else(|| Some(words(tokens, prep, j + 1)));
                        return Some((Mention::Name(n, role), Rule::VerbBefore));
                    }
                }
            }
            return unclosed_appositive(tokens, start, j);
        }
        let (title, name) = split_title(tokens, start, j + 1);
        // `the Riverton Valley towns`, `the 2031 Harbour Plan explained`: an article or a
        // number right before a name makes it a thing's name, not a person's.
        if title.is_none()
            && start > 0
            && name.as_ref().is_some_and(|n| is_person_name(n))
            && !tokens[start - 1].comma_after
            && !tokens[start - 1].stop_after
        {
            let prev = &tokens[start - 1];
            if matches!(prev.lc.as_ref(), "the" | "a" | "an")
                || prev.word.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
        }
        // (`The Harbour Survey said`: the article opening the sentence is the run's first
        // word. `The Treasurer` is a title, split off by `split_title`; `A Spokesman`, which
        // names no one in particular, is not.)
        if title.is_none()
            && matches!(tokens[start].lc.as_ref(), "the" | "a" | "an")
            && name.as_ref().is_some_and(|n| is_person_name(n))
        {
            return None;
        }
        let role = with_office(tokens, start, title).or_else(|| role_before(tokens, start));
        // `Jane Doe and John Roe said`: both speak.
        if let Some(n) = name.as_ref().filter(|n| n.len() == 1 || is_person_name(n)) {
            // (`Doe and agency chief Jane Roe`: lowercase role words may precede the second.)
            let mut a = start;
            while a > 0
                && start - a < 3
                && is_plain_word(&tokens[a - 1])
                && !tokens[a - 1].capitalised
            {
                a -= 1;
            }
            if a > 1
                && tokens[a - 1].lc.as_ref() == "and"
                && !tokens[a - 1].in_quote
                && tokens[a - 2].capitalised
                && !tokens[a - 2].comma_after
                && !tokens[a - 2].stop_after
                && !tokens[a - 2].in_quote
            {
                let s2 = run_start(tokens, a - 2);
                let (_, other) = split_title(tokens, s2, a - 1);
                if let Some(o) = other.filter(|o| o.len() == 1 || is_person_name(o)) {
                    return Some((Mention::Both(o, n.clone()), Rule::VerbBefore));
                }
            }
        }
        return match name {
            Some(n) if n.len() == 1 || is_person_name(&n) => {
                Some((Mention::Name(n, role), Rule::VerbBefore))
            }
            // `the US President said`: a capitalised title, no name.
            _ => unclosed_appositive(tokens, start, j)
                .or_else(|| Some((Mention::Role(words(tokens, start, j + 1)), Rule::VerbBefore))),
        };
    }
    // `the US President said`: a title phrase without a name.
    let start = role_phrase_start(tokens, j)?;
    let words: Vec<&str> = tokens[start..=j].iter().map(|t| t.word).collect();
    Some((Mention::Role(words.join(" ")), Rule::VerbBefore))
}

/// `NAME, ROLE, said` or `ROLE, NAME, said`: the comma-separated segments before the verb,
/// read right to left until a person's name is found (at most three segments back).
pub(super) fn appositive_subject<'a>(tokens: &[Token<'a>], last: usize) -> Option<Mention<'a>> {
    let mut end = last + 1; // exclusive end of the current segment
    let mut segments: Vec<(usize, usize)> = Vec::new();
    let mut k = last;
    while segments.len() < 6 {
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
        // A segment that is (titles and) a name: the speaker; or a name and its place
        // (`Sen. Jane Doe of Ohio`).
        let run = run_end(tokens, s);
        let of_place = run + 1 < e && place_phrase(tokens, run, e);
        if tokens[s].capitalised && (run == e || of_place) {
            let (title, name) = split_title(tokens, s, run);
            // (`Democrat of Ohio`: a descriptor and a place, no name.)
            let lone_title = |n: &Vec<&str>| n.len() == 1 && is_office(&lower(n[0]));
            // (`…, in Harbourton, N.C., said`, `of Ashton, Md., who`: a state's initials or
            // abbreviation are no one's name.)
            let initials = |n: &Vec<&str>| {
                n.len() == 1 && (!n[0].chars().any(char::is_lowercase) || n[0].ends_with('.'))
            };
            let Some(name) = name
                .filter(|n| (is_person_name(n) || n.len() == 1) && !lone_title(n) && !initials(n))
            else {
                continue;
            };
            // `…, a scientist at the think tank, Climate Watch, said`: a name in apposition
            // to an organisation's noun names the organisation.
            // (A plural domain, `for legal affairs`, is no organisation.)
            if segments.get(idx + 1).is_some_and(|&(a, b)| {
                tokens[b - 1].undotted.has(Lex::ORG)
                    && !tokens[b - 1].capitalised
                    && !tokens[b - 1].lc.ends_with('s')
                    && b - a <= 10
                    && matches!(tokens[a].lc.as_ref(), "a" | "an" | "the")
            }) {
                continue;
            }
            // `…, the port's official newspaper, Harbour Ledger, said`, `whose hometown,
            // Harbourton, is`: a name in apposition to a thing's noun (the head before any
            // preposition, neither a title nor a role noun) names the thing.
            if segments
                .get(idx + 1)
                .is_some_and(|&(a, b)| names_a_thing(tokens, a, b))
            {
                continue;
            }
            // `a doctor from Harbourton, New Essex, said`: the state after a place (not after
            // an opening phrase, `In Harbourton, Jane Doe said`).
            if name.len() <= 2
                && segments.get(idx + 1).is_some_and(|&(a, b)| {
                    let last = &tokens[b - 1];
                    a > 0
                        && !tokens[a - 1].stop_after
                        && !tokens[a - 1].in_quote
                        && last.capitalised
                        && {
                            let p = run_start(tokens, b - 1);
                            p > a
                                && matches!(
                                    tokens[p - 1].lc.as_ref(),
                                    "in" | "from" | "of" | "at" | "near"
                                )
                        }
                })
            {
                continue;
            }
            // The role: the segment after the name (an appositive), else before it, else titles.
            let after = segments
                .get(idx.wrapping_sub(1))
                .filter(|_| idx > 0)
                .map(|&(a, b)| words(tokens, a, b));
            let before = segments.get(idx + 1).map(|&(a, b)| words(tokens, a, b));
            // `Karim, in Tunis, said`: a place in apposition also tells two namesakes apart.
            let place = after
                .clone()
                .filter(|r| place_in(r).is_some() && r.starts_with("in "));
            // Roles read best whole: `the army's chief spokesperson, Rear Admiral`;
            // an honorific alone (`Dr`) gives way to any description.
            let title = title.filter(|t| !is_honorific(t));
            let described: Vec<String> = [
                before.filter(|r| is_role_phrase(r)),
                match (title, of_place) {
                    (Some(t), true) => Some(format!("{t} {}", words(tokens, run, e))),
                    (t, false) => t,
                    (None, true) => Some(words(tokens, run, e)),
                },
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
        // A segment that ends with a name: `Palestinian Ambassador X` or `… lawmaker X`,
        // or `…, including Sen. X, said`.
        let including = tokens[s].lc.as_ref() == "including";
        // (A first segment that opens its clause is the subject, a tag in commas after it:
        // `Senate leader Tom Doe, R-Ky., said`.)
        let opens = idx == 0
            && (2..=6).contains(&(e - s))
            && (s == 0 || tokens[s - 1].stop_after || tokens[s - 1].in_quote)
            && tokens[s..e]
                .iter()
                .all(|t| !t.in_quote && (t.capitalised || !t.lex.has(Lex::NOT_NAME_START)))
            && tokens[e - 2].capitalised;
        if (idx > 0 || including || opens) && tokens[e - 1].capitalised {
            let start = run_start(tokens, e - 1);
            // (`chief economist at Blue Harbour Capital`: a name in a prepositional phrase
            // is an organisation or place.)
            // (Nor after an article: `a Hollywood, Fla., rabbi` is a place's.)
            let in_phrase = start > 0
                && matches!(
                    tokens[start - 1].lc.as_ref(),
                    "at" | "of" | "for" | "from" | "with" | "in" | "the" | "a" | "an"
                );
            if start > s && !in_phrase {
                let (title, name) = split_title(tokens, start, e);
                if let Some(name) = name.filter(|n| is_person_name(n)) {
                    let role = title.or_else(|| role_before(tokens, start));
                    return Some(Mention::Name(name, role));
                }
            }
        }
        // (An age in commas is no role but stands between: `Jane Doe, 52, a fisher, said`.)
        let age = e - s == 1 && tokens[s].word.bytes().all(|b| b.is_ascii_digit());
        // (Nor is a participle's phrase: `Doe, speaking at a rally in Harbourton, warned`.)
        let scene = tokens[s].lc.ends_with("ing") && !tokens[s].capitalised;
        // (Nor a hometown: `Jane Doe, 59, of Ashton, Md., who …, said`.)
        let hometown = place_phrase(tokens, s, e);
        if idx > 0 && !age && !scene && !hometown && !is_role_phrase(&words(tokens, s, e)) {
            break;
        }
    }
    None
}

/// Whether tokens `at..e` are `of` or `from` and one capitalised run: a person's place
/// (`Sen. Jane Doe of Ohio`, `…, of Ashton, …`).
fn place_phrase(tokens: &[Token], at: usize, e: usize) -> bool {
    matches!(tokens[at].lc.as_ref(), "of" | "from")
        && tokens.get(at + 1).is_some_and(|t| t.capitalised)
        && run_end(tokens, at + 1) == e
}

/// The person a relative clause at a comma after token `last` is about: `NAME, who …` or
/// `NAME and allies, who …` (a name, then at most `and` and a few lowercase words).
fn relative_antecedent<'a>(tokens: &[Token<'a>], last: usize) -> Option<Mention<'a>> {
    let mut j = last;
    if !tokens[j].capitalised {
        let mut k = j;
        while k > 0 && last - k < 4 && !tokens[k].capitalised {
            let t = &tokens[k - 1];
            if t.comma_after || t.stop_after || t.in_quote {
                return None;
            }
            k -= 1;
        }
        if tokens[k + 1].lc.as_ref() != "and" || !tokens[k].capitalised {
            return None;
        }
        j = k;
    }
    if tokens[j].in_quote || possessive(tokens[j].word).1 {
        return None;
    }
    let start = run_start(tokens, j);
    // (`a doctor from Harbourton, New Essex, who …`: the state after a place.)
    let after_place =
        start > 1 && tokens[start - 1].comma_after && tokens[start - 1].capitalised && {
            let p = run_start(tokens, start - 1);
            p > 0
                && matches!(
                    tokens[p - 1].lc.as_ref(),
                    "in" | "from" | "of" | "at" | "near"
                )
        };
    if after_place {
        return None;
    }
    // (`Democrats on Harbour Hill, who …`: a name after a preposition is a place.)
    if start > 0
        && matches!(
            tokens[start - 1].lc.as_ref(),
            "on" | "in" | "at" | "across" | "near"
        )
    {
        return None;
    }
    let (title, name) = split_title(tokens, start, j + 1);
    let name = name.filter(|n| n.len() == 1 || is_person_name(n))?;
    Some(Mention::Name(
        name,
        title.or_else(|| role_before(tokens, start)),
    ))
}

/// `quoted NAME as saying` (`as` at token `at`): the name before `as`, after a verb of
/// quoting; or the subject of `NAME was quoted as saying`.
fn quoted_as<'a>(tokens: &[Token<'a>], at: usize) -> Option<Mention<'a>> {
    let last = at.checked_sub(1)?;
    let t = &tokens[last];
    if t.in_quote || t.comma_after || t.stop_after {
        return None;
    }
    let quoting = |w: &str| w.starts_with("quot") || w.starts_with("cit");
    if t.capitalised {
        let start = run_start(tokens, last);
        let verb = tokens.get(start.checked_sub(1)?)?;
        if !quoting(verb.lc.as_ref()) {
            return None;
        }
        let (title, name) = split_title(tokens, start, last + 1);
        let name = name.filter(|n| n.len() == 1 || is_person_name(n))?;
        return Some(Mention::Name(name, title));
    }
    if quoting(t.lc.as_ref())
        && last > 0
        && matches!(tokens[last - 1].lc.as_ref(), "was" | "is" | "been")
    {
        return sentence_subject(tokens, last);
    }
    None
}

/// `according to a memo from NAME` (from token `at`): the author of a document.
fn document_author<'a>(tokens: &[Token<'a>], at: usize) -> Option<Mention<'a>> {
    if !matches!(tokens.get(at)?.lc.as_ref(), "a" | "an" | "the") {
        return None;
    }
    let by = (at + 1..(at + 5).min(tokens.len())).find(|&k| {
        let t = &tokens[k];
        t.capitalised
            || t.in_quote
            || t.comma_after
            || t.stop_after
            || matches!(t.lc.as_ref(), "from" | "by")
    })?;
    if !matches!(tokens[by].lc.as_ref(), "from" | "by") || by == at + 1 {
        return None;
    }
    // (An outlet's report names no role: `a report by the Daily Ledger`.)
    match mention_after(tokens, by + 1, false)? {
        Mention::Name(n, Some(role)) if !names_organisation(&role) => {
            Some(Mention::Name(n, Some(role)))
        }
        m @ Mention::Both(..) => Some(m),
        _ => None,
    }
}

/// The full name after `and` right after a name ending at `end` (exclusive): `… Doe and
/// John Roe`.
fn joined_name<'a>(tokens: &[Token<'a>], end: usize) -> Option<Vec<&'a str>> {
    let last = &tokens[end - 1];
    if last.comma_after || last.stop_after || possessive(last.word).1 {
        return None;
    }
    let and = tokens.get(end)?;
    let next = tokens.get(end + 1)?;
    if and.lc.as_ref() != "and" || and.in_quote || !next.capitalised || next.in_quote {
        return None;
    }
    let e = run_end(tokens, end + 1);
    if possessive(tokens[e - 1].word).1 {
        return None;
    }
    let (_, name) = split_title(tokens, end + 1, e);
    name.filter(|n| n.len() >= 2 && is_person_name(n))
}

/// `said his oldest friend at the port, Dario Neves` (the role from token `from`, after the
/// cue's words from `at`): a role phrase up to a comma, then a full name.
fn role_then_name<'a>(tokens: &[Token<'a>], at: usize, from: usize) -> Option<Mention<'a>> {
    let mut c = from;
    while c < tokens.len() && c < at + 9 && !tokens[c].comma_after && !tokens[c].stop_after {
        if tokens[c].in_quote {
            return None;
        }
        c += 1;
    }
    // (`according to the Ledger in February 2020, Jane Doe …`: a date ends a source, and
    // the name after it opens the sentence.)
    let dated = tokens[from..=c.min(tokens.len() - 1)].iter().any(|t| {
        t.lex.has(Lex::DAY)
            || t.undotted.has(Lex::MONTH)
            || t.word.bytes().any(|b| b.is_ascii_digit())
    });
    if dated {
        return None;
    }
    let n = c + 1;
    if c > at
        && c < tokens.len()
        && tokens[c].comma_after
        && n < tokens.len()
        && tokens[n].capitalised
        && !tokens[n].in_quote
    {
        let (_, name) = split_title(tokens, n, run_end(tokens, n));
        if let Some(name) = name.filter(|x| x.len() >= 2 && is_person_name(x)) {
            return Some(Mention::Name(name, Some(words(tokens, at, c + 1))));
        }
    }
    None
}

/// `Jane Doe, the director of the Harbour Trust said`, `Jane Doe, president of the Harbour
/// Trust said`: an appositive (the segment holding tokens `start..=last`, opened by a comma
/// and an article or a lowercase title) whose closing comma is missing.
fn unclosed_appositive<'a>(
    tokens: &[Token<'a>],
    start: usize,
    last: usize,
) -> Option<(Mention<'a>, Rule)> {
    let mut seg = start;
    while seg > 0
        && !tokens[seg - 1].comma_after
        && !tokens[seg - 1].stop_after
        && !tokens[seg - 1].in_quote
    {
        seg -= 1;
    }
    if seg > 0
        && seg < start
        && tokens[seg - 1].comma_after
        && (matches!(tokens[seg].lc.as_ref(), "the" | "a" | "an") || role_of(tokens, seg, last))
    {
        return appositive_subject(tokens, last).map(|m| (m, Rule::Apposition));
    }
    None
}

/// Whether `tokens[seg..=last]` opens with a lowercase title that holds a post somewhere
/// (`president of the Harbour Trust`, `chief executive at Blue Line`), not a plural of people
/// (`general staff in the capital`).
fn role_of(tokens: &[Token], seg: usize, last: usize) -> bool {
    let first = &tokens[seg];
    first.lex.has(Lex::TITLE)
        && !first.capitalised
        && tokens[seg + 1..=last]
            .iter()
            .take(5)
            .any(|t| matches!(t.lc.as_ref(), "of" | "for" | "at"))
}

/// Whether the segment `tokens[a..b]` is a description of a thing (`the state capital`,
/// `whose hometown`): it opens with an article or `whose`, and its head (the last word
/// before a preposition) is a lowercase noun that is no title, role noun or relation.
fn names_a_thing(tokens: &[Token], a: usize, b: usize) -> bool {
    let described = matches!(tokens[a].lc.as_ref(), "a" | "an" | "the" | "whose");
    if !described || b - a > 10 {
        return false;
    }
    let head_end = (a + 1..b)
        .find(|&k| {
            matches!(
                tokens[k].lc.as_ref(),
                "of" | "for" | "at" | "in" | "with" | "from" | "on"
            )
        })
        .unwrap_or(b);
    let head = &tokens[head_end - 1];
    head_end - 1 > a
        && !head.capitalised
        && !head.in_quote
        && !head.lex.has(Lex::TITLE)
        && !is_role_noun(head.lc.as_ref())
        && !head.lc.ends_with('s')
        && !is_kin(head.lc.as_ref())
}

/// `son`, `wife`, `friend`: a person's relation, which names a person in apposition.
fn is_kin(w: &str) -> bool {
    matches!(
        w,
        "son"
            | "daughter"
            | "wife"
            | "husband"
            | "father"
            | "mother"
            | "brother"
            | "sister"
            | "friend"
            | "widow"
            | "cousin"
            | "spouse"
            | "child"
            | "uncle"
            | "aunt"
            | "niece"
            | "nephew"
            | "grandson"
            | "granddaughter"
            | "grandmother"
            | "grandfather"
    )
}
