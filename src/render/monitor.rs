//! The monitor report as text, Markdown and HTML with charts, written through the typed
//! writer of `safe`: markup only from the crate's string literals, document text (organisation
//! names, statements, stories, quotes, area figures) always through the escaper of its context
//! (the terminal's for the text), shares and intervals as [`Figure`]s made from numbers. The
//! table of each output is laid out once (`table`) and rendered to Markdown and to HTML alike;
//! counts are shown as the report holds them, suppressed cells as "< 5".

use super::safe::{put, Context, Figure, Md, Term, Writer, Xml};
use super::table::{Align, Cell, Table};
use crate::base::Lang;
use crate::monitor::{AreaTrend, Cell as Count, Change, MonitorReport, OutputMonitor};

fn t(lang: Lang, nl: &'static str, en: &'static str) -> &'static str {
    if lang == Lang::Nl {
        nl
    } else {
        en
    }
}

/// A count as the report holds it: the number, or "< 5", or "≥ 40".
fn count(c: Count) -> Cell {
    match c {
        Count::Count(n) => Cell::count(n),
        Count::Suppressed { below } => Cell::words("< ").and_count(below),
        Count::AtLeast { at_least } => Cell::words("≥ ").and_count(at_least),
    }
}

fn share(x: Option<f64>, lang: Lang) -> Cell {
    Cell::figure(x.map_or_else(Figure::none, |x| Figure::percent(x, lang)))
}

/// One row per class of change: label, count, share, interval, expected share.
fn rows(o: &OutputMonitor, lang: Lang) -> Vec<[Cell; 5]> {
    o.changes
        .iter()
        .map(|c| {
            let expected = c.change.contribution().and_then(|k| o.expected_share(k));
            let interval = match c.share {
                Some(i) => Cell::figure(Figure::percent(i.low, lang))
                    .and_words(" – ")
                    .and_figure(Figure::percent(i.high, lang)),
                None => Cell::figure(Figure::none()),
            };
            [
                Cell::words(c.change.label().get(lang)),
                count(c.count),
                share(c.share.map(|i| i.share), lang),
                interval,
                share(expected, lang),
            ]
        })
        .collect()
}

/// The table of one output's classes of change.
fn table(o: &OutputMonitor, lang: Lang) -> Table {
    let mut table = Table::new(&[
        (t(lang, "verandering", "change"), Align::Left),
        (t(lang, "aantal", "count"), Align::Right),
        (t(lang, "aandeel", "share"), Align::Right),
        (t(lang, "95%-interval", "95% interval"), Align::Left),
        (
            t(lang, "verwacht (persona's)", "expected (personas)"),
            Align::Right,
        ),
    ]);
    for row in rows(o, lang) {
        table.row(row.into());
    }
    table
}

/// The title: the organisation, or how many organisations.
fn title<C: Context>(w: &mut Writer<C>, r: &MonitorReport, lang: Lang) {
    put!(w, (t(lang, "Monitorrapport", "Monitor report")), " — ");
    if r.organisations.len() == 1 {
        put!(w, { r.organisations.join(", ") });
    } else {
        put!(
            w,
            [r.organisations.len()],
            " ",
            (t(lang, "organisaties", "organisations"))
        );
    }
}

/// The note under the title: period, suppression, method.
fn note<C: Context>(w: &mut Writer<C>, r: &MonitorReport, lang: Lang) {
    let th = r.threshold.get();
    put!(
        w,
        (t(lang, "Periode ", "Period ")),
        { r.period.start.to_string() },
        " – ",
        { r.period.end.to_string() },
        (t(lang, ". Aantallen onder ", ". Counts below ")),
        [th],
        (t(lang, " staan er als “< ", " are shown as “< ")),
        [th],
        (t(
            lang,
            "”, en ook wat ze zou verraden. Verandering per deelnemer met de reliable change index (Jacobson en Truax) tussen het eerste en laatste meetmoment; “minder snelle achteruitgang” alleen waar een verwacht verloop zonder de organisatie is opgegeven. Intervallen: 95% (Wilson). Gebiedscijfers staan ernaast, zonder claim dat de organisatie ze veroorzaakte.",
            "”, and so is whatever would reveal them. Change per participant with the reliable change index (Jacobson and Truax) between the first and last moment; “slower decline” only where an expected course without the organisation is given. Intervals: 95% (Wilson). Area figures are shown beside, with no claim that the organisation caused them."
        ))
    );
}

