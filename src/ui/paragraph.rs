//! A paragraph, with its quotes highlighted and the reason it is attributed when filtered.

use yew::prelude::*;

use super::options::Labels;
use super::Shared;
use crate::core::{Article, Block, Paragraph, Via};

/// Properties of [`ParagraphView`].
#[derive(Properties, PartialEq, Clone)]
pub struct ParagraphViewProps {
    /// The article (shared, not copied).
    pub article: Shared<Article>,
    /// The paragraph's section index.
    pub section: usize,
    /// The paragraph's block index in its section.
    pub block: usize,
    /// The expert whose quotes to highlight and whose evidence to show, if filtering.
    pub expert: Option<AttrValue>,
    /// The words to show.
    pub labels: Shared<Labels>,
}

/// Renders text nodes only: nothing from an article ever reaches the DOM as markup.
#[component]
pub fn ParagraphView(props: &ParagraphViewProps) -> Html {
    let Some(Block::Paragraph(p)) = props
        .article
        .sections
        .get(props.section)
        .and_then(|s| s.blocks.get(props.block))
    else {
        return Html::default();
    };
    let Some(expert) = &props.expert else {
        return html! { <p class="qar-paragraph">{ p.text.clone() }</p> };
    };
    let why = p
        .evidence
        .iter()
        .find(|e| e.speaker == expert.as_str())
        .map(|e| {
            let l = &props.labels;
            let how = match e.via {
                Via::Name => &l.via_name,
                Via::Surname => &l.via_surname,
                Via::Pronoun => &l.via_pronoun,
                Via::Role => &l.via_role,
                _ => &l.via_continuation,
            };
            if e.cue.is_empty() {
                how.clone()
            } else {
                format!("“{}” · {how}", e.cue)
            }
        });
    html! {
        <>
            <p class="qar-paragraph qar-attributed">{ highlighted(&p.text, p) }</p>
            if let Some(why) = why {
                <p class="qar-evidence">{ why }</p>
            }
        </>
    }
}

/// The text split into plain runs and `<mark>`ed quotes; spans that do not fall on
/// character boundaries (hand-written JSON) are ignored rather than trusted.
fn highlighted(text: &str, p: &Paragraph) -> Html {
    let mut parts: Vec<Html> = Vec::new();
    let mut at = 0;
    for q in &p.quotes {
        let valid = q.start >= at
            && q.start < q.end
            && q.end <= text.len()
            && text.is_char_boundary(q.start)
            && text.is_char_boundary(q.end);
        if !valid {
            continue;
        }
        if q.start > at {
            parts.push(html! { { text[at..q.start].to_string() } });
        }
        parts.push(html! { <mark class="qar-quote">{ text[q.start..q.end].to_string() }</mark> });
        at = q.end;
    }
    if at < text.len() {
        parts.push(html! { { text[at..].to_string() } });
    }
    parts.into_iter().collect()
}
