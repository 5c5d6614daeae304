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
    let flat_layer = |out: &mut String, key: &str, layer: Layer, items: Vec<(&crate::Id, Text)>| {
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
            "| {statement} | {}{unit} | {} | {} | {} | {} | `{bar}` |",
            o.count,
            o.improvement,
            o.stabilisation,
            o.slower_decline,
            decimal(o.mean_strength().unwrap_or(0.0), lang)
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
        "\n## {}\n",
        t(
            "Per regel, stap voor stap (per persoon, dan × mensen)",
            "Line by line, step by step (per person, then × people)"
        )
    );
    for l in &e.care_lines {
        let name = set
            .persona(l.persona.as_str())
            .map_or(l.persona.as_str(), |p| p.name.as_str());
        let _ = writeln!(out, "**{name} — {}**\n", l.label.get(lang));
        let _ = writeln!(
            out,
            "- {} {}; {} {}; {} {}; {} {}",
            t("kosten per jaar", "yearly cost"),
            l.yearly_cost.format(lang),
            t("na deadweight", "after deadweight"),
            l.after_deadweight.format(lang),
            t("na attributie", "after attribution"),
            l.after_attribution.format(lang),
            t("na verplaatsing", "after displacement"),
            l.after_displacement.format(lang)
        );
        for y in &l.years {
            let _ = writeln!(
                out,
                "- {} {}: {} → {} {}",
                t("jaar", "year"),
                y.year,
                y.value.format(lang),
                y.present_value.format(lang),
                t("(contante waarde)", "(present value)")
            );
        }
        let _ = writeln!(
            out,
            "- {}: {} × {} = {}; {}: {} × {} = {}\n",
            t("bruto", "gross"),
            l.people,
            l.unit_gross.format(lang),
            l.gross.format(lang),
            t("netto", "net"),
            l.people,
            l.unit_net.format(lang),
            l.net.format(lang)
        );
    }
    let _ = writeln!(
        out,
        "{}: {}",
        t("Kosten van de organisatie", "The organisation's costs"),
        e.organisation_cost.format(lang)
    );
    if let Some(r) = e.net_per_euro() {
        let _ = writeln!(
            out,
            "\n{}: {}",
            t(
                "Netto voorkomen kosten per euro",
                "Net costs avoided per euro"
            ),
            decimal(r, lang)
        );
    }
    out
}

