//! The plain-text parser: lines in, an [`Article`] and diagnostics out; it never fails and never drops a line.
//!
//! It works in three passes over *units* (a non-blank line, or lines of one block that a
//! scraper hard-wrapped mid-sentence):
//! 1. each unit gets a local `Tag` from its own text (furniture, caption, heading-like, text);
//! 2. a sequence pass decides each unit's role from its neighbours: the title, duplicates of it,
//!    the source line and what follows it, link lists, headings, figures and embeds;
//! 3. assembly builds the article in input order, and every unit not in it goes to `removed`.

use crate::core::prelude::*;

use crate::maps::HashSet;

use super::attribution;
use super::furniture;
use super::model::*;
use super::text::{
    ends_sentence, final_mark, fold, folds_to, is_quote_mark, slug, starts_lower, starts_upper,
    word_count, words_at_most, UniqueIds, WordHash,
};

/// Parses an explainer given as plain text. Never panics; every non-blank line ends up
/// exactly once in the article or in `removed`.
pub fn parse(input: &str) -> (Article, Vec<Diagnostic>) {
    let mut notes = Vec::new();
    let article = parse_into(input, &[], &mut notes);
    (article, notes)
}

/// [`parse`] without its diagnostics: the article alone, as the widget needs it. Nothing
/// words the diagnostics here, so the parser module carries no code to word them.
pub fn parse_article(input: &str) -> Article {
    parse_into(input, &[], &mut ())
}

/// [`parse_article`] with some attribution rules switched off, to measure what each
/// contributes (`qa-reader eval --without`): the same article but for its attribution.
pub fn parse_without(input: &str, off: &[attribution::Rule]) -> Article {
    parse_into(input, off, &mut ())
}

/// Where the parser's diagnostics go: a list, or (for [`parse_article`]) nowhere. A type
/// rather than a flag, so that the parser's copy for `()` has no code that words them.
trait Notes {
    /// Adds a diagnostic; `message` is called only when it is kept.
    fn add(&mut self, kind: DiagnosticKind, lines: Lines, message: impl FnOnce() -> String);
}

impl Notes for Vec<Diagnostic> {
    fn add(&mut self, kind: DiagnosticKind, lines: Lines, message: impl FnOnce() -> String) {
        self.push(Diagnostic {
            kind,
            lines,
            message: message(),
        });
    }
}

impl Notes for () {
    fn add(&mut self, _: DiagnosticKind, _: Lines, _: impl FnOnce() -> String) {}
}

fn parse_into(input: &str, off: &[attribution::Rule], notes: &mut impl Notes) -> Article {
    let units = split_units(input);
    let tags: Vec<Tag> = units.iter().map(|u| tag(&u.text)).collect();
    let roles = Roles::decide(&units, &tags);
    let mut units = units;
    let mut article = assemble(&mut units, &roles.roles, notes);
    attribute_after_headline(&mut article, off);
    if roles.title_guessed {
        if let Some(lines) = article.title_lines {
            notes.add(DiagnosticKind::TitleNotFirst, lines, || {
                "the headline was taken from a later line; the lines above it were set aside"
                    .to_string()
            });
        }
    }
    article
}

/// Attributes speakers with the headline and deck read first, as a reader reads them: they
/// introduce people by full name (`…, Jane Doe says`) whom the body then calls by surname.
/// They are read as paragraphs ahead of the intro and taken out again, so nothing in them
/// is attributed and nobody quoted only there is an expert.
fn attribute_after_headline(article: &mut Article, off: &[attribution::Rule]) {
    let primer: Vec<Block> = [&article.title, &article.standfirst]
        .into_iter()
        .flatten()
        .map(|text| {
            Block::Paragraph(Paragraph {
                text: text.clone(),
                ..Paragraph::default()
            })
        })
        .collect();
    let k = primer.len();
    if k == 0 {
        attribution::attribute_without(article, off);
        return;
    }
    for (at, block) in primer.into_iter().enumerate() {
        article.sections[0].blocks.insert(at, block);
    }
    attribution::attribute_without(article, off);
    // Take the primer out again, and the paragraphs it gave its speakers.
    for _ in 0..k {
        if let Block::Paragraph(p) = article.sections[0].blocks.remove(0) {
            for id in &p.speakers {
                if let Some(e) = article.experts.iter_mut().find(|e| e.id == *id) {
                    e.paragraphs = e.paragraphs.saturating_sub(1);
                }
            }
        }
    }
    article.experts.retain(|e| e.paragraphs > 0);
}

/// Takes an article that came as JSON into the core, as [`parse`] does for text: ids made
/// unique slugs, unknown speakers dropped, expert counts recounted ([`Article::normalise`]),
/// and speakers attributed when the JSON names none. Every client (the CLI's `parse` and
/// `check`, the widget's `mount`) calls this, so the same JSON gives the same article
/// everywhere; what was changed is reported as diagnostics.
pub fn adopt(article: Article) -> (Article, Vec<Diagnostic>) {
    let (mut article, diagnostics) = tidy(article);
    if needs_attribution(&article) {
        attribution::attribute(&mut article);
    }
    (article, diagnostics)
}

/// Whether [`adopt`] would attribute speakers: the article names no expert and no
/// paragraph speaker (after [`tidy`]).
pub fn needs_attribution(article: &Article) -> bool {
    article.experts.is_empty() && article.paragraphs().all(|(_, p)| p.speakers.is_empty())
}

/// The article's paragraph texts, in reading order, each as its length (4 bytes,
/// little-endian) and its UTF-8 bytes: all of an article the attribution engine reads.
///
/// Why: the widget keeps its article and sends the parser module only this, which
/// [`unpack_paragraphs`] reads back with a loop, instead of article JSON, whose reader
/// cost the module 17 KB gzip (BENCHMARKS.md).
///
/// A paragraph of 4 GiB or more cannot be framed: it is cut at that length (the widget's
/// memory, 32-bit, holds no such paragraph; native callers would lose its tail).
pub fn pack_paragraphs(article: &Article) -> Vec<u8> {
    let mut packed = Vec::new();
    for (_, p) in article.paragraphs() {
        let text = &p.text.as_bytes()[..p.text.len().min(u32::MAX as usize)];
        packed.extend_from_slice(&(text.len() as u32).to_le_bytes());
        packed.extend_from_slice(text);
    }
    packed
}

/// An article of the paragraphs [`pack_paragraphs`] wrote, in one section: attributed, it
/// holds what [`take_attribution`] copies back. Never panics: bytes that are not UTF-8 are
/// replaced, and a length running past the end takes what is there, but the quote spans then
/// found fit the replaced text only; from [`pack_paragraphs`] they fit the article's own.
pub fn unpack_paragraphs(mut packed: &[u8]) -> Article {
    let mut blocks = Vec::new();
    while let [a, b, c, d, rest @ ..] = packed {
        let (text, after) = rest.split_at(
            rest.len()
                .min(u32::from_le_bytes([*a, *b, *c, *d]) as usize),
        );
        blocks.push(Block::Paragraph(Paragraph {
            text: String::from_utf8_lossy(text).into_owned(),
            ..Paragraph::default()
        }));
        packed = after;
    }
    Article {
        sections: vec![Section {
            blocks,
            ..Section::default()
        }],
        ..Article::default()
    }
}

/// Copies the attribution of `attributed` (an article [`unpack_paragraphs`] made of
/// `article`'s paragraphs, then attributed) into `article`: its experts, and each
/// paragraph's speakers, quotes and evidence. The two together are what [`adopt`] does to
/// an article that [`needs_attribution`] after [`tidy`].
pub fn take_attribution(article: &mut Article, attributed: Article) {
    let mut found = attributed
        .sections
        .into_iter()
        .flat_map(|s| s.blocks)
        .filter_map(|b| match b {
            Block::Paragraph(p) => Some(p),
            _ => None,
        });
    for block in article.sections.iter_mut().flat_map(|s| &mut s.blocks) {
        let Block::Paragraph(p) = block else { continue };
        let Some(q) = found.next() else {
            debug_assert!(false, "`attributed` holds fewer paragraphs than `article`");
            break;
        };
        p.speakers = q.speakers;
        p.quotes = q.quotes;
        p.evidence = q.evidence;
    }
    article.experts = attributed.experts;
}

