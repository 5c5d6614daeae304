//! The html rendering.

use super::{estimate_markdown, short, svg, xml};
use crate::base::Lang;
use crate::model::{Level, TheoryOfValue};
use crate::value::{Estimate, PersonaSet};
use std::fmt::Write;

/// A standalone HTML page with the ToV's title, the SVG picture of its chain and the Markdown
/// outline's content, readable on screen and when printed.
///
/// ```
/// use theory_of_value::{national, Lang};
/// use theory_of_value::out::render;
/// let page = render::html(national(), Lang::En);
/// assert!(page.starts_with("<!doctype html>"));
/// assert!(page.contains("<svg"));
/// ```
pub fn html(tov: &TheoryOfValue, lang: Lang) -> String {
    format!(
        r##"<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-family: system-ui, "DejaVu Sans", sans-serif; margin: 1.5rem; color: #111; }}
h1 {{ font-size: 1.6rem; margin: 0 0 .3rem; }}
.meta {{ color: #555; margin-bottom: 1rem; }}
svg {{ max-width: 100%; height: auto; }}
@media print {{ @page {{ size: A4 landscape; margin: 1cm; }} body {{ margin: 0; }} }}
</style>
</head>
<body>
<h1>{title}</h1>
<p class="meta">{scope} · {version} · {date}</p>
{svg}
</body>
</html>
"##,
        title = xml(tov.title.get(lang)),
        scope = xml(&tov.scope.organisation.clone().unwrap_or_else(|| tov
            .scope
            .level
            .label()
            .get(lang)
            .to_owned())),
        version = xml(&tov.version),
        date = tov.date,
        svg = svg(tov, lang),
    )
}

/// A value estimate as a standalone HTML report: a bar chart of the people (or neighbourhoods)
/// per output, a bar chart of the care costs avoided per line, gross against net, and the
/// tables a person can check by hand.
///
/// ```
/// use theory_of_value::{example, national, Lang};
/// use theory_of_value::out::render;
/// let page = render::estimate_html(example::estimate(), national(), example::persona_set(), Lang::En);
/// assert!(page.contains("<svg"));
/// assert!(page.contains("€151,802.40"));
/// ```
pub fn estimate_html(e: &Estimate, tov: &TheoryOfValue, set: &PersonaSet, lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    let t = |a: &'static str, b: &'static str| if nl { a } else { b };
    // Chart 1: count per output.
    let max = e.outputs.iter().map(|o| o.count).max().unwrap_or(0).max(1) as f64;
    let row_h = 26.0;
    let label_w = 500.0;
    let bar_w = 320.0;
    let mut chart1 = String::new();
    for (i, o) in e.outputs.iter().enumerate() {
        let y = 10.0 + i as f64 * row_h;
        let statement = tov
            .outputs
            .iter()
            .find(|x| x.id == o.output)
            .map_or(o.output.to_string(), |x| short(&x.statement, lang, 70));
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
        let _ = write!(
            chart1,
            r##"<text x="{:.0}" y="{:.1}" font-size="12" text-anchor="end">{}</text><rect x="{:.0}" y="{:.1}" width="{w:.1}" height="16" fill="{colour}"/><text x="{:.1}" y="{:.1}" font-size="12">{}{unit}</text>"##,
            label_w - 8.0,
            y + 12.0,
            xml(&statement),
            label_w,
            y,
            label_w + w + 6.0,
            y + 12.0,
            o.count
        );
    }
    let h1 = 20.0 + e.outputs.len() as f64 * row_h;
    // Chart 2: gross and net per care line.
    let max2 = e
        .care_lines
        .iter()
        .map(|l| l.gross.cents())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let mut chart2 = String::new();
    for (i, l) in e.care_lines.iter().enumerate() {
        let y = 10.0 + i as f64 * 2.0 * row_h;
        let name = set
            .persona(l.persona.as_str())
            .map_or(l.persona.as_str(), |p| p.name.as_str());
        let label = format!("{name}: {}", short(&l.label, lang, 50));
        let wg = l.gross.cents() as f64 / max2 * bar_w;
        let wn = l.net.cents() as f64 / max2 * bar_w;
        let _ = write!(
            chart2,
            r##"<text x="{lx:.0}" y="{:.1}" font-size="12" text-anchor="end">{}</text><rect x="{label_w}" y="{y:.1}" width="{wg:.1}" height="16" fill="#a0aec0"/><text x="{:.1}" y="{:.1}" font-size="12">{} {}</text><rect x="{label_w}" y="{:.1}" width="{wn:.1}" height="16" fill="#2f855a"/><text x="{:.1}" y="{:.1}" font-size="12">{} {}</text>"##,
            y + 12.0,
            xml(&label),
            label_w + wg + 6.0,
            y + 12.0,
            t("bruto", "gross"),
            xml(&l.gross.format(lang)),
            y + 20.0,
            label_w + wn + 6.0,
            y + 32.0,
            t("netto", "net"),
            xml(&l.net.format(lang)),
            lx = label_w - 8.0,
        );
    }
    let h2 = 20.0 + e.care_lines.len() as f64 * 2.0 * row_h;
    let tables = estimate_markdown(e, tov, set, lang);
    let mut html_tables = String::new();
    let mut in_table = false;
    // The Markdown report's text bars are replaced by the charts above.
    let mut drop_last = false;
    for line in tables.lines() {
        if let Some(cells) = line.strip_prefix('|').and_then(|l| l.strip_suffix('|')) {
            if cells.contains("---") {
                continue;
            }
            let mut cells: Vec<&str> = cells.split('|').collect();
            if !in_table {
                html_tables.push_str("<table>");
                in_table = true;
                drop_last = cells.last().is_some_and(|c| c.trim().is_empty());
            }
            if drop_last {
                cells.pop();
            }
            html_tables.push_str("<tr>");
            for c in cells {
                let c = c.trim().trim_matches('*').trim_matches('`');
                let numeric = c
                    .chars()
                    .next()
                    .is_some_and(|ch| ch.is_ascii_digit() || ch == '€');
                let _ = write!(
                    html_tables,
                    "<td{}>{}</td>",
                    if numeric { r#" class="n""# } else { "" },
                    xml(c)
                );
            }
            html_tables.push_str("</tr>");
        } else {
            if in_table {
                html_tables.push_str("</table>");
                in_table = false;
            }
            if let Some(h) = line.strip_prefix("## ") {
                let _ = write!(html_tables, "<h2>{}</h2>", xml(h));
            } else if let Some(item) = line.strip_prefix("- ") {
                let _ = write!(html_tables, "<li>{}</li>", xml(item));
            } else if let Some(strong) = line.strip_prefix("**").and_then(|l| l.strip_suffix("**"))
            {
                let _ = write!(html_tables, "<h3>{}</h3>", xml(strong));
            } else if !line.starts_with("# ") && !line.trim().is_empty() {
                let _ = write!(html_tables, "<p>{}</p>", xml(&line.replace('`', "")));
            }
        }
    }
    if in_table {
        html_tables.push_str("</table>");
    }
    format!(
        r##"<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-family: system-ui, "DejaVu Sans", sans-serif; margin: 1.5rem; color: #111; max-width: 70rem; }}
table {{ border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }}
td {{ border-bottom: 1px solid #ddd; padding: .25rem .5rem; }}
td.n {{ text-align: right; white-space: nowrap; }}
svg {{ max-width: 100%; height: auto; font-family: inherit; }}
@media print {{ @page {{ size: A4 portrait; margin: 1.5cm; }} body {{ margin: 0; }} }}
</style>
</head>
<body>
<h1>{title}</h1>
<p>{totals}</p>
<h2>{c1}</h2>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 {h1:.0}" width="1000" height="{h1:.0}">{chart1}</svg>
<h2>{c2}</h2>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 {h2:.0}" width="1000" height="{h2:.0}">{chart2}</svg>
{html_tables}
</body>
</html>
"##,
        title = t("Waardeschatting", "Value estimate"),
        totals = xml(&format!(
            "{}: {} · {}: {} · {}: {}",
            t("bruto voorkomen zorgkosten", "gross care costs avoided"),
            e.gross.format(lang),
            t("netto", "net"),
            e.net.format(lang),
            t("kosten organisatie", "organisation's costs"),
            e.organisation_cost.format(lang)
        )),
        c1 = t("Bereikte mensen per output", "People reached per output"),
        c2 = t(
            "Voorkomen zorgkosten per regel, bruto en netto",
            "Care costs avoided per line, gross and net"
        ),
    )
}
