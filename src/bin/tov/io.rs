//! Reading input files and the ways a command can fail.

use std::path::{Path, PathBuf};
use theory_of_value::value::{Census, PersonaSet};
use theory_of_value::{example, national, Lang, ParseError, TheoryOfValue};

/// Why a command could not finish: exit status 2.
pub(crate) enum Failure {
    /// Input that could not be used, with the message to show.
    Unusable(String),
    /// The output could not be written.
    Write(std::io::Error),
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure::Write(e)
    }
}

/// A file's bytes. Whether they are UTF-8 is left to the reading of the document, which says
/// where they are not (`TOV001`, line and column).
pub(crate) fn read(path: &Path) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|e| Failure::Unusable(format!("{}: {e}", path.display())))
}

/// A parse error, prefixed with the file's name.
pub(crate) fn parse_error(path: &str, e: &ParseError, lang: Lang) -> String {
    format!("{path}:{}", e.render(lang))
}

/// Reads a document of type `T` from a file.
pub(crate) fn load<T: serde::de::DeserializeOwned>(path: &Path, lang: Lang) -> Result<T, Failure> {
    let bytes = read(path)?;
    theory_of_value::from_json_slice(&bytes)
        .map_err(|e| Failure::Unusable(parse_error(&path.display().to_string(), &e, lang)))
}

/// Pretty-printed JSON of a value the crate built (always representable).
pub(crate) fn json_text(value: &impl serde::Serialize) -> String {
    theory_of_value::to_json_pretty(value)
}

/// The ToV (national by default), persona set and census (the example's by default).
pub(crate) fn estimate_inputs(
    tov: &Option<PathBuf>,
    personas: &Option<PathBuf>,
    census: &Option<PathBuf>,
    lang: Lang,
) -> Result<(TheoryOfValue, PersonaSet, Census), Failure> {
    Ok((
        match tov {
            Some(p) => load(p, lang)?,
            None => national().clone(),
        },
        match personas {
            Some(p) => load(p, lang)?,
            None => example::persona_set().clone(),
        },
        match census {
            Some(p) => load(p, lang)?,
            None => example::census().clone(),
        },
    ))
}
