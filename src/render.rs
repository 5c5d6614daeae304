//! Readable renderings: a ToV as a Mermaid flowchart or a Markdown outline, and a value
//! estimate as a Markdown report.

use crate::{Estimate, Lang, Layer, Level, PersonaSet, Text, TheoryOfValue};
use std::fmt::Write;

fn esc(s: &str) -> String {
    s.replace('"', "#quot;").replace('\n', " ")
}

fn short(text: &Text, lang: Lang, max: usize) -> String {
    let s = text.get(lang);
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let cut: String = s.chars().take(max).collect();
        format!("{}…", cut.trim_end())
    }
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
/// use theory_of_value::{national, render, Lang};
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
            let items: Vec<(&crate::Id, &Text)> = match layer {
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
    let _ = writeln!(
        out,
        "  subgraph L_activity[\"{}\"]\n    direction LR",
        esc(&layer_title(Layer::Activity))
    );
    for a in &tov.activities {
        let _ = writeln!(
            out,
            "    {}[\"{}\"]",
            node(a.id.as_str()),
            esc(&short(&a.display_label(), lang, 60))
        );
    }
    out.push_str("  end\n");
    let _ = writeln!(
        out,
        "  subgraph L_input[\"{}\"]\n    direction LR",
        esc(&layer_title(Layer::Input))
    );
    for i in &tov.inputs {
        let _ = writeln!(
            out,
            "    {}[\"{}\"]",
            node(i.id.as_str()),
            esc(&short(&i.display_label(), lang, 60))
        );
    }
    out.push_str("  end\n");
    // Links point up the chain: what an element contributes to.
    let mut edge = |from: &str, targets: &[crate::Id], all: &[&crate::Id], layer: &str| {
        if !all.is_empty() && targets.len() == all.len() && all.iter().all(|t| targets.contains(t))
        {
            let _ = writeln!(out, "  {} --> L_{layer}", node(from));
        } else {
            for t in targets {
                let _ = writeln!(out, "  {} --> {}", node(from), node(t.as_str()));
            }
        }
    };
    let outcomes: Vec<&crate::Id> = tov.outcomes.iter().map(|o| &o.id).collect();
    let outputs: Vec<&crate::Id> = tov.outputs.iter().map(|o| &o.id).collect();
    let activities: Vec<&crate::Id> = tov.activities.iter().map(|o| &o.id).collect();
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

/// The ToV as a Markdown outline: title, scope, authors, then each layer with its question.
///
/// ```
/// use theory_of_value::{national, render, Lang};
/// let md = render::markdown(national(), Lang::En);
/// assert!(md.contains("## Output — How can we measure it?"));
/// assert!(md.contains("- Less loneliness"));
/// ```
pub fn markdown(tov: &TheoryOfValue, lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    let mut out = format!("# {}\n\n", tov.title.get(lang));
    let scope = match &tov.scope.organisation {
        Some(o) => format!("{} ({})", o, tov.scope.municipalities.join(", ")),
        None => tov.scope.level.label().get(lang).to_owned(),
    };
    let _ = writeln!(
        out,
        "*{}: {scope}; {} {}, {}*\n",
        if nl { "Reikwijdte" } else { "Scope" },
        if nl { "versie" } else { "version" },
        tov.version,
        tov.date
    );
    if !tov.authors.is_empty() {
        let _ = writeln!(out, "{}:", if nl { "Opgesteld door" } else { "Drafted by" });
        for a in &tov.authors {
            let mark = if a.lived_experience {
                if nl {
                    " (ervaringskennis)"
                } else {
                    " (lived experience)"
                }
            } else {
                ""
            };
            let _ = writeln!(out, "- {}{mark}", a.name);
        }
        out.push('\n');
    }
    let heading = |out: &mut String, layer: Layer| {
        let _ = writeln!(
            out,
            "## {} — {}\n",
            layer.label().get(lang),
            layer.question().get(lang)
        );
    };
    heading(&mut out, Layer::Impact);
    if let Some(i) = &tov.impact {
        let _ = writeln!(out, "{}\n", i.statement.get(lang));
    }
    heading(&mut out, Layer::Outcome);
    for o in &tov.outcomes {
        let _ = writeln!(
            out,
            "- **{}**: {}",
            o.level.label().get(lang),
            o.statement.get(lang)
        );
    }
    out.push('\n');
    heading(&mut out, Layer::Output);
    for level in Level::ALL {
        let items: Vec<_> = tov.outputs.iter().filter(|o| o.level == level).collect();
        if items.is_empty() {
            continue;
        }
        let _ = writeln!(out, "### {}\n", level.label().get(lang));
        for o in items {
            let kinds: Vec<&str> = o
                .contributions
                .iter()
                .map(|k| k.label().get(lang))
                .collect();
            let _ = writeln!(out, "- {} *({})*", o.statement.get(lang), kinds.join(", "));
        }
        out.push('\n');
    }
    heading(&mut out, Layer::Activity);
    for a in &tov.activities {
        let block = if a.kind.building_block().is_some() {
            if nl {
                " — bouwsteen"
            } else {
                " — building block"
            }
        } else {
            ""
        };
        let _ = writeln!(out, "- {}{block}", a.display_label().get(lang));
    }
    out.push('\n');
    heading(&mut out, Layer::Input);
    for i in &tov.inputs {
        let _ = writeln!(
            out,
            "- {}",
            i.description
                .as_ref()
                .unwrap_or(&i.display_label())
                .get(lang)
        );
    }
    if !tov.reach.is_empty() {
        let _ = writeln!(
            out,
            "\n## {}\n",
            if nl {
                "Bereik (geen output)"
            } else {
                "Reach (not output)"
            }
        );
        for r in &tov.reach {
            let _ = writeln!(
                out,
                "- {}",
                r.label
                    .clone()
                    .unwrap_or_else(|| r.kind.label().into())
                    .get(lang)
            );
        }
    }
    out
}

/// A value estimate as a Markdown report a person can check by hand: people per output (with a
/// bar per output), and care costs avoided line by line, gross and net.
///
/// ```
/// use theory_of_value::{example, national, render, Lang};
/// let md = render::estimate_markdown(example::estimate(), national(), example::persona_set(), Lang::Nl);
/// assert!(md.contains("€ 151.802,40"));
/// ```
pub fn estimate_markdown(
    e: &Estimate,
    tov: &TheoryOfValue,
    set: &PersonaSet,
    lang: Lang,
) -> String {
    let nl = lang == Lang::Nl;
    let t = |a: &'static str, b: &'static str| if nl { a } else { b };
    let mut out = format!("# {}\n\n", t("Waardeschatting", "Value estimate"));
    let _ = writeln!(
        out,
        "{} `{}` · {} `{}` · {} `{}`\n",
        t("ToV", "ToV"),
        e.tov,
        t("persona's", "personas"),
        e.persona_set,
        t("telling", "census"),
        e.census
    );
    let _ = writeln!(
        out,
        "## {}\n",
        t("Toegevoegde waarde per output", "Added value per output")
    );
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} | |",
        t("output", "output"),
        t("aantal", "count"),
        t("verbetering", "improvement"),
        t("stabilisatie", "stabilisation"),
        t("minder snelle achteruitgang", "slower decline"),
        t("gem. sterkte", "mean strength")
    );
    out.push_str("|---|---:|---:|---:|---:|---:|---|\n");
    let max = e.outputs.iter().map(|o| o.count).max().unwrap_or(0).max(1);
    for o in &e.outputs {
        let statement = tov
            .outputs
            .iter()
            .find(|x| x.id == o.output)
            .map_or(o.output.to_string(), |x| x.statement.get(lang).to_owned());
        let bar = "█".repeat(
            usize::try_from(o.count.saturating_mul(20) / max)
                .unwrap_or(20)
                .max(1),
        );
        let unit = if o.level == Level::Collective {
            t(" wijken", " neighbourhoods")
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "| {statement} | {}{unit} | {} | {} | {} | {:.2} | `{bar}` |",
            o.count,
            o.improvement,
            o.stabilisation,
            o.slower_decline,
            o.mean_strength().unwrap_or(0.0)
        );
    }
    let _ = writeln!(
        out,
        "\n## {}\n",
        t(
            "Voorkomen zorg- en ondersteuningskosten",
            "Care and support costs avoided"
        )
    );
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} |",
        t("persona", "persona"),
        t("zorg", "care"),
        t("mensen", "people"),
        t("per persoon per jaar", "per person per year"),
        t("bruto", "gross"),
        t("netto", "net")
    );
    out.push_str("|---|---|---:|---:|---:|---:|\n");
    for l in &e.care_lines {
        let name = set
            .persona(l.persona.as_str())
            .map_or(l.persona.as_str(), |p| p.name.as_str());
        let _ = writeln!(
            out,
            "| {name} | {} | {} | {} | {} | {} |",
            l.label.get(lang),
            l.people,
            l.yearly_cost.format(lang),
            l.gross.format(lang),
            l.net.format(lang)
        );
    }
    let _ = writeln!(
        out,
        "| **{}** | | | | **{}** | **{}** |\n",
        t("totaal", "total"),
        e.gross.format(lang),
        e.net.format(lang)
    );
    let _ = writeln!(
        out,
        "{}: {}",
        t("Kosten van de organisatie", "The organisation's costs"),
        e.organisation_cost.format(lang)
    );
    if let Some(r) = e.net_per_euro() {
        let _ = writeln!(
            out,
            "\n{}: {r:.2}",
            t(
                "Netto voorkomen kosten per euro",
                "Net costs avoided per euro"
            )
        );
    }
    out
}
