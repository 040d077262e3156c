//! The reader: title, toolbar and the sections of one article.

use yew::prelude::*;

use super::section::SectionView;
use super::state::{Action, ReaderState};
use super::Shared;
use crate::core::Article;

/// Properties of [`App`].
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The parsed article.
    pub article: Shared<Article>,
    /// Prefix for element ids, unique per reader on a page.
    #[prop_or(AttrValue::Static("qar"))]
    pub id_prefix: AttrValue,
}

/// One reader of one article.
#[component]
pub fn App(props: &AppProps) -> Html {
    let article = &props.article;
    let state = use_reducer(|| ReaderState::new(article.sections.len()));
    let on_toggle = {
        let state = state.dispatcher();
        Callback::from(move |i: usize| state.dispatch(Action::Toggle(i)))
    };
    let on_expand_all = {
        let state = state.dispatcher();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ExpandAll))
    };
    let on_collapse_all = {
        let state = state.dispatcher();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::CollapseAll))
    };
    let on_keydown = Callback::from(crate::edge::move_focus_between_headers);
    let title_id = format!("{}-title", props.id_prefix);
    html! {
        <article class="qar-reader" aria-labelledby={title_id.clone()} onkeydown={on_keydown}>
            <header class="qar-header">
                <h1 class="qar-title" id={title_id}>{ article.title.as_deref().unwrap_or("Untitled article") }</h1>
                if let Some(standfirst) = &article.standfirst {
                    <p class="qar-standfirst">{ standfirst }</p>
                }
                <div class="qar-toolbar">
                    <button type="button" class="qar-button" onclick={on_expand_all}>{ "Expand all" }</button>
                    <button type="button" class="qar-button" onclick={on_collapse_all}>{ "Collapse all" }</button>
                </div>
            </header>
            { for article.sections.iter().enumerate().map(|(i, section)| html! {
                <SectionView
                    key={section.id.clone()}
                    article={article.clone()}
                    index={i}
                    open={state.is_open(i)}
                    id_prefix={props.id_prefix.clone()}
                    on_toggle={on_toggle.clone()}
                />
            }) }
            if let Some(source) = &article.source {
                <footer class="qar-source">{ "Source: " }{ source }</footer>
            }
        </article>
    }
}
