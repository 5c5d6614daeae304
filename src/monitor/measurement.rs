//! Measurements: per organisation and period, pseudonymous participants, their measurement
//! moments with dates, and item or score values per instrument.

use crate::base::{format_decimal, Code, Lang, Message, Report};
use crate::model::{DocumentDate, Id, SourceRef, TheoryOfValue};
use crate::monitor::instrument::{InstrumentDefinition, Parameter, ScoringMethod};
use crate::monitor::privacy::scan_str;
use crate::value::Period;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The values of one instrument at one moment: its items (`null` for an unanswered item), or
/// the value of one score.
///
/// ```
/// use theory_of_value::monitor::ScoreEntry;
/// let e = ScoreEntry::value("mpg".parse()?, "meaning".parse()?, 7.0);
/// assert_eq!(e.value, Some(7.0));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScoreEntry {
    /// The instrument (its `id`).
    pub instrument: Id,
    /// The score a `value` is of; absent when items are given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<Id>,
    /// The item answers in the instrument's order; `null` for an unanswered item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "item_answers")]
    pub items: Option<Vec<Option<f64>>>,
    /// The value of `score`, where the items are not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
}

/// The schema of item answers: numbers, `null` for an unanswered item. Written as `enum:
/// [null]` so that the schema generator keeps the `null` (it drops `null` alternatives of
/// optional fields, which the canonical form never writes).
fn item_answers(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "type": "array",
        "items": { "anyOf": [ { "type": "number" }, { "enum": [null] } ] }
    })
}

impl ScoreEntry {
    /// The value of one score.
    ///
    /// ```
    /// # use theory_of_value::monitor::ScoreEntry;
    /// assert!(ScoreEntry::value("nel".parse()?, "total".parse()?, 3.2).items.is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn value(instrument: Id, score: Id, value: f64) -> Self {
        ScoreEntry {
            instrument,
            score: Some(score),
            items: None,
            value: Some(value),
        }
    }

    /// Item answers.
    ///
    /// ```
    /// # use theory_of_value::monitor::ScoreEntry;
    /// let e = ScoreEntry::items("mansa".parse()?, vec![Some(4.0); 12]);
    /// assert_eq!(e.items.as_ref().map(Vec::len), Some(12));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn items(instrument: Id, items: Vec<Option<f64>>) -> Self {
        ScoreEntry {
            instrument,
            score: None,
            items: Some(items),
            value: None,
        }
    }
}

/// One measurement moment of one participant: its number (1 for the first), its date and the
/// instruments filled in.
///
/// ```
/// use theory_of_value::monitor::Moment;
/// let m = Moment { moment: 1, date: "2025-02-03".parse()?, scores: vec![] };
/// assert_eq!(m.moment, 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Moment {
    /// The moment's number: 1 for the first, 2 for the second, and so on.
    pub moment: u16,
    /// When it took place.
    pub date: DocumentDate,
    /// What was filled in.
    pub scores: Vec<ScoreEntry>,
}

/// A participant under a pseudonymous code — never a name — with an optional persona and the
/// moments measured.
///
/// ```
/// use theory_of_value::monitor::Participant;
/// let p = Participant { code: "d-0001".into(), persona: None, moments: vec![] };
/// assert!(p.moments.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// A pseudonymous code, unique in the document; no name, e-mail address, date of birth or
    /// citizen service number.
    pub code: String,
    /// The persona (ID in the organisation's persona set) the participant resembles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persona: Option<Id>,
    /// The measurement moments.
    pub moments: Vec<Moment>,
}

/// An organisation's own reliability or standard deviation for a score, replacing what the
/// instrument definition gives (or filling in what it leaves out), with its source.
///
/// ```
/// use theory_of_value::monitor::ScoreParameters;
/// let p = theory_of_value::example::measurements().parameters.first().cloned();
/// assert!(p.is_some_and(|p: ScoreParameters| p.sd.is_some()));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScoreParameters {
    /// The instrument.
    pub instrument: Id,
    /// The score.
    pub score: Id,
    /// Reliability to use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reliability: Option<Parameter>,
    /// Standard deviation to use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sd: Option<Parameter>,
}

