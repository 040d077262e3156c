//! The resolution of one paragraph: cues outside quotes, their mentions resolved to people, then continuations.

use std::mem::take;

use super::super::model::Via;

use super::cues::*;
use super::quotes::*;
use super::tokens::*;
use super::*;

impl Engine {
    pub(super) fn paragraph(&mut self, text: &str, scratch: &mut Scratch) -> Found {
        let (quotes, unclosed) = quote_spans(text);
        // ASCII words borrow their folded form from one lowercased copy of the paragraph.
        scratch.lower.clear();
        scratch.lower.push_str(text);
        scratch.lower.make_ascii_lowercase();
        let tokens = tokenize(
            text,
            &scratch.lower,
            &quotes,
            recycle(take(&mut scratch.tokens)),
        );
        let mut evidence: Vec<(usize, String, Via)> = Vec::new();
        let push = |evidence: &mut Vec<(usize, String, Via)>, who: usize, cue: &str, via: Via| {
            if !evidence.iter().any(|e| e.0 == who) {
                evidence.push((who, cue.to_string(), via));
            }
        };

        // People named in this paragraph outside quotes join the side roster first, so a
        // pronoun or title later in the paragraph can find them.
        let (subject, named) = self.note_mentions(&tokens);

        let mut had_cue = false;
        for (i, t) in tokens.iter().enumerate() {
            if t.in_quote {
                continue;
            }
            let Some((cue, mention)) = cue_at(&tokens, i) else {
                continue;
            };
            had_cue = true;
            let who = match mention {
                Mention::Name(name, role) => self.resolve_name(&name, role),
                Mention::Pronoun(g) => self.resolve_pronoun(g, &evidence, subject),
                Mention::Role(role) => self.resolve_role(&role).map(|w| (w, Via::Role)),
            };
            if let Some((who, via)) = who {
                self.make_expert(who);
                push(&mut evidence, who, &cue, via);
            }
        }

        // A paragraph that is only a quote continues the previous paragraph's speaker.
        if evidence.is_empty() && !had_cue {
            let starts_with_quote = quotes
                .first()
                .is_some_and(|q| text[..q.start].trim().is_empty());
            if (starts_with_quote || self.open_quote) && self.last_speakers.len() == 1 {
                push(&mut evidence, self.last_speakers[0], "", Via::Continuation);
            }
        }

        self.last_speakers = evidence.iter().map(|e| e.0).collect();
        for &(who, _, _) in &evidence {
            self.recent.retain(|&r| r != who);
            self.recent.push(who);
        }
        self.open_quote = unclosed && !evidence.is_empty();
        self.last_subject = subject;
        self.last_named = named;
        scratch.tokens = recycle(tokens);
        Found { quotes, evidence }
    }
}
