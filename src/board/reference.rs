//! Section 3, against the national ToV: coverage per layer and level, our additions, our gaps.

use super::chart::{bar_chart, Bar};
use super::figures::Figures;
use super::parts::{missing, para, section};
use crate::base::write::{put, Html, Writer};
use crate::base::Lang;
use crate::compare::{Comparison, LayerCoverage};
use crate::model::{Layer, Level};
use crate::render::figure::Figure;
use crate::render::table::{Align, Cell, Table};

/// Writes section 3.
pub(super) fn write(w: &mut Writer<Html>, f: &Figures<'_>, l: Lang) {
    section(w, 3, l, |w| {
        let Some(c) = &f.comparison else {
            missing(
                w,
                l.pick(
                    "Deze ToV is zelf de referentie; een lokale ToV die haar verfijnt vult dit deel.",
                    "This ToV is the reference itself; a local ToV that refines it fills this part.",
                ),
            );
            return;
        };
        w.element("p", &[], |w| {
            put!(w, (l.pick("Vergeleken met:", "Compared with:")), (" "), {
                f.docs.reference.title.get(l)
            });
        });
        coverage(w, c, l);
        additions(w, f, c, l);
        gaps(w, f, c, l);
    });
}

/// A layer, with its level where it has one: `Output (individueel)`.
fn layer_label(layer: Layer, level: Option<Level>, l: Lang) -> String {
    match level {
        Some(v) => format!("{} ({})", layer.label().get(l), v.label().get(l)),
        None => layer.label().get(l).to_owned(),
    }
}

/// The figure key of the coverage of a layer and level: `coverage.outputs.individual`.
fn coverage_key(layer: Layer, level: Option<Level>) -> String {
    format!(
        "coverage.{}.{}",
        layer.field(),
        level.map_or("all", |v| match v {
            Level::Individual => "individual",
            Level::Collective => "collective",
        })
    )
}

/// The national elements the ToV carries per layer and level, as a chart and a table.
fn coverage(w: &mut Writer<Html>, c: &Comparison, l: Lang) {
    w.words_element(
        "h3",
        &[],
        l.pick("Dekking per laag en niveau", "Coverage per layer and level"),
    );
    let bars: Vec<Bar> = c
        .coverage
        .iter()
        .map(|cov| Bar {
            label: layer_label(cov.layer, cov.level, l),
            value: cov.fraction(),
            key: coverage_key(cov.layer, cov.level),
            machine: coverage_value(cov),
            shown: Figure::ratio(cov.covered.into(), cov.total.into())
                .as_str()
                .to_owned(),
        })
        .collect();
    bar_chart(
        w,
        "chart-coverage",
        l.pick(
            "Landelijke elementen die onze ToV draagt, per laag en niveau",
            "National elements our ToV carries, per layer and level",
        ),
        &bars,
        1.0,
    );
    coverage_table(c, l).to_html(w);
}

/// The machine value of a coverage: `carried/national`.
fn coverage_value(cov: &LayerCoverage) -> String {
    format!("{}/{}", cov.covered, cov.total)
}

/// The table of the coverage chart: per layer and level, the national elements carried of
/// all of them, as a ratio.
fn coverage_table(c: &Comparison, l: Lang) -> Table {
    let mut table = Table::new(&[
        (l.pick("Laag", "Layer"), Align::Left),
        (
            l.pick("Gedragen / landelijk", "Carried / national"),
            Align::Right,
        ),
    ])
    .row_heads();
    for cov in &c.coverage {
        table.row(vec![
            Cell::text(&layer_label(cov.layer, cov.level, l)),
            Cell::keyed(
                coverage_key(cov.layer, cov.level),
                coverage_value(cov),
                Figure::ratio(cov.covered.into(), cov.total.into()),
            ),
        ]);
    }
    table
}

/// The elements of the ToV that the reference does not have.
fn additions(w: &mut Writer<Html>, f: &Figures<'_>, c: &Comparison, l: Lang) {
    w.words_element(
        "h3",
        &[],
        l.pick(
            "Onze toevoegingen (couleur locale)",
            "Our additions (couleur locale)",
        ),
    );
    if c.additions.is_empty() {
        para(
            w,
            l.pick("Geen eigen toevoegingen.", "No additions of our own."),
        );
        return;
    }
    w.element("ul", &[], |w| {
        for a in &c.additions {
            w.element("li", &[], |w| {
                put!(w, { layer_label(a.layer, a.level, l) }, (": "), {
                    f.local.name(a.id.as_str(), l)
                });
            });
        }
    });
}

/// The elements of the reference that the ToV does not carry.
fn gaps(w: &mut Writer<Html>, f: &Figures<'_>, c: &Comparison, l: Lang) {
    w.words_element("h3", &[], l.pick("Onze hiaten", "Our gaps"));
    let gaps: Vec<_> = c.gaps().collect();
    if gaps.is_empty() {
        para(w, l.pick("Geen hiaten.", "No gaps."));
        return;
    }
    w.element("ul", &[], |w| {
        for g in gaps {
            let text = match f.reference.statement(g.reference.as_str()) {
                Some((s, _)) => s.get(l).to_owned(),
                None => g.reference.to_string(),
            };
            w.element("li", &[], |w| {
                put!(w, { layer_label(g.layer, g.level, l) }, (": "), { text });
            });
        }
    });
    missing(
        w,
        l.pick(
            "De redenen voor een hiaat vullen dit deel zodra de ToV bewuste keuzes vastlegt.",
            "The reasons for a gap fill this part once the ToV records deliberate choices.",
        ),
    );
}
