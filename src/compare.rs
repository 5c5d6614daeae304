//! Comparing a local ToV with the national one (or any reference ToV): what it carries, where
//! it adds its own couleur locale, and where the gaps are.

use crate::base::{Code, Lang, Message, Report, Text};
use crate::model::{ActivityKind, BuildingBlock, Id, InputKind, Layer, Level, TheoryOfValue};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// How one element of the reference ToV is carried by the local ToV.
///
/// ```
/// use theory_of_value::{compare, example, national};
/// let c = compare(example::local_tov(), national());
/// let impact = &c.elements[0]; // sorted by layer: the impact comes first
/// assert_eq!(impact.reference.as_str(), "impact");
/// assert!(!impact.refined_by.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ElementCoverage {
    /// The reference element: its ID (impact, outcome, output) or its kind (activity, input).
    pub reference: Id,
    /// Its layer.
    pub layer: Layer,
    /// Its level (outcomes and outputs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// A readable name: the kind's label, or the start of the element's statement.
    pub label: Text,
    /// The local elements that carry it, sorted; empty for a gap.
    pub refined_by: Vec<Id>,
    /// The reason the local ToV gives for not carrying it, where that is a recorded choice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choice: Option<Text>,
}

impl ElementCoverage {
    /// Whether no local element carries the reference element.
    ///
    /// ```
    /// let c = theory_of_value::compare(theory_of_value::national(), theory_of_value::national());
    /// assert!(c.elements.iter().all(|e| !e.is_gap()));
    /// ```
    pub fn is_gap(&self) -> bool {
        self.refined_by.is_empty()
    }
}

/// A local element that refines nothing in the reference: couleur locale.
///
/// ```
/// let c = theory_of_value::compare(theory_of_value::example::local_tov(), theory_of_value::national());
/// assert!(!c.additions.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Addition {
    /// The local element.
    pub id: Id,
    /// Its layer.
    pub layer: Layer,
    /// Its level (outcomes and outputs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// A readable name: the element's own label, or the start of its statement.
    pub label: Text,
}

/// Coverage of one layer (and level): how many reference elements the local ToV carries.
///
/// ```
/// let c = theory_of_value::compare(theory_of_value::national(), theory_of_value::national());
/// assert!(c.coverage.iter().all(|x| x.covered == x.total));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LayerCoverage {
    /// The layer.
    pub layer: Layer,
    /// The level, for outcomes and outputs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// Reference elements carried.
    pub covered: u32,
    /// Reference elements in all.
    pub total: u32,
}

impl LayerCoverage {
    /// Covered as a fraction of total (1.0 for an empty reference layer).
    ///
    /// ```
    /// use theory_of_value::model::Layer;
    /// use theory_of_value::compare::LayerCoverage;
    /// let c = LayerCoverage { layer: Layer::Output, level: None, covered: 3, total: 4 };
    /// assert_eq!(c.fraction(), 0.75);
    /// ```
    pub fn fraction(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            f64::from(self.covered) / f64::from(self.total)
        }
    }
}

/// The local activities of one building block.
///
/// ```
/// let c = theory_of_value::compare(theory_of_value::example::local_tov(), theory_of_value::national());
/// assert_eq!(c.building_blocks.len(), 4);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BlockCoverage {
    /// The building block.
    pub block: BuildingBlock,
    /// The building block's name.
    pub label: Text,
    /// The local activities of that kind, sorted.
    pub activities: Vec<Id>,
}

/// The local inputs of one kind.
///
/// ```
/// let c = theory_of_value::compare(theory_of_value::example::local_tov(), theory_of_value::national());
/// assert!(c.inputs.iter().any(|i| !i.inputs.is_empty()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InputCoverage {
    /// The input kind.
    pub kind: InputKind,
    /// The input kind's name.
    pub label: Text,
    /// The local inputs of that kind, sorted.
    pub inputs: Vec<Id>,
}

/// The comparison of a local ToV with a reference ToV.
///
/// Elements (by layer, level and ID), additions (by layer and ID) and coverage are sorted, so
/// the comparison does not depend on the order of elements in either document. Problems are findings in the same code table
/// (`TOV3xx`).
///
/// ```
/// use theory_of_value::{compare, national};
/// let c = compare(national(), national());
/// assert!(c.report.findings.is_empty());
/// assert!(c.additions.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    /// The local ToV.
    pub local: Id,
    /// The reference ToV.
    pub reference: Id,
    /// Every element of the reference: impact, outcomes, outputs (by refinement), activities
    /// and inputs (by kind).
    pub elements: Vec<ElementCoverage>,
    /// Local elements that refine nothing.
    pub additions: Vec<Addition>,
    /// Coverage per layer, and per level for outcomes and outputs.
    pub coverage: Vec<LayerCoverage>,
    /// The four building blocks and the local activities of each.
    pub building_blocks: Vec<BlockCoverage>,
    /// The input kinds of the reference and the local inputs of each.
    pub inputs: Vec<InputCoverage>,
    /// Gaps, local additions, and refinements that do not fit.
    pub report: Report,
}

