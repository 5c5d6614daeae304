//! Prints the embedded national Theory of Value as an outline, followed by its validation
//! report, in Dutch (default) or English: `cargo run --example outline -- en`.

use theory_of_value::{national, Lang, Layer, Level};

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
    Ok(())
}
