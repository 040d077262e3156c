//! The article's people: named or mentioned, found again by full name, surname, pronoun or role.

use super::super::model::Via;
use super::super::text::slug;

use super::phrases::*;
use super::sieves::Attribution;
use super::tokens::*;
use super::*;

/// A known person: named with speech evidence (an expert) or only mentioned.
#[derive(Clone, Debug)]
pub(super) struct Person {
    pub(super) id: String,
    pub(super) name: String,
    /// Folded name tokens, for surname matching.
    pub(super) key: Vec<String>,
    pub(super) role: Option<String>,
    pub(super) gender: Option<Gender>,
    /// The gender a title or role word told (`Ms.`, `his wife`), never one guessed from a
    /// pronoun: enough to keep `Mr. Doe` from joining `Ms. Jane Doe`.
    pub(super) titled: Option<Gender>,
    pub(super) expert: bool,
    /// Introduced as an organisation (`Clear Ledgers, a non-profit group`): never a speaker.
    pub(super) org: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Gender {
    He,
    She,
}

impl Gender {
    /// Whether two people's genders, where known, can be one person's.
    pub(super) fn agree(a: Option<Gender>, b: Option<Gender>) -> bool {
        !matches!((a, b), (Some(a), Some(b)) if a != b)
    }
}

impl Engine {
    /// Adds every person-like name outside quotes to the roster; returns the paragraph's
    /// subject when the paragraph opens with a person's name, and the last person named.
    /// (`introduce`: whether full names new to the article join the roster.)
    pub(super) fn note_mentions(
        &mut self,
        tokens: &[Token],
        introduce: bool,
    ) -> (Option<usize>, Option<usize>) {
        let mut subject = None;
        let mut named = None;
        self.starts.clear();
        self.named_at.clear();
        let mut i = 0;
        while i < tokens.len() {
            if tokens[i].in_quote || !tokens[i].capitalised {
                i += 1;
                continue;
            }
            let end = run_end(tokens, i);
            let (role, name) = split_title(tokens, i, end);
            let role = with_office(tokens, i, role);
            let person = name
                .as_ref()
                .is_some_and(|n| n.len() >= 2 && is_person_name(n));
            let person = person
                && (introduce || {
                    let key: Vec<String> = name.iter().flatten().map(|w| lower(w)).collect();
                    self.by_key.contains_key(&key)
                });
            if let (true, Some(name)) = (person, &name) {
                // (`Ms. Jane Doe`: the honorific is no role, but it tells her gender.)
                let told = role.as_deref().and_then(gender_of_title);
                let role = role
                    .filter(|t| !is_honorific(t))
                    .or_else(|| role_before(tokens, i))
                    .or_else(|| role_in_commas_before(tokens, i, end))
                    .or_else(|| role_statement(tokens, end));
                let told = told.or_else(|| role.as_deref().and_then(gender_of_title));
                let who = self.find_or_add(name, role, told);
                if tokens[end - 1].comma_after && describes_organisation(tokens, end) {
                    self.people[who].org = true;
                }
                named = Some(who);
                self.mentioned_at(tokens, i, end, who, &mut subject);
            } else if let Some(who) = name
                .as_ref()
                .filter(|n| n.len() == 1)
                // (Most capitalised words name no one known: one lookup by the folded word
                // the token already holds rules them out before any allocation.)
                .filter(|_| {
                    let lc = possessive(tokens[end - 1].lc.as_ref()).0;
                    self.by_last.contains_key(lc)
                })
                .filter(|n| is_person_name(n))
                // (`Doe spokesman Jane Roe`, `Doe campaign officials`: the name only
                // describes what follows it, which is the sentence's subject.)
                .filter(|_| !attributive(tokens, end))
                .and_then(|n| self.known_by_part(n, named))
            {
                // `Doe was accused …` about someone met before by full name: the narration
                // is about them, so a `he` or `she` that follows goes to them.
                named = Some(who);
                self.mentioned_at(tokens, i, end, who, &mut subject);
                if let (None, Some(role)) = (&self.people[who].role, role_statement(tokens, end)) {
                    self.people[who].role = Some(role);
                }
            } else if let (Some(name), Some(role)) = (name, role_statement(tokens, end)) {
                // `Doe is the head of …` about someone met before by full name.
                let key: Vec<String> = name.iter().map(|w| lower(w)).collect();
                let known = self.ending_with(&key).last();
                if let Some(p) = known.filter(|&p| self.people[p].role.is_none()) {
                    self.people[p].role = Some(role);
                }
            }
            i = end;
        }
        (subject, named)
    }

