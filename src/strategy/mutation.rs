//! Ways of breaking a valid ToV, each with the finding code validation must then report.

use super::id;
use crate::base::Text;
use crate::model::{
    Activity, ActivityKind, BuildingBlock, Choice, Id, InputKind, Level, Measurement,
    MeasurementKind, Partner, Scope, ScopeLevel, TheoryOfValue,
};
use proptest::prelude::*;
use proptest::sample::select;

/// One way of breaking a ToV, with the finding code validation must then report.
///
/// ```
/// use theory_of_value::strategy::Mutation;
/// let mut tov = theory_of_value::national().clone();
/// Mutation::DanglingLink.apply(&mut tov);
/// assert!(tov.validate().with_code(Mutation::DanglingLink.code()).count() > 0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Mutation {
    /// Empties the outputs (`TOV101`).
    EmptyOutputs,
    /// Blanks the Dutch title (`TOV102`).
    BlankTitle,
    /// Gives the first output the first outcome's ID (`TOV103`).
    DuplicateId,
    /// Links the first output to an outcome that does not exist (`TOV104`).
    DanglingLink,
    /// Adds an output no activity serves (`TOV105`).
    OrphanOutput,
    /// Adds an activity no input enables (`TOV106`).
    OrphanActivity,
    /// Adds an outcome no output evidences (`TOV107`).
    OrphanOutcome,
    /// Moves every outcome and output to the individual level (`TOV108`).
    NoCollectiveLevel,
    /// Moves the first output to the other level, keeping its links (`TOV109`).
    LevelMismatch,
    /// Makes the ToV local and removes its growth-pond activities (`TOV110`).
    NoGrowthPond,
    /// Turns the first activity into an unlabelled `own` activity (`TOV111`).
    UnlabelledOwn,
    /// Removes the first output's measurement (`TOV112`).
    Unmeasured,
    /// Makes every measurement counting (`TOV113`).
    OnlyCounting,
    /// Removes the first output's contribution kinds (`TOV114`).
    NoContributionKinds,
    /// Removes sustainable funding from the inputs (`TOV115`).
    NoFunding,
    /// Turns lived-experience staff into another input (`TOV116`).
    NoLivedExperienceStaff,
    /// Unmarks every author's lived experience (`TOV117`).
    NoLivedExperienceAuthor,
    /// Writes "intake" into the title (`TOV118`).
    AvoidedWord,
    /// Words the first output as a visitor count (`TOV119`).
    OutputAsReach,
    /// Makes the scope local without an organisation (`TOV120`).
    IncompleteScope,
    /// Repeats the first output's first outcome link (`TOV121`).
    DuplicateReference,
    /// Adds a measurement to the first output that only counts visitors (`TOV125`).
    MeasurementAsReach,
    /// Adds a partner with neither a kind nor a label (`TOV126`).
    UnlabelledPartner,
    /// Records a deliberate choice with a blank reason (`TOV128`).
    ChoiceWithoutReason,
    /// Makes the ToV local, removes its growth-pond activities and records that as a choice
    /// (`TOV129`).
    GrowthPondChosenAway,
    /// Puts a zero-width space inside a word of the title (`TOV122`).
    InvisibleCharacter,
    /// Puts a right-to-left override into the title (`TOV123`).
    BidiControl,
    /// Puts an escape character into the title (`TOV124`).
    ControlCharacter,
}

