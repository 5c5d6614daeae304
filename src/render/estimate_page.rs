//! The value estimate report as blocks of text, tables and lists, written once and rendered
//! as Markdown or HTML. Every string in a block is text and every table the one table type:
//! the renderers escape the text for their context and add the markup themselves.

use super::figure::Figure;
use super::money::bijvangst;
use super::table::{Align, Cell, Table};
use crate::base::Lang;
use crate::model::{Level, TheoryOfValue};
use crate::value::{CareLine, Estimate, PersonaSet};
use std::collections::HashMap;

pub(super) enum Block {
    /// A section heading.
    Heading(&'static str),
    /// A paragraph.
    Para(String),
    /// A sub-heading naming a line of the estimate (bold in Markdown).
    Sub(String),
    /// A bulleted list.
    List(Vec<String>),
    /// A table; a column of text bars is shown in Markdown only.
    Table(Table),
}

pub(super) struct Report {
    pub(super) title: &'static str,
    pub(super) blocks: Vec<Block>,
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

/// The value estimate report: the added value per output, the care costs avoided with the
/// framing of [`bijvangst`], every line step by step, and the organisation's costs.
pub(super) fn estimate(e: &Estimate, tov: &TheoryOfValue, set: &PersonaSet, lang: Lang) -> Report {
    let names = Names::new(tov, set);
    let mut blocks = vec![Block::Para(format!(
        "{} {} · {} {} · {} {}",
        lang.pick("ToV", "ToV"),
        e.tov,
        lang.pick("persona's", "personas"),
        e.persona_set,
        lang.pick("telling", "census"),
        e.census
    ))];
    blocks.push(Block::Heading(
        lang.pick("Toegevoegde waarde per output", "Added value per output"),
    ));
    blocks.push(Block::Table(outputs_table(e, &names, lang)));
    blocks.push(Block::Heading(lang.pick(
        "Voorkomen zorg- en ondersteuningskosten",
        "Care and support costs avoided",
    )));
    // The sources' framing: avoided costs are a by-product of the added value above, said
    // before their figures and again after the last of them.
    blocks.push(Block::Para(bijvangst(lang).to_owned()));
    blocks.push(Block::Table(care_table(e, &names, lang)));
    blocks.push(Block::Heading(lang.pick(
        "Per regel, stap voor stap (per persoon, dan × mensen)",
        "Line by line, step by step (per person, then × people)",
    )));
    for l in &e.care_lines {
        blocks.push(Block::Sub(format!(
            "{} — {}",
            names.persona(l.persona.as_str()),
            l.label.get(lang)
        )));
        blocks.push(Block::List(steps(l, lang)));
    }
    blocks.push(Block::Para(format!(
        "{}: {}",
        lang.pick("Kosten van de organisatie", "The organisation's costs"),
        e.organisation_cost.format(lang)
    )));
    if let Some(r) = e.net_per_euro() {
        blocks.push(Block::Para(format!(
            "{}: {}",
            lang.pick(
                "Netto voorkomen kosten per euro",
                "Net costs avoided per euro"
            ),
            Figure::decimal(r, 2, lang).as_str()
        )));
        blocks.push(Block::Para(bijvangst(lang).to_owned()));
    }
    Report {
        title: lang.pick("Waardeschatting", "Value estimate"),
        blocks,
    }
}

/// The added value per output: the people (or neighbourhoods) reached, their changes, the
/// mean strength, and a text bar of the count.
fn outputs_table(e: &Estimate, names: &Names<'_>, lang: Lang) -> Table {
    let mut table = Table::new(&[
        (lang.pick("output", "output"), Align::Left),
        (lang.pick("aantal", "count"), Align::Right),
        (lang.pick("verbetering", "improvement"), Align::Right),
        (lang.pick("stabilisatie", "stabilisation"), Align::Right),
        (
            lang.pick("minder snelle achteruitgang", "slower decline"),
            Align::Right,
        ),
        (lang.pick("gem. sterkte", "mean strength"), Align::Right),
    ])
    .with_bars("")
    .aligned_heads();
    let max = e.outputs.iter().map(|o| o.count).max().unwrap_or(0).max(1);
    for o in &e.outputs {
        let statement = names
            .output(o.output.as_str())
            .map_or(o.output.to_string(), |x| x.get(lang).to_owned());
        let bar = usize::try_from(o.count.saturating_mul(20) / max)
            .unwrap_or(20)
            .clamp(1, 20);
        let unit = match o.level {
            Level::Individual => "",
            Level::Collective => lang.pick(" wijken", " neighbourhoods"),
        };
        table.row(vec![
            Cell::text(&statement),
            Cell::count(o.count).and_words(unit),
            Cell::count(o.improvement),
            Cell::count(o.stabilisation),
            Cell::count(o.slower_decline),
            Cell::figure(Figure::decimal(o.mean_strength().unwrap_or(0.0), 2, lang)),
            Cell::bar(bar),
        ]);
    }
    table
}

/// The care costs avoided per line, with the total gross and net in bold.
fn care_table(e: &Estimate, names: &Names<'_>, lang: Lang) -> Table {
    let mut table = Table::new(&[
        (lang.pick("persona", "persona"), Align::Left),
        (lang.pick("zorg", "care"), Align::Left),
        (lang.pick("mensen", "people"), Align::Right),
        (
            lang.pick("per persoon per jaar", "per person per year"),
            Align::Right,
        ),
        (lang.pick("bruto", "gross"), Align::Right),
        (lang.pick("netto", "net"), Align::Right),
    ])
    .aligned_heads();
    let money = |m| Cell::figure(Figure::money(m, lang));
    for l in &e.care_lines {
        table.row(vec![
            Cell::text(names.persona(l.persona.as_str())),
            Cell::text(l.label.get(lang)),
            Cell::count(l.people),
            money(l.yearly_cost),
            money(l.gross),
            money(l.net),
        ]);
    }
    table.row(vec![
        Cell::words(lang.pick("totaal", "total")).strong(),
        Cell::empty(),
        Cell::empty(),
        Cell::empty(),
        money(e.gross).strong(),
        money(e.net).strong(),
    ]);
    table
}

/// One line of care step by step: the yearly cost after each correction, every year's value
/// and present value, and gross and net as people × the amount per person.
fn steps(l: &CareLine, lang: Lang) -> Vec<String> {
    let mut items = vec![format!(
        "{} {}; {} {}; {} {}; {} {}",
        lang.pick("kosten per jaar", "yearly cost"),
        l.yearly_cost.format(lang),
        lang.pick("na deadweight", "after deadweight"),
        l.after_deadweight.format(lang),
        lang.pick("na attributie", "after attribution"),
        l.after_attribution.format(lang),
        lang.pick("na verplaatsing", "after displacement"),
        l.after_displacement.format(lang)
    )];
    for y in &l.years {
        items.push(format!(
            "{} {}: {} → {} {}",
            lang.pick("jaar", "year"),
            y.year,
            y.value.format(lang),
            y.present_value.format(lang),
            lang.pick("(contante waarde)", "(present value)")
        ));
    }
    items.push(format!(
        "{}: {} × {} = {}; {}: {} × {} = {}",
        lang.pick("bruto", "gross"),
        l.people,
        l.unit_gross.format(lang),
        l.gross.format(lang),
        lang.pick("netto", "net"),
        l.people,
        l.unit_net.format(lang),
        l.net.format(lang)
    ));
    items
}
