//! Unit tests of the attribution stages, on made-up sentences.

use super::super::model::Span;
use super::super::text::{DAYS, MONTHS};
use super::lexicon::*;
use super::*;
use crate::core::parse;

/// Parses a tiny article (a headline, then `paragraphs`) and returns, per paragraph,
/// the names of its speakers.
fn speakers(paragraphs: &[&str]) -> Vec<Vec<String>> {
    let text = format!(
        "A headline for the test article\n\n{}",
        paragraphs.join("\n\n")
    );
    let (a, _) = parse(&text);
    a.paragraphs()
        .map(|(_, p)| {
            p.speakers
                .iter()
                .map(|id| a.expert(id).unwrap().name.clone())
                .collect()
        })
        .collect()
}

fn check(paragraphs: &[&str], expected: &[&[&str]]) {
    let got = speakers(paragraphs);
    let want: Vec<Vec<String>> = expected
        .iter()
        .map(|v| v.iter().map(|s| s.to_string()).collect())
        .collect();
    assert_eq!(got, want, "{paragraphs:#?}");
}

#[test]
fn the_lexicon_answers_for_every_listed_word() {
    let words = |list: &'static str| list.split_ascii_whitespace().collect::<Vec<_>>();
    let lists: [(Vec<&str>, u32); 11] = [
        (words(TIME_WORDS), Lex::TIME),
        (words(NOT_NAME_START), Lex::NOT_NAME_START),
        (DAYS.to_vec(), Lex::DAY),
        (words(PARTICLES), Lex::PARTICLE),
        (words(TITLES), Lex::TITLE),
        (words(DESCRIPTORS), Lex::TITLE | Lex::DESCRIPTOR),
        (words(ORG_WORDS), Lex::ORG),
        (words(PLACE_WORDS), Lex::PLACE),
        (words(STANCES), Lex::STANCE),
        (words(BETWEEN_SUBJECT_AND_VERB), Lex::BETWEEN),
        (words(ABBREVIATIONS), Lex::ABBREVIATION),
    ];
    let verbs: Vec<&str> = SPEECH_VERBS.iter().map(|v| v.0).collect();
    for (words, flag) in lists.into_iter().chain([
        (verbs, Lex::SPEECH),
        (MONTHS.to_vec(), Lex::MONTH),
        (vec!["beamed", "laughs", "grinned", "cried"], Lex::MANNER),
    ]) {
        for w in words {
            assert!(
                w.len() <= LONGEST_LISTED_WORD,
                "{w} is longer than LONGEST_LISTED_WORD"
            );
            assert!(Lex::of(w).has(flag), "{w} lost its flag {flag}");
        }
    }
    assert!(Lex::of("sept").has(Lex::MONTH) && Lex::of("janu").has(Lex::MONTH));
    assert!(!Lex::of("ju").has(Lex::MONTH) && !Lex::of("baker").has(Lex::TITLE));
    assert!(
        Lex::of("said").has(Lex::SPEECH_INVERTS) && !Lex::of("believes").has(Lex::SPEECH_INVERTS)
    );
}

#[test]
fn quote_spans_handle_curly_straight_and_unclosed() {
    let (spans, open) = quote_spans("“One,” he said. \"Two\" and «three»");
    assert_eq!(spans.len(), 3);
    assert!(!open);
    let (spans, open) = quote_spans("“It goes on");
    assert_eq!(
        spans,
        [Span {
            start: 0,
            end: "“It goes on".len()
        }]
    );
    assert!(open);
    let (spans, _) = quote_spans("Norland’s don’t");
    assert!(spans.is_empty());
}

#[test]
fn name_with_appositive_role_then_verb() {
    check(
        &["Forces “are few”, Jane Doe, a researcher with a university, told the paper."],
        &[&["Jane Doe"]],
    );
}

#[test]
fn inverted_verb_and_role_before_name() {
    check(
        &[
            "“It is hard,” said John Roe, a fellow at an institute.",
            "“We will win,” lawmaker Mary Major wrote on Facebook.",
        ],
        &[&["John Roe"], &["Mary Major"]],
    );
}