    /// `Doe sought to ease his concerns`: a `his`, `her`, `he` or `she` later in the
    /// sentence a person opens, before any other name, tells that person's gender.
    /// Person `who`, named by `tokens[i..end]`: a clause they open starts their stretch of
    /// narration (and may show their gender), and a name at the paragraph's start (or after a
    /// short role) makes them its subject.
    fn mentioned_at(
        &mut self,
        tokens: &[Token],
        i: usize,
        end: usize,
        who: usize,
        subject: &mut Option<usize>,
    ) {
        self.named_at.push((i, who));
        // (With the role before the name: `In a statement, party leader Jane Doe …`.)
        let opens = opens_clause(tokens, i)
            || role_start_before(tokens, i).is_some_and(|s| opens_clause(tokens, s));
        if opens {
            self.starts.push((i, who));
            self.learn_gender(tokens, end, who);
        }
        if i == 0 || (i <= 4 && role_before(tokens, i).is_some() && first_clause(tokens, i)) {
            subject.get_or_insert(who);
        }
    }

    fn learn_gender(&mut self, tokens: &[Token], from: usize, who: usize) {
        if self.people[who].gender.is_some() {
            return;
        }
        for t in tokens.iter().skip(from).take(15) {
            if t.in_quote || t.capitalised && !t.not_name_start() {
                return;
            }
            let g = match t.lc.as_ref() {
                "his" | "he" | "himself" => Gender::He,
                "her" | "she" | "herself" => Gender::She,
                _ if t.stop_after => return,
                _ => continue,
            };
            self.people[who].gender = Some(g);
            return;
        }
    }

    /// The person a transcript label or signature names: someone known by that name or
    /// surname, or a new person when it is a full name.
    ///
    /// A first word marked with a leading `=` asks for a person already quoted under that
    /// full name (see the transcript-label rule).
    pub(super) fn resolve_label(&mut self, words: &[String]) -> Option<usize> {
        let known_only = words.first().is_some_and(|w| w.starts_with('='));
        let name: Vec<&str> = words.iter().map(|w| w.trim_start_matches('=')).collect();
        if !is_person_name(&name) {
            return None;
        }
        if known_only {
            let key: Vec<String> = name.iter().map(|w| lower(w)).collect();
            return self
                .by_key
                .get(&key)
                .copied()
                .filter(|&i| self.people[i].expert);
        }
        if name.len() == 1 {
            return self.known_by_part(&name, None);
        }
        self.resolve_name(&name, None, false, false)
            .map(|(who, _)| who)
    }

    /// The person a one-word mention stands for: someone of that single name, else the
    /// person whose full name ends with it, most recently active first.
    ///
    /// `here` is the person named last in the same paragraph, who wins if the name fits.
    fn known_by_part(&self, name: &[&str], here: Option<usize>) -> Option<usize> {
        let key: Vec<String> = name.iter().map(|w| lower(w)).collect();
        let longer: Vec<usize> = self
            .ending_with(&key)
            .filter(|&i| self.people[i].key.len() > key.len())
            .collect();
        if longer.is_empty() {
            return self.by_key.get(&key).copied();
        }
        if let Some(h) = here.filter(|h| longer.contains(h)) {
            return Some(h);
        }
        // (Only the latest speakers: on long articles the whole list would cost a scan per
        // mention.)
        self.recent
            .iter()
            .rev()
            .take(64)
            .find(|r| longer.contains(r))
            .copied()
            .or(longer.last().copied())
    }

