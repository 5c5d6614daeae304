//! The report an organisation hands its board, its participants' council and its funders: one
//! self-contained HTML file (no external requests, fonts or scripts; it works offline and
//! prints to A4) built from the organisation's documents, in Dutch or English.
//!
//! How it is made, one file each:
//!
//! - `documents`: what goes in — [`Documents`], [`OnErrors`], and the [`checks`] of every
//!   document ([`DocumentCheck`]; [`Refused`] when a report is not written).
//! - `figures`: everything the report shows, computed once from the documents before anything
//!   is written — the checks, the value estimate, the comparison with the reference ToV, the
//!   funding totals and the wrong pocket, the self-assessment's summary and change, the
//!   ijkpunten, the sources — with `index`, the elements of a ToV by ID.
//! - one file per section, each writing only what `figures` holds: `front` (the title, the
//!   errors of a forced report, the contents), `who` (1 who we are), `tov` (2 our Theory of
//!   Value), `reference` (3 against the national ToV), `measured` (4 what we measured), `worth`
//!   (5 what it is worth; with `worth::payers` and `worth::funding`), `work` (6 how we work)
//!   and `made` (7 how this was made);
//! - `parts` and `chart`: the pieces the sections share (a numbered section, the line that
//!   says what would fill a part, keyed figures, the bar chart); `style.css`: the style sheet.
//!
//! The page is written with the crate's one writer (`base::write`): elements nest as
//! closures, document text is escaped, charts are inline SVG written in the SVG context, the
//! chain is the SVG renderer's finished picture, and tables are the one table type
//! (`render::table`); the tables of the payers, the wrong pocket, the funding per kind of
//! funder and the monitor are the renderings' own layouts (`render::payer_tables`, …), so a
//! figure reads the same in the report and in `tov estimate` or `tov monitor`. A section whose documents are missing says in one line what would fill
//! it. Every figure is the library's own result (the estimate, the comparison, the assessment
//! summary…), written with a `data-figure` key and a `data-value` so it can be checked; every
//! chart is inline SVG with a title and a description that carry its figures, next to a table
//! of the same figures.
//!
//! ```
//! use theory_of_value::{base::Lang, example};
//! use theory_of_value::board::{self, Documents, OnErrors};
//!
//! let docs = Documents::new(example::local_tov())
//!     .with_personas(example::persona_set())
//!     .with_census(example::census())
//!     .with_measurement_plan(example::measurement_plan())
//!     .with_assessment(example::assessment_2026())
//!     .with_earlier_assessment(example::assessment_2025());
//! let page = board::html(&docs, Lang::En, OnErrors::Refuse)?;
//! assert!(page.starts_with("<!doctype html>"));
//! assert!(page.contains("What it is worth"));
//! // Self-contained: nothing for the browser to fetch.
//! assert!(!page.contains("<script") && !page.contains(" src="));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod chart;
mod documents;
mod figures;
mod front;
mod index;
mod made;
mod measured;
mod parts;
mod reference;
mod tov;
mod who;
mod work;
mod worth;

pub use documents::{DocumentCheck, Documents, OnErrors, Refused};

use crate::base::write::{Html, Writer};
use crate::base::Lang;
use figures::Figures;

/// Writes the report as one self-contained HTML page in `lang`.
///
/// # Errors
/// [`Refused`] when a document has errors and `on_errors` is [`OnErrors::Refuse`]. With
/// [`OnErrors::Show`] the report is written and its first page lists the errors.
///
/// ```
/// use theory_of_value::{base::Lang, model::national};
/// use theory_of_value::board::{self, Documents, OnErrors};
/// let page = board::html(&Documents::new(national()), Lang::Nl, OnErrors::Refuse)?;
/// assert!(page.contains("<h2 id=\"s1\">1. Wie we zijn</h2>"));
/// assert!(page.contains("Wat het waard is"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn html(docs: &Documents<'_>, lang: Lang, on_errors: OnErrors) -> Result<String, Refused> {
    let f = Figures::new(docs);
    let errors = f.checks.iter().any(|c| c.report.has_errors());
    if errors && on_errors == OnErrors::Refuse {
        return Err(Refused { checks: f.checks });
    }
    Ok(Writer::<Html>::page(lang, |w| {
        w.element("head", &[], |w| {
            w.void("meta", &[("charset", "utf-8".into())]);
            w.void(
                "meta",
                &[
                    ("name", "viewport".into()),
                    ("content", "width=device-width, initial-scale=1".into()),
                ],
            );
            w.text_element("title", &[], &f.title(lang));
            w.style(include_str!("style.css"));
        });
        w.element("body", &[], |w| {
            front::write(w, &f, lang);
            w.element("main", &[], |w| {
                who::write(w, &f, lang);
                tov::write(w, &f, lang);
                reference::write(w, &f, lang);
                measured::write(w, &f, lang);
                worth::write(w, &f, lang);
                work::write(w, &f, lang);
                made::write(w, &f, lang);
            });
        });
    }))
}

/// Validates every document of a report, and each against the ones it names: the ToV; the
/// persona set against the ToV it is written on; the census against the persona set; the
/// estimate (a figure too large to compute); the measurement plan against the ToV; the
/// self-assessments and their change; the comparison with the reference ToV.
///
/// ```
/// use theory_of_value::board::{checks, Documents};
/// let all = checks(&Documents::new(theory_of_value::model::national()));
/// assert_eq!(all.len(), 1); // the national ToV is its own reference: nothing to compare
/// ```
pub fn checks(docs: &Documents<'_>) -> Vec<DocumentCheck> {
    Figures::new(docs).checks
}
