//! The front page: the title, the ToV's identity, the errors of a forced report, and the
//! contents.

use super::documents::DocumentCheck;
use super::figures::Figures;
use super::parts::{para, SECTIONS};
use crate::base::write::{put, Html, Writer};
use crate::base::{Lang, Severity};

/// Writes the front page.
pub(super) fn write(w: &mut Writer<Html>, f: &Figures<'_>, l: Lang) {
    let tov = f.docs.tov;
    w.element("header", &[], |w| {
        w.text_element("h1", &[], &f.organisation(l));
        w.words_element(
            "p",
            &[("class", "subtitle".into())],
            l.pick(
                "Onze waarde: rapport voor bestuur, deelnemersraad en financiers",
                "Our value: a report for the board, the participants' council and funders",
            ),
        );
        w.element("p", &[("class", "meta".into())], |w| {
            put!(
                w,
                { tov.title.get(l) },
                (" · "),
                (l.pick("versie", "version")),
                (" "),
                { tov.version },
                (" · "),
                { tov.date.to_string() }
            );
        });
    });
    errors(w, f, l);
    w.element(
        "nav",
        &[("aria-label", l.pick("Inhoud", "Contents").into())],
        |w| {
            w.element("ol", &[("class", "toc".into())], |w| {
                for (id, nl, en) in SECTIONS {
                    let href = format!("#{id}");
                    w.element("li", &[], |w| {
                        w.words_element("a", &[("href", (&href).into())], l.pick(nl, en));
                    });
                }
            });
        },
    );
}

/// The errors of a report written despite them, each with its document.
fn errors(w: &mut Writer<Html>, f: &Figures<'_>, l: Lang) {
    let errors: Vec<&DocumentCheck> = f.checks.iter().filter(|c| c.report.has_errors()).collect();
    if errors.is_empty() {
        return;
    }
    w.element(
        "section",
        &[
            ("class", "errors".into()),
            ("aria-labelledby", "errors".into()),
        ],
        |w| {
            w.words_element(
                "h2",
                &[("id", "errors".into())],
                l.pick(
                    "Let op: de documenten bevatten fouten",
                    "Warning: the documents contain errors",
                ),
            );
            para(
                w,
                l.pick(
                    "Dit rapport is geschreven ondanks fouten in de documenten. De cijfers hieronder kunnen daardoor onvolledig of onjuist zijn.",
                    "This report was written despite errors in the documents. The figures below may be incomplete or wrong because of them.",
                ),
            );
            w.element("ul", &[], |w| {
                for c in errors {
                    for e in c
                        .report
                        .findings
                        .iter()
                        .filter(|e| e.severity == Severity::Error)
                    {
                        w.element("li", &[], |w| {
                            put!(w, { c.document.get(l) }, (" "), { c.id }, (": "), {
                                e.render(l)
                            });
                        });
                    }
                }
            });
        },
    );
}