#[test]
fn pronoun_and_surname_follow_ups() {
    check(
        &[
            "Ann Lee, head of a think tank, said the war would go on.",
            "“It will take months,” she said.",
            "Prices will rise, Lee told reporters.",
            "Narration without any speaker here.",
        ],
        &[&["Ann Lee"], &["Ann Lee"], &["Ann Lee"], &[]],
    );
}

#[test]
fn according_to_and_stance() {
    check(
        &[
            "The plan could fail, according to Omar Said, head of a research centre.",
            "He’s confident that the talks will resume.",
        ],
        &[&["Omar Said"], &["Omar Said"]],
    );
}

#[test]
fn quote_only_paragraph_continues_the_speaker() {
    check(
        &[
            "“It is over,” Ivan Petrov said.",
            "“Nobody will come back.”",
            "The town is empty.",
        ],
        &[&["Ivan Petrov"], &["Ivan Petrov"], &[]],
    );
}

#[test]
fn mentions_organisations_and_names_in_quotes_are_not_speakers() {
    check(
        &[
            "Other analysts disagreed with Petrov’s assessment.",
            "The Defence Ministry said it had repelled the attack.",
            "“Ask Maria Gomez,” an official told the paper.",
            "Critics say the plan is flawed.",
        ],
        &[&[], &[], &[], &[]],
    );
}

/// The experts (name, role) of an article of these paragraphs (a blank line between).
fn experts_of(paragraph: &str) -> Vec<(String, Option<String>)> {
    let (a, _) = parse(&format!("A headline for the test article\n\n{paragraph}"));
    a.experts.into_iter().map(|e| (e.name, e.role)).collect()
}

fn expert(name: &str, role: &str) -> (String, Option<String>) {
    (name.to_string(), Some(role.to_string()))
}

fn no_role(name: &str) -> (String, Option<String>) {
    (name.to_string(), None)
}

#[test]
fn role_then_name_in_commas() {
    assert_eq!(
        experts_of("On Monday, the army's chief spokesperson, Rear Admiral Tom Hale, said the strikes would go on."),
        [expert("Tom Hale", "the army's chief spokesperson, Rear Admiral")]
    );
}

#[test]
fn relative_clause_between_name_and_verb() {
    check(
        &[
            "Rita Moss, a historian, said the siege was unprecedented.",
            "“It will fall,” Moss, who has written two books on the war since 2022, told the paper.",
        ],
        &[&["Rita Moss"], &["Rita Moss"]],
    );
    // The evidence is the sentence's own verb, not the one describing her.
    let (article, _) = crate::core::parse(
        "Rita Moss, a historian, said the siege was unprecedented.\n\n“It will fall,” Moss, who has written two books on the war since 2022, told the paper.\n",
    );
    let last = article.sections[0].blocks.last().unwrap();
    let crate::core::Block::Paragraph(p) = last else {
        panic!("a paragraph")
    };
    assert_eq!(p.evidence[0].cue, "told");
}

#[test]
fn role_words_before_the_name_after_the_verb() {
    assert_eq!(
        experts_of("Voters are tired, said veteran Republican strategist Dan Cole."),
        [expert("Dan Cole", "veteran Republican strategist")]
    );
}

#[test]
fn outlet_possessive_before_the_name() {
    check(
        &["The Outlet’s Sami Noor, reporting from the border, said crossings had stopped."],
        &[&["Sami Noor"]],
    );
}

#[test]
fn quote_spanning_two_paragraphs() {
    check(
        &[
            "“We waited all night,” said Lena Park. “Nobody came.",
            "“Then the shelling began again,” she said.",
            "“And then it stopped.”",
        ],
        &[&["Lena Park"], &["Lena Park"], &["Lena Park"]],
    );
    check(
        &[
            "Ivo Kral said: “The first part goes on.",
            "“And it ends in the next paragraph.”",
        ],
        &[&["Ivo Kral"], &["Ivo Kral"]],
    );
}

