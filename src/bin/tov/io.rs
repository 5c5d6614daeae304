//! Reading input files, refusing invalid documents, and the ways a command can fail.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::OnceLock;
use theory_of_value::base::escape::terminal;
use theory_of_value::value::{Census, PersonaSet};
use theory_of_value::{example, national, Code, Lang, Message, ParseError, Report, TheoryOfValue};

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

/// The largest input read by default: 256 MiB.
pub(crate) const DEFAULT_MAX_INPUT: u64 = 256 * 1024 * 1024;

/// How many findings of one code text output shows before summarising the rest.
pub(crate) const FINDINGS_PER_CODE: usize = 100;

/// Settings every command shares, set once from the command line.
pub(crate) struct Settings {
    /// The largest input read, in bytes (`--max-input-size`).
    pub(crate) max_input: u64,
    /// Every finding in text output (`--all-findings`), not the first hundred per code.
    pub(crate) all_findings: bool,
}

static SETTINGS: OnceLock<Settings> = OnceLock::new();

/// Sets the shared settings (once, before a command runs).
pub(crate) fn configure(settings: Settings) {
    // A second call keeps the first settings; `main` calls this once.
    let _ = SETTINGS.set(settings);
}

fn settings() -> &'static Settings {
    SETTINGS.get_or_init(|| Settings {
        max_input: DEFAULT_MAX_INPUT,
        all_findings: false,
    })
}

/// Parses a size for `--max-input-size`: bytes, or a number with `K`, `M`, `G` (powers of
/// 1024, also written `KiB`, `MiB`, `GiB`).
pub(crate) fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(digits);
    let number: u64 = number.parse().map_err(|_| {
        format!(
            "not a size: `{}` (e.g. 1048576, 512K, 64M, 1G)",
            terminal(s)
        )
    })?;
    let factor: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kib" | "kb" => 1 << 10,
        "m" | "mib" | "mb" => 1 << 20,
        "g" | "gib" | "gb" => 1 << 30,
        _ => return Err(format!("unknown unit in `{}` (use K, M or G)", terminal(s))),
    };
    number
        .checked_mul(factor)
        .ok_or_else(|| format!("size too large: `{}`", terminal(s)))
}

/// A failure to read `path` with `code`, as a parse error of the whole document.
fn read_failure(code: Code, nl: String, en: String) -> ParseError {
    ParseError {
        code,
        path: String::new(),
        line: 0,
        column: 0,
        message: Message::new(nl, en),
        suggestion: None,
    }
}

/// A file's bytes, at most the size limit. A regular file larger than the limit is refused
/// before reading; a stream (a device such as `/dev/zero`, a pipe) is read up to the limit and
/// refused when it goes on (`TOV007`). A file that does not exist is `TOV010`, one that cannot be
/// read `TOV011`. Whether the
/// bytes are UTF-8 is left to the reading of the document, which says where they are not
/// (`TOV001`, line and column).
pub(crate) fn read(path: &Path) -> Result<Vec<u8>, ParseError> {
    let limit = settings().max_input;
    let unreadable = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => read_failure(
            Code::MissingFile,
            "bestand bestaat niet; controleer de naam en de map".into(),
            "file does not exist; check the name and the folder".into(),
        ),
        std::io::ErrorKind::PermissionDenied => read_failure(
            Code::UnreadableFile,
            "bestand niet leesbaar: je hebt geen toestemming om het te lezen".into(),
            "file cannot be read: you have no permission to read it".into(),
        ),
        _ => read_failure(
            Code::UnreadableFile,
            format!("bestand niet leesbaar ({e})"),
            format!("file cannot be read ({e})"),
        ),
    };
    let too_large = |what_nl: &str, what_en: &str| {
        read_failure(
            Code::InputTooLarge,
            format!("{what_nl} dan de grens van {limit} bytes; verhoog die met --max-input-size als dat de bedoeling is"),
            format!("{what_en} than the limit of {limit} bytes; raise it with --max-input-size if that is intended"),
        )
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let meta = file.metadata().map_err(unreadable)?;
    if meta.is_dir() {
        return Err(read_failure(
            Code::UnreadableFile,
            "bestand niet leesbaar: dit is een map".into(),
            "file cannot be read: this is a folder".into(),
        ));
    }
    if meta.is_file() && meta.len() > limit {
        return Err(too_large("het bestand is groter", "the file is larger"));
    }
    let mut bytes = Vec::new();
    let mut reader = file.take(limit.saturating_add(1));
    if meta.is_file() {
        reader.read_to_end(&mut bytes).map_err(unreadable)?;
    } else {
        // A stream may never end (`/dev/zero`): read it in pieces, and stop at a NUL byte,
        // which JSON never holds, so the reading of the document says where it went wrong
        // (`TOV001`) without waiting for the limit.
        let mut piece = vec![0u8; 64 * 1024];
        loop {
            let n = match reader.read(&mut piece) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(unreadable(e)),
            };
            let got = piece.get(..n).unwrap_or_default();
            if let Some(nul) = got.iter().position(|&b| b == 0) {
                bytes.extend_from_slice(got.get(..=nul).unwrap_or_default());
                return Ok(bytes);
            }
            bytes.extend_from_slice(got);
        }
    }
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > limit {
        return Err(too_large("de invoer is langer", "the input is longer"));
    }
    Ok(bytes)
}

