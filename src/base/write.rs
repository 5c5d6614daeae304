//! The one writer of every output the crate renders: HTML, SVG, Markdown, Mermaid and terminal
//! text. Three rules hold by construction:
//!
//! - **Markup comes from the crate.** Element and attribute names, and the syntax of the plain
//!   formats, are `&'static str` written in this crate's code. No method takes a `String` of
//!   markup, so document text cannot become markup without a change to this file.
//! - **Text is escaped for its context.** Every other string passes the escaper of the writer's
//!   context ([`Context`]): `escape::html` in HTML, `escape::xml` in SVG, `escape::markdown`,
//!   `escape::mermaid`, `escape::terminal`. Numbers are formatted by the writer ([`Number`]),
//!   or come as a figure the renderers format from numbers only.
//! - **Elements nest.** In HTML and SVG an element is written with its content as a closure
//!   ([`Writer::element`]): it is closed when the closure returns, so a closing tag can be
//!   neither forgotten nor misplaced. SVG enters an HTML page through [`Writer::svg`], which
//!   switches the context for the element's content, or as a finished picture of a type that
//!   implements [`Trusted`]: one type only, the SVG renderer's picture, which only that
//!   renderer makes.

use crate::base::{escape, Lang};
use std::borrow::Cow;
use std::fmt::Write as _;
use std::marker::PhantomData;

mod sealed {
    pub trait Sealed {}
}

