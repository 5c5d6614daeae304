//! The fixture corpus in `tests/fixtures/valid` and `tests/fixtures/invalid`.
//!
//! - Every valid fixture (`valid/*.json`) parses and validates without errors or warnings. If a
//!   sibling `NAME.expect` exists it pins the (info) findings exactly; otherwise there must be
//!   none at all.
//! - Every invalid fixture (`invalid/*.json`) has a sibling `NAME.expect` pinning exactly the
//!   (code, path) pairs reading and validating it produces, in order: the single pair of the
//!   [`ParseError`] if it cannot be read, otherwise [`Report::pairs`].
//!
//! An `.expect` file has one `CODE PATH` pair per line, e.g. `TOV104 /outputs/0/outcomes/0`.
//! The empty JSON Pointer (the whole document) is written `(document)`, as the library renders
//! it; a bare `CODE` (or `CODE ` with a trailing space) means the same. Blank lines are ignored
//! and lines starting with `#` are comments saying what the case is.
//!
//! [`ParseError`]: theory_of_value::ParseError
//! [`Report::pairs`]: theory_of_value::Report::pairs

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use theory_of_value::{from_json_slice, Code, Severity, TheoryOfValue};

const VALID: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/valid");
const INVALID: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/invalid");

/// The written form of the empty JSON Pointer in `.expect` files.
const DOCUMENT: &str = "(document)";

/// A (code, JSON Pointer) pair, as `.expect` files and [`theory_of_value::Report::pairs`] give it.
type Pair = (String, String);

/// The files in `dir` with extension `ext`, sorted by file name.
fn files(dir: &str, ext: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {dir}: {e}"))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    files.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    files
}

fn name(file: &Path) -> String {
    file.file_name()
        .expect("a file name")
        .to_string_lossy()
        .into_owned()
}

/// The pairs reading and validating `file` produces: the parse error's single pair, or the
/// validation report's pairs.
fn produced(file: &Path) -> Vec<Pair> {
    let bytes = std::fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    match from_json_slice::<TheoryOfValue>(&bytes) {
        Err(e) => vec![(e.code.as_str().to_owned(), e.path)],
        Ok(tov) => tov
            .validate()
            .pairs()
            .into_iter()
            .map(|(code, path)| (code.to_owned(), path.to_owned()))
            .collect(),
    }
}

/// The pairs pinned by `file`'s sibling `.expect` file, or `None` if it has none. Panics on a
/// line that is not a known code followed by a JSON Pointer, so a typo in an `.expect` file
/// is reported as such rather than as a mismatch.
fn expected(file: &Path) -> Option<Vec<Pair>> {
    let expect = file.with_extension("expect");
    let text = match std::fs::read_to_string(&expect) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => panic!("{}: {e}", expect.display()),
    };
    let mut pairs = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (code, path) = line.split_once(' ').unwrap_or((line, ""));
        let at = || format!("{}:{}", expect.display(), n + 1);
        let code: Code = code.parse().unwrap_or_else(|e| panic!("{}: {e}", at()));
        let path = if path == DOCUMENT { "" } else { path };
        assert!(
            path.is_empty() || path.starts_with('/'),
            "{}: `{path}` is neither a JSON Pointer nor {DOCUMENT}",
            at()
        );
        pairs.push((code.as_str().to_owned(), path.to_owned()));
    }
    Some(pairs)
}

/// Pairs as `.expect` lines, for mismatch messages.
fn show(pairs: &[Pair]) -> String {
    if pairs.is_empty() {
        return "      (nothing)\n".to_owned();
    }
    let mut out = String::new();
    for (code, path) in pairs {
        let path = if path.is_empty() { DOCUMENT } else { path };
        writeln!(out, "      {code} {path}").expect("writing to a string");
    }
    out
}

fn mismatch(file: &Path, expected: &[Pair], actual: &[Pair]) -> String {
    format!(
        "{}\n    expected:\n{}    actual:\n{}",
        name(file),
        show(expected),
        show(actual)
    )
}

