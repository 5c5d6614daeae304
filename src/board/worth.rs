//! Section 5, what it is worth: the added value per output first; then the care avoided, as
//! the by-product it is; who saves and who pays (`payers`); the cost price; the funding
//! picture (`funding`).

mod funding;
mod payers;

use super::chart::{bar_chart, Bar};
use super::figures::Figures;
use super::parts::{count_figure, decimal_figure, missing, money_figure, para, section};
use crate::base::write::{put, Html, Writer};
use crate::base::Lang;
use crate::model::{Id, Layer, Level};
use crate::render::figure::Figure;
use crate::render::table::{Align, Cell, Table};
use crate::value::{Census, Estimate, PersonaSet};
use std::collections::HashMap;

/// Writes section 5.
pub(super) fn write(w: &mut Writer<Html>, f: &Figures<'_>, l: Lang) {
    section(w, 5, l, |w| {
        let (Some(e), Some(set), Some(census)) = (&f.estimate, f.docs.personas, f.docs.census)
        else {
            missing(
                w,
                l.pick(
                    "Een persona-set en een telling vullen dit deel: de toegevoegde waarde per output, de voorkomen zorg en de kostprijs.",
                    "A persona set and a census fill this part: the added value per output, the care avoided and the cost price.",
                ),
            );
            return;
        };
        added_value(w, f, e, l);
        care_avoided(w, e, set, l);
        payers::write(w, f, e, l);
        cost_price(w, e, census, l);
        funding::write(w, f, l);
    });
}

/// Per output, how many people or neighbourhoods experience value, and how.
fn added_value(w: &mut Writer<Html>, f: &Figures<'_>, e: &Estimate, l: Lang) {
    w.words_element(
        "h3",
        &[],
        l.pick("Toegevoegde waarde per output", "Added value per output"),
    );
    para(
        w,
        l.pick(
            "Per output: hoeveel mensen (of wijken, op collectief niveau) volgens de persona's waarde ervaren, en of dat verbetering, stabilisatie of langzamere achteruitgang is. De gemiddelde sterkte loopt van 1 (beperkt) tot 4 (sterk).",
            "Per output: how many people (or neighbourhoods, at the collective level) experience value according to the personas, and whether it is improvement, stabilisation or slower decline. The mean strength runs from 1 (slight) to 4 (strong).",
        ),
    );
    let index = f.estimate_index();
    let name = |id: &Id| match index.statement(id.as_str()) {
        Some((s, Layer::Output)) => s.get(l).to_owned(),
        _ => id.to_string(),
    };
    let bars: Vec<Bar> = e
        .outputs
        .iter()
        .filter(|o| o.count > 0)
        .map(|o| {
            let unit = if o.level == Level::Collective {
                l.pick(" wijken", " neighbourhoods")
            } else {
                ""
            };
            Bar {
                label: name(&o.output),
                value: o.count as f64,
                key: format!("output.{}.count", o.output),
                machine: o.count.to_string(),
                shown: format!("{}{unit}", Figure::count(o.count, l).as_str()),
            }
        })
        .collect();
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    bar_chart(
        w,
        "chart-outputs",
        l.pick(
            "Mensen of wijken per output",
            "People or neighbourhoods per output",
        ),
        &bars,
        max,
    );
    outputs_table(e, &name, l).to_html(w);
}

/// The table of the added value per output: the count, how many by kind of contribution, and
/// the mean strength.
fn outputs_table(e: &Estimate, name: &dyn Fn(&Id) -> String, l: Lang) -> Table {
    let mut table = Table::new(&[
        (l.pick("Output (niveau)", "Output (level)"), Align::Left),
        (l.pick("Aantal", "Count"), Align::Right),
        (l.pick("Verbetering", "Improvement"), Align::Right),
        (l.pick("Stabilisatie", "Stabilisation"), Align::Right),
        (
            l.pick("Langzamere achteruitgang", "Slower decline"),
            Align::Right,
        ),
        (l.pick("Gem. sterkte", "Mean strength"), Align::Right),
    ]);
    for o in &e.outputs {
        let mut row = vec![Cell::text(&name(&o.output))
            .and_words(" (")
            .and_words(o.level.label().get(l))
            .and_words(")")];
        for (k, n) in [
            ("count", o.count),
            ("improvement", o.improvement),
            ("stabilisation", o.stabilisation),
            ("slower_decline", o.slower_decline),
        ] {
            row.push(Cell::keyed_count(format!("output.{}.{k}", o.output), n, l));
        }
        row.push(Cell::keyed_decimal(
            format!("output.{}.mean_strength", o.output),
            o.mean_strength(),
            l,
        ));
        table.row(row);
    }
    table
}