impl Mutation {
    /// Every mutation.
    ///
    /// ```
    /// assert_eq!(theory_of_value::strategy::Mutation::ALL.len(), 28);
    /// ```
    pub const ALL: &'static [Mutation] = &[
        Mutation::EmptyOutputs,
        Mutation::BlankTitle,
        Mutation::DuplicateId,
        Mutation::DanglingLink,
        Mutation::OrphanOutput,
        Mutation::OrphanActivity,
        Mutation::OrphanOutcome,
        Mutation::NoCollectiveLevel,
        Mutation::LevelMismatch,
        Mutation::NoGrowthPond,
        Mutation::UnlabelledOwn,
        Mutation::Unmeasured,
        Mutation::OnlyCounting,
        Mutation::NoContributionKinds,
        Mutation::NoFunding,
        Mutation::NoLivedExperienceStaff,
        Mutation::NoLivedExperienceAuthor,
        Mutation::AvoidedWord,
        Mutation::OutputAsReach,
        Mutation::IncompleteScope,
        Mutation::DuplicateReference,
        Mutation::MeasurementAsReach,
        Mutation::UnlabelledPartner,
        Mutation::ChoiceWithoutReason,
        Mutation::GrowthPondChosenAway,
        Mutation::InvisibleCharacter,
        Mutation::BidiControl,
        Mutation::ControlCharacter,
    ];

    /// The finding code the mutation must produce.
    ///
    /// ```
    /// use theory_of_value::{strategy::Mutation, Code};
    /// assert_eq!(Mutation::NoFunding.code(), Code::NoSustainableFunding);
    /// ```
    pub const fn code(self) -> crate::base::Code {
        use crate::base::Code as C;
        match self {
            Mutation::EmptyOutputs => C::EmptyLayer,
            Mutation::BlankTitle => C::EmptyText,
            Mutation::DuplicateId => C::DuplicateId,
            Mutation::DanglingLink => C::UnresolvedLink,
            Mutation::OrphanOutput => C::OrphanOutput,
            Mutation::OrphanActivity => C::OrphanActivity,
            Mutation::OrphanOutcome => C::OrphanOutcome,
            Mutation::NoCollectiveLevel => C::MissingLevel,
            Mutation::LevelMismatch => C::LevelMismatch,
            Mutation::NoGrowthPond => C::MissingBuildingBlock,
            Mutation::UnlabelledOwn => C::UnlabelledOwn,
            Mutation::Unmeasured => C::UnmeasuredOutput,
            Mutation::OnlyCounting => C::OneSidedMeasurement,
            Mutation::NoContributionKinds => C::NoContributionKind,
            Mutation::NoFunding => C::NoSustainableFunding,
            Mutation::NoLivedExperienceStaff => C::NoLivedExperienceStaff,
            Mutation::NoLivedExperienceAuthor => C::NoLivedExperienceAuthor,
            Mutation::AvoidedWord => C::AvoidedWord,
            Mutation::OutputAsReach => C::OutputAsReach,
            Mutation::IncompleteScope => C::IncompleteScope,
            Mutation::DuplicateReference => C::DuplicateReference,
            Mutation::MeasurementAsReach => C::MeasurementAsReach,
            Mutation::UnlabelledPartner => C::UnlabelledPartner,
            Mutation::ChoiceWithoutReason => C::ChoiceWithoutReason,
            Mutation::GrowthPondChosenAway => C::BuildingBlockChosenAway,
            Mutation::InvisibleCharacter => C::InvisibleCharacter,
            Mutation::BidiControl => C::BidiControl,
            Mutation::ControlCharacter => C::ControlCharacter,
        }
    }

    /// Breaks `tov`. Works on any ToV whose every layer is non-empty.
    ///
    /// ```
    /// use theory_of_value::strategy::Mutation;
    /// let mut tov = theory_of_value::example::local_tov().clone();
    /// Mutation::NoGrowthPond.apply(&mut tov);
    /// let report = tov.validate();
    /// assert_eq!(report.with_code(Mutation::NoGrowthPond.code()).count(), 1);
    /// assert!(!report.has_errors());
    /// ```
    // Long by design: one short, independent arm per mutation.
    pub fn apply(self, tov: &mut TheoryOfValue) {
        match self {
            Mutation::EmptyOutputs => tov.outputs.clear(),
            Mutation::BlankTitle => tov.title.nl = " ".into(),
            Mutation::DuplicateId => {
                let id = tov.outcomes[0].id.clone();
                tov.outputs[0].id = id;
            }
            Mutation::DanglingLink => {
                let missing = unused_id("missing", tov);
                tov.outputs[0].outcomes.push(missing);
            }
            Mutation::OrphanOutput => {
                let mut o = tov.outputs[0].clone();
                o.id = unused_id("orphan-output", tov);
                tov.outputs.push(o);
            }
            Mutation::OrphanActivity => {
                let mut a = tov.activities[0].clone();
                a.id = unused_id("orphan-activity", tov);
                tov.activities.push(a);
            }
            Mutation::OrphanOutcome => {
                let mut o = tov.outcomes[0].clone();
                o.id = unused_id("orphan-outcome", tov);
                tov.outcomes.push(o);
            }
            Mutation::NoCollectiveLevel => {
                tov.outcomes
                    .iter_mut()
                    .for_each(|o| o.level = Level::Individual);
                tov.outputs
                    .iter_mut()
                    .for_each(|o| o.level = Level::Individual);
            }
            Mutation::LevelMismatch => move_to_other_level(tov),
            Mutation::NoGrowthPond => remove_growth_pond(tov),
            Mutation::UnlabelledOwn => {
                tov.activities[0].kind = ActivityKind::Own;
                tov.activities[0].label = None;
            }
            Mutation::Unmeasured => tov.outputs[0].measurement.clear(),
            Mutation::OnlyCounting => only_counting(tov),
            Mutation::NoContributionKinds => tov.outputs[0].contributions.clear(),
            Mutation::NoFunding => tov
                .inputs
                .retain(|i| i.kind != InputKind::SustainableFunding),
            Mutation::NoLivedExperienceStaff => {
                for i in &mut tov.inputs {
                    if i.kind == InputKind::LivedExperienceStaff {
                        i.kind = InputKind::Embedding;
                    }
                }
            }
            Mutation::NoLivedExperienceAuthor => tov
                .authors
                .iter_mut()
                .for_each(|a| a.lived_experience = false),
            Mutation::AvoidedWord => tov.title.nl.push_str(" (geen intake nodig)"),
            Mutation::OutputAsReach => {
                tov.outputs[0].statement =
                    Text::bilingual("Aantal bezoekers per week", "Number of visitors per week");
            }
            Mutation::IncompleteScope => {
                tov.scope = Scope {
                    organisation: None,
                    ..Scope::local("x", ["Raalte"])
                }
            }
            Mutation::DuplicateReference => {
                if tov.outputs[0].outcomes.is_empty() {
                    tov.outputs[0].outcomes.push(tov.outcomes[0].id.clone());
                }
                let first = tov.outputs[0].outcomes[0].clone();
                tov.outputs[0].outcomes.push(first);
            }
            Mutation::MeasurementAsReach => tov.outputs[0].measurement.push(Measurement::new(
                Text::bilingual("Aantal bezoekers per week", "Number of visitors per week"),
                MeasurementKind::Quantitative,
            )),
            Mutation::UnlabelledPartner => tov.partners.push(Partner::new("Buurthuis", None)),
            Mutation::ChoiceWithoutReason => tov.choices.push(Choice::new(
                Id::new(ActivityKind::Respite.id()).expect("catalogue IDs are identifiers"),
                Text::new("  "),
            )),
            Mutation::GrowthPondChosenAway => {
                Mutation::NoGrowthPond.apply(tov);
                tov.choices.retain(|c| c.element.as_str() != "growth_pond");
                tov.choices.push(Choice::new(
                    Id::new(BuildingBlock::GrowthPond.id()).expect("catalogue IDs are identifiers"),
                    Text::new("Doorgroeien gebeurt bij onze partner in de stad."),
                ));
            }
            Mutation::InvisibleCharacter => tov.title.nl.push_str(" her\u{200b}stel"),
            Mutation::BidiControl => tov.title.nl.push_str(" \u{202e}lets\u{202c}"),
            Mutation::ControlCharacter => tov.title.nl.push_str(" \u{1b}[2J"),
        }
    }
}

