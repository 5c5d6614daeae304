//! The measurement plan: a catalogue of instruments and sources, and an organisation's plan
//! linking its outputs to them. "Tellen en vertellen": counting and telling.

use crate::base::{Code, Message, Report, Text};
use crate::model::catalogue_macro::catalogue_enum;
use crate::model::{DocumentDate, Id, MeasurementKind, SourceRef, TheoryOfValue};
use crate::rules::common::check_texts;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

catalogue_enum! {
    in assess;
    /// Instruments and sources for measuring outputs, as the national report names them in its
    /// monitoring chapter. The vocabulary is open: use `own` with a label and a kind.
    ///
    /// ```
    /// use theory_of_value::assess::Instrument;
    /// use theory_of_value::model::MeasurementKind;
    /// assert_eq!(Instrument::ExperienceStories.kind(), Some(MeasurementKind::Qualitative));
    /// assert_eq!(Instrument::Mansa.kind(), Some(MeasurementKind::Quantitative));
    /// ```
    #[non_exhaustive]
    pub enum Instrument {
        /// Mijn Positieve Gezondheid (MPG).
        PositiveHealth = "mpg", "Mijn Positieve Gezondheid (MPG)", "My Positive Health (MPG)";
        /// Nederlandse Empowerment Lijst (NEL).
        EmpowermentList = "nel", "Nederlandse Empowerment Lijst (NEL)", "Dutch Empowerment List (NEL)";
        /// Manchester Short Assessment of Quality of Life (MANSA).
        Mansa = "mansa", "Manchester Short Assessment of Quality of Life (MANSA)", "Manchester Short Assessment of Quality of Life (MANSA)";
        /// Municipal figures on experienced (mental) health.
        MunicipalHealth = "municipal_health", "Gemeentelijke gegevens: ervaren (psychische) gezondheid", "Municipal figures: experienced (mental) health";
        /// Municipal figures on loneliness.
        MunicipalLoneliness = "municipal_loneliness", "Gemeentelijke gegevens: eenzaamheid", "Municipal figures: loneliness";
        /// Municipal figures on labour participation.
        MunicipalLabour = "municipal_labour", "Gemeentelijke gegevens: arbeidsparticipatie", "Municipal figures: labour participation";
        /// Health insurers' figures on residents' use of care.
        InsurersCareUse = "insurers_care_use", "Zorggebruik volgens zorgverzekeraars", "Health insurers' care-use figures";
        /// Participants' experience stories.
        ExperienceStories = "experience_stories", "Ervaringsverhalen", "Experience stories";
        /// An instrument for the craft, e.g. derived from Intentional Peer Support (still to be developed).
        CraftInstrument = "craft_instrument", "Kwaliteitsinstrument voor het vak", "Quality instrument for the craft";
        /// An instrument or source of the organisation's own; give it a label and a kind.
        Own = "own", "Eigen instrument of bron", "Own instrument or source";
    }
}

/// The outputs of the national ToV, in its order.
const ALL_OUTPUTS: &[&str] = &[
    "op-ind-capacities",
    "op-ind-experiential-knowledge",
    "op-ind-social-roles",
    "op-ind-confidence",
    "op-ind-quality-of-life",
    "op-ind-meaning",
    "op-ind-mental-health",
    "op-ind-less-care-need",
    "op-col-less-loneliness",
    "op-col-connectedness",
    "op-col-new-collectives",
    "op-col-less-stigma",
    "op-col-labour-potential",
    "op-col-mental-health",
    "op-col-less-care-need",
];
/// The eight individual outputs: the first eight of the national ToV's outputs.
const IND: &[&str] = ALL_OUTPUTS.split_at(8).0;

impl Instrument {
    /// Whether the instrument counts or tells; `None` for `own` (the plan line says).
    ///
    /// ```
    /// assert!(theory_of_value::assess::Instrument::Own.kind().is_none());
    /// ```
    pub const fn kind(self) -> Option<MeasurementKind> {
        match self {
            Instrument::ExperienceStories => Some(MeasurementKind::Qualitative),
            Instrument::Own => None,
            _ => Some(MeasurementKind::Quantitative),
        }
    }

