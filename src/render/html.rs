//! The HTML pages of a ToV and of a value estimate, and the head every page of the crate
//! shares.

use super::estimate_page::{self, Block, Names};
use super::figure::Figure;
use super::short;
use super::svg::Picture;
use crate::base::write::{Attr, Html, Svg, Value, Writer};
use crate::base::Lang;
use crate::model::{Level, TheoryOfValue};
use crate::value::{Estimate, PersonaSet};

/// The namespace attribute of an SVG element inside an HTML page.
pub(super) const XMLNS: Attr<'static> = ("xmlns", Value::Own("http://www.w3.org/2000/svg"));

/// A page's head: the character set, the title `title` writes, and the style sheet `css`.
pub(super) fn head(w: &mut Writer<Html>, title: impl FnOnce(&mut Writer<Html>), css: &'static str) {
    w.element("head", &[], |w| {
        w.newline();
        w.void("meta", &[("charset", "utf-8".into())]).newline();
        w.element("title", &[], title);
        w.style(css);
    });
}

const TOV_CSS: &str = r#"
body { font-family: system-ui, "DejaVu Sans", sans-serif; margin: 1.5rem; color: #111; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
.meta { color: #555; margin-bottom: 1rem; }
svg { max-width: 100%; height: auto; }
@media print { @page { size: A4 landscape; margin: 1cm; } body { margin: 0; } }
"#;

/// A standalone HTML page with the ToV's title, the SVG picture of its chain and the Markdown
/// outline's content, readable on screen and when printed.
///
/// Every text from the document is escaped for HTML, so the page has the same elements
/// whatever the document's text.
///
/// ```
/// use theory_of_value::base::Lang;
/// use theory_of_value::{model::national, render};
/// let page = render::html(national(), Lang::En);
/// assert!(page.starts_with("<!doctype html>"));
/// assert!(page.contains("<svg"));
/// ```
pub fn html(tov: &TheoryOfValue, lang: Lang) -> String {
    let title = tov.title.get(lang);
    Writer::<Html>::page(lang, |w| {
        head(
            w,
            |w| {
                w.text(title);
            },
            TOV_CSS,
        );
        w.element("body", &[], |w| {
            w.newline().text_element("h1", &[], title);
            w.element("p", &[("class", "meta".into())], |w| {
                match &tov.scope.organisation {
                    Some(o) => w.text(o),
                    None => w.text(tov.scope.level.label().get(lang)),
                };
                w.words(" · ")
                    .text(&tov.version)
                    .words(" · ")
                    .text(&tov.date.to_string());
            });
            w.embed(&Picture::of(tov, lang)).newline();
        });
    })
}

const ESTIMATE_CSS: &str = r#"
body { font-family: system-ui, "DejaVu Sans", sans-serif; margin: 1.5rem; color: #111; max-width: 70rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
th { text-align: left; border-bottom: 2px solid #bbb; padding: .25rem .5rem; font-weight: 600; }
td { border-bottom: 1px solid #ddd; padding: .25rem .5rem; }
td.n, th.n { text-align: right; white-space: nowrap; }
svg { max-width: 100%; height: auto; font-family: inherit; }
@media print { @page { size: A4 portrait; margin: 1.5cm; } body { margin: 0; } }
"#;

/// The height of a bar in the estimate's charts, with its gap.
const ROW_H: f64 = 26.0;
/// The width of the labels left of the bars.
const LABEL_W: f64 = 500.0;
/// The width of the longest bar.
const BAR_W: f64 = 320.0;

/// A value estimate as a standalone HTML report: a bar chart of the people (or neighbourhoods)
/// per output, a bar chart of the care costs avoided per line, gross against net, and the
/// tables a person can check by hand, as HTML tables.
///
/// Persona names, output statements and care labels are escaped for HTML, so they cannot add
/// an element, a table row or a cell.
///
/// ```
/// use theory_of_value::base::Lang;
/// use theory_of_value::{example, model::national, render};
/// let page = render::estimate_html(example::estimate(), national(), example::persona_set(), Lang::En);
/// assert!(page.contains("<svg"));
/// assert!(page.contains("€151,802.40"));
/// assert!(page.contains("<table>"));
/// ```
pub fn estimate_html(e: &Estimate, tov: &TheoryOfValue, set: &PersonaSet, lang: Lang) -> String {
    let names = Names::new(tov, set);
    let report = estimate_page::estimate(e, tov, set, lang);
    Writer::<Html>::page(lang, |w| {
        head(
            w,
            |w| {
                w.words(report.title);
            },
            ESTIMATE_CSS,
        );
        w.element("body", &[], |w| {
            w.newline().words_element("h1", &[], report.title);
            totals(w, e, lang);
            w.words_element(
                "h2",
                &[],
                lang.pick("Bereikte mensen per output", "People reached per output"),
            );
            outputs_chart(w, e, &names, lang);
            w.words_element(
                "h2",
                &[],
                lang.pick(
                    "Voorkomen zorgkosten per regel, bruto en netto",
                    "Care costs avoided per line, gross and net",
                ),
            );
            care_chart(w, e, &names, lang);
            for block in &report.blocks {
                self::block(w, block);
            }
        });
    })
}

/// The estimate's totals in one line: gross, net and the organisation's costs.
fn totals(w: &mut Writer<Html>, e: &Estimate, lang: Lang) {
    let money = |m| Figure::money(m, lang);
    w.element("p", &[], |w| {
        w.words(lang.pick("bruto voorkomen zorgkosten", "gross care costs avoided"))
            .words(": ")
            .num(money(e.gross))
            .words(" · ")
            .words(lang.pick("netto", "net"))
            .words(": ")
            .num(money(e.net))
            .words(" · ")
            .words(lang.pick("kosten organisatie", "organisation's costs"))
            .words(": ")
            .num(money(e.organisation_cost));
    });
}

/// An inline SVG chart 1000 wide and `height` high, holding what `body` writes.
fn chart(w: &mut Writer<Html>, height: f64, body: impl FnOnce(&mut Writer<Svg>)) {
    let view_box = format!("0 0 1000 {height:.1}");
    w.svg(
        &[
            XMLNS,
            ("viewBox", (&view_box).into()),
            ("width", "1000".into()),
            ("height", height.into()),
        ],
        body,
    );
}

/// A label right-aligned against the bars, at `y`.
fn bar_label(s: &mut Writer<Svg>, y: f64, label: &str) {
    s.text_element(
        "text",
        &[
            ("x", (LABEL_W - 8.0).into()),
            ("y", (y + 12.0).into()),
            ("font-size", "12".into()),
            ("text-anchor", "end".into()),
        ],
        label,
    );
}

/// A bar `width` long at `y`, filled with `colour`, and the text `value` writes after it.
fn bar(
    s: &mut Writer<Svg>,
    y: f64,
    width: f64,
    colour: &'static str,
    value: impl FnOnce(&mut Writer<Svg>),
) {
    s.void(
        "rect",
        &[
            ("x", LABEL_W.into()),
            ("y", y.into()),
            ("width", width.into()),
            ("height", "16".into()),
            ("fill", colour.into()),
        ],
    );
    s.element(
        "text",
        &[
            ("x", (LABEL_W + width + 6.0).into()),
            ("y", (y + 12.0).into()),
            ("font-size", "12".into()),
        ],
        value,
    );
}

/// The people (or neighbourhoods) reached per output, a bar each.
fn outputs_chart(w: &mut Writer<Html>, e: &Estimate, names: &Names<'_>, lang: Lang) {
    let max = e.outputs.iter().map(|o| o.count).max().unwrap_or(0).max(1) as f64;
    let height = (20.0 + e.outputs.len() as f64 * ROW_H).round();
    chart(w, height, |s| {
        for (i, o) in e.outputs.iter().enumerate() {
            let y = 10.0 + i as f64 * ROW_H;
            let statement = names
                .output(o.output.as_str())
                .map_or(o.output.to_string(), |x| short(x, lang, 70));
            bar_label(s, y, &statement);
            let (colour, unit) = match o.level {
                Level::Individual => ("#2b6cb0", ""),
                Level::Collective => ("#c05621", lang.pick(" wijken", " neighbourhoods")),
            };
            bar(s, y, o.count as f64 / max * BAR_W, colour, |s| {
                s.num(o.count).words(unit);
            });
        }
    });
}

/// The care costs avoided per line: a bar for the gross, one for the net.
fn care_chart(w: &mut Writer<Html>, e: &Estimate, names: &Names<'_>, lang: Lang) {
    let max = e
        .care_lines
        .iter()
        .map(|l| l.gross.cents())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let height = (20.0 + e.care_lines.len() as f64 * 2.0 * ROW_H).round();
    chart(w, height, |s| {
        for (i, l) in e.care_lines.iter().enumerate() {
            let y = 10.0 + i as f64 * 2.0 * ROW_H;
            let label = format!(
                "{}: {}",
                names.persona(l.persona.as_str()),
                short(&l.label, lang, 50)
            );
            bar_label(s, y, &label);
            let width = |m: crate::value::Money| m.cents() as f64 / max * BAR_W;
            bar(s, y, width(l.gross), "#a0aec0", |s| {
                s.words(lang.pick("bruto", "gross"))
                    .words(" ")
                    .num(Figure::money(l.gross, lang));
            });
            bar(s, y + 20.0, width(l.net), "#2f855a", |s| {
                s.words(lang.pick("netto", "net"))
                    .words(" ")
                    .num(Figure::money(l.net, lang));
            });
        }
    });
}

/// One block of the estimate report. A table's column of text bars is left out: the charts
/// above draw them.
fn block(w: &mut Writer<Html>, block: &Block) {
    match block {
        Block::Heading(h) => {
            w.words_element("h2", &[], h);
        }
        Block::Para(p) => {
            w.text_element("p", &[], p);
        }
        Block::Sub(s) => {
            w.text_element("h3", &[], s);
        }
        Block::List(items) => {
            w.element("ul", &[], |w| {
                for item in items {
                    w.text_element("li", &[], item);
                }
            });
        }
        Block::Table(table) => table.to_html(w),
    }
}
