//! The Theory of Value document: identity, scope, authorship and the chain.

use crate::base::{Label, Text};
use crate::model::{
    Activity, DocumentDate, Id, Impact, Input, Outcome, Output, PartnerKind, Reach, SourceRef,
};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Whether a ToV is the national movement's or a local organisation's.
///
/// ```
/// use theory_of_value::model::ScopeLevel;
/// assert_eq!(ScopeLevel::Local.label().nl, "lokaal");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ScopeLevel {
    /// The national movement of self-direction and recovery.
    National,
    /// A local organisation, in the municipalities or region it serves.
    Local,
}

impl ScopeLevel {
    /// The scope level's name.
    ///
    /// ```
    /// assert_eq!(theory_of_value::model::ScopeLevel::National.label().en, "national");
    /// ```
    pub const fn label(self) -> Label {
        match self {
            ScopeLevel::National => Label::new("landelijk", "national"),
            ScopeLevel::Local => Label::new("lokaal", "local"),
        }
    }
}

/// Whose ToV this is: the national movement, or a local organisation and where it works.
///
/// ```
/// use theory_of_value::model::Scope;
/// let scope = Scope::local("Herstelhuis De Brug", ["Deventer", "Olst-Wijhe"]);
/// assert_eq!(scope.municipalities.len(), 2);
/// assert!(Scope::national().organisation.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scope {
    /// National or local.
    pub level: ScopeLevel,
    /// The organisation whose ToV this is (required for a local ToV).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// The municipalities the organisation serves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub municipalities: Vec<String>,
    /// The region the organisation serves, where it is named as a region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}

impl Scope {
    /// The national movement.
    ///
    /// ```
    /// use theory_of_value::model::{Scope, ScopeLevel};
    /// assert_eq!(Scope::national().level, ScopeLevel::National);
    /// ```
    pub fn national() -> Self {
        Scope {
            level: ScopeLevel::National,
            organisation: None,
            municipalities: Vec::new(),
            region: None,
        }
    }

    /// A local organisation serving `municipalities`.
    ///
    /// ```
    /// use theory_of_value::model::{Scope, ScopeLevel};
    /// let s = Scope::local("Steunpunt", ["Raalte"]);
    /// assert_eq!(s.level, ScopeLevel::Local);
    /// ```
    pub fn local<I, S>(organisation: impl Into<String>, municipalities: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Scope {
            level: ScopeLevel::Local,
            organisation: Some(organisation.into()),
            municipalities: municipalities.into_iter().map(Into::into).collect(),
            region: None,
        }
    }
}

/// Whether an author is an organisation or a person.
///
/// ```
/// use theory_of_value::model::AuthorKind;
/// assert_eq!(AuthorKind::Person.label().nl, "persoon");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AuthorKind {
    /// An organisation.
    Organisation,
    /// A person.
    Person,
}

impl AuthorKind {
    /// The kind's name.
    ///
    /// ```
    /// assert_eq!(theory_of_value::model::AuthorKind::Organisation.label().nl, "organisatie");
    /// ```
    pub const fn label(self) -> Label {
        match self {
            AuthorKind::Organisation => Label::new("organisatie", "organisation"),
            AuthorKind::Person => Label::new("persoon", "person"),
        }
    }
}

/// Someone who drafted the ToV. "Niets over ons, zonder ons": a ToV records who speaks from
/// lived experience.
///
/// ```
/// use theory_of_value::model::{Author, AuthorKind};
/// let a = Author::new("Deelnemersraad", AuthorKind::Organisation).with_lived_experience();
/// assert!(a.lived_experience);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Author {
    /// Name of the organisation or person.
    pub name: String,
    /// Organisation or person.
    pub kind: AuthorKind,
    /// Whether this author speaks from lived experience (an organisation run for and by people
    /// with lived experience, or a person with it).
    #[serde(default)]
    pub lived_experience: bool,
    /// The author's role in drafting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Text>,
}

impl Author {
    /// An author without lived experience marked and without a role.
    ///
    /// ```
    /// use theory_of_value::model::{Author, AuthorKind};
    /// assert!(!Author::new("IPW", AuthorKind::Organisation).lived_experience);
    /// ```
    pub fn new(name: impl Into<String>, kind: AuthorKind) -> Self {
        Author {
            name: name.into(),
            kind,
            lived_experience: false,
            role: None,
        }
    }