    /// The outputs of the national ToV the instrument can evidence, as the monitoring chapter
    /// proposes: the questionnaires for individual impact, municipal figures for the collective
    /// outputs they name, insurers' figures for the need for care, experience stories for every
    /// output. The craft instrument measures how the work is done, not an output.
    ///
    /// Attaching MPG, NEL and MANSA to every individual output is the crate's assumption, not
    /// the source's: the source names them for "individuele impact" and says which
    /// questionnaires fit "vereist verdere uitwerking" (001, "Monitoring").
    ///
    /// ```
    /// use theory_of_value::assess::Instrument;
    /// assert_eq!(Instrument::MunicipalLoneliness.evidences(), ["op-col-less-loneliness"]);
    /// assert_eq!(Instrument::ExperienceStories.evidences().len(), 15);
    /// assert!(Instrument::CraftInstrument.evidences().is_empty());
    /// ```
    pub const fn evidences(self) -> &'static [&'static str] {
        match self {
            Instrument::PositiveHealth | Instrument::EmpowermentList | Instrument::Mansa => IND,
            Instrument::MunicipalHealth => &["op-col-mental-health"],
            Instrument::MunicipalLoneliness => &["op-col-less-loneliness"],
            Instrument::MunicipalLabour => &["op-col-labour-potential"],
            Instrument::InsurersCareUse => &["op-ind-less-care-need", "op-col-less-care-need"],
            Instrument::ExperienceStories => ALL_OUTPUTS,
            Instrument::CraftInstrument | Instrument::Own => &[],
        }
    }

    /// Where the instrument is named.
    ///
    /// ```
    /// assert!(theory_of_value::assess::Instrument::Mansa.source().section.is_some());
    /// ```
    pub const fn source(self) -> SourceRef {
        SourceRef::new(
            "NVZH & IPW (2025), Theory of Value van de zelfregie- en herstelbeweging",
            "Monitoring van beoogde impact en outcome – Monitoring",
        )
    }
}

/// One line of a measurement plan: an output, the instrument that evidences it, how often.
///
/// ```
/// use theory_of_value::assess::{Instrument, PlanLine};
/// let l = PlanLine::new("op-grip".parse()?, Instrument::PositiveHealth);
/// assert_eq!(l.kind(), Some(theory_of_value::model::MeasurementKind::Quantitative));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanLine {
    /// The output (ID in the ToV).
    pub output: Id,
    /// The instrument or source.
    pub instrument: Instrument,
    /// The instrument's own name; required for `own`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    /// Counting or telling; required for `own`, otherwise the instrument's own kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<MeasurementKind>,
    /// When and how often, who collects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<Text>,
}

impl PlanLine {
    /// A plan line for a catalogue instrument.
    ///
    /// ```
    /// # use theory_of_value::assess::{Instrument, PlanLine};
    /// assert!(PlanLine::new("o".parse()?, Instrument::Mansa).label.is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(output: Id, instrument: Instrument) -> Self {
        PlanLine {
            output,
            instrument,
            label: None,
            kind: None,
            frequency: None,
        }
    }

    /// Counting or telling: the line's own kind, or the instrument's.
    ///
    /// ```
    /// # use theory_of_value::assess::{Instrument, PlanLine};
    /// # use theory_of_value::model::MeasurementKind;
    /// assert_eq!(PlanLine::new("o".parse()?, Instrument::ExperienceStories).kind(), Some(MeasurementKind::Qualitative));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn kind(&self) -> Option<MeasurementKind> {
        self.kind.or(self.instrument.kind())
    }
}

/// An organisation's measurement plan: which instrument evidences which output of its ToV.
///
/// ```
/// use theory_of_value::example;
/// let plan = example::measurement_plan();
/// assert!(plan.validate_against(example::local_tov()).is_clean());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MeasurementPlan {
    /// The JSON Schema this document claims to follow (for editors; not interpreted).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Identifier of this plan.
    pub id: Id,
    /// The ToV (its `id`) whose outputs are measured.
    pub tov: Id,
    /// The organisation.
    pub organisation: String,
    /// Date of this version.
    pub date: DocumentDate,
    /// The lines.
    #[serde(default)]
    pub lines: Vec<PlanLine>,
}