/// The expected course of a score without the organisation, for the people of one persona: a
/// change per year, with its source. It is an assumption and must say whose. Only with it can a
/// decline be classified as a slower decline.
///
/// ```
/// let e = &theory_of_value::example::measurements().expected[0];
/// assert!(e.change_per_year < 0.0);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Expectation {
    /// The persona.
    pub persona: Id,
    /// The instrument.
    pub instrument: Id,
    /// The score.
    pub score: Id,
    /// Expected change of the score per year without the organisation, in the score's units
    /// (negative for a decline on a scale where higher is better).
    pub change_per_year: f64,
    /// Whose assumption this is, and on what it rests.
    pub source: SourceRef,
}

/// The measurements of one organisation over one period.
///
/// ```
/// use theory_of_value::example;
/// use theory_of_value::monitor::instruments;
/// let m = example::measurements();
/// assert!(!m.validate_against(example::local_tov(), &instruments()).has_errors());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Measurements {
    /// The JSON Schema this document claims to follow (for editors; not interpreted).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Identifier of this document.
    pub id: Id,
    /// The ToV (its `id`) whose outputs are measured.
    pub tov: Id,
    /// The organisation.
    pub organisation: String,
    /// The period.
    pub period: Period,
    /// Reliability and standard deviations of the organisation's choosing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parameters: Vec<ScoreParameters>,
    /// Expected courses without the organisation, per persona.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expected: Vec<Expectation>,
    /// The participants.
    pub participants: Vec<Participant>,
}

/// A score computed for one participant at one moment.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Computed {
    pub(crate) instrument: usize,
    pub(crate) score: usize,
    pub(crate) moment: u16,
    pub(crate) date: DocumentDate,
    pub(crate) value: f64,
}

/// Looks instruments up by ID.
pub(crate) struct Catalogue<'a> {
    pub(crate) defs: &'a [&'a InstrumentDefinition],
    by_id: HashMap<&'a str, usize>,
}

impl<'a> Catalogue<'a> {
    pub(crate) fn new(defs: &'a [&'a InstrumentDefinition]) -> Self {
        let by_id = defs
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.as_str(), i))
            .collect();
        Catalogue { defs, by_id }
    }

    pub(crate) fn get(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }
}

/// Computes a score from item answers: `None` when too many items are missing.
///
/// ```
/// use theory_of_value::monitor::{score_from_items, ScoringMethod};
/// let items = [Some(4.0), Some(5.0), None, Some(6.0)];
/// assert_eq!(score_from_items(ScoringMethod::Mean, &items, 1), Some(5.0));
/// assert_eq!(score_from_items(ScoringMethod::Sum, &items, 1), Some(20.0));
/// assert_eq!(score_from_items(ScoringMethod::Mean, &items, 0), None);
/// ```
pub fn score_from_items(
    method: ScoringMethod,
    items: &[Option<f64>],
    max_missing: u16,
) -> Option<f64> {
    let answered: Vec<f64> = items.iter().flatten().copied().collect();
    let missing = items.len() - answered.len();
    if missing > usize::from(max_missing) || answered.is_empty() {
        return None;
    }
    let sum: f64 = answered.iter().sum();
    Some(match method {
        ScoringMethod::Mean => sum / answered.len() as f64,
        ScoringMethod::Sum => sum * items.len() as f64 / answered.len() as f64,
    })
}