/// One area trend: where, what, the values by year, the unit and the source.
fn area_line<C: Context>(w: &mut Writer<C>, a: &AreaTrend, lang: Lang) {
    put!(w, { a.municipality });
    if let Some(n) = &a.neighbourhood {
        put!(w, " (", { n }, ")");
    }
    put!(w, ", ", (a.indicator.label().get(lang)), ": ");
    for (i, p) in a.points.iter().enumerate() {
        if i > 0 {
            w.words(" → ");
        }
        put!(w, [p.year], " ", [Figure::decimal(p.value, 1, lang)]);
    }
    put!(
        w,
        " (",
        { a.unit },
        "; ",
        (t(lang, "bron:", "source:")),
        " ",
        { a.source },
        ")"
    );
}

/// A story line: its ID, the kind of contribution and, where it may be shown, its text.
fn story<C: Context>(w: &mut Writer<C>, s: &crate::monitor::StoryLine, lang: Lang) {
    put!(
        w,
        { s.story.as_str() },
        " (",
        (s.contribution.label().get(lang)),
        ")"
    );
    if let Some(x) = &s.text {
        put!(w, ": ", { x.get(lang) });
    }
}

/// The monitor report as plain text for a terminal.
///
/// ```
/// use theory_of_value::{example, Lang};
/// let text = theory_of_value::render::monitor_text(example::monitor_report(), Lang::Nl);
/// assert!(text.contains("Gemeten: 150"));
/// ```
pub fn monitor_text(r: &MonitorReport, lang: Lang) -> String {
    let mut w = Writer::<Term>::new();
    title(&mut w, r, lang);
    w.lit("\n");
    note(&mut w, r, lang);
    w.lit("\n");
    for o in &r.outputs {
        put!(
            w,
            "\n",
            { o.statement.get(lang) },
            " (",
            { o.output.as_str() },
            ")\n  ",
            (t(lang, "Gemeten", "Measured")),
            ": "
        );
        count(o.measured).put(&mut w);
        w.lit("\n");
        for [label, n, share, interval, expected] in rows(o, lang) {
            w.lit("  ");
            w.pad(label.writer(), 30, false).lit(" ");
            w.pad(n.writer(), 7, true).lit("  ");
            w.pad(share.writer(), 7, true).lit("  ");
            w.pad(interval.writer(), 17, false).lit("  ");
            put!(w, (t(lang, "verwacht", "expected")), " ");
            expected.put(&mut w);
            w.lit("\n");
        }
        for s in &o.stories {
            put!(w, "  ", (t(lang, "verhaal", "story")), " ");
            story(&mut w, s, lang);
            w.lit("\n");
        }
        for q in &o.quotes {
            put!(w, "  \"", { q.words.get(lang) }, "\"\n");
        }
        for a in &o.areas {
            w.lit("  ");
            area_line(&mut w, a, lang);
            w.lit("\n");
        }
    }
    w.finish()
}

