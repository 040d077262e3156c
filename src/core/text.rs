//! Small text predicates shared by the parser and the attribution engine (no allocation on hot paths).

use crate::core::prelude::*;

use ::core::hash::{BuildHasherDefault, Hasher};

/// A multiply-rotate hash over eight bytes at a time (as in rustc's FxHash), for the short
/// keys of the lexicon, the roster and the article's ids: the standard SipHash resists
/// flooding attacks, which these maps cannot suffer (a fixed vocabulary; the names and ids
/// of the one article a page gives its own reader), at several times the cost per word,
/// and a second hasher's code in the wasm.
#[derive(Default)]
pub struct WordHasher(u64);

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

/// The hasher of every map in the core.
pub type WordHash = BuildHasherDefault<WordHasher>;

/// Closing quote marks and brackets that may follow a sentence's final punctuation.
const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']', '›'];

/// Opening quote marks.
pub const OPEN_QUOTES: &[char] = &['"', '“', '‘', '«', '\'', '‹', '„'];

/// Whether `c` is any quote mark we recognise.
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '‘' | '’' | '«' | '»' | '\'' | '‹' | '›' | '„'
    )
}

/// The last character that is not a closing quote or bracket, or a space.
pub fn final_mark(s: &str) -> Option<char> {
    s.trim_end()
        .trim_end_matches(|c: char| CLOSERS.contains(&c) || c.is_whitespace())
        .chars()
        .next_back()
}

/// Whether the text ends like a finished sentence (`.`, `!`, `?`, `…`), quotes allowed after.
pub fn ends_sentence(s: &str) -> bool {
    matches!(final_mark(s), Some('.' | '!' | '?' | '…'))
}

/// The first character that is not an opening quote mark or space.
pub fn first_letter(s: &str) -> Option<char> {
    s.trim_start_matches(|c: char| OPEN_QUOTES.contains(&c) || c.is_whitespace())
        .chars()
        .next()
}

/// Whether the text starts (after any opening quote) with an uppercase letter or a digit.
pub fn starts_upper(s: &str) -> bool {
    first_letter(s).is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Whether the text starts with a lowercase letter: a sentence broken in two by a scraper.
pub fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// Month names, lowercase.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Day names, lowercase.
pub const DAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether a lowercase word names a day of the week.
pub fn is_day(w: &str) -> bool {
    DAYS.contains(&w)
}

/// Whether a lowercase word names a month, in full or abbreviated (`feb`, `sept.`).
pub fn is_month(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.']);
    MONTHS
        .iter()
        .any(|m| *m == w || (w.len() >= 3 && m.starts_with(w) && w.len() <= 4))
}

/// Number of whitespace-separated words.
pub fn word_count(s: &str) -> usize {
    words_up_to(s, usize::MAX)
}

/// Whether the text has at most `max` words, reading no further than word `max + 1` (the
/// neighbour checks ask this of every paragraph).
pub fn words_at_most(s: &str, max: usize) -> bool {
    words_up_to(s, max.saturating_add(1)) <= max
}

/// Words counted as `split_whitespace` splits them (Unicode white space), stopping at
/// `limit`; a byte loop that decodes only non-ASCII characters, as every line is counted.
fn words_up_to(s: &str, limit: usize) -> usize {
    let b = s.as_bytes();
    let (mut words, mut in_word, mut i) = (0, false, 0);
    while i < b.len() {
        let c = b[i];
        let (space, width) = if c < 0x80 {
            (matches!(c, b' ' | b'\t'..=b'\r'), 1)
        } else {
            let ch = s[i..].chars().next().unwrap_or(' ');
            (ch.is_whitespace(), ch.len_utf8())
        };
        if space {
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
            if words >= limit {
                return words;
            }
        }
        i += width;
    }
    words
}

/// Whether the text is in capitals (`ABOUT THE AUTHOR`): at least two uppercase letters and
/// no lowercase one. Scripts without case (Arabic, Chinese) are never "all caps".
pub fn is_all_caps(s: &str) -> bool {
    let mut upper = 0;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_uppercase() {
            upper += 1;
        }
    }
    upper >= 2
}

/// Whether the text has no letter or digit at all (`|`, `___`, `•`).
pub fn is_symbols_only(s: &str) -> bool {
    !s.chars().any(char::is_alphanumeric)
}

/// Lowercased text (ASCII letters, and Latin letters with their diacritics dropped) with
/// runs of whitespace collapsed and curly apostrophes straightened, for comparing lines
/// against vocabulary and against each other.
pub fn fold(s: &str) -> String {
    fold_prefix(s, usize::MAX)
}