impl Measurements {
    /// Reads measurements from JSON text.
    ///
    /// # Errors
    /// [`ParseError`](crate::ParseError).
    ///
    /// ```
    /// let text = theory_of_value::to_json_pretty(theory_of_value::example::measurements());
    /// let m = theory_of_value::monitor::Measurements::from_json_str(&text)?;
    /// assert_eq!(&m, theory_of_value::example::measurements());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json_str(text: &str) -> Result<Self, crate::read::ParseError> {
        crate::read::from_json_str(text)
    }

    /// Checks the measurements against the ToV and the instruments used: the ToV is the one
    /// named (`TOV210`); every participant code is unique (`TOV512`) and does not look like
    /// personal data (`TOV508`); a moment number appears once per participant and an
    /// instrument once per moment (`TOV503`); a later moment is not dated before an earlier
    /// one (`TOV504`); every instrument and score exists (`TOV509`); items have the
    /// instrument's number (`TOV510`) and lie on its scale, as do values (`TOV501`); items can
    /// be scored (`TOV511`) with not too many missing (`TOV502`, a warning: the score is left
    /// out, never guessed).
    ///
    /// ```
    /// use theory_of_value::{example, Code};
    /// use theory_of_value::monitor::instruments;
    /// let mut m = example::measurements().clone();
    /// m.participants[0].moments[0].scores[0].items.as_mut().unwrap()[0] = Some(9.0);
    /// let r = m.validate_against(example::local_tov(), &instruments());
    /// assert_eq!(r.with_code(Code::ScoreOutsideScale).count(), 1);
    /// ```
    pub fn validate_against(
        &self,
        tov: &TheoryOfValue,
        instruments: &[&InstrumentDefinition],
    ) -> Report {
        let mut r = Report::new();
        self.check(tov, instruments, &mut r, None);
        r
    }

    /// Validates and computes every score in one pass; `scores[p]` holds participant `p`'s
    /// computed scores.
    pub(crate) fn check(
        &self,
        tov: &TheoryOfValue,
        instruments: &[&InstrumentDefinition],
        r: &mut Report,
        scores: Option<&mut Vec<Vec<Computed>>>,
    ) {
        crate::rules::common::other_tov(
            r,
            &self.tov,
            tov,
            ("Deze metingen horen", "worden"),
            ("These measurements belong", "are"),
        );
        if self.period.end < self.period.start {
            r.push(
                Code::PeriodOrder,
                "/period",
                Message::new(
                    "De periode eindigt voor het begin.",
                    "The period ends before it starts.",
                ),
            );
        }
        let mut pass = Pass {
            cat: Catalogue::new(instruments),
            codes: HashMap::with_capacity(self.participants.len()),
            given: Given::default(),
            firsts: HashMap::new(),
        };
        self.check_parameters(&pass.cat, r);
        self.check_expected(&pass.cat, r);
        let mut out: Vec<Vec<Computed>> = Vec::new();
        for (pi, p) in self.participants.iter().enumerate() {
            let mine = pass.participant(pi, p, r);
            if scores.is_some() {
                out.push(mine);
            }
        }
        if let Some(s) = scores {
            *s = out;
        }
    }

    /// The parameters of known instruments' scores: a reliability between 0 and 1, a standard
    /// deviation above 0.
    fn check_parameters(&self, cat: &Catalogue<'_>, r: &mut Report) {
        for (i, p) in self.parameters.iter().enumerate() {
            let at = format!("/parameters/{i}");
            if lookup(cat, &p.instrument, Some(&p.score), &|| at.clone(), r).is_none() {
                continue;
            }
            if let Some(x) = &p.reliability {
                if !(x.value > 0.0 && x.value < 1.0) {
                    r.push(
                        Code::InconsistentInstrument,
                        format!("{at}/reliability/value"),
                        Message::new(
                            "Een betrouwbaarheid ligt tussen 0 en 1.",
                            "A reliability lies between 0 and 1.",
                        ),
                    );
                }
            }
            if let Some(x) = &p.sd {
                if !(x.value.is_finite() && x.value > 0.0) {
                    r.push(
                        Code::InconsistentInstrument,
                        format!("{at}/sd/value"),
                        Message::new(
                            "Een standaarddeviatie is groter dan 0.",
                            "A standard deviation is greater than 0.",
                        ),
                    );
                }
            }
        }
    }

    /// The expected changes: of known instruments' scores, by a number.
    fn check_expected(&self, cat: &Catalogue<'_>, r: &mut Report) {
        for (i, e) in self.expected.iter().enumerate() {
            let at = format!("/expected/{i}");
            lookup(cat, &e.instrument, Some(&e.score), &|| at.clone(), r);
            if !e.change_per_year.is_finite() {
                r.push(
                    Code::InconsistentInstrument,
                    format!("{at}/change_per_year"),
                    Message::new("Geen getal.", "Not a number."),
                );
            }
        }
    }
}