impl Comparison {
    /// The reference elements no local element carries.
    ///
    /// ```
    /// let c = theory_of_value::compare(theory_of_value::example::local_tov(), theory_of_value::national());
    /// assert!(c.gaps().count() > 0);
    /// ```
    pub fn gaps(&self) -> impl Iterator<Item = &ElementCoverage> {
        self.elements.iter().filter(|e| e.is_gap())
    }

    /// The comparison as text for a person: coverage per layer and level, the gaps (with the
    /// reason where the gap is a deliberate choice), the local additions, and the findings.
    /// Elements are named by their labels, with their IDs in brackets. Text from the documents
    /// passes [`escape::terminal`](crate::base::escape::terminal): a line break or a control
    /// character in a label is shown as `\u{a}`, never written, so it cannot add a line.
    ///
    /// ```
    /// use theory_of_value::{compare, example, national, Lang};
    /// let text = compare(example::local_tov(), national()).render(Lang::En);
    /// assert!(text.contains("Output (individual): 6/8"));
    /// assert!(text.contains("(`op-nieuwkomers`)"));
    /// ```
    pub fn render(&self, lang: Lang) -> String {
        use crate::base::escape::terminal as term;
        use std::fmt::Write;
        let nl = lang == Lang::Nl;
        let mut out = String::new();
        for cov in &self.coverage {
            let level = cov
                .level
                .map(|l| format!(" ({})", l.label().get(lang)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "{}{level}: {}/{}",
                cov.layer.label().get(lang),
                cov.covered,
                cov.total
            );
        }
        let none = if nl { "geen" } else { "none" };
        let gaps: Vec<&ElementCoverage> = self.gaps().collect();
        let _ = write!(out, "{}:", if nl { "hiaten" } else { "gaps" });
        if gaps.is_empty() {
            let _ = writeln!(out, " {none}");
        } else {
            out.push('\n');
            for g in gaps {
                let _ = write!(out, "  - {} (`{}`)", term(g.label.get(lang)), g.reference);
                if let Some(reason) = &g.choice {
                    let _ = write!(
                        out,
                        " — {}: {}",
                        if nl {
                            "bewuste keuze"
                        } else {
                            "deliberate choice"
                        },
                        term(reason.get(lang))
                    );
                }
                out.push('\n');
            }
        }
        let _ = write!(
            out,
            "{}:",
            if nl {
                "eigen toevoegingen"
            } else {
                "local additions"
            }
        );
        if self.additions.is_empty() {
            let _ = writeln!(out, " {none}");
        } else {
            out.push('\n');
            for a in &self.additions {
                let _ = writeln!(out, "  - {} (`{}`)", term(a.label.get(lang)), a.id);
            }
        }
        out.push_str(&crate::base::render_labelled(
            &self.report,
            crate::base::Label::new(
                "Bevindingen van de vergelijking",
                "Findings of the comparison",
            )
            .get(lang),
            lang,
        ));
        out
    }

    /// The comparison as a Markdown document: a coverage table, the gaps with the reasons of
    /// deliberate choices, the local additions, the building blocks and the findings. Every
    /// text from the documents is escaped for Markdown.
    ///
    /// ```
    /// use theory_of_value::{compare, example, national, Lang};
    /// let md = compare(example::local_tov(), national()).render_markdown(Lang::Nl);
    /// assert!(md.starts_with("# Vergelijking"));
    /// assert!(md.contains("| Output | individueel | 6 | 8 |"));
    /// ```
    pub fn render_markdown(&self, lang: Lang) -> String {
        use crate::base::escape::markdown as md;
        use std::fmt::Write;
        // Inside a code span nothing is escaped: only a backtick could end it early.
        let code = |s: &str| s.replace('`', "'");
        let nl = lang == Lang::Nl;
        let t = |a: &'static str, b: &'static str| if nl { a } else { b };
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# {} `{}` ↔ `{}`\n",
            t("Vergelijking", "Comparison"),
            code(self.local.as_str()),
            code(self.reference.as_str())
        );
        let _ = writeln!(out, "## {}\n", t("Dekking", "Coverage"));
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |\n|---|---|---:|---:|",
            t("laag", "layer"),
            t("niveau", "level"),
            t("gedragen", "carried"),
            t("totaal", "total")
        );
        for cov in &self.coverage {
            let level = cov.level.map_or(t("alle", "all"), |l| l.label().get(lang));
            let _ = writeln!(
                out,
                "| {} | {level} | {} | {} |",
                cov.layer.label().get(lang),
                cov.covered,
                cov.total
            );
        }
        let _ = writeln!(out, "\n## {}\n", t("Hiaten", "Gaps"));
        let gaps: Vec<&ElementCoverage> = self.gaps().collect();
        if gaps.is_empty() {
            let _ = writeln!(out, "{}", t("Geen.", "None."));
        }
        for g in gaps {
            let _ = write!(
                out,
                "- **{}** ({}, `{}`)",
                md(g.label.get(lang)),
                g.layer.label().get(lang),
                code(g.reference.as_str())
            );
            if let Some(reason) = &g.choice {
                let _ = write!(
                    out,
                    " — {}: {}",
                    t("bewuste keuze", "deliberate choice"),
                    md(reason.get(lang))
                );
            }
            out.push('\n');
        }
        let _ = writeln!(out, "\n## {}\n", t("Eigen toevoegingen", "Local additions"));
        if self.additions.is_empty() {
            let _ = writeln!(out, "{}", t("Geen.", "None."));
        }
        for a in &self.additions {
            let _ = writeln!(
                out,
                "- **{}** ({}, `{}`)",
                md(a.label.get(lang)),
                a.layer.label().get(lang),
                code(a.id.as_str())
            );
        }
        let _ = writeln!(out, "\n## {}\n", t("Bouwstenen", "Building blocks"));
        for b in &self.building_blocks {
            let ids: Vec<String> = b
                .activities
                .iter()
                .map(|i| format!("`{}`", code(i.as_str())))
                .collect();
            let _ = writeln!(
                out,
                "- {}: {}",
                b.label.get(lang),
                if ids.is_empty() {
                    t("geen activiteit", "no activity").to_owned()
                } else {
                    ids.join(", ")
                }
            );
        }
        let _ = writeln!(out, "\n## {}\n", t("Bevindingen", "Findings"));
        for f in &self.report.findings {
            let _ = writeln!(
                out,
                "- {} {} `{}`: {}",
                f.severity.label().get(lang),
                f.code,
                code(if f.path.is_empty() { "/" } else { &f.path }),
                md(f.message.get(lang))
            );
        }
        let labelled = crate::base::render_labelled(
            &self.report,
            crate::base::Label::new(
                "Bevindingen van de vergelijking",
                "Findings of the comparison",
            )
            .get(lang),
            lang,
        );
        let _ = writeln!(out, "\n{}", labelled.lines().last().unwrap_or_default());
        out
    }

    /// The coverage of `layer` at `level` (`None` for all levels together).
    ///
    /// ```
    /// use theory_of_value::{compare, national};
    /// use theory_of_value::model::{Layer, Level};
    /// let c = compare(national(), national());
    /// assert_eq!(c.coverage_of(Layer::Output, Some(Level::Collective)).unwrap().total, 7);
    /// ```
    pub fn coverage_of(&self, layer: Layer, level: Option<Level>) -> Option<&LayerCoverage> {
        self.coverage
            .iter()
            .find(|c| c.layer == layer && c.level == level)
    }
}

