//! A paragraph as words: byte ranges, folded forms, lexicon flags, sentence ends and whether each word is inside a quote.

use crate::core::prelude::*;

use alloc::borrow::Cow;

use super::super::model::Span;
use super::super::text::fold_diacritic;

use super::lexicon::*;

/// A word of a paragraph with its byte range and what we know about it.
#[derive(Clone, Debug)]
pub(super) struct Token<'a> {
    /// The word without surrounding punctuation.
    pub(super) word: &'a str,
    /// The word folded for comparisons (see [`lower`]), computed once.
    pub(super) lc: Cow<'a, str>,
    /// The word lists `lc` is in, and those it is in without a final full stop (`Gen.`).
    pub(super) lex: Lex,
    pub(super) undotted: Lex,
    /// The paragraph from this word on, so phrases can be cut from the original text.
    pub(super) rest: &'a str,

    /// Whether the raw token ends with a comma (or a closing quote after one).
    pub(super) comma_after: bool,
    /// Whether a sentence or clause ends after this token (`.`, `?`, `!`, `:`, `;`).
    pub(super) stop_after: bool,
    pub(super) in_quote: bool,
    pub(super) capitalised: bool,
}

impl Token<'_> {
    /// [`Lex::not_name_start`] of this word.
    pub(super) fn not_name_start(&self) -> bool {
        self.lex.not_name_start(self.undotted)
    }
}

/// The words of `text`; `ascii_lower` is `text` with ASCII letters lowercased (same offsets).
pub(super) fn tokenize<'a>(
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
    // Inside brackets that opened an aside, or a party tag of several words (see below).
    let mut aside = false;
    // (The words of a party tag left to drop: a tag never runs past a few, so a bracket that
    // never closes loses no more of the paragraph.)
    let mut in_tag = 0u8;
    for raw in text.split_inclusive(char::is_whitespace) {
        let start_raw = offset;
        offset += raw.len();
        let trimmed = raw.trim_end();
        if trimmed.is_empty() {
            continue;
        }
        // A party tag of several words (`(D-Harbour Point)`) is dropped as a one-word tag is
        // (below), to its closing bracket, whose comma or stop goes to the name before it.
        if in_tag > 0
            || matches!(trimmed.as_bytes(), [b'(', b'D' | b'R' | b'I', b'-', ..])
                && !trimmed.contains(')')
        {
            let closes = trimmed.contains(')');
            in_tag = if closes {
                0
            } else {
                in_tag.checked_sub(1).unwrap_or(4)
            };
            if closes {
                close_tag(&mut tokens, trimmed);
            }
            continue;
        }
        // A dash standing alone ends a phrase as a comma does: it sets off an aside
        // (`Jane Doe — a former aide — said`) and a dateline (`CITY (Agency) — Jane Doe
        // said`), which would otherwise run into the name after it.
        if trimmed.chars().all(|c| matches!(c, '—' | '–' | '-')) {
            if let Some(prev) = tokens.last_mut() {
                prev.comma_after = true;
            }
            continue;
        }
        let lead = trimmed.len() - trim_edge_start(trimmed).len();
        // (An ampersand standing alone is a word: it joins the names of firms, `Hale & Moore`,
        // which would otherwise read as one person's.)
        let amp = trimmed == "&";
        let (lead, word) = if amp {
            (0, trimmed)
        } else {
            (lead, trim_edge_end(trim_edge_start(trimmed)))
        };
        if word.is_empty() {
            continue;
        }
        let start = start_raw + lead;
        let tail = &trimmed[lead + word.len()..];
        // A party and state tag after a name (`(D-Ore.)`, `(R)`) is no word of the sentence:
        // dropped, its trailing comma or stop handed to the name before it.
        let tag = trimmed
            .strip_prefix('(')
            .and_then(|t| t.split_once(')'))
            .is_some_and(|(inner, _)| is_party_tag(inner.trim_end_matches('.')));
        // (`Jane Doe, R-Ohio, said`: the tag between commas, without brackets.)
        let bare_tag = !tag
            && tokens.last().is_some_and(|p| p.comma_after)
            && tail.starts_with(',')
            && word.as_bytes().get(1) == Some(&b'-')
            && is_party_tag(word.trim_end_matches('.'));
        if bare_tag {
            continue;
        }
        if tag {
            close_tag(&mut tokens, tail);
            continue;
        }
        // Brackets set off an aside as commas do (`Jane Doe (a former aide) said`), which
        // would otherwise run into the words around it (`Norlandic (Doe grew up there`).
        // (Of several words: `(AFP)` and `(EPA)` are no asides.)
        let opens_aside = trimmed.starts_with('(') && !trimmed.contains(')');
        if opens_aside {
            if let Some(prev) = tokens.last_mut() {
                prev.comma_after = true;
            }
            aside = true;
        }
        let tail_comma = aside && tail.contains(')');
        if tail_comma {
            aside = false;
        }
        // (An abbreviated title, `Del.`, `Adm.`, is no sentence end either.)
        let abbreviated = |w: &str| {
            let lex = Lex::of(&lower_cow(w));
            lex.has(Lex::ABBREVIATION)
                || lex.has(Lex::TITLE)
                    && w.len() <= 4
                    && w.starts_with(|c: char| c.is_ascii_uppercase())
        };
        // (Nor is a stop before a comma, `of Ashton, Md., who`: a sentence ends on no comma.)
        let (word, tail_dot) = match word.strip_suffix('.') {
            Some(w) if !abbreviated(w) && !is_initial(w) && !tail.starts_with(',') => (w, true),
            _ => (word, false),
        };
        let word = if amp { word } else { trim_edge_end(word) };
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
            comma_after: tail_comma || tail.contains(','),
            stop_after,
            in_quote: quotes.get(quote).is_some_and(|q| q.start <= mid),
            capitalised: word.chars().next().is_some_and(char::is_uppercase),
        });
    }
    tokens
}

