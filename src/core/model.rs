//! The article model: what the parser produces, the widget renders and the JSON carries.
//!
//! The JSON names of these types are a public contract (see `docs/article-json.md`):
//! fields are only ever added, never renamed.

use crate::core::prelude::*;

use serde::{Deserialize, Serialize};

use super::text::{slug, UniqueIds, WordHash};

/// A run of input lines an element came from: 1-based, inclusive, counting blank lines.
///
/// Every element of an [`Article`] and every [`Removed`] block carries one, which is
/// what makes the "nothing lost" invariant checkable (see [`Article::accounted_lines`]).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Lines {
    /// First input line of the element.
    pub first: u32,
    /// Last input line of the element (equal to `first` for one-line blocks).
    pub last: u32,
}

impl Lines {
    /// The lines `first..=last`.
    pub fn new(first: u32, last: u32) -> Self {
        Lines { first, last }
    }

    /// Whether this is the zero value given to elements that came from JSON without lines.
    pub fn is_unknown(&self) -> bool {
        self.first == 0
    }
}

/// A parsed explainer: title, sections of blocks, the quoted experts, and what was set aside.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The headline, once, without a site suffix such as `| Harbour Post`; `null` if none was found.
    pub title: Option<String>,
    /// Input lines of the title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_lines: Option<Lines>,
    /// The summary sentence printed under the headline, where the article has one.
    #[serde(default)]
    pub standfirst: Option<String>,
    /// Input lines of the standfirst.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standfirst_lines: Option<Lines>,
    /// The outlet named by a closing `Source: …` line, e.g. `Aljazeera`.
    #[serde(default)]
    pub source: Option<String>,
    /// Input lines of the source line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_lines: Option<Lines>,
    /// Sections in reading order; the first is the untitled intro (it may be empty).
    #[serde(default)]
    pub sections: Vec<Section>,
    /// People quoted or reported as saying something, in order of first appearance.
    #[serde(default)]
    pub experts: Vec<Expert>,
    /// Input blocks left out of the article, in input order, each with the reason.
    #[serde(default)]
    pub removed: Vec<Removed>,
}

/// A heading and the blocks under it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// A slug unique within the article, usable in a URL fragment (`intro` for the intro).
    pub id: String,
    /// The heading text; `null` for the intro.
    pub heading: Option<String>,
    /// Input lines of the heading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading_lines: Option<Lines>,
    /// The section's content in reading order.
    #[serde(default)]
    pub blocks: Vec<Block>,
}

/// One piece of section content.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    /// Body text.
    Paragraph(Paragraph),
    /// A photo: caption, credit and the label line that stood before it.
    Figure(Figure),
    /// A placeholder for an interactive graphic or other embedded content.
    Embed(Embed),
}

impl Block {
    /// Input lines of the block.
    pub fn lines(&self) -> Lines {
        match self {
            Block::Paragraph(p) => p.lines,
            Block::Figure(f) => f.lines,
            Block::Embed(e) => e.lines,
        }
    }

    /// The paragraph, if this block is one.
    pub fn as_paragraph(&self) -> Option<&Paragraph> {
        match self {
            Block::Paragraph(p) => Some(p),
            _ => None,
        }
    }
}

/// A paragraph of body text and who speaks in it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    /// The text as published.
    pub text: String,
    /// Ids of the experts who speak in this paragraph (see [`Expert::id`]).
    #[serde(default)]
    pub speakers: Vec<String>,
    /// Quoted spans, as byte ranges into `text` (UTF-8), in order.
    #[serde(default)]
    pub quotes: Vec<Span>,
    /// Why each speaker was attributed: one entry per speaker, in `speakers` order.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// Input lines of the paragraph.
    #[serde(default)]
    pub lines: Lines,
}

/// A byte range `start..end` into a paragraph's text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// The reason a paragraph is attributed to a speaker, for readers who ask "why?".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The expert's id.
    pub speaker: String,
    /// The cue word that attributes speech, e.g. `told`, `said`, `according to`; empty for continuations.
    pub cue: String,
    /// How the mention was resolved to the expert.
    pub via: Via,
    /// The named rule (sieve) of the attribution engine that decided this attribution, e.g.
    /// `verb-after`, `apposition`, `continuation` (see `docs/article-json.md`); empty in JSON
    /// written before rules were recorded.
    #[serde(default)]
    pub rule: String,
}

