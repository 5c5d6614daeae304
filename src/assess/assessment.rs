//! The measuring stick ("meetlat"): a self-assessment of one organisation at one date against
//! the ten characteristics of low-threshold support points, and optionally the craft.

use crate::base::{Code, Message, Report, Text};
use crate::model::catalogue_macro::catalogue_enum;
use crate::model::{Characteristic, CraftConcept, DocumentDate, Id, QuestionGroup};
use crate::rules::common::{blank, check_texts};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

catalogue_enum! {
    in assess;
    /// How far a characteristic (or craft concept) is lived in the organisation: an ordinal
    /// scale of four steps.
    ///
    /// ```
    /// use theory_of_value::assess::AssessmentLevel;
    /// assert_eq!(AssessmentLevel::Established.step(), 3);
    /// assert!(AssessmentLevel::Established.is_high());
    /// assert_eq!(AssessmentLevel::Emerging.label().nl, "in ontwikkeling");
    /// ```
    #[non_exhaustive]
    pub enum AssessmentLevel {
        /// Not (yet) recognisable in daily practice.
        NotYet = "not_yet", "nog niet", "not yet";
        /// Emerging: sometimes, or in part of the organisation.
        Emerging = "emerging", "in ontwikkeling", "emerging";
        /// Established: recognisable in daily practice.
        Established = "established", "aanwezig", "established";
        /// Characteristic: what the organisation is known for; others can learn from it.
        Characteristic = "characteristic", "kenmerkend", "characteristic";
    }
}

impl AssessmentLevel {
    /// The step on the scale, 1 (not yet) to 4 (characteristic).
    ///
    /// ```
    /// assert_eq!(theory_of_value::assess::AssessmentLevel::NotYet.step(), 1);
    /// ```
    pub const fn step(self) -> i8 {
        match self {
            AssessmentLevel::NotYet => 1,
            AssessmentLevel::Emerging => 2,
            AssessmentLevel::Established => 3,
            AssessmentLevel::Characteristic => 4,
        }
    }

    /// Whether the level is high (established or characteristic): a high level needs evidence.
    ///
    /// ```
    /// assert!(!theory_of_value::assess::AssessmentLevel::Emerging.is_high());
    /// ```
    pub const fn is_high(self) -> bool {
        self.step() >= 3
    }
}

catalogue_enum! {
    in assess;
    /// The role someone assessed from. Roles are fluid and equal; what matters is that the
    /// people the organisation is for take part, not only staff.
    ///
    /// ```
    /// use theory_of_value::assess::AssessorRole;
    /// assert!(AssessorRole::Participant.speaks_as_participant());
    /// assert!(!AssessorRole::Staff.speaks_as_participant());
    /// ```
    #[non_exhaustive]
    pub enum AssessorRole {
        /// A participant (deelnemer, bezoeker, gast).
        Participant = "participant", "deelnemer", "participant";
        /// A relative or close other (naaste).
        Relative = "relative", "naaste", "relative";
        /// A volunteer.
        Volunteer = "volunteer", "vrijwilliger", "volunteer";
        /// Paid staff, with or without lived experience.
        Staff = "staff", "medewerker", "staff";
        /// Someone from outside: a peer organisation, a funder, a researcher.
        External = "external", "externe", "external";
    }
}

impl AssessorRole {
    /// Whether the role speaks for the people the organisation is for.
    ///
    /// ```
    /// assert!(theory_of_value::assess::AssessorRole::Volunteer.speaks_as_participant());
    /// ```
    pub const fn speaks_as_participant(self) -> bool {
        matches!(
            self,
            AssessorRole::Participant | AssessorRole::Relative | AssessorRole::Volunteer
        )
    }
}

/// Someone who took part in the assessment.
///
/// ```
/// use theory_of_value::assess::{Assessor, AssessorRole};
/// let a = Assessor { name: "Deelnemersraad".into(), role: AssessorRole::Participant };
/// assert_eq!(a.role, AssessorRole::Participant);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Assessor {
    /// A name, or a group ("deelnemersraad").
    pub name: String,
    /// The role they assessed from.
    pub role: AssessorRole,
}

/// The level of one characteristic, with the evidence: a practice example in the
/// organisation's own words.
///
/// ```
/// use theory_of_value::assess::{AssessmentLevel, CharacteristicScore};
/// use theory_of_value::model::Characteristic;
/// let s = CharacteristicScore { characteristic: Characteristic::NeedsLed, level: AssessmentLevel::Emerging, evidence: None };
/// assert!(s.evidence.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CharacteristicScore {
    /// The characteristic.
    pub characteristic: Characteristic,
    /// Its level.
    pub level: AssessmentLevel,
    /// A practice example in the organisation's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Text>,
}