    /// The person of this name, or a new one; `told` is the gender the mention's title or
    /// role words tell (`Ms.`, `his wife`), which a person met without one learns.
    pub(super) fn find_or_add(
        &mut self,
        name: &[&str],
        role: Option<String>,
        told: Option<Gender>,
    ) -> usize {
        let key: Vec<String> = name.iter().map(|w| lower(w)).collect();
        // A later, shorter mention (`Al Hadi` after `Abu Salem Al Hadi`) is the same person,
        // unless titles tell them apart (`Mr. Doe` after `Ms. Jane Doe`).
        let known = self.by_key.get(&key).copied().or_else(|| {
            self.ending_with(&key)
                .filter(|&i| self.people[i].key.len() > key.len())
                .filter(|&i| Gender::agree(told, self.people[i].titled))
                .last()
        });
        if let Some(i) = known {
            let person = &mut self.people[i];
            if person.role.is_none() {
                person.role = role;
            }
            if person.gender.is_none() {
                person.gender = told;
            }
            if person.titled.is_none() {
                person.titled = told;
            }
            return i;
        }
        let display = name.join(" ");
        let base = slug(&display, "speaker");
        let mut id = base.clone();
        let mut k = 2;
        while self.ids.contains(&id) {
            id = format!("{base}-{k}");
            k += 1;
        }
        self.ids.insert(id.clone());
        let index = self.people.len();
        self.by_key.insert(key.clone(), index);
        if let Some(last) = without_suffix(&key).last() {
            self.by_last.entry(last.clone()).or_default().push(index);
        }
        if let (Some(first), true) = (key.first(), key.len() > 1) {
            self.by_first.entry(first.clone()).or_default().push(index);
        }
        self.people.push(Person {
            id,
            name: display,
            key,
            role,
            gender: told,
            titled: told,
            expert: false,
            org: false,
        });
        self.people.len() - 1
    }

    /// People whose folded name ends with `key` (itself included), oldest first.
    pub(super) fn ending_with<'k>(&'k self, key: &'k [String]) -> impl Iterator<Item = usize> + 'k {
        let key = without_suffix(key);
        let candidates = key.last().and_then(|last| self.by_last.get(last));
        candidates
            .into_iter()
            .flatten()
            .copied()
            .filter(move |&i| without_suffix(&self.people[i].key).ends_with(key))
    }

    pub(super) fn make_expert(&mut self, who: usize) {
        if !self.people[who].expert {
            self.people[who].expert = true;
            self.order.push(who);
        }
    }

    /// A full name finds or creates a person; a shorter one (a surname) is matched against
    /// the end of known names, most recently active first.
    pub(super) fn resolve_name(
        &mut self,
        name: &[&str],
        role: Option<String>,
        titled: bool,
        lone_ok: bool,
    ) -> Option<(usize, Via)> {
        let key: Vec<String> = name.iter().map(|w| lower(w)).collect();
        // A single word names someone met by full name before a single-name person of it.
        let exact = self.by_key.get(&key).copied().filter(|_| {
            key.len() > 1 || !self.ending_with(&key).any(|i| self.people[i].key.len() > 1)
        });
        if let Some(i) = exact {
            if self.people[i].org {
                return None;
            }
            // A fuller description at the point of speech wins over a bare title seen before.
            let fuller = match (&self.people[i].role, &role) {
                (None, Some(_)) => true,
                (Some(old), Some(new)) => new.len() > old.len() && new.contains(old.as_str()),
                _ => false,
            };
            if fuller {
                self.people[i].role = role;
            }
            return Some((i, Via::Name));
        }
        let place = role.as_deref().and_then(place_in);
        // `Mr. Doe` is not the Jane Doe of the article.
        let honorific = role.as_deref().and_then(gender_of_title);
        let matches: Vec<usize> = self
            .ending_with(&key)
            .filter(|&i| self.people[i].key.len() > key.len())
            .filter(|&i| Gender::agree(honorific, self.people[i].gender))
            // `Karim, in Tunis, said` is not the Karim introduced as working in another country.
            .filter(|&i| {
                let theirs = self.people[i].role.as_deref().and_then(place_in);
                !matches!((&place, &theirs), (Some(a), Some(b)) if a != b)
            })
            .collect();
        if matches.iter().any(|&m| self.people[m].org) {
            return None;
        }
        if !matches.is_empty() {
            // Prefer someone who already spoke, most recently; then the latest mentioned.
            let best = self
                .recent
                .iter()
                .rev()
                .find(|r| matches.contains(r))
                .copied()
                .or_else(|| matches.iter().copied().rfind(|&m| self.people[m].expert))
                .unwrap_or(*matches.last().expect("not empty"));
            return Some((best, Via::Surname));
        }
        if name.len() >= 2 && is_person_name(name) {
            let who = self.find_or_add(name, role, honorific);
            return (!self.people[who].org).then_some((who, Via::Name));
        }
        if key.len() == 1 {
            // `Clara said` after `Clara Mendes runs a bakery`: a first name, when only one
            // person of the article has it.
            let first: Vec<usize> = self
                .by_first
                .get(&key[0])
                .into_iter()
                .flatten()
                .copied()
                .filter(|&i| !self.is_place(&self.people[i].key))
                .collect();
            if let ([only], false) = (&first[..], self.places.contains(&key[0])) {
                let only = *only;
                return Some((only, Via::Surname));
            }
            // A person the article names by one word only (`Nuno told reporters`).
            let untitled_ok = lone_ok && !self.places.contains(&key[0]) && !is_demonym(&key[0]);
            if first.is_empty() && (titled || untitled_ok) && is_single_name(name[0]) {
                return Some((self.find_or_add(name, role, honorific), Via::Name));
            }
        }
        None
    }

