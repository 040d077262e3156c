//! Quoted spans of a paragraph: where speech in quote marks starts and ends.

use super::super::model::Span;

/// Quoted spans of a paragraph: double quotes (curly or straight, or two straight
/// apostrophes `''` as some newspapers' copy has them) and guillemets.
///
/// Single quotes are left out: in news copy they mark scare quotes and headlines far more
/// often than speech, and `’` is also the apostrophe. A quote left open runs to the end.
pub fn quote_spans(text: &str) -> (Vec<Span>, bool) {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    // Every quote mark is `"` or starts with byte 0xC2 (`«`, `»`) or 0xE2 (`“`, `”`, `„`):
    // look only there instead of decoding every character of the paragraph.
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(at) = bytes[from..]
        .iter()
        .position(|&b| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2))
    {
        let i = from + at;
        let Some(mut c) = text[i..].chars().next() else {
            break;
        };
        from = i + c.len_utf8();
        // `''` stands for `"`; a lone apostrophe is no quote mark.
        let mut width = 1;
        if c == '\'' {
            if bytes.get(i + 1) != Some(&b'\'') {
                continue;
            }
            from = i + 2;
            width = 2;
            c = '"';
        }
        match c {
            '“' | '«' | '„' if open.is_none() => open = Some(i),
            '”' | '»' => {
                if let Some(s) = open.take() {
                    spans.push(Span {
                        start: s,
                        end: i + c.len_utf8(),
                    });
                }
            }
            '"' => match open {
                // A straight quote opens after a space or an opening bracket, else it closes.
                None if text[..i]
                    .chars()
                    .next_back()
                    .is_none_or(|p| p.is_whitespace() || "([{—–-".contains(p)) =>
                {
                    open = Some(i)
                }
                Some(s) => {
                    spans.push(Span {
                        start: s,
                        end: i + width,
                    });
                    open = None;
                }
                None => {}
            },
            _ => {}
        }
    }
    let unclosed = open.is_some();
    if let Some(s) = open {
        spans.push(Span {
            start: s,
            end: text.len(),
        });
    }
    (spans, unclosed)
}
