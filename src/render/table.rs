//! The one table type of every output: a table is laid out once and rendered to Markdown,
//! HTML or terminal text. A cell holds document text (escaped by the writer), the crate's
//! own words, [`Figure`]s (optionally keyed for checking, see [`Cell::keyed`]), counts and
//! text bars; nothing in it is markup, so a table's layout is the crate's and the same in every
//! format.

use super::figure::Figure;
use crate::base::write::{Attr, Context, Html, Md, Value, Writer};
use crate::base::Lang;
use crate::value::Money;

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

    /// An amount of money with its key; the machine value is in cents.
    pub(crate) fn keyed_money(key: impl Into<String>, m: Money, lang: Lang) -> Self {
        Cell::keyed(key, m.cents().to_string(), Figure::money(m, lang))
    }

    /// A count with its key, shown with the language's thousands separator.
    pub(crate) fn keyed_count(key: impl Into<String>, n: impl TryInto<u64>, lang: Lang) -> Self {
        let n = n.try_into().unwrap_or(u64::MAX);
        Cell::keyed(key, n.to_string(), Figure::count(n, lang))
    }

    /// A share in basis points with its key, shown as a percentage; the machine value is the
    /// basis points.
    pub(crate) fn keyed_share(key: impl Into<String>, bp: u16, lang: Lang) -> Self {
        Cell::keyed(key, bp.to_string(), Figure::basis_points(bp, lang))
    }

    /// A number with two decimals with its key (the machine value with a decimal point, in any
    /// language), or `—` without one.
    pub(crate) fn keyed_decimal(key: impl Into<String>, x: Option<f64>, lang: Lang) -> Self {
        match x {
            Some(x) => Cell::keyed(key, format!("{x:.2}"), Figure::decimal(x, 2, lang)),
            None => Cell::figure(Figure::none()),
        }
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

/// A column's header: the crate's own words, or document text (a date, a name).
pub(crate) enum Head {
    /// The crate's own words.
    Words(&'static str),
    /// Document text, escaped by the writer.
    Text(String),
}

impl Head {
    /// A header of document text.
    pub(crate) fn text(s: &str) -> Self {
        Head::Text(s.to_owned())
    }

    fn put<C: Context>(&self, w: &mut Writer<C>) {
        match self {
            Head::Words(s) => {
                w.words(s);
            }
            Head::Text(s) => {
                w.text(s);
            }
        }
    }
}

impl From<&'static str> for Head {
    fn from(s: &'static str) -> Self {
        Head::Words(s)
    }
}

/// A column: its header, its alignment, and whether it holds text bars.
struct Column {
    header: Head,
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
    row_heads: bool,
}

impl Table {
    pub(crate) fn new(columns: &[(&'static str, Align)]) -> Self {
        Table {
            columns: columns
                .iter()
                .map(|&(header, align)| Column {
                    header: Head::Words(header),
                    align,
                    bars: false,
                })
                .collect(),
            rows: Vec::new(),
            aligned_heads: false,
            keys: true,
            row_heads: false,
        }
    }

    /// The table with one more column, headed by the crate's words or by document text
    /// ([`Head::text`]), such as a date; add columns before [`Table::with_bars`].
    pub(crate) fn column(mut self, header: impl Into<Head>, align: Align) -> Self {
        self.columns.push(Column {
            header: header.into(),
            align,
            bars: false,
        });
        self
    }

    /// The table with a last column of text bars ([`Cell::bar`]) headed `header`: code in
    /// Markdown, plain in terminal text, and left out of HTML, where a page draws a chart.
    pub(crate) fn with_bars(mut self, header: &'static str) -> Self {
        self.columns.push(Column {
            header: Head::Words(header),
            align: Align::Left,
            bars: true,
        });
        self
    }

    /// The table with the first cell of every row as the row's header: in HTML a
    /// `<th scope="row">`, and the column heads `<th scope="col">`, so a screen reader names
    /// a figure by its row and column.
    pub(crate) fn row_heads(mut self) -> Self {
        self.row_heads = true;
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
            w.lit(" ");
            c.header.put(w);
            w.lit(" |");
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

    /// The table in HTML: a head and a body; right-aligned cells have class `n`, a total row
    /// is a row of header cells, an emphasised cell is `<strong>`; a column of bars is left
    /// out. With [`Table::row_heads`], the first cell of a row is `<th scope="row">` and the
    /// column heads are `<th scope="col">`.
    pub(crate) fn to_html(&self, w: &mut Writer<Html>) {
        w.element("table", &[], |w| {
            w.element("thead", &[], |w| {
                w.element("tr", &[], |w| {
                    for c in self.columns.iter().filter(|c| !c.bars) {
                        let mut attrs: Vec<Attr<'_>> = Vec::new();
                        if self.row_heads {
                            attrs.push(("scope", Value::Text("col")));
                        }
                        if self.aligned_heads && c.align == Align::Right {
                            attrs.push(("class", Value::Text("n")));
                        }
                        w.element("th", &attrs, |w| c.header.put(w));
                    }
                });
            });
            w.element("tbody", &[], |w| {
                for (total, cells) in &self.rows {
                    w.element("tr", &[], |w| self.html_row(w, *total, cells));
                }
            });
        });
    }

    /// The cells of one row in HTML: a row head, header cells in a total row, data cells
    /// otherwise (class `n` when right-aligned).
    fn html_row(&self, w: &mut Writer<Html>, total: bool, cells: &[Cell]) {
        let shown = cells.iter().zip(&self.columns).filter(|(_, c)| !c.bars);
        for (i, (cell, c)) in shown.enumerate() {
            let (tag, attrs): (_, &[Attr<'_>]) = match (total, c.align) {
                _ if i == 0 && self.row_heads => ("th", &[("scope", Value::Text("row"))]),
                (true, _) => ("th", &[]),
                (false, Align::Left) => ("td", &[]),
                (false, Align::Right) => ("td", &[("class", Value::Text("n"))]),
            };
            w.element(tag, attrs, |w| self.html_cell(w, cell));
        }
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

    #[test]
    fn text_headers_row_heads_ratios_and_signed_figures() {
        let mut t = Table::new(&[("item", Align::Left)])
            .column(Head::text("2025-03 <x>"), Align::Left)
            .column("change", Align::Right)
            .row_heads();
        t.row(vec![
            Cell::count(1_u64).and_words(". ").and_words("one"),
            Cell::keyed("cov", "3/5", Figure::ratio(3, 5)),
            Cell::keyed("d", "1", Figure::signed(1)),
        ]);
        t.total(vec![
            Cell::words("total"),
            Cell::empty(),
            Cell::figure(Figure::signed(-2)),
        ]);
        let mut md = Writer::<Md>::new();
        t.to_markdown(&mut md);
        assert_eq!(
            md.finish(),
            "| item | 2025-03 \\<x\\> | change |\n|---|---|---:|\n| 1. one | 3 / 5 | +1 |\n| **total** | | **-2** |\n"
        );
        let mut html = Writer::<Html>::new();
        t.to_html(&mut html);
        let html = html.finish();
        assert!(html.starts_with(concat!(
            r#"<table><thead><tr><th scope="col">item</th>"#,
            r#"<th scope="col">2025-03 &lt;x&gt;</th><th scope="col">change</th></tr>"#
        )));
        assert!(html.contains(concat!(
            r#"<tr><th scope="row">1. one</th>"#,
            r#"<td><span data-figure="cov" data-value="3/5">3 / 5</span></td>"#,
            r#"<td class="n"><span data-figure="d" data-value="1">+1</span></td></tr>"#
        )));
        assert!(html.contains(r#"<tr><th scope="row">total</th><th></th><th>-2</th></tr>"#));
    }

    #[test]
    fn keyed_money_counts_shares_and_decimals() {
        let mut t = Table::new(&[("a", Align::Right)]);
        for cell in [
            Cell::keyed_money("m", Money::from_cents(123_456), Lang::Nl),
            Cell::keyed_count("c", 1_200_usize, Lang::Nl),
            Cell::keyed_share("s", 8_519, Lang::En),
            Cell::keyed_decimal("d", Some(1.5), Lang::Nl),
            Cell::keyed_decimal("none", None, Lang::Nl),
        ] {
            t.row(vec![cell]);
        }
        let mut html = Writer::<Html>::new();
        t.to_html(&mut html);
        let html = html.finish();
        for figure in [
            r#"data-figure="m" data-value="123456">€ 1.234,56<"#,
            r#"data-figure="c" data-value="1200">1.200<"#,
            r#"data-figure="s" data-value="8519">85.19%<"#,
            r#"data-figure="d" data-value="1.50">1,50<"#,
        ] {
            assert!(html.contains(figure), "{figure} in {html}");
        }
        assert!(html.contains(r#"<td class="n">—</td>"#));
    }
}