#[test]
fn he_and_she_follow_the_right_speaker() {
    check(
        &[
            "Mr Adam Fox said the ceasefire was holding.",
            "Ms Beth Gray disagreed, saying the shelling had resumed.",
            "Officials have not commented. “It is a lie,” she said.",
            "“It is the truth,” he said.",
        ],
        &[&["Adam Fox"], &["Beth Gray"], &["Beth Gray"], &["Adam Fox"]],
    );
}

#[test]
fn namesakes_told_apart_by_place() {
    check(
        &[
            "“We are tired,” Abu Karim Nasser, 44, told the reporter in Jenin.",
            "Talks may resume, Omar Nasser told the agency. Nasser is the head of a research group in Cairo.",
            "Nasser, in Jenin, said he wanted peace.",
        ],
        &[&["Abu Karim Nasser"], &["Omar Nasser"], &["Abu Karim Nasser"]],
    );
}

#[test]
fn a_title_without_a_name_finds_the_person_who_holds_it() {
    check(
        &[
            "The report follows a meeting with US President Ann Dale.",
            "In a post after the meeting, the US President said: “We are ready.”",
        ],
        &[&[], &["Ann Dale"]],
    );
}

#[test]
fn photo_credits_and_captions_name_nobody() {
    let text = "A headline for the test article\n\nBody text here.\n\nJane Roe said the rally was calm, in May 2024 [John Poe/Agency]\n\nMore body text.";
    let (a, _) = parse(text);
    assert!(a.experts.is_empty(), "{:?}", a.experts);
}

#[test]
fn titles_go_to_the_role() {
    assert_eq!(
        experts_of("Israeli Defence Minister Eli Stern said the border would stay closed."),
        [expert("Eli Stern", "Israeli Defence Minister")]
    );
    let (a, _) = parse("A headline for the test article\n\nEli Stern said so.");
    assert_eq!(a.experts[0].id, "eli-stern");
}

/// Words before a name that end a verb or an adverb give no role (`as she stood behind
/// Jane Doe`, `Was that really Jane Doe`); role words do (`party strategist`, `son`).
#[test]
fn verbs_and_adverbs_before_a_name_are_no_role() {
    assert_eq!(
        experts_of("As she stood behind Ida Marsh, the crowd was quiet. Was that really Tom Hale?\n\n\"It was,\" Marsh said.\n\n\"It was,\" Hale said."),
        [no_role("Ida Marsh"), no_role("Tom Hale")]
    );
    assert_eq!(
        experts_of("Veteran party strategist Dan Cole said the vote was close."),
        [expert("Dan Cole", "Veteran party strategist")]
    );
}

/// A clause or an adverb before an apposition is no part of the role: `other`, `however`
/// and `later` end as role nouns do, but are none.
#[test]
fn a_clause_before_an_apposition_is_no_role() {
    assert_eq!(
        experts_of("However, there are other ways the storms have changed the port, Ada Brill, a harbour pilot, told reporters."),
        [expert("Ada Brill", "a harbour pilot")]
    );
    assert_eq!(
        experts_of("However, Tom Hale, the harbour master, said the quay was safe. Another pilot, Ida Marsh, said it was not."),
        [expert("Tom Hale", "the harbour master"), expert("Ida Marsh", "Another pilot")]
    );
}

/// A role stated with `is`/`was` names a post or a tie before any preposition (`is the head
/// of …`, `is the son of …`), not any description (`was the face of change when …`).
#[test]
fn a_stated_role_names_a_post() {
    assert_eq!(
        experts_of("Tom Hale was the voice of the harbour for a decade. \"We won,\" Hale said.\n\nIda Marsh is the head of the pilots' union. \"We lost,\" Marsh said.\n\nAda Brill was a close second. Doctor Lena Roos said so. \"Fine,\" Brill said.\n\nTom Vale is the party whip. \"Yes,\" Vale said."),
        [
            no_role("Tom Hale"),
            expert("Ida Marsh", "the head of the pilots' union"),
            expert("Lena Roos", "Doctor"),
            no_role("Ada Brill"),
            expert("Tom Vale", "the party whip")
        ]
    );
}

