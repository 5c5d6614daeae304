//! The embedded catalogue: building blocks and other activities, preconditions (inputs), the
//! craft, and the ten characteristics of low-threshold support points.
//!
//! Dutch labels follow the sources' wording; English labels are this crate's own gloss.
//! Every ID here is API: it is never renumbered or reused.

use crate::base::Label;
use crate::model::catalogue_macro::catalogue_enum;
use crate::model::SourceRef;

/// A catalogue ID that does not exist, with the nearest existing ID if one is close.
///
/// ```
/// use theory_of_value::model::ActivityKind;
/// let err = "walk_inn".parse::<ActivityKind>().unwrap_err();
/// assert_eq!(err.suggestion.as_deref(), Some("walk_in"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {vocabulary} `{id}`{}", suggestion.as_ref().map(|s| format!("; did you mean `{s}`?")).unwrap_or_default())]
pub struct UnknownId {
    /// The vocabulary looked in.
    pub vocabulary: &'static str,
    /// The ID that was not found.
    pub id: String,
    /// The nearest existing ID, if close enough to be a likely typo.
    pub suggestion: Option<String>,
}

const REPORT: &str = "NVZH & IPW (2025), Theory of Value van de zelfregie- en herstelbeweging";
const TEN: &str =
    "NVZH, 10 kenmerken in de praktijk. IZA: handvatten voor laagdrempelige steunpunten";

catalogue_enum! {
    in model;
    /// The four building blocks (bouwstenen) present at "nearly all" ZHOs (001, Activiteiten;
    /// Bijlage 1). Absence from a local ToV is a warning (`TOV110`), not an error.
    ///
    /// ```
    /// use theory_of_value::model::BuildingBlock;
    /// assert_eq!(BuildingBlock::ALL.len(), 4);
    /// assert_eq!(BuildingBlock::GrowthPond.label().nl, "Groeivijver");
    /// ```
    #[non_exhaustive]
    pub enum BuildingBlock {
        /// Drop-in and meeting, with no fixed programme.
        WalkIn = "walk_in", "Inloop en ontmoeting", "Walk-in and meeting";
        /// Activities by and for participants, starting from a participant's idea or passion.
        ByAndFor = "by_and_for", "Door-en-voor-activiteiten", "Activities by and for participants";
        /// Recovery courses, trainings and peer-support groups.
        RecoveryOffer = "recovery_offer", "Herstelaanbod", "Recovery offer";
        /// The "growth pond": stumbling upward from one building block, and role, to the next
        /// — and back again: roles are fluid and equal.
        GrowthPond = "growth_pond", "Groeivijver", "Growth pond";
    }
}

impl BuildingBlock {
    /// The source's description (Dutch as in the source, English gloss).
    ///
    /// ```
    /// use theory_of_value::model::BuildingBlock;
    /// assert!(BuildingBlock::WalkIn.description().nl.contains("geen vast programma"));
    /// ```
    pub const fn description(self) -> Label {
        match self {
            BuildingBlock::WalkIn => Label::new(
                "Inloop en ontmoeting bestaat, zoals de naam al zegt, uit de mogelijkheid om laagdrempelig binnen te lopen en andere mensen te kunnen ontmoeten. Er is geen vast programma, je kunt doen of bespreken met elkaar wat je wilt.",
                "The chance to walk in with a low threshold and meet other people. There is no fixed programme: you do or talk about whatever you like together, often over coffee, lunch or dinner.",
            ),
            BuildingBlock::ByAndFor => Label::new(
                "Door-en-voor-activiteiten zijn activiteiten die worden georganiseerd door en voor de deelnemers van je initiatief",
                "Activities organised by and for the participants of the initiative, such as creative workshops, yoga or walking groups, often starting from one participant's idea or passion.",
            ),
            BuildingBlock::RecoveryOffer => Label::new(
                "Herstelaanbod bestaat uit cursussen, trainingen, groepen en andere middelen om expliciet te werken aan je eigen herstel.",
                "Courses, trainings, groups and other means to work explicitly on one's own recovery (WRAP, Crisiskaart, HOP, Herstellen doe je zelf, WMEE, writing a recovery story), including peer-support groups, also for relatives.",
            ),
            BuildingBlock::GrowthPond => Label::new(
                "De groeivijver ten slotte beschrijft de mogelijkheid voor bezoekers/deelnemers om van de ene in de andere bouwsteen ‘omhoog te kunnen struikelen’.",
                "The possibility for visitors and participants to 'stumble upward' from one building block into the next: visitor, co-organiser, volunteer, expert-by-experience staff, director, or work elsewhere. Roles are fluid: one can step back and return.",
            ),
        }
    }

