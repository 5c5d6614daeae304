//! Writers that make it hard to forget an escaper: markup comes only from string literals
//! (`&'static str`, written by the crate), every other text passes the escaper of the writer's
//! context, and numbers are formatted by the writer or come as a [`Figure`], which only the
//! crate's numbers can make. No method takes a `String` of markup, so text from a document
//! cannot reach an output unescaped without a change to this file.

use crate::base::escape;
use std::borrow::Cow;
use std::marker::PhantomData;

/// An output context: how text is escaped in it.
pub(super) trait Context {
    fn escape(s: &str) -> String;
    /// The crate's own words (`&'static str`, never document text): escaped where the context
    /// needs it for any text at all (XML, Mermaid), as they are where the crate writes them as
    /// plain text of the context (Markdown, terminals), white space kept.
    fn words(s: &'static str) -> Cow<'static, str> {
        Cow::Owned(Self::escape(s))
    }
}

/// HTML and SVG (XML 1.0): text content and double-quoted attribute values.
pub(super) struct Xml;
/// Markdown inline text, table cells included.
pub(super) struct Md;
/// Mermaid labels between double quotes.
pub(super) struct Mmd;
/// Plain text for a terminal.
pub(super) struct Term;

impl Context for Xml {
    fn escape(s: &str) -> String {
        escape::xml(s)
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
impl Context for Term {
    fn escape(s: &str) -> String {
        escape::terminal(s)
    }
    fn words(s: &'static str) -> Cow<'static, str> {
        Cow::Borrowed(s)
    }
}
impl Context for Mmd {
    fn escape(s: &str) -> String {
        escape::mermaid(s)
    }
}

pub(super) use super::figure::Figure;
pub(super) use crate::base::write::Number;

/// Output under construction in context `C`.
pub(super) struct Writer<C> {
    buf: String,
    context: PhantomData<C>,
}

impl<C: Context> Writer<C> {
    pub(super) fn new() -> Self {
        Writer {
            buf: String::new(),
            context: PhantomData,
        }
    }

    /// Fixed markup written by the crate.
    pub(super) fn lit(&mut self, markup: &'static str) -> &mut Self {
        self.buf.push_str(markup);
        self
    }

    /// Text, escaped for the context.
    pub(super) fn text(&mut self, text: &str) -> &mut Self {
        self.buf.push_str(&C::escape(text));
        self
    }

    /// The crate's own words, never document text (see [`Context::words`]).
    pub(super) fn words(&mut self, words: &'static str) -> &mut Self {
        self.buf.push_str(&C::words(words));
        self
    }

    /// Output built by another writer of the same context, padded with spaces to `width`
    /// characters: on the right, or on the left when `right` (for columns of a terminal).
    pub(super) fn pad(&mut self, other: Writer<C>, width: usize, right: bool) -> &mut Self {
        let pad = " ".repeat(width.saturating_sub(other.buf.chars().count()));
        if right {
            self.buf.push_str(&pad);
        }
        self.buf.push_str(&other.buf);
        if !right {
            self.buf.push_str(&pad);
        }
        self
    }

    /// A number.
    pub(super) fn num(&mut self, n: impl Number) -> &mut Self {
        n.put(&mut self.buf);
        self
    }

    /// Output built by another writer of the same context.
    pub(super) fn nest(&mut self, other: Writer<C>) -> &mut Self {
        self.buf.push_str(&other.buf);
        self
    }

    pub(super) fn finish(self) -> String {
        self.buf
    }
}

/// Writes parts to a [`Writer`]: a string literal is markup, `{expr}` is text (escaped),
/// `(expr)` the crate's own words (a `&'static str`) and `[expr]` a number or a [`Figure`].
///
/// `put!(w, "<text x=\"", [x], "\">", {label}, "</text>")`
macro_rules! put {
    (@ $w:ident, $lit:literal) => { $w.lit($lit); };
    (@ $w:ident, ( $e:expr )) => { $w.words($e); };
    (@ $w:ident, { $e:expr }) => { $w.text(::core::convert::AsRef::<str>::as_ref(&$e)); };
    (@ $w:ident, [ $e:expr ]) => { $w.num($e); };
    ($w:ident $(, $part:tt)* $(,)?) => {{
        $( $crate::render::safe::put!(@ $w, $part); )*
    }};
}
pub(super) use put;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::Lang;
    use crate::value::Money;

    #[test]
    fn only_literals_are_markup() {
        let mut w = Writer::<Xml>::new();
        let name = "<b>\u{b}";
        put!(w, "<p x=\"", [1.25_f64], "\">", { name }, "</p>", [3_usize]);
        assert_eq!(w.finish(), "<p x=\"1.2\">&lt;b&gt;\u{fffd}</p>3");
        let mut m = Writer::<Md>::new();
        put!(m, "| ", { "a|b" }, " |");
        assert_eq!(m.finish(), "| a\\|b |");
    }

    #[test]
    fn own_words_and_figures() {
        let mut w = Writer::<Xml>::new();
        put!(
            w,
            ("persona's < 5"),
            " ",
            [Figure::money(Money::from_euros(1_500), Lang::Nl)]
        );
        assert_eq!(w.finish(), "persona&#39;s &lt; 5 € 1.500,00");
        let mut m = Writer::<Md>::new();
        put!(
            m,
            ("“< 5” "),
            [Figure::percent(0.4134, Lang::Nl)],
            " ",
            [Figure::tenths(22, Lang::En)]
        );
        assert_eq!(m.finish(), "“< 5” 41,3% 2.2");
        let (mut a, mut b) = (Writer::<Term>::new(), Writer::<Term>::new());
        a.text("a\u{1b}");
        b.num(7_u64);
        let mut t = Writer::<Term>::new();
        t.pad(a, 8, false).lit("|").pad(b, 3, true);
        assert_eq!(t.finish(), "a\\u{1b} |  7");
    }
}
