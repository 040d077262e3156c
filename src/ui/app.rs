//! The reader: title, roster, toolbar and the sections of one article; owns the state.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::options::{ReaderEvent, ReaderOptions};
use super::roster::ExpertFilter;
use super::section::SectionView;
use super::section_meta::ChosenExpert;
use super::state::{Action, HashState, ReaderState};
use super::toolbar::Toolbar;
use super::Shared;
use crate::core::{Article, ArticleIndex};
use crate::dom;

/// Properties of [`App`].
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The parsed article.
    pub article: Shared<Article>,
    /// How the reader behaves, and its words.
    #[prop_or_default]
    pub options: Shared<ReaderOptions>,
    /// Told when the expert filter changes or a section opens or closes.
    #[prop_or_default]
    pub on_event: Callback<ReaderEvent>,
    /// Given the reader's dispatcher once mounted, so a host can drive it.
    #[prop_or_default]
    pub on_ready: Callback<UseReducerDispatcher<ReaderState>>,
}

/// One reader of one article.
#[component]
pub fn App(props: &AppProps) -> Html {
    let article = props.article.clone();
    let options = props.options.clone();
    // Derived once per article, never on a re-render.
    let index = use_memo(article.clone(), |a| ArticleIndex::new(a));
    // The options' state, looked up once (ids scanned by name), not on every render.
    let initial = use_memo((), {
        let (article, options) = (article.clone(), options.clone());
        move |_| {
            let hash = HashState {
                expert: options.expert.clone(),
                section: options.section.clone(),
            };
            restore(&article, &hash)
        }
    });
    let state = use_reducer({
        let (index, options, initial) = (index.clone(), options.clone(), initial.clone());
        move || {
            // Prerendered markup is taken over in the state it was rendered in; the options'
            // expert and section follow once the reader is live (see the effect below).
            if options.prerendered {
                return ReaderState::prerendered(index, options.single_open);
            }
            let state = Rc::new(ReaderState::new(index, options.single_open));
            (*state.reduce((*initial).clone())).clone()
        }
    });

    {
        let (dispatcher, on_ready) = (state.dispatcher(), props.on_ready.clone());
        let prerendered = options.prerendered;
        use_effect_with((), move |_| {
            // The options' state first, then live: the hash and the host hear only from
            // the live reader (see `use_hash_sync`, `use_host_events`).
            if prerendered {
                dispatcher.dispatch((*initial).clone());
                dispatcher.dispatch(Action::Live);
            }
            on_ready.emit(dispatcher)
        });
    }
    use_hash_sync(&article, &options, &state);
    let root = use_node_ref();
    use_filter_sheet(&root, &options.id_prefix, &state);
    use_host_events(&article, &state, &props.on_event);

    // One labels value per options value: a fresh `Rc` on each render would make every
    // component that takes the labels (down to each paragraph) re-render on every change.
    let labels = Shared(use_memo(options.clone(), |o| o.labels.clone()));
    // Callbacks keep their identity across renders (Yew compares them by pointer), so that
    // a state change does not re-render every section that receives one.
    let on_toggle = use_callback(state.dispatcher(), |i, d| d.dispatch(Action::Toggle(i)));
    let on_reveal = use_callback(state.dispatcher(), |i, d| d.dispatch(Action::Open(i)));
    let on_select = use_callback(state.dispatcher(), |e, d| d.dispatch(Action::Filter(e)));
    let on_expand_all = use_callback(state.dispatcher(), |(), d| d.dispatch(Action::ExpandAll));
    let on_collapse_all = use_callback(state.dispatcher(), |(), d| d.dispatch(Action::CollapseAll));
    let view = View {
        article,
        options,
        index,
        state,
        labels,
        root,
        on_toggle,
        on_reveal,
        on_select,
        on_expand_all,
        on_collapse_all,
    };
    dom::contain::render(&view, render)
}

/// What [`App`]'s markup is made of, once its hooks have run.
#[derive(Clone)]
struct View {
    article: Shared<Article>,
    options: Shared<ReaderOptions>,
    index: Rc<ArticleIndex>,
    state: UseReducerHandle<ReaderState>,
    labels: Shared<super::Labels>,
    root: NodeRef,
    on_toggle: Callback<usize>,
    on_reveal: Callback<usize>,
    on_select: Callback<Option<usize>>,
    on_expand_all: Callback<()>,
    on_collapse_all: Callback<()>,
}