/// The start of a statement as a readable name: up to the first sentence end, at most about
/// sixty characters, cut at a word with "…".
fn short(text: &Text) -> Text {
    fn cut(s: &str) -> String {
        let s = s.trim();
        let s = s.split(". ").next().unwrap_or(s).trim_end_matches('.');
        if s.chars().count() <= 64 {
            return s.to_owned();
        }
        let mut end = 0;
        for (i, c) in s.char_indices() {
            if i > 60 {
                break;
            }
            if c == ' ' {
                end = i;
            }
        }
        if end == 0 {
            end = s.char_indices().nth(60).map_or(s.len(), |(i, _)| i);
        }
        format!("{}…", s[..end].trim_end_matches([',', ';', ':', ' ', '–']))
    }
    Text {
        nl: cut(&text.nl),
        en: text.en.as_deref().map(cut),
    }
}

struct RefElement<'a> {
    id: &'a Id,
    layer: Layer,
    level: Option<Level>,
    label: Text,
}

/// A local impact, outcome or output as the comparison sees it. Its path and label are made
/// only for the findings and additions that need them, so a large ToV whose elements all
/// refine something is not read twice.
struct LocalElement<'a> {
    id: &'a Id,
    layer: Layer,
    level: Option<Level>,
    refines: &'a [Id],
    /// The position in its list (none for the impact).
    index: Option<usize>,
    statement: &'a Text,
}

