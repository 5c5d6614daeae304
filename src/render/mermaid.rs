//! The mermaid rendering.

use super::safe::{put, Mmd, Writer};
use super::{covers_all, short};
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
/// use theory_of_value::{national, Lang};
/// use theory_of_value::render;
/// let m = render::mermaid(national(), Lang::Nl);
/// assert!(m.starts_with("flowchart TB"));
/// assert!(m.contains("Wat willen we bereiken in de samenleving?"));
/// ```
pub fn mermaid(tov: &TheoryOfValue, lang: Lang) -> String {
    let mut out = Writer::<Mmd>::new();
    out.lit("flowchart TB\n");
    let layer_title = |out: &mut Writer<Mmd>, layer: Layer| {
        put!(out, { layer.label().get(lang) }, " — ", {
            layer.question().get(lang)
        });
    };
    out.lit("  subgraph L_impact[\"");
    layer_title(&mut out, Layer::Impact);
    out.lit("\"]\n");
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
    for layer in [Layer::Outcome, Layer::Output] {
        let key = if layer == Layer::Outcome {
            "outcome"
        } else {
            "output"
        };
        put!(out, "  subgraph L_", { key }, "[\"");
        layer_title(&mut out, layer);
        out.lit("\"]\n    direction LR\n");
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
            if items.is_empty() {
                continue;
            }
            let level_id = if level == Level::Individual {
                "individual"
            } else {
                "collective"
            };
            put!(
                out,
                "    subgraph L_",
                { key },
                "_",
                { level_id },
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
                    { level_id },
                    "\n"
                );
            }
            out.lit("    end\n");
        }
        out.lit("  end\n");
    }
    let flat_layer = |out: &mut Writer<Mmd>, key: &str, layer: Layer, items: Vec<(&Id, Text)>| {
        put!(out, "  subgraph L_", { key }, "[\"");
        layer_title(out, layer);
        out.lit("\"]\n    direction LR\n");
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
    };
    flat_layer(
        &mut out,
        "activity",
        Layer::Activity,
        tov.activities
            .iter()
            .map(|a| (&a.id, a.display_label()))
            .collect(),
    );
    flat_layer(
        &mut out,
        "input",
        Layer::Input,
        tov.inputs
            .iter()
            .map(|i| (&i.id, i.display_label()))
            .collect(),
    );
    // Links point up the chain: what an element contributes to.
    let mut edge = |from: &Id, targets: &[Id], all: &[&Id], layer: &str| {
        if covers_all(targets, all) {
            put!(
                out,
                "  ",
                { node(from.as_str()) },
                " --> L_",
                { layer },
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
    };
    let outcomes: Vec<&Id> = tov.outcomes.iter().map(|o| &o.id).collect();
    let outputs: Vec<&Id> = tov.outputs.iter().map(|o| &o.id).collect();
    let activities: Vec<&Id> = tov.activities.iter().map(|o| &o.id).collect();
    for o in &tov.outputs {
        edge(&o.id, &o.outcomes, &outcomes, "outcome");
    }
    for a in &tov.activities {
        edge(&a.id, &a.outputs, &outputs, "output");
    }
    for i in &tov.inputs {
        edge(&i.id, &i.activities, &activities, "activity");
    }
    out.lit("  L_outcome --> L_impact\n");
    out.lit("  classDef individual fill:#e8f1fb,stroke:#2b6cb0\n  classDef collective fill:#fdf0e6,stroke:#c05621\n");
    out.finish()
}