    /// Where the catalogue entry comes from.
    ///
    /// ```
    /// use theory_of_value::model::BuildingBlock;
    /// assert!(BuildingBlock::WalkIn.source().section.as_deref().unwrap().contains("Bijlage 1"));
    /// ```
    pub const fn source(self) -> SourceRef {
        SourceRef::new(REPORT, "Bijlage 1: Beschrijving activiteiten")
    }
}

catalogue_enum! {
    in model;
    /// What kind of activity an activity is: one of the four building blocks, one of the other
    /// activities the national report names, or the organisation's own ("couleur locale", the
    /// vocabulary is open: use `own` with a label of your own).
    ///
    /// ```
    /// use theory_of_value::model::{ActivityKind, BuildingBlock};
    /// assert_eq!(ActivityKind::WalkIn.building_block(), Some(BuildingBlock::WalkIn));
    /// assert_eq!(ActivityKind::Respite.building_block(), None);
    /// assert_eq!(ActivityKind::from(BuildingBlock::GrowthPond), ActivityKind::GrowthPond);
    /// ```
    #[non_exhaustive]
    pub enum ActivityKind {
        /// Building block: walk-in and meeting.
        WalkIn = "walk_in", "Inloop en ontmoeting", "Walk-in and meeting";
        /// Building block: activities by and for participants.
        ByAndFor = "by_and_for", "Door-en-voor-activiteiten", "Activities by and for participants";
        /// Building block: recovery courses, trainings, peer-support groups.
        RecoveryOffer = "recovery_offer", "Herstelaanbod", "Recovery offer";
        /// Building block: the growth pond.
        GrowthPond = "growth_pond", "Groeivijver", "Growth pond";
        /// Collective advocacy, e.g. for people in mental-health care, on poverty or homelessness.
        CollectiveAdvocacy = "collective_advocacy", "Collectieve belangenbehartiging", "Collective advocacy";
        /// Information meetings on a theme, for the people themselves or for professionals.
        InformationMeetings = "information_meetings", "Voorlichtingsbijeenkomsten", "Information meetings";
        /// Secondment of expert-by-experience staff to neighbourhood teams or care organisations.
        Secondment = "secondment", "Detachering van ervaringsdeskundige medewerkers", "Secondment of expert-by-experience staff";
        /// ExpEx: trained young Experienced Experts.
        ExpEx = "expex", "ExpEx (Experienced Experts)", "ExpEx (young experienced experts)";
        /// A respite facility or recovery house.
        Respite = "respite", "Respijtvoorziening of herstelhuis", "Respite facility or recovery house";
        /// Individual support: recovery conversations, independent client support, a street lawyer.
        IndividualSupport = "individual_support", "Individuele ondersteuning", "Individual support";
        /// Online support: conversations, modules and videos.
        OnlineSupport = "online_support", "Online begeleiding", "Online support";
        /// Thinking along on, shaping and deciding policy together with participants.
        PolicyParticipation = "policy_participation", "Mee denken, vormen en besluiten over beleid", "Thinking along on, shaping and deciding on policy";
        /// An activity of the organisation's own (couleur locale); give it a label.
        Own = "own", "Eigen activiteit (couleur locale)", "Own activity (couleur locale)";
    }
}

impl ActivityKind {
    /// The building block this kind is, if it is one.
    ///
    /// ```
    /// use theory_of_value::model::ActivityKind;
    /// assert!(ActivityKind::ByAndFor.building_block().is_some());
    /// ```
    pub const fn building_block(self) -> Option<BuildingBlock> {
        match self {
            ActivityKind::WalkIn => Some(BuildingBlock::WalkIn),
            ActivityKind::ByAndFor => Some(BuildingBlock::ByAndFor),
            ActivityKind::RecoveryOffer => Some(BuildingBlock::RecoveryOffer),
            ActivityKind::GrowthPond => Some(BuildingBlock::GrowthPond),
            _ => None,
        }
    }
}

