//! One section as an accordion item (WAI-ARIA Authoring Practices accordion pattern).

use yew::prelude::*;

use super::options::Labels;
use super::section_body::SectionBody;
use super::section_meta::SectionMeta;
use super::Shared;
use crate::core::{Article, ArticleIndex};
use crate::dom;

/// Properties of [`SectionView`].
#[derive(Properties, PartialEq, Clone)]
pub struct SectionViewProps {
    /// The article the section belongs to.
    pub article: Shared<Article>,
    /// Who speaks where, for the header line.
    pub index: Shared<ArticleIndex>,
    /// The section's index in `article.sections`.
    pub section: usize,
    /// Whether the panel is shown.
    pub open: bool,
    /// Prefix for element ids.
    pub id_prefix: AttrValue,
    /// The words to show.
    pub labels: Shared<Labels>,
    /// Called with the section index when the header button is pressed.
    pub on_toggle: Callback<usize>,
    /// Called with the section index when find-in-page reveals the collapsed panel.
    pub on_reveal: Callback<usize>,
    /// Whether the header is a live button; a prerendered reader shows the heading as
    /// text styled alike until its code takes over (see `ReaderState::live`).
    pub live: bool,
}

/// A section heading whose section panics when it renders open (only with the
/// `fault-injection` feature): a test clicks it to make a reader fail after mounting.
#[cfg(feature = "fault-injection")]
pub const FAULT_HEADING: &str = "Will opening this section break the reader?";

/// A heading with a disclosure button, a line saying who speaks, and its panel.
/// The untitled intro has no button and is always shown.
#[component]
pub fn SectionView(props: &SectionViewProps) -> Html {
    // Collapsed panels stay findable with find-in-page (`hidden="until-found"`), and
    // opened by it.
    let panel = use_node_ref();
    dom::use_hidden_until_found(&panel, !props.open);
    let i = props.section;
    dom::use_before_match(&panel, props.on_reveal.reform(move |()| i));

    dom::contain::render(&(props.clone(), panel), view)
}

fn view((props, panel): &(SectionViewProps, NodeRef)) -> Html {
    let panel = panel.clone();
    let article = &props.article;
    let section = &article.sections[props.section];
    let labels = &props.labels;
    // The body renders once, and only `SectionMeta` depends on the filter: the filter hides
    // what is not the chosen expert's with stylesheet rules (see `dom::FilterSheet`).
    let body = html! {
        <SectionBody article={article.clone()} section={props.section} labels={labels.clone()} />
    };
    let meta = html! {
        <SectionMeta article={article.clone()} index={props.index.clone()} section={props.section}
            labels={labels.clone()} />
    };
    // `qar-has-N` for each expert speaking here lets the filter rules dim the others.
    let has: Classes = props
        .index
        .speakers_in(props.section)
        .map(|e| format!("qar-has-{e}"))
        .collect();

    #[cfg(feature = "fault-injection")]
    if props.open && section.heading.as_deref() == Some(FAULT_HEADING) {
        panic!("qa-reader: fault injected by a test into an open section");
    }
    let Some(heading) = &section.heading else {
        return html! {
            <section class="qar-section qar-intro">{ meta }{ body }</section>
        };
    };
    let header_id = format!("{}-h-{}", props.id_prefix, section.id);
    let panel_id = format!("{}-p-{}", props.id_prefix, section.id);
    let onclick = props.on_toggle.reform({
        let i = props.section;
        move |_: MouseEvent| i
    });
    let label = html! {
        <>
            <span class="qar-toggle-text">{ heading.clone() }</span>
            <span class="qar-chevron" aria-hidden="true"></span>
        </>
    };
    let header = if props.live {
        html! {
                <button
                    type="button"
                    class="qar-toggle"
                    id={header_id.clone()}
                    aria-expanded={if props.open { "true" } else { "false" }}
                    aria-controls={panel_id.clone()}
                    {onclick}
                >
                    { label }
                </button>
        }
    } else {
        // Prerendered: the heading as text, laid out as the button will be.
        html! {
            <span class="qar-toggle" id={header_id.clone()}>{ label }</span>
        }
    };
    html! {
        <section class={classes!("qar-section", props.open.then_some("qar-open"), has)}>
            <h2 class="qar-heading">{ header }</h2>
            { meta }
            <div class="qar-panel" id={panel_id} role="region" aria-labelledby={header_id} ref={panel}>
                { body }
            </div>
        </section>
    }
}
