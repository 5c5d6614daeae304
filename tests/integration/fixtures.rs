//! The fixture corpus: every valid fixture parses and validates clean; every invalid fixture
//! produces exactly the (code, path) pairs its `.expect` file pins.
//!
//! An `.expect` file has one `CODE PATH` pair per line, in order; `(document)` stands for the
//! empty JSON Pointer; lines starting with `#` say what the case is.

use std::path::{Path, PathBuf};
use theory_of_value::{from_json_slice, Code, TheoryOfValue};

fn dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn json_files(name: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir(name))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

/// The (code, path) pairs reading and validating `file` produces.
fn produced(file: &Path) -> Vec<(String, String)> {
    let bytes = std::fs::read(file).unwrap();
    match from_json_slice::<TheoryOfValue>(&bytes) {
        Err(e) => vec![(e.code.as_str().to_owned(), e.path)],
        Ok(tov) => tov
            .validate()
            .findings
            .into_iter()
            .map(|f| (f.code.as_str().to_owned(), f.path))
            .collect(),
    }
}

fn expected(file: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(file.with_extension("expect"))
        .unwrap_or_else(|_| panic!("{} has no .expect file", file.display()));
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (code, path) = l.split_once(' ').unwrap_or((l, "(document)"));
            let path = if path == "(document)" { "" } else { path };
            (code.to_owned(), path.to_owned())
        })
        .collect()
}

#[test]
fn valid_fixtures_parse_and_validate_clean() {
    let files = json_files("valid");
    assert!(files.len() >= 3);
    for file in files {
        let pairs = produced(&file);
        assert!(pairs.is_empty(), "{}: {pairs:?}", file.display());
    }
}

#[test]
fn invalid_fixtures_produce_exactly_their_pinned_pairs() {
    let mut mismatches = Vec::new();
    for file in json_files("invalid") {
        let (want, got) = (expected(&file), produced(&file));
        if want != got {
            mismatches.push(format!(
                "{}\n  expected {want:?}\n  produced {got:?}",
                file.display()
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn the_invalid_corpus_covers_every_tov_code() {
    let files = json_files("invalid");
    assert!(files.len() >= 25, "only {} invalid fixtures", files.len());
    let pinned: std::collections::BTreeSet<String> = files
        .iter()
        .flat_map(|f| expected(f))
        .map(|(code, _)| code)
        .collect();
    for code in Code::ALL
        .iter()
        .filter(|c| c.as_str().starts_with("TOV0") || c.as_str().starts_with("TOV1"))
    {
        assert!(
            pinned.contains(code.as_str()),
            "no invalid fixture pins {code}"
        );
    }
}

#[test]
fn syntax_errors_carry_line_column_and_both_languages() {
    for file in json_files("invalid") {
        let bytes = std::fs::read(&file).unwrap();
        if let Err(e) = from_json_slice::<TheoryOfValue>(&bytes) {
            assert!(e.line > 0 && e.column > 0, "{}: {e:?}", file.display());
            assert!(!e.message.nl.is_empty() && !e.message.en.is_empty());
            assert_ne!(e.message.nl, e.message.en, "{}", file.display());
        }
    }
}
