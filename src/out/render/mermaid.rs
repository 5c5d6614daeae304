//! The mermaid rendering.

use super::short;
use crate::base::{Lang, Text};
use crate::model::{Layer, Level, TheoryOfValue};
use std::fmt::Write;

fn esc(s: &str) -> String {
    s.replace('"', "#quot;").replace('\n', " ")
}

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
/// ```
/// use theory_of_value::{national, Lang};
/// use theory_of_value::out::render;
/// let m = render::mermaid(national(), Lang::Nl);
/// assert!(m.starts_with("flowchart TB"));
/// assert!(m.contains("Wat willen we bereiken in de samenleving?"));
/// ```
pub fn mermaid(tov: &TheoryOfValue, lang: Lang) -> String {
    let mut out = String::from("flowchart TB\n");
    let layer_title = |layer: Layer| {
        format!(
            "{} — {}",
            layer.label().get(lang),
            layer.question().get(lang)
        )
    };
    let level_title = |level: Level| level.label().get(lang);
    let _ = writeln!(
        out,
        "  subgraph L_impact[\"{}\"]",
        esc(&layer_title(Layer::Impact))
    );
    if let Some(i) = &tov.impact {
        let _ = writeln!(
            out,
            "    {}[\"{}\"]",
            node(i.id.as_str()),
            esc(&short(&i.statement, lang, 120))
        );
    }
    out.push_str("  end\n");
    for (layer, key) in [(Layer::Outcome, "outcome"), (Layer::Output, "output")] {
        let _ = writeln!(
            out,
            "  subgraph L_{key}[\"{}\"]\n    direction LR",
            esc(&layer_title(layer))
        );
        for level in Level::ALL {
            let items: Vec<(&crate::model::Id, &Text)> = match layer {
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
            let _ = writeln!(
                out,
                "    subgraph L_{key}_{level_id}[\"{}\"]",
                esc(level_title(level))
            );
            for (id, text) in items {
                let _ = writeln!(
                    out,
                    "      {}[\"{}\"]",
                    node(id.as_str()),
                    esc(&short(
                        text,
                        lang,
                        if layer == Layer::Outcome { 160 } else { 80 }
                    ))
                );
                let _ = writeln!(
                    out,
                    "      class {} {}",
                    node(id.as_str()),
                    if level == Level::Individual {
                        "individual"
                    } else {
                        "collective"
                    }
                );
            }
            out.push_str("    end\n");
        }
        out.push_str("  end\n");
    }
    let flat_layer =
        |out: &mut String, key: &str, layer: Layer, items: Vec<(&crate::model::Id, Text)>| {
            let _ = writeln!(
                out,
                "  subgraph L_{key}[\"{}\"]\n    direction LR",
                esc(&layer_title(layer))
            );
            for (id, label) in items {
                let _ = writeln!(
                    out,
                    "    {}[\"{}\"]",
                    node(id.as_str()),
                    esc(&short(&label, lang, 60))
                );
            }
            out.push_str("  end\n");
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
    let mut edge = |from: &str,
                    targets: &[crate::model::Id],
                    all: &[&crate::model::Id],
                    layer: &str| {
        if !all.is_empty() && targets.len() == all.len() && all.iter().all(|t| targets.contains(t))
        {
            let _ = writeln!(out, "  {} --> L_{layer}", node(from));
        } else {
            for t in targets {
                let _ = writeln!(out, "  {} --> {}", node(from), node(t.as_str()));
            }
        }
    };
    let outcomes: Vec<&crate::model::Id> = tov.outcomes.iter().map(|o| &o.id).collect();
    let outputs: Vec<&crate::model::Id> = tov.outputs.iter().map(|o| &o.id).collect();
    let activities: Vec<&crate::model::Id> = tov.activities.iter().map(|o| &o.id).collect();
    for o in &tov.outputs {
        edge(o.id.as_str(), &o.outcomes, &outcomes, "outcome");
    }
    for a in &tov.activities {
        edge(a.id.as_str(), &a.outputs, &outputs, "output");
    }
    for i in &tov.inputs {
        edge(i.id.as_str(), &i.activities, &activities, "activity");
    }
    out.push_str("  L_outcome --> L_impact\n");
    out.push_str("  classDef individual fill:#e8f1fb,stroke:#2b6cb0\n  classDef collective fill:#fdf0e6,stroke:#c05621\n");
    out
}
