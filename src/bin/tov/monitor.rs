//! `tov monitor` and `tov aggregate`: the monitor report of one organisation, and the
//! movement-wide picture of many organisations' reports.

use crate::io::{json_text, load, Failure};
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use theory_of_value::export::cids;
use theory_of_value::monitor::{
    aggregate, instruments, monitor_report, AreaFigures, InstrumentDefinition, Measurements,
    MonitorInput, MonitorReport, Stories, Threshold,
};
use theory_of_value::render;
use theory_of_value::value::{estimate, Census, PersonaSet};
use theory_of_value::{example, national, Lang, TheoryOfValue};

/// How a monitor report is written.
#[derive(Clone, Copy, ValueEnum, PartialEq)]
pub(crate) enum MonitorFormat {
    Text,
    Json,
    Markdown,
    Html,
    Cids,
}

/// The arguments of `tov monitor`.
#[derive(Args)]
pub(crate) struct MonitorArgs {
    /// The measurements; none reports the example organisation (with its ToV, stories, area
    /// figures and persona estimate).
    measurements: Option<PathBuf>,
    /// The organisation's ToV (required with measurements of your own).
    #[arg(long)]
    tov: Option<PathBuf>,
    /// An instrument definition of your own (repeatable); MANSA, NEL and MPG are embedded.
    #[arg(long = "instrument")]
    instruments: Vec<PathBuf>,
    /// Stories.
    #[arg(long)]
    stories: Option<PathBuf>,
    /// Area figures.
    #[arg(long)]
    areas: Option<PathBuf>,
    /// A persona set, for the persona estimate beside the measured shares (with --census).
    #[arg(long, requires = "census")]
    personas: Option<PathBuf>,
    /// A census, with --personas.
    #[arg(long, requires = "personas")]
    census: Option<PathBuf>,
    /// Counts below this are suppressed; 5 by default, never below 3.
    #[arg(long, default_value_t = 5)]
    threshold: u32,
    /// Text, JSON (the report document), Markdown, HTML with charts, or CIDS JSON-LD.
    #[arg(long, default_value = "text")]
    format: MonitorFormat,
}

fn threshold(n: u32, lang: Lang) -> Result<Threshold, Failure> {
    Threshold::new(n).map_err(|e| {
        Failure::Unusable(match lang {
            Lang::Nl => format!("tov: een drempel van {} is te laag; de kleinste is 3", e.0),
            Lang::En => format!("tov: {e}"),
        })
    })
}

fn write_report(
    r: &MonitorReport,
    format: MonitorFormat,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    match format {
        MonitorFormat::Text => write!(out, "{}", render::monitor_text(r, lang))?,
        MonitorFormat::Json => writeln!(out, "{}", json_text(r))?,
        MonitorFormat::Markdown => write!(out, "{}", render::monitor_markdown(r, lang))?,
        MonitorFormat::Html => write!(out, "{}", render::monitor_html(r, lang))?,
        MonitorFormat::Cids => writeln!(out, "{}", json_text(&cids::monitor_report(r, lang)))?,
    }
    Ok(())
}

/// Runs `tov monitor`.
pub(crate) fn run(a: MonitorArgs, lang: Lang, out: &mut dyn Write) -> Result<ExitCode, Failure> {
    let t = threshold(a.threshold, lang)?;
    let own_instruments: Vec<InstrumentDefinition> = a
        .instruments
        .iter()
        .map(|p| load(p, lang))
        .collect::<Result<_, _>>()?;
    let mut defs: Vec<&InstrumentDefinition> = own_instruments.iter().collect();
    for d in instruments() {
        if !defs.iter().any(|x| x.id == d.id) {
            defs.push(d);
        }
    }
    let example_run = a.measurements.is_none();
    let (tov, measurements): (TheoryOfValue, Measurements) = match (&a.tov, &a.measurements) {
        (_, None) => (
            example::local_tov().clone(),
            example::measurements().clone(),
        ),
        (Some(t), Some(m)) => (load(t, lang)?, load(m, lang)?),
        (None, Some(_)) => {
            return Err(Failure::Unusable(
                lang.pick(
                    "tov: geef met eigen metingen ook de ToV (--tov)",
                    "tov: with measurements of your own, give the ToV too (--tov)",
                )
                .into(),
            ))
        }
    };
    let stories: Option<Stories> = match &a.stories {
        Some(p) => Some(load(p, lang)?),
        None if example_run => Some(example::stories().clone()),
        None => None,
    };
    let areas: Option<AreaFigures> = match &a.areas {
        Some(p) => Some(load(p, lang)?),
        None if example_run => Some(example::area_figures().clone()),
        None => None,
    };
    let est = match (&a.personas, &a.census) {
        (Some(p), Some(c)) => {
            let set: PersonaSet = load(p, lang)?;
            let census: Census = load(c, lang)?;
            let on = if set.tov == tov.id { &tov } else { national() };
            Some(estimate(on, &set, &census).map_err(|r| Failure::Unusable(r.render(lang)))?)
        }
        _ if example_run => Some(example::estimate().clone()),
        _ => None,
    };
    let mut input = MonitorInput::new(&tov, &defs, &measurements).with_threshold(t);
    if let Some(s) = &stories {
        input = input.with_stories(s);
    }
    if let Some(x) = &areas {
        input = input.with_areas(x);
    }
    if let Some(e) = &est {
        input = input.with_estimate(e);
    }
    match monitor_report(&input) {
        Ok(r) => {
            write_report(&r, a.format, lang, out)?;
            let findings = input.validate();
            if !findings.findings.is_empty() && a.format == MonitorFormat::Text {
                write!(out, "\n{}", findings.render(lang))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(findings) => {
            write!(out, "{}", findings.render(lang))?;
            Ok(ExitCode::from(1))
        }
    }
}

/// Runs `tov aggregate`: many organisations' monitor reports as one movement-wide picture.
pub(crate) fn aggregate_run(
    reports: &[PathBuf],
    format: MonitorFormat,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<ExitCode, Failure> {
    let reports: Vec<MonitorReport> = if reports.is_empty() {
        vec![example::monitor_report().clone()]
    } else {
        reports
            .iter()
            .map(|p| load(p, lang))
            .collect::<Result<_, _>>()?
    };
    let national_id = national().id.clone();
    let Some(r) = aggregate(national_id, &reports) else {
        return Err(Failure::Unusable("tov: no reports".into()));
    };
    write_report(&r, format, lang, out)?;
    Ok(ExitCode::SUCCESS)
}
