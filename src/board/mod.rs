//! The report an organisation hands its board, its participants' council and its funders: one
//! self-contained HTML file (no external requests, fonts or scripts; it works offline and
//! prints to A4) built from the organisation's documents, in Dutch or English.
//!
//! The sections, one function each: 1 who we are, 2 our Theory of Value, 3 against the
//! national ToV, 4 what we measured, 5 what it is worth, 6 how we work, 7 how this was made.
//! A section whose documents are missing says in one line what would fill it. Every figure is
//! the library's own result (the estimate, the comparison, the assessment summary…), written
//! with a `data-figure` key and a `data-value` so it can be checked; every chart is inline SVG
//! with a title and a description that carry its figures, next to a table of the same figures.
//!
//! ```
//! use theory_of_value::{example, Lang};
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

mod documents;
mod figures;
mod index;
mod writer;

pub use documents::{checks, DocumentCheck, Documents, OnErrors, Refused};

use crate::assess::{Assessment, AssessmentLevel};
use crate::base::{Lang, Severity};
use crate::model::{ijkpunt_coverage, Layer, Level, SourceRef};
use crate::value::{percent, Census, Estimate, Money, PersonaSet, MOVEMENT_FUNDING};
use figures::{sources, Figures};
use index::Index;
use writer::Writer;

/// Writes the report as one self-contained HTML page in `lang`.
///
/// # Errors
/// [`Refused`] when a document has errors and `on_errors` is [`OnErrors::Refuse`]. With
/// [`OnErrors::Show`] the report is written and its first page lists the errors.
///
/// ```
/// use theory_of_value::{national, Lang};
/// use theory_of_value::board::{self, Documents, OnErrors};
/// let page = board::html(&Documents::new(national()), Lang::Nl, OnErrors::Refuse)?;
/// assert!(page.contains("<h2 id=\"s1\">1. Wie we zijn</h2>"));
/// assert!(page.contains("Wat het waard is"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn html(docs: &Documents<'_>, lang: Lang, on_errors: OnErrors) -> Result<String, Refused> {
    let cx = Figures::new(docs);
    let errors = cx.checks.iter().any(|c| c.report.has_errors());
    if errors && on_errors == OnErrors::Refuse {
        return Err(Refused { checks: cx.checks });
    }
    let mut w = Writer::new();
    let l = lang;
    w.open("html", &[("lang", &lang.to_string())]);
    w.open("head", &[]);
    w.void("meta", &[("charset", "utf-8")]);
    w.void(
        "meta",
        &[
            ("name", "viewport"),
            ("content", "width=device-width, initial-scale=1"),
        ],
    );
    w.el("title", &[], &cx.title(l));
    w.style(include_str!("style.css"));
    w.close("head");
    w.open("body", &[]);
    front_page(&mut w, &cx, l);
    w.open("main", &[]);
    section_who(&mut w, &cx, l);
    section_tov(&mut w, &cx, l);
    section_reference(&mut w, &cx, l);
    section_measured(&mut w, &cx, l);
    section_worth(&mut w, &cx, l);
    section_work(&mut w, &cx, l);
    section_made(&mut w, &cx, l);
    w.close("main");
    w.close("body");
    w.close("html");
    Ok(w.finish())
}

fn t(lang: Lang, nl: &'static str, en: &'static str) -> &'static str {
    if lang == Lang::Nl {
        nl
    } else {
        en
    }
}

/// A whole number with the thousands separator of `lang`.
fn count(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    let sep = if lang == Lang::Nl { '.' } else { ',' };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A number with two decimals, with a decimal comma in Dutch; the machine value keeps a point.
fn decimal(x: f64, lang: Lang) -> (String, String) {
    let s = format!("{x:.2}");
    let shown = if lang == Lang::Nl {
        s.replace('.', ",")
    } else {
        s.clone()
    };
    (s, shown)
}

fn count_figure(w: &mut Writer, key: &str, n: u64, lang: Lang) {
    w.figure(key, &n.to_string(), &count(n, lang));
}

fn money_figure(w: &mut Writer, key: &str, m: Money, lang: Lang) {
    w.figure(key, &m.cents().to_string(), &m.format(lang));
}

/// A section's heading, numbered, with an id for the table of contents.
fn heading(w: &mut Writer, id: &'static str, number: u8, title: &str) {
    w.el("h2", &[("id", id)], &format!("{number}. {title}"));
}

/// The one line that says what would fill a part of the report.
fn missing(w: &mut Writer, text: &str) {
    w.el("p", &[("class", "missing")], text);
}

const SECTIONS: [(&str, &str, &str); 7] = [
    ("s1", "Wie we zijn", "Who we are"),
    ("s2", "Onze Theory of Value", "Our Theory of Value"),
    ("s3", "Tegen de landelijke ToV", "Against the national ToV"),
    ("s4", "Wat we maten", "What we measured"),
    ("s5", "Wat het waard is", "What it is worth"),
    ("s6", "Hoe we werken", "How we work"),
    ("s7", "Hoe dit is gemaakt", "How this was made"),
];

fn section_title(n: usize, lang: Lang) -> &'static str {
    let (_, nl, en) = SECTIONS[n - 1];
    t(lang, nl, en)
}

/// The title, the ToV's identity, the errors of a forced report, and the contents.
fn front_page(w: &mut Writer, cx: &Figures<'_>, l: Lang) {
    let tov = cx.docs.tov;
    w.open("header", &[]);
    w.el("h1", &[], &cx.organisation(l));
    w.el(
        "p",
        &[("class", "subtitle")],
        t(
            l,
            "Onze waarde: rapport voor bestuur, deelnemersraad en financiers",
            "Our value: a report for the board, the participants' council and funders",
        ),
    );
    w.el(
        "p",
        &[("class", "meta")],
        &format!(
            "{} · {} {} · {}",
            tov.title.get(l),
            t(l, "versie", "version"),
            tov.version,
            tov.date
        ),
    );
    w.close("header");
    let errors: Vec<&DocumentCheck> = cx.checks.iter().filter(|c| c.report.has_errors()).collect();
    if !errors.is_empty() {
        w.open(
            "section",
            &[("class", "errors"), ("aria-labelledby", "errors")],
        );
        w.el(
            "h2",
            &[("id", "errors")],
            t(
                l,
                "Let op: de documenten bevatten fouten",
                "Warning: the documents contain errors",
            ),
        );
        w.el(
            "p",
            &[],
            t(
                l,
                "Dit rapport is geschreven ondanks fouten in de documenten. De cijfers hieronder kunnen daardoor onvolledig of onjuist zijn.",
                "This report was written despite errors in the documents. The figures below may be incomplete or wrong because of them.",
            ),
        );
        w.open("ul", &[]);
        for c in errors {
            for f in c
                .report
                .findings
                .iter()
                .filter(|f| f.severity == Severity::Error)
            {
                w.el(
                    "li",
                    &[],
                    &format!("{} {}: {}", c.document.get(l), c.id, f.render(l)),
                );
            }
        }
        w.close("ul");
        w.close("section");
    }
    w.open("nav", &[("aria-label", t(l, "Inhoud", "Contents"))]);
    w.open("ol", &[("class", "toc")]);
    for (id, nl, en) in SECTIONS {
        w.open("li", &[]);
        w.open("a", &[("href", &format!("#{id}"))]);
        w.text(t(l, nl, en));
        w.close("a");
        w.close("li");
    }
    w.close("ol");
    w.close("nav");
}