impl MeasurementPlan {
    /// Reads a measurement plan from JSON text.
    ///
    /// # Errors
    /// [`ParseError`](crate::ParseError).
    ///
    /// ```
    /// let p = theory_of_value::assess::MeasurementPlan::from_json_str(theory_of_value::example::MEASUREMENT_PLAN_JSON)?;
    /// assert!(!p.lines.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json_str(text: &str) -> Result<Self, crate::read::ParseError> {
        crate::read::from_json_str(text)
    }

    /// Checks the plan against its ToV: every line names an output of the ToV (`TOV406`), every
    /// output has a method (`TOV407`), the plan both counts and tells (`TOV408`), own
    /// instruments have a label and a kind (`TOV111`).
    ///
    /// ```
    /// use theory_of_value::example;
    /// use theory_of_value::assess::Instrument;
    /// let mut plan = example::measurement_plan().clone();
    /// plan.lines.retain(|l| l.instrument != Instrument::ExperienceStories);
    /// let report = plan.validate_against(example::local_tov());
    /// assert!(report.with_code(theory_of_value::Code::OneSidedPlan).count() == 1);
    /// ```
    pub fn validate_against(&self, tov: &TheoryOfValue) -> Report {
        let mut r = Report::new();
        crate::rules::common::other_tov(
            &mut r,
            &self.tov,
            tov,
            ("Dit meetplan hoort", "wordt"),
            ("This plan belongs", "is"),
        );
        self.check_lines(tov, &mut r);
        self.unplanned_outputs(tov, &mut r);
        self.one_sided(&mut r);
        r
    }

    /// Each line: an output of the ToV (`TOV406`), an own instrument with a label and a kind
    /// (`TOV111`), and its texts.
    fn check_lines(&self, tov: &TheoryOfValue, r: &mut Report) {
        let outputs: std::collections::HashSet<&str> =
            tov.outputs.iter().map(|o| o.id.as_str()).collect();
        let mut hints = crate::read::suggest::Hints::new();
        let names: Vec<&str> = tov.outputs.iter().map(|o| o.id.as_str()).collect();
        let mut texts = Vec::new();
        for (i, line) in self.lines.iter().enumerate() {
            if !outputs.contains(line.output.as_str()) {
                let (hint_nl, hint_en) = hints.hint(line.output.as_str(), &names);
                r.push(
                    Code::UnknownPlanOutput,
                    format!("/lines/{i}/output"),
                    Message::new(
                        format!(
                            "ToV `{}` heeft geen output `{}`.{hint_nl}",
                            tov.id, line.output
                        ),
                        format!("ToV `{}` has no output `{}`.{hint_en}", tov.id, line.output),
                    ),
                );
            }
            if line.instrument == Instrument::Own && (line.label.is_none() || line.kind.is_none()) {
                r.push(
                    Code::UnlabelledOwn,
                    format!("/lines/{i}"),
                    Message::new(
                        "Een eigen instrument (`own`) heeft een naam (`label`) en een soort (`kind`: tellen of vertellen) nodig.",
                        "An instrument of your own (`own`) needs a name (`label`) and a kind (`kind`: counting or telling).",
                    ),
                );
            }
            if let Some(t) = &line.label {
                texts.push((format!("/lines/{i}/label"), t));
            }
            if let Some(t) = &line.frequency {
                texts.push((format!("/lines/{i}/frequency"), t));
            }
        }
        check_texts(texts, r);
    }

    /// Every output of the ToV has a method in the plan (`TOV407`).
    fn unplanned_outputs(&self, tov: &TheoryOfValue, r: &mut Report) {
        let planned: std::collections::HashSet<&str> =
            self.lines.iter().map(|l| l.output.as_str()).collect();
        for o in &tov.outputs {
            if !planned.contains(o.id.as_str()) {
                r.push(
                    Code::OutputWithoutMethod,
                    "/lines",
                    Message::new(
                        format!("Output `{}` heeft geen meetmethode in dit plan.", o.id),
                        format!("Output `{}` has no method in this plan.", o.id),
                    ),
                );
            }
        }
    }

    /// The plan both counts and tells (`TOV408`).
    fn one_sided(&self, r: &mut Report) {
        let kinds: std::collections::BTreeSet<MeasurementKind> =
            self.lines.iter().filter_map(PlanLine::kind).collect();
        if kinds.len() == 1 {
            let (nl, en) = match kinds.first().copied() {
                Some(MeasurementKind::Quantitative) => (
                    "alleen geteld; voeg vertellen toe, zoals ervaringsverhalen",
                    "only counts; add telling, such as experience stories",
                ),
                _ => (
                    "alleen verteld; voeg tellen toe, zoals een vragenlijst",
                    "only tells; add counting, such as a questionnaire",
                ),
            };
            r.push(
                Code::OneSidedPlan,
                "/lines",
                Message::new(
                    format!("Tellen en vertellen: dit plan wordt {nl}."),
                    format!("Counting and telling: this plan {en}."),
                ),
            );
        }
    }
}
