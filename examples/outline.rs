//! The main job on embedded data: the national Theory of Value as an outline with its
//! validation report, then the bundled (fictional) example organisation: its value estimate,
//! line by line; its local ToV against the national one; its measurement plan; and its
//! self-assessment on the ten characteristics. Dutch by default, or English:
//! `cargo run --example outline -- en`.

use theory_of_value::{example, national, Lang, Layer, Level};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let lang: Lang = std::env::args().nth(1).as_deref().unwrap_or("nl").parse()?;
    let tov = national();
    println!("{}", tov.title.get(lang));
    println!("{}\n", "=".repeat(tov.title.get(lang).chars().count()));
    let heading = |layer: Layer| {
        println!(
            "{} — {}",
            layer.label().get(lang).to_uppercase(),
            layer.question().get(lang)
        )
    };
    heading(Layer::Impact);
    if let Some(impact) = &tov.impact {
        println!("  {}\n", impact.statement.get(lang));
    }
    heading(Layer::Outcome);
    for o in &tov.outcomes {
        println!(
            "  [{}] {}",
            o.level.label().get(lang),
            o.statement.get(lang)
        );
    }
    println!();
    heading(Layer::Output);
    for level in Level::ALL {
        println!("  {}:", level.label().get(lang));
        for o in tov.outputs.iter().filter(|o| o.level == level) {
            println!("  - {} ({})", o.statement.get(lang), o.id);
        }
    }
    println!();
    heading(Layer::Activity);
    for a in &tov.activities {
        let block = if a.kind.building_block().is_some() {
            match lang {
                Lang::Nl => " [bouwsteen]",
                Lang::En => " [building block]",
            }
        } else {
            ""
        };
        println!("  - {}{block}", a.display_label().get(lang));
    }
    println!();
    heading(Layer::Input);
    for i in &tov.inputs {
        let text = i.description.clone().unwrap_or_else(|| i.display_label());
        println!("  - {}", text.get(lang));
    }
    println!();
    println!(
        "{}",
        match lang {
            Lang::Nl => "VALIDATIE",
            Lang::En => "VALIDATION",
        }
    );
    print!("{}", tov.validate().render(lang));
    println!();
    estimate(lang);
    println!();
    measuring_stick(lang);
    Ok(())
}

/// The example organisation against the national ToV and its own measuring stick.
fn measuring_stick(lang: Lang) {
    let t = |nl: &'static str, en: &'static str| if lang == Lang::Nl { nl } else { en };
    let local = example::local_tov();
    println!(
        "{}",
        t(
            "LOKALE TOV TEGEN DE LANDELIJKE",
            "LOCAL TOV AGAINST THE NATIONAL ONE"
        )
    );
    let c = theory_of_value::compare(local, national());
    for cov in &c.coverage {
        let level = cov
            .level
            .map(|l| format!(" ({})", l.label().get(lang)))
            .unwrap_or_default();
        println!(
            "  {}{level}: {}/{}",
            cov.layer.label().get(lang),
            cov.covered,
            cov.total
        );
    }
    let gaps: Vec<String> = c.gaps().map(|g| g.reference.to_string()).collect();
    println!("  {}: {}", t("hiaten", "gaps"), gaps.join(", "));
    let additions: Vec<String> = c.additions.iter().map(|a| a.id.to_string()).collect();
    println!(
        "  {}: {}",
        t("eigen toevoegingen", "local additions"),
        additions.join(", ")
    );
    let ijk = theory_of_value::ijkpunt_coverage(local);
    for i in &ijk.ijkpunten {
        println!("  {}: {}", i.ijkpunt.label().get(lang), i.activities.len());
    }
    println!("\n{}", t("MEETPLAN", "MEASUREMENT PLAN"));
    print!(
        "{}",
        example::measurement_plan()
            .validate_against(local)
            .render(lang)
    );
    println!(
        "\n{}",
        t(
            "ZELFBEOORDELING OP DE TIEN KENMERKEN",
            "SELF-ASSESSMENT ON THE TEN CHARACTERISTICS"
        )
    );
    let now = example::assessment_2026();
    for g in now.summary() {
        println!(
            "  {}: {:.2}",
            g.group.label().get(lang),
            g.mean().unwrap_or(0.0)
        );
    }
    let change = now.changes_since(example::assessment_2025());
    for c in change.characteristics.iter().filter(|c| c.delta != 0) {
        println!(
            "  {} {}: {:+}",
            t("kenmerk", "characteristic"),
            c.item.number(),
            c.delta
        );
    }
    print!("{}", now.validate().render(lang));
}

fn estimate(lang: Lang) {
    let nl = lang == Lang::Nl;
    let (set, census, e) = (
        example::persona_set(),
        example::census(),
        example::estimate(),
    );
    let t = |nl_text: &'static str, en_text: &'static str| if nl { nl_text } else { en_text };
    println!(
        "{}",
        t(
            "SCHATTING — VOORBEELDORGANISATIE (FICTIEF)",
            "ESTIMATE — EXAMPLE ORGANISATION (FICTIONAL)"
        )
    );
    println!(
        "{} {} – {}",
        census.organisation, census.period.start, census.period.end
    );
    print!("{}", set.validate_against(national()).render(lang));
    print!("{}", census.validate_against(set).render(lang));
    println!("\n{}", t("Mensen per persona:", "People per persona:"));
    for c in &census.personas {
        let name = set
            .persona(c.persona.as_str())
            .map_or("?", |p| p.name.as_str());
        println!("  {name} ({}): {}", c.persona, c.people);
    }
    println!("\n{}", t("Toegevoegde waarde per output (aantal; verbetering/stabilisatie/minder snelle achteruitgang; gemiddelde sterkte 1–4):", "Added value per output (count; improvement/stabilisation/slower decline; mean strength 1–4):"));
    for o in &e.outputs {
        let statement = national()
            .outputs
            .iter()
            .find(|x| x.id == o.output)
            .map_or(String::new(), |x| x.statement.get(lang).to_owned());
        println!(
            "  {:>5}  {}/{}/{}  {:.2}  {statement}",
            o.count,
            o.improvement,
            o.stabilisation,
            o.slower_decline,
            o.mean_strength().unwrap_or(0.0)
        );
    }
    println!(
        "\n{}",
        t(
            "Voorkomen zorg, per regel (per persoon, dan × mensen):",
            "Care avoided, line by line (per person, then × people):"
        )
    );
    for l in &e.care_lines {
        println!("  {} — {}", l.persona, l.label.get(lang));
        println!(
            "    {} {}; {} {}, {} {}, {} {}",
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
            println!(
                "    {} {}: {} → {} {}",
                t("jaar", "year"),
                y.year,
                y.value.format(lang),
                y.present_value.format(lang),
                t("(contante waarde)", "(present value)")
            );
        }
        println!(
            "    {}: {} × {} = {}; {}: {} × {} = {}",
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
    println!(
        "\n{}: {}   {}: {}   {}: {}",
        t("Bruto voorkomen zorgkosten", "Gross care costs avoided"),
        e.gross.format(lang),
        t("netto", "net"),
        e.net.format(lang),
        t("kosten organisatie", "organisation's costs"),
        e.organisation_cost.format(lang)
    );
    if let Some(ratio) = e.net_per_euro() {
        println!(
            "{}: {ratio:.2}",
            t(
                "Netto voorkomen zorgkosten per euro",
                "Net care costs avoided per euro"
            )
        );
    }
}
