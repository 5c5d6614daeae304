//! The monitor report as text, Markdown and HTML with charts. Every piece of document text
//! goes through [`crate::base::escape`] for its context; counts are shown as the report holds
//! them, suppressed cells as "< 5".

use crate::base::escape;
use crate::base::Lang;
use crate::monitor::{Cell, Change, MonitorReport, OutputMonitor};
use std::fmt::Write;

fn t(lang: Lang, nl: &'static str, en: &'static str) -> &'static str {
    if lang == Lang::Nl {
        nl
    } else {
        en
    }
}

/// A share as a percentage with one decimal, decimal comma in Dutch: `41,3%`.
fn pct(x: f64, lang: Lang) -> String {
    let s = format!("{:.1}%", x * 100.0);
    if lang == Lang::Nl {
        s.replace('.', ",")
    } else {
        s
    }
}

fn number(x: f64, lang: Lang) -> String {
    let s = format!("{x:.1}");
    if lang == Lang::Nl {
        s.replace('.', ",")
    } else {
        s
    }
}

/// One table row per class of change: label, count, share, interval, expected share.
fn rows(o: &OutputMonitor, lang: Lang) -> Vec<[String; 5]> {
    o.changes
        .iter()
        .map(|c| {
            let expected = c
                .change
                .contribution()
                .and_then(|k| o.expected_share(k))
                .map_or_else(|| "—".to_owned(), |s| pct(s, lang));
            let (share, interval) = match c.share {
                Some(i) => (
                    pct(i.share, lang),
                    format!("{} – {}", pct(i.low, lang), pct(i.high, lang)),
                ),
                None => ("—".to_owned(), "—".to_owned()),
            };
            [
                c.change.label().get(lang).to_owned(),
                c.count.render(lang),
                share,
                interval,
                expected,
            ]
        })
        .collect()
}

/// The title and the note under it, with the document's text (organisation names, dates)
/// passed through `esc` and the crate's own words as they are.
fn heading(r: &MonitorReport, lang: Lang, esc: fn(&str) -> String) -> (String, String) {
    let orgs = esc(&r.organisations.join(", "));
    let title = if r.organisations.len() == 1 {
        format!("{} — {orgs}", t(lang, "Monitorrapport", "Monitor report"))
    } else {
        format!(
            "{} — {} {}",
            t(lang, "Monitorrapport", "Monitor report"),
            r.organisations.len(),
            t(lang, "organisaties", "organisations")
        )
    };
    let note = match lang {
        Lang::Nl => format!(
            "Periode {} – {}. Aantallen onder {} staan er als “< {}”, en ook wat ze zou verraden. Verandering per deelnemer met de reliable change index (Jacobson en Truax) tussen het eerste en laatste meetmoment; “minder snelle achteruitgang” alleen waar een verwacht verloop zonder de organisatie is opgegeven. Intervallen: 95% (Wilson). Gebiedscijfers staan ernaast, zonder claim dat de organisatie ze veroorzaakte.",
            esc(&r.period.start.to_string()), esc(&r.period.end.to_string()), r.threshold.get(), r.threshold.get()
        ),
        Lang::En => format!(
            "Period {} – {}. Counts below {} are shown as “< {}”, and so is whatever would reveal them. Change per participant with the reliable change index (Jacobson and Truax) between the first and last moment; “slower decline” only where an expected course without the organisation is given. Intervals: 95% (Wilson). Area figures are shown beside, with no claim that the organisation caused them.",
            esc(&r.period.start.to_string()), esc(&r.period.end.to_string()), r.threshold.get(), r.threshold.get()
        ),
    };
    (title, note)
}

fn area_line(a: &crate::monitor::AreaTrend, lang: Lang) -> String {
    let points: Vec<String> = a
        .points
        .iter()
        .map(|p| format!("{} {}", p.year, number(p.value, lang)))
        .collect();
    format!(
        "{}{}, {}: {} ({}; {} {})",
        a.municipality,
        a.neighbourhood
            .as_ref()
            .map_or(String::new(), |n| format!(" ({n})")),
        a.indicator.label().get(lang),
        points.join(" → "),
        a.unit,
        t(lang, "bron:", "source:"),
        a.source
    )
}

/// The monitor report as plain text for a terminal.
///
/// ```
/// use theory_of_value::{example, Lang};
/// let text = theory_of_value::out::render::monitor_text(example::monitor_report(), Lang::Nl);
/// assert!(text.contains("Gemeten: 150"));
/// ```
pub fn monitor_text(r: &MonitorReport, lang: Lang) -> String {
    let e = escape::terminal;
    let (title, note) = heading(r, lang, e);
    let mut out = format!("{title}\n{note}\n");
    for o in &r.outputs {
        let _ = writeln!(
            out,
            "\n{} ({})",
            e(o.statement.get(lang)),
            e(o.output.as_str())
        );
        let _ = writeln!(out, "  {}: {}", t(lang, "Gemeten", "Measured"), o.measured);
        for row in rows(o, lang) {
            let _ = writeln!(
                out,
                "  {:<30} {:>7}  {:>7}  {:<17}  {} {}",
                row[0],
                row[1],
                row[2],
                row[3],
                t(lang, "verwacht", "expected"),
                row[4]
            );
        }
        for s in &o.stories {
            let text = s
                .text
                .as_ref()
                .map_or(String::new(), |x| format!(": {}", e(x.get(lang))));
            let _ = writeln!(
                out,
                "  {} {} ({}){text}",
                t(lang, "verhaal", "story"),
                e(s.story.as_str()),
                s.contribution.label().get(lang)
            );
        }
        for q in &o.quotes {
            let _ = writeln!(out, "  \"{}\"", e(q.words.get(lang)));
        }
        for a in &o.areas {
            let _ = writeln!(out, "  {}", e(&area_line(a, lang)));
        }
    }
    out
}