/// The part of [`adopt`] that needs no attribution engine: ids made unique slugs, unknown
/// speakers dropped, expert counts recounted. The widget runs it on every article JSON, and
/// loads the parser module only for JSON that [`needs_attribution`].
pub fn tidy(mut article: Article) -> (Article, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    for (_, p) in article.paragraphs() {
        for id in p
            .speakers
            .iter()
            .filter(|id| !article.experts.iter().any(|e| e.id == **id))
        {
            diagnostics.push(Diagnostic {
                kind: DiagnosticKind::UnknownSpeaker,
                lines: p.lines,
                message: format!("speaker {id:?} is not among the experts and was dropped"),
            });
        }
    }
    let inserted = usize::from(article.sections.first().is_none_or(|s| s.heading.is_some()));
    let old_ids: Vec<String> = article.sections.iter().map(|s| s.id.clone()).collect();
    article.normalise();
    for (old, s) in old_ids.iter().zip(article.sections.iter().skip(inserted)) {
        if *old != s.id {
            diagnostics.push(Diagnostic {
                kind: DiagnosticKind::SectionIdRenamed,
                lines: s.heading_lines.unwrap_or_default(),
                message: format!("section id {old:?} became {:?}", s.id),
            });
        }
    }
    (article, diagnostics)
}

/// Checks the parser's promise for `input`: the article's elements are in input order, and
/// together with `removed` they cover every non-blank input line exactly once.
///
/// Returns a description of the first breach. Tests and fuzzing call it on every input.
pub fn verify_accounting(input: &str, article: &Article) -> Result<(), String> {
    let (in_article, removed) = article.accounted_lines();
    for pair in in_article.windows(2) {
        if pair[0].last >= pair[1].first {
            return Err(format!(
                "article out of input order at lines {:?} then {:?}",
                pair[0], pair[1]
            ));
        }
    }
    let mut all: Vec<Lines> = in_article.into_iter().chain(removed).collect();
    all.sort();
    let mut covered = Vec::new();
    for (i, r) in all.iter().enumerate() {
        if r.first == 0 || r.first > r.last {
            return Err(format!("invalid line range {r:?}"));
        }
        if i > 0 && all[i - 1].last >= r.first {
            return Err(format!("lines {:?} and {r:?} overlap", all[i - 1]));
        }
        covered.push(*r);
    }
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let mut ranges = covered.iter().peekable();
    for (i, line) in physical_lines(input).enumerate() {
        let no = u32::try_from(i + 1).unwrap_or(u32::MAX);
        while ranges.peek().is_some_and(|r| r.last < no) {
            ranges.next();
        }
        let inside = ranges.peek().is_some_and(|r| r.first <= no);
        if !line.trim().is_empty() && !inside {
            return Err(format!(
                "line {no} is neither in the article nor removed: {line:?}"
            ));
        }
    }
    Ok(())
}

/// A non-blank line of input, or several lines of one block joined where a sentence was wrapped.
#[derive(Debug)]
pub(crate) struct Unit {
    pub text: String,
    pub lines: Lines,
    /// Index of the blank-line-separated block this unit belongs to.
    pub group: usize,
}

/// Splits input into units: line endings normalised (LF, CRLF, CR), a BOM dropped, lines trimmed.
pub(crate) fn split_units(input: &str) -> Vec<Unit> {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let mut units: Vec<Unit> = Vec::new();
    let mut group = 0usize;
    let mut in_group = false;
    for (i, raw) in physical_lines(input).enumerate() {
        let line_no = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let text = raw.trim();
        if text.is_empty() {
            if in_group {
                group += 1;
                in_group = false;
            }
            continue;
        }
        // A line that continues a sentence the previous line of the same block left open
        // is the same paragraph, hard-wrapped.
        if let Some(prev) = units.last_mut().filter(|u| in_group && u.group == group) {
            if !ends_sentence(&prev.text) && !prev.text.ends_with(':') && starts_lower(text) {
                prev.text.push(' ');
                prev.text.push_str(text);
                prev.lines.last = line_no;
                continue;
            }
        }
        in_group = true;
        units.push(Unit {
            text: text.to_string(),
            lines: Lines::new(line_no, line_no),
            group,
        });
    }
    units
}

/// Lines split on LF, CRLF or a lone CR.
fn physical_lines(input: &str) -> impl Iterator<Item = &str> {
    let mut rest = input;
    let mut done = input.is_empty();
    ::core::iter::from_fn(move || {
        if done {
            return None;
        }
        // A byte search: a char pattern would decode every character of the article.
        match rest.bytes().position(|b| b == b'\n' || b == b'\r') {
            Some(at) => {
                let line = &rest[..at];
                let skip = if rest[at..].starts_with("\r\n") { 2 } else { 1 };
                rest = &rest[at + skip..];
                if rest.is_empty() {
                    done = true;
                }
                Some(line)
            }
            None => {
                done = true;
                Some(rest)
            }
        }
    })
}

/// What a unit looks like on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tag {
    /// Page furniture, whatever its neighbours.
    Furniture(Reason),
    /// A byline (`By …`).
    Byline,
    /// A short all-caps label (`MIDDLE EAST CRISIS`).
    Label,
    /// The header of a video player.
    VideoHeader,
    /// A promotion box line.
    Promo,
    /// The closing `Source: …` line.
    Source,
    /// Only a photo agency's name (`Getty Images`): the credit of the caption that follows.
    AgencyCredit,
    /// A caption with its credit in brackets at the end (possibly only the credit).
    Caption,
    /// An embed placeholder's label.
    EmbedLabel,
    /// The signature line of an embedded social post (`— Name (@handle) date`).
    PostSignature,
    /// Short, capitalised and without closing punctuation: a heading, a link or a name.
    HeadingLike,
    /// Anything else: body text.
    Text,
}

fn tag(text: &str) -> Tag {
    if let Some(reason) = furniture::classify(text) {
        return Tag::Furniture(reason);
    }
    if furniture::is_byline(text) {
        return Tag::Byline;
    }
    if furniture::is_video_header(text) {
        return Tag::VideoHeader;
    }
    if furniture::source_line(text).is_some() {
        return Tag::Source;
    }
    if furniture::is_embed_label(text) {
        return Tag::EmbedLabel;
    }
    if furniture::post_signature(text).is_some() {
        return Tag::PostSignature;
    }
    if furniture::is_label(text) {
        return Tag::Label;
    }
    if furniture::is_promo(text) {
        return Tag::Promo;
    }
    if furniture::is_agency_credit(text) {
        return Tag::AgencyCredit;
    }
    if furniture::split_credit(text).is_some() || furniture::labelled_caption(text).is_some() {
        return Tag::Caption;
    }
    if is_heading_like(text) {
        return Tag::HeadingLike;
    }
    Tag::Text
}

