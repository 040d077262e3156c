//! The vocabulary of page furniture: what news sites wrap around an article, recognised line by line.
//!
//! Everything here is about the genre (share buttons, ad slots, photo agencies), never about
//! one article or one outlet's stories.

use crate::core::prelude::*;

use super::model::Reason;
use super::text::{
    fold, fold_char, fold_head, fold_prefix, is_all_caps, is_month, is_symbols_only, word_count,
    words_at_most,
};

/// Whole lines (folded) that are always furniture, with their reason.
const EXACT: &[(&str, Reason)] = &[
    ("skip links", Reason::Navigation),
    ("skip to content", Reason::Navigation),
    ("skip to main content", Reason::Navigation),
    ("show navigation menu", Reason::Navigation),
    ("navigation menu", Reason::Navigation),
    ("show more news sections", Reason::Navigation),
    ("show more sections", Reason::Navigation),
    ("show more", Reason::Navigation),
    ("click here to search", Reason::Navigation),
    ("search", Reason::Navigation),
    ("menu", Reason::Navigation),
    ("home", Reason::Navigation),
    ("sign up", Reason::Navigation),
    ("sign in", Reason::Navigation),
    ("log in", Reason::Navigation),
    ("subscribe", Reason::Navigation),
    ("play", Reason::Navigation),
    ("live", Reason::Navigation),
    ("info", Reason::Navigation),
    ("more", Reason::Navigation),
    ("caret-left", Reason::Navigation),
    ("caret-right", Reason::Navigation),
    ("close", Reason::Navigation),
    ("share", Reason::Share),
    ("save", Reason::Share),
    ("sharesave", Reason::Share),
    ("social sharing", Reason::Share),
    ("click here to share on social media", Reason::Share),
    ("copy", Reason::Share),
    ("copy link", Reason::Share),
    ("copy this link", Reason::Share),
    ("copylink", Reason::Share),
    ("link copied", Reason::Share),
    ("email", Reason::Share),
    ("print", Reason::Share),
    ("facebook", Reason::Share),
    ("twitter", Reason::Share),
    ("x", Reason::Share),
    ("whatsapp", Reason::Share),
    ("reddit", Reason::Share),
    ("linkedin", Reason::Share),
    ("pinterest", Reason::Share),
    ("flipboard", Reason::Share),
    ("telegram", Reason::Share),
    ("google", Reason::Share),
    ("youtube", Reason::Share),
    ("instagram", Reason::Share),
    ("instagram-colored-outline", Reason::Share),
    ("rss", Reason::Share),
    ("mailto", Reason::Share),
    ("comments", Reason::Share),
    ("advertisement", Reason::Advertisement),
    ("advertisement:", Reason::Advertisement),
    ("ad", Reason::Advertisement),
    ("sponsored", Reason::Advertisement),
    ("don't want to see this? remove ads", Reason::Advertisement),
    ("listen", Reason::Byline),
    ("speed read", Reason::Byline),
    ("summary", Reason::Byline),
    ("by", Reason::Byline),
    ("follow", Reason::Byline),
    ("recommended stories", Reason::RelatedLinks),
    ("related stories", Reason::RelatedLinks),
    ("related coverage", Reason::RelatedLinks),
    ("related articles", Reason::RelatedLinks),
    ("related topics", Reason::Tags),
    ("related", Reason::RelatedLinks),
    ("related:", Reason::RelatedLinks),
    ("more on this story", Reason::RelatedLinks),
    ("read more", Reason::Gallery),
    ("end of list", Reason::RelatedLinks),
    ("about the author", Reason::Footer),
    ("about", Reason::Footer),
    ("image", Reason::Media),
    ("images", Reason::Media),
    ("photo", Reason::Media),
    ("enlarge image", Reason::Media),
    ("enlarge this image", Reason::Media),
    ("view photos", Reason::Media),
    ("view gallery", Reason::Media),
    ("view image", Reason::Media),
    ("watch video", Reason::Media),
    (
        "media playback is unsupported on your device",
        Reason::Media,
    ),
    ("sections", Reason::Navigation),
    ("top stories", Reason::Navigation),
    ("offon", Reason::Navigation),
    ("off on", Reason::Navigation),
    ("onoff", Reason::Navigation),
    ("filed under:", Reason::Navigation),
    ("continue reading the main story", Reason::Navigation),
    ("continue reading", Reason::Navigation),
    ("yes, keep me updated", Reason::Navigation),
    ("no, thanks", Reason::Navigation),
    ("see also", Reason::RelatedLinks),
    ("see also:", Reason::RelatedLinks),
    ("keep reading", Reason::RelatedLinks),
    ("more from", Reason::RelatedLinks),
    ("published", Reason::Dateline),
    ("updated", Reason::Dateline),
    ("share this story", Reason::Share),
    ("share this article", Reason::Share),
    ("view comments", Reason::Share),
    (
        "these are external links and will open in a new window",
        Reason::Share,
    ),
];

