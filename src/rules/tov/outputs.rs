//! The outputs of a ToV: contribution kinds (`TOV114`), a measurement (`TOV112`) that is not
//! only counting attendance (`TOV125`), counting and telling together (`TOV113`), and a
//! statement that is not a production count (`TOV119`).

use crate::base::{Code, Message, Report, Text};
use crate::model::{ContributionKind, MeasurementKind, TheoryOfValue};

/// Whether an output statement reads as a production count ("aantal bezoekers").
fn reads_as_count(text: &Text) -> bool {
    // As a reader sees it: without invisible characters, in NFC, every space a plain space.
    let seen = |s: &str| -> String {
        crate::rules::unicode::comparable(s)
            .trim()
            .chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .collect::<String>()
            .to_lowercase()
    };
    let nl = seen(&text.nl);
    let en = seen(text.en.as_deref().unwrap_or_default());
    // "Aantal deelnemers dat zich gehoord voelt" counts an experience, not production: a
    // relative clause after the count makes it an output.
    let qualified = |s: &str| {
        [" dat ", " die ", " that ", " who ", " which "]
            .iter()
            .any(|w| s.contains(w))
    };
    let counts =
        |s: &str, starts: &[&str]| starts.iter().any(|p| s.starts_with(p)) && !qualified(s);
    counts(&nl, &["aantal ", "het aantal "])
        || nl.contains("bezoekersaantal")
        || (nl.contains("aantal bezoek") && !qualified(&nl))
        || counts(&en, &["number of ", "the number of "])
}

/// Whether a measurement method only counts attendance: visitors, visits or activities held
/// ("Aantal bezoekers per week", "bezoekersregistratie", "number of visits"). The sources reject
/// that as a measure of value (001, "Monitoring"; 000, "Waarde meten").
fn counts_attendance(text: &Text) -> bool {
    let check = |s: &str| {
        let s = s.trim().to_lowercase();
        let qualified = [" dat ", " die ", " that ", " who ", " which "]
            .iter()
            .any(|w| s.contains(w));
        let counting = [
            "aantal",
            "turven",
            "registratie",
            "presentielijst",
            "telling van",
            "number of",
            "count of",
            "counting",
            "headcount",
            "attendance",
            "register",
        ]
        .iter()
        .any(|w| s.contains(w));
        let attendance = [
            "bezoek",
            "activiteiten",
            "bijeenkomsten",
            "deelnemers",
            "inloop",
            "visit",
            "activities",
            "sessions",
            "participants",
            "attendance",
        ]
        .iter()
        .any(|w| s.contains(w));
        counting && attendance && !qualified
    };
    check(&text.nl) || text.en.as_deref().is_some_and(check)
}

pub(super) fn outputs(tov: &TheoryOfValue, r: &mut Report) {
    let mut kinds = std::collections::BTreeSet::new();
    for (i, o) in tov.outputs.iter().enumerate() {
        if o.contributions.is_empty() {
            let all: Vec<&str> = ContributionKind::ALL.iter().map(|k| k.label().nl).collect();
            r.push(
                Code::NoContributionKind,
                format!("/outputs/{i}/contributions"),
                Message::new(
                    format!("Output `{}` zegt niet welke bijdrage hij kan vastleggen ({}): waarde is niet alleen verandering.", o.id, all.join(", ")),
                    format!("Output `{}` does not say which contributions it can record (improvement, stabilisation, slower decline): value is not only change.", o.id),
                ),
            );
        }
        if o.measurement.is_empty() {
            r.push(
                Code::UnmeasuredOutput,
                format!("/outputs/{i}/measurement"),
                Message::new(
                    format!("Output `{}` noemt geen meting: hoe weet je of hij bereikt is? Noem een methode of instrument (tellen of vertellen).", o.id),
                    format!("Output `{}` names no measurement: how will you know it was reached? Name a method or instrument (counting or telling).", o.id),
                ),
            );
        }
        kinds.extend(o.measurement.iter().map(|m| m.kind));
        for (j, m) in o.measurement.iter().enumerate() {
            if counts_attendance(&m.method) {
                r.push(
                    Code::MeasurementAsReach,
                    format!("/outputs/{i}/measurement/{j}/method"),
                    Message::new(
                        format!("De meting bij output `{}` telt alleen bezoekers, bezoeken of activiteiten: dat is bereik en zegt niets over de toegevoegde waarde voor de bezoekers. Meet wat deelnemers ervaren (tellen en vertellen) en zet de aantallen onder `reach`.", o.id),
                        format!("The measurement of output `{}` only counts visitors, visits or activities: that is reach and says nothing about the added value for the visitors. Measure what participants experience (counting and telling) and move the counts to `reach`.", o.id),
                    ),
                );
            }
        }
        if reads_as_count(&o.statement) {
            r.push(
                Code::OutputAsReach,
                format!("/outputs/{i}/statement"),
                Message::new(
                    format!("Output `{}` leest als een productietelling (aantallen bezoekers of activiteiten): dat is bereik, geen output. Zet het onder `reach` en beschrijf wat deelnemers ervaren.", o.id),
                    format!("Output `{}` reads as a production count (numbers of visitors or activities): that is reach, not output. Move it to `reach` and describe what participants experience.", o.id),
                ),
            );
        }
    }
    if let (1, Some(only)) = (kinds.len(), kinds.first().copied()) {
        let (nl, en) = match only {
            MeasurementKind::Quantitative => (
                "alleen geteld (kwantitatief); voeg vertellen toe, zoals ervaringsverhalen",
                "only counted (quantitative); add telling, such as experience stories",
            ),
            MeasurementKind::Qualitative => (
                "alleen verteld (kwalitatief); voeg tellen toe, zoals een vragenlijst",
                "only told (qualitative); add counting, such as a questionnaire",
            ),
        };
        r.push(
            Code::OneSidedMeasurement,
            "/outputs",
            Message::new(
                format!("Tellen en vertellen: in deze ToV wordt {nl}."),
                format!("Counting and telling: this ToV is {en}."),
            ),
        );
    }
}
