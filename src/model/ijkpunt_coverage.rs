//! Which of the four ijkpunten a ToV's activities primarily serve, and the gaps.

use crate::model::{Id, Ijkpunt, TheoryOfValue};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The activities that primarily serve one ijkpunt.
///
/// ```
/// let view = theory_of_value::model::ijkpunt_coverage(theory_of_value::example::local_tov());
/// assert_eq!(view.ijkpunten.len(), 4);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IjkpuntActivities {
    /// The ijkpunt.
    pub ijkpunt: Ijkpunt,
    /// The activities that primarily serve it, in document order.
    pub activities: Vec<Id>,
}

/// Which ijkpunt each activity primarily serves, and the gaps.
///
/// ```
/// use theory_of_value::example;
/// use theory_of_value::model::{ijkpunt_coverage, Ijkpunt};
/// let view = ijkpunt_coverage(example::local_tov());
/// assert_eq!(view.gaps(), vec![Ijkpunt::AccessToCare]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IjkpuntCoverage {
    /// Per ijkpunt, the activities that primarily serve it.
    pub ijkpunten: Vec<IjkpuntActivities>,
    /// Activities that state no ijkpunt.
    pub unstated: Vec<Id>,
}

impl IjkpuntCoverage {
    /// The ijkpunten no activity primarily serves: the gaps (hiaten).
    ///
    /// ```
    /// let view = theory_of_value::model::ijkpunt_coverage(theory_of_value::national());
    /// assert_eq!(view.gaps().len(), 4); // the national ToV states no ijkpunten
    /// ```
    pub fn gaps(&self) -> Vec<Ijkpunt> {
        self.ijkpunten
            .iter()
            .filter(|i| i.activities.is_empty())
            .map(|i| i.ijkpunt)
            .collect()
    }
}

/// The ijkpunt coverage of a ToV's activities.
///
/// ```
/// let view = theory_of_value::model::ijkpunt_coverage(theory_of_value::example::local_tov());
/// assert!(view.unstated.is_empty());
/// ```
pub fn ijkpunt_coverage(tov: &TheoryOfValue) -> IjkpuntCoverage {
    IjkpuntCoverage {
        ijkpunten: Ijkpunt::ALL
            .iter()
            .map(|i| IjkpuntActivities {
                ijkpunt: *i,
                activities: tov
                    .activities
                    .iter()
                    .filter(|a| a.ijkpunt == Some(*i))
                    .map(|a| a.id.clone())
                    .collect(),
            })
            .collect(),
        unstated: tov
            .activities
            .iter()
            .filter(|a| a.ijkpunt.is_none())
            .map(|a| a.id.clone())
            .collect(),
    }
}
