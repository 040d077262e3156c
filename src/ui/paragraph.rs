//! A paragraph, with its quotes marked and the reasons it is attributed, for every speaker.
//!
//! What the filter shows (this expert's paragraphs, their highlighted quotes, the evidence)
//! is decided by a stylesheet rule on the reader, not by re-rendering: the paragraph renders
//! once, carrying a `qar-by-N` class per speaker (N: the expert's index).

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
    /// The words to show.
    pub labels: Shared<Labels>,
}

/// Renders text nodes only: nothing from an article ever reaches the DOM as markup.
#[component]
pub fn ParagraphView(props: &ParagraphViewProps) -> Html {
    crate::dom::contain::render(props, view)
}

fn view(props: &ParagraphViewProps) -> Html {
    let article = &props.article;
    let Some(Block::Paragraph(p)) = article
        .sections
        .get(props.section)
        .and_then(|s| s.blocks.get(props.block))
    else {
        return Html::default();
    };
    let expert_index = |id: &str| article.experts.iter().position(|e| e.id == id);
    let mut classes = classes!("qar-paragraph");
    for id in &p.speakers {
        if let Some(i) = expert_index(id) {
            classes.push(format!("qar-by-{i}"));
        }
    }
    let l = &props.labels;
    let evidence = p.evidence.iter().filter_map(|e| {
        let i = expert_index(&e.speaker)?;
        let how = match e.via {
            Via::Name => &l.via_name,
            Via::Surname => &l.via_surname,
            Via::Pronoun => &l.via_pronoun,
            Via::Role => &l.via_role,
            _ => &l.via_continuation,
        };
        let why = if e.cue.is_empty() {
            how.clone()
        } else {
            format!("“{}” · {how}", e.cue)
        };
        // The deciding rule rides along as a data attribute (for inspection and tests), not
        // in the visible text, whose wording is the embedder's (labels).
        let rule = (!e.rule.is_empty()).then(|| e.rule.clone());
        Some(html! {
            <p class={classes!("qar-evidence", format!("qar-ev-{i}"))} data-rule={rule}>{ why }</p>
        })
    });
    html! {
        <>
            <p class={classes}>{ marked(&p.text, p) }</p>
            { for evidence }
        </>
    }
}

/// The text split into plain runs and `<mark>`ed quotes; spans that do not fall on
/// character boundaries (hand-written JSON) are ignored rather than trusted.
fn marked(text: &str, p: &Paragraph) -> Html {
    if p.quotes.is_empty() {
        return html! { { text.to_string() } };
    }
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