/// Section 1: Who we are: organisation, scope, authors (lived experience marked), date and version.
fn section_who(w: &mut Writer, cx: &Figures<'_>, l: Lang) {
    let tov = cx.docs.tov;
    w.open("section", &[("aria-labelledby", "s1")]);
    heading(w, "s1", 1, section_title(1, l));
    w.open("dl", &[]);
    let row = |w: &mut Writer, term: &str, value: &str| {
        w.el("dt", &[], term);
        w.el("dd", &[], value);
    };
    row(w, t(l, "Organisatie", "Organisation"), &cx.organisation(l));
    row(w, t(l, "Niveau", "Scope"), tov.scope.level.label().get(l));
    if !tov.scope.municipalities.is_empty() {
        row(
            w,
            t(l, "Gemeenten", "Municipalities"),
            &tov.scope.municipalities.join(", "),
        );
    }
    if let Some(region) = &tov.scope.region {
        row(w, t(l, "Regio", "Region"), region);
    }
    row(
        w,
        t(l, "Theory of Value", "Theory of Value"),
        tov.title.get(l),
    );
    row(w, t(l, "Versie", "Version"), &tov.version);
    row(w, t(l, "Datum", "Date"), &tov.date.to_string());
    if let Some(r) = &tov.refines {
        let name = if *r == cx.docs.reference.id {
            cx.docs.reference.title.get(l).to_owned()
        } else {
            r.to_string()
        };
        row(w, t(l, "Verfijnt", "Refines"), &name);
    }
    w.close("dl");
    w.el("h3", &[], t(l, "Auteurs", "Authors"));
    if tov.authors.is_empty() {
        missing(
            w,
            t(
                l,
                "De ToV noemt geen auteurs; de lijst van auteurs in de ToV vult dit deel.",
                "The ToV names no authors; the ToV's list of authors fills this part.",
            ),
        );
    } else {
        w.el(
            "p",
            &[],
            t(
                l,
                "Niets over ons, zonder ons: auteurs die vanuit ervaringsdeskundigheid schrijven zijn gemarkeerd (★).",
                "Nothing about us without us: authors who write from lived experience are marked (★).",
            ),
        );
        w.open("ul", &[]);
        for a in &tov.authors {
            w.open("li", &[]);
            w.text(&a.name);
            w.text(&format!(" ({})", a.kind.label().get(l)));
            if let Some(role) = &a.role {
                w.text(&format!(" — {}", role.get(l)));
            }
            if a.lived_experience {
                w.text(" ");
                w.el(
                    "strong",
                    &[("class", "lived")],
                    t(l, "★ ervaringsdeskundig", "★ lived experience"),
                );
            }
            w.close("li");
        }
        w.close("ul");
    }
    w.el("h3", &[], t(l, "Partners", "Partners"));
    missing(
        w,
        t(
            l,
            "Partners en samenwerkingsverbanden vullen dit deel zodra de ToV ze vastlegt.",
            "Partners and alliances fill this part once the ToV records them.",
        ),
    );
    w.close("section");
}

/// Section 2: Our ToV: the chain drawn, then each layer with its question, descriptions, measurement
/// per output and the reference elements each local one refines.
fn section_tov(w: &mut Writer, cx: &Figures<'_>, l: Lang) {
    let tov = cx.docs.tov;
    let reference = cx.docs.reference;
    w.open("section", &[("aria-labelledby", "s2")]);
    heading(w, "s2", 2, section_title(2, l));
    w.open("figure", &[("class", "chain")]);
    w.trusted_svg(&crate::render::svg(tov, l));
    w.el(
        "figcaption",
        &[],
        t(
            l,
            "De keten, van impact bovenaan tot input onderaan; blauw is individueel, oranje collectief. De tekst hieronder beschrijft elke laag.",
            "The chain, from impact at the top to input at the bottom; blue is individual, orange collective. The text below describes each layer.",
        ),
    );
    w.close("figure");
    let reference_index = Index::of(reference);
    let refines = |w: &mut Writer, ids: &[crate::model::Id]| {
        if ids.is_empty() || tov.id == reference.id {
            return;
        }
        w.open("p", &[("class", "refines")]);
        w.text(t(l, "Verfijnt landelijk: ", "Refines nationally: "));
        let names: Vec<String> = ids
            .iter()
            .map(|id| match reference_index.statement(id.as_str()) {
                Some((s, _)) => s.get(l).to_owned(),
                None => id.to_string(),
            })
            .collect();
        w.text(&names.join(" · "));
        w.close("p");
    };
    for layer in Layer::ALL {
        w.el(
            "h3",
            &[],
            &format!("{} — {}", layer.label().get(l), layer.question().get(l)),
        );
        match layer {
            Layer::Impact => match &tov.impact {
                Some(i) => {
                    w.el("p", &[("class", "statement")], i.statement.get(l));
                    refines(w, &i.refines);
                }
                None => missing(
                    w,
                    t(
                        l,
                        "De ToV noemt nog geen impact.",
                        "The ToV names no impact yet.",
                    ),
                ),
            },
            Layer::Outcome | Layer::Output => {
                for level in Level::ALL {
                    let title = format!("{} ({})", layer.label().get(l), level.label().get(l));
                    w.el("h4", &[], &title);
                    let mut any = false;
                    w.open("ul", &[("class", "items")]);
                    if layer == Layer::Outcome {
                        for o in tov.outcomes.iter().filter(|o| o.level == level) {
                            any = true;
                            w.open("li", &[]);
                            w.el("p", &[("class", "statement")], o.statement.get(l));
                            refines(w, &o.refines);
                            w.close("li");
                        }
                    } else {
                        for o in tov.outputs.iter().filter(|o| o.level == level) {
                            any = true;
                            w.open("li", &[]);
                            w.el("p", &[("class", "statement")], o.statement.get(l));
                            output_measurement(w, cx, o, l);
                            refines(w, &o.refines);
                            w.close("li");
                        }
                    }
                    if !any {
                        w.el("li", &[("class", "missing")], t(l, "geen", "none"));
                    }
                    w.close("ul");
                }
            }
            Layer::Activity => {
                w.open("ul", &[("class", "items")]);
                for a in &tov.activities {
                    w.open("li", &[]);
                    w.open("p", &[("class", "statement")]);
                    w.text(a.display_label().get(l));
                    if let Some(b) = a.kind.building_block() {
                        w.text(&format!(
                            " · {}: {}",
                            t(l, "bouwsteen", "building block"),
                            b.label().get(l)
                        ));
                    }
                    w.close("p");
                    if let Some(d) = &a.description {
                        w.el("p", &[], d.get(l));
                    }
                    if !a.craft.is_empty() {
                        let craft: Vec<&str> = a.craft.iter().map(|c| c.label().get(l)).collect();
                        w.el(
                            "p",
                            &[("class", "detail")],
                            &format!("{}: {}", t(l, "Het vak", "The craft"), craft.join(", ")),
                        );
                    }
                    if let Some(i) = a.ijkpunt {
                        w.el(
                            "p",
                            &[("class", "detail")],
                            &format!("{}: {}", t(l, "Ijkpunt", "Ijkpunt"), i.label().get(l)),
                        );
                    }
                    w.close("li");
                }
                w.close("ul");
            }
            Layer::Input => {
                w.open("ul", &[("class", "items")]);
                for i in &tov.inputs {
                    w.open("li", &[]);
                    w.el("p", &[("class", "statement")], i.display_label().get(l));
                    if let Some(d) = &i.description {
                        w.el("p", &[], d.get(l));
                    }
                    w.close("li");
                }
                w.close("ul");
            }
        }
    }
    w.close("section");
}