/// A number with two decimals, with a decimal comma in Dutch.
fn decimal(x: f64, lang: Lang) -> String {
    let s = format!("{x:.2}");
    if lang == Lang::Nl {
        s.replace('.', ",")
    } else {
        s
    }
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Breaks `s` into lines of at most `width` characters, at spaces.
fn wrap(s: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let words = s.split_whitespace().flat_map(|word| {
        // A word longer than a line is broken with a hyphen.
        let chars: Vec<char> = word.chars().collect();
        let step = width.max(4) - 1;
        if chars.len() <= width {
            vec![word.to_owned()]
        } else {
            chars
                .chunks(step)
                .enumerate()
                .map(|(i, c)| {
                    let part: String = c.iter().collect();
                    if (i + 1) * step < chars.len() {
                        format!("{part}-")
                    } else {
                        part
                    }
                })
                .collect()
        }
    });
    for word in words {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

struct Box {
    id: String,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

/// The ToV as a standalone SVG picture of its chain: five bands from impact at the top to
/// input at the bottom, each titled with its question; outcomes and outputs split into the
/// individual (left, blue) and collective (right, orange) level; lines for the links. A link
/// from an element to every element of the next layer is drawn once, to the band. Sized for
/// an A4 page in landscape when printed.
///
/// ```
/// use theory_of_value::{example, render, Lang};
/// let svg = render::svg(example::local_tov(), Lang::Nl);
/// assert!(svg.starts_with("<svg"));
/// assert!(svg.contains("Hoe weten we of dat gelukt is?"));
/// ```
pub fn svg(tov: &TheoryOfValue, lang: Lang) -> String {
    const W: f64 = 1600.0;
    const PAD: f64 = 20.0;
    const LINE: f64 = 15.0;
    let mut boxes: Vec<Box> = Vec::new();
    let mut body = String::new();
    let mut y = PAD;
    let band = |body: &mut String, y: f64, h: f64, layer: Layer| {
        let _ = write!(
            body,
            r##"<rect x="{PAD}" y="{y}" width="{}" height="{h}" rx="8" fill="#f7f7f9" stroke="#c8c8d0"/><text x="{}" y="{}" font-size="15" font-weight="700" fill="#333">{} — {}</text>"##,
            W - 2.0 * PAD,
            PAD + 12.0,
            y + 20.0,
            xml(layer.label().get(lang)),
            xml(layer.question().get(lang))
        );
    };
    // Lays out `items` in a row within [x0, x1), returns the band height used.
    let row = |body: &mut String,
               boxes: &mut Vec<Box>,
               items: &[(String, Text, Option<Level>)],
               x0: f64,
               x1: f64,
               top: f64,
               chars: usize|
     -> f64 {
        if items.is_empty() {
            return 0.0;
        }
        let n = items.len() as f64;
        let gap = 10.0;
        let w = ((x1 - x0) - gap * (n - 1.0)) / n;
        let per_line = ((w - 12.0) / 6.2).max(8.0) as usize;
        let per_line = per_line.min(chars);
        let wrapped: Vec<Vec<String>> = items
            .iter()
            .map(|(_, t, _)| wrap(t.get(lang), per_line))
            .collect();
        let h = wrapped.iter().map(Vec::len).max().unwrap_or(1) as f64 * LINE + 14.0;
        for (i, ((id, _, level), lines)) in items.iter().zip(wrapped).enumerate() {
            let x = x0 + i as f64 * (w + gap);
            let (fill, stroke) = match level {
                Some(Level::Individual) => ("#e8f1fb", "#2b6cb0"),
                Some(Level::Collective) => ("#fdf0e6", "#c05621"),
                None => ("#ffffff", "#666"),
            };
            let _ = write!(
                body,
                r##"<rect x="{x:.1}" y="{top:.1}" width="{w:.1}" height="{h:.1}" rx="5" fill="{fill}" stroke="{stroke}"/>"##
            );
            for (k, line) in lines.iter().enumerate() {
                let _ = write!(
                    body,
                    r##"<text x="{:.1}" y="{:.1}" font-size="12" fill="#111">{}</text>"##,
                    x + 6.0,
                    top + 17.0 + k as f64 * LINE,
                    xml(line)
                );
            }
            boxes.push(Box {
                id: id.clone(),
                x,
                y: top,
                w,
                h,
            });
        }
        h
    };
    let mut bands: Vec<(Layer, f64, f64)> = Vec::new();
    // Impact
    let items: Vec<(String, Text, Option<Level>)> = tov
        .impact
        .iter()
        .map(|i| (i.id.to_string(), i.statement.clone(), None))
        .collect();
    let h = row(
        &mut body,
        &mut boxes,
        &items,
        PAD + 12.0,
        W - PAD - 12.0,
        y + 32.0,
        200,
    );
    bands.push((Layer::Impact, y, h + 44.0));
    y += h + 56.0;
    for layer in [Layer::Outcome, Layer::Output] {
        let mut heights = Vec::new();
        // Each level gets width in proportion to its number of elements (at least a quarter).
        let count = |level: Level| match layer {
            Layer::Outcome => tov.outcomes.iter().filter(|o| o.level == level).count(),
            _ => tov.outputs.iter().filter(|o| o.level == level).count(),
        } as f64;
        let (ni, nc) = (count(Level::Individual), count(Level::Collective));
        let share = if ni + nc == 0.0 {
            0.5
        } else {
            (ni / (ni + nc)).clamp(0.25, 0.75)
        };
        let split = PAD + 12.0 + (W - 2.0 * PAD - 24.0) * share;
        for (level, x0, x1) in [
            (Level::Individual, PAD + 12.0, split - 6.0),
            (Level::Collective, split + 6.0, W - PAD - 12.0),
        ] {
            let items: Vec<(String, Text, Option<Level>)> = match layer {
                Layer::Outcome => tov
                    .outcomes
                    .iter()
                    .filter(|o| o.level == level)
                    .map(|o| (o.id.to_string(), o.statement.clone(), Some(level)))
                    .collect(),
                _ => tov
                    .outputs
                    .iter()
                    .filter(|o| o.level == level)
                    .map(|o| (o.id.to_string(), o.statement.clone(), Some(level)))
                    .collect(),
            };
            let _ = write!(
                body,
                r##"<text x="{x0}" y="{:.1}" font-size="12" font-style="italic" fill="#555">{}</text>"##,
                y + 42.0,
                xml(level.label().get(lang))
            );
            heights.push(row(
                &mut body,
                &mut boxes,
                &items,
                x0,
                x1,
                y + 50.0,
                if layer == Layer::Outcome { 120 } else { 34 },
            ));
        }
        let h = heights.into_iter().fold(0.0, f64::max);
        bands.push((layer, y, h + 62.0));
        y += h + 74.0;
    }
    for layer in [Layer::Activity, Layer::Input] {
        let items: Vec<(String, Text, Option<Level>)> = match layer {
            Layer::Activity => tov
                .activities
                .iter()
                .map(|a| (a.id.to_string(), a.display_label(), None))
                .collect(),
            _ => tov
                .inputs
                .iter()
                .map(|i| (i.id.to_string(), i.display_label(), None))
                .collect(),
        };
        let h = row(
            &mut body,
            &mut boxes,
            &items,
            PAD + 12.0,
            W - PAD - 12.0,
            y + 32.0,
            30,
        );
        bands.push((layer, y, h + 44.0));
        y += h + 56.0;
    }
    let mut backgrounds = String::new();
    for (layer, top, h) in &bands {
        band(&mut backgrounds, *top, *h, *layer);
    }
    // Links, drawn from the top edge of the element to the bottom edge of what it serves.
    let find = |id: &str| boxes.iter().find(|b| b.id == id);
    let band_of = |layer: Layer| {
        bands
            .iter()
            .find(|(l, ..)| *l == layer)
            .map(|(_, top, h)| (*top, *h))
    };
    let mut links = String::new();
    let mut link = |from: &str, to: &[crate::Id], all: &[&crate::Id], layer: Layer| {
        let Some(f) = find(from) else { return };
        let (fx, fy) = (f.x + f.w / 2.0, f.y);
        let whole = !all.is_empty() && to.len() == all.len() && all.iter().all(|t| to.contains(t));
        if whole {
            if let Some((top, h)) = band_of(layer) {
                let _ = write!(
                    links,
                    r##"<line x1="{fx:.1}" y1="{fy:.1}" x2="{fx:.1}" y2="{:.1}" stroke="#888" stroke-width="1.2" marker-end="url(#arrow)"/>"##,
                    top + h
                );
            }
            return;
        }
        for t in to {
            if let Some(b) = find(t.as_str()) {
                let _ = write!(
                    links,
                    r##"<line x1="{fx:.1}" y1="{fy:.1}" x2="{:.1}" y2="{:.1}" stroke="#888" stroke-width="1" opacity="0.7" marker-end="url(#arrow)"/>"##,
                    b.x + b.w / 2.0,
                    b.y + b.h
                );
            }
        }
    };
    let outcomes: Vec<&crate::Id> = tov.outcomes.iter().map(|o| &o.id).collect();
    let outputs: Vec<&crate::Id> = tov.outputs.iter().map(|o| &o.id).collect();
    let activities: Vec<&crate::Id> = tov.activities.iter().map(|o| &o.id).collect();
    for o in &tov.outputs {
        link(o.id.as_str(), &o.outcomes, &outcomes, Layer::Outcome);
    }
    for a in &tov.activities {
        link(a.id.as_str(), &a.outputs, &outputs, Layer::Output);
    }
    for i in &tov.inputs {
        link(i.id.as_str(), &i.activities, &activities, Layer::Activity);
    }
    if let (Some((_, _, _)), Some(impact)) = (
        bands.first(),
        tov.impact.as_ref().and_then(|i| find(i.id.as_str())),
    ) {
        if let Some((top, _)) = band_of(Layer::Outcome) {
            let _ = write!(
                links,
                r##"<line x1="{:.1}" y1="{top:.1}" x2="{:.1}" y2="{:.1}" stroke="#444" stroke-width="2" marker-end="url(#arrow)"/>"##,
                W / 2.0,
                W / 2.0,
                impact.y + impact.h
            );
        }
    }
    let height = y + PAD;
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {height:.0}" width="{W}" height="{height:.0}" font-family="system-ui, 'DejaVu Sans', sans-serif" role="img"><title>{}</title><defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#888"/></marker></defs><rect width="100%" height="100%" fill="#fff"/>{backgrounds}{links}{body}</svg>"##,
        xml(tov.title.get(lang))
    )
}

/// A standalone HTML page with the ToV's title, the SVG picture of its chain and the Markdown
/// outline's content, readable on screen and when printed.
///
/// ```
/// use theory_of_value::{national, render, Lang};
/// let page = render::html(national(), Lang::En);
/// assert!(page.starts_with("<!doctype html>"));
/// assert!(page.contains("<svg"));
/// ```
pub fn html(tov: &TheoryOfValue, lang: Lang) -> String {
    format!(
        r##"<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-family: system-ui, "DejaVu Sans", sans-serif; margin: 1.5rem; color: #111; }}
h1 {{ font-size: 1.6rem; margin: 0 0 .3rem; }}
.meta {{ color: #555; margin-bottom: 1rem; }}
svg {{ max-width: 100%; height: auto; }}
@media print {{ @page {{ size: A4 landscape; margin: 1cm; }} body {{ margin: 0; }} }}
</style>
</head>
<body>
<h1>{title}</h1>
<p class="meta">{scope} · {version} · {date}</p>
{svg}
</body>
</html>
"##,
        title = xml(tov.title.get(lang)),
        scope = xml(&tov.scope.organisation.clone().unwrap_or_else(|| tov
            .scope
            .level
            .label()
            .get(lang)
            .to_owned())),
        version = xml(&tov.version),
        date = tov.date,
        svg = svg(tov, lang),
    )
}

/// A value estimate as a standalone HTML report: a bar chart of the people (or neighbourhoods)
/// per output, a bar chart of the care costs avoided per line, gross against net, and the
/// tables a person can check by hand.
///
/// ```
/// use theory_of_value::{example, national, render, Lang};
/// let page = render::estimate_html(example::estimate(), national(), example::persona_set(), Lang::En);
/// assert!(page.contains("<svg"));
/// assert!(page.contains("€151,802.40"));
/// ```
pub fn estimate_html(e: &Estimate, tov: &TheoryOfValue, set: &PersonaSet, lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    let t = |a: &'static str, b: &'static str| if nl { a } else { b };
    // Chart 1: count per output.
    let max = e.outputs.iter().map(|o| o.count).max().unwrap_or(0).max(1) as f64;
    let row_h = 26.0;
    let label_w = 500.0;
    let bar_w = 320.0;
    let mut chart1 = String::new();
    for (i, o) in e.outputs.iter().enumerate() {
        let y = 10.0 + i as f64 * row_h;
        let statement = tov
            .outputs
            .iter()
            .find(|x| x.id == o.output)
            .map_or(o.output.to_string(), |x| short(&x.statement, lang, 70));
        let w = o.count as f64 / max * bar_w;
        let colour = if o.level == Level::Individual {
            "#2b6cb0"
        } else {
            "#c05621"
        };
        let unit = if o.level == Level::Collective {
            t(" wijken", " neighbourhoods")
        } else {
            ""
        };
        let _ = write!(
            chart1,
            r##"<text x="{:.0}" y="{:.1}" font-size="12" text-anchor="end">{}</text><rect x="{:.0}" y="{:.1}" width="{w:.1}" height="16" fill="{colour}"/><text x="{:.1}" y="{:.1}" font-size="12">{}{unit}</text>"##,
            label_w - 8.0,
            y + 12.0,
            xml(&statement),
            label_w,
            y,
            label_w + w + 6.0,
            y + 12.0,
            o.count
        );
    }
    let h1 = 20.0 + e.outputs.len() as f64 * row_h;
    // Chart 2: gross and net per care line.
    let max2 = e
        .care_lines
        .iter()
        .map(|l| l.gross.cents())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let mut chart2 = String::new();
    for (i, l) in e.care_lines.iter().enumerate() {
        let y = 10.0 + i as f64 * 2.0 * row_h;
        let name = set
            .persona(l.persona.as_str())
            .map_or(l.persona.as_str(), |p| p.name.as_str());
        let label = format!("{name}: {}", short(&l.label, lang, 50));
        let wg = l.gross.cents() as f64 / max2 * bar_w;
        let wn = l.net.cents() as f64 / max2 * bar_w;
        let _ = write!(
            chart2,
            r##"<text x="{lx:.0}" y="{:.1}" font-size="12" text-anchor="end">{}</text><rect x="{label_w}" y="{y:.1}" width="{wg:.1}" height="16" fill="#a0aec0"/><text x="{:.1}" y="{:.1}" font-size="12">{} {}</text><rect x="{label_w}" y="{:.1}" width="{wn:.1}" height="16" fill="#2f855a"/><text x="{:.1}" y="{:.1}" font-size="12">{} {}</text>"##,
            y + 12.0,
            xml(&label),
            label_w + wg + 6.0,
            y + 12.0,
            t("bruto", "gross"),
            xml(&l.gross.format(lang)),
            y + 20.0,
            label_w + wn + 6.0,
            y + 32.0,
            t("netto", "net"),
            xml(&l.net.format(lang)),
            lx = label_w - 8.0,
        );
    }
    let h2 = 20.0 + e.care_lines.len() as f64 * 2.0 * row_h;
    let tables = estimate_markdown(e, tov, set, lang);
    let mut html_tables = String::new();
    let mut in_table = false;
    // The Markdown report's text bars are replaced by the charts above.
    let mut drop_last = false;
    for line in tables.lines() {
        if let Some(cells) = line.strip_prefix('|').and_then(|l| l.strip_suffix('|')) {
            if cells.contains("---") {
                continue;
            }
            let mut cells: Vec<&str> = cells.split('|').collect();
            if !in_table {
                html_tables.push_str("<table>");
                in_table = true;
                drop_last = cells.last().is_some_and(|c| c.trim().is_empty());
            }
            if drop_last {
                cells.pop();
            }
            html_tables.push_str("<tr>");
            for c in cells {
                let c = c.trim().trim_matches('*').trim_matches('`');
                let numeric = c
                    .chars()
                    .next()
                    .is_some_and(|ch| ch.is_ascii_digit() || ch == '€');
                let _ = write!(
                    html_tables,
                    "<td{}>{}</td>",
                    if numeric { r#" class="n""# } else { "" },
                    xml(c)
                );
            }
            html_tables.push_str("</tr>");
        } else {
            if in_table {
                html_tables.push_str("</table>");
                in_table = false;
            }
            if let Some(h) = line.strip_prefix("## ") {
                let _ = write!(html_tables, "<h2>{}</h2>", xml(h));
            } else if let Some(item) = line.strip_prefix("- ") {
                let _ = write!(html_tables, "<li>{}</li>", xml(item));
            } else if let Some(strong) = line.strip_prefix("**").and_then(|l| l.strip_suffix("**"))
            {
                let _ = write!(html_tables, "<h3>{}</h3>", xml(strong));
            } else if !line.starts_with("# ") && !line.trim().is_empty() {
                let _ = write!(html_tables, "<p>{}</p>", xml(&line.replace('`', "")));
            }
        }
    }
    if in_table {
        html_tables.push_str("</table>");
    }
    format!(
        r##"<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-family: system-ui, "DejaVu Sans", sans-serif; margin: 1.5rem; color: #111; max-width: 70rem; }}
table {{ border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }}
td {{ border-bottom: 1px solid #ddd; padding: .25rem .5rem; }}
td.n {{ text-align: right; white-space: nowrap; }}
svg {{ max-width: 100%; height: auto; font-family: inherit; }}
@media print {{ @page {{ size: A4 portrait; margin: 1.5cm; }} body {{ margin: 0; }} }}
</style>
</head>
<body>
<h1>{title}</h1>
<p>{totals}</p>
<h2>{c1}</h2>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 {h1:.0}" width="1000" height="{h1:.0}">{chart1}</svg>
<h2>{c2}</h2>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 {h2:.0}" width="1000" height="{h2:.0}">{chart2}</svg>
{html_tables}
</body>
</html>
"##,
        title = t("Waardeschatting", "Value estimate"),
        totals = xml(&format!(
            "{}: {} · {}: {} · {}: {}",
            t("bruto voorkomen zorgkosten", "gross care costs avoided"),
            e.gross.format(lang),
            t("netto", "net"),
            e.net.format(lang),
            t("kosten organisatie", "organisation's costs"),
            e.organisation_cost.format(lang)
        )),
        c1 = t("Bereikte mensen per output", "People reached per output"),
        c2 = t(
            "Voorkomen zorgkosten per regel, bruto en netto",
            "Care costs avoided per line, gross and net"
        ),
    )
}
