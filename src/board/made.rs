//! Section 7, how this was made: the sources, the assumptions, the crate's version, and the
//! validation of every document with its findings.

use super::documents::DocumentCheck;
use super::figures::Figures;
use super::parts::{para, section};
use crate::base::write::{Html, Writer};
use crate::base::{Finding, Lang, Severity};
use crate::model::SourceRef;
use crate::render::table::{Align, Cell, Table};

/// Writes section 7.
pub(super) fn write(w: &mut Writer<Html>, f: &Figures<'_>, l: Lang) {
    section(w, 7, l, |w| {
        w.words_element("h3", &[], l.pick("Bronnen", "Sources"));
        w.element("ul", &[], |w| {
            for s in f.sources.iter().filter(|s| !is_assumption(s)) {
                w.text_element("li", &[], &show(s));
            }
        });
        w.words_element("h3", &[], l.pick("Aannames", "Assumptions"));
        para(
            w,
            l.pick(
                "Wat geen bron heeft, is een aanname en staat hier als zodanig.",
                "What has no source is an assumption and is listed here as such.",
            ),
        );
        assumptions(w, f, l);
        w.words_element("h3", &[], l.pick("Gemaakt met", "Made with"));
        para(w, concat!("theory-of-value ", env!("CARGO_PKG_VERSION")));
        w.words_element("h3", &[], l.pick("Validatie", "Validation"));
        checks_table(&f.checks, l).to_html(w);
        findings(w, f, l);
    });
}

/// A source reference as a reader reads it: the document, and the section in it.
fn show(s: &SourceRef) -> String {
    match &s.section {
        Some(section) => format!("{} — {}", s.document, section),
        None => s.document.to_string(),
    }
}

/// Whether a source reference says it is an assumption rather than a source.
fn is_assumption(s: &SourceRef) -> bool {
    let text = format!("{} {}", s.document, s.section.as_deref().unwrap_or("")).to_lowercase();
    text.contains("aanname") || text.contains("assumption")
}

/// The assumptions the documents name, then the crate's own.
fn assumptions(w: &mut Writer<Html>, f: &Figures<'_>, l: Lang) {
    w.element("ul", &[], |w| {
        for s in f.sources.iter().filter(|s| is_assumption(s)) {
            w.element("li", &[], |w| {
                w.words_element(
                    "strong",
                    &[],
                    l.pick(
                        "Aanname in de documenten: ",
                        "Assumption in the documents: ",
                    ),
                );
                w.text(&show(s));
            });
        }
        for (nl, en) in [
            (
                "De Engelse teksten bij Nederlandse brontekst zijn vertalingen van de crate zelf.",
                "The English glosses of Dutch source text are the crate's own translations.",
            ),
            (
                "De gewichten van de sterkte (1 beperkt tot 4 sterk) en de rekenwijze van de schatting (correcties zoals in een SROI-waardekaart, afronding per stap) zijn keuzes van de crate.",
                "The strength weights (1 slight to 4 strong) and the way the estimate is computed (adjustments as in an SROI value map, rounding at each step) are choices of the crate.",
            ),
        ] {
            w.element("li", &[], |w| {
                w.words_element(
                    "strong",
                    &[],
                    l.pick("Aanname van de crate: ", "Assumption of the crate: "),
                );
                w.words(l.pick(nl, en));
            });
        }
    });
}

/// The number of errors, warnings and notes per document.
fn checks_table(checks: &[DocumentCheck], l: Lang) -> Table {
    let mut table = Table::new(&[
        (l.pick("Document", "Document"), Align::Left),
        (l.pick("Fouten", "Errors"), Align::Right),
        (l.pick("Waarschuwingen", "Warnings"), Align::Right),
        (l.pick("Informatie", "Info"), Align::Right),
    ]);
    for (i, c) in checks.iter().enumerate() {
        let mut row = vec![Cell::words(c.document.get(l))
            .and_words(" ")
            .and_text(&c.id)];
        for (k, s) in [
            ("errors", Severity::Error),
            ("warnings", Severity::Warning),
            ("info", Severity::Info),
        ] {
            row.push(Cell::keyed_count(
                format!("check.{i}.{k}"),
                c.report.count(s) as u64,
                l,
            ));
        }
        table.row(row);
    }
    table
}

/// Every finding of every document.
fn findings(w: &mut Writer<Html>, f: &Figures<'_>, l: Lang) {
    let findings: Vec<(&DocumentCheck, &Finding)> = f
        .checks
        .iter()
        .flat_map(|c| c.report.findings.iter().map(move |x| (c, x)))
        .collect();
    if findings.is_empty() {
        return;
    }
    w.words_element("h4", &[], l.pick("Bevindingen", "Findings"));
    w.element("ul", &[("class", "findings".into())], |w| {
        for (c, x) in findings {
            w.text_element(
                "li",
                &[],
                &format!("{} {}: {}", c.document.get(l), c.id, x.render(l)),
            );
        }
    });
}
