//! Speaker attribution: who is quoted in each paragraph (filled in by the attribution work).

use super::model::Article;

/// Finds the article's experts and attributes each paragraph to its speakers.
pub fn attribute(_article: &mut Article) {}