/// How a paragraph's speaker mention was resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Via {
    /// The full name stands in the paragraph.
    Name,
    /// A surname (or other part of the name) refers to someone introduced earlier.
    Surname,
    /// A pronoun (he, she) refers to the most recent fitting speaker.
    Pronoun,
    /// A role noun ("the analyst said") refers to a speaker with that role.
    Role,
    /// A quote-only paragraph continues the previous paragraph's speaker.
    Continuation,
}

/// A photo with its caption.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The caption, without the credit.
    pub caption: String,
    /// The photo credit, without its brackets (`Anatolii Stepanov/Reuters`).
    #[serde(default)]
    pub credit: Option<String>,
    /// A short label line printed with the photo, such as a place name.
    #[serde(default)]
    pub alt: Option<String>,
    /// Input lines of the figure.
    #[serde(default)]
    pub lines: Lines,
}

/// A placeholder where the original page had an interactive graphic or similar.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Embed {
    /// The placeholder's label, e.g. `INTERACTIVE-WHERE THE FERRIES STILL RUN`.
    pub label: String,
    /// The credit line that followed it, without parentheses.
    #[serde(default)]
    pub credit: Option<String>,
    /// Input lines of the embed.
    #[serde(default)]
    pub lines: Lines,
}

/// A person the article quotes or reports as saying something.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Expert {
    /// A slug of the name, unique within the article (`nikolay-ivanov`).
    pub id: String,
    /// The full name as first introduced.
    pub name: String,
    /// The role as the article introduces it, e.g. `a researcher with a Berlin think tank`.
    #[serde(default)]
    pub role: Option<String>,
    /// How many paragraphs are attributed to this expert.
    #[serde(default)]
    pub paragraphs: usize,
}

/// An input block the article leaves out, kept so that nothing is lost silently.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    /// The block's text.
    pub text: String,
    /// Why it was left out.
    pub reason: Reason,
    /// Input lines of the block.
    pub lines: Lines,
}

/// Why a block was left out of the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Reason {
    /// The headline repeated.
    DuplicateTitle,
    /// Site navigation, section labels and menu entries.
    Navigation,
    /// Share and save buttons.
    Share,
    /// An advertisement slot.
    Advertisement,
    /// Links to other stories ("Recommended Stories", "Read more: …").
    RelatedLinks,
    /// Author, date and reading-time lines.
    Byline,
    /// A video player's title, date, duration and blurb.
    Video,
    /// Gallery counters and "Read More" buttons around photos.
    Gallery,
    /// A photo credit whose caption is missing.
    OrphanCredit,
    /// Promotion boxes (newsletters, live updates, "tell us").
    Promo,
    /// Everything after the closing `Source:` line.
    AfterSource,
    /// The tag list at the end of the page.
    Tags,
    /// A line of punctuation or symbols only, or a list item's bare number (`1`, `2.`).
    Separator,
    /// The author's biography and the site's footer.
    Footer,
    /// A date or time on its own line (`Oct. 9, 2020`, `Updated 11:11 AM GMT+9`, `02:22`).
    Dateline,
    /// A photo credit on its own line (`Jane Doe/AP`, `Image copyright EPA`).
    Credit,
    /// Media and gallery furniture: `Image`, `View photos`, media captions, player notices.
    Media,
    /// A content warning above the story.
    Warning,
    /// A pull quote: a line that repeats a sentence of the body next to it.
    PullQuote,
}

impl Via {
    /// The JSON name (`name`, `surname`, `pronoun`, `role`, `continuation`).
    pub fn as_str(self) -> &'static str {
        match self {
            Via::Name => "name",
            Via::Surname => "surname",
            Via::Pronoun => "pronoun",
            Via::Role => "role",
            Via::Continuation => "continuation",
        }
    }

    /// The variant with this JSON name.
    pub fn from_name(name: &str) -> Option<Via> {
        [
            Via::Name,
            Via::Surname,
            Via::Pronoun,
            Via::Role,
            Via::Continuation,
        ]
        .into_iter()
        .find(|v| v.as_str() == name)
    }
}

