//! One section as an accordion item (WAI-ARIA Authoring Practices accordion pattern).

use yew::prelude::*;

use super::block::BlockView;
use super::Shared;
use crate::core::Article;

/// Properties of [`SectionView`].
#[derive(Properties, PartialEq, Clone)]
pub struct SectionViewProps {
    /// The article the section belongs to.
    pub article: Shared<Article>,
    /// The section's index in `article.sections`.
    pub index: usize,
    /// Whether the panel is shown.
    pub open: bool,
    /// Prefix for element ids.
    pub id_prefix: AttrValue,
    /// Called with the section index when the header button is pressed.
    pub on_toggle: Callback<usize>,
}

/// A heading with a disclosure button and its panel; the untitled intro has no button.
#[component]
pub fn SectionView(props: &SectionViewProps) -> Html {
    let section = &props.article.sections[props.index];
    let blocks = html! {
        { for section.blocks.iter().map(|b| html! { <BlockView key={b.lines().first} block={b.clone()} /> }) }
    };
    let Some(heading) = &section.heading else {
        return html! { <section class="qar-section qar-intro">{ blocks }</section> };
    };
    let header_id = format!("{}-h-{}", props.id_prefix, section.id);
    let panel_id = format!("{}-p-{}", props.id_prefix, section.id);
    let onclick = {
        let (on_toggle, index) = (props.on_toggle.clone(), props.index);
        Callback::from(move |_: MouseEvent| on_toggle.emit(index))
    };
    html! {
        <section class={classes!("qar-section", props.open.then_some("qar-open"))}>
            <h2 class="qar-heading">
                <button
                    type="button"
                    class="qar-toggle"
                    id={header_id.clone()}
                    aria-expanded={if props.open { "true" } else { "false" }}
                    aria-controls={panel_id.clone()}
                    {onclick}
                >
                    <span class="qar-toggle-text">{ heading }</span>
                    <span class="qar-chevron" aria-hidden="true"></span>
                </button>
            </h2>
            <div
                class="qar-panel"
                id={panel_id}
                role="region"
                aria-labelledby={header_id}
                hidden={!props.open}
            >
                { blocks }
            </div>
        </section>
    }
}
