//! The validation rules for a Theory of Value.

use crate::base::{Code, Message, Report, Text};
use crate::model::{
    BuildingBlock, ContributionKind, InputKind, Level, MeasurementKind, ScopeLevel, TheoryOfValue,
};
use crate::read::pointer::Ptr;
use crate::rules::common::{blank, check_texts, duplicate_id, hidden_characters};
use indexmap::IndexMap;

/// Which layer (or reach list) an element ID belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
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

pub(crate) fn theory_of_value(tov: &TheoryOfValue) -> Report {
    theory_of_value_into(tov, Report::new())
}

fn theory_of_value_into(tov: &TheoryOfValue, mut r: Report) -> Report {
    scope(tov, &mut r);
    texts(tov, &mut r);
    layers(tov, &mut r);
    let ids = ids(tov, &mut r);
    links(tov, &ids, &mut r);
    orphans(tov, &mut r);
    levels(tov, &ids, &mut r);
    building_blocks(tov, &mut r);
    own_labels(tov, &mut r);
    partners(tov, &ids, &mut r);
    choices(tov, &mut r);
    outputs(tov, &mut r);
    inputs(tov, &mut r);
    authors(tov, &mut r);
    ijkpunten(tov, &mut r);
    r
}

fn scope(tov: &TheoryOfValue, r: &mut Report) {
    if tov.scope.level != ScopeLevel::Local {
        return;
    }
    if tov
        .scope
        .organisation
        .as_deref()
        .is_none_or(|o| o.trim().is_empty())
    {
        r.push(
            Code::IncompleteScope,
            "/scope/organisation",
            Message::new(
                "Een lokale ToV noemt de organisatie waarvan hij is: vul `organisation` in.",
                "A local ToV names the organisation it belongs to: fill in `organisation`.",
            ),
        );
    }
    let no_region = tov
        .scope
        .region
        .as_deref()
        .is_none_or(|r| r.trim().is_empty());
    if tov.scope.municipalities.is_empty() && no_region {
        r.push(
            Code::IncompleteScope,
            "/scope",
            Message::new(
                "Een lokale ToV noemt de gemeenten (`municipalities`) of de regio (`region`) waar de organisatie werkt.",
                "A local ToV names the municipalities (`municipalities`) or the region (`region`) the organisation serves.",
            ),
        );
    }
}

/// Calls `f` with the path and content of every text a person reads in the document.
fn each_text<'a>(tov: &'a TheoryOfValue, mut f: impl FnMut(Ptr, &'a Text)) {
    f(Ptr::at("title"), &tov.title);
    for (i, a) in tov.authors.iter().enumerate() {
        if let Some(role) = &a.role {
            f(Ptr::at("authors").index(i).key("role"), role);
        }
    }
    if let Some(impact) = &tov.impact {
        f(Ptr::at("impact").key("statement"), &impact.statement);
    }
    for (i, o) in tov.outcomes.iter().enumerate() {
        f(Ptr::at("outcomes").index(i).key("statement"), &o.statement);
    }
    for (i, o) in tov.outputs.iter().enumerate() {
        let at = Ptr::at("outputs").index(i);
        f(at.key("statement"), &o.statement);
        for (j, m) in o.measurement.iter().enumerate() {
            f(at.key("measurement").index(j).key("method"), &m.method);
        }
    }
    for (i, a) in tov.activities.iter().enumerate() {
        let at = Ptr::at("activities").index(i);
        if let Some(t) = &a.label {
            f(at.key("label"), t);
        }
        if let Some(t) = &a.description {
            f(at.key("description"), t);
        }
    }
    for (i, a) in tov.inputs.iter().enumerate() {
        let at = Ptr::at("inputs").index(i);
        if let Some(t) = &a.label {
            f(at.key("label"), t);
        }
        if let Some(t) = &a.description {
            f(at.key("description"), t);
        }
    }
    for (i, a) in tov.reach.iter().enumerate() {
        if let Some(t) = &a.label {
            f(Ptr::at("reach").index(i).key("label"), t);
        }
    }
    for (i, p) in tov.partners.iter().enumerate() {
        if let Some(t) = &p.label {
            f(Ptr::at("partners").index(i).key("label"), t);
        }
    }
}

