//! The commands that turn documents into other documents: `schema`, `compare`, `estimate`,
//! `national`, `cids` and `render`.

use crate::io::{estimate_inputs, json_text, load, name_of, refuse_invalid, report_text, Failure};
use crate::{CompareFormat, EstimateFormat, NationalFormat, RenderFormat};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use theory_of_value::base::escape;
use theory_of_value::base::escape::terminal;
use theory_of_value::export::cids;
use theory_of_value::render;
use theory_of_value::schema::{schema, ui_schema, Dialect, DocumentKind, UiLibrary, UnknownName};
use theory_of_value::value::{estimate, Funding};
use theory_of_value::{compare, example, national, Lang, TheoryOfValue};

/// `tov schema KIND --dialect D [--ui LIBRARY]`.
pub(crate) fn schema_of(
    kind: &str,
    dialect: &str,
    ui: Option<&str>,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<ExitCode, Failure> {
    let unusable = |e: UnknownName| Failure::Unusable(e.to_string());
    let kind: DocumentKind = kind.parse().map_err(unusable)?;
    let dialect: Dialect = dialect.parse().map_err(unusable)?;
    let document = match ui {
        Some(library) => ui_schema(kind, library.parse::<UiLibrary>().map_err(unusable)?, lang),
        None => schema(kind, dialect, lang),
    };
    writeln!(out, "{}", json_text(&document))?;
    Ok(ExitCode::SUCCESS)
}

/// `tov compare [LOCAL] [--reference R]`.
pub(crate) fn compare_with(
    local: Option<PathBuf>,
    reference: Option<PathBuf>,
    format: CompareFormat,
    force: bool,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<ExitCode, Failure> {
    let names = (
        name_of(&local, "(example tov)"),
        name_of(&reference, "(national)"),
    );
    let local: TheoryOfValue = match &local {
        Some(p) => load(p, lang)?,
        None => example::local_tov().clone(),
    };
    let reference: TheoryOfValue = match &reference {
        Some(p) => load(p, lang)?,
        None => national().clone(),
    };
    let documents = [(names.0, local.validate()), (names.1, reference.validate())];
    if let Some(refused) = refuse_invalid(&documents, force, lang, out)? {
        return Ok(refused);
    }
    let c = compare(&local, &reference);
    if format == CompareFormat::Json {
        writeln!(out, "{}", json_text(&c))?;
    } else if format == CompareFormat::Markdown {
        write!(out, "{}", c.render_markdown(lang))?;
    } else {
        let title = lang.pick("Vergelijking", "Comparison");
        writeln!(out, "{title} `{}` ↔ `{}`", c.local, c.reference)?;
        for line in c.render(lang).lines() {
            writeln!(out, "  {}", terminal(line))?;
        }
    }
    Ok(ExitCode::from(u8::from(c.report.has_errors())))
}

/// The documents of `tov estimate`; each the embedded default when not given.
pub(crate) struct EstimateFiles {
    /// The ToV.
    pub(crate) tov: Option<PathBuf>,
    /// The persona set.
    pub(crate) personas: Option<PathBuf>,
    /// The census.
    pub(crate) census: Option<PathBuf>,
    /// The funding agreements.
    pub(crate) funding: Option<PathBuf>,
}

/// `tov estimate [--tov T] [--personas P] [--census C] [--funding F]`: the estimate, then who
/// pays and who saves (the split by payer, break-even, the funding and the wrong-pocket view).
pub(crate) fn estimate_of(
    files: EstimateFiles,
    format: EstimateFormat,
    force: bool,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<ExitCode, Failure> {
    let EstimateFiles {
        tov,
        personas,
        census: census_file,
        funding,
    } = files;
    let names = [
        name_of(&tov, "(national)"),
        name_of(&personas, "(example personas)"),
        name_of(&census_file, "(example census)"),
    ];
    let (tov, set, census) = estimate_inputs(&tov, &personas, &census_file, lang)?;
    if let Some(refused) = refuse_invalid(&validated(names, &tov, &set, &census), force, lang, out)?
    {
        return Ok(refused);
    }
    let funding: Option<Funding> = match (&funding, &census_file) {
        (Some(p), _) => Some(load(p, lang)?),
        (None, None) => Some(example::funding().clone()),
        (None, Some(_)) => None,
    };
    let funding_report = funding.as_ref().map(Funding::validate).unwrap_or_default();
    match estimate(&tov, &set, &census) {
        Ok(e) => {
            let money = |html: bool| {
                if funding_report.has_errors() {
                    Err(funding_report.clone())
                } else if html {
                    render::money_html(&e, funding.as_ref(), lang)
                } else {
                    render::money_markdown(&e, &census, funding.as_ref(), lang)
                }
            };
            match format {
                EstimateFormat::Json => writeln!(out, "{}", json_text(&e))?,
                EstimateFormat::Html => {
                    let page = render::estimate_html(&e, &tov, &set, lang);
                    let section = money(true).unwrap_or_else(|r| {
                        format!("<pre>{}</pre>", escape::html(&r.render(lang)))
                    });
                    match page.rfind("</body>") {
                        Some(at) => write!(out, "{}{section}{}", &page[..at], &page[at..])?,
                        None => write!(out, "{page}{section}")?,
                    }
                }
                EstimateFormat::Text => {
                    write!(out, "{}", render::estimate_markdown(&e, &tov, &set, lang))?;
                    writeln!(out)?;
                    if !funding_report.findings.is_empty() {
                        writeln!(out, "{}", report_text(&funding_report, lang))?;
                    }
                    if let Ok(text) = money(false) {
                        write!(out, "{text}")?;
                    }
                }
            }
            Ok(ExitCode::from(u8::from(funding_report.has_errors())))
        }
        Err(report) => {
            write!(out, "{}", report_text(&report, lang))?;
            Ok(ExitCode::from(1))
        }
    }
}

/// `tov national`.
pub(crate) fn national_as(
    format: NationalFormat,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<ExitCode, Failure> {
    match format {
        NationalFormat::Json => write!(out, "{}", theory_of_value::NATIONAL_JSON)?,
        NationalFormat::Markdown => write!(out, "{}", render::markdown(national(), lang))?,
    }
    Ok(ExitCode::SUCCESS)
}

/// `tov cids [FILE] [--estimate …]`.
pub(crate) fn cids_of(
    file: Option<PathBuf>,
    with_estimate: bool,
    personas: Option<PathBuf>,
    census: Option<PathBuf>,
    force: bool,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<ExitCode, Failure> {
    let names = [
        name_of(&file, "(national)"),
        name_of(&personas, "(example personas)"),
        name_of(&census, "(example census)"),
    ];
    let (tov, set, census) = estimate_inputs(&file, &personas, &census, lang)?;
    let documents = if with_estimate {
        validated(names, &tov, &set, &census)
    } else {
        let [tov_name, ..] = names;
        vec![(tov_name, tov.validate())]
    };
    if let Some(refused) = refuse_invalid(&documents, force, lang, out)? {
        return Ok(refused);
    }
    if !with_estimate {
        writeln!(out, "{}", json_text(&cids::tov_graph(&tov, lang)))?;
        return Ok(ExitCode::SUCCESS);
    }
    match estimate(&tov, &set, &census) {
        Ok(e) => {
            writeln!(
                out,
                "{}",
                json_text(&cids::estimate_graph(&e, &tov, &census, lang))
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Err(report) => {
            write!(out, "{}", report_text(&report, lang))?;
            Ok(ExitCode::from(1))
        }
    }
}

/// `tov render [FILE] --format F`.
pub(crate) fn render_as(
    file: Option<PathBuf>,
    format: RenderFormat,
    force: bool,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<ExitCode, Failure> {
    let name = name_of(&file, "(national)");
    let tov: TheoryOfValue = match &file {
        Some(p) => load(p, lang)?,
        None => national().clone(),
    };
    if let Some(refused) = refuse_invalid(&[(name, tov.validate())], force, lang, out)? {
        return Ok(refused);
    }
    match format {
        RenderFormat::Mermaid => write!(out, "{}", render::mermaid(&tov, lang))?,
        RenderFormat::Svg => writeln!(out, "{}", render::svg(&tov, lang))?,
        RenderFormat::Html => write!(out, "{}", render::html(&tov, lang))?,
        RenderFormat::Markdown => write!(out, "{}", render::markdown(&tov, lang))?,
    }
    Ok(ExitCode::SUCCESS)
}

/// The reports of the three documents of an estimate: the ToV on its own, the persona set
/// against it, the census against the persona set.
fn validated(
    [tov_name, set_name, census_name]: [String; 3],
    tov: &TheoryOfValue,
    set: &theory_of_value::value::PersonaSet,
    census: &theory_of_value::value::Census,
) -> Vec<(String, theory_of_value::Report)> {
    vec![
        (tov_name, tov.validate()),
        (set_name, set.validate_against(tov)),
        (census_name, census.validate_against(set)),
    ]
}