impl LocalElement<'_> {
    fn path(&self) -> String {
        match (self.layer, self.index) {
            (Layer::Outcome, Some(k)) => format!("/outcomes/{k}"),
            (Layer::Output, Some(k)) => format!("/outputs/{k}"),
            _ => "/impact".into(),
        }
    }
}

fn reference_elements(tov: &TheoryOfValue) -> Vec<RefElement<'_>> {
    let mut v = Vec::new();
    if let Some(i) = &tov.impact {
        v.push(RefElement {
            id: &i.id,
            layer: Layer::Impact,
            level: None,
            label: short(&i.statement),
        });
    }
    v.extend(tov.outcomes.iter().map(|o| RefElement {
        id: &o.id,
        layer: Layer::Outcome,
        level: Some(o.level),
        label: short(&o.statement),
    }));
    v.extend(tov.outputs.iter().map(|o| RefElement {
        id: &o.id,
        layer: Layer::Output,
        level: Some(o.level),
        label: short(&o.statement),
    }));
    v
}

fn local_elements(tov: &TheoryOfValue) -> impl Iterator<Item = LocalElement<'_>> {
    let impact = tov.impact.iter().map(|i| LocalElement {
        id: &i.id,
        layer: Layer::Impact,
        level: None,
        refines: &i.refines,
        index: None,
        statement: &i.statement,
    });
    let outcomes = tov.outcomes.iter().enumerate().map(|(k, o)| LocalElement {
        id: &o.id,
        layer: Layer::Outcome,
        level: Some(o.level),
        refines: &o.refines,
        index: Some(k),
        statement: &o.statement,
    });
    let outputs = tov.outputs.iter().enumerate().map(|(k, o)| LocalElement {
        id: &o.id,
        layer: Layer::Output,
        level: Some(o.level),
        refines: &o.refines,
        index: Some(k),
        statement: &o.statement,
    });
    impact.chain(outcomes).chain(outputs)
}

fn kind_id(s: &str) -> Id {
    Id::new(s).expect("catalogue IDs are well-formed identifiers")
}

