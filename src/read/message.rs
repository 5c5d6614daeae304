//! What a read error says: serde's and serde_json's messages in Dutch and English, with the
//! nearest known name for a misspelt one, and the bilingual errors of the crate's own value
//! types ([`invalid_value`], [`wrong_type`]).

use crate::base::{Code, Message};
use crate::read::suggest;
use std::fmt;

/// serde_json's syntax errors by how their message starts, in Dutch and English. The first
/// that fits is used, so a start comes before a shorter one it begins with.
const SYNTAX: &[(&str, &str, &str)] = &[
    (
        "EOF while parsing an object",
        "de tekst houdt op midden in een object",
        "the text ends in the middle of an object",
    ),
    (
        "EOF while parsing a list",
        "de tekst houdt op midden in een lijst",
        "the text ends in the middle of a list",
    ),
    (
        "EOF while parsing a string",
        "de tekst houdt op midden in een tekenreeks",
        "the text ends in the middle of a string",
    ),
    (
        "EOF while parsing a value",
        "de tekst is leeg of houdt te vroeg op",
        "the text is empty or ends too early",
    ),
    (
        "EOF while parsing",
        "de tekst houdt te vroeg op",
        "the text ends too early",
    ),
    (
        "trailing characters",
        "er staat nog tekst na het document",
        "there is more text after the document",
    ),
    (
        "trailing comma",
        "een komma te veel voor het sluitteken",
        "a comma too many before the closing bracket",
    ),
    (
        "key must be a string",
        "een sleutel moet een tekenreeks tussen dubbele aanhalingstekens zijn",
        "a key must be a string in double quotes",
    ),
    (
        "expected `:`",
        "hier hoort een dubbele punt `:`",
        "a colon `:` is expected here",
    ),
    (
        "expected `,` or `}`",
        "hier hoort een komma `,` of `}`",
        "a comma `,` or `}` is expected here",
    ),
    (
        "expected `,` or `]`",
        "hier hoort een komma `,` of `]`",
        "a comma `,` or `]` is expected here",
    ),
    (
        "expected value",
        "hier hoort een waarde",
        "a value is expected here",
    ),
    (
        "expected ident",
        "onbekend woord (bedoeld: true, false of null?)",
        "unknown word (meant true, false or null?)",
    ),
    (
        "invalid escape",
        "ongeldige escape-reeks in een tekenreeks",
        "invalid escape sequence in a string",
    ),
    ("invalid number", "ongeldig getal", "invalid number"),
    (
        "number out of range",
        "getal buiten het bereik",
        "number out of range",
    ),
    (
        "invalid unicode code point",
        "ongeldig teken: de tekst is geen UTF-8 (opgeslagen als Windows-1252 of Latin-1?) of heeft een ongeldige \\u-escape",
        "invalid character: the text is not UTF-8 (saved as Windows-1252 or Latin-1?) or has an invalid \\u escape",
    ),
    (
        "control character",
        "stuurteken in een tekenreeks (gebruik \\n of \\t)",
        "control character in a string (use \\n or \\t)",
    ),
    (
        "lone leading surrogate",
        "losse surrogaathelft in een \\u-escape",
        "lone surrogate in a \\u escape",
    ),
    (
        "unexpected end of hex escape",
        "onvolledige \\u-escape",
        "incomplete \\u escape",
    ),
    (
        "recursion limit exceeded",
        "te diep genest",
        "nested too deeply",
    ),
];

/// A serde_json syntax error's message `raw` in Dutch and English; unknown ones as they are.
pub(super) fn syntax_message(raw: &str) -> (String, String) {
    SYNTAX
        .iter()
        .find(|(pat, _, _)| raw.starts_with(pat))
        .map(|(_, nl, en)| ((*nl).to_owned(), (*en).to_owned()))
        .unwrap_or_else(|| (raw.to_owned(), raw.to_owned()))
}

/// A data error read: its code, its message and the known name nearest to a misspelt one.
pub(super) type Reading = (Code, Message, Option<String>);

/// A serde data error's message `raw` (a field or value the type does not know, a missing or
/// repeated field, a wrong type or value, or one of the crate's own bilingual errors) as a
/// code and a message in Dutch and English.
pub(super) fn data_message(raw: &str) -> Reading {
    if let Some(rest) = raw.strip_prefix("unknown field ") {
        return unknown_name(rest, Code::UnknownField, ("onbekend veld", "unknown field"));
    }
    if let Some(rest) = raw.strip_prefix("unknown variant ") {
        return unknown_name(
            rest,
            Code::InvalidValue,
            ("onbekende waarde", "unknown value"),
        );
    }
    if let Some(rest) = raw.strip_prefix("duplicate field ") {
        return duplicate_field(rest);
    }
    if let Some(rest) = raw.strip_prefix("missing field ") {
        return missing_field(rest);
    }
    if let Some(rest) = raw.strip_prefix("invalid type: ") {
        return invalid_type(rest);
    }
    if let Some(reading) = own_error(raw) {
        return reading;
    }
    if let Some(rest) = raw.strip_prefix("invalid value: ") {
        return invalid_value_of(rest);
    }
    if let Some(rest) = raw.strip_prefix("invalid length ") {
        return invalid_length(rest);
    }
    (Code::InvalidValue, Message::new(raw, raw), None)
}

