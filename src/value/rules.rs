//! Validation rules for persona sets and censuses (`TOV2xx`), on their own and against the
//! ToV and persona set they refer to.

use crate::base::{Code, Message, Report, Text};
use crate::model::{ContributionKind, Level, TheoryOfValue};
use crate::read::pointer::Ptr;
use crate::rules::common::{blank, check_texts};
use crate::value::{
    CareEntry, CareKind, Census, Money, NeighbourhoodProfile, Persona, PersonaSet, ValueEntry,
};
use std::collections::HashMap;

/// The band of cost per unique participant per year observed across fourteen ZHOs (001,
/// "Kostprijs"): €300 to €1,700. A cost per participant outside it is an info finding (`TOV209`).
///
/// ```
/// use theory_of_value::value::{Money, OBSERVED_COST_BAND};
/// assert_eq!(OBSERVED_COST_BAND, (Money::from_euros(300), Money::from_euros(1_700)));
/// ```
pub const OBSERVED_COST_BAND: (Money, Money) = (Money::from_euros(300), Money::from_euros(1_700));

fn duplicate_ids<'a>(ids: impl IntoIterator<Item = (Ptr, &'a crate::model::Id)>, r: &mut Report) {
    let mut seen: HashMap<crate::model::Id, Ptr> = HashMap::new();
    for (path, id) in ids {
        if let Some(first) = seen.get(id) {
            crate::rules::common::duplicate_id(r, id.as_str(), *first, path);
        } else {
            seen.insert(id.clone(), path);
        }
    }
}

fn repeated_outputs(entries: &[ValueEntry], base: Ptr, r: &mut Report) {
    let repeats = crate::model::id::repeats(entries, |v| &v.output);
    for ((j, v), repeated) in entries.iter().enumerate().zip(repeats) {
        if repeated {
            r.push(
                Code::RepeatedOutput,
                base.index(j).key("output").to_string(),
                Message::new(
                    format!("Output `{}` staat al eerder in deze lijst: dan telt de persona dubbel. Kies per output één soort bijdrage en één sterkte.", v.output),
                    format!("Output `{}` is already in this list, so the persona would count twice. Choose one contribution kind and one strength per output.", v.output),
                ),
            );
        }
    }
}

impl PersonaSet {
    /// Checks the persona set on its own: identifiers, texts, own care kinds, empty personas,
    /// repeated outputs.
    ///
    /// ```
    /// let report = theory_of_value::example::persona_set().validate();
    /// assert!(report.is_clean());
    /// ```
    pub fn validate(&self) -> Report {
        let mut r = Report::new();
        if self.version.trim().is_empty() {
            blank(&mut r, "/version".into());
        }
        if self.personas.is_empty() && self.neighbourhoods.is_empty() {
            r.push(
                Code::EmptyPersonaSet,
                "/personas",
                Message::new(
                    "Deze set heeft geen persona's en geen wijkprofielen.",
                    "This set has no personas and no neighbourhood profiles.",
                ),
            );
        }
        duplicate_ids(
            self.personas
                .iter()
                .enumerate()
                .map(|(i, p)| (Ptr::at("personas").index(i), &p.id))
                .chain(
                    self.neighbourhoods
                        .iter()
                        .enumerate()
                        .map(|(i, p)| (Ptr::at("neighbourhoods").index(i), &p.id)),
                ),
            &mut r,
        );
        let mut texts: Vec<(Ptr, &Text)> = vec![(Ptr::at("title"), &self.title)];
        for (i, p) in self.personas.iter().enumerate() {
            persona(Ptr::at("personas").index(i), p, &mut texts, &mut r);
        }
        for (i, n) in self.neighbourhoods.iter().enumerate() {
            neighbourhood(Ptr::at("neighbourhoods").index(i), n, &mut texts, &mut r);
        }
        check_texts(texts, &mut r);
        r
    }

