//! Strategies for a self-assessment.

use super::{id, text};
use crate::assess::{
    Assessment, AssessmentLevel, Assessor, AssessorRole, CharacteristicScore, CraftScore,
};
use crate::model::{Characteristic, CraftConcept, DocumentDate};
use proptest::prelude::*;
use proptest::sample::{select, subsequence};

/// A valid self-assessment: each of the ten characteristics once, in any order, at any level,
/// with evidence where the level is high; some craft concepts; a participant among the
/// assessors.
///
/// ```
/// use proptest::prelude::*;
/// proptest!(|(a in theory_of_value::strategy::assessment())| {
///     prop_assert!(a.validate().is_clean());
/// });
/// ```
pub fn assessment() -> impl Strategy<Value = Assessment> {
    (
        Just(Characteristic::ALL.to_vec()).prop_shuffle(),
        prop::collection::vec((select(AssessmentLevel::ALL), text()), 10),
        subsequence(CraftConcept::ALL, 0..=9),
        prop::collection::vec((select(AssessmentLevel::ALL), text()), 9),
        prop::collection::vec(select(AssessorRole::ALL), 0..4),
    )
        .prop_map(|(order, levels, craft, craft_levels, roles)| Assessment {
            schema: None,
            id: id("assessment", 0),
            organisation: "Steunpunt (proptest)".into(),
            date: DocumentDate::Year(2026),
            assessors: std::iter::once(Assessor {
                name: "Deelnemersraad".into(),
                role: AssessorRole::Participant,
            })
            .chain(roles.into_iter().map(|role| Assessor {
                name: "Iemand".into(),
                role,
            }))
            .collect(),
            characteristics: order
                .into_iter()
                .zip(levels)
                .map(|(characteristic, (level, evidence))| CharacteristicScore {
                    characteristic,
                    level,
                    evidence: level.is_high().then_some(evidence),
                })
                .collect(),
            craft: craft
                .into_iter()
                .zip(craft_levels)
                .map(|(concept, (level, evidence))| CraftScore {
                    concept,
                    level,
                    evidence: Some(evidence),
                })
                .collect(),
        })
}
