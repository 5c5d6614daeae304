//! Stable codes for parse failures and validation findings.

use crate::base::Label;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

/// How serious a finding is.
///
/// ```
/// use theory_of_value::Severity;
/// assert!(Severity::Error > Severity::Warning);
/// assert_eq!(Severity::Info.label().nl, "informatie");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing; nothing is wrong.
    Info,
    /// Probably not what was meant, or a gap the movement would point out.
    Warning,
    /// The document is wrong and must be fixed.
    Error,
}

impl Severity {
    /// The severity's name.
    ///
    /// ```
    /// assert_eq!(theory_of_value::Severity::Error.label().nl, "fout");
    /// ```
    pub const fn label(self) -> Label {
        match self {
            Severity::Info => Label::new("informatie", "info"),
            Severity::Warning => Label::new("waarschuwing", "warning"),
            Severity::Error => Label::new("fout", "error"),
        }
    }
}

macro_rules! codes {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, $name:literal, $sev:ident, $nl:literal, $en:literal; )+) => {
        /// A stable code for a parse failure (`TOV0xx`) or a validation finding (`TOV1xx` for a
        /// ToV, `TOV2xx` for personas, censuses and estimates, `TOV3xx` for comparisons, `TOV4xx` for assessments, measurement plans
        /// and ijkpunten, `TOV5xx` for the monitor: instruments, measurements, stories, area
        /// figures).
        ///
        /// Codes are API: once published they are never renumbered or reused. The full table,
        /// with what each catches, why and how to fix it, is in the [`rules`](crate::rules) docs.
        ///
        /// ```
        /// use theory_of_value::{Code, Severity};
        /// assert_eq!(Code::UnresolvedLink.as_str(), "TOV104");
        /// assert_eq!("TOV104".parse::<Code>()?, Code::UnresolvedLink);
        /// assert_eq!(Code::UnresolvedLink.severity(), Severity::Error);
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Code {
            $( $(#[$doc])* $variant, )+
        }

        impl Code {
            /// Every code, in numeric order.
            ///
            /// ```
            /// let all = theory_of_value::Code::ALL;
            /// assert!(all.windows(2).all(|w| w[0].as_str() < w[1].as_str()));
            /// ```
            pub const ALL: &'static [Code] = &[$(Code::$variant),+];

            /// The code as written: `TOV104`.
            ///
            /// ```
            /// assert_eq!(theory_of_value::Code::Syntax.as_str(), "TOV001");
            /// ```
            pub const fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code),+ }
            }

            /// A short kebab-case name: `unresolved-link`.
            ///
            /// ```
            /// assert_eq!(theory_of_value::Code::UnresolvedLink.name(), "unresolved-link");
            /// ```
            pub const fn name(self) -> &'static str {
                match self { $(Code::$variant => $name),+ }
            }

            /// The severity every finding with this code has.
            ///
            /// ```
            /// use theory_of_value::{Code, Severity};
            /// assert_eq!(Code::AvoidedWord.severity(), Severity::Info);
            /// ```
            pub const fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$sev),+ }
            }

            /// What the code catches, in a few words.
            ///
            /// ```
            /// assert_eq!(theory_of_value::Code::EmptyLayer.title().en, "empty layer");
            /// ```
            pub const fn title(self) -> Label {
                match self { $(Code::$variant => Label::new($nl, $en)),+ }
            }
        }
    };
}

