//! The chain of a Theory of Value, turned around: impact → outcome → output → activities → input.

use crate::base::{Label, Text};
use crate::model::{ActivityKind, CraftConcept, Id, InputKind, SourceRef};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The five layers of the chain, in the ToV's own order, each answering a question.
///
/// The usual "logical production chain" runs input → activities → output → outcome → impact
/// and stops at counting production. The ToV turns it around and answers the questions in
/// this order (source: NVZH & IPW 2025, "Verandertheorie" and "Theory of Value").
///
/// ```
/// use theory_of_value::Lang;
/// use theory_of_value::model::Layer;
/// assert_eq!(Layer::ALL[0], Layer::Impact);
/// assert_eq!(Layer::Outcome.question().nl, "Hoe weten we of dat gelukt is?");
/// assert_eq!(Layer::Input.question().get(Lang::En), "What do we need for that?");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Layer {
    /// What do we want to achieve in society?
    Impact,
    /// How do we know it worked?
    Outcome,
    /// How can we measure it?
    Output,
    /// What do we do to achieve it?
    Activity,
    /// What do we need for that?
    Input,
}

impl Layer {
    /// The layers in the ToV's order, impact first.
    ///
    /// ```
    /// assert_eq!(theory_of_value::model::Layer::ALL.len(), 5);
    /// ```
    pub const ALL: [Layer; 5] = [
        Layer::Impact,
        Layer::Outcome,
        Layer::Output,
        Layer::Activity,
        Layer::Input,
    ];

    /// The layer's name.
    ///
    /// ```
    /// assert_eq!(theory_of_value::model::Layer::Activity.label().nl, "Activiteiten");
    /// ```
    pub const fn label(self) -> Label {
        match self {
            Layer::Impact => Label::new("Impact", "Impact"),
            Layer::Outcome => Label::new("Outcome", "Outcome"),
            Layer::Output => Label::new("Output", "Output"),
            Layer::Activity => Label::new("Activiteiten", "Activities"),
            Layer::Input => Label::new("Input", "Input"),
        }
    }

    /// The guiding question the layer answers, in the national ToV's wording.
    ///
    /// ```
    /// assert_eq!(theory_of_value::model::Layer::Output.question().nl, "Hoe kunnen we dat meten?");
    /// ```
    pub const fn question(self) -> Label {
        match self {
            Layer::Impact => Label::new(
                "Wat willen we bereiken in de samenleving?",
                "What do we want to achieve in society?",
            ),
            Layer::Outcome => Label::new(
                "Hoe weten we of dat gelukt is?",
                "How do we know it worked?",
            ),
            Layer::Output => Label::new("Hoe kunnen we dat meten?", "How can we measure it?"),
            Layer::Activity => Label::new(
                "Wat doen we om dat te bereiken?",
                "What do we do to achieve it?",
            ),
            Layer::Input => {
                Label::new("Wat hebben we daarvoor nodig?", "What do we need for that?")
            }
        }
    }

    /// The document field that holds the layer (`impact`, `outcomes`, …).
    ///
    /// ```
    /// assert_eq!(theory_of_value::model::Layer::Activity.field(), "activities");
    /// ```
    pub const fn field(self) -> &'static str {
        match self {
            Layer::Impact => "impact",
            Layer::Outcome => "outcomes",
            Layer::Output => "outputs",
            Layer::Activity => "activities",
            Layer::Input => "inputs",
        }
    }
}

/// The level an outcome or output is at.
///
/// ```
/// use theory_of_value::model::Level;
/// assert_eq!(Level::Collective.label().nl, "collectief");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Participants and their relatives and close others (naasten).
    Individual,
    /// Neighbourhoods, communities, municipalities, regions.
    Collective,
}

impl Level {
    /// Both levels.
    ///
    /// ```
    /// assert_eq!(theory_of_value::model::Level::ALL.len(), 2);
    /// ```
    pub const ALL: [Level; 2] = [Level::Individual, Level::Collective];

    /// The level's name.
    ///
    /// ```
    /// assert_eq!(theory_of_value::model::Level::Individual.label().en, "individual");
    /// ```
    pub const fn label(self) -> Label {
        match self {
            Level::Individual => Label::new("individueel", "individual"),
            Level::Collective => Label::new("collectief", "collective"),
        }
    }
}

/// The kind of contribution an output can record. Value is not only change: for a participant
/// the value may be that the situation does not get worse, or gets worse more slowly.
///
/// ```
/// use theory_of_value::model::ContributionKind;
/// assert_eq!(ContributionKind::SlowerDecline.label().nl, "minder snelle achteruitgang");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ContributionKind {
    /// The situation improves.
    Improvement,
    /// The situation stays as it is, where it would otherwise worsen.
    Stabilisation,
    /// The situation worsens more slowly than it otherwise would.
    SlowerDecline,
}