/// The level of one craft concept, with evidence.
///
/// ```
/// use theory_of_value::assess::{AssessmentLevel, CraftScore};
/// use theory_of_value::model::CraftConcept;
/// let s = CraftScore { concept: CraftConcept::Safety, level: AssessmentLevel::Established, evidence: None };
/// assert!(s.level.is_high());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CraftScore {
    /// The craft concept.
    pub concept: CraftConcept,
    /// Its level.
    pub level: AssessmentLevel,
    /// A practice example in the organisation's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Text>,
}

/// A self-assessment of one organisation at one date against the ten characteristics, and
/// optionally the nine craft concepts.
///
/// ```
/// let a = theory_of_value::example::assessment_2026();
/// assert_eq!(a.characteristics.len(), 10);
/// assert!(a.validate().is_clean());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// The JSON Schema this document claims to follow (for editors; not interpreted).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Identifier of this assessment.
    pub id: Id,
    /// The organisation assessed.
    pub organisation: String,
    /// When.
    pub date: DocumentDate,
    /// Who assessed, and from which role.
    #[serde(default)]
    pub assessors: Vec<Assessor>,
    /// Each of the ten characteristics exactly once.
    #[serde(default)]
    pub characteristics: Vec<CharacteristicScore>,
    /// Craft concepts (optional).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub craft: Vec<CraftScore>,
}

/// The levels of one question group's characteristics.
///
/// ```
/// let s = &theory_of_value::example::assessment_2026().summary()[0];
/// assert_eq!(s.group, theory_of_value::model::QuestionGroup::ForWhom);
/// assert_eq!(s.count, 1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupSummary {
    /// The question group.
    pub group: QuestionGroup,
    /// How many of its characteristics are scored.
    pub count: u32,
    /// The sum of their steps (1–4 each).
    pub points: u32,
    /// The lowest level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lowest: Option<AssessmentLevel>,
    /// The highest level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub highest: Option<AssessmentLevel>,
}

impl GroupSummary {
    /// The mean step, or `None` when nothing is scored.
    ///
    /// ```
    /// let s = &theory_of_value::example::assessment_2026().summary()[2];
    /// let mean = s.mean().unwrap();
    /// assert!((1.0..=4.0).contains(&mean));
    /// ```
    pub fn mean(&self) -> Option<f64> {
        (self.count > 0).then(|| f64::from(self.points) / f64::from(self.count))
    }
}

/// The change of one characteristic or craft concept between two assessments.
///
/// ```
/// let c = theory_of_value::example::assessment_2026().changes_since(theory_of_value::example::assessment_2025());
/// assert!(c.characteristics.iter().any(|x| x.delta > 0));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LevelChange<T> {
    /// What changed.
    pub item: T,
    /// The earlier level, if scored then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<AssessmentLevel>,
    /// The later level, if scored now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<AssessmentLevel>,
    /// Steps up (positive) or down (negative); 0 where either is missing.
    pub delta: i8,
}

/// The change between two assessments of the same organisation, characteristic by
/// characteristic. Development is not a straight line: a step down is information, not failure.
///
/// ```
/// let a = theory_of_value::example::assessment_2026();
/// let same = a.changes_since(a);
/// assert!(same.characteristics.iter().all(|c| c.delta == 0));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AssessmentChange {
    /// The earlier assessment's date.
    pub from: DocumentDate,
    /// The later assessment's date.
    pub to: DocumentDate,
    /// Per characteristic, in the source's order.
    pub characteristics: Vec<LevelChange<Characteristic>>,
    /// Per craft concept scored in either assessment, in catalogue order.
    pub craft: Vec<LevelChange<CraftConcept>>,
    /// Findings (assessments of different organisations).
    pub report: Report,
}

fn change<T: Copy>(
    item: T,
    before: Option<AssessmentLevel>,
    after: Option<AssessmentLevel>,
) -> LevelChange<T> {
    let delta = match (before, after) {
        (Some(b), Some(a)) => a.step() - b.step(),
        _ => 0,
    };
    LevelChange {
        item,
        before,
        after,
        delta,
    }
}