/// A title joined by `of` to the office after it is the role whole (`Secretary of State`,
/// `Deputy Director of Public Records`), not the words after `of`.
#[test]
fn a_title_of_an_office_is_the_role() {
    assert_eq!(
        experts_of("Secretary of State Ada Brill said the talks would go on. After Deputy Director of Harbour Records Tom Hale left, the files were lost.\n\n\"They are gone,\" Hale said."),
        [
            expert("Ada Brill", "Secretary of State"),
            expert("Tom Hale", "Deputy Director of Harbour Records")
        ]
    );
    // A descriptor is no office: the mayor's rival is not the mayor.
    assert_eq!(
        experts_of("Rival of Mayor Tom Hale, Ada Brill, said the vote was rigged.\n\n\"It was not,\" Hale said."),
        [
            expert("Ada Brill", "Rival of Mayor Tom Hale"),
            expert("Tom Hale", "Mayor")
        ]
    );
}

/// A short described role in commas before the name is the role (`His wife, Jane Doe,`).
#[test]
fn a_role_in_commas_before_the_name() {
    assert_eq!(
        experts_of("His wife, Lena Brandt, said the bakery would stay open."),
        [expert("Lena Brandt", "His wife")]
    );
    // In narration too, and after `and`; not when no comma closes the name (`After meeting
    // the harbour master, Ida Marsh left`).
    assert_eq!(
        experts_of("Mr. Hale and the first lady, Rosa Hale, toured the pier. After meeting the harbour master, Ida Marsh left.\n\n\"It was fine,\" Rosa Hale said.\n\n\"It was late,\" Marsh said."),
        [expert("Rosa Hale", "the first lady"), no_role("Ida Marsh")]
    );
}

/// `New` opens a place, not a sentence, when a title follows it (`New Harbour Gov.`).
#[test]
fn a_place_opened_by_new_stays_in_the_title() {
    assert_eq!(
        experts_of("New Harbour Gov. Ida Marsh said the ferry would run."),
        [expert("Ida Marsh", "New Harbour Gov.")]
    );
    assert_eq!(
        experts_of("On Monday, New Harbour Mayor Ida Marsh said the ferry would run."),
        [expert("Ida Marsh", "New Harbour Mayor")]
    );
}

#[test]
fn communication_verbs_inflect_by_the_spelling_rules() {
    let forms = |spec: &str| inflections(spec).0.map(|f| f.to_string());
    assert_eq!(forms("quip/quipped+"), ["quips", "quipped", "quipping"]);
    assert_eq!(forms("reply+"), ["replies", "replied", "replying"]);
    assert_eq!(forms("argue+"), ["argues", "argued", "arguing"]);
    assert_eq!(forms("stress+"), ["stresses", "stressed", "stressing"]);
    assert_eq!(forms("say/said+"), ["says", "said", "saying"]);
    assert!(inflections("add+").1 && !inflections("tell/told").1);
    assert!(Lex::of("condemned").has(Lex::SPEECH) && Lex::of("arguing").has(Lex::SPEECH_ING));
}

#[test]
fn the_quote_mark_search_finds_what_a_byte_scan_finds() {
    let texts = [
        "",
        "plain words without marks, long enough for several chunks of eight",
        "“Quoted,” she said — and it’s «fine» \"here\" ''too''.",
        "ab\"",
        "1234567\"",
        "12345678\"",
        "é“x",
    ];
    for text in texts {
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() {
            let want = bytes[from..]
                .iter()
                .position(|&b| super::quotes::is_mark(b))
                .map(|at| from + at);
            assert_eq!(
                super::quotes::next_mark(bytes, from),
                want,
                "{text:?} from {from}"
            );
        }
    }
}
