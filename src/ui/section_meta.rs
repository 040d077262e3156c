//! The line that says who speaks in a section, or, when filtered, what the chosen expert says there.

use yew::prelude::*;

use super::options::Labels;
use super::Shared;
use crate::core::{Article, ArticleIndex};

/// The chosen expert, handed down as a context so that only the components that show it
/// re-render when it changes (sections themselves do not).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChosenExpert(pub Option<usize>);

/// Properties of [`SectionMeta`].
#[derive(Properties, PartialEq, Clone)]
pub struct SectionMetaProps {
    /// The article the section belongs to.
    pub article: Shared<Article>,
    /// Who speaks where.
    pub index: Shared<ArticleIndex>,
    /// The section's index.
    pub section: usize,
    /// The words to show.
    pub labels: Shared<Labels>,
}

/// Under a heading: the speakers and reading time, or the chosen expert's paragraph count,
/// or "No quotes from …". For the untitled intro, only that note, when it applies.
///
/// This is the only part of a section that depends on the filter, kept in its own small
/// component so that a filter change re-renders these lines and nothing else.
#[component]
pub fn SectionMeta(props: &SectionMetaProps) -> Html {
    let chosen = use_context::<ChosenExpert>().and_then(|c| c.0);
    crate::dom::contain::render(&(props.clone(), chosen), view)
}

fn view((props, chosen): &(SectionMetaProps, Option<usize>)) -> Html {
    let (article, index, labels, i) = (&props.article, &props.index, &props.labels, props.section);
    let intro = article.sections[i].heading.is_none();
    let chosen = *chosen;
    if let Some((e, name)) =
        chosen.and_then(|e| article.experts.get(e).map(|x| (e, x.name.as_str())))
    {
        let n = index.count_in(i, e);
        return match (n, intro) {
            (0, true) => html! {
                <p class="qar-note">{ format!("{} {name} {}", labels.no_quotes_from, labels.intro) }</p>
            },
            (_, true) => Html::default(),
            (0, false) => {
                html! { <p class="qar-meta">{ format!("{} {name}", labels.no_quotes_from) }</p> }
            }
            (n, false) => html! { <p class="qar-meta">{ labels.paragraph_count(n) }</p> },
        };
    }
    if intro {
        return Html::default();
    }
    let minutes = format!("{} {}", index.section_minutes(i), labels.min_read);
    let speakers: Vec<&str> = index
        .speakers_in(i)
        .filter_map(|e| article.experts.get(e).map(|x| x.name.as_str()))
        .collect();
    let line = if speakers.is_empty() {
        minutes
    } else {
        format!("{} {} · {minutes}", labels.speaking, speakers.join(", "))
    };
    html! { <p class="qar-meta">{ line }</p> }
}
