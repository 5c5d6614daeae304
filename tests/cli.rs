//! The `tov` command: every command, its exit status and output, in both languages.

use assert_cmd::Command;

fn tov() -> Command {
    Command::cargo_bin("tov").expect("the tov binary is built with the cli feature")
}

fn fixture(rel: &str) -> String {
    format!("{}/{rel}", env!("CARGO_MANIFEST_DIR"))
}

fn stdout(args: &[&str], code: i32) -> String {
    let out = tov().args(args).assert().code(code).get_output().clone();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn check_embedded_data_in_dutch_and_english() {
    let nl = stdout(&["check"], 0);
    assert!(nl.contains("(landelijke ToV) (Theory of Value)"));
    assert!(nl.contains("0 fouten, 0 waarschuwingen, 0 informatie"));
    assert!(nl.contains("(voorbeeld: telling) (Telling)"));
    let en = stdout(&["--lang", "en", "check"], 0);
    assert!(en.contains("0 errors, 0 warnings, 0 info"));
    assert!(en.contains("(example census) (Census)"));
}

#[test]
fn check_exit_status_follows_the_worst_finding() {
    let path = std::env::temp_dir().join("tov-cli-dangling.json");
    let mut tov_doc: serde_json::Value =
        serde_json::from_str(theory_of_value::example::LOCAL_TOV_JSON).unwrap();
    tov_doc["outputs"][0]["outcomes"][0] = "oc-nergens".into();
    std::fs::write(&path, serde_json::to_string(&tov_doc).unwrap()).unwrap();
    let out = stdout(&["--lang", "en", "check", path.to_str().unwrap()], 1);
    assert!(out.contains("error TOV104 /outputs/0/outcomes/0"), "{out}");
    let out = stdout(&["check", path.to_str().unwrap()], 1);
    assert!(out.contains("fout TOV104 /outputs/0/outcomes/0"), "{out}");
}

#[test]
fn unreadable_input_exits_2_with_line_and_column() {
    let out = tov()
        .args([
            "check",
            &fixture("tests/fixtures/schema/invalid/theory-of-value--unknown-field.json"),
        ])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("TOV002"), "{text}");
    assert!(text.contains("bedoelde je `title`?"), "{text}");
    // A file that cannot be read is reported like one that cannot be parsed, with a code.
    let out = stdout(&["--lang", "en", "check", "/no/such/file.json"], 2);
    assert!(
        out.starts_with("/no/such/file.json: TOV010 file does not exist"),
        "{out}"
    );
    let err = tov()
        .args(["render", "/no/such/file.json"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert!(String::from_utf8_lossy(&err.stderr).contains("TOV010"));
}

#[test]
fn check_json_output_is_machine_readable() {
    let out = stdout(
        &[
            "check",
            "--format",
            "json",
            &fixture("data/example/census.json"),
        ],
        0,
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["kind"], "census");
    assert_eq!(v[0]["findings"].as_array().unwrap().len(), 0);
}

#[test]
fn hostile_files_get_a_located_error_and_the_others_are_still_checked() {
    let dir = std::env::temp_dir().join("tov-cli-hostile");
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        path.to_str().unwrap().to_owned()
    };
    // A word processor's é (Windows-1252) in the national ToV's impact statement.
    let national = theory_of_value::NATIONAL_JSON;
    let at = national.find("veerkrachtige").unwrap();
    let line = national[..at].lines().count();
    let mut latin = national.as_bytes().to_vec();
    latin[at] = 0xe9;
    let latin = write("windows-1252.json", &latin);
    let empty = write("empty.json", b"");
    let depth = 100_000;
    let deep = write(
        "deep.json",
        format!("{{\"impact\": {}{}}}", "[".repeat(depth), "]".repeat(depth)).as_bytes(),
    );
    let census = fixture("data/example/census.json");

    let out = stdout(
        &["--lang", "en", "check", &latin, &empty, &deep, &census],
        2,
    );
    assert!(
        out.contains(&format!(
            "windows-1252.json:{line}:{} /impact/statement/nl TOV001: not valid JSON: invalid character: the text is not UTF-8",
            national[..at].rsplit('\n').next().unwrap().chars().count() + 1
        )),
        "{out}"
    );
    assert!(out.contains("empty.json:1:1 (document) TOV001"), "{out}");
    assert!(out.contains("deep.json:1:12 /impact TOV005"), "{out}");
    assert!(out.contains("(Census)"), "{out}");

    let out = stdout(&["check", "--format", "json", &latin, &census], 2);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["parse_error"]["code"], "TOV001");
    assert_eq!(v[0]["parse_error"]["path"], "/impact/statement/nl");
    assert_eq!(v[0]["parse_error"]["line"], line);
    assert!(v[0]["parse_error"]["message"]["nl"]
        .as_str()
        .unwrap()
        .contains("geen UTF-8"));
    assert_eq!(v[1]["kind"], "census");
    assert!(v[1]["parse_error"].is_null());
}

