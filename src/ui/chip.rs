//! One expert's toggle button in the roster.

use yew::prelude::*;

use super::options::Labels;
use super::Shared;
use crate::core::Article;

/// Properties of [`ExpertChip`].
#[derive(Properties, PartialEq, Clone)]
pub struct ExpertChipProps {
    /// The article whose expert this is.
    pub article: Shared<Article>,
    /// The expert's index.
    pub expert: usize,
    /// Whether this expert is the chosen one.
    pub selected: bool,
    /// The words to show.
    pub labels: Shared<Labels>,
    /// Called with this expert, or `None` when it is pressed again.
    pub on_select: Callback<Option<usize>>,
    /// Whether the chip is a live button or, prerendered, a list item styled alike.
    pub live: bool,
}

/// A toggle button (`aria-pressed`) whose accessible name starts with the expert's full
/// name. As its own component, a filter change re-renders only the two chips it affects.
#[component]
pub fn ExpertChip(props: &ExpertChipProps) -> Html {
    crate::dom::contain::render(props, view)
}

fn view(props: &ExpertChipProps) -> Html {
    let Some(e) = props.article.experts.get(props.expert) else {
        return Html::default();
    };
    let (i, selected) = (props.expert, props.selected);
    // Pressing the chosen expert again clears the filter.
    let onclick = props
        .on_select
        .reform(move |_: MouseEvent| (!selected).then_some(i));
    let content = html! {
        <>
            <span class="qar-chip-name">{ &e.name }</span>
            if let Some(role) = &e.role {
                <span class="qar-chip-role">{ role }</span>
            }
            <span class="qar-chip-count">{ props.labels.paragraph_count(e.paragraphs) }</span>
        </>
    };
    if !props.live {
        return html! { <span class="qar-chip" role="listitem">{ content }</span> };
    }
    html! {
        <button type="button" class="qar-chip" aria-pressed={if selected { "true" } else { "false" }} {onclick}>
            { content }
        </button>
    }
}