/// Short, capitalised, not closed like a sentence; a quoted question or sentence is a quote, not a heading.
fn is_heading_like(text: &str) -> bool {
    if text.len() > 160 || !starts_upper(text) {
        return false;
    }
    // The closing mark first: most lines are sentences and stop here.
    let mark = final_mark(text);
    if matches!(
        mark,
        Some('.' | ',' | ';' | ':' | '!' | '…' | '-' | '–' | '—') | None
    ) {
        return false;
    }
    let words = word_count(text);
    let quoted = text.starts_with(|c: char| is_quote_mark(c));
    // A heading is one question or phrase (a reader's question may take two sentences);
    // a line opening with a conjunction carries on the paragraph before it.
    if sentence_breaks(text) > 1 {
        return false;
    }
    let first_word = text.split_whitespace().next().unwrap_or("");
    if matches!(first_word, "And" | "But" | "So" | "Or" | "Yet" | "Nor") {
        return false;
    }
    // A question inside quotes at the end is someone's words (`He asked, “Why?”`), and a
    // wire lead (`CITY (AP) — …`) opens a story.
    let quoted_end = text.ends_with(|c: char| is_quote_mark(c))
        && matches!(final_mark(text), Some('?' | '!'))
        && text.char_indices().any(|(at, c)| {
            at > 0 && super::text::OPEN_QUOTES.contains(&c) && text[..at].ends_with(' ')
        });
    let wire = text.bytes().take(2).all(|b| b.is_ascii_uppercase())
        && text.contains(" — ")
        && is_wire_lead(text);
    if quoted_end || wire {
        return false;
    }
    // A line ending on a function word is a sentence a scraper cut at a link.
    let last_word = text.rsplit(char::is_whitespace).next().unwrap_or("");
    if matches!(
        last_word,
        "the"
            | "a"
            | "an"
            | "of"
            | "to"
            | "in"
            | "and"
            | "or"
            | "for"
            | "with"
            | "on"
            | "at"
            | "by"
            | "from"
            | "that"
            | "as"
            | "its"
            | "their"
            | "his"
            | "her"
    ) {
        return false;
    }
    if mark == Some('?') {
        !quoted && words <= 20
    } else {
        words <= 10
    }
}

/// A first line closed like a sentence that is still the headline: short, at most two
/// sentences, and either in title case or followed by a longer paragraph.
fn is_closed_headline(units: &[Unit], tags: &[Tag], roles: &[Option<Role>], i: usize) -> bool {
    let text = &units[i].text;
    let words = word_count(text);
    // A headline may open with a hashtag (`#SaveTheHarbour Is The Slogan Of The Summer.`).
    if !(3..=24).contains(&words)
        || !starts_upper(text.strip_prefix('#').unwrap_or(text))
        || sentence_breaks(text) > 1
    {
        return false;
    }
    let mut next = (i + 1..units.len()).filter(|&j| roles[j].is_none()).take(3);
    let Some(first) = next.next() else {
        return false;
    };
    if starts_lower(&units[first].text) {
        return false;
    }
    // Decks and kickers may stand between the headline and the first paragraph.
    is_title_case(text)
        || ::core::iter::once(first)
            .chain(next)
            .any(|j| tags[j] == Tag::Text && word_count(&units[j].text) > words)
}

/// How many times a sentence ends inside the text (`. ` then a capital), not counting the end.
pub(crate) fn sentence_breaks(text: &str) -> usize {
    let b = text.as_bytes();
    let mut n = 0;
    for k in 1..b.len().saturating_sub(2) {
        if matches!(b[k], b'.' | b'?' | b'!')
            && b[k + 1] == b' '
            && b[k + 2].is_ascii_uppercase()
            && b[k - 1].is_ascii_lowercase()
        {
            n += 1;
        }
    }
    n
}

/// Most longer words capitalised, as headlines are set (`Council Backs Plan For New Harbour`).
fn is_title_case(text: &str) -> bool {
    let long: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let capital = long.iter().filter(|w| starts_upper(w)).count();
    long.len() >= 2 && capital * 4 >= long.len() * 3
}

/// `CITY, State (Agency) — …`: a wire story's opening, its place in capitals.
fn is_wire_lead(text: &str) -> bool {
    let head = text.split(" — ").next().unwrap_or("");
    let place = head.split([',', '(']).next().unwrap_or("").trim();
    word_count(head) <= 8 && super::text::is_all_caps(place)
}

/// Headlines of other stories end with their attribution: `…, officials say`.
fn is_headline_of_link(text: &str) -> bool {
    // The attribution follows the last comma: `…, officials say`, `'a big risk', says OBR`.
    let Some((_, tail)) = text.rsplit_once(", ") else {
        return false;
    };
    word_count(tail) <= 4
        && tail
            .split_whitespace()
            .any(|w| matches!(w, "says" | "say" | "said"))
}

/// The role each unit plays in the article.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Role {
    Title,
    Standfirst,
    Heading,
    Paragraph,
    /// A figure; it may take the unit before it as its alt line and the one after as its caption.
    Figure {
        alt: bool,
        caption_next: bool,
    },
    /// An embed; it may take the next unit as its credit.
    Embed {
        credit_next: bool,
    },
    Source,
    Removed(Reason),
    /// Taken by the unit before or after it (an alt line, a caption, an embed credit).
    Taken,
}

struct Roles {
    roles: Vec<Role>,
    /// The headline was not the first line that is not furniture.
    title_guessed: bool,
}

