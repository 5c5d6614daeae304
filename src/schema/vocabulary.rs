//! The closed vocabularies of the documents, by schema definition name: a human title per
//! value and, where the catalogue has one, an explanation.

use crate::base::{Label, Lang};
use serde_json::Value;

/// The human titles of the values of a closed vocabulary, by schema definition name.
pub(super) fn vocabulary(name: &str) -> Option<Vec<(String, Label)>> {
    model_vocabulary(name)
        .or_else(|| value_vocabulary(name))
        .or_else(|| monitor_vocabulary(name))
        .or_else(|| report_vocabulary(name))
}

/// Each value of `all` as it is written in a document, with its title.
fn of<T: Copy + serde::Serialize>(all: &[T], label: fn(T) -> Label) -> Vec<(String, Label)> {
    all.iter()
        .map(|v| {
            let id = match serde_json::to_value(v) {
                Ok(Value::String(s)) => s,
                _ => unreachable!("vocabularies serialise as strings"),
            };
            (id, label(*v))
        })
        .collect()
}

/// The vocabularies of a ToV and its catalogues.
fn model_vocabulary(name: &str) -> Option<Vec<(String, Label)>> {
    use crate::model::{
        ActivityKind, AuthorKind, BuildingBlock, Characteristic, ContributionKind, CraftConcept,
        Ijkpunt, InputKind, Layer, Level, MeasurementKind, PartnerKind, QuestionGroup, ReachKind,
        ScopeLevel,
    };
    Some(match name {
        "ActivityKind" => of(ActivityKind::ALL, ActivityKind::label),
        "BuildingBlock" => of(BuildingBlock::ALL, BuildingBlock::label),
        "InputKind" => of(InputKind::ALL, InputKind::label),
        "CraftConcept" => of(CraftConcept::ALL, CraftConcept::label),
        "QuestionGroup" => of(QuestionGroup::ALL, QuestionGroup::label),
        "PartnerKind" => of(PartnerKind::ALL, PartnerKind::label),
        "Characteristic" => of(Characteristic::ALL, |c| {
            Label::new(short_characteristic(c).0, short_characteristic(c).1)
        }),
        "ReachKind" => of(ReachKind::ALL, ReachKind::label),
        "Ijkpunt" => of(Ijkpunt::ALL, Ijkpunt::label),
        "Layer" => of(&Layer::ALL, Layer::label),
        "Level" => of(&Level::ALL, Level::label),
        "ContributionKind" => of(&ContributionKind::ALL, ContributionKind::label),
        "MeasurementKind" => of(
            &[MeasurementKind::Quantitative, MeasurementKind::Qualitative],
            MeasurementKind::label,
        ),
        "ScopeLevel" => of(
            &[ScopeLevel::National, ScopeLevel::Local],
            ScopeLevel::label,
        ),
        "AuthorKind" => of(
            &[AuthorKind::Organisation, AuthorKind::Person],
            AuthorKind::label,
        ),
        _ => return None,
    })
}

/// The vocabularies of the value documents (personas, census, funding) and of the
/// self-assessment and measurement plan.
fn value_vocabulary(name: &str) -> Option<Vec<(String, Label)>> {
    use crate::assess::{AssessmentLevel, AssessorRole, Instrument};
    use crate::value::{
        CareKind, FunderKind, FundingForm, FundingTerm, Law, Payer, Strength, VisitorKind,
    };
    Some(match name {
        "Strength" => of(Strength::ALL, Strength::label),
        "VisitorKind" => of(VisitorKind::ALL, VisitorKind::label),
        "CareKind" => of(CareKind::ALL, CareKind::label),
        "AssessmentLevel" => of(AssessmentLevel::ALL, AssessmentLevel::label),
        "AssessorRole" => of(AssessorRole::ALL, AssessorRole::label),
        "Instrument" => of(Instrument::ALL, Instrument::label),
        "Law" => of(Law::ALL, Law::label),
        "Payer" => of(Payer::ALL, Payer::label),
        "FunderKind" => of(FunderKind::ALL, FunderKind::label),
        "FundingForm" => of(FundingForm::ALL, FundingForm::label),
        "FundingTerm" => of(FundingTerm::ALL, FundingTerm::label),
        _ => return None,
    })
}