/// One pass over the participants of a measurements document: the instruments by ID, and what
/// the checks have seen so far.
struct Pass<'a> {
    cat: Catalogue<'a>,
    /// Participant code -> index of the first participant with it.
    codes: HashMap<&'a str, usize>,
    /// Per moment: per instrument, what of it was given already.
    given: Given<'a>,
    /// Moment number -> index of its first appearance, for the participant at hand.
    firsts: HashMap<u16, usize>,
}

impl<'a> Pass<'a> {
    /// Checks participant `p` (the `pi`th) and computes its scores.
    fn participant(&mut self, pi: usize, p: &'a Participant, r: &mut Report) -> Vec<Computed> {
        let at = format!("/participants/{pi}");
        self.code(&at, pi, p, r);
        let mut mine: Vec<Computed> = Vec::new();
        // (moment number, index, date), sorted by number for the order check below.
        let mut seen: Vec<(u16, usize, DocumentDate)> = Vec::with_capacity(p.moments.len());
        self.firsts.clear();
        for (mi, m) in p.moments.iter().enumerate() {
            // Paths are only built for a finding: a clean document allocates none per score.
            let mat = || format!("{at}/moments/{mi}");
            let first = Some(*self.firsts.entry(m.moment).or_insert(mi)).filter(|f| *f != mi);
            if let Some(first) = first {
                r.push(
                    Code::DuplicateMeasurement,
                    format!("{}/moment", mat()),
                    Message::new(
                        format!("Deelnemer `{}` heeft moment {} twee keer (ook bij {at}/moments/{first}).", p.code, m.moment),
                        format!("Participant `{}` has moment {} twice (also at {at}/moments/{first}).", p.code, m.moment),
                    ),
                );
            }
            seen.push((m.moment, mi, m.date));
            self.moment(&mat, p, m, r, &mut mine);
        }
        moment_order(&at, p, seen, r);
        mine
    }

    /// A participant's code: used once (`TOV512`), not blank, and not a name, e-mail address
    /// or other identifying detail.
    fn code(&mut self, at: &str, pi: usize, p: &'a Participant, r: &mut Report) {
        if let Some(first) = self.codes.insert(p.code.as_str(), pi) {
            r.push(
                Code::DuplicateParticipant,
                format!("{at}/code"),
                Message::new(
                    format!(
                        "Deelnemerscode `{}` staat er al, bij /participants/{first}.",
                        p.code
                    ),
                    format!(
                        "Participant code `{}` is already used, at /participants/{first}.",
                        p.code
                    ),
                ),
            );
        }
        if p.code.trim().is_empty() {
            crate::rules::common::blank(r, format!("{at}/code"));
        }
        if let Some(kind) = scan_str(&p.code) {
            kind.push(r, format!("{at}/code"));
        }
    }

    /// The scores of moment `m` (at `mat()`) of participant `p`: each instrument or score once,
    /// each computed into `mine`.
    fn moment(
        &mut self,
        mat: &dyn Fn() -> String,
        p: &Participant,
        m: &'a Moment,
        r: &mut Report,
        mine: &mut Vec<Computed>,
    ) {
        self.given.clear();
        for (si, s) in m.scores.iter().enumerate() {
            let sat = || format!("{}/scores/{si}", mat());
            let score = s.score.as_ref().map(Id::as_str);
            if !self.given.add(s.instrument.as_str(), score) {
                r.push(
                    Code::DuplicateMeasurement,
                    sat(),
                    Message::new(
                        format!(
                            "Instrument `{}` staat twee keer bij moment {} van deelnemer `{}`.",
                            s.instrument, m.moment, p.code
                        ),
                        format!(
                            "Instrument `{}` appears twice at moment {} of participant `{}`.",
                            s.instrument, m.moment, p.code
                        ),
                    ),
                );
                continue;
            }
            entry(&self.cat, s, &sat, m, r, mine);
        }
    }
}

