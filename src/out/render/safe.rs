//! Writers that make it hard to forget an escaper: markup comes only from string literals
//! (`&'static str`, written by the crate), every other text passes the escaper of the writer's
//! context, and numbers are formatted by the writer. No method takes a `String` of markup, so
//! text from a document cannot reach an output unescaped without a change to this file.

use crate::base::escape;
use std::fmt::Write as _;
use std::marker::PhantomData;

/// An output context: how text is escaped in it.
pub(super) trait Context {
    fn escape(s: &str) -> String;
}

/// HTML and SVG (XML 1.0): text content and double-quoted attribute values.
pub(super) struct Xml;
/// Markdown inline text, table cells included.
pub(super) struct Md;
/// Mermaid labels between double quotes.
pub(super) struct Mmd;

impl Context for Xml {
    fn escape(s: &str) -> String {
        escape::xml(s)
    }
}
impl Context for Md {
    fn escape(s: &str) -> String {
        escape::markdown(s)
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
integer!(u64, usize, u32, i64);

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

/// Writes parts to a [`Writer`]: a string literal is markup, `{expr}` is text (escaped) and
/// `[expr]` a number.
///
/// `put!(w, "<text x=\"", [x], "\">", {label}, "</text>")`
macro_rules! put {
    (@ $w:ident, $lit:literal) => { $w.lit($lit); };
    (@ $w:ident, { $e:expr }) => { $w.text(::core::convert::AsRef::<str>::as_ref(&$e)); };
    (@ $w:ident, [ $e:expr ]) => { $w.num($e); };
    ($w:ident $(, $part:tt)* $(,)?) => {{
        $( $crate::out::render::safe::put!(@ $w, $part); )*
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
}
