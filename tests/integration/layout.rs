//! The dependency rule between the crate's parts (docs/design.md, "The parts and their
//! dependencies"): every `crate::` path in a part's code must start with a part that part may
//! use. Comments and `#[cfg(test)]` modules are not code of the part.

use std::path::{Path, PathBuf};

/// Each part and the parts it may use. `board`, `example` and `strategy` sit on top.
const ALLOWED: &[(&str, &[&str])] = &[
    ("base", &[]),
    ("read", &["base"]),
    ("model", &["base", "read"]),
    ("rules", &["base", "read", "model"]),
    ("value", &["base", "read", "model", "rules"]),
    ("assess", &["base", "read", "model", "rules"]),
    ("compare", &["base", "read", "model", "rules"]),
    ("monitor", &["base", "read", "model", "rules", "value"]),
    ("schema", BELOW_OUTPUTS),
    ("export", BELOW_OUTPUTS),
    ("render", BELOW_OUTPUTS),
    (
        "board",
        &[
            "base", "read", "model", "rules", "value", "assess", "compare", "monitor", "render",
        ],
    ),
    (
        "example",
        &[
            "base", "read", "model", "rules", "value", "assess", "compare", "monitor", "schema",
            "export", "render", "board",
        ],
    ),
    (
        "strategy",
        &[
            "base", "read", "model", "rules", "value", "assess", "compare", "monitor", "schema",
            "export", "render", "board", "example",
        ],
    ),
];

/// The parts that the output parts (`schema`, `export`, `render`) may use: everything that
/// models and checks documents, none of each other.
const BELOW_OUTPUTS: &[&str] = &[
    "base", "read", "model", "rules", "value", "assess", "compare", "monitor",
];

/// The part a source file belongs to: its folder under `src/`, or its file name.
fn part_of(relative: &Path) -> Option<&'static str> {
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    ALLOWED.iter().map(|(p, _)| *p).find(|p| *p == name)
}

/// The code of a source file: comments dropped, and everything from `#[cfg(test)]` on.
fn code_of(source: &str) -> String {
    let end = source.find("#[cfg(test)]").unwrap_or(source.len());
    source[..end]
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The `crate::` paths in `source` that `part` may not use, as `line: crate::head` strings. A
/// grouped import (`use crate::{model::Id, value::Money}`, on one line or many) counts for each
/// of its items.
fn violations(part: &str, source: &str) -> Vec<String> {
    let allowed = ALLOWED
        .iter()
        .find(|(p, _)| *p == part)
        .map_or(&[][..], |(_, a)| *a);
    let code = code_of(source);
    let line_at = |at: usize| code[..at].matches('\n').count() + 1;
    let mut heads: Vec<(usize, String)> = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let after = at + "crate::".len();
        if code[after..].starts_with('{') {
            // The items of the group at its own depth: `a::{b, c}` is one item with head `a`.
            let mut depth = 0;
            let mut expect_item = true;
            for (i, c) in code[after..].char_indices() {
                let i = after + i;
                match c {
                    '{' => depth += 1,
                    '}' if depth == 1 => break,
                    '}' => depth -= 1,
                    ',' if depth == 1 => expect_item = true,
                    c if (c.is_alphanumeric() || c == '_') && depth == 1 && expect_item => {
                        expect_item = false;
                        let head: String = code[i..]
                            .chars()
                            .take_while(|c| c.is_alphanumeric() || *c == '_')
                            .collect();
                        heads.push((line_at(i), head));
                    }
                    _ => {}
                }
            }
        } else {
            let head: String = code[after..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            heads.push((line_at(at), head));
        }
    }
    heads
        .into_iter()
        .filter(|(_, h)| !h.is_empty() && h != part && !allowed.contains(&h.as_str()))
        .map(|(n, h)| format!("{n}: crate::{h}"))
        .collect()
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_part_uses_a_part_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let mut all = Vec::new();
    let mut checked = 0;
    for file in &files {
        let relative = file.strip_prefix(&src).unwrap();
        let Some(part) = part_of(relative) else {
            continue; // lib.rs (the root re-exports) and the `tov` binary sit above every part
        };
        checked += 1;
        let source = std::fs::read_to_string(file).unwrap();
        for v in violations(part, &source) {
            all.push(format!("{} ({part}) line {v}", relative.display()));
        }
    }
    assert!(checked > 25, "only {checked} files were checked");
    assert!(
        all.is_empty(),
        "dependency rule broken:\n{}",
        all.join("\n")
    );
}

#[test]
fn the_lint_finds_a_lower_part_importing_a_higher_one() {
    // A deliberate violation in each form an import can take.
    let single = "use crate::base::Text;\nuse crate::render;\n";
    assert_eq!(violations("model", single), ["2: crate::render"]);
    // The output parts are siblings: a rendering does not reach into the board report or a
    // schema, and the board report is above every rendering.
    assert_eq!(
        violations("render", "use crate::board::html;\n"),
        ["1: crate::board"]
    );
    assert_eq!(
        violations("schema", "use crate::render::svg;\n"),
        ["1: crate::render"]
    );
    assert!(violations("board", "use crate::render::svg;\n").is_empty());
    let grouped = "use crate::{base::Text, value::Money};\n";
    assert_eq!(violations("model", grouped), ["1: crate::value"]);
    let multi = "use crate::{\n    base::Text,\n    compare::compare,\n};\n";
    let nested = "use crate::{model::{Id, Level}, value::{Money, Share}};\n";
    assert_eq!(violations("rules", nested), ["1: crate::value"]);
    assert_eq!(violations("rules", multi), ["3: crate::compare"]);
    let inline = "fn f() { let _ = crate::assess::Assessment::default; }\n";
    assert_eq!(violations("value", inline), ["1: crate::assess"]);
    let root = "use crate::TheoryOfValue;\n";
    assert_eq!(violations("read", root), ["1: crate::TheoryOfValue"]);
    let in_macro = "suggestion: $crate::value::closest(s),\n";
    assert_eq!(violations("model", in_macro), ["1: crate::value"]);
    // Allowed: downward, within the part, in comments, and in unit tests.
    let fine = "// use crate::render;\nuse crate::model::Id;\nuse crate::value::Money;\n#[cfg(test)]\nmod tests { use crate::render; }\n";
    assert!(violations("value", fine).is_empty());
}