/// Line beginnings (folded) that mark furniture, with their reason.
const PREFIXES: &[(&str, Reason)] = &[
    ("read more:", Reason::RelatedLinks),
    ("read more about", Reason::RelatedLinks),
    ("also read:", Reason::RelatedLinks),
    ("published on", Reason::Dateline),
    ("published:", Reason::Dateline),
    ("posted:", Reason::Dateline),
    ("updated:", Reason::Dateline),
    ("last updated", Reason::Dateline),
    ("listen to this article", Reason::Byline),
    ("dive deeper", Reason::Byline),
    ("©", Reason::Footer),
    ("copyright ©", Reason::Footer),
    ("with files from", Reason::Footer),
    ("image copyright", Reason::Credit),
    ("image source", Reason::Credit),
    ("media caption", Reason::Media),
    ("more:", Reason::RelatedLinks),
    ("now playing", Reason::Video),
    ("warning -", Reason::Warning),
    ("warning:", Reason::Warning),
    ("warning –", Reason::Warning),
    ("content warning", Reason::Warning),
    ("share this with", Reason::Share),
];

/// Photo agencies and picture desks: a line that is only one of these is a photo credit.
const AGENCIES: &[&str] = &[
    "getty images",
    "getty",
    "reuters",
    "afp",
    "ap",
    "ap photo",
    "epa",
    "epa-efe",
    "pa media",
    "pa",
    "alamy",
    "shutterstock",
    "anadolu",
    "anadolu agency",
    "bloomberg",
    "xinhua",
    "tass",
    "sipa",
    "imago",
    "dpa",
    "afp via getty images",
    "bbc",
    "the associated press",
    "associated press",
];

/// Lines longer than this (bytes) are body text or captions, never whole-line furniture.
const SHORT: usize = 160;