impl Roles {
    fn decide(units: &[Unit], tags: &[Tag]) -> Roles {
        let n = units.len();
        let mut roles: Vec<Option<Role>> = vec![None; n];

        // Furniture first: it decides itself.
        for (i, t) in tags.iter().enumerate() {
            roles[i] = match t {
                Tag::Furniture(r) => Some(Role::Removed(*r)),
                Tag::Byline => Some(Role::Removed(Reason::Byline)),
                Tag::Promo => Some(Role::Removed(Reason::Promo)),
                _ => None,
            };
        }

        // A transcript: lines opened by a speaker's label (`REYES: …`, `Q: …`), one label on
        // two lines at least. Every labelled line is then a turn of speech, questions too,
        // not a heading (a run of distinct labels, `IMMUNITY: …`, is a list of links).
        let labels: Vec<Option<&str>> = units
            .iter()
            .zip(&roles)
            .map(|(u, r)| {
                // Labels are in capitals: most lines fail on their second letter.
                let second = u.text.as_bytes().get(1).copied().unwrap_or(b' ');
                if second.is_ascii_lowercase() {
                    return None;
                }
                furniture::label_colon(&u.text, 3)
                    .map(|(label, _)| label)
                    .filter(|l| r.is_none() && furniture::is_speaker_label(l))
            })
            .collect();
        let mut seen_labels: HashSet<&str, WordHash> = HashSet::default();
        let transcript = labels.iter().flatten().any(|l| !seen_labels.insert(l));
        if transcript {
            for (r, l) in roles.iter_mut().zip(&labels) {
                if l.is_some() {
                    *r = Some(Role::Paragraph);
                }
            }
        }

        // The title: the first unit that reads like a headline, within the first few
        // that are not furniture. Kickers before it are navigation.
        let mut title: Option<(usize, String)> = None;
        let mut title_guessed = false;
        let mut seen = 0;
        for i in 0..n {
            if roles[i].is_some() {
                continue;
            }
            seen += 1;
            if seen > 4 {
                break;
            }
            let text = headline_of(&units[i].text);
            // Menu entries are one or two words; `X, explained` is a headline.
            let long_enough = text.len() <= 250
                && (!words_at_most(text, 2)
                    || (!words_at_most(text, 1) && text.contains([',', ':'])));
            let headline = matches!(tags[i], Tag::HeadingLike | Tag::Text)
                && long_enough
                && text.len() <= 250
                && match final_mark(text) {
                    Some(':' | ',') => false,
                    // Hard news closes its headline like a sentence; only the first line may do
                    // that, and only when it is short and the body that follows is longer.
                    Some('.' | ';') => seen == 1 && is_closed_headline(units, tags, &roles, i),
                    _ => true,
                };
            // A show or section name above the headline (`Morning News Weekly`): a few
            // capitalised words, then a longer headline-like line.
            let kicker = headline
                && tags[i] == Tag::HeadingLike
                && word_count(text) <= 4
                && !text.contains([',', ':', '?'])
                && (i + 1..n).find(|&j| roles[j].is_none()).is_some_and(|j| {
                    tags[j] == Tag::HeadingLike && word_count(&units[j].text) > word_count(text)
                });
            if headline && !kicker {
                roles[i] = Some(Role::Title);
                title = Some((i, fold(text)));
                title_guessed = seen > 1;
                for r in roles.iter_mut().take(i) {
                    if r.is_none() {
                        *r = Some(Role::Removed(Reason::Navigation));
                    }
                }
                break;
            }
        }
        if let Some((t, folded)) = &title {
            for i in t + 1..n {
                let close_in_length = units[i].text.len() <= folded.len() + 64;
                if roles[i].is_none()
                    && close_in_length
                    && folds_to(headline_of(&units[i].text), folded)
                {
                    roles[i] = Some(Role::Removed(Reason::DuplicateTitle));
                }
            }
        }

        // The source line closes the article: what follows is the site's, as long as it is short.
        if let Some(s) = (0..n)
            .rev()
            .find(|&i| tags[i] == Tag::Source && roles[i].is_none())
        {
            if n - s - 1 <= 8 {
                roles[s] = Some(Role::Source);
                for r in roles.iter_mut().skip(s + 1) {
                    *r = Some(Role::Removed(Reason::AfterSource));
                }
            }
        }

        // The author box closes the article too.
        if let Some(a) = (0..n).find(|&i| is_phrase(&units[i].text, "about the author")) {
            for r in roles.iter_mut().skip(a) {
                if !matches!(r, Some(Role::Source)) {
                    *r = Some(Role::Removed(Reason::Footer));
                }
            }
        }
        // A separator near the end starts the notes and bio under an article.
        if let Some(s) =
            (n.saturating_sub(8)..n).find(|&i| tags[i] == Tag::Furniture(Reason::Separator))
        {
            if units[s]
                .text
                .chars()
                .filter(|c| *c == '_' || *c == '-')
                .count()
                >= 3
            {
                for r in roles.iter_mut().skip(s) {
                    if r.is_none() {
                        *r = Some(Role::Removed(Reason::Footer));
                    }
                }
            }
        }

        // Blocks introduced by a header: link lists, video players.
        let mut i = 0;
        while i < n {
            let folded = if units[i].text.len() <= 40 {
                fold(units[i].text.trim_matches(|c: char| is_quote_mark(c)))
            } else {
                String::new()
            };
            let opens_links = matches!(
                folded.as_str(),
                "related"
                    | "related:"
                    | "recommended stories"
                    | "related stories"
                    | "related coverage"
                    | "related articles"
                    | "more on this story"
                    | "see also"
                    | "see also:"
                    | "keep reading"
                    | "more from"
            ) || (folded.starts_with("list of ") && folded.ends_with(" items"));
            let opens_tags = matches!(folded.as_str(), "related topics" | "topics" | "more on:");
            if opens_links || opens_tags {
                let reason = if opens_links {
                    Reason::RelatedLinks
                } else {
                    Reason::Tags
                };
                let mut j = i + 1;
                let mut first_item: Option<bool> = None;
                while j < n {
                    let question = final_mark(&units[j].text) == Some('?');
                    // A question after headlines that are not, with body text under it, is
                    // the next section's heading: the list ended before it.
                    let heading_after = opens_links
                        && first_item == Some(false)
                        && question
                        && roles[j].is_none()
                        && tags[j] == Tag::HeadingLike
                        && j + 1 < n
                        && roles[j + 1].is_none()
                        && tags[j + 1] == Tag::Text
                        && ends_sentence(&units[j + 1].text);
                    if heading_after {
                        break;
                    }
                    if roles[j].is_none() && first_item.is_none() {
                        first_item = Some(question);
                    }
                    match (&roles[j], tags[j]) {
                        (Some(Role::Removed(_)), _) if is_phrase(&units[j].text, "end of list") => {
                            j += 1;
                            break;
                        }
                        (Some(Role::Removed(_)), _) => {}
                        // Story headlines: short lines, or longer ones without a full stop.
                        (None, Tag::HeadingLike | Tag::Label) => {
                            roles[j] = Some(Role::Removed(reason))
                        }
                        (None, Tag::Text)
                            if opens_links
                                && !ends_sentence(&units[j].text)
                                && word_count(&units[j].text) <= 25 =>
                        {
                            roles[j] = Some(Role::Removed(reason))
                        }
                        _ => break,
                    }
                    j += 1;
                }
                i = j;
                continue;
            }
            if tags[i] == Tag::VideoHeader && roles[i].is_none() {
                roles[i] = Some(Role::Removed(Reason::Video));
                // Title, age and duration follow; the blurb comes right after the duration.
                let mut j = i + 1;
                while j < n && j <= i + 5 {
                    let is_duration = tags[j] == Tag::Furniture(Reason::Video);
                    if roles[j].is_none() || matches!(roles[j], Some(Role::Removed(_))) {
                        roles[j] = Some(Role::Removed(Reason::Video));
                    }
                    j += 1;
                    if is_duration {
                        if j < n && roles[j].is_none() && tags[j] == Tag::Text {
                            roles[j] = Some(Role::Removed(Reason::Video));
                            j += 1;
                        }
                        break;
                    }
                }
                i = j;
                continue;
            }
            i += 1;
        }

        // Figures and embeds, with the neighbouring lines they take.
        for i in 0..n {
            if roles[i].is_some() {
                continue;
            }
            match tags[i] {
                Tag::Caption => {
                    let alt = i > 0
                        && roles[i - 1].is_none()
                        && units[i - 1].group == units[i].group
                        && matches!(tags[i - 1], Tag::HeadingLike | Tag::Label)
                        && word_count(&units[i - 1].text) <= 4;
                    if alt {
                        roles[i - 1] = Some(Role::Taken);
                    }
                    let only_credit = furniture::split_credit(&units[i].text)
                        .is_some_and(|(caption, _)| caption.is_empty());
                    roles[i] = Some(if only_credit && !alt {
                        Role::Removed(Reason::OrphanCredit)
                    } else {
                        Role::Figure {
                            alt,
                            caption_next: false,
                        }
                    });
                }
                Tag::AgencyCredit => {
                    // `Getty Images` then a caption without a full stop.
                    let caption = i + 1 < n
                        && roles[i + 1].is_none()
                        && matches!(tags[i + 1], Tag::HeadingLike | Tag::Text)
                        && !ends_sentence(&units[i + 1].text)
                        && word_count(&units[i + 1].text) <= 60;
                    if caption {
                        roles[i] = Some(Role::Figure {
                            alt: false,
                            caption_next: true,
                        });
                        roles[i + 1] = Some(Role::Taken);
                    } else {
                        // `A caption line` then `Getty Images`: the credit closes its caption.
                        let caption_before = i > 0
                            && roles[i - 1].is_none()
                            && tags[i - 1] == Tag::Text
                            && word_count(&units[i - 1].text) <= 20
                            && i - 1 > title.as_ref().map_or(0, |(t, _)| *t)
                            && i + 1 < n
                            && tags[i + 1] == Tag::Text
                            && word_count(&units[i + 1].text) > word_count(&units[i - 1].text);
                        if caption_before {
                            roles[i - 1] = Some(Role::Figure {
                                alt: false,
                                caption_next: false,
                            });
                            roles[i] = Some(Role::Removed(Reason::Credit));
                        } else {
                            roles[i] = Some(Role::Removed(Reason::OrphanCredit));
                        }
                    }
                }
                Tag::Text
                    if i > 0
                        && i + 1 < n
                        && tags[i - 1] == Tag::Furniture(Reason::Media)
                        && tags[i + 1] == Tag::Furniture(Reason::Credit)
                        && word_count(&units[i].text) <= 25 =>
                {
                    // `Enlarge image`, a caption, its credit: the photo's caption.
                    roles[i] = Some(Role::Figure {
                        alt: false,
                        caption_next: false,
                    });
                }
                Tag::PostSignature => {
                    // `— Name (@handle) August 29, 2024` signs the embedded post above it.
                    if i > 0
                        && roles[i - 1].is_none()
                        && matches!(tags[i - 1], Tag::Text | Tag::HeadingLike)
                    {
                        roles[i - 1] = Some(Role::Embed { credit_next: true });
                        roles[i] = Some(Role::Taken);
                    } else {
                        roles[i] = Some(Role::Removed(Reason::Media));
                    }
                }
                Tag::EmbedLabel => {
                    let credit = i + 1 < n
                        && roles[i + 1].is_none()
                        && furniture::embed_credit(&units[i + 1].text).is_some();
                    if credit {
                        roles[i + 1] = Some(Role::Taken);
                    }
                    roles[i] = Some(Role::Embed {
                        credit_next: credit,
                    });
                }
                _ => {}
            }
        }

        // Where the body starts: the first full paragraph after the title.
        let after_title = title.as_ref().map_or(0, |(t, _)| t + 1);
        let mut standfirst = None;
        // The first text after the title, looking past furniture and navigation-like lines.
        // A question right under the headline is its deck, not a heading.
        // So is a short line under it that page furniture (a byline, a date) follows.
        let deck_question = title.is_some()
            && after_title < n
            && roles[after_title].is_none()
            && tags[after_title] == Tag::HeadingLike
            && ((final_mark(&units[after_title].text) == Some('?')
                && word_count(&units[after_title].text) >= 8)
                || (after_title + 1 < n
                    && matches!(
                        roles[after_title + 1],
                        Some(Role::Removed(Reason::Byline | Reason::Dateline))
                    )));
        let first_text = (after_title..n).find(|&i| {
            is_content(&roles[i])
                || (roles[i].is_none()
                    && ((tags[i] != Tag::HeadingLike && tags[i] != Tag::Label)
                        || (deck_question && i == after_title)))
        });
        if let Some(first) = first_text {
            // A standfirst is set apart from the body by page furniture, a photo or a
            // subtitle line after it; an intro paragraph runs straight into the body.
            let set_apart = first + 1 < n
                && match (&roles[first + 1], tags[first + 1]) {
                    (Some(Role::Removed(_) | Role::Figure { .. }), _) => true,
                    (None, Tag::Caption | Tag::AgencyCredit) => true,
                    (None, Tag::Text) => !ends_sentence(&units[first + 1].text),
                    // The author's name under a deck.
                    (None, Tag::HeadingLike) => is_person_name(&units[first + 1].text),
                    _ => false,
                };
            let is_standfirst = roles[first].is_none()
                && ((tags[first] == Tag::Text && ends_sentence(&units[first].text) && set_apart)
                    || (deck_question && first == after_title));
            if is_standfirst {
                roles[first] = Some(Role::Standfirst);
                standfirst = Some(first);
            }
        }
        let body_start = (standfirst.map_or(after_title, |s| s + 1)..n)
            .find(|&i| roles[i].is_none() && tags[i] == Tag::Text && ends_sentence(&units[i].text))
            .unwrap_or(n);
        let body_end = (0..n)
            .rev()
            .find(|&i| roles[i].is_none() && tags[i] == Tag::Text && ends_sentence(&units[i].text))
            .map_or(0, |i| i + 1);

        // Broadcast promotions after the body.
        for i in body_end..n {
            if roles[i].is_none() && furniture::is_story_promo(&units[i].text) {
                roles[i] = Some(Role::Removed(Reason::Promo));
            }
        }

        // A sentence ending in a colon announces a list: the short open lines under it are
        // its items, body text, not links.
        for i in 0..n {
            let t = &units[i].text;
            if !(roles[i].is_none()
                && tags[i] == Tag::Text
                && t.ends_with(':')
                && !words_at_most(t, 6))
            {
                continue;
            }
            let mut j = i + 1;
            while j < n
                && roles[j].is_none()
                && matches!(tags[j], Tag::Text | Tag::HeadingLike)
                && !matches!(
                    final_mark(&units[j].text),
                    Some('.' | '!' | '?' | '…' | ':')
                )
                && units[j].text.len() <= 300
                && words_at_most(&units[j].text, 25)
            {
                roles[j] = Some(Role::Paragraph);
                j += 1;
            }
        }

        // Three or more short lines in a row, none closed like a sentence, are a list of
        // links even when some are too long or too open to look like headings.
        let mut i = 0;
        while i < n {
            let open_line = |k: usize| {
                roles[k].is_none()
                    && matches!(tags[k], Tag::Text | Tag::HeadingLike)
                    && !matches!(
                        final_mark(&units[k].text),
                        Some('.' | '!' | '?' | '…' | ':')
                    )
                    && units[k].text.len() <= 200
                    && starts_upper(&units[k].text)
                    && words_at_most(&units[k].text, 15)
            };
            let start = i;
            while i < n && open_line(i) {
                i += 1;
            }
            // Runs of heading-like lines only are left to the heading pass below, and so is
            // a last heading-like line with body under it (it may head the next section).
            let mixed = (start..i).any(|k| tags[k] == Tag::Text);
            let mut end = i;
            let is_q = |k: usize| final_mark(&units[k].text) == Some('?');
            if end > start + 1
                && tags[end - 1] == Tag::HeadingLike
                && is_q(end - 1) != is_q(start)
                && opens_body(units, tags, &roles, end)
            {
                end -= 1;
            }
            if mixed && end - start >= 3 && start > 0 && i < n {
                let before_body = end <= body_start;
                let after_body = start >= body_end;
                for r in &mut roles[start..end] {
                    *r = Some(Role::Removed(if before_body {
                        Reason::Navigation
                    } else if after_body {
                        Reason::Tags
                    } else {
                        Reason::RelatedLinks
                    }));
                }
            }
            i = i.max(start + 1);
        }

        // Pull quotes: a short line that repeats words of a paragraph next to it. Only lines
        // set like one are compared: heading-like, a whole quote, or an open line; on a page
        // that sets such pull quotes, also a full sentence of more than eight words (too long
        // to repeat its neighbour by chance).
        let mut pull_quotes = false;
        for sentences in [false, true] {
            if sentences && !pull_quotes {
                break;
            }
            for i in 0..n {
                let t = &units[i].text;
                if roles[i].is_some() || t.len() > 300 {
                    continue;
                }
                let set_apart = if sentences {
                    tags[i] == Tag::Text && !words_at_most(t, 8)
                } else {
                    tags[i] == Tag::HeadingLike
                        || (tags[i] == Tag::Text
                            && (t.starts_with(|c: char| is_quote_mark(c))
                                || final_mark(t).is_some_and(char::is_alphanumeric)))
                };
                if set_apart
                    && words_at_most(t, 25)
                    && !words_at_most(t, 4)
                    && is_pull_quote(units, &roles, i)
                {
                    roles[i] = Some(Role::Removed(Reason::PullQuote));
                    pull_quotes = true;
                }
            }
        }

        // A list item's bare number (`1`, `12)`) on the line above the item's own first line
        // is typography, not a heading (a year, four digits, may head a timeline's section).
        for i in 0..n.saturating_sub(1) {
            let number = units[i].text.trim_end_matches(['.', ')']);
            if roles[i].is_none()
                && tags[i] == Tag::HeadingLike
                && (1..=3).contains(&number.len())
                && number.bytes().all(|b| b.is_ascii_digit())
                && units[i + 1].group == units[i].group
            {
                roles[i] = Some(Role::Removed(Reason::Separator));
            }
        }

        // Runs of heading-like lines: the last may be a heading; the others are link lists.
        let mut i = 0;
        while i < n {
            if !(roles[i].is_none() && matches!(tags[i], Tag::HeadingLike | Tag::Label)) {
                i += 1;
                continue;
            }
            let start = i;
            while i < n && roles[i].is_none() && matches!(tags[i], Tag::HeadingLike | Tag::Label) {
                i += 1;
            }
            let end = i; // exclusive
            let last = end - 1;
            let question = final_mark(&units[last].text) == Some('?');
            // After other short lines (a list of links) the last is a heading only when its
            // shape differs from every one of them (a question after statements, or after
            // labelled links; a statement after questions).
            let shape = |k: usize| {
                let t = &units[k].text;
                let label = t
                    .split_once(": ")
                    .is_some_and(|(l, _)| furniture::is_label(l) || super::text::is_all_caps(l));
                (final_mark(t) == Some('?'), label, is_profile_heading(t))
            };
            let stands_out = shape(start) != shape(last)
                || (start..last).all(|k| is_headline_of_link(&units[k].text));
            let heading = tags[last] == Tag::HeadingLike
                && !is_headline_of_link(&units[last].text)
                && !(end - start == 1 && before_body_name(units, tags, last, body_start))
                && (end - start == 1 || stands_out)
                && opens_body(units, tags, &roles, end)
                && (closes_before(units, tags, &roles, start)
                    || (end - start >= 2 && stands_out)
                    || (question && end - start == 1 && follows_short_line(units, start)));
            let before_body = end <= body_start;
            let after_body = start >= body_end;
            let link_reason = if before_body {
                Reason::Navigation
            } else if after_body {
                Reason::Tags
            } else {
                Reason::RelatedLinks
            };
            for k in start..end {
                roles[k] = Some(if k == last && heading {
                    Role::Heading
                } else if end - start == 1
                    && before_body
                    && tags[k] == Tag::HeadingLike
                    && is_person_name(&units[k].text)
                {
                    // A lone name above the body: the author.
                    Role::Removed(Reason::Byline)
                } else if end - start >= 2
                    || tags[k] == Tag::Label
                    || ((before_body || after_body) && is_short_name_like(&units[k].text))
                {
                    // A list of links, a label, or a lone name around the body (an author).
                    Role::Removed(link_reason)
                } else if k + 1 < n && tags[k + 1] == Tag::Promo {
                    Role::Removed(Reason::Promo)
                } else {
                    Role::Paragraph
                });
            }
        }

        // A short label ending in a colon over a list of links is part of the list.
        for i in 0..n.saturating_sub(1) {
            let t = &units[i].text;
            if matches!(roles[i], None | Some(Role::Paragraph))
                && t.ends_with(':')
                && word_count(t) < 7
            {
                if let Some(Role::Removed(r @ (Reason::RelatedLinks | Reason::Navigation))) =
                    roles[i + 1]
                {
                    roles[i] = Some(Role::Removed(r));
                }
            }
        }

        // A statement in Title Case among sentence-case headings (under a sentence-case
        // headline) is the name of a programme or another story, not a section.
        let sentence_case = title
            .as_ref()
            .is_some_and(|(t, _)| !is_title_case(headline_of(&units[*t].text)));
        if sentence_case {
            for i in 0..n {
                let t = &units[i].text;
                if roles[i] == Some(Role::Heading)
                    && final_mark(t) != Some('?')
                    && is_title_case(t)
                    && t.split_whitespace()
                        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
                        .count()
                        >= 4
                {
                    roles[i] = Some(Role::Removed(Reason::RelatedLinks));
                }
            }
        }

        // A story card: a headline, its blurb and a `Read more` button.
        for r in 2..n {
            if roles[r] == Some(Role::Removed(Reason::Gallery))
                && is_phrase(&units[r].text, "read more")
                && roles[r - 2] == Some(Role::Heading)
                && matches!(roles[r - 1], None | Some(Role::Paragraph))
                && tags[r - 1] == Tag::Text
            {
                for role in &mut roles[r - 2..=r] {
                    *role = Some(Role::Removed(Reason::RelatedLinks));
                }
            }
        }

        // A reader's long question (more than 16 words) heads a section only in an article
        // that asks its other questions as headings too.
        let short_questions = (0..n)
            .filter(|&i| {
                roles[i] == Some(Role::Heading)
                    && final_mark(&units[i].text) == Some('?')
                    && word_count(&units[i].text) <= 16
            })
            .count();
        if short_questions < 3 {
            for i in 0..n {
                if roles[i] == Some(Role::Heading)
                    && final_mark(&units[i].text) == Some('?')
                    && word_count(&units[i].text) > 16
                {
                    roles[i] = Some(Role::Paragraph);
                }
            }
        }

        // An explainer (three questions or more as headings) sets a deck under its headline
        // even with nothing between them: one or two short sentences, no quotation, then
        // the intro's own first paragraph.
        if short_questions >= 3 && standfirst.is_none() {
            if let Some((t, _)) = title {
                let d = t + 1;
                let plain = |k: usize| {
                    k < n
                        && matches!(roles[k], None | Some(Role::Paragraph))
                        && tags[k] == Tag::Text
                };
                let text = units.get(d).map_or("", |u| u.text.as_str());
                let first_word = text.split_whitespace().next().unwrap_or("");
                if plain(d)
                    && plain(d + 1)
                    && ends_sentence(text)
                    && sentence_breaks(text) <= 1
                    && words_at_most(text, 30)
                    && !text.contains(|c: char| is_quote_mark(c) && c != '’')
                    && !matches!(first_word, "And" | "But" | "So" | "Or" | "Yet")
                    && ends_sentence(&units[d + 1].text)
                {
                    roles[d] = Some(Role::Standfirst);
                }
            }
        }

        // Where readers' questions head the sections, a reader may also exclaim: one short
        // sentence closed by `!` on its own line between finished paragraphs, with a longer
        // paragraph under it, heads a section like the questions around it.
        if short_questions >= 3 {
            let body =
                |k: usize| matches!(roles[k], None | Some(Role::Paragraph)) && tags[k] == Tag::Text;
            let exclaimed: Vec<usize> = (1..n.saturating_sub(1))
                .filter(|&i| {
                    let t = &units[i].text;
                    if final_mark(t) != Some('!') || t.len() > 200 {
                        return false;
                    }
                    let words = word_count(t);
                    body(i)
                        && (4..=20).contains(&words)
                        && sentence_breaks(t) == 0
                        && starts_upper(t)
                        && !t.starts_with(|c: char| is_quote_mark(c))
                        && body(i - 1)
                        && ends_sentence(&units[i - 1].text)
                        && body(i + 1)
                        && ends_sentence(&units[i + 1].text)
                        && !starts_lower(&units[i + 1].text)
                        && !words_at_most(&units[i + 1].text, words)
                })
                .collect();
            for i in exclaimed {
                roles[i] = Some(Role::Heading);
            }
        }

        // One question, or two close together, in a long run of body text, and no other
        // heading, are the writer's rhetorical questions.
        let headings: Vec<usize> = (0..n)
            .filter(|&i| roles[i] == Some(Role::Heading))
            .collect();
        if let [first, ..] = headings[..] {
            let before = (0..first)
                .filter(|&i| roles[i].is_none() || roles[i] == Some(Role::Paragraph))
                .count();
            let questions = headings
                .iter()
                .all(|&h| final_mark(&units[h].text) == Some('?'));
            // Two questions are rhetorical only close together (`Why? … And why now?`):
            // two questions each heading a few paragraphs make a short explainer.
            let close = match headings[..] {
                [_] => true,
                [a, b] => b - a <= 3,
                _ => false,
            };
            if close && before >= 4 && questions {
                for h in headings {
                    roles[h] = Some(Role::Paragraph);
                }
            }
        }

        let roles = roles
            .into_iter()
            .map(|r| r.unwrap_or(Role::Paragraph))
            .collect();
        Roles {
            roles,
            title_guessed,
        }
    }
}

