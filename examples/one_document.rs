//! Writes the documents of the one-document benchmarks, at one size, to a folder, so the
//! command can be timed on them end to end (reading, checking, writing), as BENCHMARKS.md
//! describes:
//!
//! ```sh
//! cargo run --release --example one_document -- 100000 /tmp/one-document
//! target/release/tov check /tmp/one-document/check.json
//! ```
//!
//! Files, for n elements (the first argument, default 10^4):
//!
//! - `check.json`: a ToV of n outputs, each with a link that resolves and one that does not,
//!   every tenth with an avoided word, one activity serving all n (`tov check`);
//! - `compare.json`: a local ToV of n outputs, each refining a national output (`tov compare`);
//! - `estimate-tov.json`, `personas.json`, `census.json`: a ToV of n outputs, n personas and a
//!   census of n lines (`tov estimate`);
//! - `chain.json`: a local ToV of n elements in all layers, each linked to two of the layer
//!   above (`tov render`, `tov cids`).

use std::path::PathBuf;

#[path = "../benches/support/one_document.rs"]
mod documents;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let n: usize = match args.next() {
        Some(n) => n.parse()?,
        None => 10_000,
    };
    let dir = PathBuf::from(args.next().unwrap_or_else(|| "one-document".into()));
    std::fs::create_dir_all(&dir)?;
    let write = |name: &str, json: String| std::fs::write(dir.join(name), json);

    write(
        "check.json",
        serde_json::to_string(&documents::tov_of(n, true))?,
    )?;
    let mut local = documents::tov_of(n, false);
    local.refines = Some(theory_of_value::national().id.clone());
    write("compare.json", serde_json::to_string(&local)?)?;
    let tov = documents::tov_of(n, false);
    let (set, census) = documents::personas_for(&tov, n);
    write("estimate-tov.json", serde_json::to_string(&tov)?)?;
    write("personas.json", serde_json::to_string(&set)?)?;
    write("census.json", serde_json::to_string(&census)?)?;
    write(
        "chain.json",
        serde_json::to_string(&documents::document(n))?,
    )?;
    eprintln!("{n} elements: {}", dir.display());
    Ok(())
}