/// What kind of furniture a line is, judged on the line alone; `None` for anything that may be content.
pub fn classify(text: &str) -> Option<Reason> {
    // Whole-line vocabulary is short; a long line can only match by how it begins.
    if text.len() > SHORT {
        // Most lines are long body text: fold only those that can start like a prefix.
        let first = text.chars().next().map(fold_char);
        if !first.is_some_and(|f| PREFIXES.iter().any(|(p, _)| p.starts_with(f))) {
            return None;
        }
        let folded = fold_prefix(text, 40);
        return PREFIXES
            .iter()
            .find(|(p, _)| folded.starts_with(p))
            .map(|&(_, r)| r);
    }
    // Folding costs more than the tests: fold the first 64 bytes (more than any whole-line
    // entry), and the whole line only for the tests that read all of a line of few words.
    let (head, complete) = fold_head(text, 64);
    // No whole-line entry is longer than 60 bytes: longer lines skip the list.
    if complete && head.len() <= 60 {
        // A scraper may keep a label in quote marks (`"Related:"`): still the label.
        let bare = head.trim_matches(|c: char| super::text::is_quote_mark(c));
        if let Some(&(_, r)) = EXACT.iter().find(|(t, _)| *t == bare) {
            return Some(r);
        }
    }
    if let Some(&(_, r)) = PREFIXES.iter().find(|(p, _)| head.starts_with(p)) {
        return Some(r);
    }
    if is_symbols_only(text) {
        return Some(Reason::Separator);
    }
    let has_digit = text.bytes().any(|b| b.is_ascii_digit());
    let folded = if complete {
        head
    } else {
        // Past 64 bytes, only these tests read more than the text itself: word patterns
        // (at most 16 words, with a number), a staff line (8), and prompts and warnings
        // known by how they begin.
        let whole = ["warning", "this story contains", "follow ", "add "]
            .iter()
            .any(|p| head.starts_with(p))
            || text.contains('·')
            || words_at_most(text, 8)
            || (has_digit && words_at_most(text, 16));
        if !whole {
            if is_credit_line(text) {
                return Some(Reason::Credit);
            }
            return is_link_bar(text).then_some(Reason::Footer);
        }
        fold(text)
    };
    // The word patterns below have at most 16 words: keep the first 17 without allocating.
    let mut buf = [""; 17];
    let mut count = 0;
    for w in folded.split(' ') {
        if count == buf.len() {
            break;
        }
        buf[count] = w;
        count += 1;
    }
    let words = &buf[..count];
    match words {
        // "list of 4 items", "list 2 of 4"
        ["list", "of", n, "items"] | ["list", n, "of", _] if is_number(n) => {
            return Some(Reason::RelatedLinks)
        }
        // "1 of 12 |" gallery counters
        [a, "of", b] | [a, "of", b, "|"] if is_number(a) && is_number(b) => {
            return Some(Reason::Gallery)
        }
        // "6 mins", "4 min read"
        [n, "min" | "mins" | "minutes"] | [n, "min" | "mins", "read"] if is_number(n) => {
            return Some(Reason::Byline)
        }
        // "14 hours ago", "1 day ago"
        [n, unit, "ago"]
            if (is_number(n) || *n == "a" || *n == "an")
                && unit.trim_end_matches('s').len() <= 6 =>
        {
            return Some(Reason::Dateline)
        }
        // "Duration 1:30"
        ["duration", t] if t.contains(':') => return Some(Reason::Video),
        _ => {}
    }
    // Dates and times alone: "27 Feb 2026", "Oct. 9, 2020, 9:05 AM", "02:22", "10 hours ago 7".
    // A date line has a number; most lines have none and skip the word-by-word check.
    if has_digit && is_dateline(words) {
        return Some(Reason::Dateline);
    }
    if is_warning(&folded) {
        return Some(Reason::Warning);
    }
    if is_credit_line(text) {
        return Some(Reason::Credit);
    }
    if is_staff_line(text, words) {
        return Some(Reason::Byline);
    }
    // "Add <outlet> on Google", "Follow <outlet>:" buttons.
    let on_network = [
        "twitter",
        "facebook",
        "instagram",
        "x",
        "threads",
        "bluesky",
    ]
    .iter()
    .any(|n| folded.strip_suffix(n).is_some_and(|r| r.ends_with(" on ")));
    if (folded.starts_with("follow ") && on_network && words.len() <= 6)
        || (folded.starts_with("add ") && folded.ends_with(" on google"))
        || (folded.starts_with("follow ") && folded.ends_with(':') && words.len() <= 5)
    {
        return Some(Reason::Share);
    }
    // "Jane Doe · Outlet · Posted: Aug 08, 2024": dateline bars.
    if text.contains('·')
        && ["posted", "updated", "published"]
            .iter()
            .any(|w| folded.contains(w))
    {
        return Some(Reason::Byline);
    }
    // A bare web address: the link a share box offers to copy.
    if words.len() == 1 && (folded.starts_with("https://") || folded.starts_with("http://")) {
        return Some(Reason::Share);
    }
    // Icon names a scraper kept: "share2", "plus2", "aj-logo".
    if words.len() == 1 && (folded.ends_with("-logo") || is_icon_name(&folded)) {
        return Some(Reason::Share);
    }
    is_link_bar(text).then_some(Reason::Footer)
}

/// Site link bars: `Privacy Policy|Terms of Use`.
fn is_link_bar(text: &str) -> bool {
    text.contains('|')
        && !text.contains(". ")
        && text.split('|').all(|p| word_count(p) <= 6)
        && text.split('|').filter(|p| !p.trim().is_empty()).count() >= 2
}

