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
    for line in theory_of_value::compare(local, national())
        .render(lang)
        .lines()
    {
        println!("  {line}");
    }
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
    let (set, census, e) = (
        example::persona_set(),
        example::census(),
        example::estimate(),
    );
    let t = |nl: &'static str, en: &'static str| if lang == Lang::Nl { nl } else { en };
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
    println!();
    print!(
        "{}",
        theory_of_value::render::estimate_markdown(e, national(), set, lang)
    );
}
