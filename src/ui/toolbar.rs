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
}

/// Buttons that act on every section, and the reading time.
#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    crate::edge::contain::render(props, view)
}

fn view(props: &ToolbarProps) -> Html {
    let expand = props.on_expand_all.reform(|_: MouseEvent| ());
    let collapse = props.on_collapse_all.reform(|_: MouseEvent| ());
    html! {
        <div class="qar-toolbar">
            <button type="button" class="qar-button" onclick={expand}>{ &props.labels.expand_all }</button>
            <button type="button" class="qar-button" onclick={collapse}>{ &props.labels.collapse_all }</button>
            <span class="qar-reading-time">{ format!("{} {}", props.minutes, props.labels.min_read) }</span>
        </div>
    }
}