#[test]
fn usage_errors_exit_2() {
    tov().args(["frobnicate"]).assert().code(2);
    tov().args(["schema", "toc"]).assert().code(2);
    tov().args(["--lang", "de", "check"]).assert().code(2);
}

#[test]
fn schema_in_every_dialect_and_language() {
    for dialect in ["2020-12", "draft-07", "openapi3"] {
        for lang in ["nl", "en"] {
            let out = stdout(
                &[
                    "--lang",
                    lang,
                    "schema",
                    "theory-of-value",
                    "--dialect",
                    dialect,
                ],
                0,
            );
            let v: serde_json::Value = serde_json::from_str(&out).unwrap();
            assert_eq!(
                v,
                theory_of_value::schema::schema(
                    theory_of_value::schema::DocumentKind::TheoryOfValue,
                    dialect.parse().unwrap(),
                    lang.parse().unwrap()
                )
            );
        }
    }
}

#[test]
fn ui_schemas_for_both_form_libraries() {
    for library in ["jsonforms", "rjsf"] {
        for lang in ["nl", "en"] {
            let out = stdout(&["--lang", lang, "schema", "census", "--ui", library], 0);
            let v: serde_json::Value = serde_json::from_str(&out).unwrap();
            assert_eq!(
                v,
                theory_of_value::schema::ui_schema(
                    theory_of_value::schema::DocumentKind::Census,
                    library.parse().unwrap(),
                    lang.parse().unwrap()
                )
            );
        }
    }
    tov()
        .args(["schema", "census", "--ui", "formik"])
        .assert()
        .code(2);
}

#[test]
fn compare_estimate_assess_national_render() {
    let out = stdout(&["compare"], 0);
    assert!(out.contains("Output (individueel): 6/8"), "{out}");
    let out = stdout(&["--lang", "en", "compare", "--format", "json"], 0);
    assert!(serde_json::from_str::<theory_of_value::compare::Comparison>(&out).is_ok());
    let out = stdout(&["estimate"], 0);
    assert!(out.contains("€ 151.802,40"), "{out}");
    let out = stdout(&["--lang", "en", "estimate", "--format", "json"], 0);
    let e: theory_of_value::value::Estimate = serde_json::from_str(&out).unwrap();
    assert_eq!(&e, theory_of_value::example::estimate());
    let out = stdout(&["assess"], 0);
    assert!(out.contains("Hoe werkt het?"), "{out}");
    assert!(out.contains("10. Samenwerking met partners"), "{out}");
    let out = stdout(&["--lang", "en", "assess"], 0);
    assert!(out.contains("How does it work?"), "{out}");
    let out = stdout(&["national", "--format", "json"], 0);
    assert_eq!(out, theory_of_value::NATIONAL_JSON);
    let out = stdout(&["--lang", "en", "national"], 0);
    assert!(out.contains("## Impact — What do we want to achieve in society?"));
    let out = stdout(&["render", &fixture("data/example/tov.json")], 0);
    assert!(out.starts_with("flowchart TB"));
    let out = stdout(&["render", "--format", "markdown"], 0);
    assert!(out.contains("## Input — Wat hebben we daarvoor nodig?"));
}