/// A field or value name the type does not know (`rest`: "`NAME`, expected one of …"), with
/// the nearest known name suggested or, failing that, the known names listed. `what` names it
/// in Dutch and English.
fn unknown_name(rest: &str, code: Code, what: (&str, &str)) -> Reading {
    let (name, known) = named_and_known(rest);
    let suggestion = suggest::closest(name, known.iter().copied()).map(str::to_owned);
    let quoted = quote_name(name);
    let (nl, en) = with_suggestion(
        format!("{} {quoted}", what.0),
        format!("{} {quoted}", what.1),
        suggestion.as_deref(),
        &known,
    );
    (code, Message::new(nl, en), suggestion)
}

/// A field that appears twice in one object (`rest`: "`NAME`").
fn duplicate_field(rest: &str) -> Reading {
    let field = quote_name(
        rest.strip_prefix('`')
            .and_then(|r| r.strip_suffix('`'))
            .unwrap_or(rest),
    );
    (
        Code::DuplicateField,
        Message::new(
            format!("het veld {field} staat twee keer in hetzelfde object"),
            format!("field {field} appears twice in the same object"),
        ),
        None,
    )
}

/// A required field that is not there (`rest`: "`NAME`").
fn missing_field(rest: &str) -> Reading {
    let field = backticked(rest)
        .first()
        .copied()
        .unwrap_or_default()
        .to_owned();
    (
        Code::MissingField,
        Message::new(
            format!("het verplichte veld `{field}` ontbreekt"),
            format!("required field `{field}` is missing"),
        ),
        None,
    )
}

/// A value of the wrong type (`rest`: "FOUND, expected EXPECTED").
fn invalid_type(rest: &str) -> Reading {
    let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
    (
        Code::WrongType,
        Message::new(
            format!(
                "verkeerd type: {} gevonden, verwacht {}",
                found_nl(found),
                expected_nl(expected)
            ),
            format!(
                "wrong type: found {found}, expected {}",
                expected_en(expected)
            ),
        ),
        None,
    )
}

/// One of the crate's own errors, written by [`invalid_value`] or [`wrong_type`] with its
/// text in both languages.
fn own_error(raw: &str) -> Option<Reading> {
    [
        (BILINGUAL, Code::InvalidValue),
        (BILINGUAL_TYPE, Code::WrongType),
    ]
    .into_iter()
    .find_map(|(marker, code)| {
        let (en, nl) = raw.strip_prefix(marker)?.split_once(marker)?;
        Some((code, Message::new(nl, en), None))
    })
}

/// A value of the right type that is not allowed (`rest`: "FOUND, expected EXPECTED").
fn invalid_value_of(rest: &str) -> Reading {
    let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
    (
        Code::InvalidValue,
        Message::new(
            format!(
                "ongeldige waarde: {} gevonden, verwacht {expected}",
                found_nl(found)
            ),
            format!("invalid value: found {found}, expected {expected}"),
        ),
        None,
    )
}

/// A list of the wrong length (`rest`: "N, expected …").
fn invalid_length(rest: &str) -> Reading {
    // serde also reads a struct from a JSON array of its fields in order; an array where an
    // object belongs is best reported as the wrong type.
    if rest.contains("expected struct ") {
        return (
            Code::WrongType,
            Message::new(
                "verkeerd type: lijst gevonden, verwacht een object",
                "wrong type: found a list, expected an object",
            ),
            None,
        );
    }
    (
        Code::InvalidValue,
        Message::new(
            format!("ongeldige lengte {rest}"),
            format!("invalid length {rest}"),
        ),
        None,
    )
}

/// Marks a custom deserialisation error that carries its own English and Dutch text.
const BILINGUAL: &str = "\u{1f}";

/// A deserialisation error with a message in both languages, for the crate's own value types
/// (identifiers, dates, shares); the parser turns it into `TOV006` with both texts.
pub(crate) fn invalid_value<E: serde::de::Error>(
    en: impl fmt::Display,
    nl: impl fmt::Display,
) -> E {
    E::custom(format_args!("{BILINGUAL}{en}{BILINGUAL}{nl}"))
}