impl ContributionKind {
    /// All three kinds.
    ///
    /// ```
    /// assert_eq!(theory_of_value::model::ContributionKind::ALL.len(), 3);
    /// ```
    pub const ALL: [ContributionKind; 3] = [
        ContributionKind::Improvement,
        ContributionKind::Stabilisation,
        ContributionKind::SlowerDecline,
    ];

    /// The kind's name.
    ///
    /// ```
    /// assert_eq!(theory_of_value::model::ContributionKind::Stabilisation.label().nl, "stabilisatie");
    /// ```
    pub const fn label(self) -> Label {
        match self {
            ContributionKind::Improvement => Label::new("verbetering", "improvement"),
            ContributionKind::Stabilisation => Label::new("stabilisatie", "stabilisation"),
            ContributionKind::SlowerDecline => {
                Label::new("minder snelle achteruitgang", "slower decline")
            }
        }
    }
}

/// Whether a measurement counts or tells ("tellen en vertellen").
///
/// ```
/// use theory_of_value::model::MeasurementKind;
/// assert_eq!(MeasurementKind::Qualitative.label().nl, "vertellen (kwalitatief)");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum MeasurementKind {
    /// Counting: questionnaires, figures, registrations.
    Quantitative,
    /// Telling: experience stories and other qualitative accounts.
    Qualitative,
}

impl MeasurementKind {
    /// The kind's name.
    ///
    /// ```
    /// assert_eq!(theory_of_value::model::MeasurementKind::Quantitative.label().en, "counting (quantitative)");
    /// ```
    pub const fn label(self) -> Label {
        match self {
            MeasurementKind::Quantitative => {
                Label::new("tellen (kwantitatief)", "counting (quantitative)")
            }
            MeasurementKind::Qualitative => {
                Label::new("vertellen (kwalitatief)", "telling (qualitative)")
            }
        }
    }
}

/// The impact: one statement of what the organisation or movement wants to achieve in society.
///
/// ```
/// use theory_of_value::Text;
/// use theory_of_value::model::Impact;
/// let impact = Impact::new("impact".parse()?, Text::new("Een veerkrachtige samenleving"));
/// assert_eq!(impact.statement.nl, "Een veerkrachtige samenleving");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Impact {
    /// Identifier, unique in the document.
    pub id: Id,
    /// The statement.
    pub statement: Text,
    /// The elements of the reference ToV (usually the national one) this element makes
    /// concrete. Empty for a local addition. An element that keeps the ID of a reference
    /// element of the same layer adopts that element.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub refines: Vec<Id>,
    /// Where the statement comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
}

impl Impact {
    /// An impact statement without a source.
    ///
    /// ```
    /// # use theory_of_value::Text;
    /// # use theory_of_value::model::Impact;
    /// let i = Impact::new("impact".parse()?, Text::new("…"));
    /// assert!(i.source.is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(id: Id, statement: Text) -> Self {
        Impact {
            id,
            statement,
            refines: Vec::new(),
            source: None,
        }
    }
}

/// An outcome: how we know the impact was achieved, at one level.
///
/// ```
/// use theory_of_value::Text;
/// use theory_of_value::model::{Level, Outcome};
/// let o = Outcome::new("outcome-ind".parse()?, Level::Individual, Text::new("Grip op het eigen leven"));
/// assert_eq!(o.level, Level::Individual);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// Identifier, unique in the document.
    pub id: Id,
    /// Individual or collective.
    pub level: Level,
    /// The statement.
    pub statement: Text,
    /// The elements of the reference ToV (usually the national one) this element makes
    /// concrete. Empty for a local addition. An element that keeps the ID of a reference
    /// element of the same layer adopts that element.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub refines: Vec<Id>,
    /// Where the statement comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
}

impl Outcome {
    /// An outcome without a source.
    ///
    /// ```
    /// # use theory_of_value::Text;
    /// # use theory_of_value::model::{Level, Outcome};
    /// let o = Outcome::new("o1".parse()?, Level::Collective, Text::new("Veerkracht"));
    /// assert!(o.source.is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(id: Id, level: Level, statement: Text) -> Self {
        Outcome {
            id,
            level,
            statement,
            refines: Vec::new(),
            source: None,
        }
    }
}

/// How an output is measured: a method or instrument, counting or telling.
///
/// ```
/// use theory_of_value::Text;
/// use theory_of_value::model::{Measurement, MeasurementKind};
/// let m = Measurement::new(Text::new("Ervaringsverhalen"), MeasurementKind::Qualitative);
/// assert_eq!(m.kind, MeasurementKind::Qualitative);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Measurement {
    /// The method or instrument, e.g. "Mijn Positieve Gezondheid" or "ervaringsverhalen".
    pub method: Text,
    /// Counting (quantitative) or telling (qualitative).
    pub kind: MeasurementKind,
    /// Where the method comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
}