/// How an output is measured: the ToV's own measurement and the measurement plan's lines.
fn output_measurement(w: &mut Writer, cx: &Figures<'_>, o: &crate::model::Output, l: Lang) {
    let plan: &[&crate::assess::PlanLine] = cx
        .plan_lines
        .get(o.id.as_str())
        .map(Vec::as_slice)
        .unwrap_or_default();
    if o.measurement.is_empty() && plan.is_empty() {
        w.el(
            "p",
            &[("class", "detail missing")],
            t(
                l,
                "Meting: nog niet vastgelegd.",
                "Measurement: not recorded yet.",
            ),
        );
        return;
    }
    let mut parts: Vec<String> = o
        .measurement
        .iter()
        .map(|m| format!("{} ({})", m.method.get(l), m.kind.label().get(l)))
        .collect();
    for line in plan {
        let name = line
            .label
            .as_ref()
            .map_or(line.instrument.label().get(l), |x| x.get(l));
        let mut s = format!("{} ({})", name, t(l, "meetplan", "measurement plan"));
        if let Some(f) = &line.frequency {
            s.push_str(&format!(", {}", f.get(l)));
        }
        parts.push(s);
    }
    w.el(
        "p",
        &[("class", "detail")],
        &format!("{}: {}", t(l, "Meting", "Measurement"), parts.join("; ")),
    );
}

/// A horizontal bar chart: an SVG with a title and a description that carry every figure.
/// `rows` are (label, value, figure key, machine value, shown value).
fn bar_chart(
    w: &mut Writer,
    id: &'static str,
    title: &str,
    rows: &[(String, f64, String, String, String)],
    max: f64,
) {
    const LABEL_W: f64 = 330.0;
    const BAR_W: f64 = 260.0;
    const ROW_H: f64 = 24.0;
    let h = 8.0 + rows.len() as f64 * ROW_H;
    let desc: Vec<String> = rows
        .iter()
        .map(|(label, _, _, _, shown)| format!("{label}: {shown}"))
        .collect();
    let (title_id, desc_id) = (format!("{id}-title"), format!("{id}-desc"));
    let labelledby = format!("{title_id} {desc_id}");
    w.open("figure", &[("class", "chart")]);
    w.open(
        "svg",
        &[
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("viewBox", &format!("0 0 680 {h:.0}")),
            ("width", "680"),
            ("height", &format!("{h:.0}")),
            ("role", "img"),
            ("aria-labelledby", &labelledby),
        ],
    );
    w.el("title", &[("id", &title_id)], title);
    w.el("desc", &[("id", &desc_id)], &desc.join("; "));
    for (i, (label, value, key, machine, shown)) in rows.iter().enumerate() {
        let y = 4.0 + i as f64 * ROW_H;
        let label: String = if label.chars().count() > 44 {
            format!("{}…", label.chars().take(43).collect::<String>().trim_end())
        } else {
            label.clone()
        };
        w.el(
            "text",
            &[
                ("x", &format!("{:.0}", LABEL_W - 8.0)),
                ("y", &format!("{:.1}", y + 15.0)),
                ("font-size", "12"),
                ("text-anchor", "end"),
                ("aria-hidden", "true"),
            ],
            &label,
        );
        let bw = if max > 0.0 { value / max * BAR_W } else { 0.0 };
        w.void(
            "rect",
            &[
                ("x", &format!("{LABEL_W:.0}")),
                ("y", &format!("{:.1}", y + 3.0)),
                ("width", &format!("{bw:.1}")),
                ("height", "16"),
                ("fill", "#2b6cb0"),
            ],
        );
        w.open(
            "text",
            &[
                ("x", &format!("{:.1}", LABEL_W + bw + 6.0)),
                ("y", &format!("{:.1}", y + 15.0)),
                ("font-size", "12"),
                ("aria-hidden", "true"),
            ],
        );
        w.figure(key, machine, shown);
        w.close("text");
    }
    w.close("svg");
    w.close("figure");
}

/// Section 3: Against the national ToV: coverage per layer and level, additions, gaps.
fn section_reference(w: &mut Writer, cx: &Figures<'_>, l: Lang) {
    let reference = cx.docs.reference;
    w.open("section", &[("aria-labelledby", "s3")]);
    heading(w, "s3", 3, section_title(3, l));
    let Some(c) = &cx.comparison else {
        missing(
            w,
            t(
                l,
                "Deze ToV is zelf de referentie; een lokale ToV die haar verfijnt vult dit deel.",
                "This ToV is the reference itself; a local ToV that refines it fills this part.",
            ),
        );
        w.close("section");
        return;
    };
    w.el(
        "p",
        &[],
        &format!(
            "{} {}",
            t(l, "Vergeleken met:", "Compared with:"),
            reference.title.get(l)
        ),
    );
    let label = |layer: Layer, level: Option<Level>| match level {
        Some(v) => format!("{} ({})", layer.label().get(l), v.label().get(l)),
        None => layer.label().get(l).to_owned(),
    };
    let key = |layer: Layer, level: Option<Level>| {
        format!(
            "coverage.{}.{}",
            layer.field(),
            level.map_or("all", |v| match v {
                Level::Individual => "individual",
                Level::Collective => "collective",
            })
        )
    };
    w.el(
        "h3",
        &[],
        t(
            l,
            "Dekking per laag en niveau",
            "Coverage per layer and level",
        ),
    );
    let rows: Vec<(String, f64, String, String, String)> = c
        .coverage
        .iter()
        .map(|cov| {
            (
                label(cov.layer, cov.level),
                cov.fraction(),
                key(cov.layer, cov.level),
                format!("{}/{}", cov.covered, cov.total),
                format!("{} / {}", cov.covered, cov.total),
            )
        })
        .collect();
    bar_chart(
        w,
        "chart-coverage",
        t(
            l,
            "Landelijke elementen die onze ToV draagt, per laag en niveau",
            "National elements our ToV carries, per layer and level",
        ),
        &rows,
        1.0,
    );
    w.open("table", &[]);
    w.open("thead", &[]);
    w.open("tr", &[]);
    w.el("th", &[("scope", "col")], t(l, "Laag", "Layer"));
    w.el(
        "th",
        &[("scope", "col")],
        t(l, "Gedragen / landelijk", "Carried / national"),
    );
    w.close("tr");
    w.close("thead");
    w.open("tbody", &[]);
    for (label, _, key, machine, shown) in &rows {
        w.open("tr", &[]);
        w.el("th", &[("scope", "row")], label);
        w.open("td", &[("class", "n")]);
        w.figure(key, machine, shown);
        w.close("td");
        w.close("tr");
    }
    w.close("tbody");
    w.close("table");

    w.el(
        "h3",
        &[],
        t(
            l,
            "Onze toevoegingen (couleur locale)",
            "Our additions (couleur locale)",
        ),
    );
    if c.additions.is_empty() {
        w.el(
            "p",
            &[],
            t(l, "Geen eigen toevoegingen.", "No additions of our own."),
        );
    } else {
        w.open("ul", &[]);
        let local = Index::of(cx.docs.tov);
        for a in &c.additions {
            let text = local.name(a.id.as_str(), l);
            w.el("li", &[], &format!("{}: {}", label(a.layer, a.level), text));
        }
        w.close("ul");
    }
    w.el("h3", &[], t(l, "Onze hiaten", "Our gaps"));
    let gaps: Vec<_> = c.gaps().collect();
    if gaps.is_empty() {
        w.el("p", &[], t(l, "Geen hiaten.", "No gaps."));
    } else {
        w.open("ul", &[]);
        let reference_index = Index::of(reference);
        for g in gaps {
            let text = match reference_index.statement(g.reference.as_str()) {
                Some((s, _)) => s.get(l).to_owned(),
                None => g.reference.to_string(),
            };
            w.el("li", &[], &format!("{}: {}", label(g.layer, g.level), text));
        }
        w.close("ul");
        missing(
            w,
            t(
                l,
                "De redenen voor een hiaat vullen dit deel zodra de ToV bewuste keuzes vastlegt.",
                "The reasons for a gap fill this part once the ToV records deliberate choices.",
            ),
        );
    }
    w.close("section");
}

