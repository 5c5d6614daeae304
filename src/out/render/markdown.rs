//! The markdown rendering.

use super::decimal;
use crate::base::Lang;
use crate::model::{Layer, Level, TheoryOfValue};
use crate::value::{Estimate, PersonaSet};
use std::fmt::Write;

/// The ToV as a Markdown outline: title, scope, authors, then each layer with its question.
///
/// ```
/// use theory_of_value::{national, Lang};
/// use theory_of_value::out::render;
/// let md = render::markdown(national(), Lang::En);
/// assert!(md.contains("## Output — How can we measure it?"));
/// assert!(md.contains("- Less loneliness"));
/// ```
///
/// Partners and deliberate choices follow the layers, where the ToV has them:
///
/// ```
/// use theory_of_value::{Lang, Text};
/// use theory_of_value::model::{Choice, Partner, PartnerKind};
/// use theory_of_value::out::render;
/// let mut tov = theory_of_value::example::local_tov().clone();
/// tov.partners.push(Partner::new("Huisartsenpraktijk Zuid", Some(PartnerKind::GeneralPractitioners)));
/// tov.choices.push(Choice::new("respite".parse()?, Text::new("Er is een herstelhuis in de regio.")));
/// let md = render::markdown(&tov, Lang::Nl);
/// assert!(md.contains("- Huisartsenpraktijk Zuid (Huisartsen)"));
/// assert!(md.contains("## Bewuste keuzes"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
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
        "*{}: {scope}; {} {}, {} {}*\n",
        if nl { "Reikwijdte" } else { "Scope" },
        if nl { "versie" } else { "version" },
        tov.version,
        if nl { "datum" } else { "dated" },
        tov.date
    );
    if !tov.authors.is_empty() {
        let _ = writeln!(out, "{}:", if nl { "Opgesteld door" } else { "Drafted by" });
        for a in &tov.authors {
            let mark = if a.lived_experience {
                if nl {
                    " (ervaringskennis)"
                } else {
                    " (experiential knowledge)"
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
    partners_and_choices(&mut out, tov, lang);
    out
}

/// The partners (characteristic 10) and the deliberate choices, where the ToV has them.
fn partners_and_choices(out: &mut String, tov: &TheoryOfValue, lang: Lang) {
    use crate::base::escape::markdown as md;
    let nl = lang == Lang::Nl;
    if !tov.partners.is_empty() {
        out.push_str("\n## Partners\n\n");
        for p in &tov.partners {
            let kind = match (&p.label, p.kind) {
                (Some(label), _) => md(label.get(lang)),
                (None, Some(kind)) => kind.label().get(lang).to_owned(),
                (None, None) => String::new(),
            };
            let activities: Vec<String> = p
                .activities
                .iter()
                .map(|id| {
                    tov.activities
                        .iter()
                        .find(|a| a.id == *id)
                        .map_or_else(|| md(id.as_str()), |a| md(a.display_label().get(lang)))
                })
                .collect();
            let _ = write!(out, "- {}", md(&p.name));
            if !kind.is_empty() {
                let _ = write!(out, " ({kind})");
            }
            if !activities.is_empty() {
                let _ = write!(
                    out,
                    "{} {}",
                    if nl {
                        ": doet mee aan"
                    } else {
                        ": takes part in"
                    },
                    activities.join(", ")
                );
            }
            out.push('\n');
        }
    }
    if !tov.choices.is_empty() {
        let _ = writeln!(
            out,
            "\n## {}\n",
            if nl {
                "Bewuste keuzes"
            } else {
                "Deliberate choices"
            }
        );
        for c in &tov.choices {
            let _ = writeln!(
                out,
                "- `{}`: {}",
                c.element.as_str().replace('`', "'"),
                md(c.reason.get(lang))
            );
        }
    }
}

/// A value estimate as a Markdown report a person can check by hand: people per output (with a
/// bar per output), and care costs avoided line by line, gross and net.
///
/// ```
/// use theory_of_value::{example, national, Lang};
/// use theory_of_value::out::render;
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
