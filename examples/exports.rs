//! Writes the example exports under `docs/examples/`: the national ToV, the example
//! organisation's local ToV and its value estimate as CIDS JSON-LD (`cargo run --example
//! exports`). The test suite fails when a committed file drifts from what the code generates.

use std::path::Path;
use theory_of_value::export::cids;
use theory_of_value::{example, national, Lang};

/// The committed exports: file name and content.
fn exports() -> Vec<(&'static str, serde_json::Value)> {
    vec![
        ("cids-national-tov.jsonld", cids::tov(national(), Lang::En)),
        (
            "cids-example-tov.jsonld",
            cids::tov(example::local_tov(), Lang::Nl),
        ),
        (
            "cids-example-estimate.jsonld",
            cids::estimate(example::estimate(), national(), example::census(), Lang::Nl),
        ),
    ]
}

fn main() -> std::io::Result<()> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/examples");
    std::fs::create_dir_all(&dir)?;
    for (name, value) in exports() {
        std::fs::write(dir.join(name), serde_json::to_string_pretty(&value)? + "\n")?;
    }
    println!("wrote the exports under {}", dir.display());
    Ok(())
}