/// Words a date or time line is made of besides numbers, months and days.
const DATE_WORDS: &[&str] = &[
    "am",
    "pm",
    "a.m",
    "p.m",
    "a.m.",
    "p.m.",
    "at",
    "on",
    "of",
    "ago",
    "updated",
    "posted",
    "published",
    "last",
    "first",
    "and",
    "|",
    "-",
    "–",
    "·",
    "utc",
    "gmt",
    "bst",
    "cet",
    "cest",
    "edt",
    "est",
    "cdt",
    "cst",
    "mdt",
    "mst",
    "pdt",
    "pst",
    "et",
    "pt",
    "ct",
    "aest",
    "aedt",
    "ist",
    "jst",
    "kst",
    "minute",
    "minutes",
    "min",
    "mins",
    "hour",
    "hours",
    "hr",
    "hrs",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "an",
    "a",
    "just",
    "now",
    "today",
    "yesterday",
];

/// Whether a line is only a date, a time or both, with the words around them on news pages
/// (`Updated 11:11 AM GMT+9, August 5, 2023`, `Posted TueTuesday 3 MarMarch 2031 at 7:15am`).
/// It needs a number, and a month, a clock time or a relative age (`ago`).
pub fn is_dateline(words: &[&str]) -> bool {
    if words.is_empty() || words.len() > 16 {
        return false;
    }
    let (mut number, mut anchor) = (false, false);
    for w in words {
        let w = w.trim_matches(|c: char| matches!(c, ',' | '(' | ')' | ';'));
        if w.is_empty() {
            continue;
        }
        if is_iso_date(w) {
            number = true;
            anchor = true;
        } else if is_number(w) || is_ordinal(w) {
            number = true;
        } else if is_clock(w) {
            number = true;
            anchor = true;
        } else if is_month(w) || is_glued_date_word(w) || w == "ago" {
            anchor = true;
        } else if !w.bytes().any(|b| b.is_ascii_alphanumeric()) {
            // Icons and words of another script around an archive's date: neutral.
        } else if !(super::text::is_day(w.trim_end_matches('.'))
            || DATE_WORDS.contains(&w)
            || is_zone(w))
        {
            return false;
        }
    }
    number && anchor
}