fn render(view: &View) -> Html {
    let View {
        article,
        options,
        index,
        state,
        labels,
        root,
        on_toggle,
        on_reveal,
        on_select,
        on_expand_all,
        on_collapse_all,
    } = view;
    // A reader whose reducer or effects trapped shows nothing more (see `dom::contain`).
    if state.failed {
        return dom::contain::marker();
    }
    let on_keydown = Callback::from(dom::move_focus_between_headers);
    let live = state.live;

    let minutes = match state.expert {
        Some(e) => index.expert_minutes(e),
        None => index.article_minutes(),
    };
    let announced = state.expert.filter(|_| state.announce);
    let announcement = announced.and_then(|e| article.experts.get(e)).map(|e| {
        format!(
            "{} {} {} {}",
            options.labels.showing,
            options.labels.paragraph_count(e.paragraphs),
            options.labels.from,
            e.name
        )
    });
    let prefix = AttrValue::from(options.id_prefix.clone());
    let title_id = format!("{}-title", options.id_prefix);
    let index = Shared(index.clone());
    // The filter is these classes on the root: they turn on the chosen expert's rules and
    // the lines under the headings that speak of them (see `dom::FilterSheet`).
    let filter = state
        .expert
        .map(|e| classes!("qar-filtered", dom::filter_class(e)));
    html! {
        <article class={classes!("qar-reader", options.id_prefix.clone(), filter)} aria-labelledby={title_id.clone()}
            onkeydown={on_keydown} ref={root}>
            <header class="qar-header">
                <h1 class="qar-title" id={title_id}>
                    { article.title.clone().unwrap_or_else(|| options.labels.untitled.clone()) }
                </h1>
                if let Some(standfirst) = &article.standfirst {
                    <p class="qar-standfirst">{ standfirst.clone() }</p>
                }
                <ExpertFilter article={article.clone()} selected={state.expert} labels={labels.clone()} {live} {on_select} />
                <Toolbar labels={labels.clone()} {minutes} {live} {on_expand_all} {on_collapse_all} />
                <p class="qar-visually-hidden" role="status">{ announcement.unwrap_or_default() }</p>
            </header>
            <ContextProvider<ChosenExpert> context={ChosenExpert(state.last_expert)}>
            { for article.sections.iter().enumerate().map(|(i, section)| html! {
                <SectionView
                    key={section.id.clone()}
                    article={article.clone()}
                    index={index.clone()}
                    section={i}
                    open={state.is_open(i)}
                    {live}
                    id_prefix={prefix.clone()}
                    labels={labels.clone()}
                    on_toggle={on_toggle.clone()}
                    on_reveal={on_reveal.clone()}
                />
            }) }
            </ContextProvider<ChosenExpert>>
            if let Some(source) = &article.source {
                <footer class="qar-source">{ format!("{} {source}", options.labels.source) }</footer>
            }
        </article>
    }
}

/// Keeps the reader's filter rules in step with the chosen expert (see `dom::FilterSheet`),
/// and takes them away when the reader goes.
#[hook]
fn use_filter_sheet(root: &NodeRef, scope: &str, state: &UseReducerHandle<ReaderState>) {
    let (expert, dispatcher) = (state.expert, state.dispatcher());
    let sheet: Rc<RefCell<Option<dom::FilterSheet>>> = use_mut_ref(|| None);
    {
        let sheet = sheet.clone();
        use_effect_with((), move |_| {
            move || {
                if let Some(s) = sheet.borrow_mut().take() {
                    s.remove();
                }
            }
        });
    }
    let (root, scope) = (root.clone(), scope.to_string());
    use_effect_with(expert, move |&expert| {
        guarded(&dispatcher, move || {
            let mut sheet = sheet.borrow_mut();
            if sheet.is_none() {
                *sheet = dom::FilterSheet::adopt(&root, &scope);
            }
            if let Some(s) = sheet.as_ref() {
                s.show(expert);
            }
        })
    });
}

