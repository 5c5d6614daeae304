//! Code spans in the plain formats: an identifier or a JSON Pointer shown as it is, between
//! backticks (`` `op-zin` ``), in a Markdown document or on a terminal.

use crate::base::write::{Md, Plain, Term, Writer};

/// A plain format that can show a piece of text in a code span.
pub(crate) trait CodeSpan: Plain + Sized {
    /// Writes `s` between backticks, as the format shows it there.
    fn code(w: &mut Writer<Self>, s: &str);
}

impl CodeSpan for Term {
    /// On a terminal the backticks only mark the span: `s` is terminal text, escaped as all
    /// text is.
    fn code(w: &mut Writer<Self>, s: &str) {
        w.lit("`").text(s).lit("`");
    }
}

/// The printable ASCII characters in order, from the space to `~`: each is written in a
/// Markdown code span as itself (a slice of this text, the crate's own).
const PRINTABLE: &str = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

impl CodeSpan for Md {
    /// Inside a Markdown code span no character starts a construct, and a backslash escape
    /// would be shown, not read: only a backtick could end the span early, and a line break
    /// could end its paragraph. So a backtick is written as `'`, every other printable ASCII
    /// character as itself, and any other character as Markdown text (a line break or other
    /// white space dropped, a control character as U+FFFD, the rest as it is). Not for a table
    /// cell, where a `|` would end the cell.
    fn code(w: &mut Writer<Self>, s: &str) {
        w.lit("`");
        for c in s.chars() {
            match c {
                '`' => {
                    w.lit("'");
                }
                ' '..='~' => {
                    let i = usize::from(c as u8 - b' ');
                    w.lit(&PRINTABLE[i..=i]);
                }
                c => {
                    w.text(c.encode_utf8(&mut [0; 4]));
                }
            }
        }
        w.lit("`");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_span_shows_its_text_as_it_is() {
        let mut w = Writer::<Md>::new();
        Md::code(&mut w, "nvzh.tov/a|b*c`d\ne\u{1}é");
        assert_eq!(w.finish(), "`nvzh.tov/a|b*c'de\u{fffd}é`");
        assert!(PRINTABLE.chars().eq(' '..='~'));
        let mut t = Writer::<Term>::new();
        Term::code(&mut t, "a.b\u{1b}");
        assert_eq!(t.finish(), "`a.b\\u{1b}`");
    }
}