/// Later moments of participant `p` are not dated before earlier ones; `seen` holds each
/// moment's number, index and date.
fn moment_order(
    at: &str,
    p: &Participant,
    mut seen: Vec<(u16, usize, DocumentDate)>,
    r: &mut Report,
) {
    seen.sort_by_key(|(n, i, _)| (*n, *i));
    for w in seen.windows(2) {
        let ((n1, _, d1), (n2, i2, d2)) = (w[0], w[1]);
        if n2 > n1 && d2 < d1 {
            r.push(
                Code::MomentOrder,
                format!("{at}/moments/{i2}/date"),
                Message::new(
                    format!("Moment {n2} van deelnemer `{}` ({d2}) ligt vóór moment {n1} ({d1}).", p.code),
                    format!("Moment {n2} of participant `{}` ({d2}) is dated before moment {n1} ({d1}).", p.code),
                ),
            );
        }
    }
}

/// The instrument `instrument` in `cat` and, if `score` is given, that score of it;
/// `TOV509` with the nearest known ID when either is unknown.
fn lookup(
    cat: &Catalogue<'_>,
    instrument: &Id,
    score: Option<&Id>,
    at: &dyn Fn() -> String,
    r: &mut Report,
) -> Option<(usize, Option<usize>)> {
    let Some(d) = cat.get(instrument.as_str()) else {
        let at = at();
        let (nl, en) =
            crate::read::suggest::hint(instrument.as_str(), cat.defs.iter().map(|d| d.id.as_str()));
        r.push(
            Code::UnknownInstrument,
            format!("{at}/instrument"),
            Message::new(
                format!("Instrument `{instrument}` is niet gegeven.{nl}"),
                format!("Instrument `{instrument}` is not given.{en}"),
            ),
        );
        return None;
    };
    let Some(score) = score else {
        return Some((d, None));
    };
    let def = cat.defs[d];
    match def.scores.iter().position(|s| s.id == *score) {
        Some(s) => Some((d, Some(s))),
        None => {
            let at = at();
            let (nl, en) = crate::read::suggest::hint(
                score.as_str(),
                def.scores.iter().map(|s| s.id.as_str()),
            );
            r.push(
                Code::UnknownInstrument,
                format!("{at}/score"),
                Message::new(
                    format!("Instrument `{instrument}` heeft geen score `{score}`.{nl}"),
                    format!("Instrument `{instrument}` has no score `{score}`.{en}"),
                ),
            );
            None
        }
    }
}

/// One score entry `s` of moment `m` (at `at()`): its items or its value checked, and the
/// scores that follow from it computed into `mine`.
fn entry(
    cat: &Catalogue<'_>,
    s: &ScoreEntry,
    at: &dyn Fn() -> String,
    m: &Moment,
    r: &mut Report,
    mine: &mut Vec<Computed>,
) {
    let Some((d, score)) = lookup(cat, &s.instrument, s.score.as_ref(), at, r) else {
        return;
    };
    let def = cat.defs[d];
    let mut push = |score: usize, value: f64| {
        mine.push(Computed {
            instrument: d,
            score,
            moment: m.moment,
            date: m.date,
            value,
        })
    };
    match (&s.items, s.value) {
        (Some(items), None) if s.score.is_none() => {
            if items_fit(def, items, at, r) {
                score_items(def, items, at, r, &mut push);
            }
        }
        (None, Some(v)) if s.score.is_some() => {
            let Some(k) = score else { return };
            let sd = &def.scores[k];
            match def.score_scale(sd) {
                Some(scale) if !scale.contains(v) => {
                    outside(r, format!("{}/value", at()), v, scale.min, scale.max)
                }
                _ if !v.is_finite() => outside(r, format!("{}/value", at()), v, f64::NAN, f64::NAN),
                _ => push(k, v),
            }
        }
        _ => {
            r.push(Code::UnscorableItems, at(), Message::new(
                "Geef óf de items (`items`, zonder `score`), óf één score met zijn waarde (`score` en `value`).",
                "Give either the items (`items`, without `score`) or one score with its value (`score` and `value`).",
            ));
        }
    }
}

