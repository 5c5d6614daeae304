//! Writers that make it hard to forget an escaper: markup comes only from string literals
//! (`&'static str`, written by the crate), every other text passes the escaper of the writer's
//! context, and numbers are formatted by the writer or come as a [`Figure`], which only the
//! crate's numbers can make. No method takes a `String` of markup, so text from a document
//! cannot reach an output unescaped without a change to this file.

use crate::base::{escape, Lang};
use crate::value::Money;
use std::borrow::Cow;
use std::fmt::Write as _;
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

/// A number the writer formats itself: integers as they are, floats with one decimal.
pub(super) trait Number {
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
integer!(u64, usize, u32, u16, i64, i16);

/// A figure formatted by the crate from numbers only (an amount of money, a percentage, a
/// decimal with the language's decimal sign): digits, separators, signs and units, no markup
/// character of any context, so the writer takes it as it is. Nothing from a document can make
/// one: every constructor takes numbers.
pub(super) struct Figure(String);

impl Figure {
    fn new(s: String) -> Self {
        debug_assert!(
            !s.contains(|c: char| "<>&\"'|*_[]`\\#$@~^{}:".contains(c) || c.is_control()),
            "a figure holds no markup: {s:?}"
        );
        Figure(s)
    }

    /// An amount of money in the language's notation: `€ 1.234,50`, `€1,234.50`.
    pub(super) fn money(m: Money, lang: Lang) -> Self {
        Figure::new(m.format(lang))
    }

    /// A share in basis points as a percentage with two decimals: `85,19%`.
    pub(super) fn basis_points(bp: u16, lang: Lang) -> Self {
        Figure::new(crate::value::percent(bp, lang))
    }

    /// A fraction (0.413) as a percentage with one decimal: `41,3%`.
    pub(super) fn percent(x: f64, lang: Lang) -> Self {
        let mut f = Figure::decimal(x * 100.0, 1, lang);
        f.0.push('%');
        f
    }

    /// A number with `places` decimals, with a decimal comma in Dutch.
    pub(super) fn decimal(x: f64, places: usize, lang: Lang) -> Self {
        let s = format!("{x:.places$}");
        Figure::new(if lang == Lang::Nl {
            s.replace('.', ",")
        } else {
            s
        })
    }

    /// A number given in tenths, with one decimal: 22 is `2,2`.
    pub(super) fn tenths(x: u32, lang: Lang) -> Self {
        let sign = if lang == Lang::Nl { ',' } else { '.' };
        Figure::new(format!("{}{sign}{}", x / 10, x % 10))
    }

    /// A figure that is not there: `—`.
    pub(super) fn none() -> Self {
        Figure::new("—".to_owned())
    }
}

impl Number for &Figure {
    fn put(&self, out: &mut String) {
        out.push_str(&self.0);
    }
}
impl Number for Figure {
    fn put(&self, out: &mut String) {
        out.push_str(&self.0);
    }
}

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
