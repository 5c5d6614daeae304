//! The value estimate report as blocks of text, tables and lists, written once and rendered
//! as Markdown or HTML. Every string in a block is text: the renderers escape it for their
//! context and add the markup themselves.

use super::decimal;
use crate::base::Lang;
use crate::model::{Level, TheoryOfValue};
use crate::value::{Estimate, PersonaSet};
use std::collections::HashMap;

/// One cell of a table.
pub(super) struct Cell {
    pub(super) text: String,
    pub(super) strong: bool,
}

impl Cell {
    fn plain(text: impl Into<String>) -> Self {
        Cell {
            text: text.into(),
            strong: false,
        }
    }
    fn strong(text: impl Into<String>) -> Self {
        Cell {
            text: text.into(),
            strong: true,
        }
    }
}

/// A column: its heading, whether it holds numbers (right-aligned), whether it is a text bar
/// (Markdown only; the HTML report draws charts instead).
pub(super) struct Column {
    pub(super) head: &'static str,
    pub(super) numeric: bool,
    pub(super) bar: bool,
}

pub(super) enum Block {
    /// A section heading.
    Heading(&'static str),
    /// A paragraph.
    Para(String),
    /// A sub-heading naming a line of the estimate (bold in Markdown).
    Sub(String),
    /// A bulleted list.
    List(Vec<String>),
    Table {
        columns: Vec<Column>,
        rows: Vec<Vec<Cell>>,
    },
}

pub(super) struct Report {
    pub(super) title: &'static str,
    pub(super) blocks: Vec<Block>,
}

fn col(head: &'static str, numeric: bool) -> Column {
    Column {
        head,
        numeric,
        bar: false,
    }
}

/// The statement of each output by ID, and each persona's name by ID, for look-ups in
/// constant time.
pub(super) struct Names<'a> {
    outputs: HashMap<&'a str, &'a crate::base::Text>,
    personas: HashMap<&'a str, &'a str>,
}

impl<'a> Names<'a> {
    pub(super) fn new(tov: &'a TheoryOfValue, set: &'a PersonaSet) -> Self {
        let mut outputs = HashMap::new();
        for o in &tov.outputs {
            outputs.entry(o.id.as_str()).or_insert(&o.statement);
        }
        let mut personas = HashMap::new();
        for p in &set.personas {
            personas.entry(p.id.as_str()).or_insert(p.name.as_str());
        }
        Names { outputs, personas }
    }