/// The monitor report as Markdown: per output the number measured, a table of the classes of
/// change with shares, 95% intervals and the persona estimate beside them, the stories, the
/// quotes that may be shown and the area trends.
///
/// ```
/// use theory_of_value::{example, Lang};
/// let md = theory_of_value::out::render::monitor_markdown(example::monitor_report(), Lang::En);
/// assert!(md.starts_with("# Monitor report"));
/// assert!(md.contains("| improvement |"));
/// ```
pub fn monitor_markdown(r: &MonitorReport, lang: Lang) -> String {
    let e = escape::markdown;
    let (title, note) = heading(r, lang, e);
    let mut out = format!("# {title}\n\n{note}\n");
    for o in &r.outputs {
        let _ = writeln!(
            out,
            "\n## {} (`{}`)\n",
            e(o.statement.get(lang)),
            o.output.as_str()
        );
        let _ = writeln!(out, "{}: {}\n", t(lang, "Gemeten", "Measured"), o.measured);
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |\n|---|---:|---:|---|---:|",
            t(lang, "verandering", "change"),
            t(lang, "aantal", "count"),
            t(lang, "aandeel", "share"),
            t(lang, "95%-interval", "95% interval"),
            t(lang, "verwacht (persona's)", "expected (personas)")
        );
        for row in rows(o, lang) {
            // The crate's own labels and numbers: nothing from the document.
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                row[0], row[1], row[2], row[3], row[4]
            );
        }
        if !o.stories.is_empty() {
            let _ = writeln!(out, "\n{}:\n", t(lang, "Verhalen", "Stories"));
            for s in &o.stories {
                let text = s
                    .text
                    .as_ref()
                    .map_or(String::new(), |x| format!(": {}", e(x.get(lang))));
                let _ = writeln!(
                    out,
                    "- {} ({}){text}",
                    e(s.story.as_str()),
                    e(s.contribution.label().get(lang))
                );
            }
        }
        for q in &o.quotes {
            let _ = writeln!(out, "\n> {}", e(q.words.get(lang)));
        }
        if !o.areas.is_empty() {
            let _ = writeln!(
                out,
                "\n{}:\n",
                t(
                    lang,
                    "Gebiedstrends (ernaast, niet toegeschreven)",
                    "Area trends (beside, not attributed)"
                )
            );
            for a in &o.areas {
                let _ = writeln!(out, "- {}", e(&area_line(a, lang)));
            }
        }
    }
    out
}

const COLOURS: [&str; 5] = ["#2e7d32", "#1565c0", "#f9a825", "#c62828", "#9e9e9e"];

/// A horizontal chart of one output: a bar per class of change with its 95% interval as a
/// whisker, and the persona estimate as a hollow bar beside it.
fn chart(o: &OutputMonitor, lang: Lang) -> String {
    let (w, row, left, bar) = (620.0, 22.0, 200.0, 360.0);
    let h = 10.0 + row * 5.0 + 20.0;
    let mut s = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-label="{}">"#,
        escape::xml(o.statement.get(lang))
    );
    for (i, c) in o.changes.iter().enumerate() {
        let y = 10.0 + i as f64 * row;
        let _ = write!(
            s,
            r#"<text x="{}" y="{}" text-anchor="end" font-size="12">{}</text>"#,
            left - 6.0,
            y + 13.0,
            escape::xml(c.change.label().get(lang))
        );
        match c.share {
            Some(iv) => {
                let colour = COLOURS[Change::ALL.iter().position(|x| *x == c.change).unwrap_or(4)];
                let _ = write!(
                    s,
                    r#"<rect x="{left}" y="{}" width="{:.1}" height="14" fill="{colour}"><title>{}</title></rect>"#,
                    y + 2.0,
                    iv.share * bar,
                    escape::xml(&format!("{} ({})", c.count, pct(iv.share, lang)))
                );
                let (x1, x2) = (left + iv.low * bar, left + iv.high * bar);
                let _ = write!(
                    s,
                    r##"<line x1="{x1:.1}" x2="{x2:.1}" y1="{m}" y2="{m}" stroke="#222" stroke-width="1.2"/><line x1="{x1:.1}" x2="{x1:.1}" y1="{a}" y2="{b}" stroke="#222"/><line x1="{x2:.1}" x2="{x2:.1}" y1="{a}" y2="{b}" stroke="#222"/>"##,
                    m = y + 9.0,
                    a = y + 5.0,
                    b = y + 13.0
                );
                let _ = write!(
                    s,
                    r#"<text x="{}" y="{}" font-size="11">{} · {}</text>"#,
                    left + bar + 8.0,
                    y + 13.0,
                    escape::xml(&c.count.to_string()),
                    pct(iv.share, lang)
                );
            }
            None => {
                let _ = write!(
                    s,
                    r##"<text x="{left}" y="{}" font-size="11" fill="#555">{}</text>"##,
                    y + 13.0,
                    escape::xml(&c.count.to_string())
                );
            }
        }
        if let Some(e) = c.change.contribution().and_then(|k| o.expected_share(k)) {
            let _ = write!(
                s,
                r##"<rect x="{left}" y="{}" width="{:.1}" height="4" fill="none" stroke="#000" stroke-dasharray="3 2"><title>{}</title></rect>"##,
                y + 16.0,
                e * bar,
                escape::xml(&format!(
                    "{} {}",
                    t(lang, "verwacht", "expected"),
                    pct(e, lang)
                ))
            );
        }
    }
    let _ = write!(
        s,
        r##"<text x="{left}" y="{}" font-size="10" fill="#555">{}</text></svg>"##,
        h - 4.0,
        escape::xml(t(
            lang,
            "balk: gemeten aandeel met 95%-interval; stippellijn: verwacht volgens de persona's",
            "bar: measured share with 95% interval; dashed: expected from the personas"
        ))
    );
    s
}