/// Whether unit `i` repeats a passage of a longer paragraph within three units of it, as
/// pull quotes do (quotes and closing punctuation aside).
fn is_pull_quote(units: &[Unit], roles: &[Option<Role>], i: usize) -> bool {
    let text = &units[i].text;
    // `'Words of a speaker'` without a full stop is a heading quoting the section.
    if text.starts_with(|c: char| is_quote_mark(c)) && !ends_sentence(text) {
        return false;
    }
    let core = text
        .trim_matches(|c: char| is_quote_mark(c) || c.is_whitespace())
        .trim_end_matches(['.', '!', '?', ',', ';', '…'])
        .trim_matches(|c: char| is_quote_mark(c) || c.is_whitespace());
    if !(5..=25).contains(&word_count(core)) {
        return false;
    }
    // Compared as spelt, from the second word on (the first may change case between a pull
    // quote and the sentence it repeats); no folding, as every heading is asked.
    let rest = core.split_once(' ').map_or("", |(_, r)| r);
    // A short needle first, its first four words (a verbatim repeat and one that leaves
    // out an aside both open with them): the whole line costs more per neighbour.
    let head = rest
        .char_indices()
        .filter(|&(_, c)| c == ' ')
        .nth(3)
        .map_or(rest, |(at, _)| &rest[..at]);
    let lo = i.saturating_sub(3);
    let hi = (i + 4).min(units.len());
    (lo..hi).any(|j| {
        let other = &units[j].text;
        if j == i
            || !matches!(roles[j], None | Some(Role::Paragraph))
            || other.len() <= text.len() + 10
            || !other.contains(head)
        {
            return false;
        }
        // Repeated from inside the paragraph: at its very end it is the paragraph's own
        // attribution (`…, said Jane Doe, an adviser.`), not a pull quote.
        let inside = |end: usize| {
            other[end..]
                .trim_matches(|c: char| !c.is_alphanumeric())
                .chars()
                .next()
                .is_some()
        };
        match other.find(rest) {
            Some(at) => inside(at + rest.len()),
            None => elided_repeat(other, rest, head).is_some_and(inside),
        }
    })
}

