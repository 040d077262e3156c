//! Phrases around a mention: capitalised runs, names, titles, roles and appositions.

use crate::core::prelude::*;

use super::lexicon::*;
use super::roster::*;
use super::tokens::*;

/// Whether a title is only a courtesy (`Dr`, `Mr.`), saying nothing of the person's role.
pub(super) fn is_honorific(title: &str) -> bool {
    matches!(
        lower(title).trim_end_matches('.'),
        "dr" | "mr" | "mrs" | "ms" | "prof" | "sir" | "dame"
    )
}

/// The place in a role or appositive: the capitalised word after `in` (`in Gaza` → `gaza`).
pub(super) fn place_in(role: &str) -> Option<String> {
    // (Most roles hold no `in`: one search rules them out.)
    if !role.starts_with("in ") && !role.contains(" in ") {
        return None;
    }
    let mut prev = "";
    for w in role.split_whitespace() {
        if prev == "in" && w.starts_with(char::is_uppercase) {
            return Some(lower(w.trim_end_matches([',', '.'])));
        }
        prev = w;
    }
    None
}

pub(super) fn gender_of_title(role: &str) -> Option<Gender> {
    let r = lower(role);
    // The role's head tells, not a word about someone else in it (`the lawyer for the
    // victim's father`, `whose son died`): its last word before `of`, `for`, a relative
    // word or a comma, possessives left out.
    let mut head = "";
    for w in r.split(' ') {
        let bare = w.trim_end_matches([',', '.', ';', ':']);
        if matches!(
            bare,
            "of" | "for" | "at" | "to" | "in" | "with" | "who" | "whose" | "that" | "which" | "and"
        ) {
            break;
        }
        if !bare.ends_with("'s") && !bare.ends_with("’s") {
            head = bare;
        }
        if w.ends_with(',') {
            break;
        }
    }
    match head {
        "mr" | "king" | "prince" | "spokesman" | "chairman" | "congressman" | "businessman"
        | "husband" | "father" | "son" | "brother" => Some(Gender::He),
        "mrs" | "ms" | "queen" | "princess" | "spokeswoman" | "chairwoman" | "congresswoman"
        | "businesswoman" | "lady" | "wife" | "mother" | "daughter" | "sister" => Some(Gender::She),
        _ => None,
    }
}

/// A lowercase word with nothing after it that ends a phrase (no comma, stop or quote).
pub(super) fn is_plain_word(t: &Token) -> bool {
    !t.in_quote && !t.comma_after && !t.stop_after && !t.not_name_start()
}

