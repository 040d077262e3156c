//! The vocabulary of page furniture: what news sites wrap around an article, recognised line by line.
//!
//! Everything here is about the genre (share buttons, ad slots, photo agencies), never about
//! one article or one outlet's stories.

use super::model::Reason;
use super::text::{
    fold, fold_char, fold_prefix, is_all_caps, is_month, is_symbols_only, word_count,
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
    ("listen to this article", Reason::Byline),
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
    ("more on this story", Reason::RelatedLinks),
    ("read more", Reason::Gallery),
    ("end of list", Reason::RelatedLinks),
    ("about the author", Reason::Footer),
    ("about", Reason::Footer),
];

/// Line beginnings (folded) that mark furniture, with their reason.
const PREFIXES: &[(&str, Reason)] = &[
    ("read more:", Reason::RelatedLinks),
    ("read more about", Reason::RelatedLinks),
    ("also read:", Reason::RelatedLinks),
    ("published on", Reason::Byline),
    ("published:", Reason::Byline),
    ("posted:", Reason::Byline),
    ("updated:", Reason::Byline),
    ("last updated", Reason::Byline),
    ("listen to this article", Reason::Byline),
    ("dive deeper", Reason::Byline),
    ("©", Reason::Footer),
    ("copyright ©", Reason::Footer),
    ("with files from", Reason::Footer),
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
    let folded = fold(text);
    if let Some(&(_, r)) = EXACT.iter().find(|(t, _)| *t == folded) {
        return Some(r);
    }
    if let Some(&(_, r)) = PREFIXES.iter().find(|(p, _)| folded.starts_with(p)) {
        return Some(r);
    }
    if is_symbols_only(text) {
        return Some(Reason::Separator);
    }
    let words: Vec<&str> = folded.split(' ').collect();
    match words.as_slice() {
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
            return Some(Reason::Byline)
        }
        // "Duration 1:30"
        ["duration", t] if t.contains(':') => return Some(Reason::Video),
        _ => {}
    }
    // Dates alone: "27 Feb 2026", "03 May 2025 4".
    if (2..=4).contains(&words.len())
        && words.iter().any(|w| is_month(w))
        && words.iter().any(|w| is_number(w))
        && words.iter().all(|w| is_month(w) || is_number(w))
    {
        return Some(Reason::Byline);
    }
    // "Add <outlet> on Google", "Follow <outlet>:" buttons.
    if (folded.starts_with("add ") && folded.ends_with(" on google"))
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
    // Icon names a scraper kept: "share2", "plus2", "aj-logo".
    if words.len() == 1 && (folded.ends_with("-logo") || is_icon_name(&folded)) {
        return Some(Reason::Share);
    }
    // Site link bars: "Privacy Policy|Terms of Use".
    if text.contains('|') && !text.contains(". ") && text.split('|').all(|p| word_count(p) <= 6) {
        let parts = text.split('|').filter(|p| !p.trim().is_empty()).count();
        if parts >= 2 {
            return Some(Reason::Footer);
        }
    }
    None
}

/// Whether the line is a byline: `By NAME[, NAME and NAME]`, possibly with a trailing `Follow`.
pub fn is_byline(text: &str) -> bool {
    let t = text.trim();
    let Some(rest) = t.strip_prefix("By ").or_else(|| t.strip_prefix("BY ")) else {
        return false;
    };
    !super::text::ends_sentence(t)
        && word_count(rest) <= 10
        && rest
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()) || w == "and")
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
    let looks_like_credit = if open == '[' {
        capital && !fold(inner).starts_with("sic")
    } else {
        capital
            && (inner.contains('/')
                || inner.starts_with("Photo")
                || inner.starts_with("AP Photo")
                || is_agency_credit(inner))
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

/// The credit line of an embed: `(Al Jazeera)`.
pub fn embed_credit(text: &str) -> Option<&str> {
    let t = text.trim();
    let inner = t.strip_prefix('(')?.strip_suffix(')')?.trim();
    (!inner.is_empty() && word_count(inner) <= 6).then_some(inner)
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
    let Some((label, body)) = text.split_once(": ") else {
        return false;
    };
    if word_count(label) > 6 || !super::text::starts_upper(body) || text.len() > 300 {
        return false;
    }
    let f = fold(body);
    [
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
    ]
    .iter()
    .any(|w| f.contains(w))
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
    fn share_bars_ads_and_counters_are_furniture() {
        assert_eq!(classify("Share"), Some(Reason::Share));
        assert_eq!(
            classify("Don't want to see this? Remove ads"),
            Some(Reason::Advertisement)
        );
        assert_eq!(classify("list 2 of 4"), Some(Reason::RelatedLinks));
        assert_eq!(classify("3 of 12 |"), Some(Reason::Gallery));
        assert_eq!(classify("14 hours ago"), Some(Reason::Byline));
        assert_eq!(classify("Duration 1:30"), Some(Reason::Video));
        assert_eq!(classify("27 Feb 2026"), Some(Reason::Byline));
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
        assert_eq!(split_credit("He spoke for an hour (in Russian)"), None);
        assert_eq!(split_credit("It was “by design” [sic]"), None);
    }

    #[test]
    fn bylines_embeds_and_sources() {
        assert!(is_byline("By JANE DOE and JOHN ROE"));
        assert!(is_byline("By Jane O’Doe Follow"));
        assert!(!is_byline("By the end of the year, prices rose."));
        assert!(is_embed_label(
            "INTERACTIVE-WHO HOLDS THE CITY copy-1762355428"
        ));
        assert!(!is_embed_label("Russia-Ukraine war"));
        assert_eq!(embed_credit("(Al Jazeera)"), Some("Al Jazeera"));
        assert_eq!(source_line("Source: Aljazeera"), Some("Aljazeera"));
        assert_eq!(source_line("Sources say the deal is off."), None);
    }
}