/// The monitor report as a standalone HTML page with a chart per output (measured shares with
/// their 95% intervals, the persona estimate dashed beside them), the tables, stories, quotes
/// and area trends.
///
/// ```
/// use theory_of_value::{example, Lang};
/// let page = theory_of_value::out::render::monitor_html(example::monitor_report(), Lang::Nl);
/// assert!(page.starts_with("<!doctype html>"));
/// assert!(page.contains("<svg"));
/// ```
pub fn monitor_html(r: &MonitorReport, lang: Lang) -> String {
    let e = escape::html;
    let (title, note) = heading(r, lang, e);
    // The note's only markup character of the crate's own is the "<" of "< 5".
    let note = note.replace("< ", "&lt; ");
    let mut body = String::new();
    for o in &r.outputs {
        let _ = write!(
            body,
            "<section><h2>{} <code>{}</code></h2>",
            e(o.statement.get(lang)),
            e(o.output.as_str())
        );
        let _ = write!(
            body,
            "<p>{}: <strong>{}</strong></p>",
            t(lang, "Gemeten", "Measured"),
            e(&o.measured.to_string())
        );
        if o.measured != Cell::Count(0) {
            body.push_str(&chart(o, lang));
        }
        let _ = write!(
            body,
            "<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
            t(lang, "verandering", "change"),
            t(lang, "aantal", "count"),
            t(lang, "aandeel", "share"),
            t(lang, "95%-interval", "95% interval"),
            t(lang, "verwacht (persona's)", "expected (personas)")
        );
        for row in rows(o, lang) {
            let _ = write!(body, "<tr><td>{}</td><td class=n>{}</td><td class=n>{}</td><td>{}</td><td class=n>{}</td></tr>", e(&row[0]), e(&row[1]), e(&row[2]), e(&row[3]), e(&row[4]));
        }
        body.push_str("</table>");
        if !o.stories.is_empty() {
            let _ = write!(body, "<h3>{}</h3><ul>", t(lang, "Verhalen", "Stories"));
            for s in &o.stories {
                let text = s
                    .text
                    .as_ref()
                    .map_or(String::new(), |x| format!(": {}", e(x.get(lang))));
                let _ = write!(
                    body,
                    "<li>{} ({}){text}</li>",
                    e(s.story.as_str()),
                    e(s.contribution.label().get(lang))
                );
            }
            body.push_str("</ul>");
        }
        for q in &o.quotes {
            let _ = write!(body, "<blockquote>{}</blockquote>", e(q.words.get(lang)));
        }
        if !o.areas.is_empty() {
            let _ = write!(
                body,
                "<h3>{}</h3><ul>",
                t(
                    lang,
                    "Gebiedstrends (ernaast, niet toegeschreven)",
                    "Area trends (beside, not attributed)"
                )
            );
            for a in &o.areas {
                let _ = write!(body, "<li>{}</li>", e(&area_line(a, lang)));
            }
            body.push_str("</ul>");
        }
        body.push_str("</section>\n");
    }
    format!(
        r#"<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-family: system-ui, "DejaVu Sans", sans-serif; margin: 1.5rem; color: #111; max-width: 60rem; }}
table {{ border-collapse: collapse; margin: .5rem 0 1rem; }}
td, th {{ border-bottom: 1px solid #ddd; padding: .2rem .6rem; text-align: left; }}
td.n {{ text-align: right; }}
blockquote {{ border-left: 3px solid #888; margin: .5rem 0; padding-left: .8rem; font-style: italic; }}
svg {{ max-width: 100%; height: auto; }}
</style>
</head>
<body>
<h1>{title}</h1>
<p>{note}</p>
{body}</body>
</html>
"#,
    )
}