/// The first ID `{prefix}-{i}` that no element of `taken` has.
fn unused_id(prefix: &str, taken: &TheoryOfValue) -> Id {
    let mut i = 0;
    loop {
        let candidate = id(prefix, i);
        let used = taken.outcomes.iter().any(|o| o.id == candidate)
            || taken.outputs.iter().any(|o| o.id == candidate)
            || taken.activities.iter().any(|o| o.id == candidate)
            || taken.inputs.iter().any(|o| o.id == candidate)
            || taken.reach.iter().any(|o| o.id == candidate)
            || taken.impact.as_ref().is_some_and(|o| o.id == candidate);
        if !used {
            return candidate;
        }
        i += 1;
    }
}

/// Moves the first output to the other level, keeping (or making) a link to an outcome.
fn move_to_other_level(tov: &mut TheoryOfValue) {
    let o = &mut tov.outputs[0];
    o.level = match o.level {
        Level::Individual => Level::Collective,
        Level::Collective => Level::Individual,
    };
    if o.outcomes.is_empty() {
        o.outcomes.push(tov.outcomes[0].id.clone());
    }
}

/// Makes the ToV local and removes its growth-pond activities and the links to them; a walk-in
/// serving every output takes their place if no activity is left.
fn remove_growth_pond(tov: &mut TheoryOfValue) {
    if tov.scope.level != ScopeLevel::Local {
        tov.scope = Scope::local("Steunpunt", ["Raalte"]);
    }
    let gone: Vec<Id> = tov
        .activities
        .iter()
        .filter(|a| a.kind == ActivityKind::GrowthPond)
        .map(|a| a.id.clone())
        .collect();
    tov.activities
        .retain(|a| a.kind != ActivityKind::GrowthPond);
    for input in &mut tov.inputs {
        input.activities.retain(|a| !gone.contains(a));
    }
    for reach in &mut tov.reach {
        reach.activities.retain(|a| !gone.contains(a));
    }
    if tov.activities.is_empty() {
        let mut a = Activity::new(unused_id("act", tov), ActivityKind::WalkIn);
        a.outputs = tov.outputs.iter().map(|o| o.id.clone()).collect();
        tov.activities.push(a);
    }
}

/// Makes every measurement counting; an output without one gets a questionnaire.
fn only_counting(tov: &mut TheoryOfValue) {
    for o in &mut tov.outputs {
        for m in &mut o.measurement {
            m.kind = MeasurementKind::Quantitative;
        }
        if o.measurement.is_empty() {
            o.measurement.push(Measurement::new(
                Text::new("Vragenlijst"),
                MeasurementKind::Quantitative,
            ));
        }
    }
}

/// Any one [`Mutation`].
///
/// ```
/// use proptest::prelude::*;
/// use theory_of_value::strategy;
/// proptest!(|(tov in strategy::theory_of_value(), m in strategy::mutation())| {
///     let mut broken = tov;
///     m.apply(&mut broken);
///     prop_assert!(broken.validate().with_code(m.code()).count() > 0);
/// });
/// ```
pub fn mutation() -> impl Strategy<Value = Mutation> {
    select(Mutation::ALL)
}
