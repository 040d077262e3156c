//! The expert filter: a roster of the quoted people as toggle buttons, plus "All".

use yew::prelude::*;

use super::chip::ExpertChip;
use super::options::Labels;
use super::Shared;
use crate::core::Article;

/// Properties of [`ExpertFilter`].
#[derive(Properties, PartialEq, Clone)]
pub struct ExpertFilterProps {
    /// The article whose experts are listed.
    pub article: Shared<Article>,
    /// The chosen expert, if any.
    pub selected: Option<usize>,
    /// The words to show.
    pub labels: Shared<Labels>,
    /// Called with the expert to filter by, or `None` for all.
    pub on_select: Callback<Option<usize>>,
    /// Whether the chips are live buttons; prerendered, the roster is a plain list of who
    /// is quoted, styled alike (see `ReaderState::live`).
    pub live: bool,
}

/// Toggle buttons (`aria-pressed`) whose accessible names start with the expert's full name.
#[component]
pub fn ExpertFilter(props: &ExpertFilterProps) -> Html {
    crate::dom::contain::render(props, view)
}

fn view(props: &ExpertFilterProps) -> Html {
    let experts = &props.article.experts;
    if experts.is_empty() {
        return Html::default();
    }
    let labels = &props.labels;
    let pressed = |on: bool| if on { "true" } else { "false" };
    let all = props.on_select.reform(|_: MouseEvent| None);
    let chips = (0..experts.len()).map(|i| {
        html! {
            <ExpertChip key={i} article={props.article.clone()} expert={i}
                selected={props.selected == Some(i)} labels={labels.clone()}
                live={props.live} on_select={props.on_select.clone()} />
        }
    });
    if !props.live {
        // "All" stands where its button will, hidden from assistive technology (it does
        // nothing yet) and from pages without JavaScript (it never will).
        return html! {
            <div class="qar-roster" role="list" aria-label={labels.quoted.clone()}>
                <span class="qar-chip qar-chip-all qar-until-live" aria-hidden="true">
                    <span class="qar-chip-name">{ &labels.all }</span>
                </span>
                { for chips }
            </div>
        };
    }
    html! {
        <div class="qar-roster" role="group" aria-label={labels.filter_by.clone()}>
            <button type="button" class="qar-chip qar-chip-all" aria-pressed={pressed(props.selected.is_none())} onclick={all}>
                <span class="qar-chip-name">{ &labels.all }</span>
            </button>
            { for chips }
        </div>
    }
}
