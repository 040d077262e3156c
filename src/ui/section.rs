//! One section as an accordion item (WAI-ARIA Authoring Practices accordion pattern).

use yew::prelude::*;

use super::options::Labels;
use super::section_body::SectionBody;
use super::Shared;
use crate::core::{Article, ArticleIndex};
use crate::edge;

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
    /// The chosen expert, if the view is filtered.
    pub expert: Option<usize>,
    /// Prefix for element ids.
    pub id_prefix: AttrValue,
    /// The words to show.
    pub labels: Shared<Labels>,
    /// Called with the section index when the header button is pressed.
    pub on_toggle: Callback<usize>,
    /// Called with the section index when find-in-page reveals the collapsed panel.
    pub on_reveal: Callback<usize>,
}

/// A heading with a disclosure button, a line saying who speaks, and its panel.
/// The untitled intro has no button and is always shown.
#[component]
pub fn SectionView(props: &SectionViewProps) -> Html {
    let article = &props.article;
    let section = &article.sections[props.section];
    let labels = &props.labels;
    let expert = props.expert.and_then(|e| article.experts.get(e));

    // Collapsed panels stay findable with find-in-page (`hidden="until-found"`), which the
    // `html!` macro cannot write (it treats `hidden` as a boolean), so the edge sets it.
    let panel = use_node_ref();
    {
        let panel = panel.clone();
        use_effect_with(props.open, move |open| {
            edge::set_hidden_until_found(&panel, !*open)
        });
    }
    {
        let panel = panel.clone();
        let (on_reveal, i) = (props.on_reveal.clone(), props.section);
        use_effect_with((), move |_| {
            let listener = edge::on_before_match(&panel, move || on_reveal.emit(i));
            move || drop(listener)
        });
    }

    // The body renders once; the filter hides what is not the chosen expert's with a
    // stylesheet rule (see `App`), so only this header line and the note depend on it.
    let body = html! {
        <SectionBody article={article.clone()} section={props.section} labels={labels.clone()} />
    };
    let empty = props
        .expert
        .is_some_and(|e| props.index.count_in(props.section, e) == 0);
    let nothing = expert.filter(|_| empty).map(|e| {
        let place = if section.heading.is_none() {
            format!(" {}", labels.intro)
        } else {
            String::new()
        };
        html! { <p class="qar-note">{ format!("{} {}{place}", labels.no_quotes_from, e.name) }</p> }
    });

    let Some(heading) = &section.heading else {
        return html! {
            <section class="qar-section qar-intro">{ nothing }{ body }</section>
        };
    };
    let header_id = format!("{}-h-{}", props.id_prefix, section.id);
    let panel_id = format!("{}-p-{}", props.id_prefix, section.id);
    let meta = section_meta(props, expert.map(|e| e.name.as_str()));
    let onclick = props.on_toggle.reform({
        let i = props.section;
        move |_: MouseEvent| i
    });
    html! {
        <section class={classes!("qar-section", props.open.then_some("qar-open"), empty.then_some("qar-empty"))}>
            <h2 class="qar-heading">
                <button
                    type="button"
                    class="qar-toggle"
                    id={header_id.clone()}
                    aria-expanded={if props.open { "true" } else { "false" }}
                    aria-controls={panel_id.clone()}
                    {onclick}
                >
                    <span class="qar-toggle-text">{ heading.clone() }</span>
                    <span class="qar-chevron" aria-hidden="true"></span>
                </button>
            </h2>
            <p class="qar-meta">{ meta }</p>
            <div class="qar-panel" id={panel_id} role="region" aria-labelledby={header_id} ref={panel}>
                { nothing }{ body }
            </div>
        </section>
    }
}

/// The line under a heading: who speaks and how long it takes, or, when filtered, how many
/// paragraphs are the chosen expert's (or that there are none).
fn section_meta(props: &SectionViewProps, expert_name: Option<&str>) -> String {
    let labels = &props.labels;
    let index = &props.index;
    let i = props.section;
    if let (Some(e), Some(name)) = (props.expert, expert_name) {
        let n = index.count_in(i, e);
        return if n == 0 {
            format!("{} {name}", labels.no_quotes_from)
        } else {
            labels.paragraph_count(n)
        };
    }
    let minutes = format!("{} {}", index.section_minutes(i), labels.min_read);
    let speakers: Vec<&str> = index
        .speakers_in(i)
        .filter_map(|e| props.article.experts.get(e).map(|x| x.name.as_str()))
        .collect();
    if speakers.is_empty() {
        minutes
    } else {
        format!("{} {} · {minutes}", labels.speaking, speakers.join(", "))
    }
}