impl From<BuildingBlock> for ActivityKind {
    fn from(block: BuildingBlock) -> Self {
        match block {
            BuildingBlock::WalkIn => ActivityKind::WalkIn,
            BuildingBlock::ByAndFor => ActivityKind::ByAndFor,
            BuildingBlock::RecoveryOffer => ActivityKind::RecoveryOffer,
            BuildingBlock::GrowthPond => ActivityKind::GrowthPond,
        }
    }
}

catalogue_enum! {
    in model;
    /// What kind of input (precondition) an input is: the seven preconditions of the national
    /// ToV, sustainable funding that makes them possible, or the organisation's own.
    ///
    /// ```
    /// use theory_of_value::model::InputKind;
    /// assert_eq!(InputKind::ALL.len(), 9); // 7 preconditions, funding, own
    /// assert_eq!(InputKind::SustainableFunding.label().nl, "Duurzame financiering");
    /// ```
    #[non_exhaustive]
    pub enum InputKind {
        /// Skilled expert-by-experience volunteers and staff.
        LivedExperienceStaff = "lived_experience_staff", "Kundige ervaringsdeskundige vrijwilligers en medewerkers", "Skilled expert-by-experience volunteers and staff";
        /// Embedding in, and cooperation with, the surrounding system of support and care.
        Embedding = "embedding", "Inbedding in en samenwerking met het omringende stelsel", "Embedding in the system of support and care";
        /// Stakeholders' and funders' vision and policy on sustaining self-direction and recovery.
        StakeholderVision = "stakeholder_vision", "Visie en beleid van stakeholders en financiers", "Vision and policy of stakeholders and funders";
        /// Independent locations.
        IndependentLocations = "independent_locations", "Zelfstandige locaties", "Independent locations";
        /// Good organisation and leadership.
        OrganisationLeadership = "organisation_leadership", "Goede organisatie en leiderschap", "Good organisation and leadership";
        /// Visibility, findability and accessibility.
        Visibility = "visibility", "Bekendheid, vindbaarheid en toegankelijkheid", "Visibility, findability and accessibility";
        /// Development of collective experiential knowledge through training, intervision and exchange.
        CollectiveKnowledge = "collective_knowledge", "Ontwikkeling van collectieve ervaringskennis", "Developing collective experiential knowledge";
        /// Sustainable funding, which makes all the others possible.
        SustainableFunding = "sustainable_funding", "Duurzame financiering", "Sustainable funding";
        /// An input of the organisation's own; give it a label.
        Own = "own", "Eigen input", "Own input";
    }
}

catalogue_enum! {
    in model;
    /// The nine central concepts of the craft of self-direction and recovery ("het vak"):
    /// how the work is done, which matters more than what is done.
    ///
    /// ```
    /// use theory_of_value::model::CraftConcept;
    /// assert_eq!(CraftConcept::ALL.len(), 9);
    /// assert_eq!(CraftConcept::FreeSpace.label().nl, "vrije ruimte");
    /// ```
    #[non_exhaustive]
    pub enum CraftConcept {
        /// Equality.
        Equality = "equality", "gelijkwaardigheid", "equality";
        /// Reciprocity.
        Reciprocity = "reciprocity", "wederkerigheid", "reciprocity";
        /// A low threshold.
        LowThreshold = "low_threshold", "laagdrempeligheid", "low threshold";
        /// Proximity.
        Proximity = "proximity", "nabijheid", "proximity";
        /// Safety.
        Safety = "safety", "veiligheid", "safety";
        /// Talent development.
        TalentDevelopment = "talent_development", "talentontwikkeling", "talent development";
        /// Free space.
        FreeSpace = "free_space", "vrije ruimte", "free space";
        /// Lived-experience expertise.
        LivedExperienceExpertise = "lived_experience_expertise", "ervaringsdeskundigheid", "expertise by experience";
        /// A social climate of support and practice.
        SupportClimate = "support_climate", "sociaal steun- en oefenklimaat", "social climate of support and practice";
    }
}

