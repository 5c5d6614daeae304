//! The rule table in docs/rules.md documents every code, once, with its name and severity.

use theory_of_value::{Code, Severity};

#[test]
fn every_code_is_documented_once_with_its_name_and_severity() {
    let table = include_str!("../../docs/rules.md");
    let rows: Vec<Vec<&str>> = table
        .lines()
        .filter(|l| l.starts_with("| TOV"))
        .map(|l| l.split('|').map(str::trim).collect())
        .collect();
    assert_eq!(rows.len(), Code::ALL.len(), "one row per code");
    for code in Code::ALL {
        let row = rows
            .iter()
            .find(|r| r[1] == code.as_str())
            .unwrap_or_else(|| panic!("{code} is not in docs/rules.md"));
        assert_eq!(row[2], code.name(), "{code}");
        let severity = match code.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        assert_eq!(row[3], severity, "{code}");
        for (i, cell) in row[4..7].iter().enumerate() {
            assert!(!cell.is_empty(), "{code}: column {} is empty", i + 4);
        }
    }
}

#[test]
fn codes_are_unique_and_titles_bilingual() {
    let mut seen = std::collections::HashSet::new();
    for code in Code::ALL {
        assert!(seen.insert(code.as_str()), "{code} twice");
        assert!(seen.insert(code.name()), "{} twice", code.name());
        assert_ne!(code.title().nl, code.title().en, "{code}");
    }
}
