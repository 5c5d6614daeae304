//! A table written once and rendered twice: to Markdown through [`Writer<Md>`] and to HTML
//! through [`Writer<Xml>`]. A cell holds document text (escaped by the writer), the crate's
//! own words, [`Figure`]s and counts; nothing in it is markup, so a table's layout is the
//! crate's and the same in both formats.

use super::safe::{put, Context, Figure, Md, Writer, Xml};

/// How a column's cells are aligned.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Align {
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
}

/// One cell: its parts in order.
#[derive(Default)]
pub(super) struct Cell(Vec<Part>);

impl Cell {
    /// An empty cell.
    pub(super) fn empty() -> Self {
        Cell::default()
    }

    /// A cell of document text.
    pub(super) fn text(s: &str) -> Self {
        Cell::empty().and_text(s)
    }

    /// A cell of the crate's own words (a label, a dash).
    pub(super) fn words(s: &'static str) -> Self {
        Cell::empty().and_words(s)
    }

    /// A cell holding a figure.
    pub(super) fn figure(f: Figure) -> Self {
        Cell::empty().and_figure(f)
    }

    /// A cell holding a count.
    pub(super) fn count(n: impl TryInto<u64>) -> Self {
        Cell::empty().and_count(n)
    }

    pub(super) fn and_text(mut self, s: &str) -> Self {
        self.0.push(Part::Text(s.to_owned()));
        self
    }

    pub(super) fn and_words(mut self, s: &'static str) -> Self {
        self.0.push(Part::Words(s));
        self
    }

    pub(super) fn and_figure(mut self, f: Figure) -> Self {
        self.0.push(Part::Figure(f));
        self
    }

    pub(super) fn and_count(mut self, n: impl TryInto<u64>) -> Self {
        self.0.push(Part::Count(n.try_into().unwrap_or(u64::MAX)));
        self
    }

    /// The cell alone, in context `C`.
    pub(super) fn writer<C: Context>(&self) -> Writer<C> {
        let mut w = Writer::new();
        self.put(&mut w);
        w
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Writes the cell's parts.
    pub(super) fn put<C: Context>(&self, w: &mut Writer<C>) {
        for part in &self.0 {
            match part {
                Part::Text(s) => put!(w, { s }),
                Part::Words(s) => put!(w, (*s)),
                Part::Figure(f) => put!(w, [f]),
                Part::Count(n) => put!(w, [*n]),
            }
        }
    }
}

/// A table: its columns (header and alignment) and rows; a total row is shown bold in
/// Markdown and as header cells in HTML.
pub(super) struct Table {
    columns: Vec<(&'static str, Align)>,
    rows: Vec<(bool, Vec<Cell>)>,
}

impl Table {
    pub(super) fn new(columns: &[(&'static str, Align)]) -> Self {
        Table {
            columns: columns.to_vec(),
            rows: Vec::new(),
        }
    }

    /// A row; missing cells are empty, extra cells are dropped.
    pub(super) fn row(&mut self, cells: Vec<Cell>) {
        self.rows.push((false, self.fit(cells)));
    }

    /// The total row.
    pub(super) fn total(&mut self, cells: Vec<Cell>) {
        self.rows.push((true, self.fit(cells)));
    }

    fn fit(&self, mut cells: Vec<Cell>) -> Vec<Cell> {
        cells.resize_with(self.columns.len(), Cell::empty);
        cells
    }

    /// The table in Markdown (GitHub Flavored Markdown), one line each for the header, the
    /// alignment and every row.
    pub(super) fn markdown(&self, w: &mut Writer<Md>) {
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
                } else if *total {
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

    /// The table in HTML: a head and a body; right-aligned cells have class `n`.
    pub(super) fn html(&self, w: &mut Writer<Xml>) {
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
    }
}
