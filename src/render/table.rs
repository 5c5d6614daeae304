//! The one table type of every output: a table is laid out once and rendered to Markdown,
//! HTML or terminal text. A cell holds document text (escaped by the writer), the crate's
//! own words, [`Figure`]s (optionally keyed for checking, see [`Cell::keyed`]), counts and
//! text bars; nothing in it is markup, so a table's layout is the crate's and the same in every
//! format.

use super::figure::Figure;
use crate::base::write::{Attr, Context, Html, Md, Term, Value, Writer};

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
    /// A text bar of this many blocks (`█`).
    Bar(usize),
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

    /// A text bar of `blocks` blocks (`█`), for a column of bars ([`Table::with_bars`]).
    pub(crate) fn bar(blocks: usize) -> Self {
        let mut cell = Cell::empty();
        cell.parts.push(Part::Bar(blocks));
        cell
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

    pub(crate) fn and_count(mut self, n: impl TryInto<u64>) -> Self {
        self.parts
            .push(Part::Count(n.try_into().unwrap_or(u64::MAX)));
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

    fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    /// The cell alone, in context `C`.
    pub(crate) fn writer<C: Context>(&self) -> Writer<C> {
        let mut w = Writer::new();
        self.put(&mut w);
        w
    }

    /// Writes the cell's parts; a keyed figure as the figure it shows.
    pub(crate) fn put<C: Context>(&self, w: &mut Writer<C>) {
        for part in &self.parts {
            part.put(w);
        }
    }

    /// Writes the cell's parts in HTML; with `keys`, keyed figures with their key and value.
    fn put_html(&self, w: &mut Writer<Html>, keys: bool) {
        for part in &self.parts {
            match part {
                Part::Keyed { key, value, shown } if keys => {
                    w.figure(key, value, shown.as_str());
                }
                _ => part.put(w),
            }
        }
    }
}

impl Part {
    /// Writes the part; a keyed figure as the figure it shows.
    fn put<C: Context>(&self, w: &mut Writer<C>) {
        match self {
            Part::Text(s) => {
                w.text(s);
            }
            Part::Words(s) => {
                w.words(s);
            }
            Part::Figure(f) | Part::Keyed { shown: f, .. } => {
                w.num(f);
            }
            Part::Count(n) => {
                w.num(*n);
            }
            Part::Bar(n) => {
                for _ in 0..*n {
                    w.words("█");
                }
            }
        }
    }
}

/// A column: its header, its alignment, and whether it holds text bars.
struct Column {
    header: &'static str,
    align: Align,
    bars: bool,
}

/// A table: its columns (header and alignment) and rows; a total row is shown bold in
/// Markdown and as header cells in HTML.
pub(crate) struct Table {
    columns: Vec<Column>,
    rows: Vec<(bool, Vec<Cell>)>,
    aligned_heads: bool,
    keys: bool,
}

impl Table {
    pub(crate) fn new(columns: &[(&'static str, Align)]) -> Self {
        Table {
            columns: columns
                .iter()
                .map(|&(header, align)| Column {
                    header,
                    align,
                    bars: false,
                })
                .collect(),
            rows: Vec::new(),
            aligned_heads: false,
            keys: true,
        }
    }

    /// The table with a last column of text bars ([`Cell::bar`]) headed `header`: code in
    /// Markdown, plain in terminal text, and left out of HTML, where a page draws a chart.
    pub(crate) fn with_bars(mut self, header: &'static str) -> Self {
        self.columns.push(Column {
            header,
            align: Align::Left,
            bars: true,
        });
        self
    }

    /// The table with the headers of right-aligned columns of class `n` in HTML, like their
    /// cells, so a style sheet can align them alike.
    pub(crate) fn aligned_heads(mut self) -> Self {
        self.aligned_heads = true;
        self
    }

    /// The table with its keyed figures shown without their keys in HTML, for a page whose
    /// figures are not checked one by one.
    pub(crate) fn without_keys(mut self) -> Self {
        self.keys = false;
        self
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
    /// alignment and every row; a total row and emphasised cells are bold, bars are code.
    pub(crate) fn to_markdown(&self, w: &mut Writer<Md>) {
        w.lit("|");
        for c in &self.columns {
            w.lit(" ").words(c.header).lit(" |");
        }
        w.lit("\n|");
        for c in &self.columns {
            w.lit(match c.align {
                Align::Left => "---|",
                Align::Right => "---:|",
            });
        }
        w.newline();
        for (total, cells) in &self.rows {
            w.lit("|");
            for (cell, column) in cells.iter().zip(&self.columns) {
                w.lit(" ");
                if cell.is_empty() {
                } else if column.bars {
                    w.lit("`");
                    cell.put(w);
                    w.lit("` ");
                } else if *total || cell.strong {
                    w.strong(|w| cell.put(w));
                    w.lit(" ");
                } else {
                    cell.put(w);
                    w.lit(" ");
                }
                w.lit("|");
            }
            w.newline();
        }
    }

    /// The table as terminal text: columns padded to their widest cell, numbers on the right,
    /// two spaces between columns.
    // For terminal reports; none of the renderers here lays its text out as a table yet.
    #[allow(dead_code)]
    pub(crate) fn to_text(&self, w: &mut Writer<Term>) {
        let mut widths: Vec<usize> = self
            .columns
            .iter()
            .map(|c| c.header.chars().count())
            .collect();
        let rows: Vec<Vec<Writer<Term>>> = self
            .rows
            .iter()
            .map(|(_, cells)| cells.iter().map(Cell::writer).collect())
            .collect();
        for row in &rows {
            for (width, c) in widths.iter_mut().zip(row) {
                *width = (*width).max(c.chars());
            }
        }
        let header = self
            .columns
            .iter()
            .map(|c| {
                let mut t = Writer::<Term>::new();
                t.words(c.header);
                t
            })
            .collect();
        self.text_line(w, header, &widths);
        for row in rows {
            self.text_line(w, row, &widths);
        }
    }

    /// One line of terminal text: the cells padded to their column's width, a left-aligned
    /// last column not padded.
    fn text_line(&self, w: &mut Writer<Term>, cells: Vec<Writer<Term>>, widths: &[usize]) {
        let last = cells.len().saturating_sub(1);
        for (i, (c, (column, width))) in cells
            .into_iter()
            .zip(self.columns.iter().zip(widths))
            .enumerate()
        {
            if i > 0 {
                w.lit("  ");
            }
            let right = column.align == Align::Right;
            let width = if i == last && !right { 0 } else { *width };
            w.pad(c, width, right);
        }
        w.newline();
    }

    /// The table in HTML: a head and a body; right-aligned cells have class `n`, a total row
    /// is a row of header cells, an emphasised cell is `<strong>`; a column of bars is left
    /// out.
    pub(crate) fn to_html(&self, w: &mut Writer<Html>) {
        let n: &[Attr<'_>] = &[("class", Value::Text("n"))];
        w.element("table", &[], |w| {
            w.element("thead", &[], |w| {
                w.element("tr", &[], |w| {
                    for c in self.columns.iter().filter(|c| !c.bars) {
                        let right = self.aligned_heads && c.align == Align::Right;
                        w.words_element("th", if right { n } else { &[] }, c.header);
                    }
                });
            });
            w.element("tbody", &[], |w| {
                for (total, cells) in &self.rows {
                    w.element("tr", &[], |w| {
                        let shown = cells.iter().zip(&self.columns).filter(|(_, c)| !c.bars);
                        for (cell, c) in shown {
                            let (tag, attrs) = match (total, c.align) {
                                (true, _) => ("th", &[][..]),
                                (false, Align::Left) => ("td", &[][..]),
                                (false, Align::Right) => ("td", n),
                            };
                            w.element(tag, attrs, |w| self.html_cell(w, cell));
                        }
                    });
                }
            });
        });
    }

    fn html_cell(&self, w: &mut Writer<Html>, cell: &Cell) {
        if cell.strong {
            w.element("strong", &[], |w| cell.put_html(w, self.keys));
        } else {
            cell.put_html(w, self.keys);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::Lang;
    use crate::value::Money;

    fn small() -> Table {
        let mut t = Table::new(&[("name", Align::Left), ("amount", Align::Right)]);
        t.row(vec![
            Cell::text("<b>|x"),
            Cell::figure(Figure::money(Money::from_euros(5), Lang::En)),
        ]);
        t.total(vec![Cell::words("total")]);
        t
    }

    #[test]
    fn one_layout_three_formats() {
        let t = small();
        let mut md = Writer::<Md>::new();
        t.to_markdown(&mut md);
        assert_eq!(
            md.finish(),
            "| name | amount |\n|---|---:|\n| \\<b\\>\\|x | €5.00 |\n| **total** | |\n"
        );
        let mut html = Writer::<Html>::new();
        t.to_html(&mut html);
        assert_eq!(
            html.finish(),
            "<table><thead><tr><th>name</th><th>amount</th></tr>\n</thead><tbody><tr><td>&lt;b&gt;|x</td><td class=\"n\">€5.00</td></tr>\n<tr><th>total</th><th></th></tr>\n</tbody></table>\n"
        );
        let mut text = Writer::<Term>::new();
        t.to_text(&mut text);
        assert_eq!(
            text.finish(),
            "name   amount\n<b>|x   €5.00\ntotal        \n"
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
        t.to_markdown(&mut md);
        assert!(md.finish().ends_with("| **x** | 12 |\n"));
        let mut html = Writer::<Html>::new();
        t.to_html(&mut html);
        let html = html.finish();
        assert!(html.contains("<td><strong>x</strong></td>"));
        assert!(
            html.contains(r#"<td class="n"><span data-figure="k" data-value="12">12</span></td>"#)
        );
        let mut plain = Writer::<Html>::new();
        t.without_keys().to_html(&mut plain);
        assert!(plain.finish().contains(r#"<td class="n">12</td>"#));
    }

    #[test]
    fn bars_and_aligned_heads() {
        let mut t = Table::new(&[("a", Align::Left), ("b", Align::Right)])
            .with_bars("")
            .aligned_heads();
        t.row(vec![Cell::text("x"), Cell::count(3_u64), Cell::bar(3)]);
        t.row(vec![Cell::text("y")]);
        let mut md = Writer::<Md>::new();
        t.to_markdown(&mut md);
        assert_eq!(
            md.finish(),
            "| a | b |  |\n|---|---:|---|\n| x | 3 | `███` |\n| y | | |\n"
        );
        let mut html = Writer::<Html>::new();
        t.to_html(&mut html);
        let html = html.finish();
        assert!(html.starts_with("<table><thead><tr><th>a</th><th class=\"n\">b</th></tr>"));
        assert!(html.contains("<tr><td>x</td><td class=\"n\">3</td></tr>"));
        assert!(!html.contains('█'));
    }
}