codes! {
    /// The input is not well-formed JSON (or is empty).
    Syntax = "TOV001", "syntax", Error, "geen geldige JSON", "not valid JSON";
    /// A field the document kind does not have.
    UnknownField = "TOV002", "unknown-field", Error, "onbekend veld", "unknown field";
    /// The same field twice in one object.
    DuplicateField = "TOV003", "duplicate-field", Error, "dubbel veld", "duplicate field";
    /// A required field is missing.
    MissingField = "TOV004", "missing-field", Error, "verplicht veld ontbreekt", "missing required field";
    /// A value of the wrong JSON type.
    WrongType = "TOV005", "wrong-type", Error, "verkeerd type", "wrong type";
    /// A value of the right type that is not allowed: a malformed ID or date, an unknown
    /// catalogue value.
    InvalidValue = "TOV006", "invalid-value", Error, "ongeldige waarde", "invalid value";
    /// An input larger than the size limit (256 MiB unless set otherwise), or a stream (a
    /// device, a pipe) that does not end within it.
    InputTooLarge = "TOV007", "input-too-large", Error, "invoer te groot", "input too large";
    /// A file that does not exist (every command of `tov`; `tov check` goes on with the other
    /// files).
    MissingFile = "TOV010", "missing-file", Error, "bestand bestaat niet", "file does not exist";
    /// A file that exists but cannot be read (no permission, a directory, a read error).
    UnreadableFile = "TOV011", "unreadable-file", Error, "bestand niet leesbaar", "file cannot be read";
    /// A layer (impact, outcomes, outputs, activities, inputs) is missing or empty.
    EmptyLayer = "TOV101", "empty-layer", Error, "lege laag", "empty layer";
    /// A required text is empty or only white space.
    EmptyText = "TOV102", "empty-text", Error, "lege tekst", "empty text";
    /// Two elements share an ID.
    DuplicateId = "TOV103", "duplicate-id", Error, "dubbele identificatie", "duplicate ID";
    /// A link names an element that does not exist in the layer it points to.
    UnresolvedLink = "TOV104", "unresolved-link", Error, "verwijzing naar onbekend element", "unresolved link";
    /// An output that no activity serves.
    OrphanOutput = "TOV105", "orphan-output", Warning, "output zonder activiteit", "output no activity serves";
    /// An activity that no input enables.
    OrphanActivity = "TOV106", "orphan-activity", Warning, "activiteit zonder input", "activity no input enables";
    /// An outcome that no output evidences.
    OrphanOutcome = "TOV107", "orphan-outcome", Warning, "outcome zonder output", "outcome no output evidences";
    /// No outcome or output at the individual or at the collective level.
    MissingLevel = "TOV108", "missing-level", Warning, "niveau ontbreekt", "level missing";
    /// An output evidences an outcome at the other level.
    LevelMismatch = "TOV109", "level-mismatch", Warning, "niveaus verschillen", "level mismatch";
    /// A local ToV without one of the four building blocks.
    MissingBuildingBlock = "TOV110", "missing-building-block", Warning, "bouwsteen ontbreekt", "building block missing";
    /// An element of kind `own` without a label of its own.
    UnlabelledOwn = "TOV111", "unlabelled-own", Error, "eigen element zonder naam", "own element without a label";
    /// An output with no measurement.
    UnmeasuredOutput = "TOV112", "unmeasured-output", Warning, "output zonder meting", "output without measurement";
    /// Measurement that only counts or only tells.
    OneSidedMeasurement = "TOV113", "one-sided-measurement", Warning, "alleen tellen of alleen vertellen", "only counting or only telling";
    /// An output that records no kind of contribution.
    NoContributionKind = "TOV114", "no-contribution-kind", Error, "output zonder soort bijdrage", "output without contribution kinds";
    /// No sustainable funding among the inputs.
    NoSustainableFunding = "TOV115", "no-sustainable-funding", Warning, "geen duurzame financiering", "no sustainable funding";
    /// No lived-experience staff or volunteers among the inputs.
    NoLivedExperienceStaff = "TOV116", "no-lived-experience-staff", Warning, "geen ervaringsdeskundige medewerkers", "no expert-by-experience staff";
    /// No author speaks from lived experience.
    NoLivedExperienceAuthor = "TOV117", "no-lived-experience-author", Warning, "geen opsteller met ervaringskennis", "no author with experiential knowledge";
    /// A word the movement consciously avoids.
    AvoidedWord = "TOV118", "avoided-word", Info, "woord dat de beweging bewust vermijdt", "word the movement avoids";
    /// An output worded as a production count, which is reach.
    OutputAsReach = "TOV119", "output-as-reach", Warning, "output is een productietelling", "output is a production count";
    /// A local ToV without its organisation or the area it serves.
    IncompleteScope = "TOV120", "incomplete-scope", Error, "onvolledige reikwijdte", "incomplete scope";
    /// The same reference twice in one list.
    DuplicateReference = "TOV121", "duplicate-reference", Warning, "dubbele verwijzing", "duplicate reference";
    /// A text holding characters a reader does not see (zero-width space, soft hyphen, word
    /// joiner, a byte-order mark inside the text…).
    InvisibleCharacter = "TOV122", "invisible-character", Warning, "onzichtbaar teken in tekst", "invisible character in text";
    /// A text holding bidirectional controls, which change the order in which it is shown.
    BidiControl = "TOV123", "bidi-control", Warning, "teken dat de leesrichting verandert", "bidirectional control in text";
    /// A text holding control characters (ESC, BEL, backspace…) other than tab and line breaks.
    ControlCharacter = "TOV124", "control-character", Error, "stuurteken in tekst", "control character in text";
    /// A measurement whose method only counts visitors, visits or activities held.
    MeasurementAsReach = "TOV125", "measurement-as-reach", Warning, "meting telt alleen bezoek", "measurement only counts attendance";
    /// A partner with neither a catalogue `kind` nor a `label` saying what kind it is.
    UnlabelledPartner = "TOV126", "unlabelled-partner", Error, "partner zonder soort", "partner without a kind";
    /// A deliberate choice without a reason.
    ChoiceWithoutReason = "TOV128", "choice-without-reason", Error, "keuze zonder reden", "choice without a reason";
    /// A local ToV without one of the four building blocks, by a recorded deliberate choice.
    BuildingBlockChosenAway = "TOV129", "building-block-chosen-away", Info, "bouwsteen bewust niet gedragen", "building block deliberately not carried";
    /// Added value on an output the ToV does not have.
    UnknownOutput = "TOV201", "unknown-output", Error, "onbekende output", "unknown output";
    /// A persona on a collective output, or a neighbourhood profile on an individual one.
    OutputLevelMismatch = "TOV202", "output-level-mismatch", Error, "output op het verkeerde niveau", "output at the wrong level";
    /// A contribution kind the output does not say it can record.
    UndeclaredContribution = "TOV203", "undeclared-contribution", Warning, "soort bijdrage niet bij de output vermeld", "contribution kind not declared by the output";
    /// A persona with neither added value nor care avoided, or a profile without added value.
    EmptyPersona = "TOV204", "empty-persona", Warning, "persona zonder toegevoegde waarde", "persona without added value";
    /// The same output twice in one persona's or profile's added value.
    RepeatedOutput = "TOV205", "repeated-output", Error, "output dubbel bij één persona", "output repeated for one persona";
    /// A census naming a persona or neighbourhood profile the persona set does not have.
    UnknownPersona = "TOV206", "unknown-persona", Error, "onbekende persona", "unknown persona";
    /// Regular plus incidental visitors differ from unique participants.
    InconsistentVisitors = "TOV207", "inconsistent-visitors", Error, "bezoekersaantallen kloppen niet", "visitor figures disagree";
    /// Visitors per day times days open differ from visits.
    InconsistentVisits = "TOV208", "inconsistent-visits", Error, "bezoeken kloppen niet", "visits disagree";
    /// Cost per unique participant outside the observed band of €300–€1,700.
    CostOutsideBand = "TOV209", "cost-outside-band", Info, "kostprijs buiten de waargenomen bandbreedte", "cost outside the observed band";
    /// A persona set made for another ToV.
    OtherTov = "TOV210", "other-tov", Warning, "persona's horen bij een andere ToV", "personas belong to another ToV";
    /// A census made for another persona set.
    OtherPersonaSet = "TOV211", "other-persona-set", Warning, "telling hoort bij andere persona's", "census belongs to another persona set";
    /// More people sorted into personas than unique participants.
    MorePeopleThanParticipants = "TOV212", "more-people-than-participants", Warning, "meer mensen dan unieke deelnemers", "more people than unique participants";
    /// A figure too large to compute exactly.
    Overflow = "TOV213", "overflow", Error, "bedrag of aantal te groot", "figure too large";
    /// A period that ends before it starts.
    PeriodOrder = "TOV214", "period-order", Error, "periode eindigt voor het begin", "period ends before it starts";
    /// The same persona or profile counted twice in one census.
    RepeatedCount = "TOV215", "repeated-count", Error, "persona dubbel geteld", "persona counted twice";
    /// A persona set with neither personas nor neighbourhood profiles.
    EmptyPersonaSet = "TOV216", "empty-persona-set", Error, "geen persona's", "no personas";
    /// The people (or neighbourhoods) of a census add up to more than 2^64 − 1.
    CensusOverflow = "TOV217", "census-overflow", Error, "telling te groot om op te tellen", "census too large to add up";
    /// A care entry that names no law, so no payer (an `own` kind without `law`).
    CareWithoutLaw = "TOV220", "care-without-law", Error, "voorkomen zorg zonder wet en betaler", "care avoided without a law or payer";
    /// A care entry whose law, and so its payer, is unknown.
    UnknownPayer = "TOV221", "unknown-payer", Warning, "onbekend wie de zorg betaalt", "payer of the care unknown";
    /// A funding document or agreement whose period ends before it starts.
    AgreementPeriodOrder = "TOV222", "agreement-period-order", Error, "periode van de financiering eindigt voor het begin", "funding period ends before it starts";
    /// Two agreements with the same funder, funder kind and form over overlapping periods.
    OverlappingAgreements = "TOV223", "overlapping-agreements", Warning, "overlappende financieringsafspraken", "overlapping funding agreements";
    /// An agreement whose kind of funder is unknown.
    UnknownFunderKind = "TOV224", "unknown-funder-kind", Warning, "onbekend soort financier", "kind of funder unknown";
    /// An agreement of zero euros.
    ZeroAmount = "TOV225", "zero-amount", Warning, "afspraak van nul euro", "agreement of zero euros";
    /// A funding document without agreements.
    NoAgreements = "TOV226", "no-agreements", Error, "geen financieringsafspraken", "no funding agreements";
    /// An agreement wholly outside the funding document's period.
    AgreementOutsidePeriod = "TOV227", "agreement-outside-period", Warning, "afspraak buiten de periode", "agreement outside the period";
    /// An agreement whose funder kind and law name different payers.
    FunderLawMismatch = "TOV228", "funder-law-mismatch", Warning, "financier en wet passen niet bij elkaar", "funder and law disagree";
    /// A reference element no local element carries.
    Gap = "TOV301", "gap", Warning, "hiaat ten opzichte van de referentie", "gap against the reference";
    /// A refinement of an element the reference ToV does not have.
    UnknownReferenceElement = "TOV302", "unknown-reference-element", Error, "verfijnt een onbekend element", "refines an unknown element";
    /// A refinement across levels (a local individual output refining a collective one).
    RefinementLevelMismatch = "TOV303", "refinement-level-mismatch", Error, "verfijning over niveaus heen", "refinement across levels";
    /// A refinement across layers (a local output refining an outcome).
    RefinementLayerMismatch = "TOV304", "refinement-layer-mismatch", Error, "verfijning over lagen heen", "refinement across layers";
    /// A local element that refines nothing: couleur locale.
    LocalAddition = "TOV305", "local-addition", Info, "eigen toevoeging", "local addition";
    /// A local ToV that says it refines another reference ToV than the one compared with.
    OtherReference = "TOV306", "other-reference", Warning, "andere referentie-ToV", "other reference ToV";
    /// A reference element not carried, by a recorded deliberate choice: the reason is shown.
    DeliberateChoice = "TOV307", "deliberate-choice", Info, "bewuste keuze", "deliberate choice";
    /// A deliberate choice about an element the reference ToV does not have.
    UnknownChoiceElement = "TOV308", "unknown-choice-element", Error, "keuze over een onbekend element", "choice about an unknown element";
    /// A deliberate choice not to carry an element the local ToV does carry.
    ChoiceContradicted = "TOV309", "choice-contradicted", Warning, "keuze spreekt verfijning tegen", "choice contradicts a refinement";
    /// A ToV that refines a reference ToV that is not at hand to check against.
    UnavailableReference = "TOV310", "unavailable-reference", Warning, "referentie-ToV niet beschikbaar", "reference ToV not available";
    /// One of the ten characteristics is not assessed.
    MissingCharacteristic = "TOV401", "missing-characteristic", Error, "kenmerk ontbreekt", "characteristic missing";
    /// A characteristic or craft concept assessed twice.
    RepeatedCharacteristic = "TOV402", "repeated-characteristic", Error, "kenmerk dubbel beoordeeld", "characteristic assessed twice";
    /// A high level without a practice example.
    HighLevelWithoutEvidence = "TOV403", "high-level-without-evidence", Warning, "hoog niveau zonder voorbeeld", "high level without evidence";
    /// No participant, relative or volunteer among the assessors.
    StaffOnlyAssessment = "TOV404", "staff-only-assessment", Warning, "alleen door medewerkers beoordeeld", "assessed by staff only";
    /// Two assessments of different organisations compared.
    OtherOrganisation = "TOV405", "other-organisation", Warning, "andere organisatie", "other organisation";
    /// A measurement-plan line for an output the ToV does not have.
    UnknownPlanOutput = "TOV406", "unknown-plan-output", Error, "meetplan noemt onbekende output", "plan names an unknown output";
    /// An output of the ToV without a method in the measurement plan.
    OutputWithoutMethod = "TOV407", "output-without-method", Warning, "output zonder meetmethode", "output without a method";
    /// A measurement plan that only counts or only tells.
    OneSidedPlan = "TOV408", "one-sided-plan", Warning, "meetplan telt alleen of vertelt alleen", "plan only counts or only tells";
    /// An ijkpunt no activity primarily serves, where activities state their ijkpunt.
    IjkpuntGap = "TOV409", "ijkpunt-gap", Info, "hiaat bij een ijkpunt", "ijkpunt gap";
    /// An "earlier" assessment dated after the one it is compared with.
    EarlierIsLater = "TOV410", "earlier-is-later", Warning, "eerdere beoordeling is later gedateerd", "earlier assessment dated later";
    /// An item or score outside the instrument's scale.
    ScoreOutsideScale = "TOV501", "score-outside-scale", Error, "score buiten de schaal", "score outside the scale";
    /// Too many items missing to compute a score; the score is left out.
    TooManyMissingItems = "TOV502", "too-many-missing-items", Warning, "te veel ontbrekende items", "too many missing items";
    /// Two measurements of one participant at one moment.
    DuplicateMeasurement = "TOV503", "duplicate-measurement", Error, "twee metingen op één moment", "two measurements at one moment";
    /// A later moment dated before an earlier one.
    MomentOrder = "TOV504", "moment-order", Error, "later moment eerder gedateerd", "later moment dated earlier";
    /// A story or area figure on an output the ToV does not have.
    UnknownStoryOutput = "TOV505", "unknown-story-output", Error, "verhaal of cijfer bij onbekende output", "story or figure on an unknown output";
    /// An instrument score mapped to an output that does not exist.
    UnknownInstrumentOutput = "TOV506", "unknown-instrument-output", Error, "instrument bij onbekende output", "instrument mapped to an unknown output";
    /// Own words without consent.
    QuoteWithoutConsent = "TOV507", "quote-without-consent", Error, "citaat zonder toestemming", "quote without consent";
    /// Something that looks like personal data.
    PersonalData = "TOV508", "personal-data", Error, "lijkt op persoonsgegevens", "looks like personal data";
    /// An instrument or score that is not given.
    UnknownInstrument = "TOV509", "unknown-instrument", Error, "onbekend instrument of onbekende score", "unknown instrument or score";
    /// Item answers of the wrong number.
    WrongItemCount = "TOV510", "wrong-item-count", Error, "verkeerd aantal items", "wrong number of items";
    /// Items that cannot be scored, or an entry that is neither items nor one score's value.
    UnscorableItems = "TOV511", "unscorable-items", Error, "items niet te scoren", "items cannot be scored";
    /// The same participant code twice.
    DuplicateParticipant = "TOV512", "duplicate-participant", Error, "deelnemerscode dubbel", "participant code repeated";
    /// The same area, indicator and year twice.
    DuplicateAreaFigure = "TOV513", "duplicate-area-figure", Error, "gebiedscijfer dubbel", "area figure repeated";
    /// A story that does not say what the organisation meant.
    EmptyStory = "TOV514", "empty-story", Warning, "verhaal zonder betekenis in outputs", "story without outputs";
    /// An instrument definition that contradicts itself.
    InconsistentInstrument = "TOV515", "inconsistent-instrument", Error, "instrument klopt niet", "inconsistent instrument";
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A string that is not a known [`Code`].
///
/// ```
/// assert!("TOV999".parse::<theory_of_value::Code>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown code `{0}`")]
pub struct UnknownCode(pub String);

impl std::str::FromStr for Code {
    type Err = UnknownCode;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Code::ALL
            .iter()
            .copied()
            .find(|c| c.as_str() == s || c.name() == s)
            .ok_or_else(|| UnknownCode(s.to_owned()))
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for Code {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Code".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let codes: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        schemars::json_schema!({
            "type": "string",
            "enum": codes,
            "description": "Stable rule code"
        })
    }
}
