//! The toolbar: expand all, collapse all, and the reading time of what is shown.

use yew::prelude::*;

use super::options::Labels;
use super::Shared;

/// Properties of [`Toolbar`].
#[derive(Properties, PartialEq, Clone)]
pub struct ToolbarProps {
    /// The words to show.
    pub labels: Shared<Labels>,
    /// Reading time of what is shown, in minutes.
    pub minutes: usize,
    /// Called by "Expand all".
    pub on_expand_all: Callback<()>,
    /// Called by "Collapse all".
    pub on_collapse_all: Callback<()>,
    /// Whether the buttons are live; prerendered, they stand as text styled alike, hidden
    /// from assistive technology and from pages without JavaScript.
    pub live: bool,
}

/// Buttons that act on every section, and the reading time.
#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    crate::dom::contain::render(props, view)
}

fn view(props: &ToolbarProps) -> Html {
    let expand = props.on_expand_all.reform(|_: MouseEvent| ());
    let collapse = props.on_collapse_all.reform(|_: MouseEvent| ());
    let (labels, live) = (&props.labels, props.live);
    let button = |label: &String, onclick: Callback<MouseEvent>| match live {
        true => html! { <button type="button" class="qar-button" {onclick}>{ label }</button> },
        false => html! {
            <span class="qar-button qar-until-live" aria-hidden="true">{ label }</span>
        },
    };
    html! {
        <div class="qar-toolbar">
            { button(&labels.expand_all, expand) }
            { button(&labels.collapse_all, collapse) }
            <span class="qar-reading-time">{ format!("{} {}", props.minutes, props.labels.min_read) }</span>
        </div>
    }
}
