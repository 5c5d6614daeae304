//! The one table type of every output: a table is laid out once and rendered to Markdown,
//! HTML or terminal text. A cell holds document text (escaped by the writer), the crate's
//! own words, [`Figure`]s (optionally keyed for checking, see [`Cell::keyed`]) and counts;
//! nothing in it is markup, so a table's layout is the crate's and the same in every format.

use super::figure::Figure;
use super::safe::{put, Context, Md, Writer, Xml};
use crate::base::write::{self, Html, Term};

/// How a column's cells are aligned.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Right,
}

enum Part {
    /// Document text.
    Text(String),
    /// The crate's own words.
    Words(&'static str),
    Figure(Figure),
    Count(u64),
    /// A figure with the key and machine value a test checks it by (HTML: `data-figure`).
    Keyed {
        key: String,
        value: String,
        shown: Figure,
    },
}

/// One cell: its parts in order, and whether it is emphasised.
#[derive(Default)]
pub(crate) struct Cell {
    parts: Vec<Part>,
    strong: bool,
}

impl Cell {
    /// An empty cell.
    pub(crate) fn empty() -> Self {
        Cell::default()
    }

    /// A cell of document text.
    pub(crate) fn text(s: &str) -> Self {
        Cell::empty().and_text(s)
    }

    /// A cell of the crate's own words (a label, a dash).
    pub(crate) fn words(s: &'static str) -> Self {
        Cell::empty().and_words(s)
    }

    /// A cell holding a figure.
    pub(crate) fn figure(f: Figure) -> Self {
        Cell::empty().and_figure(f)
    }

    /// A cell holding a count.
    pub(crate) fn count(n: impl TryInto<u64>) -> Self {
        Cell::empty().and_count(n)
    }

    pub(crate) fn and_text(mut self, s: &str) -> Self {
        self.parts.push(Part::Text(s.to_owned()));
        self
    }

    pub(crate) fn and_words(mut self, s: &'static str) -> Self {
        self.parts.push(Part::Words(s));
        self
    }

    pub(crate) fn and_figure(mut self, f: Figure) -> Self {
        self.parts.push(Part::Figure(f));
        self
    }

    /// A figure a page shows with its key and machine value, so a test can check it against
    /// the library's own result (`data-figure` and `data-value` in HTML).
    pub(crate) fn keyed(key: impl Into<String>, value: impl Into<String>, shown: Figure) -> Self {
        let mut cell = Cell::empty();
        cell.parts.push(Part::Keyed {
            key: key.into(),
            value: value.into(),
            shown,
        });
        cell
    }

    /// The cell emphasised (bold).
    pub(crate) fn strong(mut self) -> Self {
        self.strong = true;
        self
    }

    pub(crate) fn and_count(mut self, n: impl TryInto<u64>) -> Self {
        self.parts
            .push(Part::Count(n.try_into().unwrap_or(u64::MAX)));
        self
    }

    /// The cell alone, in context `C`.
    pub(crate) fn writer<C: Context>(&self) -> Writer<C> {
        let mut w = Writer::new();
        self.put(&mut w);
        w
    }

    fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    /// Writes the cell's parts.
    pub(crate) fn put<C: Context>(&self, w: &mut Writer<C>) {
        for part in &self.parts {
            match part {
                Part::Text(s) => put!(w, { s }),
                Part::Words(s) => put!(w, (*s)),
                Part::Figure(f) => put!(w, [f]),
                Part::Count(n) => put!(w, [*n]),
                Part::Keyed { shown, .. } => put!(w, [shown]),
            }
        }
    }

    /// Writes the cell's parts through the one writer, in a plain format.
    fn put_plain<C: write::Plain>(&self, w: &mut write::Writer<C>) {
        for part in &self.parts {
            match part {
                Part::Text(s) => {
                    w.text(s);
                }
                Part::Words(s) => {
                    w.words(s);
                }
                Part::Figure(f) => {
                    w.num(f);
                }
                Part::Count(n) => {
                    w.num(*n);
                }
                Part::Keyed { shown, .. } => {
                    w.num(shown);
                }
            }
        }
    }