/// The monitor report as Markdown: per output the number measured, a table of the classes of
/// change with shares, 95% intervals and the persona estimate beside them, the stories, the
/// quotes that may be shown and the area trends.
///
/// ```
/// use theory_of_value::{example, Lang};
/// let md = theory_of_value::render::monitor_markdown(example::monitor_report(), Lang::En);
/// assert!(md.starts_with("# Monitor report"));
/// assert!(md.contains("| improvement |"));
/// ```
pub fn monitor_markdown(r: &MonitorReport, lang: Lang) -> String {
    let mut w = Writer::<Md>::new();
    w.lit("# ");
    title(&mut w, r, lang);
    w.lit("\n\n");
    note(&mut w, r, lang);
    w.lit("\n");
    for o in &r.outputs {
        put!(
            w,
            "\n## ",
            { o.statement.get(lang) },
            " (`",
            { o.output.as_str() },
            "`)\n\n",
            (t(lang, "Gemeten", "Measured")),
            ": "
        );
        count(o.measured).put(&mut w);
        w.lit("\n\n");
        table(o, lang).markdown(&mut w);
        if !o.stories.is_empty() {
            put!(w, "\n", (t(lang, "Verhalen", "Stories")), ":\n\n");
            for s in &o.stories {
                w.lit("- ");
                story(&mut w, s, lang);
                w.lit("\n");
            }
        }
        for q in &o.quotes {
            put!(w, "\n> ", { q.words.get(lang) }, "\n");
        }
        if !o.areas.is_empty() {
            put!(
                w,
                "\n",
                (t(
                    lang,
                    "Gebiedstrends (ernaast, niet toegeschreven)",
                    "Area trends (beside, not attributed)"
                )),
                ":\n\n"
            );
            for a in &o.areas {
                w.lit("- ");
                area_line(&mut w, a, lang);
                w.lit("\n");
            }
        }
    }
    w.finish()
}

const COLOURS: [&str; 5] = ["#2e7d32", "#1565c0", "#f9a825", "#c62828", "#9e9e9e"];

/// A horizontal chart of one output: a bar per class of change with its 95% interval as a
/// whisker, and the persona estimate as a hollow bar beside it.
fn chart(o: &OutputMonitor, lang: Lang) -> Writer<Xml> {
    let (w, row, left, bar) = (620.0, 22.0, 200.0, 360.0);
    let h = 10.0 + row * 5.0 + 20.0;
    let mut s = Writer::<Xml>::new();
    put!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ",
        [w],
        " ",
        [h],
        "\" width=\"",
        [w],
        "\" height=\"",
        [h],
        "\" role=\"img\" aria-label=\"",
        { o.statement.get(lang) },
        "\">"
    );
    for (i, c) in o.changes.iter().enumerate() {
        let y = 10.0 + i as f64 * row;
        put!(
            s,
            "<text x=\"",
            [left - 6.0],
            "\" y=\"",
            [y + 13.0],
            "\" text-anchor=\"end\" font-size=\"12\">",
            (c.change.label().get(lang)),
            "</text>"
        );
        match c.share {
            Some(iv) => {
                let colour = COLOURS[Change::ALL.iter().position(|x| *x == c.change).unwrap_or(4)];
                put!(
                    s,
                    "<rect x=\"",
                    [left],
                    "\" y=\"",
                    [y + 2.0],
                    "\" width=\"",
                    [iv.share * bar],
                    "\" height=\"14\" fill=\""
                );
                s.lit(colour);
                s.lit("\"><title>");
                count(c.count).put(&mut s);
                put!(
                    s,
                    " (",
                    [Figure::percent(iv.share, lang)],
                    ")</title></rect>"
                );
                let (x1, x2) = (left + iv.low * bar, left + iv.high * bar);
                let (m, a, b) = (y + 9.0, y + 5.0, y + 13.0);
                put!(
                    s,
                    "<line x1=\"",
                    [x1],
                    "\" x2=\"",
                    [x2],
                    "\" y1=\"",
                    [m],
                    "\" y2=\"",
                    [m],
                    "\" stroke=\"#222\" stroke-width=\"1.2\"/><line x1=\"",
                    [x1],
                    "\" x2=\"",
                    [x1],
                    "\" y1=\"",
                    [a],
                    "\" y2=\"",
                    [b],
                    "\" stroke=\"#222\"/><line x1=\"",
                    [x2],
                    "\" x2=\"",
                    [x2],
                    "\" y1=\"",
                    [a],
                    "\" y2=\"",
                    [b],
                    "\" stroke=\"#222\"/>"
                );
                put!(
                    s,
                    "<text x=\"",
                    [left + bar + 8.0],
                    "\" y=\"",
                    [y + 13.0],
                    "\" font-size=\"11\">"
                );
                count(c.count).put(&mut s);
                put!(s, " · ", [Figure::percent(iv.share, lang)], "</text>");
            }
            None => {
                put!(
                    s,
                    "<text x=\"",
                    [left],
                    "\" y=\"",
                    [y + 13.0],
                    "\" font-size=\"11\" fill=\"#555\">"
                );
                count(c.count).put(&mut s);
                s.lit("</text>");
            }
        }
        if let Some(e) = c.change.contribution().and_then(|k| o.expected_share(k)) {
            put!(
                s,
                "<rect x=\"",
                [left],
                "\" y=\"",
                [y + 16.0],
                "\" width=\"",
                [e * bar],
                "\" height=\"4\" fill=\"none\" stroke=\"#000\" stroke-dasharray=\"3 2\"><title>",
                (t(lang, "verwacht", "expected")),
                " ",
                [Figure::percent(e, lang)],
                "</title></rect>"
            );
        }
    }
    put!(
        s,
        "<text x=\"",
        [left],
        "\" y=\"",
        [h - 4.0],
        "\" font-size=\"10\" fill=\"#555\">",
        (t(
            lang,
            "balk: gemeten aandeel met 95%-interval; stippellijn: verwacht volgens de persona's",
            "bar: measured share with 95% interval; dashed: expected from the personas"
        )),
        "</text></svg>"
    );
    s
}