    /// Marks the author as speaking from lived experience.
    ///
    /// ```
    /// use theory_of_value::model::{Author, AuthorKind};
    /// assert!(Author::new("Anna", AuthorKind::Person).with_lived_experience().lived_experience);
    /// ```
    pub fn with_lived_experience(mut self) -> Self {
        self.lived_experience = true;
        self
    }
}

/// A formal or informal partner the organisation works with (characteristic 10 of the ten
/// characteristics: "Samenwerking met de formele en informele (keten)partners").
///
/// ```
/// use theory_of_value::model::{Partner, PartnerKind};
/// let p = Partner::new("Huisartsenpraktijk Zuid", Some(PartnerKind::GeneralPractitioners));
/// assert!(p.activities.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    /// The partner's name.
    pub name: String,
    /// One of the partner kinds the characteristic names; absent for a kind of the
    /// organisation's own, which `label` then names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<PartnerKind>,
    /// What kind of partner this is, in the organisation's own words (required without `kind`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    /// The activities (their IDs) the partner takes part in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub activities: Vec<Id>,
}

impl Partner {
    /// A partner of `kind` (`None` for a kind of one's own) taking part in no activity yet.
    ///
    /// ```
    /// use theory_of_value::model::Partner;
    /// assert!(Partner::new("Buurtkerk", None).kind.is_none());
    /// ```
    pub fn new(name: impl Into<String>, kind: Option<PartnerKind>) -> Self {
        Partner {
            name: name.into(),
            kind,
            label: None,
            activities: Vec::new(),
        }
    }
}

/// A deliberate choice not to carry an element of the reference ToV or a building block,
/// with the reason: "we verwijzen voor individuele ondersteuning naar X".
///
/// A recorded choice turns the gap warnings (`TOV301`, `TOV110`) into information that shows
/// the reason (`TOV307`, `TOV129`).
///
/// ```
/// use theory_of_value::Text;
/// use theory_of_value::model::Choice;
/// let c = Choice::new("individual_support".parse()?, Text::new("We verwijzen hiervoor naar het wijkteam."));
/// assert_eq!(c.element.as_str(), "individual_support");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// What is deliberately not carried: the ID of an element of the reference ToV (impact,
    /// outcome, output), an activity or input kind of it, or a building block.
    pub element: Id,
    /// Why: required, not blank.
    pub reason: Text,
}

impl Choice {
    /// A choice about `element`, for `reason`.
    ///
    /// ```
    /// use theory_of_value::Text;
    /// use theory_of_value::model::Choice;
    /// let c = Choice::new("respite".parse()?, Text::new("Er is al een herstelhuis in de regio."));
    /// assert!(!c.reason.nl.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(element: Id, reason: Text) -> Self {
        Choice { element, reason }
    }
}

/// A Theory of Value: who it belongs to, who drafted it, and its chain, in the ToV's own order
/// — impact, outcomes, outputs, activities, inputs — plus the reach figures kept apart from
/// outputs.
///
/// Layers are lists that may be empty while a ToV is being drafted; [`TheoryOfValue::validate`]
/// reports an empty layer as an error (`TOV101`).
///
/// ```
/// use theory_of_value::TheoryOfValue;
///
/// let tov = TheoryOfValue::from_json_str(theory_of_value::NATIONAL_JSON)?;
/// assert_eq!(tov.outputs.len(), 15);
/// assert!(tov.validate().is_clean());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TheoryOfValue {
    /// The JSON Schema this document claims to follow (for editors; not interpreted).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Identifier of this ToV.
    pub id: Id,
    /// Title.
    pub title: Text,
    /// National or local, and for whom.
    pub scope: Scope,
    /// Version of this ToV, in the owner's own numbering.
    pub version: String,
    /// Date of this version: YYYY, YYYY-MM or YYYY-MM-DD.
    pub date: DocumentDate,
    /// Where this ToV is published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
    /// The reference ToV (its `id`, usually `nvzh-tov`, the national one) this ToV refines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refines: Option<Id>,
    /// Who drafted it.
    #[serde(default)]
    pub authors: Vec<Author>,
    /// What do we want to achieve in society?
    #[serde(default)]
    pub impact: Option<Impact>,
    /// How do we know it worked?
    #[serde(default)]
    pub outcomes: Vec<Outcome>,
    /// How can we measure it?
    #[serde(default)]
    pub outputs: Vec<Output>,
    /// What do we do to achieve it?
    #[serde(default)]
    pub activities: Vec<Activity>,
    /// What do we need for that?
    #[serde(default)]
    pub inputs: Vec<Input>,
    /// Reach figures: visits, unique participants, activities held. Not outputs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reach: Vec<Reach>,
    /// Formal and informal partners, and the activities they take part in (characteristic 10).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<Partner>,
    /// Deliberate choices not to carry an element of the reference ToV or a building block.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<Choice>,
}