#[test]
fn valid_fixtures_parse_and_validate_clean() {
    let files = files(VALID, "json");
    assert!(
        files.len() >= 3,
        "only {} valid fixtures in {VALID}",
        files.len()
    );
    let mut failures = Vec::new();
    for file in &files {
        let bytes = std::fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let tov = match from_json_slice::<TheoryOfValue>(&bytes) {
            Ok(tov) => tov,
            Err(e) => {
                failures.push(format!("{}\n    does not parse: {e}", name(file)));
                continue;
            }
        };
        let report = tov.validate();
        if let Some(f) = report
            .findings
            .iter()
            .find(|f| f.severity != Severity::Info)
        {
            failures.push(format!(
                "{}\n    is not clean: {}",
                name(file),
                f.render(theory_of_value::Lang::En)
            ));
            continue;
        }
        let actual: Vec<Pair> = report
            .pairs()
            .into_iter()
            .map(|(code, path)| (code.to_owned(), path.to_owned()))
            .collect();
        let want = expected(file).unwrap_or_default();
        if want != actual {
            failures.push(mismatch(file, &want, &actual));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} valid fixtures failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn invalid_fixtures_produce_exactly_their_pinned_pairs() {
    let files = files(INVALID, "json");
    let mut failures = Vec::new();
    for file in &files {
        let Some(want) = expected(file) else {
            failures.push(format!("{}\n    has no .expect file", name(file)));
            continue;
        };
        if want.is_empty() {
            failures.push(format!("{}\n    its .expect file pins nothing", name(file)));
            continue;
        }
        let actual = produced(file);
        if want != actual {
            failures.push(mismatch(file, &want, &actual));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} invalid fixtures do not produce their pinned pairs:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn the_invalid_corpus_covers_every_tov_code() {
    let files = files(INVALID, "json");
    assert!(
        files.len() >= 25,
        "only {} invalid fixtures in {INVALID}",
        files.len()
    );
    let pinned: BTreeSet<String> = files
        .iter()
        .flat_map(|f| expected(f).unwrap_or_default())
        .map(|(code, _)| code)
        .collect();
    // `Code::ALL` also holds the codes of other document kinds (persona sets, censuses,
    // comparisons, assessments: TOV2xx–TOV4xx), which no ToV document can produce. A ToV can
    // produce the parse codes (TOV00x) and the ToV rules (TOV1xx); the codes of files that
    // cannot be read (TOV007, TOV01x) are about a file, not its text.
    let tov_codes: Vec<Code> = Code::ALL
        .iter()
        .copied()
        .filter(|c| c.as_str().starts_with("TOV00") || c.as_str().starts_with("TOV1"))
        .filter(|c| *c != Code::InputTooLarge)
        .collect();
    assert!(
        tov_codes.len() >= 27,
        "expected at least TOV001–TOV006 and TOV101–TOV121, found {tov_codes:?}"
    );
    let missing: Vec<&str> = tov_codes
        .iter()
        .map(|c| c.as_str())
        .filter(|c| !pinned.contains(*c))
        .collect();
    assert!(
        missing.is_empty(),
        "no invalid fixture pins {}",
        missing.join(", ")
    );
}

#[test]
fn every_expect_file_belongs_to_a_fixture() {
    let stray: Vec<String> = [VALID, INVALID]
        .into_iter()
        .flat_map(|dir| files(dir, "expect"))
        .filter(|f| !f.with_extension("json").is_file())
        .map(|f| f.display().to_string())
        .collect();
    assert!(
        stray.is_empty(),
        ".expect files without a .json fixture:\n{}",
        stray.join("\n")
    );
}

#[test]
fn parse_errors_are_located_and_bilingual() {
    let mut failures = Vec::new();
    let mut syntax_errors = 0;
    for file in files(INVALID, "json") {
        let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let Err(e) = from_json_slice::<TheoryOfValue>(&bytes) else {
            continue;
        };
        if e.code == Code::Syntax {
            syntax_errors += 1;
            if e.line == 0 || e.column == 0 {
                failures.push(format!(
                    "{}: syntax error without line and column: {e:?}",
                    name(&file)
                ));
            }
        }
        let (nl, en) = (e.message.nl.trim(), e.message.en.trim());
        if nl.is_empty() || en.is_empty() || nl == en {
            failures.push(format!(
                "{}: message not in two languages: nl {nl:?}, en {en:?}",
                name(&file)
            ));
        }
    }
    assert!(
        syntax_errors >= 3,
        "only {syntax_errors} syntax-error fixtures"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