#[test]
fn estimate_with_inconsistent_documents_exits_1() {
    let path = std::env::temp_dir().join("tov-cli-census.json");
    let census = theory_of_value::example::CENSUS_JSON.replace("persona-c", "persona-z");
    std::fs::write(&path, census).unwrap();
    let out = stdout(
        &[
            "--lang",
            "en",
            "estimate",
            "--census",
            path.to_str().unwrap(),
        ],
        1,
    );
    assert!(out.contains("TOV206"), "{out}");
}

#[test]
fn cids_export_of_a_tov_and_an_estimate() {
    let out = stdout(&["cids", &fixture("data/example/tov.json")], 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n["@type"] == "cids:LogicModel"));
    let out = stdout(&["--lang", "en", "cids", "--estimate"], 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n["@type"] == "cids:IndicatorReport"));
    tov().args(["cids", "--census", "x.json"]).assert().code(2);
}

#[test]
fn render_svg_and_html() {
    let out = stdout(&["render", "--format", "svg"], 0);
    assert!(out.starts_with("<svg"));
    let out = stdout(&["--lang", "en", "render", "--format", "html"], 0);
    assert!(out.contains("What do we want to achieve in society?"));
    let out = stdout(&["estimate", "--format", "html"], 0);
    assert!(out.contains("Bereikte mensen per output"));
}

#[test]
fn overview_is_the_main_job_in_both_languages() {
    let nl = stdout(&["overview"], 0);
    assert!(nl.starts_with("# Theory of Value van de zelfregie- en herstelbeweging"));
    assert!(nl.contains("€ 151.802,40"));
    assert!(nl.contains("Zelfbeoordeling op de tien kenmerken"));
    let en = stdout(&["--lang", "en", "overview"], 0);
    assert!(en.contains("Local ToV against the national one"));
    assert_eq!(
        en,
        theory_of_value::example::overview(theory_of_value::Lang::En)
    );
}

#[test]
fn estimate_shows_who_pays_and_who_saves_after_the_added_value() {
    use theory_of_value::render::bijvangst;
    use theory_of_value::Lang;
    let out = stdout(&["estimate"], 0);
    let added_value = out.find("## Toegevoegde waarde per output").unwrap();
    let split = out.find("## Voorkomen kosten per betaler").unwrap();
    assert!(added_value < split, "{out}");
    assert!(out.contains("| Zorgverzekeraar | € 680.007,60 | € 240.452,90 | 100,00% |"));
    assert!(out.contains("één voorkomen opname per jaar per 4 deelnemers"));
    assert!(out.contains("| Gemeente | € 115.000,00 | 85,19% | € 0,00 | 0,00% |"));
    assert!(out.trim_end().ends_with(bijvangst(Lang::Nl)), "{out}");
    let out = stdout(&["--lang", "en", "estimate", "--format", "html"], 0);
    let section = out.find("class=\"wrong-pocket\"").unwrap();
    assert!(section < out.rfind("</body>").unwrap());
    assert!(out.contains("not a measurement"));
    // A census of one's own without funding: the split, no wrong pocket.
    let out = stdout(
        &["estimate", "--census", &fixture("data/example/census.json")],
        0,
    );
    assert!(out.contains("## Voorkomen kosten per betaler"));
    assert!(!out.contains("Wie betaalt, wie bespaart"));
    assert!(out.trim_end().ends_with(bijvangst(Lang::Nl)), "{out}");
}