/// `2026-07-18`: a date as machines write it.
fn is_iso_date(w: &str) -> bool {
    let parts: Vec<&str> = w.split('-').collect();
    matches!(parts.as_slice(), [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2
        && [y, m, d].iter().all(|p| is_number(p)))
}

/// `9:05`, `02:22`, `6:00pm`, `11:11am`: a clock time or a duration.
fn is_clock(w: &str) -> bool {
    let w = w.trim_end_matches("am").trim_end_matches("pm");
    let Some((h, m)) = w.split_once(':') else {
        return false;
    };
    let m = m.split(':').next().unwrap_or(m);
    (1..=2).contains(&h.len()) && is_number(h) && m.len() == 2 && is_number(m)
}

fn is_ordinal(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    is_number(digits) && matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th")
}

/// `gmt+9`, `utc-5`: an offset time zone.
fn is_zone(w: &str) -> bool {
    ["gmt", "utc"].iter().any(|z| {
        w.strip_prefix(z)
            .and_then(|r| r.strip_prefix(['+', '-']))
            .is_some_and(|r| !r.is_empty() && r.chars().all(|c| c.is_ascii_digit() || c == ':'))
    })
}

/// A day or month name glued to its own abbreviation by a screen-reader label (`frifriday`,
/// `octoctober`).
fn is_glued_date_word(w: &str) -> bool {
    super::text::MONTHS
        .iter()
        .chain(super::text::DAYS.iter())
        .any(|name| {
            w.strip_suffix(name)
                .is_some_and(|head| (2..=4).contains(&head.len()) && name.starts_with(head))
        })
}

/// `Warning - this story contains distressing content`, `This article contains graphic images`.
fn is_warning(folded: &str) -> bool {
    (folded.starts_with("warning") || folded.starts_with("this story contains"))
        && (folded.contains("distressing")
            || folded.contains("graphic")
            || folded.contains("disturbing")
            || folded.contains("may upset"))
}

/// A photo credit alone on its line: `Jane D. Doe/AP`, `Photo illustration by Jane Doe / Outlet`,
/// `Photograph: Jane Doe`, or a bare web address (`archive.example.org`) under a screenshot.
pub fn is_credit_line(text: &str) -> bool {
    // Credits carry no closing punctuation (an initial's full stop is not one).
    if text.len() > 90 || text.ends_with(['.', '!', '?', ';']) && !ends_with_initial(text) {
        return false;
    }
    let words = word_count(text);
    let capitalised = |p: &str| {
        p.split_whitespace()
            .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()))
    };
    if let Some((who, agency)) = text.split_once('/') {
        let (who, agency) = (who.trim(), agency.trim());
        if words <= 8 && !who.is_empty() && !agency.is_empty() && !agency.contains('/') {
            let prefixed = ["Photo", "Illustration", "Image", "Photograph"]
                .iter()
                .any(|p| who.starts_with(p));
            return (prefixed || (capitalised(who) && word_count(who) <= 4)) && capitalised(agency);
        }
    }
    let f = fold_prefix(text, 24);
    if let Some(p) = [
        "photo illustration by ",
        "photograph: ",
        "photo: ",
        "illustration by ",
    ]
    .iter()
    .find(|p| f.starts_with(*p))
    {
        // The credit names someone (`Photo: Jane Doe`); `Photo: a flooded street` is a caption.
        let rest = text.get(p.len()..).unwrap_or("");
        return words <= 8 && !text.contains(". ") && capitalised(rest);
    }
    // A lone domain: letters, dots, digits and hyphens, with a dot before a short ending.
    words == 1
        && text.contains('.')
        && text.rsplit('.').next().is_some_and(|tld| {
            (2..=4).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_lowercase())
        })
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        && !text.starts_with('.')
}

/// `… Jane D.`: the line ends with a one-letter initial and its full stop.
fn ends_with_initial(text: &str) -> bool {
    let last = text.rsplit(' ').next().unwrap_or("");
    last.len() == 2 && last.starts_with(|c: char| c.is_ascii_uppercase()) && last.ends_with('.')
}

/// A journalist's title line: `Jane Doe, diplomatic correspondent`, `Health and science editor`.
fn is_staff_line(text: &str, words: &[&str]) -> bool {
    words.len() <= 8
        && !text.ends_with(['.', '?', '!'])
        && words.last().is_some_and(|w| {
            matches!(
                *w,
                "correspondent" | "editor" | "reporter" | "columnist" | "contributor" | "writer"
            )
        })
}

/// The caption after a label glued to it by a scraper (`image captionA flooded street`,
/// `Image caption A flooded street`), for photo captions only.
pub fn labelled_caption(text: &str) -> Option<&str> {
    if let Some(rest) = text.strip_prefix("Photo: ") {
        // `Photo: a flooded street`, not `Photo: Jane Doe` (a credit).
        return rest.starts_with(char::is_lowercase).then_some(rest);
    }
    let head = text.get(..13)?;
    if !head.eq_ignore_ascii_case("image caption") {
        return None;
    }
    let rest = text[13..].trim_start();
    (!rest.is_empty()).then_some(rest)
}

/// Whether the line is a byline: `By NAME[, NAME and NAME]`, possibly with a trailing `Follow`.
pub fn is_byline(text: &str) -> bool {
    let t = text.trim();
    let Some(rest) = t.strip_prefix("By ").or_else(|| t.strip_prefix("BY ")) else {
        return false;
    };
    !super::text::ends_sentence(t)
        && word_count(rest) <= 10
        && rest.split_whitespace().all(|w| {
            w.chars().next().is_some_and(|c| !c.is_lowercase())
                || w == "and"
                || w == "on"
                || w == "at"
                || is_month(w)
                || is_clock(w.trim_end_matches([',', '.']))
        })
}