/// Punctuation stripped from both ends of a word; hyphens, apostrophes and full stops stay
/// (a final full stop is then read as a sentence end unless the word is an abbreviation).
pub(super) fn is_edge_punct(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_alphanumeric() && !matches!(c, '-' | '\'' | '.');
    }
    // (Curly quotes and dashes first: the Unicode tables behind `is_alphanumeric` cost more.)
    if matches!(c, '“' | '”' | '‘' | '—' | '–' | '«' | '»' | '…') {
        return true;
    }
    !c.is_alphanumeric() && !matches!(c, '-' | '\'' | '’' | '.')
}

/// A dropped party tag's closing bracket hands the comma or stop after it (in `text`) to
/// the name before the tag.
fn close_tag(tokens: &mut [Token], text: &str) {
    if let Some(prev) = tokens.last_mut() {
        let after = &text[text.find(')').map_or(text.len(), |p| p + 1)..];
        prev.comma_after |= after.contains(',');
        prev.stop_after |= after.contains(['.', '?', '!', ';', ':']);
    }
}

/// `w` without leading [`is_edge_punct`] (and `''`, a quote mark in some copy); most words
/// start with a letter and skip the search.
pub(super) fn trim_edge_start(w: &str) -> &str {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii_alphanumeric() => w,
        _ => {
            let mut w = w.trim_start_matches(is_edge_punct);
            while let Some(rest) = w.strip_prefix("''") {
                w = rest.trim_start_matches(is_edge_punct);
            }
            w
        }
    }
}

/// `w` without trailing [`is_edge_punct`] (and `''`), with the same shortcut.
pub(super) fn trim_edge_end(w: &str) -> &str {
    match w.as_bytes().last() {
        Some(b) if b.is_ascii_alphanumeric() => w,
        _ => {
            let mut w = w.trim_end_matches(is_edge_punct);
            while let Some(rest) = w.strip_suffix("''") {
                w = rest.trim_end_matches(is_edge_punct);
            }
            w
        }
    }
}

/// `D`, `R-Texas`, `I-Vt.`, `D-N.Y`: a party letter, optionally a hyphen and a state; or
/// a state alone (`Ariz.`, `N.H.`, `Iowa`): one short capitalised word with stops.
pub(super) fn is_party_tag(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() >= 2
        && b.len() <= 6
        && b[0].is_ascii_uppercase()
        && b[1..].iter().all(|c| c.is_ascii_lowercase() || *c == b'.')
        || b.len() == 4 && b[1] == b'.' && b[3] == b'.'
        || b.len() == 3 && b[1] == b'.'
    {
        return true;
    }
    if b.is_empty() || !matches!(b[0], b'D' | b'R' | b'I') {
        return false;
    }
    if b.len() == 1 {
        return true;
    }
    b[1] == b'-'
        && b.len() <= 12
        && b.get(2).is_some_and(u8::is_ascii_uppercase)
        && b[2..].iter().all(|c| c.is_ascii_alphabetic() || *c == b'.')
}

/// `J` or `G.K` (before its final stop): a name's initials, not a sentence end.
pub(super) fn is_initial(w: &str) -> bool {
    if w.len() >= 3 && w.len() <= 7 {
        let b = w.as_bytes();
        return b.iter().step_by(2).all(u8::is_ascii_uppercase)
            && b.iter().skip(1).step_by(2).all(|&c| c == b'.')
            && b.len() % 2 == 1;
    }
    w.chars().count() == 1 && w.chars().all(char::is_uppercase)
}

pub(super) fn lower(w: &str) -> String {
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
pub(super) fn lower_cow(w: &str) -> Cow<'_, str> {
    if w.bytes()
        .all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'\'' || b.is_ascii_digit())
    {
        Cow::Borrowed(w)
    } else {
        Cow::Owned(lower(w))
    }
}

/// Strips a possessive ending (`Germany’s` → `Germany`), returning whether there was one.
pub(super) fn possessive(w: &str) -> (&str, bool) {
    for suffix in ["’s", "'s", "’", "'"] {
        if let Some(base) = w.strip_suffix(suffix) {
            if !base.is_empty() {
                return (base, true);
            }
        }
    }
    (w, false)
}
