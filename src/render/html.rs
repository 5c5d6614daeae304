//! The html rendering.

use super::estimate_page::{self, Block, Names};
use super::safe::{put, Writer, Xml};
use super::{short, svg};
use crate::base::Lang;
use crate::model::{Level, TheoryOfValue};
use crate::value::{Estimate, PersonaSet};

/// A standalone HTML page with the ToV's title, the SVG picture of its chain and the Markdown
/// outline's content, readable on screen and when printed.
///
/// Every text from the document is escaped for HTML, so the page has the same elements
/// whatever the document's text.
///
/// ```
/// use theory_of_value::{national, Lang};
/// use theory_of_value::render;
/// let page = render::html(national(), Lang::En);
/// assert!(page.starts_with("<!doctype html>"));
/// assert!(page.contains("<svg"));
/// ```
pub fn html(tov: &TheoryOfValue, lang: Lang) -> String {
    let mut page = Writer::<Xml>::new();
    let title = tov.title.get(lang);
    put!(
        page,
        "<!doctype html>\n<html lang=\"",
        { lang.to_string() },
        "\">\n<head>\n<meta charset=\"utf-8\">\n<title>",
        { title },
        r#"</title>
<style>
body { font-family: system-ui, "DejaVu Sans", sans-serif; margin: 1.5rem; color: #111; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
.meta { color: #555; margin-bottom: 1rem; }
svg { max-width: 100%; height: auto; }
@media print { @page { size: A4 landscape; margin: 1cm; } body { margin: 0; } }
</style>
</head>
<body>
<h1>"#,
        { title },
        "</h1>\n<p class=\"meta\">"
    );
    match &tov.scope.organisation {
        Some(o) => page.text(o),
        None => page.text(tov.scope.level.label().get(lang)),
    };
    put!(
        page,
        " · ",
        { tov.version },
        " · ",
        { tov.date.to_string() },
        "</p>\n"
    );
    page.nest(svg::picture(tov, lang));
    page.lit("\n</body>\n</html>\n");
    page.finish()
}

/// A value estimate as a standalone HTML report: a bar chart of the people (or neighbourhoods)
/// per output, a bar chart of the care costs avoided per line, gross against net, and the
/// tables a person can check by hand, as HTML tables.
///
/// Persona names, output statements and care labels are escaped for HTML, so they cannot add
/// an element, a table row or a cell.
///
/// ```
/// use theory_of_value::{example, national, Lang};
/// use theory_of_value::render;
/// let page = render::estimate_html(example::estimate(), national(), example::persona_set(), Lang::En);
/// assert!(page.contains("<svg"));
/// assert!(page.contains("€151,802.40"));
/// assert!(page.contains("<table>"));
/// ```
pub fn estimate_html(e: &Estimate, tov: &TheoryOfValue, set: &PersonaSet, lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    let t = |a: &'static str, b: &'static str| if nl { a } else { b };
    let names = Names::new(tov, set);
    // Chart 1: count per output.
    let max = e.outputs.iter().map(|o| o.count).max().unwrap_or(0).max(1) as f64;
    let row_h = 26.0;
    let label_w = 500.0;
    let bar_w = 320.0;
    let mut chart1 = Writer::<Xml>::new();
    for (i, o) in e.outputs.iter().enumerate() {
        let y = 10.0 + i as f64 * row_h;
        let statement = names
            .output(o.output.as_str())
            .map_or(o.output.to_string(), |x| short(x, lang, 70));
        let w = o.count as f64 / max * bar_w;
        let colour = if o.level == Level::Individual {
            "#2b6cb0"
        } else {
            "#c05621"
        };
        let unit = if o.level == Level::Collective {
            t(" wijken", " neighbourhoods")
        } else {
            ""
        };
        put!(
            chart1,
            "<text x=\"",
            [label_w - 8.0],
            "\" y=\"",
            [y + 12.0],
            "\" font-size=\"12\" text-anchor=\"end\">",
            { statement },
            "</text><rect x=\"",
            [label_w],
            "\" y=\"",
            [y],
            "\" width=\"",
            [w],
            "\" height=\"16\" fill=\""
        );
        chart1.lit(colour);
        put!(
            chart1,
            "\"/><text x=\"",
            [label_w + w + 6.0],
            "\" y=\"",
            [y + 12.0],
            "\" font-size=\"12\">",
            [o.count],
            { unit },
            "</text>"
        );
    }
    let h1 = (20.0 + e.outputs.len() as f64 * row_h).round();
    // Chart 2: gross and net per care line.
    let max2 = e
        .care_lines
        .iter()
        .map(|l| l.gross.cents())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let mut chart2 = Writer::<Xml>::new();
    for (i, l) in e.care_lines.iter().enumerate() {
        let y = 10.0 + i as f64 * 2.0 * row_h;
        let label = format!(
            "{}: {}",
            names.persona(l.persona.as_str()),
            short(&l.label, lang, 50)
        );
        let wg = l.gross.cents() as f64 / max2 * bar_w;
        let wn = l.net.cents() as f64 / max2 * bar_w;
        put!(
            chart2,
            "<text x=\"",
            [label_w - 8.0],
            "\" y=\"",
            [y + 12.0],
            "\" font-size=\"12\" text-anchor=\"end\">",
            { label },
            "</text><rect x=\"",
            [label_w],
            "\" y=\"",
            [y],
            "\" width=\"",
            [wg],
            "\" height=\"16\" fill=\"#a0aec0\"/><text x=\"",
            [label_w + wg + 6.0],
            "\" y=\"",
            [y + 12.0],
            "\" font-size=\"12\">",
            { t("bruto", "gross") },
            " ",
            { l.gross.format(lang) },
            "</text><rect x=\"",
            [label_w],
            "\" y=\"",
            [y + 20.0],
            "\" width=\"",
            [wn],
            "\" height=\"16\" fill=\"#2f855a\"/><text x=\"",
            [label_w + wn + 6.0],
            "\" y=\"",
            [y + 32.0],
            "\" font-size=\"12\">",
            { t("netto", "net") },
            " ",
            { l.net.format(lang) },
            "</text>"
        );
    }
    let h2 = (20.0 + e.care_lines.len() as f64 * 2.0 * row_h).round();
    let report = estimate_page::estimate(e, tov, set, lang);
    let mut page = Writer::<Xml>::new();
    put!(
        page,
        "<!doctype html>\n<html lang=\"",
        { lang.to_string() },
        "\">\n<head>\n<meta charset=\"utf-8\">\n<title>",
        { report.title },
        r#"</title>
<style>
body { font-family: system-ui, "DejaVu Sans", sans-serif; margin: 1.5rem; color: #111; max-width: 70rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
th { text-align: left; border-bottom: 2px solid #bbb; padding: .25rem .5rem; font-weight: 600; }
td { border-bottom: 1px solid #ddd; padding: .25rem .5rem; }
td.n, th.n { text-align: right; white-space: nowrap; }
svg { max-width: 100%; height: auto; font-family: inherit; }
@media print { @page { size: A4 portrait; margin: 1.5cm; } body { margin: 0; } }
</style>
</head>
<body>
<h1>"#,
        { report.title },
        "</h1>\n<p>",
        { t("bruto voorkomen zorgkosten", "gross care costs avoided") },
        ": ",
        { e.gross.format(lang) },
        " · ",
        { t("netto", "net") },
        ": ",
        { e.net.format(lang) },
        " · ",
        { t("kosten organisatie", "organisation's costs") },
        ": ",
        { e.organisation_cost.format(lang) },
        "</p>\n<h2>",
        { t("Bereikte mensen per output", "People reached per output") },
        "</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1000 ",
        [h1],
        "\" width=\"1000\" height=\"",
        [h1],
        "\">"
    );
    page.nest(chart1);
    put!(
        page,
        "</svg>\n<h2>",
        {
            t(
                "Voorkomen zorgkosten per regel, bruto en netto",
                "Care costs avoided per line, gross and net",
            )
        },
        "</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1000 ",
        [h2],
        "\" width=\"1000\" height=\"",
        [h2],
        "\">"
    );
    page.nest(chart2);
    page.lit("</svg>\n");
    for block in &report.blocks {
        match block {
            Block::Heading(h) => put!(page, "<h2>", { h }, "</h2>\n"),
            Block::Para(p) => put!(page, "<p>", { p }, "</p>\n"),
            Block::Sub(s) => put!(page, "<h3>", { s }, "</h3>\n"),
            Block::List(items) => {
                page.lit("<ul>");
                for item in items {
                    put!(page, "<li>", { item }, "</li>");
                }
                page.lit("</ul>\n");
            }
            Block::Table { columns, rows } => {
                // The text bars of the Markdown report are replaced by the charts above.
                page.lit("<table>\n<thead><tr>");
                for c in columns.iter().filter(|c| !c.bar) {
                    page.lit(if c.numeric {
                        "<th class=\"n\">"
                    } else {
                        "<th>"
                    });
                    put!(page, { c.head }, "</th>");
                }
                page.lit("</tr></thead>\n<tbody>\n");
                for row in rows {
                    page.lit("<tr>");
                    for (cell, c) in row.iter().zip(columns).filter(|(_, c)| !c.bar) {
                        page.lit(if c.numeric {
                            "<td class=\"n\">"
                        } else {
                            "<td>"
                        });
                        if cell.strong {
                            put!(page, "<strong>", { cell.text }, "</strong>");
                        } else {
                            page.text(&cell.text);
                        }
                        page.lit("</td>");
                    }
                    page.lit("</tr>\n");
                }
                page.lit("</tbody>\n</table>\n");
            }
        }
    }
    page.lit("</body>\n</html>\n");
    page.finish()
}