impl Measurement {
    /// A measurement without a source.
    ///
    /// ```
    /// # use theory_of_value::Text;
    /// # use theory_of_value::model::{Measurement, MeasurementKind};
    /// let m = Measurement::new(Text::new("MANSA"), MeasurementKind::Quantitative);
    /// assert!(m.source.is_none());
    /// ```
    pub fn new(method: Text, kind: MeasurementKind) -> Self {
        Measurement {
            method,
            kind,
            source: None,
        }
    }
}

/// An output: what participants (individual) or communities (collective) experience, which
/// evidences one or more outcomes. An output is never a production count: visitor numbers and
/// numbers of activities held are [`Reach`].
///
/// ```
/// use theory_of_value::Text;
/// use theory_of_value::model::{ContributionKind, Level, Output};
/// let mut o = Output::new("out-zingeving".parse()?, Level::Individual, Text::new("Meer zingeving"));
/// o.outcomes.push("outcome-ind".parse()?);
/// o.contributions = ContributionKind::ALL.to_vec();
/// assert_eq!(o.contributions.len(), 3);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Output {
    /// Identifier, unique in the document.
    pub id: Id,
    /// Individual or collective.
    pub level: Level,
    /// The statement.
    pub statement: Text,
    /// The elements of the reference ToV (usually the national one) this element makes
    /// concrete. Empty for a local addition. An element that keeps the ID of a reference
    /// element of the same layer adopts that element.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub refines: Vec<Id>,
    /// The outcomes this output evidences (IDs of outcomes in the same document).
    #[serde(default)]
    pub outcomes: Vec<Id>,
    /// The kinds of contribution this output can record: improvement, stabilisation, slower decline.
    #[serde(default)]
    pub contributions: Vec<ContributionKind>,
    /// How the output is measured.
    #[serde(default)]
    pub measurement: Vec<Measurement>,
    /// Where the statement comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
}

impl Output {
    /// An output with no links, contributions, measurement or source yet.
    ///
    /// ```
    /// # use theory_of_value::Text;
    /// # use theory_of_value::model::{Level, Output};
    /// let o = Output::new("o1".parse()?, Level::Individual, Text::new("Meer zingeving"));
    /// assert!(o.outcomes.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(id: Id, level: Level, statement: Text) -> Self {
        Output {
            id,
            level,
            statement,
            refines: Vec::new(),
            outcomes: Vec::new(),
            contributions: Vec::new(),
            measurement: Vec::new(),
            source: None,
        }
    }
}

/// An activity: what is done to achieve the outputs, and the craft it relies on.
///
/// ```
/// use theory_of_value::Text;
/// use theory_of_value::model::{Activity, ActivityKind};
/// let a = Activity::new("act-inloop".parse()?, ActivityKind::WalkIn);
/// assert_eq!(a.display_label().nl, "Inloop en ontmoeting");
/// let own = Activity::new("act-boksen".parse()?, ActivityKind::Own)
///     .with_label(Text::bilingual("Voor Elkaar Boksen", "Boxing for each other"));
/// assert_eq!(own.display_label().nl, "Voor Elkaar Boksen");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    /// Identifier, unique in the document.
    pub id: Id,
    /// A building block, another named activity, or `own`.
    pub kind: ActivityKind,
    /// The activity's own name; required for `own`, optional otherwise (the catalogue label is used).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    /// A description in the organisation's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// The outputs this activity serves (IDs of outputs in the same document).
    #[serde(default)]
    pub outputs: Vec<Id>,
    /// The craft concepts the activity relies on.
    #[serde(default)]
    pub craft: Vec<CraftConcept>,
    /// The ijkpunt for recovery support the activity primarily serves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ijkpunt: Option<crate::model::Ijkpunt>,
    /// Where the activity's description comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
}

impl Activity {
    /// An activity of `kind` with no label, links or craft yet.
    ///
    /// ```
    /// # use theory_of_value::model::{Activity, ActivityKind};
    /// let a = Activity::new("a1".parse()?, ActivityKind::RecoveryOffer);
    /// assert!(a.outputs.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(id: Id, kind: ActivityKind) -> Self {
        Activity {
            id,
            kind,
            label: None,
            description: None,
            outputs: Vec::new(),
            craft: Vec::new(),
            ijkpunt: None,
            source: None,
        }
    }

    /// Sets the activity's own name.
    ///
    /// ```
    /// # use theory_of_value::Text;
    /// # use theory_of_value::model::{Activity, ActivityKind};
    /// let a = Activity::new("a1".parse()?, ActivityKind::Own).with_label(Text::new("Naaiatelier"));
    /// assert_eq!(a.label.unwrap().nl, "Naaiatelier");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_label(mut self, label: Text) -> Self {
        self.label = Some(label);
        self
    }

    /// The activity's own name, or the catalogue label of its kind.
    ///
    /// ```
    /// # use theory_of_value::model::{Activity, ActivityKind};
    /// let a = Activity::new("a1".parse()?, ActivityKind::GrowthPond);
    /// assert_eq!(a.display_label().nl, "Groeivijver");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn display_label(&self) -> Text {
        self.label
            .clone()
            .unwrap_or_else(|| self.kind.label().into())
    }
}