/// Whether the line is a section label or kicker: a short line all in capitals (`MIDDLE EAST CRISIS`).
pub fn is_label(text: &str) -> bool {
    is_all_caps(text) && word_count(text) <= 5 && !text.contains(['.', '?', '!'])
}

/// Whether the line only names a photo agency or picture desk (`Getty Images`, `EPA`).
pub fn is_agency_credit(text: &str) -> bool {
    if text.len() > 40 {
        return false;
    }
    let f = fold(text);
    AGENCIES.contains(&f.as_str())
}

/// Splits a caption from a trailing credit in brackets: `… 2025 [Name/Reuters]`, `… (AP Photo/Name)`.
///
/// Square brackets at the very end hold a credit when they start with a capital; parentheses
/// only when they look like one (a slash, `Photo`, or an agency), because body text ends with
/// parenthetical asides too.
pub fn split_credit(text: &str) -> Option<(&str, &str)> {
    let t = text.trim_end();
    let (open, close) = match t.chars().next_back()? {
        ']' => ('[', ']'),
        ')' => ('(', ')'),
        _ => return None,
    };
    let start = t.rfind(open)?;
    let inner = t[start + open.len_utf8()..t.len() - close.len_utf8()].trim();
    let caption = t[..start].trim_end();
    if inner.is_empty() || inner.len() > 120 || inner.contains(open) {
        return None;
    }
    let capital = inner.chars().next().is_some_and(|c| c.is_uppercase());
    let all_capitalised = |p: &str| {
        p.split_whitespace()
            .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()))
    };
    let looks_like_credit = if open == '[' {
        capital && !fold(inner).starts_with("sic")
    } else {
        // `(Outlet: Jane Doe)`, or a credit glued to the caption's full stop: `….(Outlet)`.
        let labelled = inner.split_once(": ").is_some_and(|(outlet, who)| {
            word_count(inner) <= 6 && all_capitalised(outlet) && all_capitalised(who)
        });
        let glued = caption.ends_with('.')
            && t[..start].ends_with('.')
            && word_count(inner) <= 5
            && all_capitalised(inner);
        capital
            && (inner.contains('/')
                || inner.starts_with("Photo")
                || inner.starts_with("AP Photo")
                || is_agency_credit(inner)
                || labelled
                || glued)
    };
    looks_like_credit.then_some((caption, inner))
}

/// The label of an embed placeholder: a line opening with an all-caps word joined by a hyphen
/// (`INTERACTIVE-WHO CONTROLS WHAT …`, `VIDEO-…`, `MAP-…`).
pub fn is_embed_label(text: &str) -> bool {
    // Every line is asked: a byte search, and only past three capitals (a char pattern
    // would decode the whole line first).
    if !text.bytes().take(3).all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let Some(at) = text.bytes().position(|b| b == b'-' || b == b'_') else {
        return false;
    };
    let (head, rest) = (&text[..at], &text[at + 1..]);
    // The label after the hyphen is in capitals too, though a scraper may leave a
    // lowercase id at the end (`… copy-1762355428`).
    if head.len() < 3 || !head.bytes().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let upper = rest.chars().filter(|c| c.is_uppercase()).count();
    let lower = rest.chars().filter(|c| c.is_lowercase()).count();
    upper >= 3 && upper >= 2 * lower
}

/// The credit line of an embed: `(Harbour Post)`.
pub fn embed_credit(text: &str) -> Option<&str> {
    let t = text.trim();
    let inner = t.strip_prefix('(')?.strip_suffix(')')?.trim();
    (!inner.is_empty() && word_count(inner) <= 6).then_some(inner)
}

/// The signature of an embedded social post, `— Jane Doe (@janedoe) August 29, 2024`,
/// returned without its dash.
pub fn post_signature(text: &str) -> Option<&str> {
    let rest = text
        .strip_prefix("— ")
        .or_else(|| text.strip_prefix("- "))
        .or_else(|| text.strip_prefix("– "))?;
    let at = rest.find("(@")?;
    let close = rest[at..].find(')')? + at;
    let date = rest[close + 1..].trim();
    let words: Vec<&str> = date.split_whitespace().collect();
    (rest.len() <= 160
        && (words.is_empty() || words.iter().any(|w| is_month(&w.to_ascii_lowercase()))))
    .then_some(rest)
}

