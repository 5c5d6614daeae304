//! The Mermaid flowchart of a ToV.

use super::{covers_all, short};
use crate::base::write::{put, Mmd, Writer};
use crate::base::{Lang, Text};
use crate::model::{Id, Layer, Level, TheoryOfValue};

/// A Mermaid node ID for an element ID, one to one: `_` → `__`, `-` → `_h`, `.` → `_d`.
fn node(id: &str) -> String {
    format!(
        "n_{}",
        id.replace('_', "__").replace('-', "_h").replace('.', "_d")
    )
}

/// The ToV as a Mermaid flowchart, the chain turned around: impact at the top, then outcomes,
/// outputs, activities and inputs, each layer titled with its question, the two levels as
/// separate groups, and the links between them. A link from an element to every element of
/// the next layer is drawn once, to the layer.
///
/// Every label is escaped for Mermaid (quotes, `%%`, line breaks, HTML and Markdown
/// characters become Mermaid entity codes or spaces), so no text in the document can end a
/// label, add a statement such as `click`, or change the diagram's configuration, whatever
/// `securityLevel` the reader draws it with. The cost is linear in the number of elements and
/// links.
///
/// ```
/// use theory_of_value::base::Lang;
/// use theory_of_value::{model::national, render};
/// let m = render::mermaid(national(), Lang::Nl);
/// assert!(m.starts_with("flowchart TB"));
/// assert!(m.contains("Wat willen we bereiken in de samenleving?"));
/// ```
pub fn mermaid(tov: &TheoryOfValue, lang: Lang) -> String {
    let mut out = Writer::<Mmd>::new();
    out.lit("flowchart TB\n");
    impact(&mut out, tov, lang);
    for layer in [Layer::Outcome, Layer::Output] {
        levels(&mut out, tov, layer, lang);
    }
    let activities = tov.activities.iter().map(|a| (&a.id, a.display_label()));
    flat(&mut out, Layer::Activity, activities.collect(), lang);
    let inputs = tov.inputs.iter().map(|i| (&i.id, i.display_label()));
    flat(&mut out, Layer::Input, inputs.collect(), lang);
    links(&mut out, tov);
    out.lit("  L_outcome --> L_impact\n");
    out.lit("  classDef individual fill:#e8f1fb,stroke:#2b6cb0\n  classDef collective fill:#fdf0e6,stroke:#c05621\n");
    out.finish()
}

/// The key of a layer in the IDs of its subgraphs.
fn key(layer: Layer) -> &'static str {
    match layer {
        Layer::Impact => "impact",
        Layer::Outcome => "outcome",
        Layer::Output => "output",
        Layer::Activity => "activity",
        Layer::Input => "input",
    }
}

/// The opening of a layer's subgraph, titled with the layer and its question.
fn open(out: &mut Writer<Mmd>, layer: Layer, lang: Lang) {
    put!(
        out,
        "  subgraph L_",
        (key(layer)),
        "[\"",
        { layer.label().get(lang) },
        " — ",
        { layer.question().get(lang) },
        "\"]\n"
    );
}

/// The impact's subgraph.
fn impact(out: &mut Writer<Mmd>, tov: &TheoryOfValue, lang: Lang) {
    open(out, Layer::Impact, lang);
    if let Some(i) = &tov.impact {
        put!(
            out,
            "    ",
            { node(i.id.as_str()) },
            "[\"",
            { short(&i.statement, lang, 120) },
            "\"]\n"
        );
    }
    out.lit("  end\n");
}

/// The subgraph of the outcomes or the outputs, with a subgraph per level.
fn levels(out: &mut Writer<Mmd>, tov: &TheoryOfValue, layer: Layer, lang: Lang) {
    open(out, layer, lang);
    out.lit("    direction LR\n");
    for level in Level::ALL {
        let items: Vec<(&Id, &Text)> = match layer {
            Layer::Outcome => tov
                .outcomes
                .iter()
                .filter(|o| o.level == level)
                .map(|o| (&o.id, &o.statement))
                .collect(),
            _ => tov
                .outputs
                .iter()
                .filter(|o| o.level == level)
                .map(|o| (&o.id, &o.statement))
                .collect(),
        };
        if !items.is_empty() {
            level_group(out, layer, level, &items, lang);
        }
    }
    out.lit("  end\n");
}

/// The subgraph of one level of the outcomes or the outputs, each node of that level's class.
fn level_group(
    out: &mut Writer<Mmd>,
    layer: Layer,
    level: Level,
    items: &[(&Id, &Text)],
    lang: Lang,
) {
    let level_id = match level {
        Level::Individual => "individual",
        Level::Collective => "collective",
    };
    put!(
        out,
        "    subgraph L_",
        (key(layer)),
        "_",
        (level_id),
        "[\"",
        { level.label().get(lang) },
        "\"]\n"
    );
    let max = if layer == Layer::Outcome { 160 } else { 80 };
    for (id, text) in items {
        let n = node(id.as_str());
        put!(
            out,
            "      ",
            { n },
            "[\"",
            { short(text, lang, max) },
            "\"]\n      class ",
            { n },
            " ",
            (level_id),
            "\n"
        );
    }
    out.lit("    end\n");
}

/// The subgraph of the activities or the inputs.
fn flat(out: &mut Writer<Mmd>, layer: Layer, items: Vec<(&Id, Text)>, lang: Lang) {
    open(out, layer, lang);
    out.lit("    direction LR\n");
    for (id, label) in items {
        put!(
            out,
            "    ",
            { node(id.as_str()) },
            "[\"",
            { short(&label, lang, 60) },
            "\"]\n"
        );
    }
    out.lit("  end\n");
}

/// The links from `from` to `targets` of `layer` (all of which are `all`), pointing up the
/// chain; a link to every element of the layer once, to the layer.
fn edge(out: &mut Writer<Mmd>, from: &Id, targets: &[Id], all: &[&Id], layer: Layer) {
    if covers_all(targets, all) {
        put!(
            out,
            "  ",
            { node(from.as_str()) },
            " --> L_",
            (key(layer)),
            "\n"
        );
    } else {
        for t in targets {
            put!(
                out,
                "  ",
                { node(from.as_str()) },
                " --> ",
                { node(t.as_str()) },
                "\n"
            );
        }
    }
}

/// Every link: what an element contributes to.
fn links(out: &mut Writer<Mmd>, tov: &TheoryOfValue) {
    let outcomes: Vec<&Id> = tov.outcomes.iter().map(|o| &o.id).collect();
    let outputs: Vec<&Id> = tov.outputs.iter().map(|o| &o.id).collect();
    let activities: Vec<&Id> = tov.activities.iter().map(|o| &o.id).collect();
    for o in &tov.outputs {
        edge(out, &o.id, &o.outcomes, &outcomes, Layer::Outcome);
    }
    for a in &tov.activities {
        edge(out, &a.id, &a.outputs, &outputs, Layer::Output);
    }
    for i in &tov.inputs {
        edge(out, &i.id, &i.activities, &activities, Layer::Activity);
    }
}
