//! Who saves and who pays: the care avoided per payer and, with the funding agreements, the
//! wrong pocket, in the tables the renderings show (`render::payer_tables`,
//! `render::wrong_pocket_table`).

use crate::base::write::{Html, Writer};
use crate::base::Lang;
use crate::board::figures::Figures;
use crate::board::parts::{missing, para};
use crate::render::{payer_tables, wrong_pocket_table};
use crate::value::Estimate;

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
    let [payers, _laws] = payer_tables(e, l);
    payers.to_html(w);
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
