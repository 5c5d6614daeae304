//! Writes a valid local ToV of at least 100 MB of JSON (or the size in bytes given as the
//! first argument) to standard output: the hostile-input case for measuring time and peak
//! memory of `tov check`, as BENCHMARKS.md describes.
//!
//! ```sh
//! cargo run --release --example large_tov > /tmp/large-tov.json
//! /usr/bin/time -v target/release/tov check /tmp/large-tov.json
//! ```

use std::io::Write;

#[path = "../benches/support/movement.rs"]
#[allow(dead_code)]
mod movement;

fn main() -> std::io::Result<()> {
    let bytes = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000_000);
    std::io::stdout()
        .lock()
        .write_all(&movement::large_tov(bytes))
}