fn texts(tov: &TheoryOfValue, r: &mut Report) {
    if tov.version.trim().is_empty() {
        blank(r, "/version".into());
    }
    for (i, a) in tov.authors.iter().enumerate() {
        if a.name.trim().is_empty() {
            blank(r, format!("/authors/{i}/name"));
        }
    }
    for (i, p) in tov.partners.iter().enumerate() {
        if p.name.trim().is_empty() {
            blank(r, format!("/partners/{i}/name"));
        }
    }
    for (i, m) in tov.scope.municipalities.iter().enumerate() {
        if m.trim().is_empty() {
            blank(r, format!("/scope/municipalities/{i}"));
        }
    }
    hidden_characters(&"/version", &tov.version, r);
    for (i, a) in tov.authors.iter().enumerate() {
        hidden_characters(&format_args!("/authors/{i}/name"), &a.name, r);
    }
    if let Some(o) = &tov.scope.organisation {
        hidden_characters(&"/scope/organisation", o, r);
    }
    if let Some(o) = &tov.scope.region {
        hidden_characters(&"/scope/region", o, r);
    }
    for (i, m) in tov.scope.municipalities.iter().enumerate() {
        hidden_characters(&format_args!("/scope/municipalities/{i}"), m, r);
    }
    let mut sources: Vec<(Ptr, &crate::model::SourceRef)> = Vec::new();
    sources.extend(tov.source.iter().map(|s| (Ptr::at("source"), s)));
    if let Some(s) = tov.impact.as_ref().and_then(|i| i.source.as_ref()) {
        sources.push((Ptr::at("impact").key("source"), s));
    }
    for (i, o) in tov.outcomes.iter().enumerate() {
        let at = Ptr::at("outcomes").index(i).key("source");
        sources.extend(o.source.iter().map(|s| (at, s)));
    }
    for (i, o) in tov.outputs.iter().enumerate() {
        let at = Ptr::at("outputs").index(i);
        sources.extend(o.source.iter().map(|s| (at.key("source"), s)));
        for (j, m) in o.measurement.iter().enumerate() {
            let at = at.key("measurement").index(j).key("source");
            sources.extend(m.source.iter().map(|s| (at, s)));
        }
    }
    for (i, a) in tov.activities.iter().enumerate() {
        let at = Ptr::at("activities").index(i).key("source");
        sources.extend(a.source.iter().map(|s| (at, s)));
    }
    for (i, x) in tov.inputs.iter().enumerate() {
        let at = Ptr::at("inputs").index(i).key("source");
        sources.extend(x.source.iter().map(|s| (at, s)));
    }
    for (path, source) in sources {
        if source.document.trim().is_empty() {
            blank(r, format!("{path}/document"));
        }
        hidden_characters(&format_args!("{path}/document"), &source.document, r);
    }
    let mut all = Vec::new();
    each_text(tov, |path, text| all.push((path, text)));
    check_texts(all, r);
}

fn layers(tov: &TheoryOfValue, r: &mut Report) {
    let empty = [
        ("/impact", tov.impact.is_none()),
        ("/outcomes", tov.outcomes.is_empty()),
        ("/outputs", tov.outputs.is_empty()),
        ("/activities", tov.activities.is_empty()),
        ("/inputs", tov.inputs.is_empty()),
    ];
    for (layer, (path, is_empty)) in crate::model::Layer::ALL.iter().zip(empty) {
        if is_empty {
            let q = layer.question();
            r.push(
                Code::EmptyLayer,
                path,
                Message::new(
                    format!(
                        "De laag {} is leeg; zij beantwoordt de vraag: {}",
                        layer.label().nl,
                        q.nl
                    ),
                    format!(
                        "The {} layer is empty; it answers the question: {}",
                        layer.label().en,
                        q.en
                    ),
                ),
            );
        }
    }
}

pub(crate) type Ids = IndexMap<crate::model::Id, (Kind, Ptr)>;

