//! Reading documents from JSON with located, coded, bilingual errors; writing them back.

use crate::base::{Code, Lang, Message};
use crate::read::message::{data_message, syntax_message};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::fmt;

/// Why a document could not be read: where (JSON Pointer, line and column), a stable code, and a
/// message in Dutch and English. A parse failure is not a validation finding: it means the text
/// is not a document of the expected kind at all.
///
/// ```
/// use theory_of_value::{Code, TheoryOfValue};
/// let text = r#"{"id": "x", "titel": {"nl": "…"}}"#;
/// let err = TheoryOfValue::from_json_str(text).unwrap_err();
/// assert_eq!(err.code, Code::UnknownField);
/// assert_eq!(err.path, "/titel");
/// assert_eq!((err.line, err.column), (1, 13));
/// assert_eq!(err.suggestion.as_deref(), Some("title"));
/// assert!(err.message.nl.contains("bedoelde je `title`?"));
/// ```
#[derive(
    Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(deny_unknown_fields)]
pub struct ParseError {
    /// The stable code (`TOV001`–`TOV006`).
    pub code: Code,
    /// JSON Pointer to the place of the failure (empty for the whole document).
    pub path: String,
    /// Line, counted from 1 (0 when unknown).
    pub line: usize,
    /// Column in characters, counted from 1 (0 when unknown). For an error about a value (its
    /// type, its content) or a field's name, where that value or name starts; for a syntax
    /// error, where reading stopped.
    pub column: usize,
    /// What is wrong, in Dutch and English.
    pub message: Message,
    /// The nearest known field or value, for a misspelt one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
}

impl ParseError {
    /// The error as one line in `lang`: `line:column path code: message`.
    ///
    /// ```
    /// use theory_of_value::{Lang, TheoryOfValue};
    /// let err = TheoryOfValue::from_json_str("{").unwrap_err();
    /// assert_eq!(err.render(Lang::En), "1:1 (document) TOV001: not valid JSON: the text ends in the middle of an object");
    /// ```
    ///
    /// The path and message pass [`escape::terminal`](crate::base::escape::terminal): a field
    /// name with a line break or an escape sequence is shown with visible escapes and cannot
    /// forge a line of output.
    ///
    /// ```
    /// use theory_of_value::{Lang, TheoryOfValue};
    /// let err = TheoryOfValue::from_json_str("{\"a\\nb\\u001b\": 1}").unwrap_err();
    /// assert!(!err.render(Lang::En).contains('\n'));
    /// assert!(err.render(Lang::En).contains("a\\u{a}b\\u{1b}"));
    /// ```
    pub fn render(&self, lang: Lang) -> String {
        let path = if self.path.is_empty() {
            "(document)"
        } else {
            &self.path
        };
        crate::base::escape::terminal(&format!(
            "{}:{} {} {}: {}",
            self.line,
            self.column,
            path,
            self.code,
            self.message.get(lang)
        ))
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl std::error::Error for ParseError {}

/// Reads a document of any kind from JSON text.
///
/// A leading byte-order mark is accepted. Unknown fields are rejected with the nearest known
/// field suggested, duplicate fields are rejected, and every failure carries a JSON Pointer,
/// line and column, and a stable code.
///
/// # Errors
/// [`ParseError`] when the text is not JSON, or not a document of kind `T`.
///
/// ```
/// use theory_of_value::{from_json_str, Text};
/// let t: Text = from_json_str(r#"{"nl": "Inloop", "en": "Walk-in"}"#)?;
/// assert_eq!(t.en.as_deref(), Some("Walk-in"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn from_json_str<T: DeserializeOwned>(text: &str) -> Result<T, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Most documents read without error: read them without tracking the path, and read again
    // with tracking only to locate an error.
    let mut de = serde_json::Deserializer::from_str(text);
    if let Ok(value) = T::deserialize(crate::read::strict::Strict(&mut de)) {
        if de.end().is_ok() {
            return Ok(value);
        }
    }
    let mut de = serde_json::Deserializer::from_str(text);
    finish(strict_deserialize(&mut de), de, text.as_bytes(), || {
        serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok()
    })
}

/// Reads a document of any kind from JSON bytes, which must be UTF-8.
///
/// # Errors
/// [`ParseError`] as for [`from_json_str`]; bytes that are not UTF-8 give `TOV001`, with the
/// place of the first of them, also when they are in a value `T` skips unread.
///
/// ```
/// use theory_of_value::{from_json_slice, Code, Text};
/// let err = from_json_slice::<Text>(b"{\"nl\": \"caf\xe9\"}").unwrap_err();
/// assert_eq!(err.code, Code::Syntax);
/// ```
pub fn from_json_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ParseError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    // Checking all of the UTF-8 at once is faster than string by string.
    if let Ok(text) = std::str::from_utf8(bytes) {
        return from_json_str(text);
    }
    // Bytes that are not UTF-8 are never well-formed JSON.
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = finish(strict_deserialize(&mut de), de, bytes, || false)?;
    // `T` skipped the value that holds those bytes (serde_json skips a string without checking
    // it): read every value to say where they are.
    let mut de = serde_json::Deserializer::from_slice(bytes);
    finish::<EveryValue, _>(strict_deserialize(&mut de), de, bytes, || false).map(|_| value)
}