/// Marks a custom deserialisation error about a value's type (a number out of the range of
/// whole numbers allowed) that carries its own English and Dutch text.
const BILINGUAL_TYPE: &str = "\u{1e}";

/// A deserialisation error with a message in both languages that the parser turns into
/// `TOV005`: a whole number outside the range of the type that reads it.
pub(crate) fn wrong_type<E: serde::de::Error>(en: impl fmt::Display, nl: impl fmt::Display) -> E {
    E::custom(format_args!("{BILINGUAL_TYPE}{en}{BILINGUAL_TYPE}{nl}"))
}

fn with_suggestion(
    nl: String,
    en: String,
    suggestion: Option<&str>,
    known: &[&str],
) -> (String, String) {
    match suggestion {
        Some(s) => (
            format!("{nl}; bedoelde je `{s}`?"),
            format!("{en}; did you mean `{s}`?"),
        ),
        None if known.is_empty() => (nl, en),
        None => {
            let list = known
                .iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ");
            (
                format!("{nl}; mogelijk: {list}"),
                format!("{en}; expected one of {list}"),
            )
        }
    }
}

fn found_nl(found: &str) -> String {
    let pairs = [
        ("boolean", "waar/onwaar"),
        ("integer", "geheel getal"),
        ("floating point", "getal"),
        ("string", "tekst"),
        ("sequence", "lijst"),
        ("map", "object"),
        ("null", "null"),
    ];
    for (en, nl) in pairs {
        if let Some(rest) = found.strip_prefix(en) {
            return format!("{nl}{rest}");
        }
    }
    found.to_owned()
}

fn expected_en(expected: &str) -> String {
    let numeric = |prefix: char| {
        expected.starts_with(prefix)
            && expected[1..].chars().all(|c| c.is_ascii_digit())
            && expected.len() > 1
    };
    if expected.starts_with("struct ") {
        "an object".to_owned()
    } else if expected.starts_with("enum ") {
        "one of the allowed values, as a string in quotes".to_owned()
    } else if numeric('u') || numeric('i') {
        "a whole number".to_owned()
    } else if numeric('f') {
        "a number".to_owned()
    } else if expected.starts_with("a sequence") {
        "a list".to_owned()
    } else {
        expected.to_owned()
    }
}

fn expected_nl(expected: &str) -> String {
    let e = expected;
    if e.starts_with("struct ") || e == "a map" {
        "een object".into()
    } else if e.starts_with("enum ") {
        "een van de toegestane waarden, als tekst tussen aanhalingstekens".into()
    } else if e.starts_with("a sequence") {
        "een lijst".into()
    } else if e.starts_with("a string") || e.starts_with("a borrowed string") {
        "tekst".into()
    } else if e.starts_with("a boolean") {
        "true of false".into()
    } else if (e.starts_with('u') || e.starts_with('i'))
        && e[1..].chars().all(|c| c.is_ascii_digit())
    {
        "een geheel getal".into()
    } else if e.starts_with('f') && e[1..].chars().all(|c| c.is_ascii_digit()) {
        "een getal".into()
    } else if let Some(rest) = e.strip_prefix("unit variant") {
        format!("een waarde{rest}")
    } else {
        e.into()
    }
}

/// The names between backticks in `s`, in order.
fn backticked(s: &str) -> Vec<&str> {
    s.split('`').skip(1).step_by(2).collect()
}

/// Splits serde's "`NAME`, expected one of `a`, `b`" (or "`NAME`, there are no fields") into
/// the name a document gave and the known names. The document's name may itself hold
/// backticks and commas; the crate's own names never do, so the name ends at the last
/// "`, expected " (or "`, there are no ").
fn named_and_known(rest: &str) -> (&str, Vec<&str>) {
    let Some(inner) = rest.strip_prefix('`') else {
        return ("", Vec::new());
    };
    match inner
        .rfind("`, expected ")
        .or_else(|| inner.rfind("`, there are no "))
    {
        Some(end) => (&inner[..end], backticked(&inner[end + 1..])),
        None => (inner.strip_suffix('`').unwrap_or(inner), Vec::new()),
    }
}

/// A name from the document, quoted for a message: between backticks, with control
/// characters and line breaks shown as visible escapes (so a name cannot forge a line of
/// output or reach a terminal raw), and between double quotes with `"` escaped when the name
/// holds a backtick itself (so it cannot close the quoting early).
pub(crate) fn quote_name(name: &str) -> String {
    let shown = crate::base::escape::terminal(name);
    if shown.contains('`') {
        format!("\"{}\"", shown.replace('\\', "\\\\").replace('"', "\\\""))
    } else {
        format!("`{shown}`")
    }
}