/// [`fold`] of roughly the first `max` bytes only (whole words), for checks that look at how a
/// line begins: folding a long paragraph whole to test its first words wastes the time.
pub fn fold_prefix(s: &str, max: usize) -> String {
    fold_head(s, max).0
}

/// [`fold_prefix`], and whether it folded the whole of `s` (no word was left out).
pub fn fold_head(s: &str, max: usize) -> (String, bool) {
    // One pass over the bytes (every short line of an article is folded): ASCII is
    // lowercased as it is copied, whitespace runs become one space before the next word,
    // and only other characters are decoded.
    if max == 0 {
        return (String::new(), s.trim().is_empty());
    }
    let b = s.as_bytes();
    let ascii_space = |c: u8| matches!(c, b' ' | b'\t'..=b'\r');
    let mut out: Vec<u8> = Vec::with_capacity(s.len().min(max.saturating_add(8)));
    let mut gap = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let wide = if c < 0x80 {
            if ascii_space(c) {
                gap = !out.is_empty();
                i += 1;
                continue;
            }
            None
        } else {
            let ch = s[i..].chars().next().unwrap_or(' ');
            if ch.is_whitespace() {
                gap = !out.is_empty();
                i += ch.len_utf8();
                continue;
            }
            Some(ch)
        };
        if gap {
            if out.len() >= max {
                return (String::from_utf8(out).unwrap_or_default(), false);
            }
            out.push(b' ');
            gap = false;
        }
        match wide {
            None => {
                out.push(c.to_ascii_lowercase());
                i += 1;
                while let Some(&c) = b.get(i).filter(|&&c| c < 0x80 && !ascii_space(c)) {
                    out.push(c.to_ascii_lowercase());
                    i += 1;
                }
            }
            Some(ch) => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(fold_char(ch).encode_utf8(&mut buf).as_bytes());
                i += ch.len_utf8();
            }
        }
    }
    // Only whole characters were written.
    (String::from_utf8(out).unwrap_or_default(), true)
}

/// Whether `s` folds to `folded` (see [`fold`]), compared as it folds: no allocation, and
/// most lines differ within a few characters.
pub fn folds_to(s: &str, folded: &str) -> bool {
    let mut want = folded.chars();
    for (i, word) in s.split_whitespace().enumerate() {
        if i > 0 && want.next() != Some(' ') {
            return false;
        }
        for c in word.chars() {
            if want.next() != Some(fold_char(c)) {
                return false;
            }
        }
    }
    want.next().is_none()
}

/// One character as [`fold`] writes it.
pub fn fold_char(c: char) -> char {
    match c {
        '’' | '‘' => '\'',
        // ASCII case folding after diacritics: the vocabulary and names we compare are
        // Latin, and Unicode's full case tables would add 15 KB to the wasm.
        c => fold_diacritic(c).to_ascii_lowercase(),
    }
}

/// Ids handed out so far, each new one made unique with the first free `-N` suffix: the
/// parser's section ids and those `Article::normalise` gives JSON articles. Every id maps to
/// the next suffix to try when it comes again as a base, so a thousand sections with one id
/// (slugs are cut at 60 characters, so long headings may share one) do not retry 2, 3, 4…
/// each time: linear however the ids repeat.
#[derive(Debug, Default)]
pub struct UniqueIds {
    taken: crate::maps::HashMap<String, usize, WordHash>,
}

impl UniqueIds {
    /// `base` if no id so far is `base`, else `base-N` with the first free N from 2.
    pub fn claim(&mut self, base: String) -> String {
        let id = match self.taken.get(&base).copied() {
            None => base,
            Some(mut k) => {
                let id = loop {
                    let candidate = format!("{base}-{k}");
                    k += 1;
                    if !self.taken.contains_key(&candidate) {
                        break candidate;
                    }
                };
                self.taken.insert(base, k);
                id
            }
        };
        self.taken.insert(id.clone(), 2);
        id
    }
}

/// A URL-safe slug: lowercase ASCII letters and digits joined by single hyphens.
///
/// Letters with diacritics lose them where that is a simple mapping; other scripts are
/// kept out, and an empty result falls back to `fallback`.
pub fn slug(s: &str, fallback: &str) -> String {
    let mut out = String::new();
    let mut pending_dash = false;
    for c in s.chars() {
        let c = fold_diacritic(c).to_ascii_lowercase();
        if c.is_ascii_alphanumeric() {
            if pending_dash && !out.is_empty() {
                out.push('-');
            }
            pending_dash = false;
            out.push(c);
            if out.len() >= 60 {
                break;
            }
        } else if c != '\'' && c != '’' {
            pending_dash = true;
        }
    }
    if out.is_empty() {
        fallback.to_string()
    } else {
        out
    }
}

