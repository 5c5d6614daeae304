//! The monitor report as text, Markdown and HTML with charts, written through the one writer
//! (`base::write`): elements as closures, document text (organisation names, statements,
//! stories, quotes, area figures) always through the escaper of its context (the terminal's
//! for the text), shares and intervals as [`Figure`]s made from numbers. The table of each
//! output ([`monitor_table`], shared with the board report) is laid out once and rendered to
//! Markdown and to HTML alike; counts are shown as the report holds them (with the language's
//! thousands separator), suppressed cells as "< 5".

use super::figure::Figure;
use super::html::{head, XMLNS};
use super::table::{Align, Cell, Table};
use crate::base::write::{put, Context, Html, Md, Svg, Term, Writer};
use crate::base::Lang;
use crate::monitor::{AreaTrend, Change, MonitorReport, OutputMonitor, ShownCount as Count};

/// A count as the report holds it: the number, or "< 5", or "≥ 40", with the language's
/// thousands separator.
fn count(c: Count, lang: Lang) -> Cell {
    match c {
        Count::Count(n) => Cell::figure(Figure::count(n, lang)),
        Count::Suppressed { below } => {
            Cell::words("< ").and_figure(Figure::count(below.into(), lang))
        }
        Count::AtLeast { at_least } => Cell::words("≥ ").and_figure(Figure::count(at_least, lang)),
    }
}

/// A count with its key when it is a number; as the report holds it otherwise.
fn keyed_count(key: String, c: Count, lang: Lang) -> Cell {
    match c {
        Count::Count(n) => Cell::keyed_count(key, n, lang),
        _ => count(c, lang),
    }
}

fn share(x: Option<f64>, lang: Lang) -> Cell {
    Cell::figure(x.map_or_else(Figure::none, |x| Figure::percent(x, lang)))
}

/// The key of a class of change in the figures of a report (`improvement`, …): its name in
/// JSON.
fn change_key(c: Change) -> String {
    serde_json::to_value(c)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// One row per class of change: label, count, share, interval, expected share; a count that
/// is a number keyed `monitor.{output}.{change}`.
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
            let key = format!("monitor.{}.{}", o.output, change_key(c.change));
            [
                Cell::words(c.change.label().get(lang)),
                keyed_count(key, c.count, lang),
                share(c.share.map(|i| i.share), lang),
                interval,
                share(expected, lang),
            ]
        })
        .collect()
}