/// The care avoided per line of the persona set: the by-product, after the added value.
fn care_avoided(w: &mut Writer<Html>, e: &Estimate, set: &PersonaSet, l: Lang) {
    w.words_element(
        "h3",
        &[],
        l.pick(
            "Voorkomen zorg: de bijvangst",
            "Care avoided: the by-product",
        ),
    );
    w.element("blockquote", &[("lang", "nl".into())], |w| {
        para(
            w,
            "“Een bijvangst voor veel bezoekers is dat zij daardoor zorg eerder kunnen afbouwen of dat zorg voorkomen kan worden.”",
        );
    });
    w.words_element(
        "p",
        &[("class", "detail".into())],
        l.pick(
            "NVZH & IPW (2025), Theory of Value van de zelfregie- en herstelbeweging, samenvatting; voorkomen zorg is “een bijvangst van de toegevoegde waarde” (hoofdstuk Bekostiging). Daarom staat het hier, na de toegevoegde waarde.",
            "NVZH & IPW (2025), Theory of Value of the self-direction and recovery movement, summary (our translation: “a by-product for many visitors is that they can reduce care sooner, or that care can be prevented”); care avoided is “a by-product of the added value” (chapter on funding). That is why it comes here, after the added value.",
        ),
    );
    let names: HashMap<&str, &str> = set
        .personas
        .iter()
        .rev()
        .map(|p| (p.id.as_str(), p.name.as_str()))
        .collect();
    let name = |id: &Id| {
        names
            .get(id.as_str())
            .map_or_else(|| id.to_string(), |n| (*n).to_owned())
    };
    let bars: Vec<Bar> = e
        .care_lines
        .iter()
        .enumerate()
        .map(|(i, c)| Bar {
            label: format!("{}: {}", name(&c.persona), c.label.get(l)),
            value: c.net.cents() as f64,
            key: format!("care.{i}.net"),
            machine: c.net.cents().to_string(),
            shown: c.net.format(l),
        })
        .collect();
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    bar_chart(
        w,
        "chart-care",
        l.pick(
            "Voorkomen zorgkosten per regel, netto",
            "Care costs avoided per line, net",
        ),
        &bars,
        max,
    );
    care_table(e, &name, l).to_html(w);
}

/// The table of the care avoided: per line, the people and the gross and net amounts; then
/// the totals.
fn care_table(e: &Estimate, name: &dyn Fn(&Id) -> String, l: Lang) -> Table {
    let mut table = Table::new(&[
        (l.pick("Persona", "Persona"), Align::Left),
        (l.pick("Zorg", "Care"), Align::Left),
        (l.pick("Mensen", "People"), Align::Right),
        (l.pick("Bruto", "Gross"), Align::Right),
        (l.pick("Netto", "Net"), Align::Right),
    ]);
    for (i, c) in e.care_lines.iter().enumerate() {
        table.row(vec![
            Cell::text(&name(&c.persona)),
            Cell::text(c.label.get(l)),
            Cell::keyed_count(format!("care.{i}.people"), c.people, l),
            Cell::keyed_money(format!("care.{i}.gross"), c.gross, l),
            Cell::keyed_money(format!("care.{i}.net"), c.net, l),
        ]);
    }
    table.total(vec![
        Cell::words(l.pick("Totaal", "Total")),
        Cell::empty(),
        Cell::empty(),
        Cell::keyed_money("estimate.gross", e.gross, l),
        Cell::keyed_money("estimate.net", e.net, l),
    ]);
    table
}

/// The organisation's costs, its participants and visits, and the costs per participant.
fn cost_price(w: &mut Writer<Html>, e: &Estimate, census: &Census, l: Lang) {
    w.words_element("h3", &[], l.pick("Kostprijs", "Cost price"));
    w.element("dl", &[], |w| {
        w.element("dt", &[], |w| {
            put!(
                w,
                (l.pick("Kosten van de organisatie", "The organisation's costs")),
                (" ("),
                { census.period.start.to_string() },
                (" – "),
                { census.period.end.to_string() },
                (")")
            );
        });
        w.element("dd", &[], |w| {
            money_figure(w, "estimate.organisation_cost", e.organisation_cost, l);
        });
        if let Some(n) = census.visitors.unique {
            w.words_element("dt", &[], l.pick("Unieke deelnemers", "Unique participants"));
            w.element("dd", &[], |w| count_figure(w, "census.unique", n, l));
        }
        if let Some(n) = census.visitors.visits {
            w.words_element("dt", &[], l.pick("Bezoeken", "Visits"));
            w.element("dd", &[], |w| count_figure(w, "census.visits", n, l));
        }
        if let Some(m) = census.cost_per_participant() {
            w.words_element(
                "dt",
                &[],
                l.pick(
                    "Kosten per unieke deelnemer",
                    "Cost per unique participant",
                ),
            );
            w.element("dd", &[], |w| {
                money_figure(w, "census.cost_per_participant", m, l);
            });
        }
        if let Some(r) = e.net_per_euro() {
            w.words_element(
                "dt",
                &[],
                l.pick(
                    "Netto voorkomen zorgkosten per euro kosten (bijvangst, geen maat voor de waarde)",
                    "Net care costs avoided per euro of cost (a by-product, not the measure of the value)",
                ),
            );
            w.element("dd", &[], |w| {
                decimal_figure(w, "estimate.net_per_euro", r, l);
            });
        }
    });
}
