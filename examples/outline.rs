//! The main job on embedded data, without the `cli` feature: the national Theory of Value as
//! an outline with its validation report, then the bundled (fictional) example organisation —
//! its value estimate, line by line; its local ToV against the national one; its measurement
//! plan; and its self-assessment. Dutch by default, or English: `cargo run --example outline -- en`.
//! With the `cli` feature the same is `tov overview`.

use theory_of_value::{example, Lang};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let lang: Lang = std::env::args().nth(1).as_deref().unwrap_or("nl").parse()?;
    print!("{}", example::overview(lang));
    Ok(())
}
