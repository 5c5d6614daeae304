//! The links of a ToV: every element's ID once (`TOV103`), links that resolve to the right
//! layer (`TOV104`, `TOV121`), no orphans (`TOV105`–`TOV107`), both levels and links within
//! one level (`TOV108`, `TOV109`), and partners (`TOV126`).

use crate::base::{Code, Message, Report};
use crate::model::{Level, TheoryOfValue};
use crate::read::pointer::Ptr;
use crate::rules::common::duplicate_id;
use indexmap::IndexMap;

/// Which layer (or reach list) an element ID belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Impact,
    Outcome,
    Output,
    Activity,
    Input,
    Reach,
}

impl Kind {
    fn name(self) -> (&'static str, &'static str) {
        match self {
            Kind::Impact => ("de impact", "the impact"),
            Kind::Outcome => ("een outcome", "an outcome"),
            Kind::Output => ("een output", "an output"),
            Kind::Activity => ("een activiteit", "an activity"),
            Kind::Input => ("een input", "an input"),
            Kind::Reach => ("een bereikcijfer", "a reach figure"),
        }
    }
}

pub(super) type Ids = IndexMap<crate::model::Id, (Kind, Ptr)>;

/// Every element's ID with its layer and place. The IDs are copies (inline, when short) held
/// in the map itself, so looking a link up does not go back to the document.
pub(super) fn ids(tov: &TheoryOfValue, r: &mut Report) -> Ids {
    let mut ids: Ids = IndexMap::new();
    let mut add = |id: &crate::model::Id, kind: Kind, path: Ptr| {
        if let Some((_, first)) = ids.get(id) {
            duplicate_id(r, id.as_str(), *first, path);
        } else {
            ids.insert(id.clone(), (kind, path));
        }
    };
    if let Some(i) = &tov.impact {
        add(&i.id, Kind::Impact, Ptr::at("impact"));
    }
    for (i, x) in tov.outcomes.iter().enumerate() {
        add(&x.id, Kind::Outcome, Ptr::at("outcomes").index(i));
    }
    for (i, x) in tov.outputs.iter().enumerate() {
        add(&x.id, Kind::Output, Ptr::at("outputs").index(i));
    }
    for (i, x) in tov.activities.iter().enumerate() {
        add(&x.id, Kind::Activity, Ptr::at("activities").index(i));
    }
    for (i, x) in tov.inputs.iter().enumerate() {
        add(&x.id, Kind::Input, Ptr::at("inputs").index(i));
    }
    for (i, x) in tov.reach.iter().enumerate() {
        add(&x.id, Kind::Reach, Ptr::at("reach").index(i));
    }
    ids
}

fn check_refs(
    refs: &[crate::model::Id],
    want: Kind,
    base: Ptr,
    ids: &Ids,
    (names, hints): (&Names<'_>, &mut crate::read::suggest::Hints),
    r: &mut Report,
) {
    let repeats = crate::model::id::repeats(refs, |x| x);
    for ((j, id), repeated) in refs.iter().enumerate().zip(repeats) {
        let path = || base.index(j).to_string();
        if repeated {
            r.push(
                Code::DuplicateReference,
                path(),
                Message::new(
                    format!("`{id}` staat twee keer in deze lijst; één keer is genoeg."),
                    format!("`{id}` is listed twice here; once is enough."),
                ),
            );
        }
        let (want_nl, want_en) = want.name();
        match ids.get(id.as_str()) {
            Some((kind, _)) if *kind == want => {}
            Some((kind, at)) => {
                let (nl, en) = kind.name();
                r.push(
                    Code::UnresolvedLink,
                    path(),
                    Message::new(
                        format!(
                            "`{id}` is {nl} ({at}), geen {}: verwijs hier naar {want_nl}.",
                            want_nl.trim_start_matches("een ")
                        ),
                        format!("`{id}` is {en} ({at}), not {want_en}: link to {want_en} here."),
                    ),
                );
            }
            None => {
                let (hint_nl, hint_en) = hints.hint(id.as_str(), names.of(want));
                r.push(
                    Code::UnresolvedLink,
                    path(),
                    Message::new(
                        format!("Er is geen element `{id}`: deze verwijzing moet naar {want_nl} in dit document wijzen.{hint_nl}"),
                        format!("There is no element `{id}`: this link must point to {want_en} in this document.{hint_en}"),
                    ),
                );
            }
        }
    }
}

/// The IDs of the elements links may point to, by layer, for suggestions.
struct Names<'a> {
    outcomes: Vec<&'a str>,
    outputs: Vec<&'a str>,
    activities: Vec<&'a str>,
}