/// Compares `local` with `reference` (usually [`national`](crate::national)).
///
/// A local impact, outcome or output *carries* the reference elements it names in `refines`,
/// and *adopts* a reference element of the same layer whose ID it keeps. Activities and
/// inputs are carried by kind: a reference activity of kind `walk_in` is carried by every
/// local activity of that kind (`own` kinds are local additions). Findings:
/// `TOV301` a gap, `TOV302` a refinement of an element the reference does not have, `TOV303`
/// a refinement across levels, `TOV304` a refinement across layers, `TOV305` a local addition
/// (info), `TOV306` a local ToV that says it refines another reference, `TOV307` a gap that
/// is a recorded deliberate choice (info, with the reason), `TOV308` a choice about an
/// element the reference does not have, `TOV309` a choice not to carry what the local ToV
/// does carry.
///
/// `compare` does not validate either ToV on its own rules: with duplicate IDs or dangling
/// links the comparison is made of what is there. [`compare_validated`] takes only documents
/// that passed validation; the `tov compare` command refuses invalid ones unless forced.
///
/// ```
/// use theory_of_value::{compare, example, national};
/// use theory_of_value::model::{Layer, Level};
/// let c = compare(example::local_tov(), national());
/// let outputs = c.coverage_of(Layer::Output, Some(Level::Individual)).unwrap();
/// assert_eq!(outputs.total, 8);
/// assert!(outputs.covered < outputs.total); // honest gaps
/// ```
pub fn compare(local: &TheoryOfValue, reference: &TheoryOfValue) -> Comparison {
    let mut report = Report::new();
    check_reference_id(local, reference, &mut report);
    let refs = reference_elements(reference);
    let (mut carried, mut additions) = carry_chain(local, reference, &refs, &mut report);
    let mut elements: Vec<ElementCoverage> = refs
        .iter()
        .map(|r| ElementCoverage {
            reference: r.id.clone(),
            layer: r.layer,
            level: r.level,
            label: r.label.clone(),
            refined_by: carried.remove(r.id.as_str()).unwrap_or_default(),
            choice: None,
        })
        .collect();

    // Activities and inputs, by kind.
    let activity_kinds: BTreeSet<ActivityKind> = reference
        .activities
        .iter()
        .map(|a| a.kind)
        .filter(|k| *k != ActivityKind::Own)
        .collect();
    let local_activities = local.activities.iter().map(|a| {
        let label = a.label.clone().unwrap_or_else(|| a.kind.label().into());
        (&a.id, a.kind, label)
    });
    carry_kinds(
        Layer::Activity,
        &activity_kinds,
        local_activities,
        &mut elements,
        &mut additions,
        &mut report,
    );
    let input_kinds: BTreeSet<InputKind> = reference
        .inputs
        .iter()
        .map(|i| i.kind)
        .filter(|k| *k != InputKind::Own)
        .collect();
    let local_inputs = local.inputs.iter().map(|i| {
        let label = i.label.clone().unwrap_or_else(|| i.kind.label().into());
        (&i.id, i.kind, label)
    });
    carry_kinds(
        Layer::Input,
        &input_kinds,
        local_inputs,
        &mut elements,
        &mut additions,
        &mut report,
    );

    elements
        .sort_by(|a, b| (a.layer, a.level, &a.reference).cmp(&(b.layer, b.level, &b.reference)));
    choice_findings(local, reference, &mut elements, &mut report);
    gap_findings(&elements, reference, &mut report);
    let coverage = layer_coverage(&elements);
    let building_blocks = BuildingBlock::ALL
        .iter()
        .map(|b| BlockCoverage {
            block: *b,
            label: b.label().into(),
            activities: sorted_ids(
                local
                    .activities
                    .iter()
                    .filter(|a| a.kind.building_block() == Some(*b))
                    .map(|a| &a.id),
            ),
        })
        .collect();
    let inputs = input_kinds
        .iter()
        .map(|k| InputCoverage {
            kind: *k,
            label: k.label().into(),
            inputs: sorted_ids(local.inputs.iter().filter(|i| i.kind == *k).map(|i| &i.id)),
        })
        .collect();
    additions.sort_by(|a, b| (a.layer, &a.id).cmp(&(b.layer, &b.id)));

    Comparison {
        local: local.id.clone(),
        reference: reference.id.clone(),
        elements,
        additions,
        coverage,
        building_blocks,
        inputs,
        report,
    }
}

/// The findings of [`compare`] about refinements and choices that do not fit the reference —
/// `TOV302`, `TOV303`, `TOV304`, `TOV306`, `TOV308`, `TOV309` — without the gaps and local
/// additions, which are the comparison's business. This is what checking a local ToV against
/// its reference adds to [`TheoryOfValue::validate`].
///
/// ```
/// use theory_of_value::{compare::refinement_report, example, national};
/// let mut local = example::local_tov().clone();
/// assert!(refinement_report(&local, national()).is_clean());
/// local.outputs[0].refines = vec!["op-ind-capacitys".parse()?];
/// assert_eq!(refinement_report(&local, national()).pairs(), vec![("TOV302", "/outputs/0/refines/0")]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn refinement_report(local: &TheoryOfValue, reference: &TheoryOfValue) -> Report {
    let mut report = compare(local, reference).report;
    report.findings.retain(|f| {
        matches!(
            f.code,
            Code::UnknownReferenceElement
                | Code::RefinementLevelMismatch
                | Code::RefinementLayerMismatch
                | Code::OtherReference
                | Code::UnknownChoiceElement
                | Code::ChoiceContradicted
        )
    });
    report
}

/// As [`compare`], for two ToVs that passed their validation, so an invalid one cannot be
/// compared by accident.
///
/// ```
/// use theory_of_value::base::Validated;
/// use theory_of_value::compare::compare_validated;
/// let local = Validated::new(theory_of_value::example::local_tov().clone())?;
/// let national = Validated::new(theory_of_value::national().clone())?;
/// let c = compare_validated(&local, &national);
/// assert_eq!(c.reference, national.id);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn compare_validated(
    local: &crate::base::Validated<TheoryOfValue>,
    reference: &crate::base::Validated<TheoryOfValue>,
) -> Comparison {
    compare(local, reference)
}

/// The IDs, sorted.
fn sorted_ids<'a>(ids: impl Iterator<Item = &'a Id>) -> Vec<Id> {
    let mut ids: Vec<Id> = ids.cloned().collect();
    ids.sort();
    ids
}

