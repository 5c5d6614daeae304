//! The census of one organisation over one period: people per persona, visitors, visits and
//! costs; and the visitor mix and cost price that follow from it.

use crate::base::Text;
use crate::model::{DocumentDate, Id, SourceRef};
use crate::value::Money;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The period a census covers, from its first to its last day.
///
/// ```
/// use theory_of_value::value::Period;
/// let p = Period::new("2025-01-01".parse()?, "2025-12-31".parse()?);
/// assert!(p.start <= p.end);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// First day (or month, or year).
    pub start: DocumentDate,
    /// Last day (or month, or year).
    pub end: DocumentDate,
}

impl Period {
    /// A period.
    ///
    /// ```
    /// # use theory_of_value::value::Period;
    /// let p = Period::new("2025".parse()?, "2025".parse()?);
    /// assert_eq!(p.start, p.end);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(start: DocumentDate, end: DocumentDate) -> Self {
        Period { start, end }
    }
}

/// How many people of the organisation's visitors are sorted into one persona.
///
/// ```
/// let c = theory_of_value::value::PersonaCount::new("persona-a".parse()?, 20);
/// assert_eq!(c.people, 20);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PersonaCount {
    /// The persona (ID in the persona set).
    pub persona: Id,
    /// The number of people.
    pub people: u64,
}

impl PersonaCount {
    /// A count.
    ///
    /// ```
    /// # use theory_of_value::value::PersonaCount;
    /// assert_eq!(PersonaCount::new("p".parse()?, 3).persona.as_str(), "p");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(persona: Id, people: u64) -> Self {
        PersonaCount { persona, people }
    }
}

/// How many neighbourhoods the organisation works in that match one neighbourhood profile.
///
/// ```
/// let c = theory_of_value::value::NeighbourhoodCount::new("wijk-centrum".parse()?, 2);
/// assert_eq!(c.neighbourhoods, 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NeighbourhoodCount {
    /// The neighbourhood profile (ID in the persona set).
    pub profile: Id,
    /// The number of neighbourhoods.
    pub neighbourhoods: u64,
}

impl NeighbourhoodCount {
    /// A count.
    ///
    /// ```
    /// # use theory_of_value::value::NeighbourhoodCount;
    /// assert_eq!(NeighbourhoodCount::new("w".parse()?, 1).neighbourhoods, 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(profile: Id, neighbourhoods: u64) -> Self {
        NeighbourhoodCount {
            profile,
            neighbourhoods,
        }
    }
}

/// The visitor figures of a period. Every figure is optional, because organisations count
/// differently; where related figures are all given they must agree
/// (regular + incidental = unique; visitors per day × days open = visits).
///
/// ```
/// use theory_of_value::value::Visitors;
/// let v = Visitors::from_daily(50, 5);
/// assert_eq!(v.days_open, Some(260));
/// assert_eq!(v.visits, Some(13_000));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Visitors {
    /// Unique participants in the period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique: Option<u64>,
    /// Of whom regular visitors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regular: Option<u64>,
    /// Of whom incidental visitors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incidental: Option<u64>,
    /// Visits (one person on one day counts once).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visits: Option<u64>,
    /// Visitors on an average day open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_day: Option<u64>,
    /// Days open in the period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days_open: Option<u64>,
}

/// The weeks in a year, for [`Visitors::from_daily`].
///
/// ```
/// assert_eq!(5 * theory_of_value::value::WEEKS_PER_YEAR, 260);
/// ```
pub const WEEKS_PER_YEAR: u64 = 52;

impl Visitors {
    /// A year's visits from visitors per day and days open per week (52 weeks): the report's
    /// worked example is 50 a day, 5 days a week → 260 days, 13,000 visits.
    ///
    /// ```
    /// let v = theory_of_value::value::Visitors::from_daily(50, 5);
    /// assert_eq!((v.per_day, v.days_open, v.visits), (Some(50), Some(260), Some(13_000)));
    /// ```
    pub fn from_daily(per_day: u64, days_per_week: u64) -> Self {
        let days_open = days_per_week.saturating_mul(WEEKS_PER_YEAR);
        Visitors {
            per_day: Some(per_day),
            days_open: Some(days_open),
            visits: Some(per_day.saturating_mul(days_open)),
            ..Visitors::default()
        }
    }

    /// Sets unique participants split into regular and incidental.
    ///
    /// ```
    /// let v = theory_of_value::value::Visitors::default().with_unique(500, 1_400);
    /// assert_eq!(v.unique, Some(1_900));
    /// ```
    pub fn with_unique(mut self, regular: u64, incidental: u64) -> Self {
        self.regular = Some(regular);
        self.incidental = Some(incidental);
        self.unique = regular.checked_add(incidental);
        self
    }

