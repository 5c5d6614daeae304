//! The comparison's findings beyond carrying: another reference named, deliberate choices,
//! and gaps.

use super::ElementCoverage;
use crate::base::{Code, Lang, Message, Report, Text};
use crate::model::{BuildingBlock, Id, Layer, TheoryOfValue};
use std::collections::HashMap;

/// `TOV306`: the local ToV says it refines another ToV than the reference.
pub(super) fn check_reference_id(
    local: &TheoryOfValue,
    reference: &TheoryOfValue,
    report: &mut Report,
) {
    if let Some(r) = &local.refines {
        if *r != reference.id {
            report.push(
                Code::OtherReference,
                "/refines",
                Message::new(
                    format!(
                        "Deze ToV zegt ToV `{r}` te verfijnen, maar wordt vergeleken met `{}`.",
                        reference.id
                    ),
                    format!(
                        "This ToV says it refines ToV `{r}` but is compared with `{}`.",
                        reference.id
                    ),
                ),
            );
        }
    }
}

/// Deliberate choices: a choice about a gap is recorded on the element (its reason shown
/// instead of the gap warning); `TOV308` a choice about an element the reference does not
/// have (building blocks are always known); `TOV309` a choice not to carry what is carried.
pub(super) fn choice_findings(
    local: &TheoryOfValue,
    reference: &TheoryOfValue,
    elements: &mut [ElementCoverage],
    report: &mut Report,
) {
    if local.choices.is_empty() {
        return;
    }
    // Each reference ID's first element, and the names to suggest from, built once, so that
    // many choices against many elements stay linear. The reasons are recorded on the
    // elements once every choice is checked, in the same order.
    let mut reasons: Vec<(usize, &Text)> = Vec::new();
    {
        let elements: &[ElementCoverage] = elements;
        let mut at: HashMap<&str, usize> = HashMap::with_capacity(elements.len());
        for (k, e) in elements.iter().enumerate() {
            at.entry(e.reference.as_str()).or_insert(k);
        }
        let mut names: Option<Vec<&str>> = None;
        let mut hints = crate::read::suggest::Hints::new();
        for (i, choice) in local.choices.iter().enumerate() {
            let path = format!("/choices/{i}/element");
            let id = &choice.element;
            if let Some(&k) = at.get(id.as_str()) {
                let e = &elements[k];
                if e.is_gap() {
                    reasons.push((k, &choice.reason));
                } else {
                    let by: Vec<&str> = e.refined_by.iter().map(Id::as_str).collect();
                    report.push(
                        Code::ChoiceContradicted,
                        path,
                        Message::new(
                            format!("De keuze zegt '{}' (`{id}`) bewust niet te dragen, maar {} draagt het wel: schrap de keuze of de verfijning.", e.label.nl, by.join(", ")),
                            format!("The choice says '{}' (`{id}`) is deliberately not carried, but {} does carry it: remove the choice or the refinement.", e.label.get(Lang::En), by.join(", ")),
                        ),
                    );
                }
                continue;
            }
            if BuildingBlock::ALL.iter().any(|b| b.id() == id.as_str()) {
                // A building block the reference has no activity of: the validation of the
                // ToV itself shows the choice (TOV129).
                continue;
            }
            let names = names
                .get_or_insert_with(|| elements.iter().map(|e| e.reference.as_str()).collect());
            let (hint_nl, hint_en) = hints.hint(id.as_str(), names);
            report.push(
                Code::UnknownChoiceElement,
                path,
                Message::new(
                    format!(
                        "ToV `{}` heeft geen element of soort `{id}` om bewust niet te dragen.{hint_nl}",
                        reference.id
                    ),
                    format!(
                        "ToV `{}` has no element or kind `{id}` to deliberately not carry.{hint_en}",
                        reference.id
                    ),
                ),
            );
        }
    }
    for (k, reason) in reasons {
        elements[k].choice = Some(reason.clone());
    }
}

/// `TOV301`: a reference element or kind that no local element carries; `TOV307` instead
/// where the gap is a recorded choice, with its reason.
pub(super) fn gap_findings(
    elements: &[ElementCoverage],
    reference: &TheoryOfValue,
    report: &mut Report,
) {
    for e in elements.iter().filter(|e| e.is_gap()) {
        let layer_field = e.layer.field();
        let (what_nl, what_en) = match e.layer {
            Layer::Activity | Layer::Input => ("soort", "kind"),
            _ => ("element", "element"),
        };
        if let Some(reason) = &e.choice {
            report.push(
                Code::DeliberateChoice,
                format!("/{layer_field}"),
                Message::new(
                    format!("Geen lokaal element draagt {what_nl} '{}' (`{}`, {}) uit ToV `{}`, als bewuste keuze: {}", e.label.nl, e.reference, e.layer.label().nl, reference.id, reason.nl.trim()),
                    format!("No local element carries {what_en} '{}' (`{}`, {}) of ToV `{}`, as a deliberate choice: {}", e.label.get(Lang::En), e.reference, e.layer.label().en, reference.id, reason.get(Lang::En).trim()),
                ),
            );
            continue;
        }
        report.push(
            Code::Gap,
            format!("/{layer_field}"),
            Message::new(
                format!("Geen lokaal element draagt {what_nl} '{}' (`{}`, {}) uit ToV `{}`: een hiaat, of een bewuste keuze (leg die vast onder `choices`).", e.label.nl, e.reference, e.layer.label().nl, reference.id),
                format!("No local element carries {what_en} '{}' (`{}`, {}) of ToV `{}`: a gap, or a deliberate choice (record it under `choices`).", e.label.get(Lang::En), e.reference, e.layer.label().en, reference.id),
            ),
        );
    }
}