impl<'a> Names<'a> {
    fn new(ids: &'a Ids) -> Self {
        let of = |want: Kind| {
            ids.iter()
                .filter(|(_, (k, _))| *k == want)
                .map(|(i, _)| i.as_str())
                .collect()
        };
        Names {
            outcomes: of(Kind::Outcome),
            outputs: of(Kind::Output),
            activities: of(Kind::Activity),
        }
    }

    fn of(&self, kind: Kind) -> &[&'a str] {
        match kind {
            Kind::Outcome => &self.outcomes,
            Kind::Output => &self.outputs,
            Kind::Activity => &self.activities,
            Kind::Impact | Kind::Input | Kind::Reach => &[],
        }
    }
}

pub(super) fn links(tov: &TheoryOfValue, ids: &Ids, r: &mut Report) {
    let hints = &mut crate::read::suggest::Hints::new();
    let names = &Names::new(ids);
    for (i, o) in tov.outputs.iter().enumerate() {
        check_refs(
            &o.outcomes,
            Kind::Outcome,
            Ptr::at("outputs").index(i).key("outcomes"),
            ids,
            (names, &mut *hints),
            r,
        );
    }
    for (i, a) in tov.activities.iter().enumerate() {
        check_refs(
            &a.outputs,
            Kind::Output,
            Ptr::at("activities").index(i).key("outputs"),
            ids,
            (names, &mut *hints),
            r,
        );
    }
    for (i, x) in tov.inputs.iter().enumerate() {
        check_refs(
            &x.activities,
            Kind::Activity,
            Ptr::at("inputs").index(i).key("activities"),
            ids,
            (names, &mut *hints),
            r,
        );
    }
    for (i, x) in tov.reach.iter().enumerate() {
        check_refs(
            &x.activities,
            Kind::Activity,
            Ptr::at("reach").index(i).key("activities"),
            ids,
            (names, &mut *hints),
            r,
        );
    }
}

/// The IDs among `targets` that some link in `links` names: memory in the number of targets,
/// not of links (a document may hold a million links to a few outcomes).
///
/// The targets are copies (inline, when short) held in the map, so looking a link up does not
/// go back to the document.
struct Linked {
    slot: std::collections::HashMap<crate::model::Id, usize>,
    found: Vec<bool>,
}

impl Linked {
    fn new<'a>(
        targets: impl Iterator<Item = &'a crate::model::Id>,
        links: impl Iterator<Item = &'a str>,
    ) -> Self {
        let mut slot = std::collections::HashMap::new();
        for id in targets {
            let next = slot.len();
            slot.entry(id.clone()).or_insert(next);
        }
        let mut found = vec![false; slot.len()];
        for id in links {
            if let Some(f) = slot.get(id).and_then(|&i| found.get_mut(i)) {
                *f = true;
            }
        }
        Linked { slot, found }
    }

    fn contains(&self, id: &str) -> bool {
        self.slot
            .get(id)
            .and_then(|&i| self.found.get(i))
            .copied()
            .unwrap_or(false)
    }
}