/// Section 4: What we measured. The monitor report per output, its counts with intervals and its
/// consented stories, and area trends go here.
fn section_measured(w: &mut Writer, cx: &Figures<'_>, l: Lang) {
    w.open("section", &[("aria-labelledby", "s4")]);
    heading(w, "s4", 4, section_title(4, l));
    let Some(m) = cx.docs.monitor else {
        missing(
            w,
            t(
                l,
                "Een monitorrapport (tellen en vertellen) per output vult dit deel: aantallen met marges, verhalen met toestemming, trends in het gebied.",
                "A monitor report (counting and telling) per output fills this part: counts with intervals, stories with consent, area trends.",
            ),
        );
        w.close("section");
        return;
    };
    let below = m.threshold.get().to_string();
    w.el(
        "p",
        &[],
        &if l == Lang::Nl {
            format!(
                "Gemeten van {} tot {}. Per output: hoeveel deelnemers gemeten zijn en hoe hun situatie veranderde (betrouwbare-veranderingsindex), met een 95%-marge (Wilson), naast wat de persona's verwachtten. Aantallen onder de {below} staan als \"< {below}\", net als wat ze zou verraden.",
                m.period.start, m.period.end
            )
        } else {
            format!(
                "Measured from {} to {}. Per output: how many participants were measured and how their situation changed (reliable change index), with a 95% interval (Wilson), beside what the personas expected. Counts below {below} show as \"< {below}\", and so does whatever would reveal them.",
                m.period.start, m.period.end
            )
        },
    );
    for o in &m.outputs {
        if o.measured.count() == Some(0) && o.stories.is_empty() && o.areas.is_empty() {
            continue;
        }
        w.el(
            "h3",
            &[],
            &format!("{} ({})", o.statement.get(l), o.level.label().get(l)),
        );
        w.open("table", &[]);
        w.open("thead", &[]);
        w.open("tr", &[]);
        for h in [
            t(l, "Verandering", "Change"),
            t(l, "Deelnemers", "Participants"),
            t(l, "Aandeel (95%-marge)", "Share (95% interval)"),
            t(l, "Verwacht (persona's)", "Expected (personas)"),
        ] {
            w.el("th", &[("scope", "col")], h);
        }
        w.close("tr");
        w.close("thead");
        w.open("tbody", &[]);
        for c in &o.changes {
            let key = format!("monitor.{}.{}", o.output, change_key(c.change));
            w.open("tr", &[]);
            w.el("th", &[("scope", "row")], c.change.label().get(l));
            w.open("td", &[("class", "n")]);
            match c.count.count() {
                Some(n) => count_figure(w, &key, n, l),
                None => w.text(&c.count.render(l)),
            }
            w.close("td");
            w.open("td", &[("class", "n")]);
            match &c.share {
                Some(i) => w.text(&format!(
                    "{} ({} – {})",
                    share_text(i.share, l),
                    share_text(i.low, l),
                    share_text(i.high, l)
                )),
                None => w.text("—"),
            }
            w.close("td");
            w.open("td", &[("class", "n")]);
            match c.change.contribution().and_then(|k| o.expected_share(k)) {
                Some(s) => w.text(&share_text(s, l)),
                None => w.text("—"),
            }
            w.close("td");
            w.close("tr");
        }
        w.open("tr", &[]);
        w.el("th", &[("scope", "row")], t(l, "Gemeten", "Measured"));
        w.open("td", &[("class", "n")]);
        match o.measured.count() {
            Some(n) => count_figure(w, &format!("monitor.{}.measured", o.output), n, l),
            None => w.text(&o.measured.render(l)),
        }
        w.close("td");
        w.el("td", &[], "");
        w.el("td", &[], "");
        w.close("tr");
        w.close("tbody");
        w.close("table");
        if !o.stories.is_empty() {
            w.el(
                "p",
                &[],
                &if l == Lang::Nl {
                    format!("Verhalen bij deze output: {}.", o.stories.len())
                } else {
                    format!("Stories on this output: {}.", o.stories.len())
                },
            );
        }
        for q in &o.quotes {
            w.open("blockquote", &[]);
            w.el("p", &[], q.words.get(l));
            w.close("blockquote");
        }
        for a in &o.areas {
            let place = match &a.neighbourhood {
                Some(n) => format!("{}, {n}", a.municipality),
                None => a.municipality.clone(),
            };
            w.el(
                "p",
                &[],
                &if l == Lang::Nl {
                    format!(
                        "{} in {place} ({}; bron: {}), zonder claim dat de organisatie dit veroorzaakt:",
                        a.indicator.label().get(l),
                        a.unit,
                        a.source
                    )
                } else {
                    format!(
                        "{} in {place} ({}; source: {}), with no claim that the organisation caused it:",
                        a.indicator.label().get(l),
                        a.unit,
                        a.source
                    )
                },
            );
            w.open("ul", &[]);
            for p in &a.points {
                let (_, shown) = decimal(p.value, l);
                w.el("li", &[], &format!("{}: {shown}", p.year));
            }
            w.close("ul");
        }
    }
    w.close("section");
}

