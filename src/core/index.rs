//! Derived data for readers: who speaks in which section, and reading times; computed once per article.

use crate::core::prelude::*;

use super::model::{Article, Block};

/// Words per minute for reading-time estimates (a common figure for adults reading news).
pub const WORDS_PER_MINUTE: usize = 230;

/// Lookups the widget needs on every render, computed once when an article is loaded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleIndex {
    /// For each expert (by index in `Article::experts`): the sections holding their paragraphs.
    pub expert_sections: Vec<Vec<usize>>,
    /// For each expert: the words of the paragraphs attributed to them.
    pub expert_words: Vec<usize>,
    /// For each section: the words of its heading and text blocks.
    pub section_words: Vec<usize>,
    /// For each section: `(expert, paragraphs)` for the experts who speak in it, in order of
    /// first appearance there.
    pub section_counts: Vec<Vec<(usize, usize)>>,
}

impl ArticleIndex {
    /// Builds the index in one pass over the article.
    pub fn new(article: &Article) -> Self {
        let experts = article.experts.len();
        let mut index = ArticleIndex {
            expert_sections: vec![Vec::new(); experts],
            expert_words: vec![0; experts],
            section_words: Vec::with_capacity(article.sections.len()),
            section_counts: Vec::with_capacity(article.sections.len()),
        };
        for (si, section) in article.sections.iter().enumerate() {
            let mut words = section.heading.as_deref().map_or(0, count_words);
            let mut counts: Vec<(usize, usize)> = Vec::new();
            for block in &section.blocks {
                match block {
                    Block::Paragraph(p) => {
                        let w = count_words(&p.text);
                        words += w;
                        for id in &p.speakers {
                            let Some(e) = article.experts.iter().position(|x| &x.id == id) else {
                                continue;
                            };
                            index.expert_words[e] += w;
                            match counts.iter_mut().find(|(x, _)| *x == e) {
                                Some((_, n)) => *n += 1,
                                None => counts.push((e, 1)),
                            }
                            if index.expert_sections[e].last() != Some(&si) {
                                index.expert_sections[e].push(si);
                            }
                        }
                    }
                    Block::Figure(f) => words += count_words(&f.caption),
                    Block::Embed(_) => {}
                }
            }
            index.section_counts.push(counts);
            index.section_words.push(words);
        }
        index
    }

    /// Minutes to read the whole article (at least 1).
    pub fn article_minutes(&self) -> usize {
        minutes(self.section_words.iter().sum())
    }

    /// Minutes to read one section (at least 1).
    pub fn section_minutes(&self, section: usize) -> usize {
        minutes(self.section_words.get(section).copied().unwrap_or(0))
    }

    /// Minutes to read what one expert says (at least 1).
    pub fn expert_minutes(&self, expert: usize) -> usize {
        minutes(self.expert_words.get(expert).copied().unwrap_or(0))
    }

    /// The experts who speak in section `section`, in order of first appearance there.
    pub fn speakers_in(&self, section: usize) -> impl Iterator<Item = usize> + '_ {
        self.section_counts
            .get(section)
            .into_iter()
            .flatten()
            .map(|(e, _)| *e)
    }

    /// How many of section `section`'s paragraphs are attributed to `expert`.
    pub fn count_in(&self, section: usize, expert: usize) -> usize {
        self.section_counts
            .get(section)
            .and_then(|c| c.iter().find(|(e, _)| *e == expert))
            .map_or(0, |(_, n)| *n)
    }
}

/// Reading minutes for a word count, rounded up, at least 1.
pub fn minutes(words: usize) -> usize {
    words.div_ceil(WORDS_PER_MINUTE).max(1)
}

fn count_words(text: &str) -> usize {
    text.split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse;

    #[test]
    fn speakers_and_counts_per_section() {
        let (a, _) = parse(
            "A headline for the test article\n\n“One,” Ann Lee said.\n\nIs it over?\n\n“Two,” she said.\n\n“Three,” Bo Chan said.\n\nWhat next?\n\nNarration only.",
        );
        let index = ArticleIndex::new(&a);
        assert_eq!(a.experts.len(), 2);
        assert_eq!(index.expert_sections, [vec![0, 1], vec![1]]);
        let speakers: Vec<Vec<usize>> = (0..3).map(|s| index.speakers_in(s).collect()).collect();
        assert_eq!(speakers, [vec![0], vec![0, 1], vec![]]);
        assert_eq!(index.count_in(1, 1), 1);
        assert_eq!(index.count_in(2, 0), 0);
        assert_eq!(index.article_minutes(), 1);
    }

    #[test]
    fn minutes_round_up_and_never_say_zero() {
        assert_eq!(minutes(0), 1);
        assert_eq!(minutes(230), 1);
        assert_eq!(minutes(231), 2);
    }
}
