//! Personas and neighbourhood profiles: fictional but fact-based descriptions of the people
//! and places a ZHO works with, and the value it adds for them.

use crate::base::Text;
use crate::model::catalogue_macro::catalogue_enum;
use crate::model::{BuildingBlock, ContributionKind, DocumentDate, Id, SourceRef};
use crate::value::{CareKind, Money, Share};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

catalogue_enum! {
    in value;
    /// How strongly a persona or neighbourhood experiences an output: an ordinal scale.
    /// The weight (1–4) is used for the weighted strength in a value estimate.
    ///
    /// ```
    /// use theory_of_value::value::Strength;
    /// assert_eq!(Strength::Considerable.weight(), 3);
    /// assert_eq!(Strength::Slight.label().nl, "beperkt");
    /// ```
    #[non_exhaustive]
    pub enum Strength {
        /// Slight: a small but real contribution.
        Slight = "slight", "beperkt", "slight";
        /// Noticeable to the person and those around them.
        Noticeable = "noticeable", "merkbaar", "noticeable";
        /// Considerable: it makes a clear difference in daily life.
        Considerable = "considerable", "aanzienlijk", "considerable";
        /// Strong: a turning point.
        Strong = "strong", "sterk", "strong";
    }
}

impl Strength {
    /// The weight on the ordinal scale, 1 (slight) to 4 (strong).
    ///
    /// ```
    /// use theory_of_value::value::Strength;
    /// let weights: Vec<u64> = Strength::ALL.iter().map(|s| s.weight()).collect();
    /// assert_eq!(weights, [1, 2, 3, 4]);
    /// ```
    pub const fn weight(self) -> u64 {
        match self {
            Strength::Slight => 1,
            Strength::Noticeable => 2,
            Strength::Considerable => 3,
            Strength::Strong => 4,
        }
    }
}

catalogue_enum! {
    in value;
    /// Whether a persona comes regularly or incidentally. The mix is itself an active
    /// ingredient: regular visitors do not grow without incidental ones, and vice versa.
    ///
    /// ```
    /// use theory_of_value::value::VisitorKind;
    /// assert_eq!(VisitorKind::Regular.label().nl, "regelmatige bezoeker");
    /// ```
    #[non_exhaustive]
    pub enum VisitorKind {
        /// Comes back regularly.
        Regular = "regular", "regelmatige bezoeker", "regular visitor";
        /// Comes now and then, or once.
        Incidental = "incidental", "incidentele bezoeker", "incidental visitor";
    }
}

/// One piece of added value: an output of the ToV, the kind of contribution, how strong,
/// and the story behind it.
///
/// ```
/// use theory_of_value::Text;
/// use theory_of_value::model::ContributionKind;
/// use theory_of_value::value::{Strength, ValueEntry};
/// let v = ValueEntry::new("op-ind-meaning".parse()?, ContributionKind::Stabilisation, Strength::Noticeable,
///     Text::new("Houdt het hoofd boven water door de wekelijkse inloop."));
/// assert_eq!(v.strength.weight(), 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ValueEntry {
    /// The output (ID in the ToV) this value is recorded on.
    pub output: Id,
    /// Improvement, stabilisation or slower decline.
    pub contribution: ContributionKind,
    /// How strong, on the ordinal scale.
    pub strength: Strength,
    /// A short narrative: what it looks like for this persona.
    pub narrative: Text,
}

impl ValueEntry {
    /// A value entry.
    ///
    /// ```
    /// # use theory_of_value::Text;
    /// # use theory_of_value::model::ContributionKind;
    /// # use theory_of_value::value::{Strength, ValueEntry};
    /// let v = ValueEntry::new("o".parse()?, ContributionKind::Improvement, Strength::Strong, Text::new("…"));
    /// assert_eq!(v.contribution, ContributionKind::Improvement);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(
        output: Id,
        contribution: ContributionKind,
        strength: Strength,
        narrative: Text,
    ) -> Self {
        ValueEntry {
            output,
            contribution,
            strength,
            narrative,
        }
    }
}

/// One SROI-style adjustment: a share and where it comes from.
///
/// ```
/// use theory_of_value::value::{Adjustment, Share};
/// use theory_of_value::model::SourceRef;
/// let a = Adjustment::new(Share::try_from(0.3)?, SourceRef::new("Eigen inschatting", "2025"));
/// assert_eq!(a.share.basis_points(), 3_000);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Adjustment {
    /// The share (0–1).
    pub share: Share,
    /// Where the figure comes from.
    pub source: SourceRef,
}

