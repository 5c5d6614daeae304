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

// ---------------------------------------------------------------------------------------------
// No import cycle inside a part: the modules of one part depend on each other one way only.

/// The module path of a source file relative to `src/`: `render/mod.rs` is `render`,
/// `render/html.rs` is `render::html`, `compare.rs` is `compare`.
fn module_of(relative: &Path) -> Vec<String> {
    let mut path: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if let Some(last) = path.pop() {
        let stem = last.strip_suffix(".rs").unwrap_or(&last).to_owned();
        if stem != "mod" {
            path.push(stem);
        }
    }
    path
}

/// The identifier at the start of `s`.
fn ident(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// Expands the path that starts at `s`, after the segments `prefix`, into `out`: a group gives
/// one path per item (`{a::B, c}` gives `prefix::a::B` and `prefix::c`), a glob the prefix.
fn expand(prefix: &[String], s: &str, out: &mut Vec<Vec<String>>) {
    let s = s.trim_start();
    if let Some(group) = s.strip_prefix('{') {
        let (mut depth, mut start) = (0, 0);
        for (i, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => {
                    expand(prefix, &group[start..i], out);
                    return;
                }
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    expand(prefix, &group[start..i], out);
                    start = i + 1;
                }
                _ => {}
            }
        }
        return;
    }
    let name = ident(s);
    if name.is_empty() {
        if s.starts_with('*') {
            out.push(prefix.to_vec());
        }
        return;
    }
    let mut next = prefix.to_vec();
    next.push(name.to_owned());
    match s[name.len()..].strip_prefix("::") {
        Some(rest) => expand(&next, rest, out),
        None => out.push(next),
    }
}

/// Whether the statement that `code[at..]` is part of is a re-export (`pub use`,
/// `pub(crate) use`): it makes items visible elsewhere without being a use by the code.
fn in_reexport(code: &str, at: usize) -> bool {
    let start = code[..at].rfind([';', '}', '{']).map_or(0, |i| i + 1);
    let before = code[start..at].trim();
    let visibility = before.strip_suffix("use").unwrap_or(before).trim();
    before.starts_with("pub") && (visibility == "pub" || visibility.starts_with("pub("))
}

/// Every path in `code` that starts with `crate::`, `super::` or `self::` and is not part of a
/// re-export, expanded, as segment lists.
fn uses_in(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for start in ["crate::", "super::", "self::"] {
        for (at, _) in code.match_indices(start) {
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue; // `super::super::x` is read from its first `super`
            }
            if before == Some('$') {
                continue; // a macro's `$crate::` path is a use where the macro is called
            }
            if in_reexport(code, at) {
                continue;
            }
            let head = start.trim_end_matches(':').to_owned();
            expand(&[head], &code[at + start.len()..], &mut out);
        }
    }
    out
}

/// The names a module re-exports from its children: (name, child).
fn reexports_of(code: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (at, _) in code.match_indices("use ") {
        if !in_reexport(code, at + 4) {
            continue;
        }
        let rest = &code[at + 4..];
        let rest = rest.strip_prefix("self::").unwrap_or(rest);
        let child = ident(rest);
        if child.is_empty() || ["crate", "super"].contains(&child) {
            continue;
        }
        if let Some(tail) = rest[child.len()..].strip_prefix("::") {
            let mut paths = Vec::new();
            expand(&[], tail, &mut paths);
            for p in paths {
                if let Some(name) = p.last() {
                    out.push((name.clone(), child.to_owned()));
                }
            }
        }
    }
    out
}

/// The modules of one part that each module's code uses: module → modules, resolved through
/// re-exports (`use super::Name`, where the parent re-exports `Name` from `child`, is a use of
/// `child`). Re-export statements themselves are not uses.
fn module_graph(files: &[(Vec<String>, String)]) -> Vec<(Vec<String>, Vec<Vec<String>>)> {
    let modules: Vec<&Vec<String>> = files.iter().map(|(m, _)| m).collect();
    let codes: Vec<String> = files.iter().map(|(_, s)| code_of(s)).collect();
    let reexports: Vec<Vec<(String, String)>> = codes.iter().map(|c| reexports_of(c)).collect();
    let resolve = |from: &Vec<String>, path: &[String]| -> Option<Vec<String>> {
        let mut absolute: Vec<String> = match path.first().map(String::as_str) {
            Some("crate") => Vec::new(),
            Some("self") => from.clone(),
            Some("super") => from[..from.len().saturating_sub(1)].to_vec(),
            _ => return None,
        };
        let mut rest = &path[1..];
        while rest.first().is_some_and(|s| s == "super") {
            absolute.pop();
            rest = &rest[1..];
        }
        absolute.extend(rest.iter().cloned());
        // The longest prefix that is a module of the part, then on through its re-exports.
        let mut module = (0..=absolute.len())
            .rev()
            .map(|n| absolute[..n].to_vec())
            .find(|m| modules.contains(&m))?;
        while let Some(name) = absolute.get(module.len()) {
            let at = modules.iter().position(|m| **m == module)?;
            let Some((_, child)) = reexports[at].iter().find(|(n, _)| n == name) else {
                break;
            };
            let mut next = module.clone();
            next.push(child.clone());
            if !modules.contains(&&next) {
                break;
            }
            module = next;
        }
        Some(module)
    };
    files
        .iter()
        .zip(&codes)
        .map(|((module, _), code)| {
            let mut uses: Vec<Vec<String>> = Vec::new();
            for path in uses_in(code) {
                if let Some(target) = resolve(module, &path) {
                    if &target != module && !uses.contains(&target) {
                        uses.push(target);
                    }
                }
            }
            (module.clone(), uses)
        })
        .collect()
}