/// The original text of tokens `s..e`, punctuation inside kept (`(Dirco)`, `U.K.`).
pub(super) fn words(tokens: &[Token], s: usize, e: usize) -> String {
    if s >= e {
        return String::new();
    }
    let (first, last) = (&tokens[s], &tokens[e - 1]);
    let len = first.rest.len() - last.rest.len() + last.word.len();
    let text = first.rest[..len].trim_end_matches([',', ';', ':']);
    // (Pages put no-break spaces and line breaks inside roles, `Harbour\u{a0}Sen.`: a
    // role's words are matched, and shown, with single spaces.)
    if text
        .split(' ')
        .all(|w| !w.is_empty() && !w.contains(char::is_whitespace))
    {
        text.to_string()
    } else {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// A role phrase starts like a description: an article, a relative pronoun, a role noun or
/// a possessive, and is not a time phrase.
pub(super) fn is_role_phrase(text: &str) -> bool {
    if text.is_empty() {
        return false;
    }
    let lowered = lower(text);
    let first = lowered.split(' ').next().unwrap_or("");
    let mut described = matches!(
        first,
        "a" | "an" | "another" | "the" | "who" | "whose" | "which" | "head" | "director" | "chief"
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

/// Whether an appositive describes an organisation (`a non-profit group that tracks …`,
/// `the city's planning agency`): its head, the last word before a preposition, a
/// participle or a relative pronoun, is an organisation word, and no title or role noun
/// comes before it (`a lawyer at a law firm` describes a person).
pub(super) fn names_organisation(role: &str) -> bool {
    let lowered = lower(role);
    let mut words = lowered.split(' ');
    if !matches!(words.next(), Some("a" | "an" | "the")) {
        return false;
    }
    let mut head = Lex::default();
    for w in words {
        if STOPS_HEAD.contains(&w) {
            break;
        }
        let lex = Lex::of(w);
        if lex.has(Lex::TITLE) || is_role_noun(w) {
            return false;
        }
        head = lex;
    }
    head.has(Lex::ORG)
}

/// [`names_organisation`] of the appositive from token `at`, read from the tokens without
/// building its text (most names have no appositive, and most appositives describe people).
pub(super) fn describes_organisation(tokens: &[Token], at: usize) -> bool {
    if !tokens
        .get(at)
        .is_some_and(|t| matches!(t.lc.as_ref(), "a" | "an" | "the") && !t.in_quote)
    {
        return false;
    }
    let mut head = Lex::default();
    for (k, t) in tokens.iter().enumerate().skip(at + 1).take(12) {
        let w = t.lc.as_ref();
        // (`of` inside a name, `a University of Eastmoor professor`, is no preposition
        // after the head.)
        if links_name(tokens, k, true) {
            continue;
        }
        // (`a friend who left the campaign`: the head noun stands before a relative.)
        if t.in_quote || STOPS_HEAD.contains(&w) || matches!(w, "who" | "whose" | "whom") {
            break;
        }
        // (`newspaper`, `broadcaster`: organisation words that look like role nouns.)
        if (t.lex.has(Lex::TITLE) || is_role_noun(w)) && !t.undotted.has(Lex::ORG) {
            return false;
        }
        head = t.undotted;
        if t.comma_after || t.stop_after {
            break;
        }
    }
    head.has(Lex::ORG)
}

/// Whether token `k` is a lowercase link inside a capitalised name (`Centre for Port
/// Studies`, `Council on Ports & Harbours`; with `of` when it counts, `University of
/// Eastmoor`): between capitalised words, no punctuation on either side.
pub(super) fn links_name(tokens: &[Token], k: usize, of: bool) -> bool {
    let (link, w) = (&tokens[k], tokens[k].lc.as_ref());
    k > 0
        && (matches!(w, "for" | "on" | "&") || of && w == "of")
        && !link.comma_after
        && !link.in_quote
        && {
            let p = &tokens[k - 1];
            p.capitalised && !p.comma_after && !p.stop_after && !p.in_quote
        }
        && tokens.get(k + 1).is_some_and(|n| n.capitalised)
}

/// Words after the head noun of a description: prepositions, participles, relatives.
const STOPS_HEAD: [&str; 10] = [
    "of", "at", "for", "in", "with", "that", "which", "based", "from", "and",
];

pub(super) fn is_role_noun(w: &str) -> bool {
    w.len() > 4
        && (w.ends_with("ist")
            || w.ends_with("er")
            || w.ends_with("or")
            || w.ends_with("ant")
            || w.ends_with("ent")
            || w.ends_with("ian"))
        // (`other`, `after`, `however`, `later`: function words with the same endings.)
        && !Lex::of(w).has(Lex::NOT_NAME_START | Lex::BETWEEN)
}

/// The start of a lowercase role phrase ending at `j` (`the US President`, `the analyst`).
pub(super) fn role_phrase_start(tokens: &[Token], j: usize) -> Option<usize> {
    if !(tokens[j].lex.has(Lex::TITLE) || is_role_noun(tokens[j].lc.as_ref())) {
        return None;
    }
    opener_before(tokens, j, |w| w == "the")
}

/// The nearest of the five words before token `j`, within its clause, that `opens` a
/// phrase (a determiner).
fn opener_before(tokens: &[Token], j: usize, opens: impl Fn(&str) -> bool) -> Option<usize> {
    let mut s = j;
    while s > 0
        && j - s < 5
        && !tokens[s - 1].comma_after
        && !tokens[s - 1].stop_after
        && !tokens[s - 1].in_quote
    {
        s -= 1;
        if opens(tokens[s].lc.as_ref()) {
            return Some(s);
        }
    }
    None
}

/// The title a run opening at `start` belongs to through `of` (`Secretary of State Jane Doe`,
/// `Deputy Director of Public Records Jane Doe`): `title`, the run's own title words, read
/// from the title before `of`.
pub(super) fn with_office(tokens: &[Token], start: usize, title: Option<String>) -> Option<String> {
    let title = title?;
    let titled_of = start > 1 && tokens[start - 1].lc.as_ref() == "of" && {
        let t = &tokens[start - 2];
        t.capitalised
            && t.undotted.has(Lex::TITLE)
            && !t.undotted.has(Lex::DESCRIPTOR)
            && !t.comma_after
            && !t.stop_after
            && !t.in_quote
    };
    if !titled_of {
        return Some(title);
    }
    // (Not a sentence's opening word, `After Deputy Secretary of State …`; `Former` stays.)
    let mut s = run_start(tokens, start - 2);
    while s < start - 2 && tokens[s].not_name_start() && tokens[s].lc.as_ref() != "former" {
        s += 1;
    }
    Some(format!("{} {title}", words(tokens, s, start)))
}

/// `NAME is the head of …`: a role stated in a sentence of its own, up to a comma or stop.
pub(super) fn role_statement(tokens: &[Token], end: usize) -> Option<String> {
    let copula = tokens.get(end).map(|t| t.lc.as_ref())?;
    let article = tokens.get(end + 1).map(|t| t.lc.as_ref())?;
    if !matches!(copula, "is" | "was") || !matches!(article, "the" | "a" | "an") {
        return None;
    }
    if tokens[end - 1].comma_after || tokens[end].comma_after || tokens[end].in_quote {
        return None;
    }
    // (A post or a person's tie, before any preposition and within the clause: `is the head
    // of …`, `was a lawyer`, `is the son of …`; not `was the voice of the harbour for …`.)
    let mut head = false;
    for t in tokens[end + 2..].iter().take(6) {
        let w = t.lc.as_ref();
        if t.in_quote
            || STOPS_HEAD.contains(&w)
            || matches!(w, "who" | "whose" | "whom" | "when" | "where" | "while")
        {
            break;
        }
        let w = w.trim_end_matches([',', '.']);
        head = t.undotted.has(Lex::TITLE) || is_role_noun(w) || gender_of_title(w).is_some();
        if head || t.comma_after || t.stop_after {
            break;
        }
    }
    if !head {
        return None;
    }
    role_phrase_from(tokens, end + 1, 20)
}

/// The words from `start` to the end of their clause (a comma or stop, at most `max` words),
/// if they read as a role.
pub(super) fn role_phrase_from(tokens: &[Token], start: usize, max: usize) -> Option<String> {
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
pub(super) fn appositive_after(tokens: &[Token], end: usize) -> Option<String> {
    if end == 0 || !tokens[end - 1].comma_after {
        return None;
    }
    role_phrase_from(tokens, end, 25)
}

/// The lowercase role words right before a name: `lawmaker`, `Democratic pollster`,
/// `the mayor’s chief of staff`.
pub(super) fn role_before(tokens: &[Token], start: usize) -> Option<String> {
    role_start_before(tokens, start).map(|s| words(tokens, s, start))
}

/// Where [`role_before`]'s words start.
pub(super) fn role_start_before(tokens: &[Token], start: usize) -> Option<usize> {
    let mut s = start;
    while s > 0 && start - s < 6 {
        let t = &tokens[s - 1];
        if t.comma_after || t.stop_after || t.in_quote {
            break;
        }
        let w = t.lc.as_ref();
        if t.not_name_start() && w != "the" || t.lex.has(Lex::SPEECH | Lex::MANNER) {
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
    let has_role_word = tokens[s..start].iter().any(|t| {
        let w = t.lc.as_ref();
        !t.capitalised && w != "the" || t.undotted.has(Lex::TITLE)
    });
    (has_role_word && heads_role(&tokens[start - 1])).then_some(s)
}

/// Whether the word before a name can end a role before it (`Republican strategist`,
/// `Gov.`), not a verb's or an adverb's (`as he stood behind Jane Doe`, `was that really
/// Jane Doe`): participles, adverbs in `-ly` and short function words end no role.
fn heads_role(t: &Token) -> bool {
    let w = t.lc.as_ref();
    t.capitalised
        || t.undotted.has(Lex::TITLE)
        || matches!(
            w,
            "ally" | "son" | "mom" | "dad" | "pro" | "vet" | "spy" | "rep"
        )
        || !(w.len() <= 3
            || w.ends_with("ing")
            || w.ends_with("ed")
            || w.ends_with("ly")
            || matches!(
                w,
                "into"
                    | "than"
                    | "between"
                    | "beside"
                    | "behind"
                    | "alongside"
                    | "near"
                    | "across"
                    | "beyond"
                    | "past"
                    | "versus"
                    | "afterwards"
                    | "toward"
                    | "towards"
            ))
}

/// `The first lady, Jane Doe, …` and `at the urging of his wife, Jane Doe, …`: a short
/// phrase from a determiner, within the clause, ending in a title, a role noun or a word
/// that tells a gender, then a comma, before the name at `start..end`, which a comma closes
/// too, as an apposition's (not `After meeting the minister, Jane Doe said`).
pub(super) fn role_in_commas_before(tokens: &[Token], start: usize, end: usize) -> Option<String> {
    let last = start.checked_sub(1)?;
    let closed = end > start && tokens[end - 1].comma_after;
    if !closed || !tokens[last].comma_after || tokens[last].in_quote {
        return None;
    }
    let w = tokens[last].lc.as_ref();
    if !(tokens[last].undotted.has(Lex::TITLE) || is_role_noun(w) || gender_of_title(w).is_some()) {
        return None;
    }
    let s = opener_before(tokens, last, |w| {
        matches!(w, "the" | "his" | "her" | "their") || w.ends_with("'s")
    })?;
    Some(words(tokens, s, start))
}

pub(super) fn join_role(prefix: &[&str], title: Option<&str>) -> Option<String> {
    let mut parts: Vec<&str> = prefix.to_vec();
    if let Some(t) = title {
        parts.push(t);
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// Whether the run from `i` is the first words of its sentence (`Missile expert X said`).
pub(super) fn first_clause(tokens: &[Token], i: usize) -> bool {
    !tokens[..i]
        .iter()
        .any(|t| t.stop_after || t.comma_after || t.in_quote)
}

/// The end (exclusive) of a capitalised run starting at `start`: names, titles, particles.
pub(super) fn run_end(tokens: &[Token], start: usize) -> usize {
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

pub(super) fn is_name_word_with_apostrophe(w: &str) -> bool {
    // O’Regan, D’Souza: an apostrophe after one capital letter is part of the name.
    let mut chars = w.chars();
    matches!((chars.next(), chars.next()), (Some(a), Some('’' | '\'')) if a.is_uppercase())
}

/// The start of the capitalised run that ends at `last` (inclusive).
pub(super) fn run_start(tokens: &[Token], last: usize) -> usize {
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

/// Splits a capitalised run into the title part (`Norlandic President`, `Outlet’s`,
/// `South Carolina Sen.`) and the name after it; leading sentence words are dropped.
pub(super) fn split_title<'a>(
    tokens: &[Token<'a>],
    start: usize,
    end: usize,
) -> (Option<String>, Option<Vec<&'a str>>) {
    let mut s = start;
    // (A month before another capitalised word is a first name: `June Doe`, `Marc Roe`.)
    while s < end
        && tokens[s].not_name_start()
        && !(s + 1 < end && tokens[s].lex.has_only_month(tokens[s].undotted))
    {
        s += 1;
    }
    // (`Interestingly Doe`, `Republicans Doe`: an adverb or a plural title opening the
    // sentence before the name.)
    while s + 1 < end && opens_not_name(tokens[s].lc.as_ref()) {
        s += 1;
    }
    // (`The Treasurer`: an office alone after `the` is a title with no name, not a surname.)
    if end == s + 1
        && s > 0
        && tokens[s - 1].lc.as_ref() == "the"
        && with_folded(tokens[s].word, is_office)
    {
        return (Some(words(tokens, s, end)), None);
    }
    let run = &tokens[s..end];
    // A title needs a name after it: `John Major`, `Mary King` end in names, not titles.
    // Organisation and place words (`Secretary of State Jane Doe`) and descriptors
    // (`Australian-born`) before the name belong to the role too.
    let mut cut = run[..run.len().saturating_sub(1)]
        .iter()
        .rposition(|t| {
            t.undotted.has(Lex::TITLE | Lex::ORG | Lex::PLACE)
                || (possessive(t.word).1 && !is_name_word_with_apostrophe(t.word))
                || is_descriptor(t.word)
                || is_profession(t.word)
        })
        .map_or(0, |p| p + 1);
    // `Director of Public Works Ana-Lena Voss`: a long run right after `of` is an
    // office's name and then the person's, whose name is the last two words.
    if s == start
        && start > 0
        && tokens[start - 1].lc.as_ref() == "of"
        && !tokens[start - 1].comma_after
        && run.len() - cut >= 3
    {
        cut = run.len() - 2;
        // (`Secretary of State Jane Q. Doe`: an initial takes the first name with it.)
        if cut > 0 && is_initial(run[cut].word.trim_end_matches('.')) {
            cut -= 1;
        }
    }
    // (`Former President Jane Doe`: a rank skipped as no name's start is the title's, and
    // so is the `New` of a place, `New Harbour Gov. Jane Doe`.)
    // (`Former New Harbour Mayor Jane Doe`: both.)
    let mut ranked = s;
    while ranked > start
        && matches!(tokens[ranked - 1].lc.as_ref(), "former" | "new")
        && !tokens[ranked - 1].comma_after
    {
        ranked -= 1;
    }
    let title = (cut > 0).then(|| words(tokens, ranked, s + cut));
    let name: Vec<&str> = run[cut..].iter().map(|t| possessive(t.word).0).collect();
    (title, (!name.is_empty()).then_some(name))
}

/// A capitalised word that opens a sentence before a name and is none: an adverb
/// (`Interestingly`, `Reportedly`) or a plural title or descriptor (`Republicans`,
/// `Professors`).
fn opens_not_name(folded: &str) -> bool {
    let adverb = folded.len() >= 7
        && ["ally", "ously", "ively", "edly", "ingly", "ently", "antly"]
            .iter()
            .any(|s| folded.ends_with(s));
    adverb
        || folded.len() > 4
            && folded
                .strip_suffix('s')
                .is_some_and(|one| Lex::of(one).has(Lex::TITLE))
}

/// `f` of the word folded as [`lower`] folds it; short ASCII words (most names) are folded
/// on the stack, since names are capitalised and [`lower_cow`] would allocate for each.
pub(super) fn with_folded<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 24];
    if w.is_ascii() && w.len() <= buf.len() {
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        // (ASCII stays valid UTF-8 when lowercased.)
        if let Ok(folded) = ::core::str::from_utf8(b) {
            return f(folded);
        }
    }
    f(&lower(w))
}

/// Whether these words can be a person's name: capitalised words (or particles), no
/// organisation word, no acronym, no digits, at most five words.
pub(super) fn is_person_name(name: &[&str]) -> bool {
    if name.is_empty() || name.len() > 5 {
        return false;
    }
    // `Prime Minister`, `Deputy Treasurer`: an office ends the words, not a surname.
    if name.len() > 1 && name.last().is_some_and(|w| with_folded(w, is_office)) {
        return false;
    }
    // `the state's Gov.`: an abbreviated title ends no name either.
    if name.last().is_some_and(|w| {
        w.ends_with('.') && with_folded(w.trim_end_matches('.'), Lex::of).has(Lex::TITLE)
    }) {
        return false;
    }
    name.iter().enumerate().all(|(k, w)| {
        let (lex, undotted) = with_folded(w, |l| {
            let lex = Lex::of(l);
            if l.ends_with(['.', ',']) {
                (lex, Lex::of(l.trim_end_matches([',', '.'])))
            } else {
                (lex, lex)
            }
        });
        let mut letters = w.chars().filter(|c| c.is_alphabetic());
        // (`G.K.`: initials, each with its stop, are no acronym.)
        let initials = w.len() >= 4
            && w.as_bytes()
                .chunks(2)
                .all(|p| p.len() == 2 && p[0].is_ascii_uppercase() && p[1] == b'.');
        // (A suffix ends a name: `Peter Hale II`, `John Doe Jr.`)
        let suffix = k > 0
            && k + 1 == name.len()
            && matches!(*w, "II" | "III" | "IV" | "Jr." | "Jr" | "Sr.");
        let acronym = !initials
            && !suffix
            && letters.clone().nth(1).is_some()
            && letters.all(char::is_uppercase);
        // A month after a first name is a surname (`Lena May`, `Ivo June`).
        let opener = if k == 0 && name.len() == 1 {
            lex.not_name_start(undotted)
        } else {
            lex.has(Lex::NOT_NAME_START | Lex::DAY)
        };
        // (`Said Doe:` opening a sentence: the verb opens no name, though it may end one,
        // `Omar Said`.)
        let verb = k == 0 && name.len() > 1 && lex.has(Lex::SPEECH);
        !lex.has(Lex::ORG | Lex::PLACE)
            && !verb
            && !opener
            && !acronym
            && !w.chars().any(|c| c.is_ascii_digit())
            && (w.chars().next().is_some_and(char::is_uppercase) || lex.has(Lex::PARTICLE))
    })
}

/// Whether one word can stand for a person named by it alone: a capitalised word of letters
/// (and inner hyphens or apostrophes), not all capitals, in no word list (organisation,
/// place, title, clause opener, month, day).
pub(super) fn is_single_name(w: &str) -> bool {
    let lex = with_folded(w, Lex::of);
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    // Inner capitals (`QAnon`, `YouTube`) mark brands, except after a name prefix.
    let inner_capital = w.chars().skip(1).any(char::is_uppercase)
        && !["Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "O'", "O’"]
            .iter()
            .any(|p| w.starts_with(p));
    // (`I've`, `I’m`: the writer, contracted.)
    let contraction = w.starts_with("I'") || w.starts_with("I’");
    letters >= 3
        && !inner_capital
        && !contraction
        && !is_descriptor(w)
        // A plural (`Prosecutors`, `Conservatives`) more often than a name.
        && (w.ends_with("ss") || !w.ends_with('s'))
        && w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().skip(1).any(char::is_lowercase)
        && w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        && !lex.has(Lex::ORG | Lex::PLACE | Lex::TITLE | Lex::SPEECH)
        && !lex.not_name_start(lex)
}

/// `palestinian`, `congolese`, `danish`: a people's adjective, which names no one.
pub(super) fn is_demonym(folded: &str) -> bool {
    folded.len() > 5
        && ["ian", "ean", "ese", "ish"]
            .iter()
            .any(|s| folded.ends_with(s))
}

/// `Australian-born`, `Democratic-leaning`: a capitalised word joined by a hyphen to a
/// lowercase one describes, and is no name (`al-Haddad` and `Eva-Marie` are names).
pub(super) fn is_descriptor(w: &str) -> bool {
    w.split_once('-').is_some_and(|(head, tail)| {
        head.chars().next().is_some_and(char::is_uppercase)
            && tail.chars().next().is_some_and(char::is_lowercase)
    })
}

/// `Meteorologist`, `Epidemiologist`: a capitalised profession in `-ist` before a name is
/// part of the role (Nordic surnames in `-qvist`, `-kvist`, `-quist` are not professions).
pub(super) fn is_profession(w: &str) -> bool {
    w.len() >= 7
        && w.ends_with("ist")
        && !w.ends_with("vist")
        && !w.ends_with("quist")
        && w.bytes().all(|b| b.is_ascii_alphabetic())
}

/// Offices and role nouns that end a title and never a person's name (unlike `King`,
/// `Major` or `Bishop`, which are surnames too).
pub(super) fn is_office(folded: &str) -> bool {
    matches!(
        folded,
        "minister"
            | "president"
            | "secretary"
            | "governor"
            | "senator"
            | "mayor"
            | "premier"
            | "chairman"
            | "chairwoman"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "ceo"
            | "treasurer"
            | "ambassador"
            | "attorney"
            | "envoy"
            | "official"
            | "officials"
            | "director"
            | "commissioner"
            | "chancellor"
            | "councillor"
            | "congressman"
            | "congresswoman"
            | "economist"
            | "correspondent"
            | "republican"
            | "democrat"
            | "republicans"
            | "democrats"
    )
}