    /// Whether a name starts with a word the article writes after `in`, `across` … (`Costa
    /// Verde` after `in Costa Verde`): a place, not a person.
    fn is_place(&self, key: &[String]) -> bool {
        key.len() > 1
            && key.first().is_some_and(|w| {
                let mut at = String::with_capacity(w.len() + 1);
                at.push('@');
                at.push_str(w);
                self.places.contains(at.as_str())
            })
    }

    /// `he`/`she` at token `at`: the person opening the latest sentence before it, a speaker
    /// named earlier in this paragraph, the subject named at its start; after a paragraph of
    /// narration (or one more that names no one), the person opening its latest sentence
    /// that a person opens, its subject, or the last person it named whose gender it told;
    /// else the most recent speaker of that gender, else the last person named.
    pub(super) fn resolve_pronoun(
        &mut self,
        g: Gender,
        so_far: &[Attribution],
        subject: Option<usize>,
        at: usize,
        unnamed_before: impl FnOnce() -> bool,
    ) -> Option<(usize, Via)> {
        let fits = |p: &Person| p.gender.is_none_or(|pg| pg == g);
        // (`She says an aide phoned her. He warned her …`: a pronoun that fits none of the
        // paragraph's people, after an unnamed person it introduces, is that person.)
        let unnamed = !self
            .starts
            .iter()
            .any(|&(k, w)| k < at && fits(&self.people[w]))
            && !so_far.iter().any(|e| fits(&self.people[e.who]))
            && !subject.is_some_and(|s| fits(&self.people[s]));
        // (The scan for an unnamed person runs only when no one here fits.)
        if unnamed && unnamed_before() {
            return None;
        }
        // The subject of the latest sentence before the pronoun that opens with a person
        // (`Rubio sought to ease concerns. He talked of …`), then this paragraph's speakers.
        let pick = self
            .starts
            .iter()
            .rev()
            .find(|&&(k, w)| k < at && fits(&self.people[w]))
            .map(|&(_, w)| w)
            .or_else(|| {
                so_far
                    .iter()
                    .rev()
                    .map(|e| e.who)
                    .find(|&w| fits(&self.people[w]))
            })
            .or(subject.filter(|&s| fits(&self.people[s])))
            // (After a paragraph of narration, the person opening its latest sentence that a
            // person opens: `At the briefing, Doe waved the cameras off. ¶ “We move on,” he
            // said.`)
            .or(self
                .last_start
                .filter(|&s| fits(&self.people[s]) && self.last_speakers.is_empty()))
            .or(self.last_subject.filter(|&s| {
                fits(&self.people[s])
                    && !self.last_speakers.contains(&s)
                    && self.last_speakers.is_empty()
            }))
            // (After a paragraph of narration, the last person it named and whose gender it
            // told: `… was Garcia, the grocer. He was not feeling it.`)
            .or(self
                .last_named
                .filter(|&s| self.last_speakers.is_empty() && self.people[s].gender == Some(g)))
            .or_else(|| {
                self.recent
                    .iter()
                    .rev()
                    .copied()
                    .find(|&r| fits(&self.people[r]))
            })
            .or(self.last_named.filter(|&s| fits(&self.people[s])))?;
        // (`Doe criticised Roe after she …`: with someone else who fits named after the
        // pick's latest mention, the pronoun tells nothing sure of the pick's gender.)
        if self.people[pick].gender.is_none() {
            let since = self
                .named_at
                .iter()
                .rfind(|&&(k, w)| k < at && w == pick)
                .map_or(0, |&(k, _)| k);
            let ambiguous = self
                .named_at
                .iter()
                .any(|&(k, w)| (since..at).contains(&k) && w != pick && fits(&self.people[w]));
            if !ambiguous {
                self.people[pick].gender = Some(g);
            }
        }
        Some((pick, Via::Pronoun))
    }

