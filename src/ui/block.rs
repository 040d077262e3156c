//! A figure or an embed placeholder (paragraphs have their own component).

use yew::prelude::*;

use super::options::Labels;
use super::Shared;
use crate::core::{Article, Block};

/// Properties of [`BlockView`].
#[derive(Properties, PartialEq, Clone)]
pub struct BlockViewProps {
    /// The article (shared, not copied).
    pub article: Shared<Article>,
    /// The block's section index.
    pub section: usize,
    /// The block's index in its section.
    pub block: usize,
    /// The words to show.
    pub labels: Shared<Labels>,
}

/// Renders a figure with its caption and credit, or an embed's placeholder, as text only.
#[component]
pub fn BlockView(props: &BlockViewProps) -> Html {
    crate::dom::contain::render(props, view)
}

fn view(props: &BlockViewProps) -> Html {
    let block = props
        .article
        .sections
        .get(props.section)
        .and_then(|s| s.blocks.get(props.block));
    match block {
        None => Html::default(),
        Some(Block::Figure(f)) => html! {
            <figure class="qar-figure">
                if let Some(alt) = &f.alt {
                    <div class="qar-figure-label">{ alt.clone() }</div>
                }
                <figcaption class="qar-caption">
                    { f.caption.clone() }
                    if let Some(credit) = &f.credit {
                        <span class="qar-credit">{ credit.clone() }</span>
                    }
                </figcaption>
            </figure>
        },
        Some(Block::Embed(e)) => html! {
            <aside class="qar-embed" aria-label={props.labels.embed.clone()}>
                <span class="qar-embed-label">{ e.label.clone() }</span>
                if let Some(credit) = &e.credit {
                    <span class="qar-credit">{ credit.clone() }</span>
                }
            </aside>
        },
        // Paragraphs have their own component (`ParagraphView`).
        Some(Block::Paragraph(_)) => Html::default(),
    }
}
