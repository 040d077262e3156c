//! The reader's reducer and its location-hash format, tested natively on a made-up article
//! (`tests/data/reader-state.txt`: an intro and three sections; Marta Quell speaks in the
//! intro and sections 1 and 3, Tomas Brandl in section 2).
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use qa_reader::core::{parse, ArticleIndex};
use qa_reader::ui::state::{reduce, Action, HashState, ReaderState};

const ARTICLE: &str = include_str!("data/reader-state.txt");
const QUELL: usize = 0;
const BRANDL: usize = 1;

fn state(single_open: bool) -> ReaderState {
    let (article, _) = parse(ARTICLE);
    assert_eq!(article.sections.len(), 4, "the test article's shape");
    assert_eq!(article.experts[QUELL].name, "Marta Quell");
    assert_eq!(article.experts[BRANDL].name, "Tomas Brandl");
    ReaderState::new(Rc::new(ArticleIndex::new(&article)), single_open)
}

/// Applies `actions` in turn.
fn run(mut s: ReaderState, actions: impl IntoIterator<Item = Action>) -> ReaderState {
    for a in actions {
        s = reduce(&s, a);
    }
    s
}

fn open_sections(s: &ReaderState) -> Vec<usize> {
    (0..4).filter(|&i| s.is_open(i)).collect()
}

#[test]
fn a_new_reader_shows_only_the_intro() {
    let s = state(false);
    assert_eq!(open_sections(&s), [0]);
    assert_eq!((s.expert, s.focus), (None, None));
}

#[test]
fn toggling_opens_and_closes_and_tracks_the_focused_section() {
    let s = run(state(false), [Action::Toggle(2)]);
    assert_eq!(open_sections(&s), [0, 2]);
    assert_eq!(s.focus, Some(2));
    let s = run(s, [Action::Toggle(2)]);
    assert_eq!(open_sections(&s), [0]);
    assert_eq!(s.focus, None);
}

#[test]
fn the_intro_cannot_be_closed() {
    let s = run(state(false), [Action::Toggle(0), Action::CollapseAll]);
    assert!(s.is_open(0));
}

#[test]
fn several_sections_stay_open_by_default() {
    let s = run(state(false), [Action::Open(1), Action::Open(3)]);
    assert_eq!(open_sections(&s), [0, 1, 3]);
}

#[test]
fn single_open_mode_closes_the_others_but_not_the_intro() {
    let s = run(state(true), [Action::Open(1), Action::Open(3)]);
    assert_eq!(open_sections(&s), [0, 3]);
    let s = run(s, [Action::Toggle(2)]);
    assert_eq!(open_sections(&s), [0, 2]);
    assert_eq!(s.focus, Some(2));
}

#[test]
fn expand_and_collapse_all() {
    let s = run(state(false), [Action::ExpandAll]);
    assert_eq!(open_sections(&s), [0, 1, 2, 3]);
    let s = run(s, [Action::CollapseAll]);
    assert_eq!(open_sections(&s), [0]);
    assert_eq!(s.focus, None);
}

#[test]
fn a_filter_opens_the_experts_sections_and_clearing_it_restores_the_view() {
    let before = run(state(false), [Action::Open(2)]);
    let filtered = run(before.clone(), [Action::Filter(Some(QUELL))]);
    assert_eq!(filtered.expert, Some(QUELL));
    assert_eq!(open_sections(&filtered), [0, 1, 3]);
    // The hash may name only an open section: section 2 is closed under this filter.
    assert_eq!(filtered.focus, None);
    // Switching experts keeps the view from before the first filter.
    let other = run(filtered, [Action::Filter(Some(BRANDL))]);
    assert_eq!(open_sections(&other), [0, 2]);
    let cleared = run(other, [Action::Filter(None)]);
    // The view from before, and the expert chosen last kept (for the lines under the
    // headings, which stay rendered so that clearing the filter re-renders none of them).
    let mut expected = before;
    expected.last_expert = Some(BRANDL);
    assert_eq!(cleared, expected);
}

#[test]
fn an_unknown_expert_or_section_changes_nothing() {
    let s = state(false);
    assert_eq!(run(s.clone(), [Action::Filter(Some(99))]).expert, None);
    assert_eq!(run(s.clone(), [Action::Open(99)]), s);
    assert_eq!(run(s.clone(), [Action::Filter(None)]), s);
}

#[test]
fn restore_filters_then_opens_the_named_section() {
    let s = run(
        state(true),
        [Action::Restore {
            expert: Some(BRANDL),
            section: Some(3),
        }],
    );
    assert_eq!(s.expert, Some(BRANDL));
    assert_eq!(s.focus, Some(3));
    assert!(s.is_open(3));
}

#[test]
fn the_hash_round_trips_and_ignores_what_it_does_not_know() {
    let h = HashState {
        expert: Some("marta-quell".into()),
        section: Some("who-pays-for-the-repair".into()),
    };
    assert_eq!(
        h.format(),
        "expert=marta-quell&section=who-pays-for-the-repair"
    );
    assert_eq!(HashState::parse(&format!("#{}", h.format())), h);
    assert_eq!(HashState::default().format(), "");
    let only_section = HashState::parse("#utm=x&section=intro&expert=");
    assert_eq!(only_section.section.as_deref(), Some("intro"));
    assert_eq!(only_section.expert, None);
    // Anything that is not a slug is dropped, so a hash cannot inject a selector or markup.
    for bad in [
        "#expert=<b>",
        "#expert=a b",
        "#section=a%20b",
        "#expert=a\"]",
    ] {
        assert_eq!(HashState::parse(bad), HashState::default(), "{bad}");
    }
    let long = format!("#expert={}", "a".repeat(81));
    assert_eq!(HashState::parse(&long).expert, None);
}

#[test]
fn a_prerendered_reader_starts_with_every_section_open_and_its_controls_not_live() {
    let (article, _) = parse(ARTICLE);
    let index = Rc::new(ArticleIndex::new(&article));
    let s = ReaderState::prerendered(index, false);
    assert_eq!(open_sections(&s), vec![0, 1, 2, 3]);
    assert_eq!((s.expert, s.focus, s.live), (None, None, false));
    // The expert it applies before going live is not announced; later choices are.
    let s = run(s, [Action::Filter(Some(QUELL)), Action::Live]);
    assert!(s.live && !s.announce);
    let s = run(s, [Action::Filter(None)]);
    assert!(s.announce);
    assert!(
        state(false).announce,
        "a reader rendered in the browser announces"
    );
    // Taken over, it is an ordinary reader: collapse and filter as usual.
    let s = run(s, [Action::CollapseAll, Action::Filter(Some(BRANDL))]);
    assert_eq!(open_sections(&s), vec![0, 2]);
    let s = run(s, [Action::Filter(None)]);
    assert_eq!(open_sections(&s), vec![0]);
}