    /// Checks the persona set on its own and against the ToV its added value refers to:
    /// every output exists, at the right level (personas on individual outputs, neighbourhood
    /// profiles on collective ones), with a contribution kind the output declares.
    ///
    /// ```
    /// use theory_of_value::{example, national, Code};
    /// let mut set = example::persona_set().clone();
    /// set.personas[0].added_value[0].output = "op-col-less-loneliness".parse()?;
    /// let report = set.validate_against(national());
    /// assert_eq!(report.pairs(), vec![("TOV202", "/personas/0/added_value/0/output")]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn validate_against(&self, tov: &TheoryOfValue) -> Report {
        let mut r = self.validate();
        crate::rules::common::other_tov(
            &mut r,
            &self.tov,
            tov,
            ("Deze persona's horen", "worden"),
            ("These personas belong", "are"),
        );
        let mut outputs = TovOutputs::new(tov);
        let lists = self
            .personas
            .iter()
            .enumerate()
            .map(|(i, p)| {
                (
                    Ptr::at("personas").index(i).key("added_value"),
                    &p.added_value,
                    Level::Individual,
                )
            })
            .chain(self.neighbourhoods.iter().enumerate().map(|(i, n)| {
                (
                    Ptr::at("neighbourhoods").index(i).key("added_value"),
                    &n.added_value,
                    Level::Collective,
                )
            }));
        for (base, entries, level) in lists {
            for (j, v) in entries.iter().enumerate() {
                outputs.check(base.index(j), v, level, &mut r);
            }
        }
        r
    }
}

/// Persona `p` at `base`: a name, its texts (gathered into `texts`), its care avoided, some
/// value at all (`TOV204`), and no output twice (`TOV205`).
fn persona<'a>(base: Ptr, p: &'a Persona, texts: &mut Vec<(Ptr, &'a Text)>, r: &mut Report) {
    if p.name.trim().is_empty() {
        blank(r, format!("{base}/name"));
    }
    crate::rules::common::hidden_characters(&format_args!("{base}/name"), &p.name, r);
    texts.push((base.key("story"), &p.story));
    texts.push((base.key("background"), &p.background));
    texts.extend(
        p.vulnerabilities
            .iter()
            .enumerate()
            .map(|(j, t)| (base.key("vulnerabilities").index(j), t)),
    );
    texts.extend(
        p.talents
            .iter()
            .enumerate()
            .map(|(j, t)| (base.key("talents").index(j), t)),
    );
    texts.extend(p.added_value.iter().enumerate().map(|(j, v)| {
        (
            base.key("added_value").index(j).key("narrative"),
            &v.narrative,
        )
    }));
    for (j, c) in p.care_avoided.iter().enumerate() {
        care_avoided(base.key("care_avoided").index(j), c, texts, r);
    }
    if p.added_value.is_empty() && p.care_avoided.is_empty() {
        r.push(
            Code::EmptyPersona,
            base.to_string(),
            Message::new(
                format!("Persona `{}` noemt geen toegevoegde waarde en geen voorkomen zorg: wat betekende de organisatie voor deze persoon?", p.id),
                format!("Persona `{}` names neither added value nor care avoided: what did the organisation mean for this person?", p.id),
            ),
        );
    }
    repeated_outputs(&p.added_value, base.key("added_value"), r);
}

/// A line of care avoided `c` at `at`: the law it is paid under (`TOV220`, `TOV221`) and the
/// name of a kind of care of one's own (`TOV111`), gathered into `texts`.
fn care_avoided<'a>(at: Ptr, c: &'a CareEntry, texts: &mut Vec<(Ptr, &'a Text)>, r: &mut Report) {
    match c.effective_law() {
        None => r.push(
            Code::CareWithoutLaw,
            at.key("law").to_string(),
            Message::new(
                "Bij een eigen soort zorg hoort de wet waaronder die betaald wordt, en daarmee wie betaalt: vul `law` in (bijvoorbeeld `zvw` of `wmo`), of `unknown`.",
                "A kind of care of your own needs the law it is paid under, and so who pays: fill in `law` (e.g. `zvw` or `wmo`), or `unknown`.",
            ),
        ),
        Some(crate::value::Law::Unknown) => r.push(
            Code::UnknownPayer,
            at.key("law").to_string(),
            Message::new(
                "Onbekend onder welke wet deze zorg betaald wordt: de schatting kan niet zeggen wie hierop bespaart.",
                "It is not known under which law this care is paid: the estimate cannot say who saves on it.",
            ),
        ),
        Some(_) => {}
    }
    match &c.label {
        Some(label) => texts.push((at.key("label"), label)),
        None if c.kind == CareKind::Own => r.push(
            Code::UnlabelledOwn,
            at.key("label").to_string(),
            Message::new(
                "Een eigen soort zorg (`kind` `own`) heeft een eigen naam nodig: vul `label` in.",
                "A kind of care of your own (`kind` `own`) needs a name of its own: fill in `label`.",
            ),
        ),
        None => {}
    }
}

