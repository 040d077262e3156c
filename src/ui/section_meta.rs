//! The lines under a heading: who speaks in the section, and what the expert chosen last says there.

use std::rc::Rc;

use yew::prelude::*;

use super::options::Labels;
use super::Shared;
use crate::core::{Article, ArticleIndex};

/// The expert chosen last ([`super::state::ReaderState::last_expert`]), handed down as a
/// context so that only the components that show it re-render when it changes (sections
/// themselves do not), and none when the filter is cleared.
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

/// Under a heading: the speakers and reading time, and the line for the expert chosen last:
/// their paragraph count, or "No quotes from …". For the untitled intro, only that note,
/// when it applies. The stylesheet shows one of the two lines: the expert's while the reader
/// is filtered (its root has `qar-filtered`), the other one otherwise.
///
/// This is the only part of a section that depends on the filter, kept in its own small
/// component so that choosing an expert re-renders these lines and nothing else.
#[component]
pub fn SectionMeta(props: &SectionMetaProps) -> Html {
    let chosen = use_context::<ChosenExpert>().and_then(|c| c.0);
    // The unfiltered line does not depend on the filter: worked out once, not each time an
    // expert is chosen.
    let line = use_memo(props.clone(), unfiltered_line);
    crate::dom::contain::render(&(props.clone(), chosen, line), view)
}

/// The speakers and reading time (none for the untitled intro).
fn unfiltered_line(props: &SectionMetaProps) -> Option<String> {
    let (article, index, labels, i) = (&props.article, &props.index, &props.labels, props.section);
    article.sections[i].heading.as_ref()?;
    let minutes = format!("{} {}", index.section_minutes(i), labels.min_read);
    let speakers: Vec<&str> = index
        .speakers_in(i)
        .filter_map(|e| article.experts.get(e).map(|x| x.name.as_str()))
        .collect();
    Some(if speakers.is_empty() {
        minutes
    } else {
        format!("{} {} · {minutes}", labels.speaking, speakers.join(", "))
    })
}

fn view((props, chosen, line): &(SectionMetaProps, Option<usize>, Rc<Option<String>>)) -> Html {
    let (article, index, labels, i) = (&props.article, &props.index, &props.labels, props.section);
    let intro = article.sections[i].heading.is_none();
    let expert_line = chosen
        .and_then(|e| article.experts.get(e).map(|x| (e, x.name.as_str())))
        .map(|(e, name)| match (index.count_in(i, e), intro) {
            (0, true) => html! {
                <p class="qar-note qar-meta-chosen">{ format!("{} {name} {}", labels.no_quotes_from, labels.intro) }</p>
            },
            (_, true) => Html::default(),
            (0, false) => html! {
                <p class="qar-meta qar-meta-chosen">{ format!("{} {name}", labels.no_quotes_from) }</p>
            },
            (n, false) => html! { <p class="qar-meta qar-meta-chosen">{ labels.paragraph_count(n) }</p> },
        });
    let line = line
        .as_ref()
        .as_ref()
        .map(|line| html! { <p class="qar-meta qar-meta-all">{ line.clone() }</p> });
    html! { <>{ line }{ expert_line }</> }
}