impl Adjustment {
    /// An adjustment with its source.
    ///
    /// ```
    /// # use theory_of_value::value::{Adjustment, Share};
    /// # use theory_of_value::model::SourceRef;
    /// let a = Adjustment::new(Share::ZERO, SourceRef::new("—", "—"));
    /// assert_eq!(a.share, Share::ZERO);
    /// ```
    pub fn new(share: Share, source: SourceRef) -> Self {
        Adjustment { share, source }
    }
}

/// How many years a line of avoided care counts, and why.
///
/// ```
/// use theory_of_value::value::Duration;
/// use theory_of_value::model::SourceRef;
/// let d = Duration::new(3, SourceRef::new("Eigen inschatting", "2025"))?;
/// assert_eq!(d.years(), 3);
/// assert!(Duration::new(0, SourceRef::new("—", "—")).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Duration {
    /// Number of years, 1 to 50.
    #[serde(deserialize_with = "years")]
    #[schemars(range(min = 1, max = 50))]
    years: u8,
    /// Where the duration comes from.
    pub source: SourceRef,
}

/// The longest duration of a line, in years.
///
/// ```
/// use theory_of_value::value::{Duration, MAX_DURATION_YEARS};
/// use theory_of_value::model::SourceRef;
/// assert!(Duration::new(MAX_DURATION_YEARS, SourceRef::new("—", "—")).is_ok());
/// ```
pub const MAX_DURATION_YEARS: u8 = 50;

fn years<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u8, D::Error> {
    let y = u8::deserialize(d)?;
    if (1..=MAX_DURATION_YEARS).contains(&y) {
        Ok(y)
    } else {
        Err(crate::read::message::invalid_value(
            format_args!("a duration of {y} years is outside 1 to {MAX_DURATION_YEARS}"),
            format_args!("een duur van {y} jaar valt buiten 1 tot en met {MAX_DURATION_YEARS}"),
        ))
    }
}

/// A duration of 0 or more than [`MAX_DURATION_YEARS`] years.
///
/// ```
/// assert!(theory_of_value::value::Duration::new(51, theory_of_value::model::SourceRef::new("—", "—")).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a duration of {0} years is outside 1 to 50")]
pub struct DurationError(pub u8);

impl Duration {
    /// A duration of 1 to 50 years.
    ///
    /// # Errors
    /// [`DurationError`] outside that range.
    ///
    /// ```
    /// # use theory_of_value::value::Duration;
    /// # use theory_of_value::model::SourceRef;
    /// assert!(Duration::new(5, SourceRef::new("—", "—")).is_ok());
    /// ```
    pub fn new(years: u8, source: SourceRef) -> Result<Self, DurationError> {
        if (1..=MAX_DURATION_YEARS).contains(&years) {
            Ok(Duration { years, source })
        } else {
            Err(DurationError(years))
        }
    }

    /// The number of years, 1 to 50.
    ///
    /// ```
    /// # use theory_of_value::value::Duration;
    /// # use theory_of_value::model::SourceRef;
    /// assert_eq!(Duration::new(2, SourceRef::new("—", "—"))?.years(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn years(&self) -> u8 {
        self.years
    }
}

/// The optional adjustments of one line of avoided care, as in an SROI value map. Each is
/// applied to the yearly cost per person, in this order, rounding half up to whole cents after
/// each step; see [`estimate`](crate::value::estimate) for the exact rule.
///
/// ```
/// let a = theory_of_value::value::Adjustments::default();
/// assert!(a.deadweight.is_none());
/// assert_eq!(a.years(), 1);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Adjustments {
    /// Deadweight: the share that would have been avoided anyway, without the ZHO.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadweight: Option<Adjustment>,
    /// Attribution: the share due to others (other support, family, care).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<Adjustment>,
    /// Displacement: the share that merely moved elsewhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub displacement: Option<Adjustment>,
    /// How many years the avoided care counts (one when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<Duration>,
    /// Drop-off: the share by which the effect fades each year after the first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drop_off: Option<Adjustment>,
    /// Discount rate per year, for the present value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_rate: Option<Adjustment>,
}