/// A broadcast promotion under a story: `Viewers in the region can see more on this story …`.
/// Only the lines after the body are asked.
pub fn is_story_promo(text: &str) -> bool {
    text.len() <= 300 && fold_prefix(text, 300).contains("see more on this story")
}

/// The header of a video player: `WATCH | Title:` or `Watch: Title`.
pub fn is_video_header(text: &str) -> bool {
    // Every line is asked: only fold those that can start with `watch` or `video`.
    if !matches!(text.bytes().next(), Some(b'w' | b'W' | b'v' | b'V')) {
        return false;
    }
    let f = fold_prefix(text, 8);
    f.starts_with("watch |") || f.starts_with("watch:") || f.starts_with("video:")
}

/// Promotion box lines: `Ground Game: Sign up for …`, `Today’s news: Follow live updates …`.
pub fn is_promo(text: &str) -> bool {
    // A newsletter prompt: `Subscribe to the … newsletter for …`, `Sign up for our …`.
    let opens = |p: &str| {
        text.get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    };
    if text.len() <= 300
        && (opens("subscribe to ") || opens("sign up for ") || opens("sign up to "))
        && fold_prefix(text, 300).contains("newsletter")
    {
        return true;
    }
    // Every paragraph is asked: fold only lines that can be a follow prompt.
    if text.len() <= 300 && (text.starts_with("Follow ") || text.starts_with("FOLLOW ")) {
        let f = fold_prefix(text, 300);
        let networks = ["facebook", "twitter", "instagram", "tiktok", "youtube"]
            .iter()
            .filter(|n| f.contains(*n))
            .count();
        if networks >= 2 {
            return true;
        }
    }
    if text.len() > 300 {
        return false;
    }
    // The label is at most six words: look for its `: ` among the first seven only (a
    // string search through every paragraph costs more than the rest of the test).
    let Some((label, body)) = label_colon(text, 6) else {
        return false;
    };
    if word_count(label) > 6 || !super::text::starts_upper(body) {
        return false;
    }
    const PROMPTS: [&str; 10] = [
        "sign up",
        "subscribe",
        "newsletter",
        "follow live",
        "live updates",
        "tell us",
        "learn more",
        "download",
        "click here",
        "most trusted source",
    ];
    // `REYES: We will tell you…` is a transcript's speaker, whatever they say; a label
    // that is itself a prompt (`SIGN UP: …`) is not.
    if is_speaker_label(label) {
        let l = fold(label);
        if !PROMPTS.iter().any(|w| l.contains(w)) {
            return false;
        }
    }
    let f = fold(body);
    PROMPTS.iter().any(|w| f.contains(w))
}

/// A transcript's speaker label before its colon: a name in capitals of at most three words
/// (`REYES`, `JANE DOE`) or one capital letter (`Q`, `A`).
pub fn is_speaker_label(label: &str) -> bool {
    let b = label.as_bytes();
    (b.len() == 1 && b[0].is_ascii_uppercase())
        || (is_all_caps(label)
            && word_count(label) <= 3
            && label
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-' | '\'' | '’')))
}

/// `Label: rest` split at the first `: `, when it comes within the first `max_words` words
/// (counted by ASCII spaces, so never fewer than there are); `None` otherwise.
pub fn label_colon(text: &str, max_words: usize) -> Option<(&str, &str)> {
    let b = text.as_bytes();
    // Most lines have no colon at all: a byte search (memchr) says so at once.
    if !b.contains(&b':') {
        return None;
    }
    let mut words = 0;
    let mut in_word = false;
    for (at, &c) in b.iter().enumerate() {
        if c == b':' && b.get(at + 1) == Some(&b' ') {
            return Some((&text[..at], &text[at + 2..]));
        }
        if matches!(c, b' ' | b'\t'..=b'\r') {
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
            if words > max_words {
                return None;
            }
        }
    }
    None
}