/// Where a pull quote that leaves out an aside ends in `other`: its first words (four or
/// more) as spelt there, then an aside, then its last words (three or more) within 120
/// bytes (`The new walls along the river will hold it back` from `The new walls along the
/// river, engineers say, will hold it back`).
fn elided_repeat(other: &str, rest: &str, head: &str) -> Option<usize> {
    let words: Vec<&str> = rest.split_whitespace().collect();
    if words.len() < 7 {
        return None;
    }
    let at = other.find(head)?;
    let mut head = head.to_string();
    let mut m = 4;
    while m < words.len() {
        let longer = format!("{head} {}", words[m]);
        if !other[at..].starts_with(&longer) {
            break;
        }
        head = longer;
        m += 1;
    }
    if words.len() - m < 3 {
        return None;
    }
    let tail = words[m..].join(" ");
    let after = at + head.len();
    let gap = other[after..].find(&tail)?;
    (gap <= 120).then_some(after + gap + tail.len())
}

/// `Amina - Lagos`: a profile's heading, a name and a place or role on either side of a dash.
fn is_profile_heading(text: &str) -> bool {
    let Some((who, what)) = text.split_once(" - ").or_else(|| text.split_once(" – ")) else {
        return false;
    };
    let short_capitalised = |p: &str| {
        (1..=4).contains(&word_count(p)) && starts_upper(p.trim()) && !p.contains(['.', '?'])
    };
    short_capitalised(who) && short_capitalised(what)
}