/// The import cycles among `files` (module path, source), each as its modules joined by `::`.
fn cycles(files: &[(Vec<String>, String)]) -> Vec<String> {
    let graph = module_graph(files);
    let index = |m: &Vec<String>| graph.iter().position(|(n, _)| n == m);
    let mut found: Vec<String> = Vec::new();
    // Depth-first search from each module, reporting a cycle when the path meets itself.
    fn visit(
        at: usize,
        graph: &[(Vec<String>, Vec<Vec<String>>)],
        index: &dyn Fn(&Vec<String>) -> Option<usize>,
        stack: &mut Vec<usize>,
        done: &mut Vec<bool>,
        found: &mut Vec<String>,
    ) {
        if let Some(i) = stack.iter().position(|&s| s == at) {
            let mut names: Vec<String> =
                stack[i..].iter().map(|&s| graph[s].0.join("::")).collect();
            names.push(graph[at].0.join("::"));
            found.push(names.join(" → "));
            return;
        }
        if done[at] {
            return;
        }
        stack.push(at);
        for target in &graph[at].1 {
            if let Some(t) = index(target) {
                visit(t, graph, index, stack, done, found);
            }
        }
        stack.pop();
        done[at] = true;
    }
    let mut done = vec![false; graph.len()];
    for start in 0..graph.len() {
        visit(
            start,
            &graph,
            &index,
            &mut Vec::new(),
            &mut done,
            &mut found,
        );
    }
    found
}

#[test]
fn no_import_cycle_inside_a_part() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let mut all = Vec::new();
    for (part, _) in ALLOWED {
        let of_part: Vec<(Vec<String>, String)> = files
            .iter()
            .filter_map(|f| {
                let relative = f.strip_prefix(&src).unwrap();
                (part_of(relative) == Some(part))
                    .then(|| (module_of(relative), std::fs::read_to_string(f).unwrap()))
            })
            .collect();
        all.extend(cycles(&of_part));
    }
    assert!(
        all.is_empty(),
        "import cycles inside a part:\n{}",
        all.join("\n")
    );
}

#[test]
fn the_lint_finds_a_planted_cycle_and_allows_a_facade() {
    let m = |s: &str| s.split("::").map(str::to_owned).collect::<Vec<_>>();
    // Two siblings that import each other, directly and through the parent's re-export.
    let planted = vec![
        (
            m("read"),
            "mod a;\nmod b;\npub use a::A;\npub use b::B;\n".to_owned(),
        ),
        (m("read::a"), "use super::b::B;\npub struct A;\n".to_owned()),
        (m("read::b"), "use super::A;\npub struct B;\n".to_owned()),
    ];
    let found = cycles(&planted);
    assert!(
        found
            .iter()
            .any(|c| c.contains("read::a") && c.contains("read::b")),
        "{found:?}"
    );
    // The same through `crate::` paths and a grouped import.
    let grouped = vec![
        (m("value"), "mod x;\nmod y;\n".to_owned()),
        (
            m("value::x"),
            "use crate::{value::y::Y, base::Text};\npub struct X;\n".to_owned(),
        ),
        (
            m("value::y"),
            "fn f() { let _ = crate::value::x::X; }\npub struct Y;\n".to_owned(),
        ),
    ];
    assert_eq!(cycles(&grouped).len(), 1, "{:?}", cycles(&grouped));
    // A facade is no cycle: the parent re-exports its children, which use the parent's helpers.
    let facade = vec![
        (
            m("render"),
            "mod html;\npub use html::html;\npub(crate) fn short() {}\n".to_owned(),
        ),
        (
            m("render::html"),
            "use super::short;\npub fn html() { short() }\n".to_owned(),
        ),
    ];
    assert!(cycles(&facade).is_empty(), "{:?}", cycles(&facade));
    // Unit tests may import anything.
    let tests_only = vec![
        (m("model"), "mod p;\nmod q;\n".to_owned()),
        (
            m("model::p"),
            "use super::q::Q;\npub struct P;\n".to_owned(),
        ),
        (
            m("model::q"),
            "pub struct Q;\n#[cfg(test)]\nmod tests { use super::super::p::P; }\n".to_owned(),
        ),
    ];
    assert!(cycles(&tests_only).is_empty(), "{:?}", cycles(&tests_only));
}
