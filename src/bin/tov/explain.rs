//! `tov explain CODE`: a rule's entry from the rule table (docs/rules.md).

use crate::io::Failure;
use std::io::Write;
use std::process::ExitCode;
use theory_of_value::{Code, Lang};

/// The rule table, as shipped with the crate: in English, and its Dutch text.
const RULES: &str = include_str!("../../../docs/rules.md");
const REGELS: &str = include_str!("../../../docs/regels.md");

/// One row of the rule table.
struct Entry<'a> {
    what: &'a str,
    why: &'a str,
    fix: &'a str,
}

/// The row of `code` in the table in `lang`.
fn entry(code: Code, lang: Lang) -> Option<Entry<'static>> {
    let table = lang.pick(REGELS, RULES);
    table.lines().find_map(|line| {
        let cells: Vec<&str> = line
            .trim()
            .strip_prefix('|')?
            .strip_suffix('|')?
            .split(" | ")
            .map(str::trim)
            .collect();
        (cells.len() == 6 && cells[0] == code.as_str()).then(|| Entry {
            what: cells[3],
            why: cells[4],
            fix: cells[5],
        })
    })
}

/// Runs `tov explain CODE` (a code such as `TOV301` or its name such as `gap`).
pub(crate) fn run(code: &str, lang: Lang, out: &mut dyn Write) -> Result<ExitCode, Failure> {
    let wanted = code.trim().to_uppercase();
    let Some(code) = Code::ALL
        .iter()
        .copied()
        .find(|c| c.as_str() == wanted || c.name() == code.trim().to_lowercase())
    else {
        let near = Code::ALL
            .iter()
            .map(|c| (distance(c.as_str(), &wanted), c.as_str()))
            .min()
            .filter(|(d, _)| *d <= 2)
            .map(|(_, c)| c);
        let (hint_nl, hint_en) = match near {
            Some(s) => (format!(" Bedoel je {s}?"), format!(" Did you mean {s}?")),
            None => (String::new(), String::new()),
        };
        return Err(Failure::Unusable(match lang {
            Lang::Nl => format!("tov explain: onbekende code `{code}`.{hint_nl}"),
            Lang::En => format!("tov explain: unknown code `{code}`.{hint_en}"),
        }));
    };
    let entry = entry(code, lang).ok_or_else(|| {
        Failure::Unusable(format!(
            "tov explain: {code} is not in the rule table (docs/rules.md, docs/regels.md)"
        ))
    })?;
    writeln!(
        out,
        "{code} {} ({}): {}",
        code.name(),
        code.severity().label().get(lang),
        code.title().get(lang)
    )?;
    for (heading, text) in [
        (lang.pick("Wat het vangt", "What it catches"), entry.what),
        (lang.pick("Waarom", "Why"), entry.why),
        (lang.pick("Oplossen", "How to fix"), entry.fix),
    ] {
        writeln!(out, "  {heading}: {text}")?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The edit distance between two short strings.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_code_has_an_entry_in_both_languages() {
        use theory_of_value::{Code, Lang};
        for code in Code::ALL {
            for lang in [Lang::Nl, Lang::En] {
                assert!(
                    super::entry(*code, lang).is_some(),
                    "{code} has no row in {lang:?}"
                );
            }
        }
        // Each table names the codes in the same order, with the same names.
        let codes = |table: &str| -> Vec<(String, String)> {
            table
                .lines()
                .filter(|l| l.starts_with("| TOV"))
                .map(|l| {
                    let cells: Vec<&str> = l.split(" | ").collect();
                    (cells[0].to_owned(), cells[1].to_owned())
                })
                .collect()
        };
        assert_eq!(codes(super::RULES), codes(super::REGELS));
        assert_eq!(codes(super::REGELS).len(), Code::ALL.len());
    }
}
