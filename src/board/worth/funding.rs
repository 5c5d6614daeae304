//! The funding picture: the totals per kind of funder (the renderings' table,
//! `render::funding_kinds_table`), and the number of agreements, funders, streams and forms
//! beside the movement's reference figures.

use crate::base::write::{put, Html, Writer};
use crate::base::Lang;
use crate::board::chart::{bar_chart, Bar};
use crate::board::figures::Figures;
use crate::board::parts::{count_figure, missing};
use crate::render::figure::Figure;
use crate::render::funding_kinds_table;
use crate::value::{FundingTotals, MOVEMENT_FUNDING};

/// Writes the funding picture.
pub(super) fn write(w: &mut Writer<Html>, f: &Figures<'_>, l: Lang) {
    w.words_element("h3", &[], l.pick("Financiering", "Funding"));
    let (Some(funding), Some(totals)) = (f.docs.funding, &f.funding_totals) else {
        missing(
            w,
            l.pick(
                "De financieringsafspraken van de organisatie (stromen, vormen, looptijden) vullen dit deel.",
                "The organisation's funding agreements (streams, forms, terms) fill this part.",
            ),
        );
        return;
    };
    w.element("p", &[], |w| {
        put!(
            w,
            (l.pick("Afspraken over de periode", "Agreements over the period")),
            (" "),
            { funding.period.start.to_string() },
            (" – "),
            { funding.period.end.to_string() },
            (".")
        );
    });
    let bars: Vec<Bar> = totals
        .by_funder_kind
        .iter()
        .map(|k| Bar {
            label: k.funder_kind.label().get(l).to_owned(),
            value: k.amount.cents() as f64,
            key: format!("funding.kind.{}", k.funder_kind.id()),
            machine: k.amount.cents().to_string(),
            shown: k.amount.format(l),
        })
        .collect();
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    bar_chart(
        w,
        "chart-funding",
        l.pick(
            "Financiering per soort financier",
            "Funding per kind of funder",
        ),
        &bars,
        max,
    );
    funding_kinds_table(totals, l).to_html(w);
    counts(w, totals, l);
    movement(w, l);
}

/// The number of funders, streams and forms.
fn counts(w: &mut Writer<Html>, totals: &FundingTotals, l: Lang) {
    w.element("dl", &[], |w| {
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
            w.words_element("dt", &[], l.pick(nl, en));
            w.element("dd", &[], |w| count_figure(w, key, n as u64, l));
        }
    });
}

/// The movement's reference figures, for comparison.
fn movement(w: &mut Writer<Html>, l: Lang) {
    let r = &MOVEMENT_FUNDING;
    let (low, high) = r.agreements_at_turnover;
    w.element("p", &[], |w| {
        put!(
            w,
            (l.pick(
                "Ter vergelijking, in de beweging: gemiddeld ",
                "For comparison, across the movement: on average "
            )),
            [Figure::tenths(r.streams_tenths, l)],
            (l.pick(" financieringsstromen en ", " funding streams and ")),
            [Figure::tenths(r.forms_tenths, l)],
            (l.pick(" financieringsvormen per ZHO (", " funding forms per ZHO (")),
            [r.streams_named],
            (l.pick(" stromen genoemd door ", " streams named by ")),
            [r.surveyed],
            (l.pick(" ZHO's), en ", " ZHOs), and ")),
            [low],
            (l.pick(" tot ", " to ")),
            [high],
            (l.pick(
                " afspraken bij een omzet van ",
                " agreements at a turnover of "
            )),
            [Figure::money(r.turnover, l)],
            (l.pick(" (bron: ", " (source: ")),
            { r.source.document },
            (", "),
            { r.source.section.as_deref().unwrap_or("") },
            (").")
        );
    });
}