impl TheoryOfValue {
    /// An empty ToV with identity and scope, to fill in layer by layer.
    ///
    /// ```
    /// use theory_of_value::{Text, TheoryOfValue};
    /// use theory_of_value::model::Scope;
    /// let tov = TheoryOfValue::new(
    ///     "tov-de-brug".parse()?,
    ///     Text::new("ToV De Brug"),
    ///     Scope::local("De Brug", ["Deventer"]),
    ///     "1.0",
    ///     "2026-03-01".parse()?,
    /// );
    /// assert!(tov.outputs.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(
        id: Id,
        title: Text,
        scope: Scope,
        version: impl Into<String>,
        date: DocumentDate,
    ) -> Self {
        TheoryOfValue {
            schema: None,
            id,
            title,
            scope,
            version: version.into(),
            date,
            source: None,
            refines: None,
            authors: Vec::new(),
            impact: None,
            outcomes: Vec::new(),
            outputs: Vec::new(),
            activities: Vec::new(),
            inputs: Vec::new(),
            reach: Vec::new(),
            partners: Vec::new(),
            choices: Vec::new(),
        }
    }

    /// A starter local ToV for `organisation`: local `scope`, `refines` set to `reference`, and
    /// every element of the reference present to keep, edit or delete — the impact, outcomes
    /// and outputs with their IDs kept and `refines` naming them, the activities and inputs
    /// copied (they are carried by kind), the links as in the reference. The organisation is
    /// its one author, marked as speaking from lived experience (a self-direction and recovery
    /// organisation is run by experts by experience, characteristic 9); that is the starter's
    /// assumption, to correct where it does not hold. It validates as cleanly as `reference`.
    ///
    /// ```
    /// use theory_of_value::{national, TheoryOfValue};
    /// use theory_of_value::model::Scope;
    /// let tov = TheoryOfValue::starter(
    ///     national(),
    ///     "tov-de-brug".parse()?,
    ///     Scope::local("Herstelhuis De Brug", ["Deventer"]),
    ///     "2026-03-01".parse()?,
    /// );
    /// assert_eq!(tov.refines.as_ref(), Some(&national().id));
    /// assert_eq!(tov.outputs[0].refines, vec![national().outputs[0].id.clone()]);
    /// assert!(tov.validate().is_clean());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn starter(reference: &TheoryOfValue, id: Id, scope: Scope, date: DocumentDate) -> Self {
        let organisation = scope.organisation.clone().unwrap_or_default();
        let mut tov = TheoryOfValue::new(
            id,
            Text::bilingual(
                format!("Theory of Value van {organisation}"),
                format!("Theory of Value of {organisation}"),
            ),
            scope,
            "0.1",
            date,
        );
        tov.refines = Some(reference.id.clone());
        let mut author =
            Author::new(organisation, AuthorKind::Organisation).with_lived_experience();
        author.role = Some(Text::bilingual("opsteller", "author"));
        tov.authors = vec![author];
        tov.impact = reference.impact.clone().map(|mut i| {
            i.refines = vec![i.id.clone()];
            i
        });
        tov.outcomes = reference
            .outcomes
            .iter()
            .cloned()
            .map(|mut o| {
                o.refines = vec![o.id.clone()];
                o
            })
            .collect();
        tov.outputs = reference
            .outputs
            .iter()
            .cloned()
            .map(|mut o| {
                o.refines = vec![o.id.clone()];
                o
            })
            .collect();
        tov.activities = reference.activities.clone();
        tov.inputs = reference.inputs.clone();
        tov
    }
}