    /// Average visits per unique participant, as an exact fraction `(visits, unique)`.
    ///
    /// ```
    /// let v = theory_of_value::value::Visitors::from_daily(50, 5).with_unique(500, 1_400);
    /// assert_eq!(v.visits_per_participant(), Some((13_000, 1_900)));
    /// ```
    pub fn visits_per_participant(&self) -> Option<(u64, u64)> {
        match (self.visits, self.unique) {
            (Some(v), Some(u)) if u > 0 => Some((v, u)),
            _ => None,
        }
    }
}

/// How the organisation defines what it counts: the report lists these as open questions,
/// so they are explicit fields rather than hidden constants.
///
/// ```
/// let d = theory_of_value::value::Definitions::default();
/// assert!(d.unique_participant.is_none());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Definitions {
    /// When someone counts as a unique participant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_participant: Option<Text>,
    /// When a visitor counts as regular rather than incidental.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regular_visitor: Option<Text>,
}

impl Definitions {
    /// Whether neither definition is given.
    ///
    /// ```
    /// assert!(theory_of_value::value::Definitions::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.unique_participant.is_none() && self.regular_visitor.is_none()
    }
}

/// The census of one organisation over one period: the number of people per persona (and
/// neighbourhoods per profile), visitor figures, and the organisation's costs.
///
/// ```
/// let census = theory_of_value::example::census();
/// assert_eq!(census.people(), 150); // 20 + 80 + 50, as in the report's Raalte example
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Census {
    /// The JSON Schema this document claims to follow (for editors; not interpreted).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Identifier of this census.
    pub id: Id,
    /// The organisation counted.
    pub organisation: String,
    /// The persona set (its `id`) the counts refer to.
    pub persona_set: Id,
    /// The period counted.
    pub period: Period,
    /// People per persona.
    #[serde(default)]
    pub personas: Vec<PersonaCount>,
    /// Neighbourhoods per neighbourhood profile.
    #[serde(default)]
    pub neighbourhoods: Vec<NeighbourhoodCount>,
    /// Visitor figures.
    #[serde(default)]
    pub visitors: Visitors,
    /// How the figures are defined.
    #[serde(default, skip_serializing_if = "Definitions::is_empty")]
    pub definitions: Definitions,
    /// The organisation's costs over the period, in euro cents.
    pub costs: Money,
    /// Where the cost figure comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_source: Option<SourceRef>,
}