/// An input: a precondition the activities need.
///
/// ```
/// use theory_of_value::model::{Input, InputKind};
/// let i = Input::new("in-funding".parse()?, InputKind::SustainableFunding);
/// assert_eq!(i.display_label().nl, "Duurzame financiering");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Input {
    /// Identifier, unique in the document.
    pub id: Id,
    /// One of the named preconditions, sustainable funding, or `own`.
    pub kind: InputKind,
    /// The input's own name; required for `own`, optional otherwise (the catalogue label is used).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    /// A description in the organisation's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// The activities this input enables (IDs of activities in the same document).
    #[serde(default)]
    pub activities: Vec<Id>,
    /// Where the input's description comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
}

impl Input {
    /// An input of `kind` with no label or links yet.
    ///
    /// ```
    /// # use theory_of_value::model::{Input, InputKind};
    /// let i = Input::new("i1".parse()?, InputKind::IndependentLocations);
    /// assert!(i.activities.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(id: Id, kind: InputKind) -> Self {
        Input {
            id,
            kind,
            label: None,
            description: None,
            activities: Vec::new(),
            source: None,
        }
    }

    /// Sets the input's own name.
    ///
    /// ```
    /// # use theory_of_value::Text;
    /// # use theory_of_value::model::{Input, InputKind};
    /// let i = Input::new("i1".parse()?, InputKind::Own).with_label(Text::new("Eigen bus"));
    /// assert!(i.label.is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_label(mut self, label: Text) -> Self {
        self.label = Some(label);
        self
    }

    /// The input's own name, or the catalogue label of its kind.
    ///
    /// ```
    /// # use theory_of_value::model::{Input, InputKind};
    /// let i = Input::new("i1".parse()?, InputKind::Visibility);
    /// assert_eq!(i.display_label().en.as_deref(), Some("Visibility, findability and accessibility"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn display_label(&self) -> Text {
        self.label
            .clone()
            .unwrap_or_else(|| self.kind.label().into())
    }
}

crate::model::catalogue_macro::catalogue_enum! {
    in model;
    /// What a reach figure counts. Reach is not output: how many people came, how often, and
    /// how many activities were held says nothing by itself about the value for those people.
    ///
    /// ```
    /// use theory_of_value::model::ReachKind;
    /// assert_eq!(ReachKind::UniqueParticipants.label().nl, "Unieke deelnemers");
    /// ```
    #[non_exhaustive]
    pub enum ReachKind {
        /// Visits (one person on one day counts once).
        Visits = "visits", "Bezoeken", "Visits";
        /// Unique participants in a period.
        UniqueParticipants = "unique_participants", "Unieke deelnemers", "Unique participants";
        /// Regular visitors.
        RegularVisitors = "regular_visitors", "Regelmatige bezoekers", "Regular visitors";
        /// Incidental visitors.
        IncidentalVisitors = "incidental_visitors", "Incidentele bezoekers", "Incidental visitors";
        /// Activities or meetings held.
        ActivitiesHeld = "activities_held", "Gehouden activiteiten", "Activities held";
        /// A reach figure of the organisation's own; give it a label.
        Own = "own", "Eigen bereikcijfer", "Own reach figure";
    }
}

/// A reach figure the organisation keeps: who and how much the activities reach. Kept apart
/// from outputs so that an output can never be a production count.
///
/// ```
/// use theory_of_value::model::{Reach, ReachKind};
/// let r = Reach::new("reach-visits".parse()?, ReachKind::Visits);
/// assert!(r.activities.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reach {
    /// Identifier, unique in the document.
    pub id: Id,
    /// What is counted.
    pub kind: ReachKind,
    /// The figure's own name; required for `own`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    /// The activities whose reach this is (IDs of activities in the same document); empty for all.
    #[serde(default)]
    pub activities: Vec<Id>,
}

impl Reach {
    /// A reach figure of `kind` over all activities.
    ///
    /// ```
    /// # use theory_of_value::model::{Reach, ReachKind};
    /// let r = Reach::new("r1".parse()?, ReachKind::UniqueParticipants);
    /// assert!(r.label.is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(id: Id, kind: ReachKind) -> Self {
        Reach {
            id,
            kind,
            label: None,
            activities: Vec::new(),
        }
    }
}