    /// `the US President said`: the person whose role (or title) ends with these words.
    pub(super) fn resolve_role(&self, role: &str) -> Option<usize> {
        let role = title_words(role);
        let role = role
            .trim_start_matches("the ")
            .trim_start_matches("a ")
            .trim_start_matches("an ");
        // `Deputy Prime Minister` is not `the Prime Minister`: a rank before the title
        // makes another office.
        let fits = |part: &str, role: &str| {
            part == role
                || part.strip_suffix(role).is_some_and(|head| {
                    head.ends_with(' ')
                        && ![
                            "deputy ",
                            "vice ",
                            "assistant ",
                            "shadow ",
                            "former ",
                            "acting ",
                        ]
                        .iter()
                        .any(|rank| head.ends_with(rank))
                })
        };
        // (Each part of a role in commas is a description: `Sen., of Ohio, a Democrat`.)
        let matches = |p: &Person, role: &str| {
            p.role
                .as_deref()
                .is_some_and(|r| title_words(r).split(", ").any(|part| fits(part, role)))
        };
        self.recent
            .iter()
            .rev()
            .copied()
            .find(|&r| matches(&self.people[r], role))
            .or_else(|| {
                (0..self.people.len())
                    .rev()
                    .find(|&i| matches(&self.people[i], role))
            })
    }
}

/// A folded name without its suffix (`joseph r doe jr.` → `… doe`): `Doe` is the
/// surname.
pub(super) fn without_suffix(key: &[String]) -> &[String] {
    match key {
        [rest @ .., last]
            if !rest.is_empty()
                && matches!(
                    last.as_str(),
                    "jr" | "jr." | "sr" | "sr." | "ii" | "iii" | "iv"
                ) =>
        {
            rest
        }
        _ => key,
    }
}

/// A role folded for comparison, abbreviated titles written out (`Sen.` → `senator`), so
/// that `the senator` finds `Sen. Jane Doe`.
fn title_words(role: &str) -> String {
    let folded = lower(role);
    let mut out = String::with_capacity(folded.len() + 8);
    for (k, w) in folded.split(' ').enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let comma = w.ends_with(',');
        let bare = w.trim_end_matches([',', '.']);
        out.push_str(match bare {
            "sen" => "senator",
            "gov" => "governor",
            "rep" => "representative",
            "gen" => "general",
            "col" => "colonel",
            "lt" => "lieutenant",
            "capt" => "captain",
            "sgt" => "sergeant",
            "prof" => "professor",
            "adm" => "admiral",
            "pres" => "president",
            "sec" => "secretary",
            "amb" => "ambassador",
            "atty" => "attorney",
            "det" => "detective",
            "supt" => "superintendent",
            _ => bare,
        });
        if comma {
            out.push(',');
        }
    }
    out
}

/// Whether the word ending before byte `start` (a space at `start - 1`) is capitalised.
fn after_name(b: &[u8], start: usize) -> bool {
    let Some(end) = start.checked_sub(1) else {
        return false;
    };
    let from = b[..end]
        .iter()
        .rposition(|&c| c == b' ')
        .map_or(0, |p| p + 1);
    b.get(from).is_some_and(u8::is_ascii_uppercase)
}