pub(super) fn orphans(tov: &TheoryOfValue, r: &mut Report) {
    if !tov.outputs.is_empty() {
        let evidenced = Linked::new(
            tov.outcomes.iter().map(|o| &o.id),
            tov.outputs
                .iter()
                .flat_map(|o| o.outcomes.iter().map(|i| i.as_str())),
        );
        for (i, o) in tov.outcomes.iter().enumerate() {
            if !evidenced.contains(o.id.as_str()) {
                r.push(
                    Code::OrphanOutcome,
                    format!("/outcomes/{i}"),
                    Message::new(
                        format!("Geen output laat zien of outcome `{}` gelukt is: koppel een output eraan (`outcomes` van de output).", o.id),
                        format!("No output shows whether outcome `{}` worked: link an output to it (the output's `outcomes`).", o.id),
                    ),
                );
            }
        }
    }
    if !tov.activities.is_empty() {
        let served = Linked::new(
            tov.outputs.iter().map(|o| &o.id),
            tov.activities
                .iter()
                .flat_map(|a| a.outputs.iter().map(|i| i.as_str())),
        );
        for (i, o) in tov.outputs.iter().enumerate() {
            if !served.contains(o.id.as_str()) {
                r.push(
                    Code::OrphanOutput,
                    format!("/outputs/{i}"),
                    Message::new(
                        format!("Geen activiteit draagt bij aan output `{}`: koppel een activiteit eraan (`outputs` van de activiteit).", o.id),
                        format!("No activity serves output `{}`: link an activity to it (the activity's `outputs`).", o.id),
                    ),
                );
            }
        }
    }
    if !tov.inputs.is_empty() {
        let enabled = Linked::new(
            tov.activities.iter().map(|a| &a.id),
            tov.inputs
                .iter()
                .flat_map(|x| x.activities.iter().map(|i| i.as_str())),
        );
        for (i, a) in tov.activities.iter().enumerate() {
            if !enabled.contains(a.id.as_str()) {
                r.push(
                    Code::OrphanActivity,
                    format!("/activities/{i}"),
                    Message::new(
                        format!("Geen input maakt activiteit `{}` mogelijk: koppel een input eraan (`activities` van de input).", a.id),
                        format!("No input enables activity `{}`: link an input to it (the input's `activities`).", a.id),
                    ),
                );
            }
        }
    }
}

pub(super) fn levels(tov: &TheoryOfValue, ids: &Ids, r: &mut Report) {
    if !(tov.outcomes.is_empty() && tov.outputs.is_empty()) {
        for level in Level::ALL {
            let present = tov.outcomes.iter().any(|o| o.level == level)
                || tov.outputs.iter().any(|o| o.level == level);
            if !present {
                r.push(
                    Code::MissingLevel,
                    "/outcomes",
                    Message::new(
                        format!("Deze ToV heeft geen outcome of output op {} niveau; de landelijke ToV beschrijft waarde op individueel én collectief niveau.", level.label().nl),
                        format!("This ToV has no outcome or output at the {} level; the national ToV describes value at both the individual and the collective level.", level.label().en),
                    ),
                );
            }
        }
    }
    let outcome_level: std::collections::HashMap<crate::model::Id, Level> = tov
        .outcomes
        .iter()
        .map(|o| (o.id.clone(), o.level))
        .collect();
    for (i, o) in tov.outputs.iter().enumerate() {
        for (j, id) in o.outcomes.iter().enumerate() {
            let is_outcome = matches!(ids.get(id.as_str()), Some((Kind::Outcome, _)));
            match outcome_level.get(id.as_str()) {
                Some(level) if is_outcome && *level != o.level => r.push(
                    Code::LevelMismatch,
                    format!("/outputs/{i}/outcomes/{j}"),
                    Message::new(
                        format!("Output `{}` is {}, outcome `{id}` is {}: koppel outputs aan outcomes op hetzelfde niveau.", o.id, o.level.label().nl, level.label().nl),
                        format!("Output `{}` is {}, outcome `{id}` is {}: link outputs to outcomes at the same level.", o.id, o.level.label().en, level.label().en),
                    ),
                ),
                _ => {}
            }
        }
    }
}

/// Partners: a kind from the catalogue or a label of one's own (`TOV126`), and links to
/// activities of this ToV (`TOV104`).
pub(super) fn partners(tov: &TheoryOfValue, ids: &Ids, r: &mut Report) {
    if tov.partners.is_empty() {
        return;
    }
    let hints = &mut crate::read::suggest::Hints::new();
    let names = &Names::new(ids);
    for (i, p) in tov.partners.iter().enumerate() {
        let at = Ptr::at("partners").index(i);
        if p.kind.is_none() && p.label.is_none() {
            let kinds: Vec<&str> = crate::model::PartnerKind::ALL
                .iter()
                .map(|k| k.id())
                .collect();
            r.push(
                Code::UnlabelledPartner,
                at.to_string(),
                Message::new(
                    format!("Partner '{}' heeft geen soort: kies `kind` ({}) of beschrijf de soort in `label`.", p.name, kinds.join(", ")),
                    format!("Partner '{}' has no kind: choose `kind` ({}) or describe the kind in `label`.", p.name, kinds.join(", ")),
                ),
            );
        }
        check_refs(
            &p.activities,
            Kind::Activity,
            at.key("activities"),
            ids,
            (names, &mut *hints),
            r,
        );
    }
}