/// A lone person's name above the body is its author's byline, not a heading.
fn before_body_name(units: &[Unit], tags: &[Tag], i: usize, body_start: usize) -> bool {
    i < body_start && tags[i] == Tag::HeadingLike && is_person_name(&units[i].text)
}

/// Whether the unit before `i` is a short line left open (a caption, a list item), after
/// which a question may still start a section.
fn follows_short_line(units: &[Unit], i: usize) -> bool {
    i.checked_sub(1)
        .is_some_and(|p| word_count(&units[p].text) <= 12 && !units[p].text.ends_with(':'))
}

/// Two to four capitalised words and nothing else (`Jane Doe`, `Jane D. Doe`): a person's
/// name as a byline prints it.
fn is_person_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            let mut c = w.chars();
            c.next().is_some_and(char::is_uppercase)
                && c.all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        })
}

/// Whether a line is this (lowercase) phrase, whatever its case and spacing.
fn is_phrase(text: &str, phrase: &str) -> bool {
    text.len() <= phrase.len() + 8 && folds_to(text, phrase)
}

/// A headline without the site suffix a browser title carries (`Title | Section | Site`).
fn headline_of(text: &str) -> &str {
    text.split(" | ").next().unwrap_or(text).trim()
}

fn is_content(role: &Option<Role>) -> bool {
    matches!(
        role,
        Some(Role::Figure { .. } | Role::Embed { .. } | Role::Paragraph | Role::Heading)
    )
}

/// A few capitalised words (`Jane Doe`, `World`): names and labels around the body, not content.
fn is_short_name_like(text: &str) -> bool {
    word_count(text) <= 4
        && text.split_whitespace().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
        })
}

/// Whether body content follows position `i` (ads in between are skipped).
fn opens_body(units: &[Unit], tags: &[Tag], roles: &[Option<Role>], mut i: usize) -> bool {
    while i < units.len() {
        match (&roles[i], tags[i]) {
            // Ads, bylines, credits and dates may stand between a heading and its text.
            (
                Some(Role::Removed(
                    Reason::Advertisement
                    | Reason::Byline
                    | Reason::Credit
                    | Reason::Dateline
                    | Reason::Media,
                )),
                _,
            ) => i += 1,
            (Some(Role::Figure { .. } | Role::Embed { .. }), _) => return true,
            (None, Tag::Text) => return !starts_lower(&units[i].text),
            (None, Tag::Caption) => return true,
            _ => return false,
        }
    }
    false
}

/// Whether what stands before position `start` is finished, so that a heading may begin there.
fn closes_before(units: &[Unit], tags: &[Tag], roles: &[Option<Role>], start: usize) -> bool {
    let Some(p) = start.checked_sub(1) else {
        return true;
    };
    match (&roles[p], tags[p]) {
        (Some(Role::Removed(_) | Role::Title | Role::Standfirst | Role::Source), _) => true,
        (Some(Role::Figure { .. } | Role::Embed { .. } | Role::Taken), _) => true,
        (Some(Role::Heading), _) => false,
        _ => ends_sentence(&units[p].text) || units[p].text.ends_with(|c: char| is_quote_mark(c)),
    }
}