#[test]
fn funding_documents_are_checked_and_used() {
    let out = stdout(&["check", &fixture("data/example/funding.json")], 0);
    assert!(out.contains("(Financiering)"), "{out}");
    let bad = fixture("tests/fixtures/money/invalid/funding--no-agreements.json");
    let out = stdout(&["--lang", "en", "check", &bad], 1);
    assert!(out.contains("TOV226"), "{out}");
    let out = stdout(&["--lang", "en", "estimate", "--funding", &bad], 1);
    assert!(out.contains("TOV226"), "{out}");
    assert!(!out.contains("Who pays, who saves"));
    let out = stdout(&["schema", "funding", "--dialect", "draft-07"], 0);
    assert!(out.contains("\"title\": \"Financiering\""), "{out}");
}

#[test]
fn report_of_the_example_organisation_and_of_the_national_tov() {
    let page = stdout(&["report"], 0);
    assert!(page.starts_with("<!doctype html>"));
    assert!(page.contains("<h2 id=\"s5\">5. Wat het waard is</h2>"));
    let page = stdout(&["--lang", "en", "report"], 0);
    assert!(page.contains("5. What it is worth"));
    let national = fixture("data/national-tov.json");
    let page = stdout(&["report", "--tov", &national], 0);
    assert!(page.contains("Deze ToV is zelf de referentie"));
    let out = std::env::temp_dir().join("tov-cli-report.html");
    let _ = std::fs::remove_file(&out);
    assert_eq!(stdout(&["report", "-o", out.to_str().unwrap()], 0), "");
    assert!(std::fs::read_to_string(&out).unwrap().contains("</html>"));
    // Other documents without the ToV they belong to: a usage error.
    tov()
        .args(["report", "--census", &fixture("data/example/census.json")])
        .assert()
        .code(2);
}

