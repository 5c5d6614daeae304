//! `tov report`: the report an organisation hands its board and funders, as one HTML file.

use crate::io::{load, Failure};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use theory_of_value::assess::{Assessment, MeasurementPlan};
use theory_of_value::base::escape;
use theory_of_value::board::{self, Documents, OnErrors};
use theory_of_value::monitor::MonitorReport;
use theory_of_value::value::{Census, Funding, PersonaSet};
use theory_of_value::{example, Lang, Severity, TheoryOfValue};

/// The documents of `tov report`; with none given, the example organisation's.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// The organisation's ToV.
    #[arg(long)]
    tov: Option<PathBuf>,
    /// The reference ToV; the embedded national one by default.
    #[arg(long)]
    reference: Option<PathBuf>,
    /// The persona set.
    #[arg(long)]
    personas: Option<PathBuf>,
    /// The census.
    #[arg(long)]
    census: Option<PathBuf>,
    /// The measurement plan.
    #[arg(long)]
    plan: Option<PathBuf>,
    /// The latest self-assessment.
    #[arg(long)]
    assessment: Option<PathBuf>,
    /// An earlier self-assessment, to show the change.
    #[arg(long)]
    since: Option<PathBuf>,
    /// The funding agreements.
    #[arg(long)]
    funding: Option<PathBuf>,
    /// The monitor report, as written by `tov monitor --format json`.
    #[arg(long)]
    monitor: Option<PathBuf>,
    /// Write the report even when a document has errors; they are shown on its first page.
    #[arg(long)]
    force: bool,
    /// Write the HTML to FILE instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<PathBuf>,
}

/// The document at `path`, if given.
fn opt<T: serde::de::DeserializeOwned>(
    path: &Option<PathBuf>,
    lang: Lang,
) -> Result<Option<T>, Failure> {
    path.as_ref().map(|p| load(p, lang)).transpose()
}

/// The documents given to `tov report`, read.
struct Loaded {
    tov: Option<TheoryOfValue>,
    reference: Option<TheoryOfValue>,
    personas: Option<PersonaSet>,
    census: Option<Census>,
    plan: Option<MeasurementPlan>,
    assessment: Option<Assessment>,
    since: Option<Assessment>,
    funding: Option<Funding>,
    monitor: Option<MonitorReport>,
}

impl Loaded {
    fn read(args: &Args, lang: Lang) -> Result<Self, Failure> {
        Ok(Loaded {
            tov: opt(&args.tov, lang)?,
            reference: opt(&args.reference, lang)?,
            personas: opt(&args.personas, lang)?,
            census: opt(&args.census, lang)?,
            plan: opt(&args.plan, lang)?,
            assessment: opt(&args.assessment, lang)?,
            since: opt(&args.since, lang)?,
            funding: opt(&args.funding, lang)?,
            monitor: opt(&args.monitor, lang)?,
        })
    }

    /// The documents of the report; the ToV is needed for any of the others.
    fn documents(&self, lang: Lang) -> Result<Documents<'_>, Failure> {
        let Some(tov) = &self.tov else {
            return Err(Failure::Unusable(
                lang.pick(
                    "tov report: geef ook de ToV (--tov)",
                    "tov report: give the ToV too (--tov)",
                )
                .to_owned(),
            ));
        };
        let mut d = Documents::new(tov);
        d.personas = self.personas.as_ref();
        d.census = self.census.as_ref();
        d.measurement_plan = self.plan.as_ref();
        d.assessment = self.assessment.as_ref();
        d.earlier_assessment = self.since.as_ref();
        d.funding = self.funding.as_ref();
        d.monitor = self.monitor.as_ref();
        Ok(d)
    }
}

/// Runs `tov report`. Exit status 1 when the documents have errors: the report is refused,
/// or with `--force` written all the same.
pub(crate) fn run(args: Args, lang: Lang, out: &mut dyn Write) -> Result<ExitCode, Failure> {
    let given = [
        &args.tov,
        &args.personas,
        &args.census,
        &args.plan,
        &args.assessment,
        &args.since,
        &args.funding,
        &args.monitor,
    ]
    .iter()
    .any(|p| p.is_some());
    let loaded = Loaded::read(&args, lang)?;
    let mut docs = if given {
        loaded.documents(lang)?
    } else {
        example::report_documents()
    };
    if let Some(r) = &loaded.reference {
        docs = docs.with_reference(r);
    }
    let on_errors = if args.force {
        OnErrors::Show
    } else {
        OnErrors::Refuse
    };
    let has_errors = board::checks(&docs).iter().any(|c| c.report.has_errors());
    match board::html(&docs, lang, on_errors) {
        Ok(page) => {
            match &args.output {
                Some(path) => std::fs::write(path, page)
                    .map_err(|e| Failure::Unusable(format!("{}: {e}", path.display())))?,
                None => out.write_all(page.as_bytes())?,
            }
            Ok(ExitCode::from(u8::from(has_errors)))
        }
        Err(refused) => {
            eprintln!(
                "{}",
                lang.pick(
                    "tov report: geen rapport geschreven, de documenten bevatten fouten (schrijf het toch met --force):",
                    "tov report: no report written, the documents contain errors (write it anyway with --force):",
                )
            );
            for c in &refused.checks {
                for f in c
                    .report
                    .findings
                    .iter()
                    .filter(|f| f.severity == Severity::Error)
                {
                    let line = format!("{} {}: {}", c.document.get(lang), c.id, f.render(lang));
                    eprintln!("  {}", escape::terminal(&line));
                }
            }
            Ok(ExitCode::from(1))
        }
    }
}
