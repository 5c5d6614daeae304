//! What the fuzz targets share: a plain twin of a document (every text replaced by letters of
//! the same length and white space) and the comparisons that prove no text became markup in a
//! rendering — the same XML tags, Markdown line starts and table pipes, Mermaid lines and
//! quotes, terminal lines, as the twin's rendering — plus the checks of an export.

use serde_json::Value;
use theory_of_value::from_json_str;

/// The document with every string that is not an ID, a code, a date or a catalogue value (it
/// holds a character outside `A-Z a-z 0-9 - _ .`, which no markup is made of) replaced by `x`s of the same length and white space;
/// `None` when the twin does not read as the same kind of document.
pub fn plain<T: serde::Serialize + serde::de::DeserializeOwned>(doc: &T) -> Option<T> {
    fn walk(v: &mut Value) {
        match v {
            Value::String(s) => {
                if s.chars()
                    .any(|c| !matches!(c, 'a'..='z' | 'A'..='Z' | '0'..='9' | '-' | '_' | '.'))
                {
                    *s = s
                        .chars()
                        .map(|c| if c.is_whitespace() { c } else { 'x' })
                        .collect();
                }
            }
            Value::Array(a) => a.iter_mut().for_each(walk),
            Value::Object(m) => m.values_mut().for_each(walk),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(doc).expect("a document serializes");
    walk(&mut v);
    from_json_str(&v.to_string()).ok()
}

/// XML and HTML: the tags in order, without attributes.
fn tags(s: &str) -> Vec<&str> {
    s.match_indices('<')
        .map(|(i, _)| {
            let rest = &s[i..];
            let end = rest
                .find([' ', '>', '/', '\n'])
                .unwrap_or(rest.len())
                .max(1);
            &rest[..end]
        })
        .collect()
}

/// Markdown: per line, its leading markup and its unescaped table pipes. Outside a table row
/// (a line that does not start with `|`), a pipe in a code span cannot split a cell and is not
/// counted; in a table row every unescaped pipe counts, code span or not (GFM).
fn markdown(s: &str) -> Vec<(String, usize)> {
    s.lines()
        .map(|l| {
            let row = l.trim_start().starts_with('|');
            let (mut pipes, mut escaped, mut code) = (0, false, false);
            for c in l.chars() {
                if c == '`' && !escaped {
                    code = !code;
                }
                if c == '|' && !escaped && (row || !code) {
                    pipes += 1;
                }
                escaped = c == '\\' && !escaped && !code;
            }
            let lead = l
                .chars()
                .take_while(|c| matches!(c, '#' | '-' | '*' | ' ' | '|'))
                .collect();
            (lead, pipes)
        })
        .collect()
}

/// Mermaid: per line, what comes before the first label and the number of quotes.
fn mermaid(s: &str) -> Vec<(&str, usize)> {
    s.lines()
        .map(|l| (l.split('"').next().unwrap_or(""), l.matches('"').count()))
        .collect()
}

/// The output formats a rendering can be in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// HTML, with inline SVG.
    Html,
    /// SVG (XML 1.0): also parsed as XML.
    Svg,
    /// Markdown.
    Markdown,
    /// Mermaid.
    Mermaid,
    /// Text for a terminal.
    Terminal,
}

/// Asserts that `hostile`, the rendering of a document, has the structure of `twin`, the
/// rendering of its plain twin, and that it is well-formed for its format.
pub fn same_structure(format: Format, what: &str, hostile: &str, twin: &str) {
    match format {
        Format::Html => assert_eq!(tags(hostile), tags(twin), "{what}"),
        Format::Svg => {
            assert_eq!(tags(hostile), tags(twin), "{what}");
            roxmltree::Document::parse(hostile).expect("the SVG is well-formed XML");
        }
        Format::Markdown => assert_eq!(markdown(hostile), markdown(twin), "{what}"),
        Format::Mermaid => {
            assert_eq!(mermaid(hostile), mermaid(twin), "{what}");
            assert!(!hostile.contains("%%"), "a Mermaid comment or directive in {what}");
        }
        Format::Terminal => {
            assert_eq!(
                hostile.lines().count(),
                twin.lines().count(),
                "{what}: lines"
            );
            assert!(
                !hostile
                    .chars()
                    .any(|c| theory_of_value::base::escape::is_control(c) && c != '\n'),
                "a control character reached the terminal in {what}"
            );
        }
    }
}

/// Asserts that an export is JSON that reads back equal and, with `unique`, that no two of its
/// nodes share an `@id`.
pub fn export_is_sound(doc: &Value, unique: bool) {
    let text = serde_json::to_string(doc).expect("JSON-LD serializes");
    let back: Value = serde_json::from_str(&text).expect("JSON-LD is JSON");
    assert_eq!(&back, doc);
    if !unique {
        return;
    }
    let graph = doc["@graph"].as_array().expect("a graph");
    let mut ids: Vec<&str> = graph
        .iter()
        .map(|n| n["@id"].as_str().expect("an @id"))
        .collect();
    ids.sort_unstable();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "unique @ids");
}