/// Builds the article from the decided roles; every unit lands in it or in `removed`.
/// Paragraph and removed texts are moved out of `units` (their own units are not read again).
fn assemble(units: &mut [Unit], roles: &[Role], notes: &mut impl Notes) -> Article {
    let mut article = Article {
        sections: vec![Section {
            id: "intro".to_string(),
            heading: None,
            heading_lines: None,
            blocks: Vec::new(),
        }],
        ..Article::default()
    };
    let mut ids = UniqueIds::default();
    ids.claim("intro".to_string());
    for (i, role) in roles.iter().enumerate().take(units.len()) {
        let unit = &units[i];
        let body_started = article.sections.len() > 1 || !article.sections[0].blocks.is_empty();
        let section = article
            .sections
            .last_mut()
            .expect("the intro always exists");
        match role {
            Role::Title => {
                if article.title.is_none() {
                    article.title = Some(headline_of(&unit.text).to_string());
                    article.title_lines = Some(unit.lines);
                } else {
                    article.removed.push(removed(unit, Reason::DuplicateTitle));
                }
            }
            // A standfirst stands before the body; one found later reads as a paragraph.
            Role::Standfirst if !body_started => {
                article.standfirst = Some(unit.text.clone());
                article.standfirst_lines = Some(unit.lines);
            }
            Role::Heading => {
                if final_mark(&unit.text) != Some('?') {
                    notes.add(DiagnosticKind::HeadingWithoutQuestion, unit.lines, || {
                        format!(
                            "{:?} was taken for a heading from its neighbours (it is not a question)",
                            unit.text
                        )
                    });
                }
                let mut base = slug(&unit.text, "");
                if base.is_empty() {
                    base = format!("section-{}", article.sections.len());
                }
                let id = ids.claim(base);
                article.sections.push(Section {
                    id,
                    heading: Some(unit.text.clone()),
                    heading_lines: Some(unit.lines),
                    blocks: Vec::new(),
                });
            }
            Role::Paragraph | Role::Standfirst => {
                // A sentence a scraper broke across blocks (a link stood there) is one paragraph.
                if let Some(Block::Paragraph(prev)) = section.blocks.last_mut() {
                    let adjacent = i > 0 && prev.lines.last == units[i - 1].lines.last;
                    if adjacent
                        && !ends_sentence(&prev.text)
                        && !prev.text.ends_with(':')
                        && starts_lower(&unit.text)
                    {
                        prev.text.push(' ');
                        prev.text.push_str(&unit.text);
                        prev.lines.last = unit.lines.last;
                        continue;
                    }
                }
                let lines = unit.lines;
                section.blocks.push(Block::Paragraph(Paragraph {
                    text: ::core::mem::take(&mut units[i].text),
                    lines,
                    ..Paragraph::default()
                }));
            }
            Role::Figure { alt, caption_next } => {
                let mut figure = Figure {
                    lines: unit.lines,
                    ..Figure::default()
                };
                if *alt {
                    figure.alt = Some(units[i - 1].text.clone());
                    figure.lines.first = units[i - 1].lines.first;
                }
                if *caption_next {
                    figure.credit = Some(unit.text.clone());
                    figure.caption = units[i + 1].text.clone();
                    figure.lines.last = units[i + 1].lines.last;
                } else if let Some(caption) = furniture::labelled_caption(&unit.text) {
                    figure.caption = caption.to_string();
                } else if let Some((caption, credit)) = furniture::split_credit(&unit.text) {
                    figure.caption = caption.to_string();
                    figure.credit = Some(credit.to_string());
                } else {
                    // A caption whose credit line follows it (and stays in `removed`).
                    figure.caption = unit.text.clone();
                }
                section.blocks.push(Block::Figure(figure));
            }
            Role::Embed { credit_next } => {
                let mut embed = Embed {
                    label: unit.text.clone(),
                    lines: unit.lines,
                    credit: None,
                };
                if *credit_next {
                    let next = &units[i + 1].text;
                    embed.credit = furniture::embed_credit(next)
                        .or_else(|| furniture::post_signature(next))
                        .map(str::to_string);
                    embed.lines.last = units[i + 1].lines.last;
                }
                section.blocks.push(Block::Embed(embed));
            }
            Role::Source => {
                article.source = furniture::source_line(&unit.text).map(str::to_string);
                article.source_lines = Some(unit.lines);
            }
            Role::Removed(reason) => article.removed.push(Removed {
                reason: *reason,
                lines: unit.lines,
                text: ::core::mem::take(&mut units[i].text),
            }),
            Role::Taken => {}
        }
    }
    for s in &article.sections {
        if s.heading.is_some() && s.blocks.is_empty() {
            let lines = s.heading_lines.unwrap_or_default();
            notes.add(DiagnosticKind::EmptySection, lines, || {
                format!(
                    "heading {:?} has no content under it",
                    s.heading.as_deref().unwrap_or("")
                )
            });
        }
    }
    if article.title.is_none() && !units.is_empty() {
        notes.add(DiagnosticKind::NoTitle, units[0].lines, || {
            "no headline found: the first lines read as body text".to_string()
        });
    }
    article
}

fn removed(unit: &Unit, reason: Reason) -> Removed {
    Removed {
        text: unit.text.clone(),
        reason,
        lines: unit.lines,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headings(a: &Article) -> Vec<&str> {
        a.sections
            .iter()
            .filter_map(|s| s.heading.as_deref())
            .collect()
    }

    #[test]
    fn line_endings_and_bom_are_normalised() {
        let units = split_units("\u{feff}One\r\n\r\nTwo\rThree\n");
        let texts: Vec<&str> = units.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(texts, ["One", "Two", "Three"]);
        assert_eq!(units[2].lines, Lines::new(4, 4));
    }

    #[test]
    fn hard_wrapped_lines_join_into_one_unit() {
        let units = split_units("The minister said the\nplan would fail.\nNext sentence.");
        assert_eq!(units.len(), 2);
        assert_eq!(units[0].text, "The minister said the plan would fail.");
        assert_eq!(units[0].lines, Lines::new(1, 2));
    }

    #[test]
    fn question_and_statement_headings_split_sections() {
        let (a, _) = parse(
            "A headline about the war here\n\nFirst paragraph of the intro.\n\nIs it over?\n\nNot yet, officials said.\n\nThe air campaign\n\nDrones flew at night.",
        );
        assert_eq!(a.title.as_deref(), Some("A headline about the war here"));
        assert_eq!(headings(&a), ["Is it over?", "The air campaign"]);
        assert_eq!(a.sections[1].id, "is-it-over");
    }

    #[test]
    fn quoted_questions_and_broken_sentences_are_not_headings() {
        let (a, _) = parse(
            "A headline about the war here\n\nIntro text.\n\n“Where will we go?”\n\nShe asked that at the border.\n\nThe institute, a think tank in the capital, attributed the gains to the fact that Norland persuaded\n\nSatellite Firm\n\nSudmark troops used both.",
        );
        assert!(headings(&a).is_empty(), "{:?}", headings(&a));
    }

    #[test]
    fn runs_of_short_lines_are_link_lists_but_the_last_may_head_a_section() {
        let (a, _) = parse(
            "A headline about the budget office\n\nIntro text here.\n\nMore intro.\n\nHow taxes are spent in one chart\n\nBudget: Key points at a glance\n\nWhy do forecasts matter?\n\nThey guide the markets.",
        );
        assert_eq!(headings(&a), ["Why do forecasts matter?"]);
        assert_eq!(a.removed.len(), 2);
        assert!(a.removed.iter().all(|r| r.reason == Reason::RelatedLinks));
    }

    #[test]
    fn headlines_of_other_stories_end_with_their_attribution_but_headings_may_say_say() {
        let (a, _) = parse(
            "A headline about an election campaign\n\nIntro text here.\n\nMore intro.\n\nPlans are a big risk, says watchdog\n\nHere’s what the polls say\n\nThe race is close.",
        );
        assert_eq!(headings(&a), ["Here’s what the polls say"]);
        assert_eq!(a.removed[0].reason, Reason::RelatedLinks);
    }

    #[test]
    fn figures_take_their_alt_line_and_embeds_their_credit() {
        let (a, _) = parse(
            "A headline about the war here\n\nIntro text.\n\nMore intro.\n\nRiverton\nSoldiers prepare to fire on May 9, 2025 [Jane Doe/Reuters]\n\nINTERACTIVE-WHO HOLDS WHAT copy-17\n(Outlet)\n\nMore text.",
        );
        let blocks = &a.sections[0].blocks;
        assert_eq!(
            blocks[2],
            Block::Figure(Figure {
                caption: "Soldiers prepare to fire on May 9, 2025".into(),
                credit: Some("Jane Doe/Reuters".into()),
                alt: Some("Riverton".into()),
                lines: Lines::new(7, 8),
            })
        );
        assert_eq!(
            blocks[3],
            Block::Embed(Embed {
                label: "INTERACTIVE-WHO HOLDS WHAT copy-17".into(),
                credit: Some("Outlet".into()),
                lines: Lines::new(10, 11),
            })
        );
    }

    #[test]
    fn source_line_ends_the_article_and_duplicates_are_removed() {
        let (a, _) = parse(
            "A headline about the war here\n\nA headline about the war here\n\nBody text.\n\nSource: Newswire\n\nRadio promo\n\nThe best radio in the world.",
        );
        assert_eq!(a.source.as_deref(), Some("Newswire"));
        let reasons: Vec<Reason> = a.removed.iter().map(|r| r.reason).collect();
        assert_eq!(
            reasons,
            [
                Reason::DuplicateTitle,
                Reason::AfterSource,
                Reason::AfterSource
            ]
        );
    }

    #[test]
    fn empty_input_gives_an_empty_article() {
        let (a, d) = parse("");
        assert_eq!(a.title, None);
        assert_eq!(a.sections.len(), 1);
        assert!(a.removed.is_empty());
        assert!(d.is_empty());
    }
}