    /// Writes the cell's parts in HTML, keyed figures with their key and value.
    fn put_html(&self, w: &mut write::Writer<Html>) {
        for part in &self.parts {
            match part {
                Part::Text(s) => {
                    w.text(s);
                }
                Part::Words(s) => {
                    w.words(s);
                }
                Part::Figure(f) => {
                    w.num(f);
                }
                Part::Count(n) => {
                    w.num(*n);
                }
                Part::Keyed { key, value, shown } => {
                    w.figure(key, value, shown.as_str());
                }
            }
        }
    }
}

/// A table: its columns (header and alignment) and rows; a total row is shown bold in
/// Markdown and as header cells in HTML.
pub(crate) struct Table {
    columns: Vec<(&'static str, Align)>,
    rows: Vec<(bool, Vec<Cell>)>,
}

impl Table {
    pub(crate) fn new(columns: &[(&'static str, Align)]) -> Self {
        Table {
            columns: columns.to_vec(),
            rows: Vec::new(),
        }
    }

    /// A row; missing cells are empty, extra cells are dropped.
    pub(crate) fn row(&mut self, cells: Vec<Cell>) {
        self.rows.push((false, self.fit(cells)));
    }

    /// The total row.
    pub(crate) fn total(&mut self, cells: Vec<Cell>) {
        self.rows.push((true, self.fit(cells)));
    }

    fn fit(&self, mut cells: Vec<Cell>) -> Vec<Cell> {
        cells.resize_with(self.columns.len(), Cell::empty);
        cells
    }

    /// The table in Markdown (GitHub Flavored Markdown), one line each for the header, the
    /// alignment and every row.
    pub(crate) fn markdown(&self, w: &mut Writer<Md>) {
        w.lit("|");
        for (header, _) in &self.columns {
            put!(w, " ", (*header), " |");
        }
        w.lit("\n|");
        for (_, align) in &self.columns {
            w.lit(match align {
                Align::Left => "---|",
                Align::Right => "---:|",
            });
        }
        w.lit("\n");
        for (total, cells) in &self.rows {
            w.lit("|");
            for cell in cells {
                if cell.is_empty() {
                    w.lit(" |");
                } else if *total || cell.strong {
                    w.lit(" **");
                    cell.put(w);
                    w.lit("** |");
                } else {
                    w.lit(" ");
                    cell.put(w);
                    w.lit(" |");
                }
            }
            w.lit("\n");
        }
    }

    /// The table in Markdown (GitHub Flavored Markdown), one line each for the header, the
    /// alignment and every row; a total row and emphasised cells are bold.
    pub(crate) fn to_markdown(&self, w: &mut write::Writer<write::Md>) {
        w.lit("|");
        for (header, _) in &self.columns {
            w.lit(" ").words(header).lit(" |");
        }
        w.lit("\n|");
        for (_, align) in &self.columns {
            w.lit(match align {
                Align::Left => "---|",
                Align::Right => "---:|",
            });
        }
        w.newline();
        for (total, cells) in &self.rows {
            w.lit("|");
            for cell in cells {
                w.lit(" ");
                if cell.is_empty() {
                } else if *total || cell.strong {
                    w.strong(|w| cell.put_plain(w));
                    w.lit(" ");
                } else {
                    cell.put_plain(w);
                    w.lit(" ");
                }
                w.lit("|");
            }
            w.newline();
        }
    }

    /// The table as terminal text: columns padded to their widest cell, numbers on the right,
    /// two spaces between columns.
    pub(crate) fn to_text(&self, w: &mut write::Writer<Term>) {
        let cell = |c: &Cell| {
            let mut t = write::Writer::<Term>::new();
            c.put_plain(&mut t);
            t
        };
        let mut widths: Vec<usize> = self
            .columns
            .iter()
            .map(|(h, _)| h.chars().count())
            .collect();
        let rows: Vec<Vec<write::Writer<Term>>> = self
            .rows
            .iter()
            .map(|(_, cells)| cells.iter().map(cell).collect())
            .collect();
        for row in &rows {
            for (width, c) in widths.iter_mut().zip(row) {
                *width = (*width).max(c.chars());
            }
        }
        let line = |w: &mut write::Writer<Term>, cells: Vec<write::Writer<Term>>| {
            let last = cells.len().saturating_sub(1);
            for (i, (c, ((_, align), width))) in cells
                .into_iter()
                .zip(self.columns.iter().zip(&widths))
                .enumerate()
            {
                if i > 0 {
                    w.lit("  ");
                }
                let width = if i == last && *align == Align::Left {
                    0
                } else {
                    *width
                };
                w.pad(c, width, *align == Align::Right);
            }
            w.newline();
        };
        let header = self
            .columns
            .iter()
            .map(|(h, _)| {
                let mut t = write::Writer::<Term>::new();
                t.words(h);
                t
            })
            .collect();
        line(w, header);
        for row in rows {
            line(w, row);
        }
    }

    /// The table in HTML: a head and a body; right-aligned cells have class `n`, a total row
    /// is a row of header cells, an emphasised cell is `<strong>`.
    pub(crate) fn to_html(&self, w: &mut write::Writer<Html>) {
        w.element("table", &[], |w| {
            w.element("thead", &[], |w| {
                w.element("tr", &[], |w| {
                    for (header, _) in &self.columns {
                        w.words_element("th", &[], header);
                    }
                });
            });
            w.element("tbody", &[], |w| {
                for (total, cells) in &self.rows {
                    w.element("tr", &[], |w| {
                        for (cell, (_, align)) in cells.iter().zip(&self.columns) {
                            let (tag, attrs): (_, &[write::Attr<'_>]) = match (total, align) {
                                (true, _) => ("th", &[]),
                                (false, Align::Left) => ("td", &[]),
                                (false, Align::Right) => {
                                    ("td", &[("class", write::Value::Text("n"))])
                                }
                            };
                            w.element(tag, attrs, |w| {
                                if cell.strong {
                                    w.element("strong", &[], |w| cell.put_html(w));
                                } else {
                                    cell.put_html(w);
                                }
                            });
                        }
                    });
                }
            });
        });
    }

    /// The table in HTML: a head and a body; right-aligned cells have class `n`.
    pub(crate) fn html(&self, w: &mut Writer<Xml>) {
        w.lit("<table><thead><tr>");
        for (header, _) in &self.columns {
            put!(w, "<th>", (*header), "</th>");
        }
        w.lit("</tr></thead><tbody>");
        for (total, cells) in &self.rows {
            w.lit("<tr>");
            for (cell, (_, align)) in cells.iter().zip(&self.columns) {
                w.lit(match (total, align) {
                    (true, _) => "<th>",
                    (false, Align::Left) => "<td>",
                    (false, Align::Right) => "<td class=\"n\">",
                });
                cell.put(w);
                w.lit(if *total { "</th>" } else { "</td>" });
            }
            w.lit("</tr>");
        }
        w.lit("</tbody></table>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::Lang;
    use crate::value::Money;

    #[test]
    fn one_layout_two_formats() {
        let mut t = Table::new(&[("name", Align::Left), ("amount", Align::Right)]);
        t.row(vec![
            Cell::text("<b>|x"),
            Cell::figure(Figure::money(Money::from_euros(5), Lang::En)),
        ]);
        t.total(vec![Cell::words("total")]);
        let mut md = Writer::<Md>::new();
        t.markdown(&mut md);
        assert_eq!(
            md.finish(),
            "| name | amount |\n|---|---:|\n| \\<b\\>\\|x | €5.00 |\n| **total** | |\n"
        );
        let mut html = Writer::<Xml>::new();
        t.html(&mut html);
        assert_eq!(
            html.finish(),
            "<table><thead><tr><th>name</th><th>amount</th></tr></thead><tbody><tr><td>&lt;b&gt;|x</td><td class=\"n\">€5.00</td></tr><tr><th>total</th><th></th></tr></tbody></table>"
        );
        let mut new = write::Writer::<Html>::new();
        t.to_html(&mut new);
        assert_eq!(
            new.finish(),
            "<table><thead><tr><th>name</th><th>amount</th></tr>\n</thead><tbody><tr><td>&lt;b&gt;|x</td><td class=\"n\">€5.00</td></tr>\n<tr><th>total</th><th></th></tr>\n</tbody></table>\n"
        );
    }

    #[test]
    fn strong_and_keyed_cells() {
        let mut t = Table::new(&[("a", Align::Left), ("b", Align::Right)]);
        t.row(vec![
            Cell::text("x").strong(),
            Cell::keyed("k", "12", Figure::count(12, Lang::Nl)),
        ]);
        let mut md = Writer::<Md>::new();
        t.markdown(&mut md);
        assert!(md.finish().ends_with("| **x** | 12 |\n"));
        let mut html = write::Writer::<Html>::new();
        t.to_html(&mut html);
        let html = html.finish();
        assert!(html.contains("<td><strong>x</strong></td>"));
        assert!(
            html.contains(r#"<td class="n"><span data-figure="k" data-value="12">12</span></td>"#)
        );
    }

    #[test]
    fn markdown_and_text_through_the_one_writer() {
        let mut t = Table::new(&[("name", Align::Left), ("amount", Align::Right)]);
        t.row(vec![
            Cell::text("<b>|x"),
            Cell::figure(Figure::money(Money::from_euros(5), Lang::En)),
        ]);
        t.total(vec![Cell::words("total")]);
        let mut new = write::Writer::<write::Md>::new();
        t.to_markdown(&mut new);
        assert_eq!(
            new.finish(),
            "| name | amount |\n|---|---:|\n| \\<b\\>\\|x | €5.00 |\n| **total** | |\n"
        );
        let mut text = write::Writer::<Term>::new();
        t.to_text(&mut text);
        assert_eq!(
            text.finish(),
            "name   amount\n<b>|x   €5.00\ntotal        \n"
        );
    }
}