/// The key of a class of change in the report's figures (`improvement`, …).
fn change_key(c: crate::monitor::Change) -> String {
    serde_json::to_value(c)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// A share (0–1) as a percentage with one decimal, decimal comma in Dutch.
fn share_text(share: f64, l: Lang) -> String {
    let s = format!("{:.1}%", share * 100.0);
    if l == Lang::Nl {
        s.replace('.', ",")
    } else {
        s
    }
}

/// Section 5: What it is worth: added value per output first; then care avoided as the by-product;
/// who pays and the wrong pocket; the cost price; the funding picture.
fn section_worth(w: &mut Writer, cx: &Figures<'_>, l: Lang) {
    w.open("section", &[("aria-labelledby", "s5")]);
    heading(w, "s5", 5, section_title(5, l));
    let (Some(e), Some(set), Some(census)) = (&cx.estimate, cx.docs.personas, cx.docs.census)
    else {
        missing(
            w,
            t(
                l,
                "Een persona-set en een telling vullen dit deel: de toegevoegde waarde per output, de voorkomen zorg en de kostprijs.",
                "A persona set and a census fill this part: the added value per output, the care avoided and the cost price.",
            ),
        );
        w.close("section");
        return;
    };
    worth_added_value(w, cx, e, l);
    worth_care_avoided(w, e, set, l);
    worth_payers(w, cx, e, l);
    worth_cost_price(w, e, census, l);
    worth_funding(w, cx, l);
    w.close("section");
}

fn worth_added_value(w: &mut Writer, cx: &Figures<'_>, e: &Estimate, l: Lang) {
    let tov = cx.docs.estimate_tov();
    w.el(
        "h3",
        &[],
        t(l, "Toegevoegde waarde per output", "Added value per output"),
    );
    w.el(
        "p",
        &[],
        t(
            l,
            "Per output: hoeveel mensen (of wijken, op collectief niveau) volgens de persona's waarde ervaren, en of dat verbetering, stabilisatie of langzamere achteruitgang is. De gemiddelde sterkte loopt van 1 (beperkt) tot 4 (sterk).",
            "Per output: how many people (or neighbourhoods, at the collective level) experience value according to the personas, and whether it is improvement, stabilisation or slower decline. The mean strength runs from 1 (slight) to 4 (strong).",
        ),
    );
    let index = Index::of(tov);
    let name = |id: &crate::model::Id| match index.statement(id.as_str()) {
        Some((s, Layer::Output)) => s.get(l).to_owned(),
        _ => id.to_string(),
    };
    let rows: Vec<(String, f64, String, String, String)> = e
        .outputs
        .iter()
        .filter(|o| o.count > 0)
        .map(|o| {
            let unit = if o.level == Level::Collective {
                t(l, " wijken", " neighbourhoods")
            } else {
                ""
            };
            (
                name(&o.output),
                o.count as f64,
                format!("output.{}.count", o.output),
                o.count.to_string(),
                format!("{}{unit}", count(o.count, l)),
            )
        })
        .collect();
    let max = rows.iter().map(|r| r.1).fold(0.0, f64::max);
    bar_chart(
        w,
        "chart-outputs",
        t(
            l,
            "Mensen of wijken per output",
            "People or neighbourhoods per output",
        ),
        &rows,
        max,
    );
    w.open("table", &[]);
    w.open("thead", &[]);
    w.open("tr", &[]);
    for h in [
        t(l, "Output (niveau)", "Output (level)"),
        t(l, "Aantal", "Count"),
        t(l, "Verbetering", "Improvement"),
        t(l, "Stabilisatie", "Stabilisation"),
        t(l, "Langzamere achteruitgang", "Slower decline"),
        t(l, "Gem. sterkte", "Mean strength"),
    ] {
        w.el("th", &[("scope", "col")], h);
    }
    w.close("tr");
    w.close("thead");
    w.open("tbody", &[]);
    for o in &e.outputs {
        w.open("tr", &[]);
        w.open("th", &[("scope", "row")]);
        w.text(&name(&o.output));
        w.el(
            "span",
            &[("class", "detail")],
            &format!(" ({})", o.level.label().get(l)),
        );
        w.close("th");
        for (k, n) in [
            ("count", o.count),
            ("improvement", o.improvement),
            ("stabilisation", o.stabilisation),
            ("slower_decline", o.slower_decline),
        ] {
            w.open("td", &[("class", "n")]);
            count_figure(w, &format!("output.{}.{k}", o.output), n, l);
            w.close("td");
        }
        w.open("td", &[("class", "n")]);
        match o.mean_strength() {
            Some(m) => {
                let (machine, shown) = decimal(m, l);
                w.figure(
                    &format!("output.{}.mean_strength", o.output),
                    &machine,
                    &shown,
                );
            }
            None => w.text("—"),
        }
        w.close("td");
        w.close("tr");
    }
    w.close("tbody");
    w.close("table");
}

fn worth_care_avoided(w: &mut Writer, e: &Estimate, set: &PersonaSet, l: Lang) {
    w.el(
        "h3",
        &[],
        t(
            l,
            "Voorkomen zorg: de bijvangst",
            "Care avoided: the by-product",
        ),
    );
    w.open("blockquote", &[("lang", "nl")]);
    w.el(
        "p",
        &[],
        "“Een bijvangst voor veel bezoekers is dat zij daardoor zorg eerder kunnen afbouwen of dat zorg voorkomen kan worden.”",
    );
    w.close("blockquote");
    w.el(
        "p",
        &[("class", "detail")],
        t(
            l,
            "NVZH & IPW (2025), Theory of Value van de zelfregie- en herstelbeweging, samenvatting; voorkomen zorg is “een bijvangst van de toegevoegde waarde” (hoofdstuk Bekostiging). Daarom staat het hier, na de toegevoegde waarde.",
            "NVZH & IPW (2025), Theory of Value of the self-direction and recovery movement, summary (our translation: “a by-product for many visitors is that they can reduce care sooner, or that care can be prevented”); care avoided is “a by-product of the added value” (chapter on funding). That is why it comes here, after the added value.",
        ),
    );
    let names: std::collections::HashMap<&str, &str> = set
        .personas
        .iter()
        .rev()
        .map(|p| (p.id.as_str(), p.name.as_str()))
        .collect();
    let name = |id: &crate::model::Id| {
        names
            .get(id.as_str())
            .map_or_else(|| id.to_string(), |n| (*n).to_owned())
    };
    let rows: Vec<(String, f64, String, String, String)> = e
        .care_lines
        .iter()
        .enumerate()
        .map(|(i, c)| {
            (
                format!("{}: {}", name(&c.persona), c.label.get(l)),
                c.net.cents() as f64,
                format!("care.{i}.net"),
                c.net.cents().to_string(),
                c.net.format(l),
            )
        })
        .collect();
    let max = rows.iter().map(|r| r.1).fold(0.0, f64::max);
    bar_chart(
        w,
        "chart-care",
        t(
            l,
            "Voorkomen zorgkosten per regel, netto",
            "Care costs avoided per line, net",
        ),
        &rows,
        max,
    );
    w.open("table", &[]);
    w.open("thead", &[]);
    w.open("tr", &[]);
    for h in [
        t(l, "Persona", "Persona"),
        t(l, "Zorg", "Care"),
        t(l, "Mensen", "People"),
        t(l, "Bruto", "Gross"),
        t(l, "Netto", "Net"),
    ] {
        w.el("th", &[("scope", "col")], h);
    }
    w.close("tr");
    w.close("thead");
    w.open("tbody", &[]);
    for (i, c) in e.care_lines.iter().enumerate() {
        w.open("tr", &[]);
        w.el("th", &[("scope", "row")], &name(&c.persona));
        w.el("td", &[], c.label.get(l));
        w.open("td", &[("class", "n")]);
        count_figure(w, &format!("care.{i}.people"), c.people, l);
        w.close("td");
        w.open("td", &[("class", "n")]);
        money_figure(w, &format!("care.{i}.gross"), c.gross, l);
        w.close("td");
        w.open("td", &[("class", "n")]);
        money_figure(w, &format!("care.{i}.net"), c.net, l);
        w.close("td");
        w.close("tr");
    }
    w.open("tr", &[("class", "total")]);
    w.el(
        "th",
        &[("scope", "row"), ("colspan", "3")],
        t(l, "Totaal", "Total"),
    );
    w.open("td", &[("class", "n")]);
    money_figure(w, "estimate.gross", e.gross, l);
    w.close("td");
    w.open("td", &[("class", "n")]);
    money_figure(w, "estimate.net", e.net, l);
    w.close("td");
    w.close("tr");
    w.close("tbody");
    w.close("table");
}

/// Who saves: the care avoided per payer; with the funding, the wrong-pocket table.
fn worth_payers(w: &mut Writer, cx: &Figures<'_>, e: &Estimate, l: Lang) {
    w.el(
        "h3",
        &[],
        t(l, "Wie bespaart, wie betaalt", "Who saves, who pays"),
    );
    w.el(
        "p",
        &[],
        t(
            l,
            "Een schatting op basis van de aannames van de persona's: de voorkomen kosten per betaler, volgens de wet waaronder de zorg betaald wordt (001, \"Wettelijk kader\").",
            "An estimate built on the persona assumptions: the costs avoided per payer, after the law under which the care is paid (001, \"Wettelijk kader\").",
        ),
    );
    w.open("table", &[]);
    w.open("thead", &[]);
    w.open("tr", &[]);
    for h in [
        t(l, "Betaler", "Payer"),
        t(l, "Bruto voorkomen", "Gross avoided"),
        t(l, "Netto voorkomen", "Net avoided"),
    ] {
        w.el("th", &[("scope", "col")], h);
    }
    w.close("tr");
    w.close("thead");
    w.open("tbody", &[]);
    for p in &e.by_payer {
        w.open("tr", &[]);
        w.el("th", &[("scope", "row")], p.payer.label().get(l));
        w.open("td", &[("class", "n")]);
        money_figure(w, &format!("payer.{}.gross", p.payer.id()), p.gross, l);
        w.close("td");
        w.open("td", &[("class", "n")]);
        money_figure(w, &format!("payer.{}.net", p.payer.id()), p.net, l);
        w.close("td");
        w.close("tr");
    }
    w.close("tbody");
    w.close("table");
    let Some(pocket) = &cx.wrong_pocket else {
        missing(
            w,
            t(
                l,
                "De financieringsafspraken van de organisatie vullen hier de tabel van de verkeerde portemonnee: wie financiert, tegenover wie bespaart.",
                "The organisation's funding agreements fill the wrong-pocket table here: who funds, against who saves.",
            ),
        );
        return;
    };
    w.el(
        "h4",
        &[],
        t(
            l,
            "De verkeerde portemonnee: wie financiert, wie bespaart",
            "The wrong pocket: who funds, who saves",
        ),
    );
    w.open("table", &[]);
    w.open("thead", &[]);
    w.open("tr", &[]);
    for h in [
        t(l, "Betaler", "Payer"),
        t(l, "Financiert", "Funds"),
        t(l, "Aandeel", "Share"),
        t(l, "Bespaart (netto)", "Saves (net)"),
        t(l, "Aandeel", "Share"),
        t(l, "Besparing per euro", "Savings per euro"),
    ] {
        w.el("th", &[("scope", "col")], h);
    }
    w.close("tr");
    w.close("thead");
    w.open("tbody", &[]);
    for r in &pocket.rows {
        let id = r.payer.id();
        w.open("tr", &[]);
        w.el("th", &[("scope", "row")], r.payer.label().get(l));
        w.open("td", &[("class", "n")]);
        money_figure(w, &format!("pocket.{id}.funds"), r.funds, l);
        w.close("td");
        w.open("td", &[("class", "n")]);
        w.figure(
            &format!("pocket.{id}.funds_share"),
            &r.funds_share.to_string(),
            &percent(r.funds_share, l),
        );
        w.close("td");
        w.open("td", &[("class", "n")]);
        money_figure(w, &format!("pocket.{id}.saves_net"), r.saves_net, l);
        w.close("td");
        w.open("td", &[("class", "n")]);
        w.figure(
            &format!("pocket.{id}.saves_share"),
            &r.saves_share.to_string(),
            &percent(r.saves_share, l),
        );
        w.close("td");
        w.open("td", &[("class", "n")]);
        match r.ratio() {
            Some(x) => {
                let (machine, shown) = decimal(x, l);
                w.figure(&format!("pocket.{id}.ratio"), &machine, &shown);
            }
            None => w.text("—"),
        }
        w.close("td");
        w.close("tr");
    }
    w.close("tbody");
    w.close("table");
}

fn worth_cost_price(w: &mut Writer, e: &Estimate, census: &Census, l: Lang) {
    w.el("h3", &[], t(l, "Kostprijs", "Cost price"));
    w.open("dl", &[]);
    w.el(
        "dt",
        &[],
        &format!(
            "{} ({} – {})",
            t(l, "Kosten van de organisatie", "The organisation's costs"),
            census.period.start,
            census.period.end
        ),
    );
    w.open("dd", &[]);
    money_figure(w, "estimate.organisation_cost", e.organisation_cost, l);
    w.close("dd");
    if let Some(n) = census.visitors.unique {
        w.el("dt", &[], t(l, "Unieke deelnemers", "Unique participants"));
        w.open("dd", &[]);
        count_figure(w, "census.unique", n, l);
        w.close("dd");
    }
    if let Some(n) = census.visitors.visits {
        w.el("dt", &[], t(l, "Bezoeken", "Visits"));
        w.open("dd", &[]);
        count_figure(w, "census.visits", n, l);
        w.close("dd");
    }
    if let Some(m) = census.cost_per_participant() {
        w.el(
            "dt",
            &[],
            t(
                l,
                "Kosten per unieke deelnemer",
                "Cost per unique participant",
            ),
        );
        w.open("dd", &[]);
        money_figure(w, "census.cost_per_participant", m, l);
        w.close("dd");
    }
    if let Some(r) = e.net_per_euro() {
        w.el(
            "dt",
            &[],
            t(
                l,
                "Netto voorkomen zorgkosten per euro kosten (bijvangst, geen maat voor de waarde)",
                "Net care costs avoided per euro of cost (a by-product, not the measure of the value)",
            ),
        );
        w.open("dd", &[]);
        let (machine, shown) = decimal(r, l);
        w.figure("estimate.net_per_euro", &machine, &shown);
        w.close("dd");
    }
    w.close("dl");
}

/// The funding picture: totals per kind of funder, and the number of agreements, funders,
/// streams and forms beside the movement's reference figures.
fn worth_funding(w: &mut Writer, cx: &Figures<'_>, l: Lang) {
    w.el("h3", &[], t(l, "Financiering", "Funding"));
    let (Some(f), Some(totals)) = (cx.docs.funding, &cx.funding_totals) else {
        missing(
            w,
            t(
                l,
                "De financieringsafspraken van de organisatie (stromen, vormen, looptijden) vullen dit deel.",
                "The organisation's funding agreements (streams, forms, terms) fill this part.",
            ),
        );
        return;
    };
    w.el(
        "p",
        &[],
        &format!(
            "{} {} – {}.",
            t(l, "Afspraken over de periode", "Agreements over the period"),
            f.period.start,
            f.period.end
        ),
    );
    let rows: Vec<(String, f64, String, String, String)> = totals
        .by_funder_kind
        .iter()
        .map(|k| {
            (
                k.funder_kind.label().get(l).to_owned(),
                k.amount.cents() as f64,
                format!("funding.kind.{}", k.funder_kind.id()),
                k.amount.cents().to_string(),
                k.amount.format(l),
            )
        })
        .collect();
    let max = rows.iter().map(|r| r.1).fold(0.0, f64::max);
    bar_chart(
        w,
        "chart-funding",
        t(
            l,
            "Financiering per soort financier",
            "Funding per kind of funder",
        ),
        &rows,
        max,
    );
    w.open("table", &[]);
    w.open("thead", &[]);
    w.open("tr", &[]);
    for h in [
        t(l, "Soort financier", "Kind of funder"),
        t(l, "Bedrag", "Amount"),
        t(l, "Afspraken", "Agreements"),
    ] {
        w.el("th", &[("scope", "col")], h);
    }
    w.close("tr");
    w.close("thead");
    w.open("tbody", &[]);
    for k in &totals.by_funder_kind {
        w.open("tr", &[]);
        w.el("th", &[("scope", "row")], k.funder_kind.label().get(l));
        w.open("td", &[("class", "n")]);
        money_figure(
            w,
            &format!("funding.kind.{}", k.funder_kind.id()),
            k.amount,
            l,
        );
        w.close("td");
        w.open("td", &[("class", "n")]);
        count_figure(
            w,
            &format!("funding.kind.{}.agreements", k.funder_kind.id()),
            k.agreements.len() as u64,
            l,
        );
        w.close("td");
        w.close("tr");
    }
    w.open("tr", &[]);
    w.el("th", &[("scope", "row")], t(l, "Totaal", "Total"));
    w.open("td", &[("class", "n")]);
    money_figure(w, "funding.total", totals.total, l);
    w.close("td");
    w.open("td", &[("class", "n")]);
    count_figure(w, "funding.agreements", totals.agreements as u64, l);
    w.close("td");
    w.close("tr");
    w.close("tbody");
    w.close("table");
    w.open("dl", &[]);
    for (key, nl, en, n) in [
        ("funding.funders", "Financiers", "Funders", totals.funders),
        (
            "funding.streams",
            "Financieringsstromen (soort financier en wet; een aanname van deze crate)",
            "Funding streams (kind of funder and law; this crate's assumption)",
            totals.streams,
        ),
        (
            "funding.forms",
            "Financieringsvormen (vorm en looptijd; een aanname van deze crate)",
            "Funding forms (form and term; this crate's assumption)",
            totals.forms,
        ),
    ] {
        w.el("dt", &[], t(l, nl, en));
        w.open("dd", &[]);
        count_figure(w, key, n as u64, l);
        w.close("dd");
    }
    w.close("dl");
    let r = &MOVEMENT_FUNDING;
    let tenths = |n: u32| {
        let s = format!("{}.{}", n / 10, n % 10);
        if l == Lang::Nl {
            s.replace('.', ",")
        } else {
            s
        }
    };
    w.el(
        "p",
        &[],
        &if l == Lang::Nl {
            format!(
                "Ter vergelijking, in de beweging: gemiddeld {} financieringsstromen en {} financieringsvormen per ZHO ({} stromen genoemd door {} ZHO's), en {} tot {} afspraken bij een omzet van {} (bron: {}, {}).",
                tenths(r.streams_tenths),
                tenths(r.forms_tenths),
                r.streams_named,
                r.surveyed,
                r.agreements_at_turnover.0,
                r.agreements_at_turnover.1,
                r.turnover.format(l),
                r.source.document,
                r.source.section.as_deref().unwrap_or("")
            )
        } else {
            format!(
                "For comparison, across the movement: on average {} funding streams and {} funding forms per ZHO ({} streams named by {} ZHOs), and {} to {} agreements at a turnover of {} (source: {}, {}).",
                tenths(r.streams_tenths),
                tenths(r.forms_tenths),
                r.streams_named,
                r.surveyed,
                r.agreements_at_turnover.0,
                r.agreements_at_turnover.1,
                r.turnover.format(l),
                r.source.document,
                r.source.section.as_deref().unwrap_or("")
            )
        },
    );
}

fn level_text(level: Option<AssessmentLevel>, l: Lang) -> &'static str {
    level.map_or("—", |x| x.label().get(l))
}