/// The vocabularies of the monitor's documents.
fn monitor_vocabulary(name: &str) -> Option<Vec<(String, Label)>> {
    use crate::monitor::{AreaIndicator, Change, Consent, Direction, ScoringMethod};
    Some(match name {
        "Direction" => of(
            &[Direction::HigherIsBetter, Direction::LowerIsBetter],
            Direction::label,
        ),
        "ScoringMethod" => of(
            &[ScoringMethod::Mean, ScoringMethod::Sum],
            ScoringMethod::label,
        ),
        "Change" => of(&Change::ALL, Change::label),
        "Consent" => of(&Consent::ALL, Consent::label),
        "AreaIndicator" => of(&AreaIndicator::ALL, AreaIndicator::label),
        _ => return None,
    })
}

/// The vocabularies of a report of findings: severities, languages and codes.
fn report_vocabulary(name: &str) -> Option<Vec<(String, Label)>> {
    use crate::base::{Code, Severity};
    Some(match name {
        "Severity" => of(
            &[Severity::Info, Severity::Warning, Severity::Error],
            Severity::label,
        ),
        "Lang" => of(&Lang::ALL, Lang::label),
        "Code" => Code::ALL
            .iter()
            .map(|c| (c.as_str().to_owned(), c.title()))
            .collect(),
        _ => return None,
    })
}

/// The catalogue's explanation of a vocabulary value, where the crate has one: the source's
/// description of a building block, the full wording of a characteristic.
pub(super) fn value_description(vocabulary: &str, id: &str) -> Option<Label> {
    use crate::model::{ActivityKind, BuildingBlock, Characteristic};
    match vocabulary {
        "BuildingBlock" => id
            .parse::<BuildingBlock>()
            .ok()
            .map(BuildingBlock::description),
        "ActivityKind" => id
            .parse::<ActivityKind>()
            .ok()
            .and_then(ActivityKind::building_block)
            .map(BuildingBlock::description),
        "Characteristic" => id.parse::<Characteristic>().ok().map(Characteristic::label),
        _ => None,
    }
}

/// A characteristic's short title for a form: its number and a few words.
fn short_characteristic(c: crate::model::Characteristic) -> (&'static str, &'static str) {
    use crate::model::Characteristic as C;
    match c {
        C::LowThresholdAccess => (
            "1. Laagdrempelig toegankelijk voor iedereen",
            "1. Low-threshold access for everyone",
        ),
        C::LearningRecoveryDevelopment => (
            "2. Gericht op leren, herstel en ontwikkeling",
            "2. Aimed at learning, recovery and development",
        ),
        C::GiveAndTake => (
            "3. Iets te halen én te brengen",
            "3. Something to take and to give",
        ),
        C::ReciprocityEquality => (
            "4. Wederkerigheid en gelijkwaardigheid",
            "4. Reciprocity and equality",
        ),
        C::PeopleNotRoles => (
            "5. Mens, niet cliënt of hulpverlener",
            "5. People, not client or helper",
        ),
        C::NeedsLed => (
            "6. Ondersteuning vanuit de behoeften",
            "6. Support shaped by needs",
        ),
        C::WhatSuitsYou => ("7. Wat past bij jou", "7. What suits you"),
        C::CollectiveKnowledge => (
            "8. Collectieve ervaringskennis komt samen",
            "8. Collective experiential knowledge comes together",
        ),
        C::ExpertsInTheLead => (
            "9. Ervaringsdeskundigen in de lead",
            "9. Experts by experience in the lead",
        ),
        C::Cooperation => (
            "10. Samenwerking met partners",
            "10. Cooperation with partners",
        ),
    }
}