/// The base letter of common Latin letters with diacritics (`é` → `e`); others unchanged.
pub fn fold_diacritic(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'À'..='Å' | 'Ā' | 'Ă' | 'Ą' => 'A',
        'ç' | 'ć' | 'č' => 'c',
        'Ç' | 'Ć' | 'Č' => 'C',
        'è'..='ë' | 'ē' | 'ę' | 'ě' => 'e',
        'È'..='Ë' | 'Ē' | 'Ę' | 'Ě' => 'E',
        'ì'..='ï' | 'ī' | 'ı' => 'i',
        'Ì'..='Ï' | 'Ī' | 'İ' => 'I',
        'ñ' | 'ń' | 'ň' => 'n',
        'Ñ' | 'Ń' | 'Ň' => 'N',
        'ò'..='ö' | 'ø' | 'ō' | 'ő' => 'o',
        'Ò'..='Ö' | 'Ø' | 'Ō' | 'Ő' => 'O',
        'ù'..='ü' | 'ū' | 'ů' | 'ű' => 'u',
        'Ù'..='Ü' | 'Ū' | 'Ů' | 'Ű' => 'U',
        'ý' | 'ÿ' => 'y',
        'Ý' => 'Y',
        'š' | 'ś' | 'ş' => 's',
        'Š' | 'Ś' | 'Ş' => 'S',
        'ž' | 'ź' | 'ż' => 'z',
        'Ž' | 'Ź' | 'Ż' => 'Z',
        'ł' => 'l',
        'Ł' => 'L',
        'ř' => 'r',
        'Ř' => 'R',
        'ğ' => 'g',
        'Ğ' => 'G',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_endings_look_through_closing_quotes() {
        assert!(ends_sentence("He said “no.”"));
        assert!(ends_sentence("Is it over?"));
        assert!(!ends_sentence("Norland marked the"));
        assert!(!ends_sentence("WATCH | A video:"));
    }

    #[test]
    fn slugs_are_ascii_and_never_empty() {
        assert_eq!(
            slug("Is the takeover imminent?", "s"),
            "is-the-takeover-imminent"
        );
        assert_eq!(slug("Ingrid Sjöström", "x"), "ingrid-sjostrom");
        assert_eq!(slug("Norland’s war", "x"), "norlands-war");
        assert_eq!(slug("مرحبا", "section-2"), "section-2");
    }

    #[test]
    fn regression_caseless_scripts_are_not_all_caps() {
        // Found by the hostile-input tests: an Arabic headline was taken for a section label.
        assert!(!is_all_caps("هل سقوط المدينة وشيك؟"));
        assert!(!is_all_caps("北京"));
        assert!(is_all_caps("MIDDLE EAST CRISIS"));
    }

    #[test]
    fn fold_normalises_case_space_and_apostrophes() {
        assert_eq!(fold("  Don’t  want\tTHIS "), "don't want this");
    }

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        for t in [
            "",
            "  ",
            "one",
            " one  two\u{a0}three\u{2003}four ",
            "a\u{0b}b é ü",
        ] {
            let n = t.split_whitespace().count();
            assert_eq!(word_count(t), n, "{t:?}");
            for max in 0..6 {
                assert_eq!(words_at_most(t, max), n <= max, "{t:?} {max}");
            }
        }
    }

    #[test]
    fn fold_head_stops_at_a_word_and_says_whether_it_folded_everything() {
        assert_eq!(
            fold_head("Één  TWO\u{a0}three", 64),
            ("een two three".to_string(), true)
        );
        assert_eq!(
            fold_head("alpha beta gamma", 5),
            ("alpha".to_string(), false)
        );
        assert_eq!(fold_prefix("alpha beta", 0), "");
        assert_eq!(fold_head("  ", 0), (String::new(), true));
    }

    #[test]
    fn folds_to_agrees_with_fold() {
        let lines = [
            "  Don’t  want\tTHIS ",
            "Crème Brûlée",
            "",
            " ",
            "a",
            "ab",
            "Ab c",
            "‘Ž’",
        ];
        for a in lines {
            for b in lines {
                assert_eq!(folds_to(a, &fold(b)), fold(a) == fold(b), "{a:?} vs {b:?}");
            }
        }
    }
}