impl Assessment {
    /// Reads an assessment from JSON text.
    ///
    /// # Errors
    /// [`ParseError`](crate::ParseError); an unknown characteristic is `TOV006`.
    ///
    /// ```
    /// let a = theory_of_value::assess::Assessment::from_json_str(theory_of_value::example::ASSESSMENT_2026_JSON)?;
    /// assert_eq!(a.characteristics.len(), 10);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json_str(text: &str) -> Result<Self, crate::read::ParseError> {
        crate::read::from_json_str(text)
    }

    /// The level of `characteristic`, if scored.
    ///
    /// ```
    /// use theory_of_value::model::Characteristic;
    /// assert!(theory_of_value::example::assessment_2026().level_of(Characteristic::Cooperation).is_some());
    /// ```
    pub fn level_of(&self, characteristic: Characteristic) -> Option<AssessmentLevel> {
        self.characteristics
            .iter()
            .find(|s| s.characteristic == characteristic)
            .map(|s| s.level)
    }

    /// Checks the assessment: each of the ten characteristics exactly once (`TOV401`,
    /// `TOV402`), a high level with evidence (`TOV403`), participants among the assessors
    /// (`TOV404`), texts.
    ///
    /// ```
    /// let mut a = theory_of_value::example::assessment_2026().clone();
    /// a.characteristics.pop();
    /// assert_eq!(a.validate().pairs(), vec![("TOV401", "/characteristics")]);
    /// ```
    pub fn validate(&self) -> Report {
        let mut r = Report::new();
        if self.organisation.trim().is_empty() {
            blank(&mut r, "/organisation".into());
        }
        crate::rules::common::hidden_characters(&"/organisation", &self.organisation, &mut r);
        for (i, a) in self.assessors.iter().enumerate() {
            if a.name.trim().is_empty() {
                blank(&mut r, format!("/assessors/{i}/name"));
            }
        }
        self.each_once(&mut r);
        self.evidence(&mut r);
        if !self
            .assessors
            .iter()
            .any(|a| a.role.speaks_as_participant())
        {
            r.push(
                Code::StaffOnlyAssessment,
                "/assessors",
                Message::new(
                    "Niets over ons, zonder ons: geen deelnemer, naaste of vrijwilliger heeft meebeoordeeld. Alleen bezoekers zelf kunnen waarde en kwaliteit bepalen.",
                    "Nothing about us without us: no participant, relative or volunteer took part in the assessment. Only the visitors themselves can determine value and quality.",
                ),
            );
        }
        r
    }

    /// Each of the ten characteristics exactly once (`TOV401`, `TOV402`), and each craft
    /// concept at most once.
    fn each_once(&self, r: &mut Report) {
        for c in Characteristic::ALL {
            if self.level_of(*c).is_none() {
                r.push(
                    Code::MissingCharacteristic,
                    "/characteristics",
                    Message::new(
                        format!(
                            "Kenmerk {} ({}) ontbreekt: beoordeel alle tien.",
                            c.number(),
                            c.id()
                        ),
                        format!(
                            "Characteristic {} ({}) is missing: assess all ten.",
                            c.number(),
                            c.id()
                        ),
                    ),
                );
            }
        }
        let mut seen = std::collections::HashSet::new();
        for (i, s) in self.characteristics.iter().enumerate() {
            if !seen.insert(s.characteristic) {
                r.push(
                    Code::RepeatedCharacteristic,
                    format!("/characteristics/{i}/characteristic"),
                    Message::new(
                        format!(
                            "Kenmerk {} staat er al eerder in: elk kenmerk één keer.",
                            s.characteristic.number()
                        ),
                        format!(
                            "Characteristic {} is already assessed: each one once.",
                            s.characteristic.number()
                        ),
                    ),
                );
            }
        }
        let mut seen = std::collections::HashSet::new();
        for (i, s) in self.craft.iter().enumerate() {
            if !seen.insert(s.concept) {
                r.push(
                    Code::RepeatedCharacteristic,
                    format!("/craft/{i}/concept"),
                    Message::new(
                        format!(
                            "Het begrip '{}' staat er al eerder in.",
                            s.concept.label().nl
                        ),
                        format!(
                            "The concept '{}' is already assessed.",
                            s.concept.label().en
                        ),
                    ),
                );
            }
        }
    }

    /// The evidence of every score: a high level needs some (`TOV403`); the texts given are
    /// checked.
    fn evidence(&self, r: &mut Report) {
        let scored = self
            .characteristics
            .iter()
            .enumerate()
            .map(|(i, s)| (format!("/characteristics/{i}"), s.level, &s.evidence))
            .chain(
                self.craft
                    .iter()
                    .enumerate()
                    .map(|(i, s)| (format!("/craft/{i}"), s.level, &s.evidence)),
            );
        let mut texts = Vec::new();
        for (path, level, evidence) in scored {
            match evidence {
                Some(t) => texts.push((format!("{path}/evidence"), t)),
                None if level.is_high() => r.push(
                    Code::HighLevelWithoutEvidence,
                    format!("{path}/evidence"),
                    Message::new(
                        format!("Het niveau '{}' vraagt om een voorbeeld uit de praktijk, in eigen woorden.", level.label().nl),
                        format!("The level '{}' asks for a practice example, in your own words.", level.label().en),
                    ),
                ),
                None => {}
            }
        }
        check_texts(texts, r);
    }

    /// The levels per question group (Voor wie? Waartoe? Hoe werkt het? Door wie? Met wie?).
    ///
    /// ```
    /// let s = theory_of_value::example::assessment_2026().summary();
    /// assert_eq!(s.len(), 5);
    /// assert_eq!(s.iter().map(|g| g.count).sum::<u32>(), 10);
    /// ```
    pub fn summary(&self) -> Vec<GroupSummary> {
        QuestionGroup::ALL
            .iter()
            .map(|group| {
                let levels: Vec<AssessmentLevel> = Characteristic::ALL
                    .iter()
                    .filter(|c| c.group() == *group)
                    .filter_map(|c| self.level_of(*c))
                    .collect();
                GroupSummary {
                    group: *group,
                    count: u32::try_from(levels.len()).unwrap_or(u32::MAX),
                    points: levels
                        .iter()
                        .map(|l| u32::from(l.step().unsigned_abs()))
                        .sum(),
                    lowest: levels.iter().copied().min_by_key(|l| l.step()),
                    highest: levels.iter().copied().max_by_key(|l| l.step()),
                }
            })
            .collect()
    }

    /// The change since an `earlier` assessment of the same organisation, characteristic by
    /// characteristic (`TOV405` when the organisations differ).
    ///
    /// ```
    /// use theory_of_value::example;
    /// use theory_of_value::model::Characteristic;
    /// let c = example::assessment_2026().changes_since(example::assessment_2025());
    /// let coop = c.characteristics.iter().find(|x| x.item == Characteristic::Cooperation).unwrap();
    /// assert_eq!(coop.delta, 1);
    /// ```
    ///
    /// Organisation names are compared as a reader sees them (Unicode NFC, without invisible
    /// characters), so the same name typed with decomposed accents is the same organisation.
    /// An `earlier` assessment dated wholly after this one gets `TOV410`.
    ///
    /// ```
    /// use theory_of_value::{example, Code};
    /// let (old, new) = (example::assessment_2025(), example::assessment_2026());
    /// let backwards = old.changes_since(new);
    /// assert_eq!(backwards.report.with_code(Code::EarlierIsLater).count(), 1);
    /// ```
    pub fn changes_since(&self, earlier: &Assessment) -> AssessmentChange {
        let mut report = Report::new();
        let name =
            |a: &Assessment| crate::rules::unicode::comparable(a.organisation.trim()).into_owned();
        if earlier.date.first_day() > self.date.last_day() {
            report.push(
                Code::EarlierIsLater,
                "/date",
                Message::new(
                    format!(
                        "De eerdere beoordeling ({}) is gedateerd na deze ({}): zijn ze verwisseld?",
                        earlier.date, self.date
                    ),
                    format!(
                        "The earlier assessment ({}) is dated after this one ({}): are they swapped?",
                        earlier.date, self.date
                    ),
                ),
            );
        }
        if name(self) != name(earlier) {
            report.push(
                Code::OtherOrganisation,
                "/organisation",
                Message::new(
                    format!(
                        "Je vergelijkt {} met een beoordeling van {}.",
                        self.organisation, earlier.organisation
                    ),
                    format!(
                        "You are comparing {} with an assessment of {}.",
                        self.organisation, earlier.organisation
                    ),
                ),
            );
        }
        let craft_level = |a: &Assessment, c: CraftConcept| {
            a.craft.iter().find(|s| s.concept == c).map(|s| s.level)
        };
        AssessmentChange {
            from: earlier.date,
            to: self.date,
            characteristics: Characteristic::ALL
                .iter()
                .map(|c| change(*c, earlier.level_of(*c), self.level_of(*c)))
                .collect(),
            craft: CraftConcept::ALL
                .iter()
                .filter(|c| craft_level(self, **c).is_some() || craft_level(earlier, **c).is_some())
                .map(|c| change(*c, craft_level(earlier, *c), craft_level(self, *c)))
                .collect(),
            report,
        }
    }
}

impl crate::base::Validate for Assessment {
    fn validate(&self) -> Report {
        Assessment::validate(self)
    }
}
