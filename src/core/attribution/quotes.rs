//! Quoted spans of a paragraph: where speech in quote marks starts and ends.

use crate::core::prelude::*;

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
    while let Some(i) = next_mark(bytes, from) {
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

/// Whether a byte may start a quote mark: `"`, `'`, or the first byte of `«`/`»` (0xC2) or
/// of `“`, `”`, `„` (0xE2).
pub(super) fn is_mark(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | 0xC2 | 0xE2)
}

/// The first byte at or after `from` that [`is_mark`], eight bytes at a time: most of a
/// paragraph holds none, and a byte-by-byte search was the costliest line of attribution.
pub(super) fn next_mark(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // The high bit of each byte of `x` equal to `b` (and perhaps of bytes after one: the
    // first is exact, which is all the search needs).
    let equal = |x: u64, b: u8| {
        let y = x ^ (ONES * u64::from(b));
        y.wrapping_sub(ONES) & !y & HIGH
    };
    let mut i = from;
    while i + 8 <= bytes.len() {
        let mut chunk = [0u8; 8];
        chunk.copy_from_slice(&bytes[i..i + 8]);
        let x = u64::from_le_bytes(chunk);
        let hits = equal(x, b'"') | equal(x, b'\'') | equal(x, 0xC2) | equal(x, 0xE2);
        if hits != 0 {
            return Some(i + (hits.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    bytes[i.min(bytes.len())..]
        .iter()
        .position(|&b| is_mark(b))
        .map(|at| i + at)
}