impl CraftConcept {
    /// Where the craft concepts come from.
    ///
    /// ```
    /// use theory_of_value::model::CraftConcept;
    /// assert_eq!(CraftConcept::Safety.source().section.as_deref(), Some("Theory of Value – Activiteiten (het vak)"));
    /// ```
    pub const fn source(self) -> SourceRef {
        SourceRef::new(REPORT, "Theory of Value – Activiteiten (het vak)")
    }
}

catalogue_enum! {
    in model;
    /// The five questions the ten characteristics are grouped by.
    ///
    /// ```
    /// use theory_of_value::model::{Characteristic, QuestionGroup};
    /// let how: Vec<_> = Characteristic::ALL.iter().filter(|c| c.group() == QuestionGroup::How).collect();
    /// assert_eq!(how.len(), 6);
    /// ```
    #[non_exhaustive]
    pub enum QuestionGroup {
        /// For whom?
        ForWhom = "for_whom", "Voor wie?", "For whom?";
        /// What for?
        WhatFor = "what_for", "Waartoe?", "What for?";
        /// How does it work?
        How = "how", "Hoe werkt het?", "How does it work?";
        /// By whom?
        ByWhom = "by_whom", "Door wie?", "By whom?";
        /// With whom?
        WithWhom = "with_whom", "Met wie?", "With whom?";
    }
}

catalogue_enum! {
    in model;
    /// The kinds of (chain) partner named in characteristic 10.
    ///
    /// ```
    /// use theory_of_value::model::PartnerKind;
    /// assert_eq!(PartnerKind::ALL.len(), 4);
    /// ```
    #[non_exhaustive]
    pub enum PartnerKind {
        /// The social domain (municipality).
        SocialDomain = "social_domain", "Sociaal domein (gemeente)", "Social domain (municipality)";
        /// Welfare organisations.
        Welfare = "welfare", "Welzijnsorganisaties", "Welfare organisations";
        /// General practitioners.
        GeneralPractitioners = "general_practitioners", "Huisartsen", "General practitioners";
        /// Care providers.
        CareProviders = "care_providers", "Zorgaanbieders", "Care providers";
    }
}

