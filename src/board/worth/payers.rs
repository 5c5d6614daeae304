//! Who saves and who pays: the care avoided per payer and, with the funding agreements, the
//! wrong pocket.

use crate::base::write::{Html, Writer};
use crate::base::Lang;
use crate::board::figures::Figures;
use crate::board::parts::{decimal_cell, missing, money_cell, para};
use crate::render::figure::Figure;
use crate::render::table::{Align, Cell, Table};
use crate::value::{Estimate, WrongPocket};

/// Writes who saves and who pays.
pub(super) fn write(w: &mut Writer<Html>, f: &Figures<'_>, e: &Estimate, l: Lang) {
    w.words_element(
        "h3",
        &[],
        l.pick("Wie bespaart, wie betaalt", "Who saves, who pays"),
    );
    para(
        w,
        l.pick(
            "Een schatting op basis van de aannames van de persona's: de voorkomen kosten per betaler, volgens de wet waaronder de zorg betaald wordt (001, \"Wettelijk kader\").",
            "An estimate built on the persona assumptions: the costs avoided per payer, after the law under which the care is paid (001, \"Wettelijk kader\").",
        ),
    );
    payers_table(e, l).to_html(w);
    let Some(pocket) = &f.wrong_pocket else {
        missing(
            w,
            l.pick(
                "De financieringsafspraken van de organisatie vullen hier de tabel van de verkeerde portemonnee: wie financiert, tegenover wie bespaart.",
                "The organisation's funding agreements fill the wrong-pocket table here: who funds, against who saves.",
            ),
        );
        return;
    };
    w.words_element(
        "h4",
        &[],
        l.pick(
            "De verkeerde portemonnee: wie financiert, wie bespaart",
            "The wrong pocket: who funds, who saves",
        ),
    );
    wrong_pocket_table(pocket, l).to_html(w);
}

/// The care avoided per payer, gross and net.
fn payers_table(e: &Estimate, l: Lang) -> Table {
    let mut table = Table::new(&[
        (l.pick("Betaler", "Payer"), Align::Left),
        (l.pick("Bruto voorkomen", "Gross avoided"), Align::Right),
        (l.pick("Netto voorkomen", "Net avoided"), Align::Right),
    ]);
    for p in &e.by_payer {
        let id = p.payer.id();
        table.row(vec![
            Cell::words(p.payer.label().get(l)),
            money_cell(format!("payer.{id}.gross"), p.gross, l),
            money_cell(format!("payer.{id}.net"), p.net, l),
        ]);
    }
    table
}

/// Per payer, what it funds and what it saves, each with its share, and the savings per euro
/// it funds.
fn wrong_pocket_table(pocket: &WrongPocket, l: Lang) -> Table {
    let mut table = Table::new(&[
        (l.pick("Betaler", "Payer"), Align::Left),
        (l.pick("Financiert", "Funds"), Align::Right),
        (l.pick("Aandeel", "Share"), Align::Right),
        (l.pick("Bespaart (netto)", "Saves (net)"), Align::Right),
        (l.pick("Aandeel", "Share"), Align::Right),
        (
            l.pick("Besparing per euro", "Savings per euro"),
            Align::Right,
        ),
    ]);
    let share =
        |key: String, bp: u16| Cell::keyed(key, bp.to_string(), Figure::basis_points(bp, l));
    for r in &pocket.rows {
        let id = r.payer.id();
        table.row(vec![
            Cell::words(r.payer.label().get(l)),
            money_cell(format!("pocket.{id}.funds"), r.funds, l),
            share(format!("pocket.{id}.funds_share"), r.funds_share),
            money_cell(format!("pocket.{id}.saves_net"), r.saves_net, l),
            share(format!("pocket.{id}.saves_share"), r.saves_share),
            decimal_cell(format!("pocket.{id}.ratio"), r.ratio(), l),
        ]);
    }
    table
}