/// Section 6: How we work: the self-assessment, its change, the four ijkpunten.
fn section_work(w: &mut Writer, cx: &Figures<'_>, l: Lang) {
    w.open("section", &[("aria-labelledby", "s6")]);
    heading(w, "s6", 6, section_title(6, l));
    w.el(
        "h3",
        &[],
        t(
            l,
            "Zelfbeoordeling op de tien kenmerken",
            "Self-assessment on the ten characteristics",
        ),
    );
    match cx.docs.assessment {
        None => missing(
            w,
            t(
                l,
                "Een zelfbeoordeling op de tien kenmerken en het vak vult dit deel.",
                "A self-assessment on the ten characteristics and the craft fills this part.",
            ),
        ),
        Some(a) => assessment(w, a, cx.docs.earlier_assessment, l),
    }
    w.el("h3", &[], t(l, "De vier ijkpunten", "The four ijkpunten"));
    let cov = ijkpunt_coverage(cx.docs.tov);
    w.el(
        "p",
        &[],
        t(
            l,
            "Per ijkpunt voor herstelondersteunende zorg: de activiteiten die het vooral dienen.",
            "Per ijkpunt of recovery-supporting care: the activities that primarily serve it.",
        ),
    );
    w.open("table", &[]);
    w.open("thead", &[]);
    w.open("tr", &[]);
    w.el("th", &[("scope", "col")], t(l, "IJkpunt", "Ijkpunt"));
    w.el(
        "th",
        &[("scope", "col")],
        t(l, "Activiteiten", "Activities"),
    );
    w.el("th", &[("scope", "col")], t(l, "Welke", "Which"));
    w.close("tr");
    w.close("thead");
    w.open("tbody", &[]);
    let index = Index::of(cx.docs.tov);
    for i in &cov.ijkpunten {
        w.open("tr", &[]);
        w.el("th", &[("scope", "row")], i.ijkpunt.label().get(l));
        w.open("td", &[("class", "n")]);
        count_figure(
            w,
            &format!("ijkpunt.{}", i.ijkpunt.id()),
            i.activities.len() as u64,
            l,
        );
        w.close("td");
        let names: Vec<String> = i
            .activities
            .iter()
            .filter_map(|id| index.label(id.as_str()).map(|x| x.get(l).to_owned()))
            .collect();
        w.el("td", &[], &names.join(", "));
        w.close("tr");
    }
    w.close("tbody");
    w.close("table");
    w.close("section");
}