/// `TOV306`: the local ToV says it refines another ToV than the reference.
fn check_reference_id(local: &TheoryOfValue, reference: &TheoryOfValue, report: &mut Report) {
    if let Some(r) = &local.refines {
        if *r != reference.id {
            report.push(
                Code::OtherReference,
                "/refines",
                Message::new(
                    format!(
                        "Deze ToV zegt ToV `{r}` te verfijnen, maar wordt vergeleken met `{}`.",
                        reference.id
                    ),
                    format!(
                        "This ToV says it refines ToV `{r}` but is compared with `{}`.",
                        reference.id
                    ),
                ),
            );
        }
    }
}

/// Which local impact, outcomes and outputs carry which reference element (by adoption of
/// its ID or by `refines`), with the findings about broken refinements and the local
/// additions.
#[allow(clippy::type_complexity)]
fn carry_chain<'a>(
    local: &'a TheoryOfValue,
    reference: &TheoryOfValue,
    refs: &'a [RefElement<'a>],
    report: &mut Report,
) -> (BTreeMap<&'a str, Vec<Id>>, Vec<Addition>) {
    let by_id: BTreeMap<&str, &RefElement<'_>> = refs.iter().map(|r| (r.id.as_str(), r)).collect();
    // Copies of the carrying IDs (inline, when short), made in the document's order, so that
    // sorting them does not go back to the document.
    let mut carried: BTreeMap<&str, Vec<Id>> = BTreeMap::new();
    let mut additions = Vec::new();

    let mut hints = crate::read::suggest::Hints::new();
    // The reference's IDs per layer, made once, for suggestions.
    let mut names: BTreeMap<Layer, Vec<&str>> = BTreeMap::new();
    // The refinements of all local elements copied first, in one tight pass, into one list
    // (inline, when short): each element's list is an allocation of its own, and reading them
    // all at once lets the processor fetch many from memory at a time.
    let mut targets: Vec<Id> = Vec::new();
    let mut ends: Vec<usize> = Vec::new();
    for el in local_elements(local) {
        targets.extend(el.refines.iter().cloned());
        ends.push(targets.len());
    }
    for (k, el) in local_elements(local).enumerate() {
        let start = k
            .checked_sub(1)
            .and_then(|p| ends.get(p))
            .copied()
            .unwrap_or(0);
        let refines = ends
            .get(k)
            .and_then(|&end| targets.get(start..end))
            .unwrap_or_default();
        let mut carries_any = false;
        // Adoption: the local element keeps the ID of a reference element of its layer.
        if let Some(r) = by_id.get(el.id.as_str()) {
            if r.layer == el.layer && r.level == el.level {
                carried
                    .entry(r.id.as_str())
                    .or_default()
                    .push(el.id.clone());
                carries_any = true;
            }
        }
        for (j, target) in refines.iter().enumerate() {
            // Made only for a finding.
            let path = || format!("{}/refines/{j}", el.path());
            let Some(r) = by_id.get(target.as_str()) else {
                let candidates = names.entry(el.layer).or_insert_with(|| {
                    refs.iter()
                        .filter(|r| r.layer == el.layer)
                        .map(|r| r.id.as_str())
                        .collect()
                });
                let (hint_nl, hint_en) = hints.hint(target.as_str(), candidates);
                report.push(
                    Code::UnknownReferenceElement,
                    path(),
                    Message::new(
                        format!(
                            "ToV `{}` heeft geen element `{target}`.{hint_nl}",
                            reference.id
                        ),
                        format!("ToV `{}` has no element `{target}`.{hint_en}", reference.id),
                    ),
                );
                continue;
            };
            if r.layer != el.layer {
                report.push(
                    Code::RefinementLayerMismatch,
                    path(),
                    Message::new(
                        format!("`{}` ({}) kan `{target}` ({}) niet verfijnen: verfijn een element uit dezelfde laag.", el.id, el.layer.label().nl, r.layer.label().nl),
                        format!("`{}` ({}) cannot refine `{target}` ({}): refine an element of the same layer.", el.id, el.layer.label().en, r.layer.label().en),
                    ),
                );
                continue;
            }
            if let (Some(mine), Some(theirs)) = (el.level, r.level) {
                if mine != theirs {
                    report.push(
                        Code::RefinementLevelMismatch,
                        path(),
                        Message::new(
                            format!(
                                "`{}` is {}, maar verfijnt `{target}`, dat {} is.",
                                el.id,
                                mine.label().nl,
                                theirs.label().nl
                            ),
                            format!(
                                "`{}` is {} but refines `{target}`, which is {}.",
                                el.id,
                                mine.label().en,
                                theirs.label().en
                            ),
                        ),
                    );
                    continue;
                }
            }
            carried
                .entry(r.id.as_str())
                .or_default()
                .push(el.id.clone());
            carries_any = true;
        }
        if !carries_any && el.refines.is_empty() {
            let label = short(el.statement);
            report.push(
                Code::LocalAddition,
                el.path(),
                Message::new(
                    format!(
                        "'{}' (`{}`) verfijnt niets uit ToV `{}`: een eigen toevoeging (couleur locale).",
                        label.nl, el.id, reference.id
                    ),
                    format!(
                        "'{}' (`{}`) refines nothing in ToV `{}`: a local addition (couleur locale).",
                        label.get(Lang::En), el.id, reference.id
                    ),
                ),
            );
            additions.push(Addition {
                id: el.id.clone(),
                layer: el.layer,
                level: el.level,
                label,
            });
        }
    }
    for ids in carried.values_mut() {
        *ids = crate::model::id::sorted_unique(std::mem::take(ids));
    }
    (carried, additions)
}