impl Adjustments {
    /// Whether no adjustment is set.
    ///
    /// ```
    /// assert!(theory_of_value::value::Adjustments::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self == &Adjustments::default()
    }

    /// The number of years the line counts: the duration, or one.
    ///
    /// ```
    /// assert_eq!(theory_of_value::value::Adjustments::default().years(), 1);
    /// ```
    pub fn years(&self) -> u8 {
        self.duration.as_ref().map_or(1, Duration::years)
    }
}

/// Care or support a visit to the ZHO made unnecessary for a persona, with its yearly cost per
/// person and the source of that figure.
///
/// ```
/// use theory_of_value::value::{CareEntry, CareKind, Money};
/// use theory_of_value::model::SourceRef;
/// let hic = CareEntry::new(CareKind::CrisisCare, Money::from_cents(1_265_019),
///     SourceRef::new("Kosten verblijfszwaarte H max. €602,39 per dag × 21 dagen", "acht perspectieven op de beweging, hoofdstuk 1, noot 5"));
/// assert_eq!(hic.yearly_cost.cents(), 1_265_019);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CareEntry {
    /// What kind of care or support.
    pub kind: CareKind,
    /// Its own name; required for `own`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    /// The law under which this care is paid, which names who pays. Required for `own`; for a
    /// catalogue kind it overrides the kind's frame ([`CareKind::frame`]), e.g. `jeugdwet` for
    /// a young person's mental-health care.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law: Option<crate::value::Law>,
    /// Cost per person per year, in euro cents.
    pub yearly_cost: Money,
    /// Where the cost figure comes from.
    pub source: SourceRef,
    /// SROI-style adjustments, each with its source.
    #[serde(default, skip_serializing_if = "Adjustments::is_empty")]
    pub adjustments: Adjustments,
}

impl CareEntry {
    /// A care entry without adjustments.
    ///
    /// ```
    /// # use theory_of_value::value::{CareEntry, CareKind, Money};
    /// # use theory_of_value::model::SourceRef;
    /// let c = CareEntry::new(CareKind::GpCare, Money::from_euros(100), SourceRef::new("—", "—"));
    /// assert!(c.adjustments.is_empty());
    /// ```
    pub fn new(kind: CareKind, yearly_cost: Money, source: SourceRef) -> Self {
        CareEntry {
            kind,
            label: None,
            law: None,
            yearly_cost,
            source,
            adjustments: Adjustments::default(),
        }
    }

    /// The entry's own name, or the catalogue label of its kind.
    ///
    /// ```
    /// # use theory_of_value::value::{CareEntry, CareKind, Money};
    /// # use theory_of_value::model::SourceRef;
    /// let c = CareEntry::new(CareKind::WmoSupport, Money::ZERO, SourceRef::new("—", "—"));
    /// assert_eq!(c.display_label().nl, "Wmo-ondersteuning");
    /// ```
    pub fn display_label(&self) -> Text {
        self.label
            .clone()
            .unwrap_or_else(|| self.kind.label().into())
    }

    /// The law under which this care is paid: the entry's own `law`, else its kind's frame;
    /// `None` for an `own` kind without a law (`TOV220`).
    ///
    /// ```
    /// # use theory_of_value::value::{CareEntry, CareKind, Law, Money};
    /// # use theory_of_value::model::SourceRef;
    /// let mut c = CareEntry::new(CareKind::BasicMentalHealth, Money::ZERO, SourceRef::new("—", "—"));
    /// assert_eq!(c.effective_law(), Some(Law::Zvw));
    /// c.law = Some(Law::Jeugdwet);
    /// assert_eq!(c.effective_law(), Some(Law::Jeugdwet));
    /// ```
    pub fn effective_law(&self) -> Option<crate::value::Law> {
        self.law.or_else(|| self.kind.frame().map(|f| f.law))
    }

    /// Who pays for this care: the payer of its [`effective_law`](Self::effective_law), or
    /// unknown.
    ///
    /// ```
    /// # use theory_of_value::value::{CareEntry, CareKind, Money, Payer};
    /// # use theory_of_value::model::SourceRef;
    /// let c = CareEntry::new(CareKind::WmoSupport, Money::ZERO, SourceRef::new("—", "—"));
    /// assert_eq!(c.payer(), Payer::Municipality);
    /// ```
    pub fn payer(&self) -> crate::value::Payer {
        self.effective_law()
            .map_or(crate::value::Payer::Unknown, crate::value::Law::payer)
    }
}