fn assessment(w: &mut Writer, a: &Assessment, earlier: Option<&Assessment>, l: Lang) {
    w.el(
        "p",
        &[],
        &format!(
            "{} {} · {}: {}",
            a.organisation,
            a.date,
            t(l, "beoordeeld door", "assessed by"),
            a.assessors
                .iter()
                .map(|x| format!("{} ({})", x.name, x.role.label().get(l)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    );
    let summary = a.summary();
    let rows: Vec<(String, f64, String, String, String)> = summary
        .iter()
        .filter_map(|g| {
            g.mean().map(|m| {
                let (machine, shown) = decimal(m, l);
                (
                    g.group.label().get(l).to_owned(),
                    m,
                    format!("group.{}.mean", g.group.id()),
                    machine,
                    shown,
                )
            })
        })
        .collect();
    bar_chart(
        w,
        "chart-groups",
        t(
            l,
            "Gemiddeld niveau per vraag, van 1 (nog niet) tot 4 (kenmerkend)",
            "Mean level per question, from 1 (not yet) to 4 (characteristic)",
        ),
        &rows,
        4.0,
    );
    let change = earlier.map(|e| a.changes_since(e));
    w.open("table", &[]);
    w.open("thead", &[]);
    w.open("tr", &[]);
    w.el("th", &[("scope", "col")], t(l, "Kenmerk", "Characteristic"));
    if let Some(c) = &change {
        w.el("th", &[("scope", "col")], &c.from.to_string());
    }
    w.el("th", &[("scope", "col")], &a.date.to_string());
    if change.is_some() {
        w.el("th", &[("scope", "col")], t(l, "Verandering", "Change"));
    }
    w.close("tr");
    w.close("thead");
    w.open("tbody", &[]);
    for ch in crate::model::Characteristic::ALL {
        w.open("tr", &[]);
        w.el(
            "th",
            &[("scope", "row")],
            &format!("{}. {}", ch.number(), ch.label().get(l)),
        );
        let line = change
            .as_ref()
            .and_then(|c| c.characteristics.iter().find(|x| x.item == *ch));
        if change.is_some() {
            w.el("td", &[], level_text(line.and_then(|x| x.before), l));
        }
        w.el("td", &[], level_text(a.level_of(*ch), l));
        if let Some(x) = line {
            w.open("td", &[("class", "n")]);
            w.figure(
                &format!("change.{}", ch.id()),
                &x.delta.to_string(),
                &format!("{:+}", x.delta),
            );
            w.close("td");
        }
        w.close("tr");
    }
    w.close("tbody");
    w.close("table");
    w.el("h4", &[], t(l, "Het vak", "The craft"));
    if a.craft.is_empty() {
        missing(
            w,
            t(
                l,
                "De zelfbeoordeling bevat geen scores op het vak.",
                "The self-assessment holds no scores on the craft.",
            ),
        );
    } else {
        w.open("ul", &[]);
        for c in &a.craft {
            let before = change
                .as_ref()
                .and_then(|x| x.craft.iter().find(|y| y.item == c.concept))
                .and_then(|y| y.before);
            let mut s = format!("{}: {}", c.concept.label().get(l), c.level.label().get(l));
            if change.is_some() {
                s.push_str(&format!(
                    " ({}: {})",
                    t(l, "eerder", "before"),
                    level_text(before, l)
                ));
            }
            w.el("li", &[], &s);
        }
        w.close("ul");
    }
}

/// Whether a source reference says it is an assumption rather than a source.
fn is_assumption(s: &SourceRef) -> bool {
    let text = format!("{} {}", s.document, s.section.as_deref().unwrap_or("")).to_lowercase();
    text.contains("aanname") || text.contains("assumption")
}

/// Section 7: How this was made: sources, assumptions, the crate's version, the validation summary.
fn section_made(w: &mut Writer, cx: &Figures<'_>, l: Lang) {
    w.open("section", &[("aria-labelledby", "s7")]);
    heading(w, "s7", 7, section_title(7, l));
    let all = sources(cx);
    let show = |s: &SourceRef| match &s.section {
        Some(sec) => format!("{} — {}", s.document, sec),
        None => s.document.to_string(),
    };
    w.el("h3", &[], t(l, "Bronnen", "Sources"));
    w.open("ul", &[]);
    for s in all.iter().filter(|s| !is_assumption(s)) {
        w.el("li", &[], &show(s));
    }
    w.close("ul");
    w.el("h3", &[], t(l, "Aannames", "Assumptions"));
    w.el(
        "p",
        &[],
        t(
            l,
            "Wat geen bron heeft, is een aanname en staat hier als zodanig.",
            "What has no source is an assumption and is listed here as such.",
        ),
    );
    w.open("ul", &[]);
    for s in all.iter().filter(|s| is_assumption(s)) {
        w.open("li", &[]);
        w.el(
            "strong",
            &[],
            t(
                l,
                "Aanname in de documenten: ",
                "Assumption in the documents: ",
            ),
        );
        w.text(&show(s));
        w.close("li");
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
        w.open("li", &[]);
        w.el("strong", &[], t(l, "Aanname van de crate: ", "Assumption of the crate: "));
        w.text(t(l, nl, en));
        w.close("li");
    }
    w.close("ul");
    w.el("h3", &[], t(l, "Gemaakt met", "Made with"));
    w.el(
        "p",
        &[],
        &format!("theory-of-value {}", env!("CARGO_PKG_VERSION")),
    );
    w.el("h3", &[], t(l, "Validatie", "Validation"));
    w.open("table", &[]);
    w.open("thead", &[]);
    w.open("tr", &[]);
    for h in [
        t(l, "Document", "Document"),
        t(l, "Fouten", "Errors"),
        t(l, "Waarschuwingen", "Warnings"),
        t(l, "Informatie", "Info"),
    ] {
        w.el("th", &[("scope", "col")], h);
    }
    w.close("tr");
    w.close("thead");
    w.open("tbody", &[]);
    for (i, c) in cx.checks.iter().enumerate() {
        w.open("tr", &[]);
        w.el(
            "th",
            &[("scope", "row")],
            &format!("{} {}", c.document.get(l), c.id),
        );
        for (k, s) in [
            ("errors", Severity::Error),
            ("warnings", Severity::Warning),
            ("info", Severity::Info),
        ] {
            w.open("td", &[("class", "n")]);
            count_figure(w, &format!("check.{i}.{k}"), c.report.count(s) as u64, l);
            w.close("td");
        }
        w.close("tr");
    }
    w.close("tbody");
    w.close("table");
    let findings: Vec<(&DocumentCheck, &crate::base::Finding)> = cx
        .checks
        .iter()
        .flat_map(|c| c.report.findings.iter().map(move |f| (c, f)))
        .collect();
    if !findings.is_empty() {
        w.el("h4", &[], t(l, "Bevindingen", "Findings"));
        w.open("ul", &[("class", "findings")]);
        for (c, f) in findings {
            w.el(
                "li",
                &[],
                &format!("{} {}: {}", c.document.get(l), c.id, f.render(l)),
            );
        }
        w.close("ul");
    }
    w.close("section");
}