catalogue_enum! {
    in model;
    /// The ten characteristics of low-threshold support points (IZA working group / NVZH),
    /// numbered as in the source. The label is the source's Dutch text and an English gloss.
    ///
    /// ```
    /// use theory_of_value::model::{Characteristic, QuestionGroup};
    /// let c = Characteristic::ExpertsInTheLead;
    /// assert_eq!(c.number(), 9);
    /// assert_eq!(c.group(), QuestionGroup::ByWhom);
    /// assert_eq!(Characteristic::from_number(9), Some(c));
    /// ```
    #[non_exhaustive]
    pub enum Characteristic {
        /// 1. Low-threshold access for everyone, in particular people with (severe/long-term)
        /// psychological and/or social-emotional vulnerability and their relatives.
        LowThresholdAccess = "low_threshold_access",
            "Een zelfregie en herstel organisatie is voor iedereen laagdrempelig toegankelijk en in het bijzonder voor mensen met (ernstige/langdurige) psychische (de EPA-doelgroep) en/of sociaal- emotionele kwetsbaarheid en hun naasten.",
            "A self-direction and recovery organisation is accessible to everyone with a low threshold, in particular to people with (severe or long-term) psychological (the EPA group) and/or social-emotional vulnerability, and to their relatives.";
        /// 2. Aimed at learning, recovery and development.
        LearningRecoveryDevelopment = "learning_recovery_development",
            "Een zelfregie en herstel organisatie is gericht op leren, herstel en ontwikkeling, dit gaat verder dan alleen een luisterend oor en koffie.",
            "A self-direction and recovery organisation is aimed at learning, recovery and development; this goes beyond a listening ear and coffee.";
        /// 3. Everyone has something to get and to give: co-creation and shared ownership.
        GiveAndTake = "give_and_take",
            "Zowel bezoekers/deelnemers als medewerkers en vrijwilligers hebben iets te halen én te brengen. Er is sprake van co-creatie en gezamenlijk eigenaarschap.",
            "Visitors and participants as well as staff and volunteers have something to take and to give: co-creation and shared ownership.";
        /// 4. Reciprocity and equality.
        ReciprocityEquality = "reciprocity_equality",
            "Er is sprake van wederkerigheid en gelijkwaardigheid, op basis van wederzijds begrip, herkenning en erkenning.",
            "There is reciprocity and equality, based on mutual understanding, recognition and acknowledgement.";
        /// 5. People, not client or helper.
        PeopleNotRoles = "people_not_roles",
            "Wij zien elkaar als mens, niet als cliënt of hulpverlener.",
            "We see each other as people, not as client or helper.";
        /// 6. Support takes shape from people's needs.
        NeedsLed = "needs_led",
            "De ondersteuning krijgt vorm vanuit de behoeften van de mensen.",
            "Support takes shape from the needs of the people themselves.";
        /// 7. "What suits you", without step plans or protocols.
        WhatSuitsYou = "what_suits_you",
            "Er wordt gewerkt vanuit ‘wat past bij jou’ zonder stappenplannen of protocollen.Er is een aanbod van methodische zelfhulp dat zich vanuit co-creatie en peer-support steeds verder ontwikkelt.",
            "Work starts from 'what suits you', without step plans or protocols; methodical self-help keeps developing through co-creation and peer support.";
        /// 8. Collective experiential knowledge comes together.
        CollectiveKnowledge = "collective_knowledge",
            "In het steunpunt komt collectieve ervaringskennis samen.",
            "Collective experiential knowledge comes together in the support point.";
        /// 9. Experts by experience in the lead.
        ExpertsInTheLead = "experts_in_the_lead",
            "In het initiatief zijn ervaringsdeskundigen en/of ervaringswerkers in de lead.",
            "Experts by experience and/or experience workers lead the initiative.";
        /// 10. Cooperation with formal and informal partners.
        Cooperation = "cooperation",
            "Samenwerking met de formele en informele (keten)partners: Sociaal domein (gemeente), Welzijnsorganisaties, Huisartsen, Zorgaanbieders. Zodat makkelijk afstemming kan plaatsvinden en mensen wanneer nodig kunnen worden gekoppeld aan de voor hen juiste personen of instanties.",
            "Cooperation with formal and informal partners (social domain, welfare organisations, general practitioners, care providers), so that coordination is easy and people can be linked to the right persons or bodies when needed.";
    }
}

impl Characteristic {
    /// A short name for lists and tables: the crate's own abbreviation of the source's text
    /// (the full text is [`Characteristic::label`]).
    ///
    /// ```
    /// use theory_of_value::model::Characteristic;
    /// assert_eq!(Characteristic::WhatSuitsYou.short_label().nl, "Wat past bij jou");
    /// ```
    pub const fn short_label(self) -> Label {
        match self {
            Characteristic::LowThresholdAccess => Label::new(
                "Laagdrempelig toegankelijk voor iedereen",
                "Low-threshold access for everyone",
            ),
            Characteristic::LearningRecoveryDevelopment => Label::new(
                "Gericht op leren, herstel en ontwikkeling",
                "Aimed at learning, recovery and development",
            ),
            Characteristic::GiveAndTake => Label::new(
                "Iets te halen én te brengen",
                "Something to take and to give",
            ),
            Characteristic::ReciprocityEquality => Label::new(
                "Wederkerigheid en gelijkwaardigheid",
                "Reciprocity and equality",
            ),
            Characteristic::PeopleNotRoles => Label::new(
                "Mens, niet cliënt of hulpverlener",
                "People, not client or helper",
            ),
            Characteristic::NeedsLed => Label::new(
                "Ondersteuning vanuit de behoeften",
                "Support shaped by needs",
            ),
            Characteristic::WhatSuitsYou => Label::new("Wat past bij jou", "What suits you"),
            Characteristic::CollectiveKnowledge => Label::new(
                "Collectieve ervaringskennis komt samen",
                "Collective experiential knowledge comes together",
            ),
            Characteristic::ExpertsInTheLead => Label::new(
                "Ervaringsdeskundigen in de lead",
                "Experts by experience in the lead",
            ),
            Characteristic::Cooperation => {
                Label::new("Samenwerking met partners", "Cooperation with partners")
            }
        }
    }