/// Reads every value of a document and keeps nothing. Unlike [`serde::de::IgnoredAny`], which
/// serde_json skips over, it checks that every string is UTF-8.
struct EveryValue;

impl<'de> serde::Deserialize<'de> for EveryValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(EveryValue)
    }
}

impl<'de> serde::de::Visitor<'de> for EveryValue {
    type Value = EveryValue;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_str<E>(self, _: &str) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_unit<E>(self) -> Result<Self, E> {
        Ok(self)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self, A::Error> {
        while seq.next_element::<EveryValue>()?.is_some() {}
        Ok(self)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self, A::Error> {
        while map.next_entry::<EveryValue, EveryValue>()?.is_some() {}
        Ok(self)
    }
}

/// Deserializes strictly (see [`Strict`](crate::read::strict::Strict)) while tracking the path for errors.
fn strict_deserialize<'de, D, T>(de: D) -> Result<T, serde_path_to_error::Error<D::Error>>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    let mut track = serde_path_to_error::Track::new();
    let tracked = serde_path_to_error::Deserializer::new(de, &mut track);
    T::deserialize(crate::read::strict::Strict(tracked))
        .map_err(|err| serde_path_to_error::Error::new(track.path(), err))
}

/// `well_formed` tells whether the whole input is JSON: serde_json reports some type errors
/// (a number where a catalogue value is expected) as syntax errors, and only a second look
/// tells them apart. It runs on the error path only.
fn finish<'de, T, R: serde_json::de::Read<'de>>(
    result: Result<T, serde_path_to_error::Error<serde_json::Error>>,
    mut de: serde_json::Deserializer<R>,
    input: &[u8],
    well_formed: impl FnOnce() -> bool,
) -> Result<T, ParseError> {
    match result {
        Ok(value) => {
            de.end().map_err(|e| {
                let mut err = convert("", &e);
                (err.line, err.column) = position(input, e.line(), e.column(), false);
                err
            })?;
            Ok(value)
        }
        Err(e) => {
            let mut err = convert(&pointer(e.path()), e.inner());
            let expected_value = bare_message(e.inner()).starts_with("expected value");
            if err.code == Code::Syntax && expected_value && well_formed() {
                err.code = Code::WrongType;
                err.message = Message::new(
                    "verkeerd type: verwacht een van de toegestane waarden, als tekst tussen aanhalingstekens",
                    "wrong type: expected one of the allowed values, as a string in quotes",
                );
            }
            let about_a_value = err.code != Code::Syntax;
            (err.line, err.column) =
                position(input, e.inner().line(), e.inner().column(), about_a_value);
            Err(err)
        }
    }
}

/// Line and column (in characters, both from 1) of an error that serde_json places at
/// `line` and byte `column`, the last byte it read. An error about a value (`about_a_value`:
/// its type, its content, a field's name) is moved to where that value starts: serde_json
/// reports the end of a string, number or name, and the byte before an array or object.
/// `(0, 0)` when the position is unknown.
fn position(input: &[u8], line: usize, column: usize, about_a_value: bool) -> (usize, usize) {
    if line == 0 {
        return (0, 0);
    }
    // The byte offset of the start of `line`.
    let mut line_start = 0;
    for _ in 1..line {
        match input[line_start..].iter().position(|&b| b == b'\n') {
            Some(i) => line_start += i + 1,
            None => break,
        }
    }
    // serde_json's column 0 means it has just read the newline that ends the line before.
    let at = if column == 0 {
        line_start
    } else {
        line_start + column - 1
    }
    .min(input.len());
    let at = match (about_a_value, at.checked_sub(usize::from(column == 0))) {
        (true, Some(last)) => value_start(input, last).unwrap_or(at),
        _ => at,
    };
    let line = 1 + input[..at].iter().filter(|&&b| b == b'\n').count();
    let start = input[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    // Characters, not bytes: UTF-8 continuation bytes do not start a character.
    let column = 1 + input[start..at]
        .iter()
        .filter(|&&b| b & 0xC0 != 0x80)
        .count();
    (line, column)
}

/// The offset where the value ends at, or comes after, `last` starts.
fn value_start(input: &[u8], last: usize) -> Option<usize> {
    match *input.get(last)? {
        // Before an array or object, or between a name and its value.
        b' ' | b'\t' | b'\r' | b'\n' | b':' | b',' | b'[' | b'{' => {
            let after = last + 1;
            let skip = input
                .get(after..)?
                .iter()
                .position(|b| !b.is_ascii_whitespace())?;
            Some(after + skip)
        }
        // The closing quote of a string: back to its opening quote, which is the nearest quote
        // before it that is not escaped.
        b'"' => {
            let mut end = last;
            loop {
                let quote = input[..end].iter().rposition(|&b| b == b'"')?;
                let backslashes = input[..quote]
                    .iter()
                    .rev()
                    .take_while(|&&b| b == b'\\')
                    .count();
                if backslashes % 2 == 0 {
                    return Some(quote);
                }
                end = quote;
            }
        }
        // The last byte of a number or of `true`, `false`, `null`.
        b if b.is_ascii_alphanumeric() => {
            let len = input[..last]
                .iter()
                .rev()
                .take_while(|&&b| b.is_ascii_alphanumeric() || b"+-.".contains(&b))
                .count();
            Some(last - len)
        }
        _ => None,
    }
}

/// Writes a document as pretty-printed JSON (two-space indent, fields in the model's order).
/// Reading the result back gives an equal document; for text this crate wrote, the same text.
///
/// ```
/// use theory_of_value::{to_json_pretty, Text};
/// let json = to_json_pretty(&Text::bilingual("Inloop", "Walk-in"));
/// assert_eq!(json, "{\n  \"nl\": \"Inloop\",\n  \"en\": \"Walk-in\"\n}");
/// ```
pub fn to_json_pretty<T: Serialize>(document: &T) -> String {
    // Serialising the crate's own types cannot fail: every key is a string and no value is
    // a non-finite float.
    serde_json::to_string_pretty(document).expect("documents serialise to JSON")
}

/// Turns serde_path_to_error's path into a JSON Pointer (RFC 6901).
fn pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => {
                out.push('/');
                out.push_str(&index.to_string());
            }
            Segment::Map { key } | Segment::Enum { variant: key } => {
                out.push('/');
                out.push_str(&key.replace('~', "~0").replace('/', "~1"));
            }
            Segment::Unknown => {}
        }
    }
    out
}

