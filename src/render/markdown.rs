//! The Markdown outline of a ToV and the Markdown report of a value estimate.

use super::estimate_page::{self, Block};
use crate::base::write::{put, Md, Writer};
use crate::base::Lang;
use crate::model::{Layer, Level, TheoryOfValue};
use crate::value::{Estimate, PersonaSet};

/// The ToV as a Markdown outline: title, scope, authors, then each layer with its question.
///
/// Every text from the document is escaped for Markdown (see
/// [`escape::markdown`](crate::base::escape::markdown)): it reads as itself in any common
/// Markdown viewer and cannot add HTML, links, headings, list items or table rows.
///
/// ```
/// use theory_of_value::base::Lang;
/// use theory_of_value::{model::national, render};
/// let md = render::markdown(national(), Lang::En);
/// assert!(md.contains("## Output — How can we measure it?"));
/// assert!(md.contains("- Less loneliness"));
/// ```
pub fn markdown(tov: &TheoryOfValue, lang: Lang) -> String {
    let mut out = Writer::<Md>::new();
    front(&mut out, tov, lang);
    authors(&mut out, tov, lang);
    impact_and_outcomes(&mut out, tov, lang);
    outputs(&mut out, tov, lang);
    activities_and_inputs(&mut out, tov, lang);
    reach(&mut out, tov, lang);
    partners(&mut out, tov, lang);
    choices(&mut out, tov, lang);
    out.finish()
}