/// Whether `items` fit instrument `def`: its items are known, as many are given, and each
/// answer lies on its scale.
fn items_fit(
    def: &InstrumentDefinition,
    items: &[Option<f64>],
    at: &dyn Fn() -> String,
    r: &mut Report,
) -> bool {
    let Some(n) = def.items else {
        r.push(Code::UnscorableItems, format!("{}/items", at()), Message::new(
            format!("Van instrument `{}` zijn de items niet bekend: geef de scores als waarde (`score` en `value`).", def.id),
            format!("The items of instrument `{}` are not known: give the scores as values (`score` and `value`).", def.id),
        ));
        return false;
    };
    if items.len() != usize::from(n) {
        r.push(
            Code::WrongItemCount,
            format!("{}/items", at()),
            Message::new(
                format!(
                    "Instrument `{}` heeft {n} items, hier staan er {}.",
                    def.id,
                    items.len()
                ),
                format!(
                    "Instrument `{}` has {n} items, {} are given here.",
                    def.id,
                    items.len()
                ),
            ),
        );
        return false;
    }
    let mut fit = true;
    if let Some(scale) = def.scale {
        for (k, x) in items.iter().enumerate() {
            if let Some(x) = x {
                if !scale.contains(*x) {
                    fit = false;
                    outside(r, format!("{}/items/{k}", at()), *x, scale.min, scale.max);
                }
            }
        }
    }
    fit
}

/// Each score of instrument `def` that follows from its items, computed from `items` and
/// given to `push`; one with too many items missing is left out (`TOV502`).
fn score_items(
    def: &InstrumentDefinition,
    items: &[Option<f64>],
    at: &dyn Fn() -> String,
    r: &mut Report,
    push: &mut dyn FnMut(usize, f64),
) {
    let mut scored = false;
    let mut buf: Vec<Option<f64>> = Vec::new();
    for (k, sd) in def.scores.iter().enumerate() {
        let Some(method) = sd.method else { continue };
        scored = true;
        buf.clear();
        if sd.items.is_empty() {
            buf.extend_from_slice(items);
        } else {
            buf.extend(sd.items.iter().map(|n| {
                items
                    .get(usize::from(*n).wrapping_sub(1))
                    .copied()
                    .flatten()
            }));
        }
        match score_from_items(method, &buf, sd.max_missing) {
            Some(v) => push(k, v),
            None => {
                let missing = buf.iter().filter(|x| x.is_none()).count();
                r.push(Code::TooManyMissingItems, format!("{}/items", at()), Message::new(
                    format!("Score `{}` van `{}`: {missing} van {} items ontbreken, hoogstens {} mag; de score is weggelaten.", sd.id, def.id, buf.len(), sd.max_missing),
                    format!("Score `{}` of `{}`: {missing} of {} items are missing, at most {} may be; the score is left out.", sd.id, def.id, buf.len(), sd.max_missing),
                ));
            }
        }
    }
    if !scored {
        r.push(Code::UnscorableItems, format!("{}/items", at()), Message::new(
            format!("Hoe de scores van instrument `{}` uit de items volgen is niet bekend: geef ze als waarde.", def.id),
            format!("How the scores of instrument `{}` follow from its items is not known: give them as values.", def.id),
        ));
    }
}

/// What one moment gave already, per instrument: the instrument whole (its items, `score`
/// `None`) or some of its scores. An instrument given whole clashes with any score of it, a
/// score with itself and with its instrument given whole.
#[derive(Default)]
struct Given<'a> {
    /// Per instrument: whether given whole, and which of its scores.
    by_instrument: HashMap<&'a str, (bool, std::collections::HashSet<&'a str>)>,
}

impl<'a> Given<'a> {
    /// Forgets everything, for the next moment.
    fn clear(&mut self) {
        self.by_instrument.clear();
    }