/// The message without serde_json's " at line L column C" suffix.
fn bare_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    match full.rfind(" at line ") {
        Some(i) if e.line() != 0 => full[..i].to_owned(),
        _ => full,
    }
}

fn convert(path: &str, e: &serde_json::Error) -> ParseError {
    use serde_json::error::Category;
    let raw = bare_message(e);
    let (code, message, suggestion) = match e.classify() {
        Category::Syntax | Category::Eof | Category::Io => {
            let (nl, en) = syntax_message(&raw);
            (
                Code::Syntax,
                Message::new(
                    format!("geen geldige JSON: {nl}"),
                    format!("not valid JSON: {en}"),
                ),
                None,
            )
        }
        Category::Data => data_message(&raw),
    };
    ParseError {
        code,
        path: path.to_owned(),
        line: e.line(),
        // serde_json reports column 0 at the very start of a line (an empty input).
        column: if e.line() > 0 { e.column().max(1) } else { 0 },
        message,
        suggestion,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::{Code, Text};
    use crate::model::TheoryOfValue;

    fn at<T: DeserializeOwned + fmt::Debug>(text: &str) -> (Code, usize, usize) {
        let err = from_json_str::<T>(text).unwrap_err();
        (err.code, err.line, err.column)
    }

    #[test]
    fn an_error_about_a_value_points_at_its_start() {
        // Wrong types: an array, an object, a number, a string, a literal.
        assert_eq!(at::<Text>(r#"{"nl": [1]}"#), (Code::WrongType, 1, 8));
        assert_eq!(at::<Text>("{\"nl\":\n\n   {}}"), (Code::WrongType, 3, 4));
        assert_eq!(at::<Text>(r#"{"nl": -12.5e3}"#), (Code::WrongType, 1, 8));
        assert_eq!(at::<Text>(r#"{"nl":false}"#), (Code::WrongType, 1, 7));
        assert_eq!(at::<TheoryOfValue>(r#"{"id": "x", "impact": "y"}"#).2, 23);
        // A name with an escaped quote and a trailing backslash in it.
        assert_eq!(
            at::<Text>(r#"{"nl": "a", "e\"n\\": "b"}"#),
            (Code::UnknownField, 1, 13)
        );
        // Columns count characters: "ë" and "…" are one each.
        assert_eq!(
            at::<Text>(r#"{"nl": "Inloop ë…", "fr": "x"}"#),
            (Code::UnknownField, 1, 21)
        );
    }

    #[test]
    fn a_syntax_error_points_where_reading_stopped() {
        assert_eq!(
            at::<Text>(r#"{"nl": "ë" "en": "x"}"#),
            (Code::Syntax, 1, 12)
        );
        assert_eq!(at::<Text>(""), (Code::Syntax, 1, 1));
        assert_eq!(at::<Text>("{\n"), (Code::Syntax, 2, 1));
        let err = from_json_slice::<Text>(b"{\"nl\": \"caf\xe9\"}").unwrap_err();
        assert_eq!((err.code, err.line, err.column), (Code::Syntax, 1, 12));
    }

    #[test]
    fn bytes_that_are_not_utf8_are_found_in_a_value_that_is_skipped() {
        /// Reads only the names of an object's fields.
        #[derive(Debug)]
        struct Names;
        impl<'de> serde::Deserialize<'de> for Names {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let _: std::collections::HashMap<String, serde::de::IgnoredAny> =
                    serde::Deserialize::deserialize(d)?;
                Ok(Names)
            }
        }
        let bytes = b"{\"a\": 1,\n \"b\": [\"x\", {\"c\": \"caf\xe9\"}]}";
        assert!(
            serde_json::from_slice::<std::collections::HashMap<String, serde::de::IgnoredAny>>(
                bytes
            )
            .is_ok()
        );
        let err = from_json_slice::<Names>(bytes).unwrap_err();
        assert_eq!(
            (err.code, err.path.as_str(), err.line, err.column),
            (Code::Syntax, "/b/1/c", 2, 23)
        );
        assert!(err.message.en.contains("not UTF-8"), "{err}");
    }

    #[test]
    fn positions_stay_inside_the_input() {
        for (input, line, column) in [
            ("", 1, 0),
            ("", 5, 9),
            ("x", 1, 40),
            ("ab\ncd", 2, 0),
            ("ab\ncd", 9, 9),
        ] {
            for about_a_value in [false, true] {
                let (l, c) = position(input.as_bytes(), line, column, about_a_value);
                assert!(l >= 1 && c >= 1, "{input:?} {line}:{column} gave {l}:{c}");
            }
        }
        assert_eq!(position(b"abc", 0, 0, true), (0, 0));
    }

    proptest::proptest! {
        /// Whatever serde_json reports, the position is a place in the input (or just after
        /// its end) and never a panic.
        #[test]
        fn a_position_is_inside_the_input(
            input in "[ \n\"\\\\:,\\[\\]{}a-zë0-9.-]{0,40}",
            line in 0usize..8,
            column in 0usize..50,
            about_a_value: bool,
        ) {
            let (l, c) = position(input.as_bytes(), line, column, about_a_value);
            if line == 0 {
                proptest::prop_assert_eq!((l, c), (0, 0));
            } else {
                let lines: Vec<&str> = input.split('\n').collect();
                proptest::prop_assert!(l >= 1 && l <= lines.len(), "line {}", l);
                proptest::prop_assert!(c >= 1 && c <= lines[l - 1].chars().count() + 1, "column {}", c);
            }
        }
    }
}
