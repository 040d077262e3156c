//! One block of a section: a paragraph, a figure or an embed placeholder.

use yew::prelude::*;

use crate::core::Block;

/// Properties of [`BlockView`].
#[derive(Properties, PartialEq, Clone)]
pub struct BlockViewProps {
    /// The block to show.
    pub block: Block,
}

/// Renders a block as text only: nothing from an article ever reaches the DOM as markup.
#[component]
pub fn BlockView(props: &BlockViewProps) -> Html {
    match &props.block {
        Block::Paragraph(p) => html! { <p class="qar-paragraph">{ p.text.clone() }</p> },
        Block::Figure(f) => html! {
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
        Block::Embed(e) => html! {
            <aside class="qar-embed" aria-label="Embedded content not shown">
                <span class="qar-embed-label">{ e.label.clone() }</span>
                if let Some(credit) = &e.credit {
                    <span class="qar-credit">{ credit.clone() }</span>
                }
            </aside>
        },
    }
}
