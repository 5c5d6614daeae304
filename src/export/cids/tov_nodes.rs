//! The nodes of a ToV: its organisation and model, the stakeholders, the outcomes with their
//! stakeholder outcomes, the indicators, activities, inputs and outputs.

use super::{
    reference, stakeholder, Activity, Emit, Indicator, Input, Iri, Links, Model, Node,
    Organization, Outcome, Output, Ref, Stakeholder, StakeholderOutcome,
};
use crate::base::{Label, Lang};
use crate::model::{Level, TheoryOfValue};
use std::borrow::Cow;
use std::collections::BTreeSet;

/// The nodes of a ToV: its organisation and model, the stakeholders, the outcomes with their
/// stakeholder outcomes, the indicators, activities, inputs and outputs.
pub(super) fn tov_nodes<'a, E>(
    tov: &'a TheoryOfValue,
    lang: Lang,
    links: &Links<'a>,
    emit: &mut Emit<'_, 'a, E>,
) -> Result<(), E> {
    let nodes = TovNodes {
        tov,
        lang,
        part_of: reference(Iri::new(tov.id.as_str(), "model", tov.id.as_str())),
    };
    let mut model = nodes.model();
    if let Some(org) = &tov.scope.organisation {
        let org_id = nodes.iri("organisation", "owner");
        model.organization = Some(reference(org_id));
        emit(Node::Organization(Organization {
            id: org_id,
            ty: "cids:Organization",
            name: org,
            impact_model: Some(nodes.part_of),
        }))?;
    }
    emit(Node::Model(model))?;
    nodes.stakeholders(emit)?;
    nodes.outcomes(links, emit)?;
    nodes.indicators(emit)?;
    nodes.activities(links, emit)?;
    nodes.inputs_and_reach(emit)
}

/// What the nodes of a ToV share: the ToV, the language, and the model they are part of.
struct TovNodes<'a> {
    tov: &'a TheoryOfValue,
    lang: Lang,
    part_of: Ref<'a>,
}