/// Every element's ID with its layer and place. The IDs are copies (inline, when short) held
/// in the map itself, so looking a link up does not go back to the document.
fn ids(tov: &TheoryOfValue, r: &mut Report) -> Ids {
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

fn links(tov: &TheoryOfValue, ids: &Ids, r: &mut Report) {
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

fn orphans(tov: &TheoryOfValue, r: &mut Report) {
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

fn levels(tov: &TheoryOfValue, ids: &Ids, r: &mut Report) {
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

fn building_blocks(tov: &TheoryOfValue, r: &mut Report) {
    if tov.scope.level != ScopeLevel::Local || tov.activities.is_empty() {
        return;
    }
    for block in BuildingBlock::ALL {
        if !tov
            .activities
            .iter()
            .any(|a| a.kind.building_block() == Some(*block))
        {
            if let Some((i, choice)) = tov
                .choices
                .iter()
                .enumerate()
                .find(|(_, c)| c.element.as_str() == block.id())
            {
                r.push(
                    Code::BuildingBlockChosenAway,
                    format!("/choices/{i}"),
                    Message::new(
                        format!(
                            "De bouwsteen '{}' ontbreekt, als bewuste keuze: {}",
                            block.label().nl,
                            choice.reason.nl.trim()
                        ),
                        format!(
                            "The building block '{}' is missing, as a deliberate choice: {}",
                            block.label().en,
                            choice.reason.get(crate::base::Lang::En).trim()
                        ),
                    ),
                );
                continue;
            }
            r.push(
                Code::MissingBuildingBlock,
                "/activities",
                Message::new(
                    format!("De bouwsteen '{}' ontbreekt; hij is bij bijna alle zelfregie- en herstelorganisaties aanwezig. Voeg een activiteit met `kind` `{}` toe als je hem wel hebt, of leg onder `choices` vast waarom je hem bewust niet hebt.", block.label().nl, block.id()),
                    format!("The building block '{}' is missing; nearly all self-direction and recovery organisations have it. Add an activity with `kind` `{}` if you do, or record under `choices` why you deliberately do not.", block.label().en, block.id()),
                ),
            );
        }
    }
}

/// Partners: a kind from the catalogue or a label of one's own (`TOV126`), and links to
/// activities of this ToV (`TOV104`).
fn partners(tov: &TheoryOfValue, ids: &Ids, r: &mut Report) {
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

/// Deliberate choices: a reason is required and not blank (`TOV128`).
fn choices(tov: &TheoryOfValue, r: &mut Report) {
    for (i, c) in tov.choices.iter().enumerate() {
        if c.reason.nl.trim().is_empty() {
            r.push(
                Code::ChoiceWithoutReason,
                format!("/choices/{i}/reason/nl"),
                Message::new(
                    format!("De keuze over `{}` geeft geen reden: schrijf op waarom je dit bewust niet doet.", c.element),
                    format!("The choice about `{}` gives no reason: write down why you deliberately do not do this.", c.element),
                ),
            );
        }
        if c.reason
            .en
            .as_deref()
            .is_some_and(|en| en.trim().is_empty())
        {
            blank(r, format!("/choices/{i}/reason/en"));
        }
    }
}

fn own_labels(tov: &TheoryOfValue, r: &mut Report) {
    let mut push = |path: String| {
        r.push(
            Code::UnlabelledOwn,
            path,
            Message::new(
                "Een eigen element (`kind` `own`) heeft een eigen naam nodig: vul `label` in.",
                "An element of your own (`kind` `own`) needs a name of its own: fill in `label`.",
            ),
        )
    };
    for (i, a) in tov.activities.iter().enumerate() {
        if a.kind == crate::model::ActivityKind::Own && a.label.is_none() {
            push(format!("/activities/{i}/label"));
        }
    }
    for (i, x) in tov.inputs.iter().enumerate() {
        if x.kind == InputKind::Own && x.label.is_none() {
            push(format!("/inputs/{i}/label"));
        }
    }
    for (i, x) in tov.reach.iter().enumerate() {
        if x.kind == crate::model::ReachKind::Own && x.label.is_none() {
            push(format!("/reach/{i}/label"));
        }
    }
}

/// Whether an output statement reads as a production count ("aantal bezoekers").
fn reads_as_count(text: &Text) -> bool {
    // As a reader sees it: without invisible characters, in NFC, every space a plain space.
    let seen = |s: &str| -> String {
        crate::rules::unicode::comparable(s)
            .trim()
            .chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .collect::<String>()
            .to_lowercase()
    };
    let nl = seen(&text.nl);
    let en = seen(text.en.as_deref().unwrap_or_default());
    // "Aantal deelnemers dat zich gehoord voelt" counts an experience, not production: a
    // relative clause after the count makes it an output.
    let qualified = |s: &str| {
        [" dat ", " die ", " that ", " who ", " which "]
            .iter()
            .any(|w| s.contains(w))
    };
    let counts =
        |s: &str, starts: &[&str]| starts.iter().any(|p| s.starts_with(p)) && !qualified(s);
    counts(&nl, &["aantal ", "het aantal "])
        || nl.contains("bezoekersaantal")
        || (nl.contains("aantal bezoek") && !qualified(&nl))
        || counts(&en, &["number of ", "the number of "])
}

/// Whether a measurement method only counts attendance: visitors, visits or activities held
/// ("Aantal bezoekers per week", "bezoekersregistratie", "number of visits"). The sources reject
/// that as a measure of value (001, "Monitoring"; 000, "Waarde meten").
fn counts_attendance(text: &Text) -> bool {
    let check = |s: &str| {
        let s = s.trim().to_lowercase();
        let qualified = [" dat ", " die ", " that ", " who ", " which "]
            .iter()
            .any(|w| s.contains(w));
        let counting = [
            "aantal",
            "turven",
            "registratie",
            "presentielijst",
            "telling van",
            "number of",
            "count of",
            "counting",
            "headcount",
            "attendance",
            "register",
        ]
        .iter()
        .any(|w| s.contains(w));
        let attendance = [
            "bezoek",
            "activiteiten",
            "bijeenkomsten",
            "deelnemers",
            "inloop",
            "visit",
            "activities",
            "sessions",
            "participants",
            "attendance",
        ]
        .iter()
        .any(|w| s.contains(w));
        counting && attendance && !qualified
    };
    check(&text.nl) || text.en.as_deref().is_some_and(check)
}

fn outputs(tov: &TheoryOfValue, r: &mut Report) {
    let mut kinds = std::collections::BTreeSet::new();
    for (i, o) in tov.outputs.iter().enumerate() {
        if o.contributions.is_empty() {
            let all: Vec<&str> = ContributionKind::ALL.iter().map(|k| k.label().nl).collect();
            r.push(
                Code::NoContributionKind,
                format!("/outputs/{i}/contributions"),
                Message::new(
                    format!("Output `{}` zegt niet welke bijdrage hij kan vastleggen ({}): waarde is niet alleen verandering.", o.id, all.join(", ")),
                    format!("Output `{}` does not say which contributions it can record (improvement, stabilisation, slower decline): value is not only change.", o.id),
                ),
            );
        }
        if o.measurement.is_empty() {
            r.push(
                Code::UnmeasuredOutput,
                format!("/outputs/{i}/measurement"),
                Message::new(
                    format!("Output `{}` noemt geen meting: hoe weet je of hij bereikt is? Noem een methode of instrument (tellen of vertellen).", o.id),
                    format!("Output `{}` names no measurement: how will you know it was reached? Name a method or instrument (counting or telling).", o.id),
                ),
            );
        }
        kinds.extend(o.measurement.iter().map(|m| m.kind));
        for (j, m) in o.measurement.iter().enumerate() {
            if counts_attendance(&m.method) {
                r.push(
                    Code::MeasurementAsReach,
                    format!("/outputs/{i}/measurement/{j}/method"),
                    Message::new(
                        format!("De meting bij output `{}` telt alleen bezoekers, bezoeken of activiteiten: dat is bereik en zegt niets over de toegevoegde waarde voor de bezoekers. Meet wat deelnemers ervaren (tellen en vertellen) en zet de aantallen onder `reach`.", o.id),
                        format!("The measurement of output `{}` only counts visitors, visits or activities: that is reach and says nothing about the added value for the visitors. Measure what participants experience (counting and telling) and move the counts to `reach`.", o.id),
                    ),
                );
            }
        }
        if reads_as_count(&o.statement) {
            r.push(
                Code::OutputAsReach,
                format!("/outputs/{i}/statement"),
                Message::new(
                    format!("Output `{}` leest als een productietelling (aantallen bezoekers of activiteiten): dat is bereik, geen output. Zet het onder `reach` en beschrijf wat deelnemers ervaren.", o.id),
                    format!("Output `{}` reads as a production count (numbers of visitors or activities): that is reach, not output. Move it to `reach` and describe what participants experience.", o.id),
                ),
            );
        }
    }
    if let (1, Some(only)) = (kinds.len(), kinds.first().copied()) {
        let (nl, en) = match only {
            MeasurementKind::Quantitative => (
                "alleen geteld (kwantitatief); voeg vertellen toe, zoals ervaringsverhalen",
                "only counted (quantitative); add telling, such as experience stories",
            ),
            MeasurementKind::Qualitative => (
                "alleen verteld (kwalitatief); voeg tellen toe, zoals een vragenlijst",
                "only told (qualitative); add counting, such as a questionnaire",
            ),
        };
        r.push(
            Code::OneSidedMeasurement,
            "/outputs",
            Message::new(
                format!("Tellen en vertellen: in deze ToV wordt {nl}."),
                format!("Counting and telling: this ToV is {en}."),
            ),
        );
    }
}

fn inputs(tov: &TheoryOfValue, r: &mut Report) {
    if tov.inputs.is_empty() {
        return;
    }
    let has = |k: InputKind| tov.inputs.iter().any(|x| x.kind == k);
    if !has(InputKind::SustainableFunding) {
        r.push(
            Code::NoSustainableFunding,
            "/inputs",
            Message::new(
                "Duurzame financiering ontbreekt bij de input; de landelijke ToV noemt haar noodzakelijk om alles mogelijk te maken (`kind` `sustainable_funding`).",
                "Sustainable funding is missing from the inputs; the national ToV calls it necessary to make everything possible (`kind` `sustainable_funding`).",
            ),
        );
    }
    if !has(InputKind::LivedExperienceStaff) {
        r.push(
            Code::NoLivedExperienceStaff,
            "/inputs",
            Message::new(
                "Ervaringsdeskundige vrijwilligers en medewerkers ontbreken bij de input (`kind` `lived_experience_staff`); in zelfregie- en herstelorganisaties zijn zij in de lead.",
                "Expert-by-experience volunteers and staff are missing from the inputs (`kind` `lived_experience_staff`); in self-direction and recovery organisations they lead.",
            ),
        );
    }
}

fn authors(tov: &TheoryOfValue, r: &mut Report) {
    if !tov.authors.iter().any(|a| a.lived_experience) {
        r.push(
            Code::NoLivedExperienceAuthor,
            "/authors",
            Message::new(
                "Niets over ons, zonder ons: geen van de opstellers spreekt vanuit ervaringskennis. Stel de ToV op met deelnemers en markeer hen met `lived_experience`.",
                "Nothing about us without us: none of the authors speaks from experiential knowledge (ervaringskennis). Draft the ToV with participants and mark them with `lived_experience`.",
            ),
        );
    }
}

fn ijkpunten(tov: &TheoryOfValue, r: &mut Report) {
    if tov.activities.iter().all(|a| a.ijkpunt.is_none()) {
        return;
    }
    for gap in crate::model::ijkpunt_coverage(tov).gaps() {
        r.push(
            Code::IjkpuntGap,
            "/activities",
            Message::new(
                format!("Geen activiteit dient primair het ijkpunt '{}': een hiaat, of een bewuste keuze.", gap.label().nl),
                format!("No activity primarily serves the ijkpunt '{}': a gap, or a deliberate choice.", gap.label().en),
            ),
        );
    }
}

impl TheoryOfValue {
    /// Checks the ToV against every rule and returns the findings, in a fixed order.
    ///
    /// ```
    /// use theory_of_value::{Code, TheoryOfValue};
    /// let mut tov = theory_of_value::national().clone();
    /// tov.inputs.retain(|i| i.kind != theory_of_value::model::InputKind::SustainableFunding);
    /// let report = tov.validate();
    /// assert_eq!(report.pairs(), vec![("TOV115", "/inputs")]);
    /// ```
    pub fn validate(&self) -> Report {
        theory_of_value(self)
    }

    /// As [`validate`](TheoryOfValue::validate), keeping at most `per_code` findings of each
    /// code and counting the rest (see [`Report::keeping_at_most`]): for showing a report to a
    /// person, with memory that does not grow with the number of findings.
    ///
    /// ```
    /// let mut tov = theory_of_value::national().clone();
    /// tov.outputs[0].outcomes = (0..1_000).map(|i| format!("oc-x{i}").parse().unwrap()).collect();
    /// let report = tov.validate_keeping_at_most(100);
    /// assert_eq!(report.findings.len(), 100);
    /// assert_eq!(report.error_count(), 1_000);
    /// ```
    pub fn validate_keeping_at_most(&self, per_code: usize) -> Report {
        theory_of_value_into(self, Report::keeping_at_most(per_code))
    }
}

impl crate::base::Validate for TheoryOfValue {
    fn validate(&self) -> Report {
        theory_of_value(self)
    }
}