/// An output context: how text is escaped in it.
pub(crate) trait Context: sealed::Sealed {
    /// Document text, escaped for the context.
    fn escape(s: &str) -> String;
    /// The crate's own words (`&'static str`, never document text): escaped where the context
    /// needs it for any text at all (HTML, SVG, Mermaid), as they are where the crate writes
    /// them as plain text of the context (Markdown, terminals), white space kept.
    fn words(s: &'static str) -> Cow<'static, str> {
        Cow::Owned(Self::escape(s))
    }
}

/// A context made of elements (HTML, SVG): written with [`Writer::element`], never with
/// literal tags.
pub(crate) trait Markup: Context {
    /// Whether an element without content closes itself (`<rect/>` in SVG, `<meta>` in HTML).
    const SELF_CLOSING: bool;
    /// Whether a line break follows the closing tag of `tag`, for a readable source.
    fn breaks_after(tag: &str) -> bool;
}

/// A context whose syntax is plain characters (Markdown, Mermaid, terminal text): the crate
/// writes its syntax with [`Writer::lit`].
pub(crate) trait Plain: Context {}

/// HTML text content and double-quoted attribute values.
pub(crate) struct Html;
/// SVG (XML 1.0) text content and double-quoted attribute values.
pub(crate) struct Svg;
/// Markdown inline text, table cells included.
pub(crate) struct Md;
/// Mermaid labels between double quotes.
pub(crate) struct Mmd;
/// Plain text for a terminal.
pub(crate) struct Term;

impl sealed::Sealed for Html {}
impl sealed::Sealed for Svg {}
impl sealed::Sealed for Md {}
impl sealed::Sealed for Mmd {}
impl sealed::Sealed for Term {}

impl Context for Html {
    fn escape(s: &str) -> String {
        escape::html(s)
    }
}
impl Markup for Html {
    const SELF_CLOSING: bool = false;
    fn breaks_after(tag: &str) -> bool {
        matches!(
            tag,
            "p" | "li"
                | "tr"
                | "table"
                | "section"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "ul"
                | "ol"
                | "dl"
                | "head"
                | "body"
                | "html"
                | "style"
                | "title"
                | "figure"
                | "svg"
        )
    }
}
impl Context for Svg {
    fn escape(s: &str) -> String {
        escape::xml(s)
    }
}
impl Markup for Svg {
    const SELF_CLOSING: bool = true;
    fn breaks_after(tag: &str) -> bool {
        matches!(tag, "g" | "defs")
    }
}
impl Context for Md {
    fn escape(s: &str) -> String {
        escape::markdown(s)
    }
    fn words(s: &'static str) -> Cow<'static, str> {
        Cow::Borrowed(s)
    }
}
impl Plain for Md {}
impl Context for Mmd {
    fn escape(s: &str) -> String {
        escape::mermaid(s)
    }
}
impl Plain for Mmd {}
impl Context for Term {
    fn escape(s: &str) -> String {
        escape::terminal(s)
    }
    fn words(s: &'static str) -> Cow<'static, str> {
        Cow::Borrowed(s)
    }
}
impl Plain for Term {}

/// A number the writer formats itself: integers as they are, floats with one decimal.
pub(crate) trait Number {
    fn put(&self, out: &mut String);
}
impl Number for f64 {
    fn put(&self, out: &mut String) {
        let x = if self.is_finite() { *self } else { 0.0 };
        let _ = write!(out, "{x:.1}");
    }
}
macro_rules! integer {
    ($($t:ty),*) => {$(
        impl Number for $t {
            fn put(&self, out: &mut String) {
                let _ = write!(out, "{self}");
            }
        }
    )*};
}
integer!(u64, usize, u32, u16, u8, i64, i32, i16);

/// The value of an attribute: text (escaped) or a number (formatted by the writer).
#[derive(Clone, Copy)]
pub(crate) enum Value<'a> {
    /// Text, escaped for the context.
    Text(&'a str),
    /// A number with one decimal (coordinates, sizes).
    Float(f64),
    /// A whole number.
    Int(i64),
    /// A value written by the crate (a list of fonts, a colour), written as it is: a
    /// `&'static str` without `"`, `&` or `<`, so it cannot leave the attribute.
    Own(&'static str),
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(s: &'a str) -> Self {
        Value::Text(s)
    }
}
impl<'a> From<&'a String> for Value<'a> {
    fn from(s: &'a String) -> Self {
        Value::Text(s)
    }
}
impl From<f64> for Value<'_> {
    fn from(x: f64) -> Self {
        Value::Float(x)
    }
}
impl From<i64> for Value<'_> {
    fn from(n: i64) -> Self {
        Value::Int(n)
    }
}
impl From<usize> for Value<'_> {
    fn from(n: usize) -> Self {
        Value::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<u32> for Value<'_> {
    fn from(n: u32) -> Self {
        Value::Int(i64::from(n))
    }
}

/// Markup the crate made itself and that may enter a page as it is. Implemented by one type,
/// the SVG renderer's picture, whose constructor is private to that renderer and which escapes
/// every piece of document text it holds; `grep 'impl Trusted'` finds every implementation.
pub(crate) trait Trusted {
    /// The markup.
    fn markup(&self) -> &str;
}

/// An attribute: a name written by the crate and a value.
pub(crate) type Attr<'a> = (&'static str, Value<'a>);

/// Output under construction in context `C`.
pub(crate) struct Writer<C> {
    buf: String,
    /// How many levels a Markdown heading is moved down (a rendering inside a larger document).
    depth: usize,
    context: PhantomData<C>,
}

impl<C: Context> Default for Writer<C> {
    fn default() -> Self {
        Writer::new()
    }
}

impl<C: Context> Writer<C> {
    /// An empty output.
    pub(crate) fn new() -> Self {
        Writer::with_capacity(0)
    }

    /// An empty output with room for `bytes`.
    pub(crate) fn with_capacity(bytes: usize) -> Self {
        Writer {
            buf: String::with_capacity(bytes),
            depth: 0,
            context: PhantomData,
        }
    }

    /// Text, escaped for the context.
    pub(crate) fn text(&mut self, text: &str) -> &mut Self {
        self.buf.push_str(&C::escape(text));
        self
    }

    /// The crate's own words, never document text (see [`Context::words`]).
    pub(crate) fn words(&mut self, words: &'static str) -> &mut Self {
        self.buf.push_str(&C::words(words));
        self
    }

    /// A number.
    pub(crate) fn num(&mut self, n: impl Number) -> &mut Self {
        n.put(&mut self.buf);
        self
    }

    /// A line break: between elements in HTML and SVG, a new line in the plain formats.
    pub(crate) fn newline(&mut self) -> &mut Self {
        self.buf.push('\n');
        self
    }

    /// The number of characters written so far (for columns of a terminal).
    pub(crate) fn chars(&self) -> usize {
        self.buf.chars().count()
    }

    /// Output built by another writer of the same context.
    pub(crate) fn nest(&mut self, other: Writer<C>) -> &mut Self {
        self.buf.push_str(&other.buf);
        self
    }

