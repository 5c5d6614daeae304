//! The markdown rendering.

use super::estimate_page::{self, Block};
use super::safe::{put, Md, Writer};
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
/// use theory_of_value::{national, Lang};
/// use theory_of_value::render;
/// let md = render::markdown(national(), Lang::En);
/// assert!(md.contains("## Output — How can we measure it?"));
/// assert!(md.contains("- Less loneliness"));
/// ```
pub fn markdown(tov: &TheoryOfValue, lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    let mut out = Writer::<Md>::new();
    put!(out, "# ", { tov.title.get(lang) }, "\n\n*");
    out.text(if nl { "Reikwijdte" } else { "Scope" }).lit(": ");
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
        {
            if nl {
                "versie"
            } else {
                "version"
            }
        },
        " ",
        { tov.version },
        ", ",
        {
            if nl {
                "datum"
            } else {
                "dated"
            }
        },
        " ",
        { tov.date.to_string() },
        "*\n\n"
    );
    if !tov.authors.is_empty() {
        put!(
            out,
            {
                if nl {
                    "Opgesteld door"
                } else {
                    "Drafted by"
                }
            },
            ":\n"
        );
        for a in &tov.authors {
            put!(out, "- ", { a.name });
            if a.lived_experience {
                out.lit(" ").text(if nl {
                    "(ervaringskennis)"
                } else {
                    "(experiential knowledge)"
                });
            }
            out.lit("\n");
        }
        out.lit("\n");
    }
    let heading = |out: &mut Writer<Md>, layer: Layer| {
        put!(
            out,
            "## ",
            { layer.label().get(lang) },
            " — ",
            { layer.question().get(lang) },
            "\n\n"
        );
    };
    heading(&mut out, Layer::Impact);
    if let Some(i) = &tov.impact {
        put!(out, { i.statement.get(lang) }, "\n\n");
    }
    heading(&mut out, Layer::Outcome);
    for o in &tov.outcomes {
        put!(
            out,
            "- **",
            { o.level.label().get(lang) },
            "**: ",
            { o.statement.get(lang) },
            "\n"
        );
    }
    out.lit("\n");
    heading(&mut out, Layer::Output);
    for level in Level::ALL {
        let mut items = tov.outputs.iter().filter(|o| o.level == level).peekable();
        if items.peek().is_none() {
            continue;
        }
        put!(out, "### ", { level.label().get(lang) }, "\n\n");
        for o in items {
            put!(out, "- ", { o.statement.get(lang) }, " *(");
            for (i, k) in o.contributions.iter().enumerate() {
                if i > 0 {
                    out.lit(", ");
                }
                out.text(k.label().get(lang));
            }
            out.lit(")*\n");
        }
        out.lit("\n");
    }
    heading(&mut out, Layer::Activity);
    for a in &tov.activities {
        put!(out, "- ", { a.display_label().get(lang) });
        if a.kind.building_block().is_some() {
            out.lit(" — ")
                .text(if nl { "bouwsteen" } else { "building block" });
        }
        out.lit("\n");
    }
    out.lit("\n");
    heading(&mut out, Layer::Input);
    for i in &tov.inputs {
        let label = i.display_label();
        put!(
            out,
            "- ",
            { i.description.as_ref().unwrap_or(&label).get(lang) },
            "\n"
        );
    }
    if !tov.reach.is_empty() {
        put!(
            out,
            "\n## ",
            {
                if nl {
                    "Bereik (geen output)"
                } else {
                    "Reach (not output)"
                }
            },
            "\n\n"
        );
        for r in &tov.reach {
            let label = r.label.clone().unwrap_or_else(|| r.kind.label().into());
            put!(out, "- ", { label.get(lang) }, "\n");
        }
    }
    partners_and_choices(&mut out, tov, lang);
    out.finish()
}

/// The partners (characteristic 10) and the deliberate choices of a local ToV.
fn partners_and_choices(out: &mut Writer<Md>, tov: &TheoryOfValue, lang: Lang) {
    let nl = lang == Lang::Nl;
    if !tov.partners.is_empty() {
        out.lit("\n## ").text("Partners").lit("\n\n");
        for p in &tov.partners {
            put!(out, "- ", { p.name });
            match (&p.label, p.kind) {
                (Some(label), _) => {
                    put!(out, " (", { label.get(lang) }, ")");
                }
                (None, Some(kind)) => {
                    put!(out, " (", { kind.label().get(lang) }, ")");
                }
                (None, None) => {}
            }
            for (i, id) in p.activities.iter().enumerate() {
                out.lit(if i == 0 { ": " } else { ", " });
                if i == 0 {
                    out.text(if nl { "doet mee aan" } else { "takes part in" })
                        .lit(" ");
                }
                match tov.activities.iter().find(|a| a.id == *id) {
                    Some(a) => out.text(a.display_label().get(lang)),
                    None => out.text(id.as_str()),
                };
            }
            out.lit("\n");
        }
    }
    if !tov.choices.is_empty() {
        out.lit("\n## ")
            .text(if nl {
                "Bewuste keuzes"
            } else {
                "Deliberate choices"
            })
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
}

/// A value estimate as a Markdown report a person can check by hand: people per output (with a
/// bar per output), and care costs avoided line by line, gross and net.
///
/// Persona names, output statements and care labels are escaped for Markdown, so they cannot
/// add a heading, a table row or cell (such as a forged total), HTML or a link.
///
/// ```
/// use theory_of_value::{example, national, Lang};
/// use theory_of_value::render;
/// let md = render::estimate_markdown(example::estimate(), national(), example::persona_set(), Lang::Nl);
/// assert!(md.contains("€ 151.802,40"));
/// ```
pub fn estimate_markdown(
    e: &Estimate,
    tov: &TheoryOfValue,
    set: &PersonaSet,
    lang: Lang,
) -> String {
    let report = estimate_page::estimate(e, tov, set, lang);
    let mut out = Writer::<Md>::new();
    put!(out, "# ", { report.title }, "\n\n");
    for block in &report.blocks {
        match block {
            Block::Heading(h) => put!(out, "## ", { h }, "\n\n"),
            Block::Para(p) => put!(out, { p }, "\n\n"),
            Block::Sub(s) => put!(out, "**", { s }, "**\n\n"),
            Block::List(items) => {
                for item in items {
                    put!(out, "- ", { item }, "\n");
                }
                out.lit("\n");
            }
            Block::Table { columns, rows } => {
                out.lit("|");
                for c in columns {
                    put!(out, " ", { c.head }, " |");
                }
                out.lit("\n|");
                for c in columns {
                    out.lit(if c.numeric { "---:|" } else { "---|" });
                }
                out.lit("\n");
                for row in rows {
                    out.lit("|");
                    for (cell, c) in row.iter().zip(columns) {
                        out.lit(" ");
                        if cell.text.is_empty() {
                        } else if c.bar {
                            put!(out, "`", { cell.text }, "`");
                        } else if cell.strong {
                            put!(out, "**", { cell.text }, "**");
                        } else {
                            out.text(&cell.text);
                        }
                        out.lit(" |");
                    }
                    out.lit("\n");
                }
                out.lit("\n");
            }
        }
    }
    let mut s = out.finish();
    s.truncate(s.trim_end().len());
    s.push('\n');
    s
}
