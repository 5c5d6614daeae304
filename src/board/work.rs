//! Section 6, how we work: the self-assessment on the ten characteristics and the craft, its
//! change since the earlier one, and the activities that serve each of the four ijkpunten.

use super::chart::{bar_chart, Bar};
use super::figures::Figures;
use super::parts::{machine_decimal, missing, para, section};
use crate::assess::{Assessment, AssessmentChange, AssessmentLevel};
use crate::base::write::{put, Html, Writer};
use crate::base::Lang;
use crate::model::{Characteristic, IjkpuntCoverage};
use crate::render::figure::Figure;
use crate::render::table::{Align, Cell, Head, Table};

/// Writes section 6.
pub(super) fn write(w: &mut Writer<Html>, f: &Figures<'_>, l: Lang) {
    section(w, 6, l, |w| {
        w.words_element(
            "h3",
            &[],
            l.pick(
                "Zelfbeoordeling op de tien kenmerken",
                "Self-assessment on the ten characteristics",
            ),
        );
        match f.docs.assessment {
            None => missing(
                w,
                l.pick(
                    "Een zelfbeoordeling op de tien kenmerken en het vak vult dit deel.",
                    "A self-assessment on the ten characteristics and the craft fills this part.",
                ),
            ),
            Some(a) => assessment(w, f, a, l),
        }
        w.words_element("h3", &[], l.pick("De vier ijkpunten", "The four ijkpunten"));
        para(
            w,
            l.pick(
                "Per ijkpunt voor herstelondersteunende zorg: de activiteiten die het vooral dienen.",
                "Per ijkpunt of recovery-supporting care: the activities that primarily serve it.",
            ),
        );
        ijkpunt_table(f, &f.ijkpunten, l).to_html(w);
    });
}

/// Per ijkpunt, the number of activities that serve it and their names.
fn ijkpunt_table(f: &Figures<'_>, coverage: &IjkpuntCoverage, l: Lang) -> Table {
    let mut table = Table::new(&[
        (l.pick("IJkpunt", "Ijkpunt"), Align::Left),
        (l.pick("Activiteiten", "Activities"), Align::Right),
        (l.pick("Welke", "Which"), Align::Left),
    ]);
    for i in &coverage.ijkpunten {
        let names: Vec<&str> = i
            .activities
            .iter()
            .filter_map(|id| f.local.label(id.as_str()).map(|x| x.get(l)))
            .collect();
        table.row(vec![
            Cell::words(i.ijkpunt.label().get(l)),
            Cell::keyed_count(
                format!("ijkpunt.{}", i.ijkpunt.id()),
                i.activities.len() as u64,
                l,
            ),
            Cell::text(&names.join(", ")),
        ]);
    }
    table
}

fn level_text(level: Option<AssessmentLevel>, l: Lang) -> &'static str {
    level.map_or("—", |x| x.label().get(l))
}

/// The self-assessment: who assessed, the mean per group of questions, the level per
/// characteristic with its change, and the craft.
fn assessment(w: &mut Writer<Html>, f: &Figures<'_>, a: &Assessment, l: Lang) {
    let assessors: Vec<String> = a
        .assessors
        .iter()
        .map(|x| format!("{} ({})", x.name, x.role.label().get(l)))
        .collect();
    w.element("p", &[], |w| {
        put!(
            w,
            { a.organisation },
            (" "),
            { a.date.to_string() },
            (" · "),
            (l.pick("beoordeeld door", "assessed by")),
            (": "),
            { assessors.join(", ") }
        );
    });
    let bars: Vec<Bar> = f
        .summary
        .iter()
        .filter_map(|g| {
            g.mean().map(|m| Bar {
                label: g.group.label().get(l).to_owned(),
                value: m,
                key: format!("group.{}.mean", g.group.id()),
                machine: machine_decimal(m),
                shown: Figure::decimal(m, 2, l).as_str().to_owned(),
            })
        })
        .collect();
    bar_chart(
        w,
        "chart-groups",
        l.pick(
            "Gemiddeld niveau per vraag, van 1 (nog niet) tot 4 (kenmerkend)",
            "Mean level per question, from 1 (not yet) to 4 (characteristic)",
        ),
        &bars,
        4.0,
    );
    characteristics_table(a, f.change.as_ref(), l).to_html(w);
    craft(w, a, f.change.as_ref(), l);
}

/// The level per characteristic, with the earlier level and the change when there is an
/// earlier assessment; the columns of levels are headed by the assessments' dates.
fn characteristics_table(a: &Assessment, change: Option<&AssessmentChange>, l: Lang) -> Table {
    let mut table = Table::new(&[(l.pick("Kenmerk", "Characteristic"), Align::Left)]);
    if let Some(c) = change {
        table = table.column(Head::text(&c.from.to_string()), Align::Left);
    }
    table = table.column(Head::text(&a.date.to_string()), Align::Left);
    if change.is_some() {
        table = table.column(l.pick("Verandering", "Change"), Align::Right);
    }
    let mut table = table.row_heads();
    for ch in Characteristic::ALL {
        let mut row = vec![Cell::count(ch.number())
            .and_words(". ")
            .and_words(ch.label().get(l))];
        let line = change.and_then(|c| c.characteristics.iter().find(|x| x.item == *ch));
        if change.is_some() {
            row.push(Cell::words(level_text(line.and_then(|x| x.before), l)));
        }
        row.push(Cell::words(level_text(a.level_of(*ch), l)));
        if let Some(x) = line {
            row.push(Cell::keyed(
                format!("change.{}", ch.id()),
                x.delta.to_string(),
                Figure::signed(x.delta.into()),
            ));
        }
        table.row(row);
    }
    table
}

/// The level per concept of the craft, with the earlier level when there is an earlier
/// assessment.
fn craft(w: &mut Writer<Html>, a: &Assessment, change: Option<&AssessmentChange>, l: Lang) {
    w.words_element("h4", &[], l.pick("Het vak", "The craft"));
    if a.craft.is_empty() {
        missing(
            w,
            l.pick(
                "De zelfbeoordeling bevat geen scores op het vak.",
                "The self-assessment holds no scores on the craft.",
            ),
        );
        return;
    }
    w.element("ul", &[], |w| {
        for c in &a.craft {
            w.element("li", &[], |w| {
                put!(
                    w,
                    (c.concept.label().get(l)),
                    (": "),
                    (c.level.label().get(l))
                );
                if let Some(change) = change {
                    let before = change
                        .craft
                        .iter()
                        .find(|y| y.item == c.concept)
                        .and_then(|y| y.before);
                    put!(
                        w,
                        (" ("),
                        (l.pick("eerder", "before")),
                        (": "),
                        (level_text(before, l)),
                        (")")
                    );
                }
            });
        }
    });
}
