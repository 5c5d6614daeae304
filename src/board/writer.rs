//! A small typed HTML writer: element and attribute names are `&'static str` written by the
//! crate; every other string — text and attribute values — passes `escape::html` (or
//! `escape::xml` inside an `<svg>` element) on its way in. There is no method that writes a
//! caller's string unescaped, except [`Writer::trusted_svg`] for the crate's own SVG renderer,
//! which escapes document text itself; `grep trusted_svg` finds every use.

use crate::base::escape;

/// The HTML being written, with the stack of open elements.
pub(super) struct Writer {
    buf: String,
    open: Vec<&'static str>,
    svg_depth: usize,
}

impl Writer {
    /// An empty page, starting with the doctype.
    pub(super) fn new() -> Self {
        let mut buf = String::with_capacity(64 * 1024);
        buf.push_str("<!doctype html>\n");
        Writer {
            buf,
            open: Vec::new(),
            svg_depth: 0,
        }
    }

    fn escape(&self, s: &str) -> String {
        if self.svg_depth > 0 {
            escape::xml(s)
        } else {
            escape::html(s)
        }
    }

    fn attrs(&mut self, attrs: &[(&'static str, &str)]) {
        for (name, value) in attrs {
            let value = self.escape(value);
            self.buf.push(' ');
            self.buf.push_str(name);
            self.buf.push_str("=\"");
            self.buf.push_str(&value);
            self.buf.push('"');
        }
    }

    /// Opens `tag` with `attrs`.
    pub(super) fn open(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) {
        self.buf.push('<');
        self.buf.push_str(tag);
        self.attrs(attrs);
        self.buf.push('>');
        if tag == "svg" {
            self.svg_depth += 1;
        }
        self.open.push(tag);
    }

    /// Closes the innermost open element, which must be `tag`.
    pub(super) fn close(&mut self, tag: &'static str) {
        let top = self.open.pop();
        debug_assert_eq!(top, Some(tag), "elements close in order");
        if tag == "svg" {
            self.svg_depth -= 1;
        }
        self.buf.push_str("</");
        self.buf.push_str(tag);
        self.buf.push('>');
        if matches!(
            tag,
            "p" | "li" | "tr" | "table" | "section" | "h1" | "h2" | "h3" | "h4" | "ul" | "dl"
        ) {
            self.buf.push('\n');
        }
    }

    /// An element without content (`<meta>`, `<rect/>`…): self-closed inside SVG.
    pub(super) fn void(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) {
        self.buf.push('<');
        self.buf.push_str(tag);
        self.attrs(attrs);
        self.buf
            .push_str(if self.svg_depth > 0 { "/>" } else { ">" });
    }

    /// Text, escaped for where it lands.
    pub(super) fn text(&mut self, s: &str) {
        let s = self.escape(s);
        self.buf.push_str(&s);
    }

    /// `<tag attrs>text</tag>`.
    pub(super) fn el(&mut self, tag: &'static str, attrs: &[(&'static str, &str)], text: &str) {
        self.open(tag, attrs);
        self.text(text);
        self.close(tag);
    }

    /// A figure the report shows: the text a person reads, with the key and the machine
    /// value in `data-figure` and `data-value`, so a test can check every figure against the
    /// library's own result. Inside SVG it is a `<tspan>`, elsewhere a `<span>`.
    pub(super) fn figure(&mut self, key: &str, value: &str, shown: &str) {
        let tag = if self.svg_depth > 0 { "tspan" } else { "span" };
        self.el(tag, &[("data-figure", key), ("data-value", value)], shown);
    }

    /// The crate's own SVG picture of a ToV (`render::svg`), which escapes every piece of
    /// document text it holds for XML.
    pub(super) fn trusted_svg(&mut self, svg: &str) {
        self.buf.push_str(svg);
    }

    /// A style sheet written by the crate.
    pub(super) fn style(&mut self, css: &'static str) {
        self.open("style", &[]);
        self.buf.push_str(css);
        self.close("style");
    }

    /// The page, every element closed.
    pub(super) fn finish(mut self) -> String {
        debug_assert!(self.open.is_empty(), "unclosed: {:?}", self.open);
        self.buf.push('\n');
        self.buf
    }
}

#[cfg(test)]
mod tests {
    use super::Writer;

    #[test]
    fn text_and_attributes_are_escaped_in_html_and_in_svg() {
        let mut w = Writer::new();
        w.open("p", &[("title", "\"><script>")]);
        w.text("<b>&</b>");
        w.close("p");
        w.open("svg", &[]);
        w.el("text", &[], "a\u{1}<");
        w.figure("k\"", "1", "<1>");
        w.close("svg");
        let page = w.finish();
        assert!(
            page.contains(r#"<p title="&quot;&gt;&lt;script&gt;">&lt;b&gt;&amp;&lt;/b&gt;</p>"#)
        );
        assert!(page.contains("<text>a\u{fffd}&lt;</text>"));
        assert!(page.contains(r#"<tspan data-figure="k&quot;" data-value="1">&lt;1&gt;</tspan>"#));
    }
}