    /// The output.
    pub(crate) fn finish(self) -> String {
        self.buf
    }

    fn attrs(&mut self, attrs: &[Attr<'_>]) {
        for (name, value) in attrs {
            self.buf.push(' ');
            self.buf.push_str(name);
            self.buf.push_str("=\"");
            match value {
                Value::Text(s) => self.buf.push_str(&C::escape(s)),
                Value::Float(x) => x.put(&mut self.buf),
                Value::Int(n) => n.put(&mut self.buf),
                Value::Own(s) => {
                    debug_assert!(!s.contains(['"', '&', '<']), "an attribute value: {s:?}");
                    self.buf.push_str(s);
                }
            }
            self.buf.push('"');
        }
    }
}

impl<C: Plain> Writer<C> {
    /// Ends the output with exactly one line break: trailing white space (blank lines, spaces)
    /// dropped.
    pub(crate) fn end_line(&mut self) -> &mut Self {
        self.buf.truncate(self.buf.trim_end().len());
        self.buf.push('\n');
        self
    }

    /// Syntax of the format, written by the crate (`"| "`, `"# "`, `" --> "`).
    pub(crate) fn lit(&mut self, syntax: &'static str) -> &mut Self {
        self.buf.push_str(syntax);
        self
    }

    /// Output built by another writer of the same context, padded with spaces to `width`
    /// characters: on the right, or on the left when `right` (for columns of a terminal).
    pub(crate) fn pad(&mut self, other: Writer<C>, width: usize, right: bool) -> &mut Self {
        let pad = " ".repeat(width.saturating_sub(other.chars()));
        if right {
            self.buf.push_str(&pad);
        }
        self.buf.push_str(&other.buf);
        if !right {
            self.buf.push_str(&pad);
        }
        self
    }
}

impl Writer<Md> {
    /// The marks of a heading of `level` (1 is `# `), moved down by the levels of the sections
    /// it is written in ([`Writer::deeper`]), at most six.
    pub(crate) fn heading(&mut self, level: usize) -> &mut Self {
        for _ in 0..(level + self.depth).clamp(1, 6) {
            self.buf.push('#');
        }
        self.buf.push(' ');
        self
    }

    /// What `body` writes with its headings moved `levels` further down.
    pub(crate) fn deeper(&mut self, levels: usize, body: impl FnOnce(&mut Self)) -> &mut Self {
        self.depth += levels;
        body(self);
        self.depth -= levels;
        self
    }

    /// Strong emphasis around what `body` writes: `**…**`.
    pub(crate) fn strong(&mut self, body: impl FnOnce(&mut Self)) -> &mut Self {
        self.buf.push_str("**");
        body(self);
        self.buf.push_str("**");
        self
    }

