//! The nodes an estimate adds to its ToV's: the organisation counted and the census period, a
//! report per output recorded, and the indicators and reports of care costs avoided.

use super::{
    measure, reference, Emit, Indicator, IndicatorReport, Iri, Node, Organization, Period,
};
use crate::base::{Label, Lang};
use crate::model::{ContributionKind, Level, TheoryOfValue};
use crate::value::{Census, Estimate, OutputEstimate};
use std::borrow::Cow;

/// The nodes an estimate adds to its ToV's: the organisation counted and the census period,
/// a report per output recorded, and the indicators and reports of care costs avoided.
pub(super) fn estimate_nodes<'a, E>(
    e: &'a Estimate,
    tov: &'a TheoryOfValue,
    census: &'a Census,
    lang: Lang,
    emit: &mut Emit<'_, 'a, E>,
) -> Result<(), E> {
    let t = tov.id.as_str();
    let nodes = EstimateNodes {
        tov,
        census,
        lang,
        org: Iri::new(t, "organisation", "census"),
        period: Iri::new(t, "period", census.id.as_str()),
    };
    emit(Node::Organization(Organization {
        id: nodes.org,
        ty: "cids:Organization",
        name: &census.organisation,
        impact_model: None,
    }))?;
    emit(Node::Period(Period {
        id: nodes.period,
        ty: "time:DateTimeInterval",
        beginning: census.period.start.first_day().to_string(),
        end: census.period.end.last_day().to_string(),
    }))?;
    for o in &e.outputs {
        emit(Node::Report(nodes.output_report(o)))?;
    }
    nodes.care_costs(e, emit)
}

/// What the nodes of an estimate share: the ToV, the census, the language, and the nodes of
/// the organisation counted and of the census period.
struct EstimateNodes<'a> {
    tov: &'a TheoryOfValue,
    census: &'a Census,
    lang: Lang,
    org: Iri<'a>,
    period: Iri<'a>,
}

impl<'a> EstimateNodes<'a> {
    /// The report of an output: the people or neighbourhoods recorded, with the split by
    /// contribution kind and the strength points as a comment.
    fn output_report(&self, o: &'a OutputEstimate) -> IndicatorReport<'a> {
        let (t, lang, census) = (self.tov.id.as_str(), self.lang, self.census);
        let unit = match o.level {
            Level::Individual => lang.pick("mensen", "people"),
            Level::Collective => lang.pick("wijken", "neighbourhoods"),
        };
        IndicatorReport {
            id: Iri::two(t, "indicator-report", census.id.as_str(), o.output.as_str()),
            ty: "cids:IndicatorReport",
            name: format!("{} — {}", o.output, census.id),
            indicator: reference(Iri::new(t, "indicator", o.output.as_str())),
            organization: reference(self.org),
            time: reference(self.period),
            value: measure(o.count, unit),
            comment: Some(format!(
                "{} {}, {} {}, {} {}; {} {}",
                ContributionKind::Improvement.label().get(lang),
                o.improvement,
                ContributionKind::Stabilisation.label().get(lang),
                o.stabilisation,
                ContributionKind::SlowerDecline.label().get(lang),
                o.slower_decline,
                lang.pick("sterktepunten", "strength points"),
                o.strength_points,
            )),
        }
    }

    /// The two indicators of care costs avoided, gross and net, each with its report in euro
    /// cents.
    fn care_costs<E>(&self, e: &Estimate, emit: &mut Emit<'_, 'a, E>) -> Result<(), E> {
        let (t, lang, census) = (self.tov.id.as_str(), self.lang, self.census);
        for (key, name, amount) in [
            (
                "gross",
                Label::new(
                    "Voorkomen zorg- en ondersteuningskosten, bruto",
                    "Care and support costs avoided, gross",
                ),
                e.gross,
            ),
            (
                "net",
                Label::new(
                    "Voorkomen zorg- en ondersteuningskosten, netto",
                    "Care and support costs avoided, net",
                ),
                e.net,
            ),
        ] {
            let indicator = Iri::new(t, "care-cost-indicator", key);
            let name = name.get(lang);
            emit(Node::Indicator(Indicator {
                id: indicator,
                ty: "cids:Indicator",
                identifier: Cow::Owned(format!("care-costs-avoided-{key}")),
                name,
                description: Cow::Borrowed(lang.pick(
                    "Som van de regels van de waardeschatting, in eurocenten.",
                    "Sum of the value estimate's lines, in euro cents.",
                )),
                outcomes: self
                    .tov
                    .outcomes
                    .iter()
                    .filter(|o| o.level == Level::Individual)
                    .map(|o| reference(Iri::new(t, "outcome", o.id.as_str())))
                    .collect(),
            }))?;
            emit(Node::Report(IndicatorReport {
                id: Iri::two(t, "care-cost-report", census.id.as_str(), key),
                ty: "cids:IndicatorReport",
                name: format!("{name} — {}", census.id),
                indicator: reference(indicator),
                organization: reference(self.org),
                time: reference(self.period),
                value: measure(amount.cents(), "EUR cent"),
                comment: None,
            }))?;
        }
        Ok(())
    }
}