    /// The number the source gives the characteristic, 1 to 10.
    ///
    /// ```
    /// use theory_of_value::model::Characteristic;
    /// let numbers: Vec<u8> = Characteristic::ALL.iter().map(|c| c.number()).collect();
    /// assert_eq!(numbers, (1..=10).collect::<Vec<u8>>());
    /// ```
    pub fn number(self) -> u8 {
        let index = Characteristic::ALL
            .iter()
            .position(|c| *c == self)
            .expect("every characteristic is in ALL");
        u8::try_from(index + 1).expect("ten characteristics")
    }

    /// The characteristic with the source's number, if 1 to 10.
    ///
    /// ```
    /// use theory_of_value::model::Characteristic;
    /// assert_eq!(Characteristic::from_number(1), Some(Characteristic::LowThresholdAccess));
    /// assert_eq!(Characteristic::from_number(11), None);
    /// ```
    pub fn from_number(n: u8) -> Option<Self> {
        usize::from(n)
            .checked_sub(1)
            .and_then(|i| Characteristic::ALL.get(i).copied())
    }

    /// The question the characteristic answers.
    ///
    /// ```
    /// use theory_of_value::model::{Characteristic, QuestionGroup};
    /// assert_eq!(Characteristic::Cooperation.group(), QuestionGroup::WithWhom);
    /// ```
    pub const fn group(self) -> QuestionGroup {
        match self {
            Characteristic::LowThresholdAccess => QuestionGroup::ForWhom,
            Characteristic::LearningRecoveryDevelopment => QuestionGroup::WhatFor,
            Characteristic::GiveAndTake
            | Characteristic::ReciprocityEquality
            | Characteristic::PeopleNotRoles
            | Characteristic::NeedsLed
            | Characteristic::WhatSuitsYou
            | Characteristic::CollectiveKnowledge => QuestionGroup::How,
            Characteristic::ExpertsInTheLead => QuestionGroup::ByWhom,
            Characteristic::Cooperation => QuestionGroup::WithWhom,
        }
    }

    /// The member organisation whose practice example illustrates the characteristic in the source.
    ///
    /// ```
    /// use theory_of_value::model::Characteristic;
    /// assert_eq!(Characteristic::LowThresholdAccess.example_organisation(), "De Hoofdzaak");
    /// ```
    pub const fn example_organisation(self) -> &'static str {
        match self {
            Characteristic::LowThresholdAccess => "De Hoofdzaak",
            Characteristic::LearningRecoveryDevelopment => "Out of the Box TV",
            Characteristic::GiveAndTake => "Zelfregie NL",
            Characteristic::NeedsLed => "Steunpunt Zelfregie en Herstel",
            Characteristic::PeopleNotRoles => "De Waterheuvel",
            Characteristic::ReciprocityEquality => "Stjoer",
            Characteristic::WhatSuitsYou => "Kompassie",
            Characteristic::CollectiveKnowledge => "Nexus Zwolle",
            Characteristic::ExpertsInTheLead => "Herstelacademie Haarlem en Meer",
            Characteristic::Cooperation => "TEAM ED",
        }
    }

    /// The partner kinds the characteristic names (only characteristic 10 names any).
    ///
    /// ```
    /// use theory_of_value::model::{Characteristic, PartnerKind};
    /// assert_eq!(Characteristic::Cooperation.partners(), PartnerKind::ALL);
    /// assert!(Characteristic::NeedsLed.partners().is_empty());
    /// ```
    pub const fn partners(self) -> &'static [PartnerKind] {
        match self {
            Characteristic::Cooperation => PartnerKind::ALL,
            _ => &[],
        }
    }

    /// Where the characteristic comes from.
    ///
    /// ```
    /// use theory_of_value::model::Characteristic;
    /// assert!(Characteristic::Cooperation.source().document.contains("10 kenmerken"));
    /// ```
    pub const fn source(self) -> SourceRef {
        SourceRef::new(TEN, "10 kenmerken van zelfregie en herstelorganisaties")
    }
}

