//! Characters a reader does not see: invisible format characters, bidirectional controls and
//! control characters. The rules report them (`TOV122`–`TOV124`) and look at text with them
//! removed and in Unicode NFC, so `in\u{200b}take` or `Aantal\u{200b} bezoekers` is read as
//! the reader sees it.

use std::borrow::Cow;
use unicode_normalization::UnicodeNormalization;

/// Whether `c` is a character that takes no visible space and carries no meaning a reader
/// sees: zero-width space, (non-)joiners, word joiner, soft hyphen, byte-order mark inside a
/// text, combining grapheme joiner, invisible operators, Hangul and Mongolian fillers, tag
/// characters.
///
/// ```
/// use theory_of_value::rules::unicode::is_invisible;
/// assert!(is_invisible('\u{200b}'));
/// assert!(is_invisible('\u{ad}'));
/// assert!(!is_invisible(' '));
/// ```
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{34f}'
            | '\u{115f}'
            | '\u{1160}'
            | '\u{17b4}'
            | '\u{17b5}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200d}'
            | '\u{2060}'..='\u{2064}'
            | '\u{3164}'
            | '\u{feff}'
            | '\u{ffa0}'
            | '\u{e0001}'
            | '\u{e0020}'..='\u{e007f}'
    )
}

/// Whether `c` is a bidirectional control (U+061C, U+200E, U+200F, U+202A–U+202E,
/// U+2066–U+2069): it changes the order in which text is shown, so what a reader sees can
/// differ from what the document says.
///
/// ```
/// use theory_of_value::rules::unicode::is_bidi_control;
/// assert!(is_bidi_control('\u{202e}'));
/// assert!(!is_bidi_control('a'));
/// ```
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

/// Whether `c` is a control character other than tab, line feed and carriage return (C0, DEL,
/// C1): ESC, BEL, backspace and the like, which no text needs.
///
/// ```
/// use theory_of_value::rules::unicode::is_stray_control;
/// assert!(is_stray_control('\u{1b}'));
/// assert!(!is_stray_control('\n'));
/// ```
pub fn is_stray_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// Whether `c` is one of the characters [`visible`] removes.
fn is_hidden(c: char) -> bool {
    is_invisible(c) || is_bidi_control(c) || is_stray_control(c)
}

/// `text` without invisible characters, bidirectional controls and stray control characters;
/// borrowed when it has none (the usual case, checked without looking at ASCII text twice).
///
/// ```
/// use theory_of_value::rules::unicode::visible;
/// assert_eq!(visible("in\u{200b}ta\u{ad}ke"), "intake");
/// assert!(matches!(visible("intake"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn visible(text: &str) -> Cow<'_, str> {
    if !has_hidden(text) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().filter(|&c| !is_hidden(c)).collect())
}

/// Whether `text` holds a character [`visible`] removes.
fn has_hidden(text: &str) -> bool {
    text.bytes()
        .any(|b| b >= 0x80 || (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7f)
        && text.chars().any(is_hidden)
}

/// `text` as a reader sees it, for comparing: [`visible`], then Unicode NFC, so the same name
/// typed with precomposed or decomposed accents, or with a zero-width space inside, compares
/// equal.
///
/// ```
/// use theory_of_value::rules::unicode::comparable;
/// assert_eq!(comparable("Cafe\u{301} Herstel"), comparable("Café Herstel"));
/// assert_eq!(comparable("Caf\u{e9}\u{200b}"), "Café");
/// ```
pub fn comparable(text: &str) -> Cow<'_, str> {
    let text = visible(text);
    if text.is_ascii()
        || unicode_normalization::is_nfc_quick(text.chars())
            == unicode_normalization::IsNormalized::Yes
    {
        return text;
    }
    Cow::Owned(text.nfc().collect())
}

/// What hides in a text: per kind, how many and the first (character offset, character).
#[derive(Default)]
pub(crate) struct Hidden {
    pub(crate) invisible: (usize, Option<(usize, char)>),
    pub(crate) bidi: (usize, Option<(usize, char)>),
    pub(crate) control: (usize, Option<(usize, char)>),
}

/// The hidden characters of `text`, or `None` when it has none.
pub(crate) fn hidden_in(text: &str) -> Option<Hidden> {
    if !has_hidden(text) {
        return None;
    }
    let mut h = Hidden::default();
    for (i, c) in text.chars().enumerate() {
        let slot = if is_bidi_control(c) {
            &mut h.bidi
        } else if is_invisible(c) {
            &mut h.invisible
        } else if is_stray_control(c) {
            &mut h.control
        } else {
            continue;
        };
        slot.0 += 1;
        slot.1.get_or_insert((i, c));
    }
    Some(h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_each_kind_with_its_first_place() {
        let h = hidden_in("a\u{200b}b\u{202e}c\u{1b}\u{200b}").expect("hidden characters");
        assert_eq!(h.invisible, (2, Some((1, '\u{200b}'))));
        assert_eq!(h.bidi, (1, Some((3, '\u{202e}'))));
        assert_eq!(h.control, (1, Some((5, '\u{1b}'))));
        assert!(hidden_in("Café, tab\tand\nlines").is_none());
    }
}