/// A file's name as it may be shown in a terminal.
pub(crate) fn shown(path: &Path) -> String {
    terminal(&path.display().to_string())
}

/// A parse error, prefixed with the file's name (both escaped for a terminal).
pub(crate) fn parse_error(path: &str, e: &ParseError, lang: Lang) -> String {
    format!("{}:{}", terminal(path), e.render(lang))
}

/// Reads a document of type `T` from a file.
pub(crate) fn load<T: serde::de::DeserializeOwned>(path: &Path, lang: Lang) -> Result<T, Failure> {
    let name = path.display().to_string();
    let bytes = read(path).map_err(|e| Failure::Unusable(parse_error(&name, &e, lang)))?;
    theory_of_value::from_json_slice(&bytes)
        .map_err(|e| Failure::Unusable(parse_error(&name, &e, lang)))
}

/// Pretty-printed JSON of a value the crate built (always representable).
pub(crate) fn json_text(value: &impl serde::Serialize) -> String {
    theory_of_value::to_json_pretty(value)
}

/// A report as text: every finding, or (without `--all-findings`) the first hundred of each
/// code followed by a line that counts the rest.
pub(crate) fn report_text(report: &Report, lang: Lang) -> String {
    if settings().all_findings {
        return report.render(lang);
    }
    report.render_at_most(FINDINGS_PER_CODE, lang)
}

/// [`report_text`] with its summary line labelled with what was checked
/// (`Controle van x.json: 0 fouten, …`).
pub(crate) fn report_text_labelled(report: &Report, what: &str, lang: Lang) -> String {
    let per_code = findings_kept().unwrap_or(usize::MAX);
    theory_of_value::base::render_labelled_at_most(report, what, per_code, lang)
}

/// For text output without `--all-findings`: how many findings of each code to keep.
pub(crate) fn findings_kept() -> Option<usize> {
    (!settings().all_findings).then_some(FINDINGS_PER_CODE)
}

/// The name a document is shown with: its file, or what the embedded default is.
pub(crate) fn name_of(path: &Option<PathBuf>, default: &str) -> String {
    path.as_ref()
        .map_or_else(|| default.to_owned(), |p| shown(p))
}

/// Validate first: prints the findings of every document with errors and returns exit
/// status 1, unless `force` is set (then a note on standard error, and `None`: go on).
/// `None` too when no document has errors.
pub(crate) fn refuse_invalid(
    documents: &[(String, Report)],
    force: bool,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<Option<ExitCode>, Failure> {
    let invalid: Vec<&(String, Report)> =
        documents.iter().filter(|(_, r)| r.has_errors()).collect();
    if invalid.is_empty() {
        return Ok(None);
    }
    if force {
        let names: Vec<String> = invalid.iter().map(|(n, _)| terminal(n)).collect();
        eprintln!(
            "{}",
            match lang {
                Lang::Nl => format!(
                    "tov: --force: gebruikt ondanks fouten: {}",
                    names.join(", ")
                ),
                Lang::En => format!("tov: --force: used despite errors: {}", names.join(", ")),
            }
        );
        return Ok(None);
    }
    for (name, report) in invalid {
        writeln!(out, "{}", terminal(name))?;
        for line in report_text(report, lang).lines() {
            writeln!(out, "  {line}")?;
        }
    }
    let hint = match lang {
        Lang::Nl => {
            "Niet gebruikt: het document heeft fouten (zie hierboven; --force gebruikt het toch)."
        }
        Lang::En => "Not used: the document has errors (see above; --force uses it anyway).",
    };
    writeln!(out, "{hint}")?;
    Ok(Some(ExitCode::from(1)))
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