/// Neighbourhood profile `n` at `base`: a name, its texts (gathered into `texts`), some added
/// value (`TOV204`), and no output twice (`TOV205`).
fn neighbourhood<'a>(
    base: Ptr,
    n: &'a NeighbourhoodProfile,
    texts: &mut Vec<(Ptr, &'a Text)>,
    r: &mut Report,
) {
    if n.name.trim().is_empty() {
        blank(r, format!("{base}/name"));
    }
    texts.push((base.key("description"), &n.description));
    texts.extend(n.added_value.iter().enumerate().map(|(j, v)| {
        (
            base.key("added_value").index(j).key("narrative"),
            &v.narrative,
        )
    }));
    if n.added_value.is_empty() {
        r.push(
            Code::EmptyPersona,
            base.to_string(),
            Message::new(
                format!(
                    "Wijkprofiel `{}` noemt geen toegevoegde waarde op collectieve outputs.",
                    n.id
                ),
                format!(
                    "Neighbourhood profile `{}` names no added value on collective outputs.",
                    n.id
                ),
            ),
        );
    }
    repeated_outputs(&n.added_value, base.key("added_value"), r);
}

/// The outputs of a ToV that added value names. Per output ID (a copy, inline when short) its
/// level and the contributions it records, so checking an entry does not go back to the ToV
/// unless there is something to say.
struct TovOutputs<'t> {
    tov: &'t TheoryOfValue,
    by_id: HashMap<crate::model::Id, (Level, [bool; 3], &'t crate::model::Output)>,
    /// The IDs of the individual and of the collective outputs, for suggestions.
    names: [Vec<&'t str>; 2],
    hints: crate::read::suggest::Hints,
}

impl<'t> TovOutputs<'t> {
    fn new(tov: &'t TheoryOfValue) -> Self {
        let by_id = tov
            .outputs
            .iter()
            .map(|o| {
                let records = ContributionKind::ALL.map(|k| o.contributions.contains(&k));
                (o.id.clone(), (o.level, records, o))
            })
            .collect();
        let names_at = |level: Level| -> Vec<&str> {
            tov.outputs
                .iter()
                .filter(|o| o.level == level)
                .map(|o| o.id.as_str())
                .collect()
        };
        TovOutputs {
            tov,
            by_id,
            names: [names_at(Level::Individual), names_at(Level::Collective)],
            hints: crate::read::suggest::Hints::new(),
        }
    }

    /// Added value `v` at `path`, of a persona (`level` individual) or a neighbourhood profile
    /// (collective): an output of the ToV (`TOV201`) at that level (`TOV202`) that records its
    /// kind of contribution (`TOV203`).
    fn check(&mut self, path: Ptr, v: &ValueEntry, level: Level, r: &mut Report) {
        let tov = self.tov;
        let Some(&(output_level, records, output)) = self.by_id.get(v.output.as_str()) else {
            let candidates = match level {
                Level::Individual => &self.names[0],
                Level::Collective => &self.names[1],
            };
            let (hint_nl, hint_en) = self.hints.hint(v.output.as_str(), candidates);
            r.push(
                Code::UnknownOutput,
                format!("{path}/output"),
                Message::new(
                    format!(
                        "ToV `{}` heeft geen output `{}`.{hint_nl}",
                        tov.id, v.output
                    ),
                    format!("ToV `{}` has no output `{}`.{hint_en}", tov.id, v.output),
                ),
            );
            return;
        };
        if output_level != level {
            let (who_nl, who_en) = match level {
                Level::Individual => ("Een persona", "A persona"),
                Level::Collective => ("Een wijkprofiel", "A neighbourhood profile"),
            };
            r.push(
                Code::OutputLevelMismatch,
                format!("{path}/output"),
                Message::new(
                    format!(
                        "{who_nl} hoort bij outputs op {} niveau; `{}` is {}.",
                        level.label().nl,
                        output.id,
                        output.level.label().nl
                    ),
                    format!(
                        "{who_en} belongs with outputs at the {} level; `{}` is {}.",
                        level.label().en,
                        output.id,
                        output.level.label().en
                    ),
                ),
            );
        } else if !ContributionKind::ALL
            .iter()
            .zip(records)
            .any(|(k, recorded)| recorded && *k == v.contribution)
        {
            r.push(
                Code::UndeclaredContribution,
                format!("{path}/contribution"),
                Message::new(
                    format!("Output `{}` legt geen '{}' vast volgens de ToV; voeg het toe aan de `contributions` van de output of kies een andere soort bijdrage.", output.id, v.contribution.label().nl),
                    format!("According to the ToV, output `{}` does not record '{}'; add it to the output's `contributions` or choose another kind.", output.id, v.contribution.label().en),
                ),
            );
        }
    }
}

impl Census {
    /// Checks the census on its own: the period, repeated counts, visitor figures that must
    /// agree, and the cost per participant against the observed band (an info finding).
    ///
    /// ```
    /// let mut census = theory_of_value::example::census().clone();
    /// census.visitors.regular = Some(499);
    /// assert_eq!(census.validate().pairs(), vec![("TOV207", "/visitors")]);
    /// ```
    pub fn validate(&self) -> Report {
        let mut r = Report::new();
        if self.organisation.trim().is_empty() {
            blank(&mut r, "/organisation".into());
        }
        crate::rules::common::hidden_characters(&"/organisation", &self.organisation, &mut r);
        if self.period.end < self.period.start {
            r.push(
                Code::PeriodOrder,
                "/period",
                Message::new(
                    format!(
                        "De periode eindigt ({}) voor hij begint ({}).",
                        self.period.end, self.period.start
                    ),
                    format!(
                        "The period ends ({}) before it starts ({}).",
                        self.period.end, self.period.start
                    ),
                ),
            );
        }
        self.totals_fit(&mut r);
        self.repeated_counts(&mut r);
        self.visitor_figures(&mut r);
        self.cost_band(&mut r);
        r
    }

    /// The people and the neighbourhoods counted add up to a number that fits (`TOV217`).
    fn totals_fit(&self, r: &mut Report) {
        let neighbourhoods = self
            .neighbourhoods
            .iter()
            .try_fold(0u64, |sum, c| sum.checked_add(c.neighbourhoods));
        for (total, path, nl, en) in [
            (self.checked_people(), "/personas", "mensen", "people"),
            (
                neighbourhoods,
                "/neighbourhoods",
                "wijken",
                "neighbourhoods",
            ),
        ] {
            if total.is_none() {
                r.push(
                    Code::CensusOverflow,
                    path,
                    Message::new(
                        format!("De {nl} in deze telling tellen op tot meer dan 2^64 − 1 (18.446.744.073.709.551.615): controleer de aantallen op tikfouten."),
                        format!("The {en} of this census add up to more than 2^64 − 1 (18,446,744,073,709,551,615): check the counts for typing errors."),
                    ),
                );
            }
        }
    }

    /// Each persona and each neighbourhood profile counted on one line (`TOV215`).
    fn repeated_counts(&self, r: &mut Report) {
        let mut seen = std::collections::HashSet::new();
        for (i, c) in self.personas.iter().enumerate() {
            if !seen.insert(c.persona.as_str()) {
                r.push(
                    Code::RepeatedCount,
                    format!("/personas/{i}/persona"),
                    Message::new(
                        format!("Persona `{}` is al eerder geteld; tel alle mensen van één persona op één regel.", c.persona),
                        format!("Persona `{}` is already counted; count all people of one persona on one line.", c.persona),
                    ),
                );
            }
        }
        let mut seen = std::collections::HashSet::new();
        for (i, c) in self.neighbourhoods.iter().enumerate() {
            if !seen.insert(c.profile.as_str()) {
                r.push(
                    Code::RepeatedCount,
                    format!("/neighbourhoods/{i}/profile"),
                    Message::new(
                        format!("Wijkprofiel `{}` is al eerder geteld.", c.profile),
                        format!("Neighbourhood profile `{}` is already counted.", c.profile),
                    ),
                );
            }
        }
    }

    /// Visitor figures that agree: regular plus incidental is unique, per day times days open
    /// is visits (`TOV207`, `TOV208`).
    fn visitor_figures(&self, r: &mut Report) {
        let v = &self.visitors;
        if let (Some(u), Some(reg), Some(inc)) = (v.unique, v.regular, v.incidental) {
            if reg.checked_add(inc) != Some(u) {
                r.push(
                    Code::InconsistentVisitors,
                    "/visitors",
                    Message::new(
                        format!("Regelmatige ({reg}) plus incidentele ({inc}) bezoekers is niet gelijk aan het aantal unieke deelnemers ({u})."),
                        format!("Regular ({reg}) plus incidental ({inc}) visitors do not equal the unique participants ({u})."),
                    ),
                );
            }
        }
        if let (Some(d), Some(n), Some(visits)) = (v.per_day, v.days_open, v.visits) {
            if d.checked_mul(n) != Some(visits) {
                r.push(
                    Code::InconsistentVisits,
                    "/visitors/visits",
                    Message::new(
                        format!("{d} bezoekers per dag × {n} dagen open is niet gelijk aan {visits} bezoeken."),
                        format!("{d} visitors a day × {n} days open does not equal {visits} visits."),
                    ),
                );
            }
        }
    }

    /// The cost per unique participant against the band observed across fourteen ZHOs, an
    /// info finding (`TOV209`).
    fn cost_band(&self, r: &mut Report) {
        if let Some(cost) = self.cost_per_participant() {
            let (low, high) = OBSERVED_COST_BAND;
            if cost < low || cost > high {
                r.push(
                    Code::CostOutsideBand,
                    "/costs",
                    Message::new(
                        format!("De kostprijs per unieke deelnemer is {}, buiten de bandbreedte van {} tot {} die bij veertien ZHO's is gezien. Dat kan kloppen (bijvoorbeeld door respijtplekken of eigen opleidingen), of wijzen op een andere manier van tellen.", cost.format(crate::base::Lang::Nl), low.format(crate::base::Lang::Nl), high.format(crate::base::Lang::Nl)),
                        format!("The cost per unique participant is {}, outside the band of {} to {} seen across fourteen ZHOs. That may be right (respite places, own trainings), or point to a different way of counting.", cost.format(crate::base::Lang::En), low.format(crate::base::Lang::En), high.format(crate::base::Lang::En)),
                    ),
                );
            }
        }
    }

    /// Checks the census on its own and against its persona set: every persona and profile
    /// named exists, and no more people are sorted into personas than there are participants.
    ///
    /// ```
    /// use theory_of_value::example;
    /// let mut census = example::census().clone();
    /// census.personas[1].persona = "persona-x".parse()?;
    /// let report = census.validate_against(example::persona_set());
    /// assert_eq!(report.pairs(), vec![("TOV206", "/personas/1/persona")]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn validate_against(&self, set: &PersonaSet) -> Report {
        let mut r = self.validate();
        if self.persona_set != set.id {
            r.push(
                Code::OtherPersonaSet,
                "/persona_set",
                Message::new(
                    format!(
                        "Deze telling hoort bij persona-set `{}`, maar wordt vergeleken met `{}`.",
                        self.persona_set, set.id
                    ),
                    format!(
                        "This census belongs to persona set `{}` but is checked against `{}`.",
                        self.persona_set, set.id
                    ),
                ),
            );
        }
        // Copies of the IDs (inline, when short): looking a line up does not go back to the set.
        let personas: std::collections::HashSet<crate::model::Id> =
            set.personas.iter().map(|p| p.id.clone()).collect();
        let profiles: std::collections::HashSet<crate::model::Id> =
            set.neighbourhoods.iter().map(|p| p.id.clone()).collect();
        let mut hints = crate::read::suggest::Hints::new();
        let names: Vec<&str> = set.personas.iter().map(|p| p.id.as_str()).collect();
        for (i, c) in self.personas.iter().enumerate() {
            if !personas.contains(c.persona.as_str()) {
                let (hint_nl, hint_en) = hints.hint(c.persona.as_str(), &names);
                r.push(
                    Code::UnknownPersona,
                    format!("/personas/{i}/persona"),
                    Message::new(
                        format!(
                            "Persona-set `{}` heeft geen persona `{}`.{hint_nl}",
                            set.id, c.persona
                        ),
                        format!(
                            "Persona set `{}` has no persona `{}`.{hint_en}",
                            set.id, c.persona
                        ),
                    ),
                );
            }
        }
        for (i, c) in self.neighbourhoods.iter().enumerate() {
            if !profiles.contains(c.profile.as_str()) {
                r.push(
                    Code::UnknownPersona,
                    format!("/neighbourhoods/{i}/profile"),
                    Message::new(
                        format!(
                            "Persona-set `{}` heeft geen wijkprofiel `{}`.",
                            set.id, c.profile
                        ),
                        format!(
                            "Persona set `{}` has no neighbourhood profile `{}`.",
                            set.id, c.profile
                        ),
                    ),
                );
            }
        }
        if let (Some(unique), Some(people)) = (self.visitors.unique, self.checked_people()) {
            if people > unique {
                r.push(
                    Code::MorePeopleThanParticipants,
                    "/personas",
                    Message::new(
                        format!("Er zijn {people} mensen in persona's ingedeeld, meer dan de {unique} unieke deelnemers."),
                        format!("{people} people are sorted into personas, more than the {unique} unique participants."),
                    ),
                );
            }
        }
        r
    }
}

impl crate::base::Validate for PersonaSet {
    fn validate(&self) -> Report {
        PersonaSet::validate(self)
    }
}

impl crate::base::Validate for Census {
    fn validate(&self) -> Report {
        Census::validate(self)
    }
}