    /// Emphasis around what `body` writes: `*…*`.
    pub(crate) fn emphasis(&mut self, body: impl FnOnce(&mut Self)) -> &mut Self {
        self.buf.push('*');
        body(self);
        self.buf.push('*');
        self
    }
}

/// A plain format that can show a piece of text in a code span: an identifier or a JSON
/// Pointer shown as it is, between backticks (`` `op-zin` ``).
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

impl CodeSpan for Md {
    /// Inside a Markdown code span no character starts a construct, and a backslash escape
    /// would be shown, not read: only a backtick could end the span early, and a line break
    /// could end its paragraph. So a backtick is written as `'`, every other printable ASCII
    /// character as itself, and any other character as Markdown text (a line break or other
    /// white space dropped, a control character as U+FFFD, the rest as it is). Not for a table
    /// cell, where a `|` would end the cell.
    fn code(w: &mut Writer<Self>, s: &str) {
        w.buf.push('`');
        for c in s.chars() {
            match c {
                '`' => w.buf.push('\''),
                ' '..='~' => w.buf.push(c),
                c => w.buf.push_str(&Md::escape(c.encode_utf8(&mut [0; 4]))),
            }
        }
        w.buf.push('`');
    }
}

impl<C: Markup> Writer<C> {
    /// The element `tag` with `attrs`, holding what `body` writes; closed when `body` returns.
    pub(crate) fn element(
        &mut self,
        tag: &'static str,
        attrs: &[Attr<'_>],
        body: impl FnOnce(&mut Self),
    ) -> &mut Self {
        self.buf.push('<');
        self.buf.push_str(tag);
        self.attrs(attrs);
        self.buf.push('>');
        body(self);
        self.close(tag);
        self
    }

    fn close(&mut self, tag: &'static str) {
        self.buf.push_str("</");
        self.buf.push_str(tag);
        self.buf.push('>');
        if C::breaks_after(tag) {
            self.buf.push('\n');
        }
    }

    /// `<tag attrs>text</tag>`, the text escaped.
    pub(crate) fn text_element(
        &mut self,
        tag: &'static str,
        attrs: &[Attr<'_>],
        text: &str,
    ) -> &mut Self {
        self.element(tag, attrs, |w| {
            w.text(text);
        })
    }

    /// `<tag attrs>words</tag>`, the crate's own words.
    pub(crate) fn words_element(
        &mut self,
        tag: &'static str,
        attrs: &[Attr<'_>],
        words: &'static str,
    ) -> &mut Self {
        self.element(tag, attrs, |w| {
            w.words(words);
        })
    }

    /// An element without content: `<meta …>` in HTML, `<rect …/>` in SVG.
    pub(crate) fn void(&mut self, tag: &'static str, attrs: &[Attr<'_>]) -> &mut Self {
        self.buf.push('<');
        self.buf.push_str(tag);
        self.attrs(attrs);
        self.buf.push_str(if C::SELF_CLOSING { "/>" } else { ">" });
        self
    }

    /// A figure a page shows: the text a person reads, with the key and the machine value in
    /// `data-figure` and `data-value`, so a test can check every figure against the library's
    /// own result. A `<tspan>` in SVG, a `<span>` in HTML.
    pub(crate) fn figure(&mut self, key: &str, value: &str, shown: &str) -> &mut Self {
        let tag = if C::SELF_CLOSING { "tspan" } else { "span" };
        self.text_element(
            tag,
            &[("data-figure", key.into()), ("data-value", value.into())],
            shown,
        )
    }
}

impl Writer<Html> {
    /// A whole page: the doctype and the `html` element in `lang`, holding what `body` writes
    /// (the `head` and the `body`).
    pub(crate) fn page(lang: Lang, body: impl FnOnce(&mut Self)) -> String {
        let mut w = Writer::<Html>::with_capacity(64 * 1024);
        w.buf.push_str("<!doctype html>\n");
        let code = lang.to_string();
        w.element("html", &[("lang", (&code).into())], |w| {
            w.newline();
            body(w);
        });
        w.finish()
    }

    /// A style sheet written by the crate.
    pub(crate) fn style(&mut self, css: &'static str) -> &mut Self {
        self.buf.push_str("<style>");
        self.buf.push_str(css);
        self.close("style");
        self
    }

    /// An inline `<svg>` element with `attrs`; its content is written in the SVG context.
    pub(crate) fn svg(
        &mut self,
        attrs: &[Attr<'_>],
        body: impl FnOnce(&mut Writer<Svg>),
    ) -> &mut Self {
        let mut svg = Writer::<Svg> {
            buf: std::mem::take(&mut self.buf),
            depth: 0,
            context: PhantomData,
        };
        svg.element("svg", attrs, body);
        self.buf = svg.buf;
        self
    }

    /// A finished piece of markup the crate made itself (the SVG renderer's picture).
    pub(crate) fn embed(&mut self, trusted: &impl Trusted) -> &mut Self {
        self.buf.push_str(trusted.markup());
        self
    }
}

impl Writer<Svg> {
    /// A standalone SVG document: the `<svg>` element with `attrs` (the namespace is added),
    /// holding what `body` writes. Without an XML declaration, so the same markup can also
    /// stand inside an HTML page.
    pub(crate) fn document(attrs: &[Attr<'_>], body: impl FnOnce(&mut Self)) -> String {
        let mut w = Writer::<Svg>::with_capacity(16 * 1024);
        let mut all: Vec<Attr<'_>> = vec![("xmlns", "http://www.w3.org/2000/svg".into())];
        all.extend_from_slice(attrs);
        w.element("svg", &all, body);
        w.finish()
    }
}

/// Writes parts to a [`Writer`]: a string literal is syntax (plain formats only), `{expr}` is
/// text (escaped), `(expr)` the crate's own words (a `&'static str`), `[expr]` a number or a
/// figure, and `[#n]` the marks of a Markdown heading of level `n` ([`Writer::heading`]).
///
/// `put!(w, "| ", {label}, " | ", [count], " |\n")`
macro_rules! put {
    (@ $w:ident, [# $level:literal]) => { $w.heading($level); };
    (@ $w:ident, $lit:literal) => { $w.lit($lit); };
    (@ $w:ident, ( $e:expr )) => { $w.words($e); };
    (@ $w:ident, { $e:expr }) => { $w.text(::core::convert::AsRef::<str>::as_ref(&$e)); };
    (@ $w:ident, [ $e:expr ]) => { $w.num($e); };
    ($w:ident $(, $part:tt)* $(,)?) => {{
        $( $crate::base::write::put!(@ $w, $part); )*
    }};
}
pub(crate) use put;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_nest_and_text_is_escaped() {
        let page = Writer::<Html>::page(Lang::En, |w| {
            w.element("p", &[("title", "\"><script>".into())], |w| {
                w.text("<b>&</b>");
            });
            w.svg(&[("width", 10.5.into())], |s| {
                s.text_element("text", &[], "a\u{1}<");
                s.figure("k\"", "1", "<1>");
                s.void("rect", &[("x", 3_usize.into())]);
            });
        });
        assert!(page.starts_with("<!doctype html>\n<html lang=\"en\">"));
        assert!(
            page.contains(r#"<p title="&quot;&gt;&lt;script&gt;">&lt;b&gt;&amp;&lt;/b&gt;</p>"#)
        );
        assert!(page.contains("<svg width=\"10.5\"><text>a\u{fffd}&lt;</text>"));
        assert!(page.contains(r#"<tspan data-figure="k&quot;" data-value="1">&lt;1&gt;</tspan>"#));
        assert!(page.contains("<rect x=\"3\"/></svg>"));
        assert!(page.trim_end().ends_with("</html>"));
    }

    #[test]
    fn a_standalone_svg_and_the_crates_own_attribute_values() {
        let svg = Writer::<Svg>::document(
            &[
                ("font-family", Value::Own("'DejaVu Sans', sans-serif")),
                ("aria-label", "'a'".into()),
            ],
            |s| {
                s.text_element("title", &[], "<t>");
            },
        );
        assert_eq!(
            svg,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" font-family=\"'DejaVu Sans', sans-serif\" aria-label=\"&#39;a&#39;\"><title>&lt;t&gt;</title></svg>"
        );
    }

    #[test]
    fn plain_formats_take_syntax_and_escape_text() {
        let mut m = Writer::<Md>::new();
        put!(m, "| ", { "a|b" }, " | ", [3_usize], " |");
        m.strong(|w| {
            w.text("*x*");
        });
        assert_eq!(m.finish(), "| a\\|b | 3 |**\\*x\\***");
        let (mut a, mut b) = (Writer::<Term>::new(), Writer::<Term>::new());
        a.text("a\u{1b}");
        b.num(7_u64);
        let mut t = Writer::<Term>::new();
        t.pad(a, 8, false).lit("|").pad(b, 3, true);
        assert_eq!(t.finish(), "a\\u{1b} |  7");
    }

    #[test]
    fn a_code_span_shows_its_text_as_it_is() {
        let mut w = Writer::<Md>::new();
        Md::code(&mut w, "nvzh.tov/a|b*c`d\ne\u{1}é");
        assert_eq!(w.finish(), "`nvzh.tov/a|b*c'de\u{fffd}é`");
        let mut t = Writer::<Term>::new();
        Term::code(&mut t, "a.b\u{1b}");
        assert_eq!(t.finish(), "`a.b\\u{1b}`");
    }

    #[test]
    fn markdown_headings_move_down_inside_a_larger_document() {
        let mut w = Writer::<Md>::new();
        w.deeper(1, |w| {
            w.heading(1).words("A").newline();
        });
        w.deeper(2, |w| {
            w.heading(2).words("B").newline();
        });
        w.heading(6).words("C");
        assert_eq!(w.finish(), "## A\n#### B\n###### C");
    }
}