    /// Adds an instrument or score; `false`, adding nothing, if it clashes with one given.
    fn add(&mut self, instrument: &'a str, score: Option<&'a str>) -> bool {
        let (whole, scores) = self.by_instrument.entry(instrument).or_default();
        match score {
            None if *whole || !scores.is_empty() => false,
            None => {
                *whole = true;
                true
            }
            Some(_) if *whole => false,
            Some(s) => scores.insert(s),
        }
    }
}

/// `TOV501`: `x` at `path` lies outside the scale from `min` to `max`.
fn outside(r: &mut Report, path: String, x: f64, min: f64, max: f64) {
    let nl = |v: f64| as_given(v, Lang::Nl);
    r.push(
        Code::ScoreOutsideScale,
        path,
        Message::new(
            format!(
                "{} ligt buiten de schaal van {} tot en met {}.",
                nl(x),
                nl(min),
                nl(max)
            ),
            format!("{x} lies outside the scale from {min} to {max}."),
        ),
    );
}

/// `x` with as many decimals as it needs (`7,5`, `7`, `4,25` in Dutch), as it was given.
fn as_given(x: f64, lang: Lang) -> String {
    let shortest = x.to_string();
    match shortest.split_once('.') {
        Some((_, decimals)) => format_decimal(x, decimals.len(), lang),
        // A whole number (or not a number) has no decimal mark.
        None => shortest,
    }
}

#[cfg(test)]
mod tests {
    use super::Given;
    use crate::monitor::instruments;
    use crate::{example, Code};

    #[test]
    fn given_clashes_as_the_pairwise_rule() {
        let instruments = ["a", "b", "c"];
        let scores = [None, Some("x"), Some("y"), Some("z")];
        // A small linear congruential generator: the same sequences on every run.
        let mut x: u64 = 7;
        let mut next = |n: u64| {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (x >> 33) % n
        };
        for len in [0, 5, 15, 16, 17, 40, 200] {
            let mut given = Given::default();
            let mut list: Vec<(&str, Option<&str>)> = Vec::new();
            for _ in 0..len {
                let i = instruments[next(3) as usize];
                let s = scores[next(4) as usize];
                let clash = list
                    .iter()
                    .any(|k| k.0 == i && (k.1 == s || k.1.is_none() || s.is_none()));
                if !clash {
                    list.push((i, s));
                }
                assert_eq!(given.add(i, s), !clash, "{len}: {i} {s:?}");
            }
            given.clear();
            assert!(given.add("a", None));
        }
    }

    proptest::proptest! {
        /// A number as given reads as Rust writes it, with the language's decimal mark.
        #[test]
        fn a_number_as_given_is_its_shortest_form(x: f64) {
            proptest::prop_assert_eq!(super::as_given(x, crate::base::Lang::En), x.to_string());
            proptest::prop_assert_eq!(
                super::as_given(x, crate::base::Lang::Nl),
                x.to_string().replace('.', ",")
            );
        }
    }

    #[test]
    fn a_number_as_given_at_the_edges() {
        use crate::base::Lang;
        for x in [
            0.0,
            -0.0,
            7.0,
            7.5,
            0.1,
            1e-7,
            5e-324,
            1e21,
            f64::MAX,
            f64::NAN,
            f64::INFINITY,
        ] {
            assert_eq!(super::as_given(x, Lang::En), x.to_string());
        }
    }

    #[test]
    fn a_repeated_moment_among_many_names_its_first() {
        let mut m = example::measurements().clone();
        let p = &mut m.participants[0];
        let one = p.moments[0].clone();
        p.moments = (0..40u16)
            .map(|k| {
                let mut x = one.clone();
                x.moment = if k == 30 { 3 } else { k + 1 };
                x
            })
            .collect();
        let r = m.validate_against(example::local_tov(), &instruments());
        let found: Vec<_> = r
            .findings
            .iter()
            .filter(|f| f.code == Code::DuplicateMeasurement)
            .collect();
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].path, "/participants/0/moments/30/moment");
        assert!(found[0].message.en.contains("/participants/0/moments/2)"));
    }
}