catalogue_enum! {
    in model;
    /// Terms the national report defines, with its definition as written (Dutch) and an
    /// English gloss of the crate's own.
    ///
    /// ```
    /// use theory_of_value::model::Term;
    /// assert_eq!(Term::ALL.len(), 5);
    /// assert!(Term::ExperientialKnowledge.definition().nl.starts_with("Ervaringskennis ontwikkelen"));
    /// ```
    #[non_exhaustive]
    pub enum Term {
        /// Self-direction.
        SelfDirection = "zelfregie", "zelfregie", "self-direction";
        /// Recovery.
        Recovery = "herstel", "herstel", "recovery";
        /// Experiential knowledge: learning from one's own experience by reflecting on it.
        ExperientialKnowledge = "ervaringskennis", "ervaringskennis", "experiential knowledge";
        /// Collective experiential knowledge: individual experience shared and connected.
        CollectiveExperientialKnowledge = "collectieve_ervaringskennis", "collectieve ervaringskennis", "collective experiential knowledge";
        /// Participant-driven: how the report characterises the activities by and for
        /// participants.
        ParticipantDriven = "deelnemersgedreven", "deelnemersgedreven", "participant-driven";
    }
}

impl Term {
    /// The report's definition (Dutch as written) and an English gloss.
    ///
    /// ```
    /// use theory_of_value::model::Term;
    /// assert!(Term::Recovery.definition().nl.contains("processen"));
    /// ```
    pub const fn definition(self) -> Label {
        match self {
            Term::SelfDirection | Term::Recovery => Label::new(
                "De begrippen zelfregie en herstel vertonen veel overlap; in beide gevallen gaat het om processen. Gemeenschappelijke factoren zijn: hernieuwde – eigen - betekenisgeving aan de eigen kwetsbaarheid en het eigen levensverhaal en het hervinden van de eigen persoonlijke identiteit. Vanuit deze hervonden eigenheid het (her)vinden van verbinding met anderen, perspectief en hoop en grip op het leven.",
                "Self-direction and recovery overlap a great deal; both are processes. What they share: giving one's own vulnerability and life story a renewed meaning of one's own, and finding one's personal identity again; from there, (re)finding connection with others, perspective, hope and a grip on life.",
            ),
            Term::ExperientialKnowledge => Label::new(
                "Ervaringskennis ontwikkelen betekent dat je leert van je eigen ervaringen door erover na te denken en er inzichten uit te halen. Het gaat niet alleen om het hebben van ervaringen, maar ook om het actief verwerken en begrijpen ervan.",
                "Developing experiential knowledge means learning from one's own experience by reflecting on it and drawing insights from it: not only having experiences, but actively working them through and understanding them.",
            ),
            Term::CollectiveExperientialKnowledge => Label::new(
                "Collectieve ervaringskennis is de kennis die ontstaat wanneer individuele ervaringen en inzichten van verschillende mensen met elkaar worden gedeeld en verbonden, waardoor er een gemeenschappelijk begrip ontstaat. Dit proces leidt tot nieuwe inzichten en patronen die niet noodzakelijk uit een enkele ervaring naar voren zouden komen.",
                "Collective experiential knowledge is the knowledge that arises when the experiences and insights of different people are shared and connected into a common understanding, leading to insights and patterns that would not necessarily come from a single experience.",
            ),
            Term::ParticipantDriven => Label::new(
                "door-en-voor-activiteiten (deelnemersgedreven)",
                "activities by and for participants (participant-driven)",
            ),
        }
    }

    /// Where the definition is: the report's footnotes 1 and 2, and its "Activiteiten".
    ///
    /// ```
    /// use theory_of_value::model::Term;
    /// assert_eq!(Term::SelfDirection.source().section.as_deref(), Some("Theory of Value – Outcome, voetnoot 1"));
    /// ```
    pub const fn source(self) -> SourceRef {
        match self {
            Term::SelfDirection | Term::Recovery => {
                SourceRef::new(REPORT, "Theory of Value – Outcome, voetnoot 1")
            }
            Term::ExperientialKnowledge | Term::CollectiveExperientialKnowledge => {
                SourceRef::new(REPORT, "Theory of Value – Output, voetnoot 2")
            }
            Term::ParticipantDriven => SourceRef::new(REPORT, "Theory of Value – Activiteiten"),
        }
    }
}