/// Coverage of the reference's activity or input kinds by the local elements of that kind;
/// a local element of a kind the reference does not have is a local addition.
fn carry_kinds<'a, K: Ord + Copy + KindId>(
    layer: Layer,
    kinds: &BTreeSet<K>,
    local: impl Iterator<Item = (&'a Id, K, Text)> + Clone,
    elements: &mut Vec<ElementCoverage>,
    additions: &mut Vec<Addition>,
    report: &mut Report,
) {
    let mut by_kind: BTreeMap<K, Vec<Id>> = BTreeMap::new();
    for (id, kind, _) in local.clone() {
        if kinds.contains(&kind) {
            by_kind.entry(kind).or_default().push(id.clone());
        }
    }
    for kind in kinds {
        let mut by = by_kind.remove(kind).unwrap_or_default();
        by.sort();
        elements.push(ElementCoverage {
            reference: kind_id(kind.kind_id()),
            layer,
            level: None,
            label: kind.kind_label().into(),
            refined_by: by,
            choice: None,
        });
    }
    for (k, (id, kind, label)) in local.enumerate() {
        if kinds.contains(&kind) {
            continue;
        }
        let (path, nl, en) = if layer == Layer::Activity {
            (
                format!("/activities/{k}"),
                format!(
                    "Activiteit '{}' (`{id}`) is een eigen toevoeging (couleur locale).",
                    label.nl
                ),
                format!(
                    "Activity '{}' (`{id}`) is a local addition (couleur locale).",
                    label.get(Lang::En)
                ),
            )
        } else {
            (
                format!("/inputs/{k}"),
                format!("Input '{}' (`{id}`) is een eigen toevoeging.", label.nl),
                format!(
                    "Input '{}' (`{id}`) is a local addition.",
                    label.get(Lang::En)
                ),
            )
        };
        report.push(Code::LocalAddition, path, Message::new(nl, en));
        additions.push(Addition {
            id: id.clone(),
            layer,
            level: None,
            label,
        });
    }
}

/// The catalogue ID and label of an activity or input kind.
trait KindId {
    fn kind_id(self) -> &'static str;
    fn kind_label(self) -> crate::base::Label;
}

impl KindId for ActivityKind {
    fn kind_id(self) -> &'static str {
        self.id()
    }
    fn kind_label(self) -> crate::base::Label {
        self.label()
    }
}

impl KindId for InputKind {
    fn kind_id(self) -> &'static str {
        self.id()
    }
    fn kind_label(self) -> crate::base::Label {
        self.label()
    }
}