impl Reason {
    /// Every reason, in declaration order.
    pub const ALL: [Reason; 19] = [
        Reason::DuplicateTitle,
        Reason::Navigation,
        Reason::Share,
        Reason::Advertisement,
        Reason::RelatedLinks,
        Reason::Byline,
        Reason::Video,
        Reason::Gallery,
        Reason::OrphanCredit,
        Reason::Promo,
        Reason::AfterSource,
        Reason::Tags,
        Reason::Separator,
        Reason::Footer,
        Reason::Dateline,
        Reason::Credit,
        Reason::Media,
        Reason::Warning,
        Reason::PullQuote,
    ];

    /// The JSON name (`duplicate_title`, `navigation`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::DuplicateTitle => "duplicate_title",
            Reason::Navigation => "navigation",
            Reason::Share => "share",
            Reason::Advertisement => "advertisement",
            Reason::RelatedLinks => "related_links",
            Reason::Byline => "byline",
            Reason::Video => "video",
            Reason::Gallery => "gallery",
            Reason::OrphanCredit => "orphan_credit",
            Reason::Promo => "promo",
            Reason::AfterSource => "after_source",
            Reason::Tags => "tags",
            Reason::Separator => "separator",
            Reason::Footer => "footer",
            Reason::Dateline => "dateline",
            Reason::Credit => "credit",
            Reason::Media => "media",
            Reason::Warning => "warning",
            Reason::PullQuote => "pull_quote",
        }
    }

    /// A short lowercase explanation for people.
    pub fn describe(self) -> &'static str {
        match self {
            Reason::DuplicateTitle => "the headline repeated",
            Reason::Navigation => "site navigation",
            Reason::Share => "share buttons",
            Reason::Advertisement => "advertisement",
            Reason::RelatedLinks => "links to other stories",
            Reason::Byline => "byline, date or reading time",
            Reason::Video => "video player",
            Reason::Gallery => "photo gallery controls",
            Reason::OrphanCredit => "photo credit without a caption",
            Reason::Promo => "promotion box",
            Reason::AfterSource => "after the source line",
            Reason::Tags => "tag list",
            Reason::Separator => "separator",
            Reason::Footer => "author note or site footer",
            Reason::Dateline => "date or time line",
            Reason::Credit => "photo credit",
            Reason::Media => "media furniture",
            Reason::Warning => "content warning",
            Reason::PullQuote => "pull quote repeating the body",
        }
    }

    /// The variant with this JSON name.
    pub fn from_name(name: &str) -> Option<Reason> {
        Reason::ALL.into_iter().find(|r| r.as_str() == name)
    }
}

/// Something the parser noticed and users may want to check; never an error.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// What kind of doubtful decision this is.
    pub kind: DiagnosticKind,
    /// Input lines concerned (unknown for article JSON).
    pub lines: Lines,
    /// What was noticed, one lowercase sentence.
    pub message: String,
}

/// The kinds of doubtful decision a [`Diagnostic`] reports, so tools can filter or count them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// No line read as a headline.
    NoTitle,
    /// The headline was not the first line that is not furniture (a kicker or credit came first).
    TitleNotFirst,
    /// A heading that is not a question, taken from its neighbours alone.
    HeadingWithoutQuestion,
    /// A heading with nothing under it.
    EmptySection,
    /// Article JSON gave two sections the same id (or an unusable one); it was renamed.
    SectionIdRenamed,
    /// Article JSON named a speaker that is not among its experts; it was dropped.
    UnknownSpeaker,
}

impl DiagnosticKind {
    /// The JSON name (`no_title`, `heading_without_question`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            DiagnosticKind::NoTitle => "no_title",
            DiagnosticKind::TitleNotFirst => "title_not_first",
            DiagnosticKind::HeadingWithoutQuestion => "heading_without_question",
            DiagnosticKind::EmptySection => "empty_section",
            DiagnosticKind::SectionIdRenamed => "section_id_renamed",
            DiagnosticKind::UnknownSpeaker => "unknown_speaker",
        }
    }
}

impl Article {
    /// Every paragraph with its section index, in reading order.
    pub fn paragraphs(&self) -> impl Iterator<Item = (usize, &Paragraph)> {
        self.sections.iter().enumerate().flat_map(|(i, s)| {
            s.blocks
                .iter()
                .filter_map(move |b| b.as_paragraph().map(|p| (i, p)))
        })
    }

