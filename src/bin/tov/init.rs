//! `tov init`: write a starter local ToV, and its JSON Schema beside it for editors.

use crate::io::Failure;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use theory_of_value::model::{DocumentDate, Id, Scope};
use theory_of_value::schema::{schema, Dialect, DocumentKind};
use theory_of_value::{national, Lang, TheoryOfValue};

/// The file name of the schema written beside the ToV, and named in its `$schema`.
const SCHEMA_FILE: &str = "theory-of-value.schema.json";

/// Runs `tov init`.
pub(crate) fn run(
    organisation: &str,
    municipalities: &[String],
    id: Option<&str>,
    output: &Path,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<ExitCode, Failure> {
    let id = checked_arguments(organisation, municipalities, id, output, lang)?;
    let mut tov = TheoryOfValue::starter(
        national(),
        id,
        Scope::local(
            organisation.trim(),
            municipalities
                .iter()
                .map(|m| m.trim())
                .filter(|m| !m.is_empty()),
        ),
        today(),
    );
    tov.schema = Some(format!("./{SCHEMA_FILE}"));
    write_file(
        output,
        format!("{}\n", theory_of_value::to_json_pretty(&tov)),
        lang,
    )?;
    let dir = output.parent().map_or_else(PathBuf::new, Path::to_path_buf);
    let schema_path = dir.join(SCHEMA_FILE);
    let schema_json = schema(DocumentKind::TheoryOfValue, Dialect::Draft2020_12, lang);
    write_file(
        &schema_path,
        format!("{}\n", theory_of_value::to_json_pretty(&schema_json)),
        lang,
    )?;
    write_next_steps(output, &schema_path, lang, out)?;
    Ok(ExitCode::SUCCESS)
}

/// `tov init` cannot go on: the Dutch or the English reason, by `lang`.
fn unusable(lang: Lang, nl: String, en: String) -> Failure {
    Failure::Unusable(format!(
        "tov init: {}",
        match lang {
            Lang::Nl => nl,
            Lang::En => en,
        }
    ))
}

/// The ToV's identifier, once the arguments are usable: an organisation, a municipality, a
/// valid identifier (given, or made from the organisation's name) and a file not yet there.
fn checked_arguments(
    organisation: &str,
    municipalities: &[String],
    id: Option<&str>,
    output: &Path,
    lang: Lang,
) -> Result<Id, Failure> {
    if organisation.trim().is_empty() {
        return Err(unusable(
            lang,
            "geef de naam van de organisatie".into(),
            "give the organisation's name".into(),
        ));
    }
    if municipalities.iter().all(|m| m.trim().is_empty()) {
        return Err(unusable(
            lang,
            "geef ten minste één gemeente waar de organisatie werkt".into(),
            "give at least one municipality the organisation serves".into(),
        ));
    }
    let id_text = id.map_or_else(|| format!("tov-{}", slug(organisation)), str::to_owned);
    let id: Id = id_text.parse().map_err(|e| {
        unusable(
            lang,
            format!("`{id_text}` is geen geldige identificatie ({e}); geef er een met --id"),
            format!("`{id_text}` is not a valid identifier ({e}); give one with --id"),
        )
    })?;
    if output.exists() {
        return Err(unusable(
            lang,
            format!(
                "{} bestaat al; kies een andere naam met --output",
                output.display()
            ),
            format!(
                "{} exists already; choose another name with --output",
                output.display()
            ),
        ));
    }
    Ok(id)
}

/// Writes `text` to `path`.
fn write_file(path: &Path, text: String, lang: Lang) -> Result<(), Failure> {
    std::fs::write(path, text).map_err(|e| {
        unusable(
            lang,
            format!("{} kan niet geschreven worden: {e}", path.display()),
            format!("cannot write {}: {e}", path.display()),
        )
    })
}

/// What was written, and what to do next.
fn write_next_steps(
    output: &Path,
    schema_path: &Path,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let file = output.display();
    match lang {
        Lang::Nl => {
            writeln!(
                out,
                "Geschreven: {file} (de ToV) en {} (het schema, voor aanvulling in je editor).",
                schema_path.display()
            )?;
            writeln!(out, "Elk element van de landelijke ToV staat erin als verfijning (`refines`): houd het, pas het aan of schrap het.")?;
            writeln!(
                out,
                "Doe je iets bewust niet, leg dat dan vast onder `choices`, met de reden."
            )?;
            writeln!(out, "Controleer je werk met: tov check {file}")?;
        }
        Lang::En => {
            writeln!(
                out,
                "Written: {file} (the ToV) and {} (the schema, for completion in your editor).",
                schema_path.display()
            )?;
            writeln!(out, "Every element of the national ToV is in it as a refinement (`refines`): keep it, edit it or delete it.")?;
            writeln!(out, "If you deliberately do not do something, record that under `choices`, with the reason.")?;
            writeln!(out, "Check your work with: tov check {file}")?;
        }
    }
    Ok(())
}

/// Today's date (UTC).
fn today() -> DocumentDate {
    let date = jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date();
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
        .parse()
        .expect("a calendar date is a valid document date")
}

/// An identifier made from a name: lower-case letters and digits, words joined by `-`.
fn slug(name: &str) -> String {
    let mut s = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            c => c,
        };
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            s.push(c);
        } else if !s.is_empty() && !s.ends_with('-') {
            s.push('-');
        }
    }
    let s = s.trim_end_matches('-');
    let s: String = s.chars().take(60).collect();
    s.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn slug_makes_identifiers() {
        assert_eq!(super::slug("Herstelhuis De Brug"), "herstelhuis-de-brug");
        assert_eq!(super::slug("Café 't Hoekje!"), "cafe-t-hoekje");
    }
}
