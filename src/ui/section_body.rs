//! A section's content, rendered once: nothing in it depends on the filter or on being open.

use yew::prelude::*;

use super::block::BlockView;
use super::options::Labels;
use super::paragraph::ParagraphView;
use super::Shared;
use crate::core::{Article, Block};

/// Properties of [`SectionBody`].
#[derive(Properties, PartialEq, Clone)]
pub struct SectionBodyProps {
    /// The article (shared, not copied).
    pub article: Shared<Article>,
    /// The section's index.
    pub section: usize,
    /// The words to show.
    pub labels: Shared<Labels>,
}

/// Every block of the section, keyed by position. Its props never change after the first
/// render, so a filter change or a toggle does not touch these nodes at all.
#[component]
pub fn SectionBody(props: &SectionBodyProps) -> Html {
    crate::dom::contain::render(props, view)
}

fn view(props: &SectionBodyProps) -> Html {
    let blocks = &props.article.sections[props.section].blocks;
    html! {
        { for blocks.iter().enumerate().map(|(b, block)| match block {
            Block::Paragraph(_) => html! {
                <ParagraphView key={b} article={props.article.clone()} section={props.section} block={b}
                    labels={props.labels.clone()} />
            },
            _ => html! {
                <BlockView key={b} article={props.article.clone()} section={props.section} block={b}
                    labels={props.labels.clone()} />
            },
        }) }
    }
}