    pub(super) fn output(&self, id: &'a str) -> Option<&'a crate::base::Text> {
        self.outputs.get(id).copied()
    }

    pub(super) fn persona(&self, id: &'a str) -> &'a str {
        self.personas.get(id).copied().unwrap_or(id)
    }
}

pub(super) fn estimate(e: &Estimate, tov: &TheoryOfValue, set: &PersonaSet, lang: Lang) -> Report {
    let nl = lang == Lang::Nl;
    let t = |a: &'static str, b: &'static str| if nl { a } else { b };
    let names = Names::new(tov, set);
    let mut blocks = vec![Block::Para(format!(
        "{} {} · {} {} · {} {}",
        t("ToV", "ToV"),
        e.tov,
        t("persona's", "personas"),
        e.persona_set,
        t("telling", "census"),
        e.census
    ))];
    blocks.push(Block::Heading(t(
        "Toegevoegde waarde per output",
        "Added value per output",
    )));
    let max = e.outputs.iter().map(|o| o.count).max().unwrap_or(0).max(1);
    let rows = e
        .outputs
        .iter()
        .map(|o| {
            let statement = names
                .output(o.output.as_str())
                .map_or(o.output.to_string(), |x| x.get(lang).to_owned());
            let bar = "█".repeat(
                usize::try_from(o.count.saturating_mul(20) / max)
                    .unwrap_or(20)
                    .clamp(1, 20),
            );
            let unit = if o.level == Level::Collective {
                t(" wijken", " neighbourhoods")
            } else {
                ""
            };
            vec![
                Cell::plain(statement),
                Cell::plain(format!("{}{unit}", o.count)),
                Cell::plain(o.improvement.to_string()),
                Cell::plain(o.stabilisation.to_string()),
                Cell::plain(o.slower_decline.to_string()),
                Cell::plain(decimal(o.mean_strength().unwrap_or(0.0), lang)),
                Cell::plain(bar),
            ]
        })
        .collect();
    blocks.push(Block::Table {
        columns: vec![
            col(t("output", "output"), false),
            col(t("aantal", "count"), true),
            col(t("verbetering", "improvement"), true),
            col(t("stabilisatie", "stabilisation"), true),
            col(t("minder snelle achteruitgang", "slower decline"), true),
            col(t("gem. sterkte", "mean strength"), true),
            Column {
                head: "",
                numeric: false,
                bar: true,
            },
        ],
        rows,
    });
    blocks.push(Block::Heading(t(
        "Voorkomen zorg- en ondersteuningskosten",
        "Care and support costs avoided",
    )));
    // The sources' framing: avoided costs are a by-product of the added value above, said
    // before their figures and again after the last of them.
    blocks.push(Block::Para(super::money::bijvangst(lang).to_owned()));
    let mut rows: Vec<Vec<Cell>> = e
        .care_lines
        .iter()
        .map(|l| {
            vec![
                Cell::plain(names.persona(l.persona.as_str())),
                Cell::plain(l.label.get(lang)),
                Cell::plain(l.people.to_string()),
                Cell::plain(l.yearly_cost.format(lang)),
                Cell::plain(l.gross.format(lang)),
                Cell::plain(l.net.format(lang)),
            ]
        })
        .collect();
    rows.push(vec![
        Cell::strong(t("totaal", "total")),
        Cell::plain(""),
        Cell::plain(""),
        Cell::plain(""),
        Cell::strong(e.gross.format(lang)),
        Cell::strong(e.net.format(lang)),
    ]);
    blocks.push(Block::Table {
        columns: vec![
            col(t("persona", "persona"), false),
            col(t("zorg", "care"), false),
            col(t("mensen", "people"), true),
            col(t("per persoon per jaar", "per person per year"), true),
            col(t("bruto", "gross"), true),
            col(t("netto", "net"), true),
        ],
        rows,
    });
    blocks.push(Block::Heading(t(
        "Per regel, stap voor stap (per persoon, dan × mensen)",
        "Line by line, step by step (per person, then × people)",
    )));
    for l in &e.care_lines {
        blocks.push(Block::Sub(format!(
            "{} — {}",
            names.persona(l.persona.as_str()),
            l.label.get(lang)
        )));
        let mut items = vec![format!(
            "{} {}; {} {}; {} {}; {} {}",
            t("kosten per jaar", "yearly cost"),
            l.yearly_cost.format(lang),
            t("na deadweight", "after deadweight"),
            l.after_deadweight.format(lang),
            t("na attributie", "after attribution"),
            l.after_attribution.format(lang),
            t("na verplaatsing", "after displacement"),
            l.after_displacement.format(lang)
        )];
        for y in &l.years {
            items.push(format!(
                "{} {}: {} → {} {}",
                t("jaar", "year"),
                y.year,
                y.value.format(lang),
                y.present_value.format(lang),
                t("(contante waarde)", "(present value)")
            ));
        }
        items.push(format!(
            "{}: {} × {} = {}; {}: {} × {} = {}",
            t("bruto", "gross"),
            l.people,
            l.unit_gross.format(lang),
            l.gross.format(lang),
            t("netto", "net"),
            l.people,
            l.unit_net.format(lang),
            l.net.format(lang)
        ));
        blocks.push(Block::List(items));
    }
    blocks.push(Block::Para(format!(
        "{}: {}",
        t("Kosten van de organisatie", "The organisation's costs"),
        e.organisation_cost.format(lang)
    )));
    if let Some(r) = e.net_per_euro() {
        blocks.push(Block::Para(format!(
            "{}: {}",
            t(
                "Netto voorkomen kosten per euro",
                "Net costs avoided per euro"
            ),
            decimal(r, lang)
        )));
        blocks.push(Block::Para(super::money::bijvangst(lang).to_owned()));
    }
    Report {
        title: t("Waardeschatting", "Value estimate"),
        blocks,
    }
}