    /// The line ranges of every element, article and removed together, in reading order
    /// of the article followed by the removed blocks.
    ///
    /// The parser's invariant is that these ranges, sorted, tile the non-blank input lines
    /// exactly once, and that the article's own ranges are already in input order.
    pub fn accounted_lines(&self) -> (Vec<Lines>, Vec<Lines>) {
        let mut article = Vec::new();
        article.extend(self.title_lines);
        article.extend(self.standfirst_lines);
        for s in &self.sections {
            article.extend(s.heading_lines);
            article.extend(s.blocks.iter().map(Block::lines));
        }
        article.extend(self.source_lines);
        let removed = self.removed.iter().map(|r| r.lines).collect();
        (article, removed)
    }

    /// The expert with this id.
    pub fn expert(&self, id: &str) -> Option<&Expert> {
        self.experts.iter().find(|e| e.id == id)
    }

    /// Makes an article that came as JSON safe to render: section ids become unique slugs
    /// (they end up in element ids and URLs), the first section is an intro without a
    /// heading, speakers not in `experts` are dropped, and expert paragraph counts are
    /// recounted. Parsed articles already satisfy all of this.
    pub fn normalise(&mut self) {
        if self.sections.first().is_none_or(|s| s.heading.is_some()) {
            self.sections.insert(
                0,
                Section {
                    id: "intro".into(),
                    ..Section::default()
                },
            );
        }
        // Hashed, not scanned (`UniqueIds`, as the parser gives ids): an article of 4,000
        // sections comes through here from the parser module.
        let mut ids = UniqueIds::default();
        for (i, s) in self.sections.iter_mut().enumerate() {
            let base = if i == 0 {
                "intro".to_string()
            } else {
                slug(&s.id, &format!("section-{i}"))
            };
            s.id = ids.claim(base);
        }
        self.recount_experts();
    }

    /// Drops speakers not in `experts` and counts each expert's paragraphs again (the part of
    /// [`Article::normalise`] that leaves ids alone: for articles whose ids are already the
    /// parser's, read back from JSON that carries no counts).
    pub fn recount_experts(&mut self) {
        // (A block: the map borrows the experts' ids, which are updated after it is gone.)
        let counts = {
            // Reversed, so that of two experts with one id the first keeps the count.
            let known: crate::maps::HashMap<&str, usize, WordHash> = self
                .experts
                .iter()
                .enumerate()
                .rev()
                .map(|(i, e)| (e.id.as_str(), i))
                .collect();
            let find = |id: &str| known.get(id).copied();
            let mut counts = vec![0usize; self.experts.len()];
            for s in &mut self.sections {
                for b in &mut s.blocks {
                    if let Block::Paragraph(p) = b {
                        p.speakers.retain(|id| find(id).is_some());
                        p.speakers.dedup();
                        for id in &p.speakers {
                            if let Some(i) = find(id) {
                                counts[i] += 1;
                            }
                        }
                    }
                }
            }
            counts
        };
        for (e, n) in self.experts.iter_mut().zip(counts) {
            e.paragraphs = n;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn enum_names_match_their_serde_names() {
        for r in Reason::ALL {
            assert_eq!(serde_json::to_value(r).unwrap(), r.as_str());
        }
        for v in [
            Via::Name,
            Via::Surname,
            Via::Pronoun,
            Via::Role,
            Via::Continuation,
        ] {
            assert_eq!(serde_json::to_value(v).unwrap(), v.as_str());
            assert_eq!(Via::from_name(v.as_str()), Some(v));
        }
    }

    #[test]
    fn normalise_makes_json_articles_safe_to_render() {
        let mut a = Article {
            sections: vec![
                Section {
                    id: "Q 1!".into(),
                    heading: Some("Q1".into()),
                    ..Section::default()
                },
                Section {
                    id: "q-1".into(),
                    heading: Some("Q2".into()),
                    blocks: vec![Block::Paragraph(Paragraph {
                        text: "x".into(),
                        speakers: vec!["a".into(), "ghost".into()],
                        ..Paragraph::default()
                    })],
                    ..Section::default()
                },
            ],
            experts: vec![Expert {
                id: "a".into(),
                name: "A B".into(),
                ..Expert::default()
            }],
            ..Article::default()
        };
        a.normalise();
        let ids: Vec<&str> = a.sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["intro", "q-1", "q-1-2"]);
        assert_eq!(a.experts[0].paragraphs, 1);
        assert_eq!(
            a.sections[2].blocks[0].as_paragraph().unwrap().speakers,
            ["a"]
        );
    }
}