impl Census {
    /// Reads a census from JSON text.
    ///
    /// # Errors
    /// [`ParseError`](crate::ParseError) with a JSON Pointer, line and column, code and message.
    ///
    /// ```
    /// let c = theory_of_value::value::Census::from_json_str(theory_of_value::example::CENSUS_JSON)?;
    /// assert_eq!(c.personas.len(), 3);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json_str(text: &str) -> Result<Self, crate::read::ParseError> {
        crate::read::from_json_str(text)
    }

    /// The number of people sorted into personas (saturating at `u64::MAX`).
    ///
    /// ```
    /// assert_eq!(theory_of_value::example::census().people(), 150);
    /// ```
    pub fn people(&self) -> u64 {
        self.personas
            .iter()
            .fold(0u64, |sum, c| sum.saturating_add(c.people))
    }

    /// The number of people sorted into personas, or `None` when they add up to more than
    /// `u64::MAX` (`TOV217`).
    ///
    /// ```
    /// let mut census = theory_of_value::example::census().clone();
    /// assert_eq!(census.checked_people(), Some(150));
    /// census.personas[0].people = u64::MAX;
    /// assert_eq!(census.checked_people(), None);
    /// ```
    pub fn checked_people(&self) -> Option<u64> {
        self.personas
            .iter()
            .try_fold(0u64, |sum, c| sum.checked_add(c.people))
    }

    /// The people counted for persona `id`, summed over every line naming it.
    ///
    /// ```
    /// assert_eq!(theory_of_value::example::census().people_of("persona-b"), 80);
    /// ```
    pub fn people_of(&self, id: &str) -> u64 {
        self.personas
            .iter()
            .filter(|c| c.persona.as_str() == id)
            .fold(0u64, |sum, c| sum.saturating_add(c.people))
    }

    /// The organisation's cost per unique participant, rounded half up to whole cents; `None`
    /// without a (non-zero) number of unique participants.
    ///
    /// ```
    /// use theory_of_value::value::Money;
    /// let c = theory_of_value::example::census();
    /// assert_eq!(c.cost_per_participant(), Some(Money::from_euros(900)));
    /// ```
    pub fn cost_per_participant(&self) -> Option<Money> {
        let unique = self.visitors.unique.filter(|u| *u > 0)?;
        Some(Money::from_cents(crate::value::money::round_div(
            u128::from(self.costs.cents()),
            u128::from(unique),
        )))
    }

    /// Two censuses of the same organisation and persona set added up: counts, visitor
    /// figures and costs summed (a figure missing from either is missing from the sum), the
    /// period spanning both. `None` on overflow.
    ///
    /// ```
    /// let c = theory_of_value::example::census();
    /// let twice = c.merge(c).unwrap();
    /// assert_eq!(twice.people(), 300);
    /// assert_eq!(twice.costs.cents(), 2 * c.costs.cents());
    /// ```
    pub fn merge(&self, other: &Census) -> Option<Census> {
        let add = |a: Option<u64>, b: Option<u64>| -> Option<Option<u64>> {
            match (a, b) {
                (Some(a), Some(b)) => a.checked_add(b).map(Some),
                _ => Some(None),
            }
        };
        // Each persona's and profile's first line, looked up in constant time, so that
        // merging stays linear in the number of lines.
        let mut personas = self.personas.clone();
        let mut at: HashMap<&str, usize> = HashMap::with_capacity(personas.len());
        for (i, p) in self.personas.iter().enumerate() {
            at.entry(p.persona.as_str()).or_insert(i);
        }
        for c in &other.personas {
            match at.get(c.persona.as_str()) {
                Some(&i) => personas[i].people = personas[i].people.checked_add(c.people)?,
                None => {
                    at.insert(c.persona.as_str(), personas.len());
                    personas.push(c.clone());
                }
            }
        }
        let mut neighbourhoods = self.neighbourhoods.clone();
        at.clear();
        for (i, p) in self.neighbourhoods.iter().enumerate() {
            at.entry(p.profile.as_str()).or_insert(i);
        }
        for c in &other.neighbourhoods {
            match at.get(c.profile.as_str()) {
                Some(&i) => {
                    neighbourhoods[i].neighbourhoods = neighbourhoods[i]
                        .neighbourhoods
                        .checked_add(c.neighbourhoods)?
                }
                None => {
                    at.insert(c.profile.as_str(), neighbourhoods.len());
                    neighbourhoods.push(c.clone());
                }
            }
        }
        let (v, w) = (&self.visitors, &other.visitors);
        Some(Census {
            personas,
            neighbourhoods,
            visitors: Visitors {
                unique: add(v.unique, w.unique)?,
                regular: add(v.regular, w.regular)?,
                incidental: add(v.incidental, w.incidental)?,
                visits: add(v.visits, w.visits)?,
                per_day: None,
                days_open: add(v.days_open, w.days_open)?,
            },
            costs: self.costs.checked_add(other.costs)?,
            period: Period::new(
                self.period.start.min(other.period.start),
                self.period.end.max(other.period.end),
            ),
            ..self.clone()
        })
    }
}

/// A funding need: an amount per inhabitant times the number of inhabitants, both inputs. The
/// report's estimate is "€15,- per inwoner (€270 miljoen totaal)" (001:897-898); it gives no
/// number of inhabitants, so give the inhabitants of your own municipality or region. The
/// sources disagree on what is spent on ZHOs today: about €90 million (001:657, 723, 781)
/// against about €80 million in 2024 (001:864; 000:187); the crate uses neither figure.
///
/// ```
/// use theory_of_value::value::{FundingNeed, Money};
/// // A municipality of 42,500 inhabitants, at the report's €15 per inhabitant.
/// let need = FundingNeed { per_inhabitant: Money::from_euros(15), inhabitants: 42_500 };
/// assert_eq!(need.total(), Some(Money::from_euros(637_500)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FundingNeed {
    /// Amount per inhabitant per year.
    pub per_inhabitant: Money,
    /// Number of inhabitants.
    pub inhabitants: u64,
}

impl FundingNeed {
    /// The total need, or `None` on overflow.
    ///
    /// ```
    /// use theory_of_value::value::{FundingNeed, Money};
    /// let need = FundingNeed { per_inhabitant: Money::from_euros(15), inhabitants: 40_000 };
    /// assert_eq!(need.total(), Some(Money::from_euros(600_000)));
    /// ```
    pub fn total(&self) -> Option<Money> {
        self.per_inhabitant.checked_mul(self.inhabitants)
    }
}
