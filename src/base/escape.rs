//! Escapers, one per output context. Text from a document never reaches an output of the crate
//! without passing the escaper of the context it lands in: HTML text and attributes, XML 1.0
//! (SVG), Markdown (inline text and table cells), Mermaid labels, IRIs, and terminals.
//!
//! Each escaper keeps the text readable and makes it inert: markup characters become entities
//! or backslash escapes, line breaks become spaces where a line break would start a new
//! construct, and characters the context cannot hold are replaced by U+FFFD (XML) or shown as
//! visible escapes (terminals).
//!
//! ```
//! use theory_of_value::base::escape;
//!
//! assert_eq!(escape::html("<b>Inloop</b> & meer"), "&lt;b&gt;Inloop&lt;/b&gt; &amp; meer");
//! assert_eq!(escape::markdown("| **totaal** |"), "\\| \\*\\*totaal\\*\\* \\|");
//! assert_eq!(escape::terminal("Anna\u{1b}]0;x\u{7}"), "Anna\\u{1b}]0;x\\u{7}");
//! ```

use std::fmt::Write;

/// Whether `c` breaks a line in some reader: LF, CR, VT, FF, NEL, LINE SEPARATOR, PARAGRAPH
/// SEPARATOR.
///
/// ```
/// use theory_of_value::base::escape::is_line_break;
/// assert!(is_line_break('\u{2028}'));
/// assert!(!is_line_break(' '));
/// ```
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Whether `c` is a control character that changes how text is shown without being visible
/// itself: C0 and C1 controls (other than tab), DEL, and the bidirectional controls
/// (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069).
///
/// ```
/// use theory_of_value::base::escape::is_control;
/// assert!(is_control('\u{1b}'));
/// assert!(is_control('\u{202e}'));
/// assert!(!is_control('é'));
/// ```
pub fn is_control(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(
            c,
            '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// Whether XML 1.0 can hold `c` at all (its `Char` production).
///
/// ```
/// use theory_of_value::base::escape::is_xml_char;
/// assert!(is_xml_char('\t'));
/// assert!(!is_xml_char('\u{1}'));
/// assert!(!is_xml_char('\u{fffe}'));
/// ```
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

/// Text for HTML element content or a quoted attribute value: `&`, `<`, `>`, `"` and `'`
/// become character references; control characters other than tab and line breaks become
/// U+FFFD, so the page's text is the document's text and nothing else.
///
/// ```
/// use theory_of_value::base::escape::html;
/// assert_eq!(html("<img src=x onerror=alert(1)>"), "&lt;img src=x onerror=alert(1)&gt;");
/// assert_eq!(html("\"a\" 'b'"), "&quot;a&quot; &#39;b&#39;");
/// ```
pub fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\t' => out.push(c),
            c if !is_xml_char(c) || (c.is_control() && c != '\r') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// Text for XML 1.0 (SVG) element content or a quoted attribute value: like [`html`], and
/// every character XML cannot hold (C0 controls other than tab, line feed and carriage return;
/// U+FFFE, U+FFFF) becomes U+FFFD, so the result is always well-formed.
///
/// ```
/// use theory_of_value::base::escape::xml;
/// assert_eq!(xml("a\u{b}b\u{ffff}<"), "a\u{fffd}b\u{fffd}&lt;");
/// ```
pub fn xml(s: &str) -> String {
    html(s)
}

/// Inline Markdown text (CommonMark and GitHub Flavored Markdown, and the common renderers
/// markdown-it and marked), also safe inside a table cell and at the start of a line or list
/// item. The text stays readable: only what could start a construct is backslash-escaped.
///
/// - always: `` \ ` * [ ] < > | ~ $ ^ { } @ # `` (code, emphasis, links, raw HTML, autolinks,
///   table pipes, strikethrough, maths, attributes, mentions, e-mail autolinks, headings and
///   references);
/// - `_` unless it stands between two letters or digits (where it cannot emphasise);
/// - `&` before a letter, digit or `#` (a character reference);
/// - `.` before a letter (`www.` and bare domain autolinks) and `:` before anything but a space
///   (`http:`, `mailto:`, `:emoji:`);
/// - at the start: `-`, `+`, `=` and the `.` or `)` after leading digits (list items and
///   setext underlines);
///
/// every line break and tab becomes a space (so the text stays on its line or in its cell),
/// surrounding white space is dropped (no indented code, no hard line break), and control
/// characters become U+FFFD.
///
/// ```
/// use theory_of_value::base::escape::markdown;
/// assert_eq!(markdown("<script>"), "\\<script\\>");
/// assert_eq!(markdown("Anna\n# Kop"), "Anna \\# Kop");
/// assert_eq!(markdown("# Kop"), "\\# Kop");
/// assert_eq!(markdown("[x](javascript:alert(1))"), "\\[x\\](javascript\\:alert(1))");
/// assert_eq!(markdown("Meer regie (zelfregie)."), "Meer regie (zelfregie).");
/// assert_eq!(markdown("1. punt"), "1\\. punt");
/// assert_eq!(markdown("1.0"), "1.0");
/// assert_eq!(markdown("zie www.voorbeeld.nl"), "zie www\\.voorbeeld\\.nl");
/// ```
pub fn markdown(s: &str) -> String {
    let s = s.trim_matches(|c: char| c.is_whitespace() || is_line_break(c));
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    // The index of the `.` or `)` that would end an ordered list marker at the start.
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    let marker_end = (digits > 0
        && matches!(chars.get(digits), Some('.' | ')'))
        && chars.get(digits + 1).is_none_or(|c| c.is_whitespace()))
    .then_some(digits);
    let alnum = |i: Option<usize>| {
        i.and_then(|i| chars.get(i))
            .is_some_and(|c| c.is_alphanumeric())
    };
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let escape = match c {
            '\\' | '`' | '*' | '[' | ']' | '<' | '>' | '|' | '~' | '$' | '^' | '{' | '}' | '@'
            | '#' => true,
            '_' => !(alnum(i.checked_sub(1)) && alnum(Some(i + 1))),
            '&' => next.is_some_and(|n| n.is_ascii_alphanumeric() || n == '#'),
            '.' => next.is_some_and(|n| n.is_alphabetic()) || marker_end == Some(i),
            ':' => next.is_some_and(|n| !n.is_whitespace() && !is_line_break(n)),
            ')' => marker_end == Some(i),
            '-' | '+' | '=' => i == 0,
            _ => false,
        };
        if escape {
            out.push('\\');
            out.push(c);
        } else if is_line_break(c) || c == '\t' {
            out.push(' ');
        } else if is_control(c) && !matches!(c, '\u{200e}' | '\u{200f}') {
            out.push('\u{fffd}');
        } else {
            out.push(c);
        }
    }
    out
}

/// A Mermaid node or edge label, to be written between double quotes (`["…"]`): quotes,
/// `#`, `%`, `&`, `<`, `>`, backticks, braces, `\`, `;`, `|` and `:` become Mermaid entity
/// codes (`#34;`), so no `%%` comment or `%%{init}%%` directive, no HTML, no Markdown string
/// and no Font Awesome icon (`fa:fa-car`) can form; line breaks become spaces, so no `click`
/// or other statement can start a line.
///
/// ```
/// use theory_of_value::base::escape::mermaid;
/// assert_eq!(mermaid("a\"]\n%%{init: {}}%%"), "a#34;] #37;#37;#123;init#58; #123;#125;#125;#37;#37;");
/// ```
pub fn mermaid(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 4);
    for c in s.chars() {
        match c {
            '"' | '#' | '%' | '&' | '<' | '>' | '`' | '{' | '}' | '\\' | ';' | '|' | ':' => {
                let _ = write!(out, "#{};", u32::from(c));
            }
            c if is_line_break(c) || c == '\t' => out.push(' '),
            c if is_control(c) => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// Text for a terminal: control characters (ESC, BEL, backspace, carriage return, the C1
/// controls, the bidirectional controls) and line breaks are shown as visible `\u{…}` escapes,
/// so a document cannot move the cursor, change the window title, clear the screen or forge a
/// line of the command's output.
///
/// ```
/// use theory_of_value::base::escape::terminal;
/// assert_eq!(terminal("a\nb"), "a\\u{a}b");
/// assert_eq!(terminal("naïef"), "naïef");
/// ```
pub fn terminal(s: &str) -> String {
    if !s.chars().any(|c| is_control(c) || is_line_break(c)) {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_control(c) || is_line_break(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// One segment of an IRI path or fragment: every byte other than the unreserved characters
/// (`A–Z a–z 0–9 - . _ ~`) is percent-encoded, so the segment can never add a `/`, `#`, `?` or
/// `:` of its own.
///
/// ```
/// use theory_of_value::base::escape::iri_segment;
/// assert_eq!(iri_segment("op-zin"), "op-zin");
/// assert_eq!(iri_segment("a/b#c ë"), "a%2Fb%23c%20%C3%AB");
/// ```
pub fn iri_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_iri_segment(&mut out, s);
    out
}

/// [`iri_segment`], appended to `out`.
pub(crate) fn push_iri_segment(out: &mut String, s: &str) {
    let unreserved = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~');
    if s.bytes().all(unreserved) {
        out.push_str(s);
        return;
    }
    for b in s.bytes() {
        if unreserved(b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_context_removes_its_markup() {
        let hostile = "<script>alert(1)</script>\u{1b}[2J\r\n%%{init}%%|x|\u{2028}click n call f()";
        let h = html(hostile);
        assert!(!h.contains('<') && !h.contains('\u{1b}'));
        let x = xml(hostile);
        assert!(x.chars().all(is_xml_char));
        let m = markdown(hostile);
        assert!(!m.contains('\n') && !m.contains('\r') && !m.contains('\u{2028}'));
        let unescaped = m.replace("\\<", "").replace("\\|", "");
        assert!(!unescaped.contains('<') && !unescaped.contains('|'));
        let md = mermaid(hostile);
        assert!(!md.contains("%%") && !md.contains('"') && !md.contains('\n'));
        let t = terminal(hostile);
        assert!(!t.chars().any(|c| c.is_control()));
        assert_eq!(iri_segment("x/../y"), "x%2F..%2Fy");
    }
}