/// The monitor report as a standalone HTML page with a chart per output (measured shares with
/// their 95% intervals, the persona estimate dashed beside them), the tables, stories, quotes
/// and area trends.
///
/// ```
/// use theory_of_value::{example, Lang};
/// let page = theory_of_value::render::monitor_html(example::monitor_report(), Lang::Nl);
/// assert!(page.starts_with("<!doctype html>"));
/// assert!(page.contains("<svg"));
/// ```
pub fn monitor_html(r: &MonitorReport, lang: Lang) -> String {
    let mut w = Writer::<Xml>::new();
    put!(
        w,
        "<!doctype html>\n<html lang=\"",
        { lang.to_string() },
        "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
    );
    title(&mut w, r, lang);
    w.lit(r#"</title>
<style>
body { font-family: system-ui, "DejaVu Sans", sans-serif; margin: 1.5rem; color: #111; max-width: 60rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
td, th { border-bottom: 1px solid #ddd; padding: .2rem .6rem; text-align: left; }
td.n { text-align: right; }
blockquote { border-left: 3px solid #888; margin: .5rem 0; padding-left: .8rem; font-style: italic; }
svg { max-width: 100%; height: auto; }
</style>
</head>
<body>
<h1>"#);
    title(&mut w, r, lang);
    w.lit("</h1>\n<p>");
    note(&mut w, r, lang);
    w.lit("</p>\n");
    for o in &r.outputs {
        put!(
            w,
            "<section><h2>",
            { o.statement.get(lang) },
            " <code>",
            { o.output.as_str() },
            "</code></h2><p>",
            (t(lang, "Gemeten", "Measured")),
            ": <strong>"
        );
        count(o.measured).put(&mut w);
        w.lit("</strong></p>");
        if o.measured != Count::Count(0) {
            w.nest(chart(o, lang));
        }
        table(o, lang).html(&mut w);
        if !o.stories.is_empty() {
            put!(w, "<h3>", (t(lang, "Verhalen", "Stories")), "</h3><ul>");
            for s in &o.stories {
                w.lit("<li>");
                story(&mut w, s, lang);
                w.lit("</li>");
            }
            w.lit("</ul>");
        }
        for q in &o.quotes {
            put!(w, "<blockquote>", { q.words.get(lang) }, "</blockquote>");
        }
        if !o.areas.is_empty() {
            put!(
                w,
                "<h3>",
                (t(
                    lang,
                    "Gebiedstrends (ernaast, niet toegeschreven)",
                    "Area trends (beside, not attributed)"
                )),
                "</h3><ul>"
            );
            for a in &o.areas {
                w.lit("<li>");
                area_line(&mut w, a, lang);
                w.lit("</li>");
            }
            w.lit("</ul>");
        }
        w.lit("</section>\n");
    }
    w.lit("</body>\n</html>\n");
    w.finish()
}