/// Deliberate choices: a choice about a gap is recorded on the element (its reason shown
/// instead of the gap warning); `TOV308` a choice about an element the reference does not
/// have (building blocks are always known); `TOV309` a choice not to carry what is carried.
fn choice_findings(
    local: &TheoryOfValue,
    reference: &TheoryOfValue,
    elements: &mut [ElementCoverage],
    report: &mut Report,
) {
    if local.choices.is_empty() {
        return;
    }
    // Each reference ID's first element, and the names to suggest from, built once, so that
    // many choices against many elements stay linear. The reasons are recorded on the
    // elements once every choice is checked, in the same order.
    let mut reasons: Vec<(usize, &Text)> = Vec::new();
    {
        let elements: &[ElementCoverage] = elements;
        let mut at: HashMap<&str, usize> = HashMap::with_capacity(elements.len());
        for (k, e) in elements.iter().enumerate() {
            at.entry(e.reference.as_str()).or_insert(k);
        }
        let mut names: Option<Vec<&str>> = None;
        let mut hints = crate::read::suggest::Hints::new();
        for (i, choice) in local.choices.iter().enumerate() {
            let path = format!("/choices/{i}/element");
            let id = &choice.element;
            if let Some(&k) = at.get(id.as_str()) {
                let e = &elements[k];
                if e.is_gap() {
                    reasons.push((k, &choice.reason));
                } else {
                    let by: Vec<&str> = e.refined_by.iter().map(Id::as_str).collect();
                    report.push(
                        Code::ChoiceContradicted,
                        path,
                        Message::new(
                            format!("De keuze zegt '{}' (`{id}`) bewust niet te dragen, maar {} draagt het wel: schrap de keuze of de verfijning.", e.label.nl, by.join(", ")),
                            format!("The choice says '{}' (`{id}`) is deliberately not carried, but {} does carry it: remove the choice or the refinement.", e.label.get(Lang::En), by.join(", ")),
                        ),
                    );
                }
                continue;
            }
            if BuildingBlock::ALL.iter().any(|b| b.id() == id.as_str()) {
                // A building block the reference has no activity of: the validation of the
                // ToV itself shows the choice (TOV129).
                continue;
            }
            let names = names
                .get_or_insert_with(|| elements.iter().map(|e| e.reference.as_str()).collect());
            let (hint_nl, hint_en) = hints.hint(id.as_str(), names);
            report.push(
                Code::UnknownChoiceElement,
                path,
                Message::new(
                    format!(
                        "ToV `{}` heeft geen element of soort `{id}` om bewust niet te dragen.{hint_nl}",
                        reference.id
                    ),
                    format!(
                        "ToV `{}` has no element or kind `{id}` to deliberately not carry.{hint_en}",
                        reference.id
                    ),
                ),
            );
        }
    }
    for (k, reason) in reasons {
        elements[k].choice = Some(reason.clone());
    }
}

/// `TOV301`: a reference element or kind that no local element carries; `TOV307` instead
/// where the gap is a recorded choice, with its reason.
fn gap_findings(elements: &[ElementCoverage], reference: &TheoryOfValue, report: &mut Report) {
    for e in elements.iter().filter(|e| e.is_gap()) {
        let layer_field = e.layer.field();
        let (what_nl, what_en) = match e.layer {
            Layer::Activity | Layer::Input => ("soort", "kind"),
            _ => ("element", "element"),
        };
        if let Some(reason) = &e.choice {
            report.push(
                Code::DeliberateChoice,
                format!("/{layer_field}"),
                Message::new(
                    format!("Geen lokaal element draagt {what_nl} '{}' (`{}`, {}) uit ToV `{}`, als bewuste keuze: {}", e.label.nl, e.reference, e.layer.label().nl, reference.id, reason.nl.trim()),
                    format!("No local element carries {what_en} '{}' (`{}`, {}) of ToV `{}`, as a deliberate choice: {}", e.label.get(Lang::En), e.reference, e.layer.label().en, reference.id, reason.get(Lang::En).trim()),
                ),
            );
            continue;
        }
        report.push(
            Code::Gap,
            format!("/{layer_field}"),
            Message::new(
                format!("Geen lokaal element draagt {what_nl} '{}' (`{}`, {}) uit ToV `{}`: een hiaat, of een bewuste keuze (leg die vast onder `choices`).", e.label.nl, e.reference, e.layer.label().nl, reference.id),
                format!("No local element carries {what_en} '{}' (`{}`, {}) of ToV `{}`: a gap, or a deliberate choice (record it under `choices`).", e.label.get(Lang::En), e.reference, e.layer.label().en, reference.id),
            ),
        );
    }
}

/// Coverage per layer, and per level for outcomes and outputs.
fn layer_coverage(elements: &[ElementCoverage]) -> Vec<LayerCoverage> {
    let mut coverage = Vec::new();
    for layer in Layer::ALL {
        let levels: &[Option<Level>] = match layer {
            Layer::Outcome | Layer::Output => {
                &[None, Some(Level::Individual), Some(Level::Collective)]
            }
            _ => &[None],
        };
        for level in levels {
            let of = elements
                .iter()
                .filter(|e| e.layer == layer && (level.is_none() || e.level == *level));
            let (covered, total) = of.fold((0u32, 0u32), |(c, t), e| {
                (c + u32::from(!e.is_gap()), t + 1)
            });
            coverage.push(LayerCoverage {
                layer,
                level: *level,
                covered,
                total,
            });
        }
    }
    coverage
}