fn write_temp(name: &str, text: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("tov-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path
}

/// The national ToV with `edit` applied, in a temporary file.
fn national_with(name: &str, edit: impl FnOnce(&mut serde_json::Value)) -> std::path::PathBuf {
    let mut doc: serde_json::Value = serde_json::from_str(theory_of_value::NATIONAL_JSON).unwrap();
    edit(&mut doc);
    write_temp(name, &serde_json::to_string(&doc).unwrap())
}

#[test]
fn a_closed_pipe_ends_quietly_and_a_full_disk_is_exit_2() {
    use std::process::{Command as Std, Stdio};
    let bin = assert_cmd::cargo::cargo_bin("tov");
    // The reader closes the pipe before the schema is written.
    let mut child = Std::new(&bin)
        .args(["schema", "theory-of-value"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    if let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") {
        let out = Std::new(&bin)
            .arg("national")
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("cannot write"), "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn endless_and_oversized_input_is_refused_with_a_code() {
    if std::path::Path::new("/dev/zero").exists() {
        let out = stdout(&["--lang", "en", "check", "/dev/zero"], 2);
        assert!(out.starts_with("/dev/zero:1:1 (document) TOV001"), "{out}");
    }
    let path = write_temp("big.json", &" ".repeat(4096));
    let out = stdout(
        &[
            "--lang",
            "en",
            "check",
            "--max-input-size",
            "1K",
            path.to_str().unwrap(),
        ],
        2,
    );
    assert!(out.contains("TOV007"), "{out}");
    assert!(out.contains("limit of 1024 bytes"), "{out}");
    // A stream that does not end within the limit.
    let fifo = std::env::temp_dir().join(format!("tov-cli-{}-fifo", std::process::id()));
    let _ = std::fs::remove_file(&fifo);
    if std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success())
    {
        let writer_path = fifo.clone();
        let writer = std::thread::spawn(move || {
            use std::io::Write;
            if let Ok(mut f) = std::fs::OpenOptions::new().write(true).open(&writer_path) {
                let _ = f.write_all(&vec![b' '; 64 * 1024]);
            }
        });
        let out = stdout(
            &[
                "--lang",
                "en",
                "check",
                "--max-input-size",
                "1K",
                fifo.to_str().unwrap(),
            ],
            2,
        );
        assert!(out.contains("TOV007"), "{out}");
        writer.join().unwrap();
    }
    let dir = std::env::temp_dir();
    let out = stdout(&["--lang", "en", "check", dir.to_str().unwrap()], 2);
    assert!(out.contains("TOV011"), "{out}");
    tov()
        .args(["check", "--max-input-size", "lots"])
        .assert()
        .code(2);
}

#[test]
fn report_refuses_documents_with_errors_unless_forced() {
    let path = std::env::temp_dir().join("tov-cli-report-broken.json");
    let mut doc: serde_json::Value =
        serde_json::from_str(theory_of_value::example::LOCAL_TOV_JSON).unwrap();
    doc["inputs"] = serde_json::json!([]);
    std::fs::write(&path, serde_json::to_string(&doc).unwrap()).unwrap();
    let out = tov()
        .args(["--lang", "en", "report", "--tov", path.to_str().unwrap()])
        .assert()
        .code(1)
        .get_output()
        .clone();
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("--force") && err.contains("TOV101 /inputs"),
        "{err}"
    );
    let page = stdout(
        &[
            "--lang",
            "en",
            "report",
            "--tov",
            path.to_str().unwrap(),
            "--force",
        ],
        1,
    );
    assert!(page.contains("the documents contain errors"));
}

#[test]
fn monitor_report_in_every_format_and_its_aggregate() {
    let json = stdout(&["monitor", "--format", "json"], 0);
    let report: theory_of_value::monitor::MonitorReport =
        theory_of_value::from_json_str(&json).unwrap();
    assert_eq!(&report, theory_of_value::example::monitor_report());
    assert!(!json.contains("vb-0"), "no participant code in a report");
    let text = stdout(&["--lang", "en", "monitor"], 0);
    assert!(text.contains("Measured: 150"));
    assert!(stdout(&["monitor", "--format", "html"], 0).contains("<svg"));
    assert!(stdout(&["monitor", "--format", "markdown"], 0).starts_with("# Monitorrapport"));
    assert!(stdout(&["monitor", "--format", "cids"], 0).contains("cids:IndicatorReport"));
    // Never below 3.
    tov().args(["monitor", "--threshold", "2"]).assert().code(2);
    // Own measurements need their ToV.
    let m = fixture("tests/fixtures/schema/valid/measurements--two-participants.json");
    tov().args(["monitor", &m]).assert().code(2);
    // A document with errors gives findings, not numbers.
    let bad = fixture("tests/fixtures/monitor/invalid/measurements--duplicate-participant.json");
    let tov_file = fixture("data/example/tov.json");
    let out = stdout(&["monitor", &bad, "--tov", &tov_file], 1);
    assert!(out.contains("TOV512"));
    // The aggregate of the example's report with itself.
    let dir = std::env::temp_dir().join(format!("tov-monitor-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("report.json");
    std::fs::write(&file, &json).unwrap();
    let f = file.to_str().unwrap();
    let both = stdout(&["--lang", "en", "aggregate", f, f], 0);
    assert!(both.contains("Measured: 300"), "{both}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn document_text_reaches_the_terminal_escaped() {
    let hostile = "x\n/other.json:1:1 (document) TOV001: forged\u{1b}]0;title\u{7}`b`";
    let path = national_with("field.json", |d| {
        d[hostile] = 1.into();
    });
    let out = stdout(&["--lang", "en", "check", path.to_str().unwrap()], 2);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out}");
    assert!(
        out.contains("TOV002: unknown field \"x\\\\u{a}/other.json"),
        "{out}"
    );
    // An organisation name with an escape sequence, in an assessment.
    let mut a: serde_json::Value =
        serde_json::from_str(theory_of_value::example::ASSESSMENT_2026_JSON).unwrap();
    a["organisation"] = "Herstel\u{1b}[2J\u{7}Huis".into();
    let path = write_temp("assessment.json", &serde_json::to_string(&a).unwrap());
    let out = stdout(&["assess", path.to_str().unwrap()], 1);
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out}");
    assert!(out.contains("Herstel\\u{1b}[2J\\u{7}Huis"), "{out}");
    let out = stdout(&["check", path.to_str().unwrap()], 1);
    assert!(!out.contains('\u{1b}'), "{out}");
    assert!(out.contains("TOV124 /organisation"), "{out}");
    // A file name with an escape sequence, named when a document is refused or unreadable.
    let path = national_with("name\u{1b}]0;x\u{7}.json", |d| {
        let first = d["outputs"][0].clone();
        d["outputs"].as_array_mut().unwrap().push(first);
    });
    // Standard output and standard error together.
    let both = |args: &[&str], code: i32| {
        let out = tov().args(args).assert().code(code).get_output().clone();
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    };
    let all = both(&["render", path.to_str().unwrap()], 1);
    assert!(!all.contains('\u{1b}') && !all.contains('\u{7}'), "{all}");
    assert!(all.contains("\\u{1b}]0;x\\u{7}.json"), "{all}");
    let missing = path.with_extension("missing");
    let all = both(&["estimate", "--personas", missing.to_str().unwrap()], 2);
    assert!(!all.contains('\u{1b}') && !all.contains('\u{7}'), "{all}");
    // A label with a line break in a local ToV: the comparison's text keeps one line per gap.
    let path = national_with("label.json", |d| {
        d["outputs"][0]["statement"]["nl"] = "Eerst\n  - Vervalst (`op-x`)\u{1b}[2J".into();
        d["outputs"][0]["refines"] = serde_json::json!([]);
        d["outputs"][0]["id"] = "op-eigen".into();
        d["scope"] = serde_json::json!({"level": "local", "organisation": "Steunpunt", "municipalities": ["Utrecht"]});
    });
    let out = tov()
        .args(["--lang", "nl", "compare", path.to_str().unwrap(), "--force"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains('\u{1b}'), "{text}");
    assert!(!text.contains("\n  - Vervalst"), "{text}");
}

#[test]
fn consumers_refuse_a_document_with_errors_unless_forced() {
    let path = national_with("duplicate.json", |d| {
        let first = d["outputs"][0].clone();
        d["outputs"].as_array_mut().unwrap().push(first);
    });
    let file = path.to_str().unwrap();
    for args in [
        vec!["render", file],
        vec!["render", "--format", "svg", file],
        vec!["cids", file],
        vec!["estimate", "--tov", file],
        vec!["cids", file, "--estimate"],
        vec!["compare", file],
        vec!["compare", "--reference", file],
    ] {
        let mut all = vec!["--lang", "en"];
        all.extend(&args);
        let out = stdout(&all, 1);
        assert!(out.contains("error TOV103"), "{args:?}: {out}");
        assert!(out.contains("--force uses it anyway"), "{args:?}: {out}");
    }
    let out = stdout(&["render", "--force", file], 0);
    assert!(out.starts_with("flowchart"), "{out}");
    stdout(&["cids", "--force", file], 0);
    stdout(&["compare", "--force", "--reference", file], 0);
    // The estimate needs valid figures: forced, it still refuses a ToV with errors.
    let out = stdout(&["--lang", "en", "estimate", "--force", "--tov", file], 1);
    assert!(out.contains("TOV103"), "{out}");
}

#[test]
fn many_findings_of_one_code_are_summarised() {
    let path = national_with("dangling.json", |d| {
        let links: Vec<serde_json::Value> =
            (0..250).map(|i| format!("oc-nergens-{i}").into()).collect();
        d["outputs"][0]["outcomes"] = links.into();
    });
    let file = path.to_str().unwrap();
    let out = stdout(&["--lang", "en", "check", file], 1);
    assert_eq!(out.matches("error TOV104").count(), 100, "{out}");
    assert!(out.contains("… and 150 more at TOV104"), "{out}");
    assert!(out.contains("250 errors"), "{out}");
    let nl = stdout(&["check", file], 1);
    assert!(nl.contains("… en nog 150 bij TOV104"), "{nl}");
    let all = stdout(&["--lang", "en", "check", "--all-findings", file], 1);
    assert_eq!(all.matches("error TOV104").count(), 250);
    let json = stdout(&["check", "--format", "json", file], 1);
    assert_eq!(json.matches("\"TOV104\"").count(), 250);
}

/// Standard output and standard error of `tov args`, which exits with `code`.
fn outputs(args: &[&str], code: i32) -> (String, String) {
    let out = tov().args(args).assert().code(code).get_output().clone();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn help_is_dutch_by_default_and_english_with_lang_en() {
    let nl = stdout(&["--help"], 0);
    for dutch in [
        "Theory of Value van zelfregie- en herstelorganisaties",
        "Gebruik: tov [OPTIES] <OPDRACHT>",
        "Opdrachten:",
        "Herken van elk bestand de documentsoort, valideer het en toon de bevindingen",
        "help       Toon deze hulp, of die van de gegeven opdracht(en)",
        "Opties:",
        "--lang <TAAL>",
        "[standaard: nl] [mogelijke waarden: nl, en]",
        "-h, --help",
        "Toon de hulp",
        "-V, --version",
        "Toon de versie",
    ] {
        assert!(nl.contains(dutch), "{dutch} not in\n{nl}");
    }
    for english in [
        "Usage:",
        "Commands:",
        "Options:",
        "Print help",
        "Print version",
        "[default:",
        "possible values",
        "Detect each file",
    ] {
        assert!(!nl.contains(english), "{english} in\n{nl}");
    }
    assert_eq!(stdout(&["-h"], 0), nl);

    let check = stdout(&["check", "--help"], 0);
    for dutch in [
        "Gebruik: tov check [OPTIES] [BESTANDEN]...",
        "Argumenten:",
        "Te controleren bestanden",
        "--format <FORMAAT>",
        "[standaard: text] [mogelijke waarden: text, json]",
        "Toon de hulp",
    ] {
        assert!(check.contains(dutch), "{dutch} not in\n{check}");
    }
    assert!(!check.contains("Options:") && !check.contains("Output for people"));
    assert_eq!(stdout(&["help", "check"], 0), check);

    let en = stdout(&["--lang", "en", "--help"], 0);
    for english in [
        "Usage: tov [OPTIONS] <COMMAND>",
        "Commands:",
        "Detect each file's document kind, validate it, and print the findings",
        "Print this message or the help of the given subcommand(s)",
        "Options:",
        "Print help",
        "Print version",
    ] {
        assert!(en.contains(english), "{english} not in\n{en}");
    }
    assert!(!en.contains("Gebruik") && !en.contains("Toon de hulp"));
    // `--lang` is global: also after the command, and as `--lang=en`.
    for args in [
        &["check", "--lang", "en", "--help"][..],
        &["--lang=en", "check", "--help"],
        &["--lang", "en", "help", "check"],
    ] {
        let en = stdout(args, 0);
        assert!(
            en.contains("Usage: tov check [OPTIONS] [FILES]...")
                && en.contains("Output for people (text) or machines (json)")
                && en.contains("[possible values: text, json]"),
            "{args:?}:\n{en}"
        );
    }
    let version = format!("tov {}\n", env!("CARGO_PKG_VERSION"));
    assert_eq!(stdout(&["--version"], 0), version);
    assert_eq!(stdout(&["--lang", "en", "-V"], 0), version);
}

#[test]
fn usage_errors_in_dutch_and_english_exit_2() {
    let (out, nl) = outputs(&["check", "--frob"], 2);
    assert_eq!(out, "");
    assert!(nl.starts_with("fout: onverwacht argument '--frob'"), "{nl}");
    assert!(
        nl.contains("Gebruik: tov check [OPTIES] [BESTANDEN]..."),
        "{nl}"
    );
    assert!(
        nl.ends_with("Probeer '--help' voor meer informatie.\n"),
        "{nl}"
    );
    let (_, en) = outputs(&["--lang", "en", "check", "--frob"], 2);
    assert!(
        en.starts_with("error: unexpected argument '--frob' found"),
        "{en}"
    );
    assert!(en.contains("Usage: tov check"), "{en}");
    assert!(
        en.ends_with("For more information, try '--help'.\n"),
        "{en}"
    );

    let (_, nl) = outputs(&["check", "--format", "xml"], 2);
    assert!(nl.starts_with("fout: ongeldige waarde 'xml' voor '--format <FORMAAT>'\n  [mogelijke waarden: text, json]"), "{nl}");
    let (_, en) = outputs(&["check", "--format", "xml", "--lang=en"], 2);
    assert!(
        en.starts_with(
            "error: invalid value 'xml' for '--format <FORMAT>'\n  [possible values: text, json]"
        ),
        "{en}"
    );

    let (_, nl) = outputs(&["check", "--formt", "json"], 2);
    assert!(
        nl.contains("tip: er is een vergelijkbaar argument: '--format'"),
        "{nl}"
    );
    let (_, nl) = outputs(&["chek"], 2);
    assert!(nl.starts_with("fout: onbekende opdracht 'chek'"), "{nl}");
    assert!(
        nl.contains("tip: er zijn vergelijkbare opdrachten: 'schema', 'check'"),
        "{nl}"
    );
    let (_, en) = outputs(&["--lang", "en", "chek"], 2);
    assert!(
        en.starts_with("error: unrecognized subcommand 'chek'"),
        "{en}"
    );
    assert!(
        en.contains("tip: some similar subcommands exist: 'schema', 'check'"),
        "{en}"
    );

    let (_, nl) = outputs(&["init"], 2);
    assert!(
        nl.starts_with(
            "fout: deze verplichte argumenten ontbreken:\n  <ORGANISATIE>\n  <GEMEENTEN>..."
        ),
        "{nl}"
    );
    let (_, en) = outputs(&["--lang", "en", "init"], 2);
    assert!(
        en.starts_with(
            "error: the following required arguments were not provided:\n  <ORGANISATION>"
        ),
        "{en}"
    );

    // A language that is not one: said in Dutch, the default.
    let (_, nl) = outputs(&["--lang", "de", "check"], 2);
    assert!(
        nl.starts_with(
            "fout: ongeldige waarde 'de' voor '--lang <TAAL>'\n  [mogelijke waarden: nl, en]"
        ),
        "{nl}"
    );
    let (_, nl) = outputs(&["--max-input-size", "12Q", "check"], 2);
    assert!(
        nl.contains("onbekende eenheid in `12Q` (gebruik K, M of G)"),
        "{nl}"
    );
}

#[test]
fn typed_text_in_a_usage_error_reaches_the_terminal_escaped() {
    let hostile = "x\u{1b}]0;title\u{7}\u{1b}[2Jy";
    let escaped = "x\\u{1b}]0;title\\u{7}\\u{1b}[2Jy";
    let argument = format!("--{hostile}");
    for args in [
        &["check", argument.as_str()][..],
        &[hostile],
        &["check", "--format", hostile],
        &["--max-input-size", hostile, "check"],
    ] {
        for lang in ["nl", "en"] {
            let args: Vec<&str> = ["--lang", lang]
                .into_iter()
                .chain(args.iter().copied())
                .collect();
            let (out, err) = outputs(&args, 2);
            assert_eq!(out, "");
            assert!(
                !err.contains('\u{1b}') && !err.contains('\u{7}'),
                "{args:?}: {err:?}"
            );
            assert!(err.contains(escaped), "{args:?}: {err:?}");
        }
    }
}