/// The source line that closes an article: `Source: Aljazeera`, returning the outlet.
pub fn source_line(text: &str) -> Option<&str> {
    let t = text.trim();
    let rest = t
        .strip_prefix("Source:")
        .or_else(|| t.strip_prefix("SOURCE:"))?
        .trim();
    (!rest.is_empty() && word_count(rest) <= 8 && !super::text::ends_sentence(rest)
        || (!rest.is_empty() && word_count(rest) <= 3))
        .then_some(rest)
}

fn is_number(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| c.is_ascii_digit())
}

/// `share2`, `plus2`: lowercase ASCII letters followed by digits, as icon sprites are named.
fn is_icon_name(w: &str) -> bool {
    let letters = w.trim_end_matches(|c: char| c.is_ascii_digit());
    letters.len() < w.len() && letters.len() >= 3 && letters.chars().all(|c| c.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_line_entries_fit_the_length_classify_checks() {
        assert!(EXACT.iter().all(|(t, _)| t.len() <= 60));
    }

    #[test]
    fn share_bars_ads_and_counters_are_furniture() {
        assert_eq!(classify("Share"), Some(Reason::Share));
        assert_eq!(
            classify("Don't want to see this? Remove ads"),
            Some(Reason::Advertisement)
        );
        assert_eq!(classify("list 2 of 4"), Some(Reason::RelatedLinks));
        assert_eq!(classify("3 of 12 |"), Some(Reason::Gallery));
        assert_eq!(classify("14 hours ago"), Some(Reason::Dateline));
        assert_eq!(classify("Duration 1:30"), Some(Reason::Video));
        assert_eq!(classify("27 Feb 2026"), Some(Reason::Dateline));
        assert_eq!(classify("share2"), Some(Reason::Share));
        assert_eq!(classify("___"), Some(Reason::Separator));
    }

    #[test]
    fn content_is_not_furniture() {
        assert_eq!(classify("Is the takeover imminent?"), None);
        assert_eq!(classify("Share prices fell sharply on Monday."), None);
        assert_eq!(classify("May 2025 was the hottest month on record."), None);
        assert_eq!(classify("G7"), None);
    }

    #[test]
    fn credits_split_from_captions() {
        assert_eq!(
            split_credit("Soldiers prepare to fire, on May 9, 2025 [Jane Doe/Reuters]"),
            Some((
                "Soldiers prepare to fire, on May 9, 2025",
                "Jane Doe/Reuters"
            ))
        );
        assert_eq!(
            split_credit("A rally in 2011. (Jane Doe/Associated Press)"),
            Some(("A rally in 2011.", "Jane Doe/Associated Press"))
        );
        assert_eq!(split_credit("He spoke for an hour (in Danish)"), None);
        assert_eq!(split_credit("It was “by design” [sic]"), None);
    }

    #[test]
    fn speaker_labels_are_no_promotion_labels() {
        assert_eq!(
            label_colon("JANE DOE: We will tell you.", 3),
            Some(("JANE DOE", "We will tell you."))
        );
        assert_eq!(label_colon("One two three four: five", 3), None);
        assert!(is_speaker_label("Q") && is_speaker_label("JANE DOE"));
        assert!(!is_speaker_label("Ground Game"));
        assert!(!is_promo(
            "REYES: Tell us what you think, and we will listen."
        ));
        assert!(is_promo("SIGN UP: Subscribe to our newsletter today."));
        assert!(is_promo("Ground Game: Sign up for the weekly newsletter."));
    }

    #[test]
    fn bylines_embeds_and_sources() {
        assert!(is_byline("By JANE DOE and JOHN ROE"));
        assert!(is_byline("By Jane O’Doe Follow"));
        assert!(!is_byline("By the end of the year, prices rose."));
        assert!(is_embed_label(
            "INTERACTIVE-WHO HOLDS THE CITY copy-1762355428"
        ));
        assert!(!is_embed_label("Norland-Sudmark war"));
        assert_eq!(embed_credit("(Harbour Post)"), Some("Harbour Post"));
        assert_eq!(source_line("Source: Aljazeera"), Some("Aljazeera"));
        assert_eq!(source_line("Sources say the deal is off."), None);
    }
}