impl<'a> TovNodes<'a> {
    /// The IRI of the node of `class` for `id`.
    fn iri(&self, class: &'static str, id: &'a str) -> Iri<'a> {
        Iri::new(self.tov.id.as_str(), class, id)
    }

    /// References to the nodes of `class` for `ids`, if any.
    fn refs(&self, class: &'static str, ids: Option<&Vec<&'a str>>) -> Vec<Ref<'a>> {
        ids.into_iter()
            .flatten()
            .map(|x| reference(self.iri(class, x)))
            .collect()
    }

    /// The logic model, naming every outcome, activity, input, output (reach), stakeholder and
    /// stakeholder outcome; its organisation is added where the ToV names one.
    fn model(&self) -> Model<'a> {
        let tov = self.tov;
        Model {
            id: self.part_of.id,
            ty: "cids:LogicModel",
            name: tov.title.get(self.lang),
            outcomes: tov
                .outcomes
                .iter()
                .map(|o| reference(self.iri("outcome", o.id.as_str())))
                .collect(),
            activities: tov
                .activities
                .iter()
                .map(|a| reference(self.iri("activity", a.id.as_str())))
                .collect(),
            inputs: tov
                .inputs
                .iter()
                .map(|i| reference(self.iri("input", i.id.as_str())))
                .collect(),
            outputs: tov
                .reach
                .iter()
                .map(|r| reference(self.iri("output", r.id.as_str())))
                .collect(),
            stakeholders: Level::ALL
                .iter()
                .map(|l| reference(stakeholder(tov, *l)))
                .collect(),
            stakeholder_outcomes: tov
                .outcomes
                .iter()
                .map(|o| reference(self.iri("stakeholder-outcome", o.id.as_str())))
                .collect(),
            description: tov.impact.as_ref().map(|i| i.statement.get(self.lang)),
            organization: None,
        }
    }

    /// One stakeholder per level.
    fn stakeholders<E>(&self, emit: &mut Emit<'_, 'a, E>) -> Result<(), E> {
        for level in Level::ALL {
            let name = match level {
                Level::Individual => Label::new(
                    "Deelnemers en hun naasten",
                    "Participants and their relatives",
                ),
                Level::Collective => Label::new(
                    "Wijken, gemeenschappen, gemeenten en regio's",
                    "Neighbourhoods, communities, municipalities and regions",
                ),
            };
            emit(Node::Stakeholder(Stakeholder {
                id: stakeholder(self.tov, level),
                ty: "cids:Stakeholder",
                name: name.get(self.lang),
                description: level.label().get(self.lang),
                part_of: self.part_of,
            }))?;
        }
        Ok(())
    }

    /// Each outcome, with its stakeholder outcome at its level.
    fn outcomes<E>(&self, links: &Links<'a>, emit: &mut Emit<'_, 'a, E>) -> Result<(), E> {
        let lang = self.lang;
        for o in &self.tov.outcomes {
            let indicators = self.refs("indicator", links.indicators_of.get(o.id.as_str()));
            let id = self.iri("outcome", o.id.as_str());
            let stakeholder_outcome = self.iri("stakeholder-outcome", o.id.as_str());
            emit(Node::Outcome(Outcome {
                id,
                ty: "cids:Outcome",
                name: o.id.as_str(),
                description: o.statement.get(lang),
                indicators: indicators.clone(),
                stakeholder_outcome: reference(stakeholder_outcome),
                part_of: self.part_of,
            }))?;
            emit(Node::StakeholderOutcome(StakeholderOutcome {
                id: stakeholder_outcome,
                ty: "cids:StakeholderOutcome",
                name: format!("{} — {}", o.id, o.level.label().get(lang)),
                outcome: reference(id),
                stakeholder: reference(stakeholder(self.tov, o.level)),
                indicators,
            }))?;
        }
        Ok(())
    }

    /// Each output, as an indicator of its outcomes, described by its measurements and the
    /// contributions it can record.
    fn indicators<E>(&self, emit: &mut Emit<'_, 'a, E>) -> Result<(), E> {
        let lang = self.lang;
        for o in &self.tov.outputs {
            let methods: Vec<String> = o
                .measurement
                .iter()
                .map(|m| format!("{} ({})", m.method.get(lang), m.kind.label().get(lang)))
                .collect();
            let contributions: Vec<&str> = o
                .contributions
                .iter()
                .map(|k| k.label().get(lang))
                .collect();
            emit(Node::Indicator(Indicator {
                id: self.iri("indicator", o.id.as_str()),
                ty: "cids:Indicator",
                identifier: Cow::Borrowed(o.id.as_str()),
                name: o.statement.get(lang),
                description: Cow::Owned(format!(
                    "{}: {}. {}: {}.",
                    lang.pick("Meting", "Measurement"),
                    methods.join("; "),
                    lang.pick("Bijdragen", "Contributions"),
                    contributions.join(", ")
                )),
                outcomes: o
                    .outcomes
                    .iter()
                    .map(|x| reference(self.iri("outcome", x.as_str())))
                    .collect(),
            }))?;
        }
        Ok(())
    }

    /// Each activity, with the outcomes its outputs serve, its inputs and its reach.
    fn activities<E>(&self, links: &Links<'a>, emit: &mut Emit<'_, 'a, E>) -> Result<(), E> {
        for a in &self.tov.activities {
            let outcomes: BTreeSet<&str> = a
                .outputs
                .iter()
                .filter_map(|o| links.outcomes_of.get(o.as_str()))
                .flat_map(|x| x.iter().map(crate::model::Id::as_str))
                .collect();
            let reach: Vec<Ref<'_>> = links
                .reach_of_all
                .iter()
                .chain(links.reach_of.get(a.id.as_str()).into_iter().flatten())
                .map(|r| reference(self.iri("output", r)))
                .collect();
            emit(Node::Activity(Activity {
                id: self.iri("activity", a.id.as_str()),
                ty: "cids:Activity",
                name: Cow::Owned(a.display_label().get(self.lang).to_owned()),
                outcomes: outcomes
                    .into_iter()
                    .map(|x| reference(self.iri("outcome", x)))
                    .collect(),
                inputs: self.refs("input", links.inputs_of.get(a.id.as_str())),
                outputs: reach,
                part_of: self.part_of,
                description: a.description.as_ref().map(|d| d.get(self.lang)),
            }))?;
        }
        Ok(())
    }

    /// Each input, and each reach figure as an output.
    fn inputs_and_reach<E>(&self, emit: &mut Emit<'_, 'a, E>) -> Result<(), E> {
        let lang = self.lang;
        for i in &self.tov.inputs {
            emit(Node::Input(Input {
                id: self.iri("input", i.id.as_str()),
                ty: "cids:Input",
                name: Cow::Owned(i.display_label().get(lang).to_owned()),
                part_of: self.part_of,
                description: i.description.as_ref().map(|d| d.get(lang)),
            }))?;
        }
        for r in &self.tov.reach {
            emit(Node::Output(Output {
                id: self.iri("output", r.id.as_str()),
                ty: "cids:Output",
                name: match &r.label {
                    Some(l) => Cow::Borrowed(l.get(lang)),
                    None => Cow::Borrowed(r.kind.label().get(lang)),
                },
                description: r.kind.label().get(lang),
                part_of: self.part_of,
            }))?;
        }
        Ok(())
    }
}