/// Adds to `places` each capitalised word of `text` that follows a word which, before a
/// name, makes it a place or an organisation (`in Harbourton`, `from the Ledger`,
/// `at Acme`): a person named by one word is never written so. After a strong place word
/// (`in`, `across` …) it is also kept as `@word`: no person's name starts with it. One pass over the bytes,
/// stopping only at a space before an ASCII capital.
pub(super) fn note_place_words(text: &str, places: &mut HashSet<String, WordHash>) {
    let b = text.as_bytes();
    let mut from = 0;
    // Candidates are built here and stored only when new: long articles repeat their words.
    let mut buf = String::new();
    let keep = |buf: &String, places: &mut HashSet<String, WordHash>| {
        if !places.contains(buf.as_str()) {
            places.insert(buf.clone());
        }
    };
    while let Some(at) = b[from..].iter().position(|&c| c == b' ') {
        let i = from + at;
        from = i + 1;
        if !b.get(i + 1).is_some_and(u8::is_ascii_uppercase) {
            continue;
        }
        let end = b[i + 1..]
            .iter()
            .position(|c| !c.is_ascii_alphabetic() && *c != b'-')
            .map_or(b.len(), |p| i + 1 + p);
        let word = &b[i + 1..end];
        // `Kenyan`, `Nepali`, `Maltese`: a people's adjective names its country too.
        if word.len() > 4
            && (word.ends_with(b"i") || word.ends_with(b"an") || word.ends_with(b"ese"))
        {
            if let Some(w) = text.get(i + 1..end) {
                let w = w.to_ascii_lowercase();
                for (suffix, add) in [
                    ("i", ""),
                    ("an", "a"),
                    ("ian", ""),
                    ("ian", "e"),
                    ("ian", "a"),
                    ("ese", "a"),
                ] {
                    if let Some(stem) = w.strip_suffix(suffix) {
                        buf.clear();
                        buf.push_str(stem);
                        buf.push_str(add);
                        keep(&buf, places);
                    }
                }
            }
        }
        let start = b[..i].iter().rposition(|&c| c == b' ').map_or(0, |p| p + 1);
        let prev = &b[start..i];
        // Places stand after these; organisations and outlets after the weaker ones too
        // (`of` only after a name, `Jane Doe of Harbourton`: `a friend of Nuno` is a person).
        // (And after the adjectives of a place's part: `nearby X`, `rural X`.)
        let strong = matches!(
            prev,
            b"in"
                | b"across"
                | b"throughout"
                | b"inside"
                | b"outside"
                | b"nearby"
                | b"rural"
                | b"downtown"
                | b"northern"
                | b"southern"
                | b"eastern"
                | b"western"
                | b"central"
        );
        let weak = matches!(prev, b"at" | b"into" | b"near" | b"from" | b"via" | b"on")
            || (prev == b"of" && after_name(b, start))
            || (matches!(prev, b"the" | b"The") && !modifies_noun(text, end));
        if !(strong || weak) {
            continue;
        }
        if let Some(word) = text.get(i + 1..end) {
            // `in Jane Doe's view`: a person's possessive after `in` is no place.
            let run = text[i + 1..]
                .split(' ')
                .take(4)
                .take_while(|w| w.starts_with(|c: char| c.is_uppercase()));
            let owned = run.into_iter().any(|w| {
                let w = w.trim_end_matches([',', '.', ';', ':']);
                w.ends_with("'s") || w.ends_with("’s") || w.ends_with('\'') || w.ends_with('’')
            });
            buf.clear();
            buf.push('@');
            buf.extend(word.chars().map(|c| c.to_ascii_lowercase()));
            if strong && !owned {
                keep(&buf, places);
            }
            buf.remove(0);
            keep(&buf, places);
        }
    }
}

/// Whether the word ending at byte `end` is followed by a lowercase word other than a
/// speech verb (`the Doe campaign`, not `the Ledger reported`): a name used as a modifier.
fn modifies_noun(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    if !rest.starts_with(' ') {
        return false;
    }
    let next = rest[1..].split(' ').next().unwrap_or("");
    let word = next.trim_end_matches(|c: char| !c.is_alphanumeric());
    word.starts_with(|c: char| c.is_lowercase())
        && !Lex::of(&lower_cow(word)).has(Lex::SPEECH | Lex::MANNER | Lex::BETWEEN)
}

/// Whether the one-word name ending at `end` is followed by a role or organisation word
/// that it describes (`Doe aide`, `Doe campaign`).
fn attributive(tokens: &[Token], end: usize) -> bool {
    let name = &tokens[end - 1];
    tokens.get(end).is_some_and(|t| {
        !name.comma_after
            && !name.stop_after
            && !t.capitalised
            && !t.in_quote
            && t.lex.has(Lex::TITLE | Lex::ORG)
    })
}

/// Whether token `i` opens a sentence, or its main clause after up to three short opening
/// phrases in commas (`On Thursday morning, Senator Doe appeared …`).
fn opens_clause(tokens: &[Token], i: usize) -> bool {
    if i == 0 || tokens[i - 1].stop_after {
        return true;
    }
    if !tokens[i - 1].comma_after || tokens[i - 1].in_quote {
        return false;
    }
    // (Up to three short phrases: `The day before, at a rally in Harbourton, Md., Doe …`.)
    let mut s = i - 1;
    let mut left = 3;
    while s > 0 && !tokens[s - 1].stop_after && i - s < 21 {
        if tokens[s - 1].comma_after {
            left -= 1;
            if left == 0 || tokens[s - 1].in_quote {
                break;
            }
        }
        s -= 1;
    }
    (s == 0 || tokens[s - 1].stop_after) && tokens[s].not_name_start() && !tokens[s].in_quote
}