/// A persona: a fictional but fact-based person who stands for a group of visitors, with
/// what the ZHO meant for them in terms of the ToV and which other care was avoided.
///
/// ```
/// use theory_of_value::example;
/// use theory_of_value::value::Persona;
/// let personas = example::persona_set();
/// let a: &Persona = &personas.personas[0];
/// assert!(!a.added_value.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    /// Identifier, unique in the persona set.
    pub id: Id,
    /// The persona's (fictional) name.
    pub name: String,
    /// A short story.
    pub story: Text,
    /// Background.
    pub background: Text,
    /// Mental vulnerabilities.
    #[serde(default)]
    pub vulnerabilities: Vec<Text>,
    /// Talents and possibilities.
    #[serde(default)]
    pub talents: Vec<Text>,
    /// Regular or incidental visitor.
    pub visitor: VisitorKind,
    /// The building blocks the persona uses.
    #[serde(default)]
    pub building_blocks: Vec<BuildingBlock>,
    /// The added value, on outputs of the ToV at the individual level.
    #[serde(default)]
    pub added_value: Vec<ValueEntry>,
    /// Care and support avoided.
    #[serde(default)]
    pub care_avoided: Vec<CareEntry>,
}

/// A neighbourhood profile: the collective-level counterpart of a persona — a typical
/// neighbourhood where ZHOs work, and its added value on collective outputs.
///
/// ```
/// let set = theory_of_value::example::persona_set();
/// assert_eq!(set.neighbourhoods.len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NeighbourhoodProfile {
    /// Identifier, unique in the persona set.
    pub id: Id,
    /// The profile's name.
    pub name: String,
    /// A description of the neighbourhood.
    pub description: Text,
    /// The added value, on outputs of the ToV at the collective level.
    #[serde(default)]
    pub added_value: Vec<ValueEntry>,
}

/// A set of personas and neighbourhood profiles for one ToV.
///
/// ```
/// use theory_of_value::example;
/// use theory_of_value::value::PersonaSet;
/// let set: &PersonaSet = example::persona_set();
/// assert_eq!(set.personas.len(), 3);
/// assert!(set.validate_against(theory_of_value::national()).is_clean());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PersonaSet {
    /// The JSON Schema this document claims to follow (for editors; not interpreted).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Identifier of this persona set.
    pub id: Id,
    /// Title.
    pub title: Text,
    /// The ToV (its `id`) whose outputs the added value refers to.
    pub tov: Id,
    /// Version, in the owner's own numbering.
    pub version: String,
    /// Date of this version: YYYY, YYYY-MM or YYYY-MM-DD.
    pub date: DocumentDate,
    /// Where the personas are based on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
    /// The personas (individual level).
    #[serde(default)]
    pub personas: Vec<Persona>,
    /// The neighbourhood profiles (collective level).
    #[serde(default)]
    pub neighbourhoods: Vec<NeighbourhoodProfile>,
}

impl PersonaSet {
    /// Reads a persona set from JSON text.
    ///
    /// # Errors
    /// [`ParseError`](crate::ParseError) with a JSON Pointer, line and column, code and message.
    ///
    /// ```
    /// let set = theory_of_value::value::PersonaSet::from_json_str(theory_of_value::example::PERSONAS_JSON)?;
    /// assert_eq!(set.personas[0].name, "Anna");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json_str(text: &str) -> Result<Self, crate::read::ParseError> {
        crate::read::from_json_str(text)
    }

    /// The persona with `id`.
    ///
    /// ```
    /// let set = theory_of_value::example::persona_set();
    /// assert!(set.persona("persona-a").is_some());
    /// ```
    pub fn persona(&self, id: &str) -> Option<&Persona> {
        self.personas.iter().find(|p| p.id.as_str() == id)
    }

    /// The neighbourhood profile with `id`.
    ///
    /// ```
    /// let set = theory_of_value::example::persona_set();
    /// assert!(set.neighbourhood("wijk-centrum").is_some());
    /// ```
    pub fn neighbourhood(&self, id: &str) -> Option<&NeighbourhoodProfile> {
        self.neighbourhoods.iter().find(|p| p.id.as_str() == id)
    }
}