/// The table of one output's classes of change: per class the count, the share, its 95%
/// interval and the share the personas expected. Key: `monitor.{output}.{change}` (the
/// count) for a count that is a number, `{change}` as in JSON (`improvement`, `slower_decline`).
pub(crate) fn monitor_table(o: &OutputMonitor, lang: Lang) -> Table {
    let mut table = Table::new(&[
        (lang.pick("verandering", "change"), Align::Left),
        (lang.pick("aantal", "count"), Align::Right),
        (lang.pick("aandeel", "share"), Align::Right),
        (lang.pick("95%-interval", "95% interval"), Align::Left),
        (
            lang.pick("verwacht (persona's)", "expected (personas)"),
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
    put!(w, (lang.pick("Monitorrapport", "Monitor report")), (" — "));
    if r.organisations.len() == 1 {
        put!(w, { r.organisations.join(", ") });
    } else {
        put!(
            w,
            [r.organisations.len()],
            (" "),
            (lang.pick("organisaties", "organisations"))
        );
    }
}

/// The note under the title: period, suppression, method.
fn note<C: Context>(w: &mut Writer<C>, r: &MonitorReport, lang: Lang) {
    let th = r.threshold.get();
    put!(
        w,
        (lang.pick("Periode ", "Period ")),
        { r.period.start.to_string() },
        (" – "),
        { r.period.end.to_string() },
        (lang.pick(". Aantallen onder ", ". Counts below ")),
        [th],
        (lang.pick(" staan er als “< ", " are shown as “< ")),
        [th],
        (lang.pick(
            "”, en ook wat ze zou verraden. Verandering per deelnemer met de reliable change index (Jacobson en Truax) tussen het eerste en laatste meetmoment; “minder snelle achteruitgang” alleen waar een verwacht verloop zonder de organisatie is opgegeven. Intervallen: 95% (Wilson). Gebiedscijfers staan ernaast, zonder claim dat de organisatie ze veroorzaakte.",
            "”, and so is whatever would reveal them. Change per participant with the reliable change index (Jacobson and Truax) between the first and last moment; “slower decline” only where an expected course without the organisation is given. Intervals: 95% (Wilson). Area figures are shown beside, with no claim that the organisation caused them."
        ))
    );
}

/// One area trend: where, what, the values by year, the unit and the source.
fn area_line<C: Context>(w: &mut Writer<C>, a: &AreaTrend, lang: Lang) {
    put!(w, { a.municipality });
    if let Some(n) = &a.neighbourhood {
        put!(w, (" ("), { n }, (")"));
    }
    put!(w, (", "), (a.indicator.label().get(lang)), (": "));
    for (i, p) in a.points.iter().enumerate() {
        if i > 0 {
            w.words(" → ");
        }
        put!(w, [p.year], (" "), [Figure::decimal(p.value, 1, lang)]);
    }
    put!(
        w,
        (" ("),
        { a.unit },
        ("; "),
        (lang.pick("bron:", "source:")),
        (" "),
        { a.source },
        (")")
    );
}

/// A story line: its ID, the kind of contribution and, where it may be shown, its text.
fn story<C: Context>(w: &mut Writer<C>, s: &crate::monitor::StoryLine, lang: Lang) {
    put!(
        w,
        { s.story.as_str() },
        (" ("),
        (s.contribution.label().get(lang)),
        (")")
    );
    if let Some(x) = &s.text {
        put!(w, (": "), { x.get(lang) });
    }
}

/// The monitor report as plain text for a terminal.
///
/// ```
/// use theory_of_value::base::Lang;
/// use theory_of_value::example;
/// let text = theory_of_value::render::monitor_text(example::monitor_report(), Lang::Nl);
/// assert!(text.contains("Gemeten: 150"));
/// ```
pub fn monitor_text(r: &MonitorReport, lang: Lang) -> String {
    let mut w = Writer::<Term>::new();
    title(&mut w, r, lang);
    w.newline();
    note(&mut w, r, lang);
    w.newline();
    for o in &r.outputs {
        output_text(&mut w, o, lang);
    }
    w.finish()
}

/// One output as terminal text: its statement, the number measured, a line per class of
/// change in columns, the stories, quotes and area trends.
fn output_text(w: &mut Writer<Term>, o: &OutputMonitor, lang: Lang) {
    put!(
        w,
        "\n",
        { o.statement.get(lang) },
        " (",
        { o.output.as_str() },
        ")\n  ",
        (lang.pick("Gemeten", "Measured")),
        ": "
    );
    count(o.measured, lang).put(w);
    w.newline();
    for [label, n, share, interval, expected] in rows(o, lang) {
        w.lit("  ");
        w.pad(label.writer(), 30, false).lit(" ");
        w.pad(n.writer(), 7, true).lit("  ");
        w.pad(share.writer(), 7, true).lit("  ");
        w.pad(interval.writer(), 17, false).lit("  ");
        put!(w, (lang.pick("verwacht", "expected")), " ");
        expected.put(w);
        w.newline();
    }
    for s in &o.stories {
        put!(w, "  ", (lang.pick("verhaal", "story")), " ");
        story(w, s, lang);
        w.newline();
    }
    for q in &o.quotes {
        put!(w, "  \"", { q.words.get(lang) }, "\"\n");
    }
    for a in &o.areas {
        w.lit("  ");
        area_line(w, a, lang);
        w.newline();
    }
}

/// The monitor report as Markdown: per output the number measured, a table of the classes of
/// change with shares, 95% intervals and the persona estimate beside them, the stories, the
/// quotes that may be shown and the area trends.
///
/// ```
/// use theory_of_value::base::Lang;
/// use theory_of_value::example;
/// let md = theory_of_value::render::monitor_markdown(example::monitor_report(), Lang::En);
/// assert!(md.starts_with("# Monitor report"));
/// assert!(md.contains("| improvement |"));
/// ```
pub fn monitor_markdown(r: &MonitorReport, lang: Lang) -> String {
    let mut w = Writer::<Md>::new();
    write_monitor(&mut w, r, lang);
    w.finish()
}

/// The monitor report in Markdown, written into `w` (whose headings may sit lower, inside a
/// larger document).
pub(crate) fn write_monitor(w: &mut Writer<Md>, r: &MonitorReport, lang: Lang) {
    w.heading(1);
    title(w, r, lang);
    w.lit("\n\n");
    note(w, r, lang);
    w.newline();
    for o in &r.outputs {
        output_markdown(w, o, lang);
    }
}

/// One output in Markdown: its statement, the number measured, the table, the stories, quotes
/// and area trends.
fn output_markdown(w: &mut Writer<Md>, o: &OutputMonitor, lang: Lang) {
    put!(
        w,
        "\n", [#2],
        { o.statement.get(lang) },
        " (`",
        { o.output.as_str() },
        "`)\n\n",
        (lang.pick("Gemeten", "Measured")),
        ": "
    );
    count(o.measured, lang).put(w);
    w.lit("\n\n");
    monitor_table(o, lang).to_markdown(w);
    if !o.stories.is_empty() {
        put!(w, "\n", (lang.pick("Verhalen", "Stories")), ":\n\n");
        for s in &o.stories {
            w.lit("- ");
            story(w, s, lang);
            w.newline();
        }
    }
    for q in &o.quotes {
        put!(w, "\n> ", { q.words.get(lang) }, "\n");
    }
    if !o.areas.is_empty() {
        put!(
            w,
            "\n",
            (lang.pick(
                "Gebiedstrends (ernaast, niet toegeschreven)",
                "Area trends (beside, not attributed)"
            )),
            ":\n\n"
        );
        for a in &o.areas {
            w.lit("- ");
            area_line(w, a, lang);
            w.newline();
        }
    }
}

const COLOURS: [&str; 5] = ["#2e7d32", "#1565c0", "#f9a825", "#c62828", "#9e9e9e"];

/// The chart's width, the height of a row, the left edge of the bars and the longest bar.
const WIDTH: f64 = 620.0;
const ROW: f64 = 22.0;
const LEFT: f64 = 200.0;
const BAR: f64 = 360.0;

/// A horizontal chart of one output: a bar per class of change with its 95% interval as a
/// whisker, and the persona estimate as a hollow bar beside it.
fn chart(w: &mut Writer<Html>, o: &OutputMonitor, lang: Lang) {
    let h = 10.0 + ROW * 5.0 + 20.0;
    let view_box = format!("0 0 {WIDTH:.1} {h:.1}");
    let attrs = [
        XMLNS,
        ("viewBox", (&view_box).into()),
        ("width", WIDTH.into()),
        ("height", h.into()),
        ("role", "img".into()),
        ("aria-label", o.statement.get(lang).into()),
    ];
    w.svg(&attrs, |s| {
        for (i, c) in o.changes.iter().enumerate() {
            let y = 10.0 + i as f64 * ROW;
            s.words_element(
                "text",
                &[
                    ("x", (LEFT - 6.0).into()),
                    ("y", (y + 13.0).into()),
                    ("text-anchor", "end".into()),
                    ("font-size", "12".into()),
                ],
                c.change.label().get(lang),
            );
            measured(s, c, y, lang);
            if let Some(e) = c.change.contribution().and_then(|k| o.expected_share(k)) {
                expected(s, e, y, lang);
            }
        }
        s.words_element(
            "text",
            &[
                ("x", LEFT.into()),
                ("y", (h - 4.0).into()),
                ("font-size", "10".into()),
                ("fill", "#555".into()),
            ],
            lang.pick(
                "balk: gemeten aandeel met 95%-interval; stippellijn: verwacht volgens de persona's",
                "bar: measured share with 95% interval; dashed: expected from the personas",
            ),
        );
    });
}

/// A class of change as measured, at `y`: with a share, a bar with its interval as a whisker
/// and the count and share beside it; without one, the count alone.
fn measured(s: &mut Writer<Svg>, c: &crate::monitor::ChangeCount, y: f64, lang: Lang) {
    let Some(iv) = c.share else {
        s.element(
            "text",
            &[
                ("x", LEFT.into()),
                ("y", (y + 13.0).into()),
                ("font-size", "11".into()),
                ("fill", "#555".into()),
            ],
            |s| count(c.count, lang).put(s),
        );
        return;
    };
    let colour = COLOURS[Change::ALL.iter().position(|x| *x == c.change).unwrap_or(4)];
    let rect = [
        ("x", LEFT.into()),
        ("y", (y + 2.0).into()),
        ("width", (iv.share * BAR).into()),
        ("height", "14".into()),
        ("fill", colour.into()),
    ];
    s.element("rect", &rect, |s| {
        s.element("title", &[], |s| {
            count(c.count, lang).put(s);
            put!(s, (" ("), [Figure::percent(iv.share, lang)], (")"));
        });
    });
    whisker(s, (LEFT + iv.low * BAR, LEFT + iv.high * BAR), y);
    let at = [
        ("x", (LEFT + BAR + 8.0).into()),
        ("y", (y + 13.0).into()),
        ("font-size", "11".into()),
    ];
    s.element("text", &at, |s| {
        count(c.count, lang).put(s);
        put!(s, (" · "), [Figure::percent(iv.share, lang)]);
    });
}

/// An interval from `x1` to `x2` as a whisker across the bar at `y`.
fn whisker(s: &mut Writer<Svg>, (x1, x2): (f64, f64), y: f64) {
    let (m, a, b) = (y + 9.0, y + 5.0, y + 13.0);
    s.void(
        "line",
        &[
            ("x1", x1.into()),
            ("x2", x2.into()),
            ("y1", m.into()),
            ("y2", m.into()),
            ("stroke", "#222".into()),
            ("stroke-width", "1.2".into()),
        ],
    );
    for x in [x1, x2] {
        s.void(
            "line",
            &[
                ("x1", x.into()),
                ("x2", x.into()),
                ("y1", a.into()),
                ("y2", b.into()),
                ("stroke", "#222".into()),
            ],
        );
    }
}

/// The share the personas expected, as a hollow dashed bar under the measured one at `y`.
fn expected(s: &mut Writer<Svg>, e: f64, y: f64, lang: Lang) {
    let rect = [
        ("x", LEFT.into()),
        ("y", (y + 16.0).into()),
        ("width", (e * BAR).into()),
        ("height", "4".into()),
        ("fill", "none".into()),
        ("stroke", "#000".into()),
        ("stroke-dasharray", "3 2".into()),
    ];
    s.element("rect", &rect, |s| {
        s.element("title", &[], |s| {
            put!(
                s,
                (lang.pick("verwacht", "expected")),
                (" "),
                [Figure::percent(e, lang)]
            );
        });
    });
}

const CSS: &str = r#"
body { font-family: system-ui, "DejaVu Sans", sans-serif; margin: 1.5rem; color: #111; max-width: 60rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
td, th { border-bottom: 1px solid #ddd; padding: .2rem .6rem; text-align: left; }
td.n { text-align: right; }
blockquote { border-left: 3px solid #888; margin: .5rem 0; padding-left: .8rem; font-style: italic; }
svg { max-width: 100%; height: auto; }
"#;

/// The monitor report as a standalone HTML page with a chart per output (measured shares with
/// their 95% intervals, the persona estimate dashed beside them), the tables, stories, quotes
/// and area trends.
///
/// ```
/// use theory_of_value::base::Lang;
/// use theory_of_value::example;
/// let page = theory_of_value::render::monitor_html(example::monitor_report(), Lang::Nl);
/// assert!(page.starts_with("<!doctype html>"));
/// assert!(page.contains("<svg"));
/// ```
pub fn monitor_html(r: &MonitorReport, lang: Lang) -> String {
    Writer::<Html>::page(lang, |w| {
        head(w, |w| title(w, r, lang), CSS);
        w.element("body", &[], |w| {
            w.newline();
            w.element("h1", &[], |w| title(w, r, lang));
            w.element("p", &[], |w| note(w, r, lang));
            for o in &r.outputs {
                output_section(w, o, lang);
            }
        });
    })
}

/// One output's section: its statement, the number measured, the chart, the table, the
/// stories, quotes and area trends.
fn output_section(w: &mut Writer<Html>, o: &OutputMonitor, lang: Lang) {
    w.element("section", &[], |w| {
        w.element("h2", &[], |w| {
            w.text(o.statement.get(lang)).words(" ");
            w.text_element("code", &[], o.output.as_str());
        });
        w.element("p", &[], |w| {
            w.words(lang.pick("Gemeten", "Measured")).words(": ");
            w.element("strong", &[], |w| count(o.measured, lang).put(w));
        });
        if o.measured != Count::Count(0) {
            chart(w, o, lang);
        }
        monitor_table(o, lang).without_keys().to_html(w);
        if !o.stories.is_empty() {
            w.words_element("h3", &[], lang.pick("Verhalen", "Stories"));
            w.element("ul", &[], |w| {
                for s in &o.stories {
                    w.element("li", &[], |w| story(w, s, lang));
                }
            });
        }
        for q in &o.quotes {
            w.text_element("blockquote", &[], q.words.get(lang));
        }
        if !o.areas.is_empty() {
            w.words_element(
                "h3",
                &[],
                lang.pick(
                    "Gebiedstrends (ernaast, niet toegeschreven)",
                    "Area trends (beside, not attributed)",
                ),
            );
            w.element("ul", &[], |w| {
                for a in &o.areas {
                    w.element("li", &[], |w| area_line(w, a, lang));
                }
            });
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::write::{Html, Writer};

    #[test]
    fn the_monitor_table_keys_its_counts_as_the_board_does() {
        let r = crate::example::monitor_report();
        for o in &r.outputs {
            let mut w = Writer::<Html>::new();
            monitor_table(o, Lang::En).to_html(&mut w);
            let page = w.finish();
            for c in &o.changes {
                let key = format!(
                    "data-figure=\"monitor.{}.{}\"",
                    o.output,
                    change_key(c.change)
                );
                match c.count {
                    Count::Count(n) => {
                        assert!(page.contains(&format!("{key} data-value=\"{n}\">{n}<")));
                    }
                    _ => assert!(!page.contains(&key)),
                }
            }
        }
        assert_eq!(change_key(Change::SlowerDecline), "slower_decline");
    }
}
