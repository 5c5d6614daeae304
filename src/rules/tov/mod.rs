//! The validation rules for a Theory of Value.

mod links;
mod outputs;

use crate::base::{Code, Message, Report, Text};
use crate::model::{BuildingBlock, InputKind, ScopeLevel, TheoryOfValue};
use crate::read::pointer::Ptr;
use crate::rules::common::{blank, check_texts, hidden_characters};
use links::{ids, levels, links, orphans, partners};
use outputs::outputs;

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