/// Runs an effect behind `dom::contain`: if it traps, the reader fails (and only it).
fn guarded(dispatcher: &UseReducerDispatcher<ReaderState>, effect: impl FnOnce() + 'static) {
    if dom::contain::contain(effect).is_err() {
        dispatcher.dispatch(Action::Fail);
    }
}

/// The action that brings the reader to a hash's state (unknown ids are ignored).
fn restore(article: &Article, hash: &HashState) -> Action {
    let expert = hash
        .expert
        .as_ref()
        .and_then(|id| article.experts.iter().position(|e| &e.id == id));
    let section = hash
        .section
        .as_ref()
        .and_then(|id| article.sections.iter().position(|s| &s.id == id));
    Action::Restore { expert, section }
}

/// Keeps the location hash and the state in step, when the options ask for it: a filter
/// change adds a history entry (so Back undoes it), a section change replaces the entry.
#[hook]
fn use_hash_sync(
    article: &Shared<Article>,
    options: &Shared<ReaderOptions>,
    state: &UseReducerHandle<ReaderState>,
) {
    let use_hash = options.use_hash;
    let on_hash = use_callback(
        (article.clone(), state.dispatcher()),
        |hash: String, (article, dispatcher)| {
            dispatcher.dispatch(restore(article, &HashState::parse(&hash)))
        },
    );
    dom::use_hash_change(use_hash, on_hash);
    let last_expert = use_mut_ref(|| None::<Option<usize>>);
    let (article, dispatcher) = (article.clone(), state.dispatcher());
    // A prerendered reader's state before it is live is the markup's, not the reader's:
    // writing it would wipe the hash it is about to restore.
    use_effect_with(
        (state.expert, state.focus, state.live),
        move |&(expert, focus, live)| {
            guarded(&dispatcher, move || {
                if use_hash && live {
                    let hash = HashState {
                        expert: expert
                            .and_then(|e| article.experts.get(e))
                            .map(|e| e.id.clone()),
                        section: focus
                            .and_then(|s| article.sections.get(s))
                            .map(|s| s.id.clone()),
                    };
                    let previous = last_expert.borrow_mut().replace(expert);
                    let push = previous.is_some_and(|p| p != expert);
                    dom::write_hash(&hash.format(), push);
                }
            })
        },
    );
}

/// What the host was last told: the chosen expert and which sections were open.
type Seen = (Option<usize>, Vec<bool>);

/// Tells the host about filter changes and sections opening or closing, whatever caused them.
#[hook]
fn use_host_events(
    article: &Shared<Article>,
    state: &UseReducerHandle<ReaderState>,
    on_event: &Callback<ReaderEvent>,
) {
    let previous: Rc<RefCell<Option<Seen>>> = use_mut_ref(|| None);
    let (article, on_event, dispatcher) = (article.clone(), on_event.clone(), state.dispatcher());
    let open: Vec<bool> = (0..article.sections.len())
        .map(|i| state.is_open(i))
        .collect();
    // Before it is live a prerendered reader is still settling into its options' state:
    // the host is first told of changes from the state it goes live in.
    use_effect_with(
        (state.expert, open, state.live),
        move |(expert, open, live)| {
            let (expert, open, live) = (*expert, open.clone(), *live);
            guarded(&dispatcher, move || {
                if live {
                    announce(&previous, &article, &on_event, expert, open)
                }
            })
        },
    );
}

/// Tells the host what changed since it was last told (`previous`).
fn announce(
    previous: &RefCell<Option<Seen>>,
    article: &Article,
    on_event: &Callback<ReaderEvent>,
    expert: Option<usize>,
    open: Vec<bool>,
) {
    let before = previous.borrow_mut().replace((expert, open.clone()));
    let Some((old_expert, old_open)) = before else {
        return;
    };
    if old_expert != expert {
        let id = expert
            .and_then(|e| article.experts.get(e))
            .map(|e| e.id.clone());
        on_event.emit(ReaderEvent::Expert(id));
    }
    for (i, (was, is)) in old_open.iter().zip(&open).enumerate() {
        if was != is {
            on_event.emit(ReaderEvent::Section {
                id: article.sections[i].id.clone(),
                open: *is,
            });
        }
    }
}
