//! Break-even: how many participants one avoided episode of care a year pays for.

use crate::base::write::{put, Md, Writer};
use crate::base::Lang;
use crate::render::figure::Figure;
use crate::value::{break_even, Census, Estimate, Money};

/// 000's example of break-even: a participant's cost against a forced HIC admission.
fn break_even_reference(out: &mut Writer<Md>, lang: Lang) {
    let reference = break_even(
        Money::from_euros(3_000),
        Money::from_cents(60_239)
            .checked_mul(21)
            .unwrap_or(Money::ZERO),
    );
    let Some(b) = reference else {
        return;
    };
    let m = |x: Money| Figure::money(x, lang);
    put!(
        out,
        (lang.pick(
            "Voorbeeld uit ‘acht perspectieven op de beweging’ (hoofdstuk 1, noot 5): ",
            "Example from ‘eight perspectives on the movement’ (chapter 1, footnote 5): "
        )),
        [m(b.cost_per_participant)],
        (lang.pick(
            " per deelnemer per jaar tegen een gedwongen HIC-opname van ",
            " per participant a year against a forced HIC admission of "
        )),
        [m(b.episode_cost)],
        (lang.pick(
            " (max. € 602,39 per dag × 21 dagen): één voorkomen opname per jaar per ",
            " (at most €602.39 a day × 21 days): one avoided admission a year per "
        )),
        [b.participants_per_episode],
        (lang.pick(
            " deelnemers dekt de kosten (",
            " participants covers the cost ("
        )),
        [b.participants_per_episode],
        " × ",
        [m(b.cost_per_participant)],
        " = ",
        [m(b.covered_cost)],
        ", ",
        [m(b.margin)],
        (lang.pick(" over).", " to spare).")),
        "\n\n"
    );
}

/// How many participants one avoided episode a year of each kind of care pays for, at `cost`
/// per participant; each kind of care once.
fn break_even_lines(out: &mut Writer<Md>, e: &Estimate, cost: Money, lang: Lang) {
    let mut seen: std::collections::HashSet<(&str, Money)> = std::collections::HashSet::new();
    for l in &e.care_lines {
        if !seen.insert((l.label.get(lang), l.yearly_cost)) {
            continue;
        }
        let Some(b) = break_even(cost, l.yearly_cost) else {
            continue;
        };
        put!(
            out,
            "- ",
            { l.label.get(lang) },
            " (",
            [Figure::money(l.yearly_cost, lang)],
            "): "
        );
        match b.participants_per_episode {
            0 => put!(
                out,
                (lang.pick(
                    "zelfs één voorkomen per jaar per deelnemer dekt de kosten niet",
                    "even one avoided a year per participant does not cover the cost",
                ))
            ),
            1 => put!(
                out,
                (lang.pick(
                    "één voorkomen per jaar per deelnemer dekt de kosten",
                    "one avoided episode a year per participant covers the cost",
                ))
            ),
            n => put!(
                out,
                (lang.pick(
                    "één voorkomen per jaar per ",
                    "one avoided episode a year per "
                )),
                [n],
                (lang.pick(
                    " deelnemers dekt de kosten",
                    " participants covers the cost"
                ))
            ),
        }
        out.newline();
    }
    out.newline();
}

pub(super) fn markdown(out: &mut Writer<Md>, e: &Estimate, census: &Census, lang: Lang) {
    put!(out, [#2], (lang.pick("Break-even", "Break-even")), "\n\n");
    break_even_reference(out, lang);
    let Some(cost) = census.cost_per_participant() else {
        return;
    };
    put!(
        out,
        (lang.pick(
            "Deze organisatie, kosten per unieke deelnemer",
            "This organisation, cost per unique participant"
        )),
        " ",
        [Figure::money(cost, lang)],
        ":\n\n"
    );
    break_even_lines(out, e, cost, lang);
}

/// Break-even of the census's cost per participant against each line of care avoided, as
/// Markdown, with 000's example as the reference: how many participants one avoided episode
/// a year pays for. Empty when the census gives no cost per participant.
///
/// ```
/// use theory_of_value::base::Lang;
/// use theory_of_value::example;
/// let md = theory_of_value::render::break_even_markdown(example::estimate(), example::census(), Lang::En);
/// assert!(md.contains("one avoided admission a year per 4 participants"));
/// assert!(md.contains("one avoided episode a year per 14 participants"));
/// ```
pub fn break_even_markdown(e: &Estimate, census: &Census, lang: Lang) -> String {
    let mut out = Writer::<Md>::new();
    markdown(&mut out, e, census, lang);
    out.finish()
}