/// The title, and the scope, version and date in emphasis.
fn front(out: &mut Writer<Md>, tov: &TheoryOfValue, lang: Lang) {
    put!(out, [#1], { tov.title.get(lang) }, "\n\n");
    out.emphasis(|out| {
        out.words(lang.pick("Reikwijdte", "Scope")).lit(": ");
        match &tov.scope.organisation {
            Some(o) => {
                put!(out, { o }, " (");
                for (i, m) in tov.scope.municipalities.iter().enumerate() {
                    if i > 0 {
                        out.lit(", ");
                    }
                    out.text(m);
                }
                out.lit(")");
            }
            None => {
                out.text(tov.scope.level.label().get(lang));
            }
        }
        put!(
            out,
            "; ",
            (lang.pick("versie", "version")),
            " ",
            { tov.version },
            ", ",
            (lang.pick("datum", "dated")),
            " ",
            { tov.date.to_string() }
        );
    });
    out.lit("\n\n");
}

/// Who drafted the ToV, those with experiential knowledge marked.
fn authors(out: &mut Writer<Md>, tov: &TheoryOfValue, lang: Lang) {
    if tov.authors.is_empty() {
        return;
    }
    put!(out, (lang.pick("Opgesteld door", "Drafted by")), ":\n");
    for a in &tov.authors {
        put!(out, "- ", { a.name });
        if a.lived_experience {
            out.lit(" ")
                .words(lang.pick("(ervaringskennis)", "(experiential knowledge)"));
        }
        out.newline();
    }
    out.newline();
}

/// A layer's heading: its name and its question.
fn heading(out: &mut Writer<Md>, layer: Layer, lang: Lang) {
    put!(
        out,
        [#2],
        { layer.label().get(lang) },
        " — ",
        { layer.question().get(lang) },
        "\n\n"
    );
}

/// The impact, and the outcomes with their level.
fn impact_and_outcomes(out: &mut Writer<Md>, tov: &TheoryOfValue, lang: Lang) {
    heading(out, Layer::Impact, lang);
    if let Some(i) = &tov.impact {
        put!(out, { i.statement.get(lang) }, "\n\n");
    }
    heading(out, Layer::Outcome, lang);
    for o in &tov.outcomes {
        out.lit("- ").strong(|out| {
            out.text(o.level.label().get(lang));
        });
        put!(out, ": ", { o.statement.get(lang) }, "\n");
    }
    out.newline();
}

/// The outputs per level, each with the kinds of contribution it makes.
fn outputs(out: &mut Writer<Md>, tov: &TheoryOfValue, lang: Lang) {
    heading(out, Layer::Output, lang);
    for level in Level::ALL {
        let mut items = tov.outputs.iter().filter(|o| o.level == level).peekable();
        if items.peek().is_none() {
            continue;
        }
        put!(out, [#3], { level.label().get(lang) }, "\n\n");
        for o in items {
            put!(out, "- ", { o.statement.get(lang) }, " ");
            out.emphasis(|out| {
                out.lit("(");
                for (i, k) in o.contributions.iter().enumerate() {
                    if i > 0 {
                        out.lit(", ");
                    }
                    out.text(k.label().get(lang));
                }
                out.lit(")");
            });
            out.newline();
        }
        out.newline();
    }
}

/// The activities, building blocks marked, and the inputs.
fn activities_and_inputs(out: &mut Writer<Md>, tov: &TheoryOfValue, lang: Lang) {
    heading(out, Layer::Activity, lang);
    for a in &tov.activities {
        put!(out, "- ", { a.display_label().get(lang) });
        if a.kind.building_block().is_some() {
            out.lit(" — ")
                .words(lang.pick("bouwsteen", "building block"));
        }
        out.newline();
    }
    out.newline();
    heading(out, Layer::Input, lang);
    for i in &tov.inputs {
        let label = i.display_label();
        put!(
            out,
            "- ",
            { i.description.as_ref().unwrap_or(&label).get(lang) },
            "\n"
        );
    }
}

/// The reach, which is not output.
fn reach(out: &mut Writer<Md>, tov: &TheoryOfValue, lang: Lang) {
    if tov.reach.is_empty() {
        return;
    }
    put!(
        out,
        "\n", [#2],
        (lang.pick("Bereik (geen output)", "Reach (not output)")),
        "\n\n"
    );
    for r in &tov.reach {
        let label = r.label.clone().unwrap_or_else(|| r.kind.label().into());
        put!(out, "- ", { label.get(lang) }, "\n");
    }
}

/// The partners (characteristic 10) and the activities they take part in.
fn partners(out: &mut Writer<Md>, tov: &TheoryOfValue, lang: Lang) {
    if tov.partners.is_empty() {
        return;
    }
    out.newline().heading(2).words("Partners").lit("\n\n");
    for p in &tov.partners {
        put!(out, "- ", { p.name });
        match (&p.label, p.kind) {
            (Some(label), _) => put!(out, " (", { label.get(lang) }, ")"),
            (None, Some(kind)) => put!(out, " (", { kind.label().get(lang) }, ")"),
            (None, None) => {}
        }
        for (i, id) in p.activities.iter().enumerate() {
            if i == 0 {
                out.lit(": ")
                    .words(lang.pick("doet mee aan", "takes part in"))
                    .lit(" ");
            } else {
                out.lit(", ");
            }
            match tov.activities.iter().find(|a| a.id == *id) {
                Some(a) => out.text(a.display_label().get(lang)),
                None => out.text(id.as_str()),
            };
        }
        out.newline();
    }
}

/// The deliberate choices of a local ToV.
fn choices(out: &mut Writer<Md>, tov: &TheoryOfValue, lang: Lang) {
    if tov.choices.is_empty() {
        return;
    }
    out.newline()
        .heading(2)
        .words(lang.pick("Bewuste keuzes", "Deliberate choices"))
        .lit("\n\n");
    for c in &tov.choices {
        put!(
            out,
            "- ",
            { c.element.as_str() },
            ": ",
            { c.reason.get(lang) },
            "\n"
        );
    }
}

/// A value estimate as a Markdown report a person can check by hand: people per output (with a
/// bar per output), and care costs avoided line by line, gross and net.
///
/// Persona names, output statements and care labels are escaped for Markdown, so they cannot
/// add a heading, a table row or cell (such as a forged total), HTML or a link.
///
/// ```
/// use theory_of_value::base::Lang;
/// use theory_of_value::{example, model::national, render};
/// let md = render::estimate_markdown(example::estimate(), national(), example::persona_set(), Lang::Nl);
/// assert!(md.contains("€ 151.802,40"));
/// ```
pub fn estimate_markdown(
    e: &Estimate,
    tov: &TheoryOfValue,
    set: &PersonaSet,
    lang: Lang,
) -> String {
    let mut out = Writer::<Md>::new();
    write_estimate(&mut out, e, tov, set, lang);
    out.finish()
}

/// The value estimate report in Markdown, written into `out` (whose headings may sit lower,
/// inside a larger document).
pub(crate) fn write_estimate(
    out: &mut Writer<Md>,
    e: &Estimate,
    tov: &TheoryOfValue,
    set: &PersonaSet,
    lang: Lang,
) {
    let report = estimate_page::estimate(e, tov, set, lang);
    put!(out, [#1], (report.title), "\n\n");
    for block in &report.blocks {
        match block {
            Block::Heading(h) => put!(out, [#2], (*h), "\n\n"),
            Block::Para(p) => put!(out, { p }, "\n\n"),
            Block::Sub(s) => {
                out.strong(|out| {
                    out.text(s);
                });
                out.lit("\n\n");
            }
            Block::List(items) => {
                for item in items {
                    put!(out, "- ", { item }, "\n");
                }
                out.newline();
            }
            Block::Table(table) => {
                table.to_markdown(out);
                out.newline();
            }
        }
    }
    out.end_line();
}
