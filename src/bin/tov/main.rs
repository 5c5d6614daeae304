//! `tov`: check, compare, estimate and render Theory of Value documents. With no file given,
//! every command works on the embedded national ToV and the bundled (fictional) example
//! organisation.
//!
//! Exit status: 0 no errors, 1 findings with errors (also: a document with errors refused by
//! `compare`, `estimate`, `cids` or `render` without `--force`), 2 unreadable input (an input
//! over `--max-input-size`, 256 MiB by default, is `TOV007`), usage error or output that could
//! not be written. A closed pipe (`tov … | head`) ends the command quietly with 0.
//!
//! Everything `tov` says is in the language of `--lang`: Dutch by default, also `--help`, `tov
//! help COMMAND` and usage errors (see `help.rs`; the Dutch texts of the help are in `dutch.rs`).

mod assess;
mod check;
mod dutch;
mod explain;
mod help;
mod init;
mod io;
mod monitor;
mod produce;
mod report;
mod usage_error;

use clap::{Parser, Subcommand, ValueEnum};
use io::Failure;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use theory_of_value::{example, Lang};

#[derive(Parser)]
#[command(
    name = "tov",
    version,
    about = "Theory of Value of self-direction and recovery organisations (zelfregie- en herstelorganisaties)"
)]
struct Cli {
    /// Language of messages and labels: nl (default) or en.
    #[arg(long, global = true, default_value = "nl")]
    lang: LangArg,
    /// The largest input file read, in bytes or with K, M or G (default 256M); a larger file,
    /// or a stream that goes on longer, is refused with TOV007.
    #[arg(long, global = true, value_parser = usage_error::parse_size, default_value = "256M")]
    max_input_size: u64,
    /// Show every finding in text output, not the first 100 of each code.
    #[arg(long, global = true)]
    all_findings: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Nl,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Nl => Lang::Nl,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
pub(crate) enum Format {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// The main job on embedded data: the national ToV with its validation report, and the
    /// example organisation's estimate, comparison, measurement plan and self-assessment.
    Overview,
    /// Detect each file's document kind, validate it, and print the findings.
    Check {
        /// Files to check; none checks the embedded national ToV and the example organisation.
        files: Vec<PathBuf>,
        /// Output for people (text) or machines (json).
        #[arg(long, default_value = "text")]
        format: Format,
        /// The reference ToV that ToVs with `refines` are checked against; the embedded
        /// national one by default.
        #[arg(long)]
        reference: Option<PathBuf>,
    },
    /// Print the JSON Schema of a document kind.
    Schema {
        /// theory-of-value, persona-set, census, assessment, measurement-plan, report, estimate,
        /// comparison, funding, instrument, measurements, stories, area-figures, monitor-report.
        kind: String,
        /// 2020-12 (default), draft-07 or openapi3.
        #[arg(long, default_value = "2020-12")]
        dialect: String,
        /// Print the UI schema for a form library instead: jsonforms or rjsf.
        #[arg(long)]
        ui: Option<String>,
    },
    /// Compare a local ToV with the national one (or another reference).
    Compare {
        /// The local ToV; none compares the example organisation's.
        local: Option<PathBuf>,
        /// The reference ToV; the embedded national one by default.
        #[arg(long)]
        reference: Option<PathBuf>,
        /// Text, JSON, or a Markdown document.
        #[arg(long, default_value = "text")]
        format: CompareFormat,
        /// Compare even when a ToV has errors (otherwise the findings are printed, exit 1).
        #[arg(long)]
        force: bool,
    },
    /// Estimate added value and care costs avoided from a ToV, a persona set and a census.
    Estimate {
        /// The ToV; the embedded national one by default.
        #[arg(long)]
        tov: Option<PathBuf>,
        /// The persona set; the example organisation's by default.
        #[arg(long)]
        personas: Option<PathBuf>,
        /// The census; the example organisation's by default.
        #[arg(long)]
        census: Option<PathBuf>,
        /// The organisation's funding agreements, for the wrong-pocket view; the example
        /// organisation's when no census is given.
        #[arg(long)]
        funding: Option<PathBuf>,
        /// A Markdown report (text), JSON, or an HTML report with charts.
        #[arg(long, default_value = "text")]
        format: EstimateFormat,
        /// Go on when a document has errors; the estimate itself still needs valid figures.
        #[arg(long)]
        force: bool,
    },
    /// Summarise a self-assessment, and the change since an earlier one.
    Assess {
        /// The assessment; the example organisation's of 2026 by default.
        file: Option<PathBuf>,
        /// An earlier assessment of the same organisation; the example's of 2025 by default.
        #[arg(long)]
        since: Option<PathBuf>,
    },
    /// Print the embedded national ToV.
    National {
        /// Markdown or JSON.
        #[arg(long, default_value = "markdown")]
        format: NationalFormat,
    },
    /// Export a ToV, or a value estimate, to the Common Impact Data Standard (CIDS) as JSON-LD.
    Cids {
        /// The ToV; the embedded national one by default.
        file: Option<PathBuf>,
        /// Export the value estimate of a persona set and a census instead (the example
        /// organisation's by default).
        #[arg(long)]
        estimate: bool,
        /// The persona set, with --estimate.
        #[arg(long, requires = "estimate")]
        personas: Option<PathBuf>,
        /// The census, with --estimate.
        #[arg(long, requires = "estimate")]
        census: Option<PathBuf>,
        /// Export even when the ToV has errors (otherwise the findings are printed, exit 1).
        #[arg(long)]
        force: bool,
    },
    /// Draw a ToV as its chain.
    Render {
        /// The ToV; the embedded national one by default.
        file: Option<PathBuf>,
        /// A Mermaid diagram, SVG, an HTML page or Markdown.
        #[arg(long, default_value = "mermaid")]
        format: RenderFormat,
        /// Draw even when the ToV has errors (otherwise the findings are printed, exit 1).
        #[arg(long)]
        force: bool,
    },
    /// Start a local ToV: every element of the national ToV as a refinement to keep, edit or
    /// delete, with its JSON Schema beside it for editor completion.
    Init {
        /// The organisation's name.
        organisation: String,
        /// The municipalities it serves.
        #[arg(required = true)]
        municipalities: Vec<String>,
        /// The ToV's identifier; `tov-` and the organisation's name by default.
        #[arg(long)]
        id: Option<String>,
        /// Where to write the ToV (the schema goes beside it).
        #[arg(long, short, default_value = "tov.json")]
        output: PathBuf,
    },
    /// Explain a rule code: what it catches, why, and how to fix it.
    Explain {
        /// A code such as TOV301, or its name such as gap.
        code: String,
    },
    /// Write the report for the board and funders: one self-contained HTML file from the
    /// organisation's documents (the example organisation's by default).
    Report(report::Args),
    /// The monitor report of measurements, stories and area figures: per output what was
    /// measured, by class of change, beside the persona estimate; small counts suppressed.
    Monitor(monitor::MonitorArgs),
    /// Combine many organisations' monitor reports (JSON) into one movement-wide picture.
    Aggregate {
        /// Monitor reports as written by `tov monitor --format json`; none uses the example's.
        reports: Vec<PathBuf>,
        /// Text, JSON (the combined report), Markdown, HTML with charts, or CIDS JSON-LD.
        #[arg(long, default_value = "text")]
        format: monitor::MonitorFormat,
    },
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
pub(crate) enum CompareFormat {
    Text,
    Json,
    Markdown,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum NationalFormat {
    Json,
    Markdown,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum RenderFormat {
    Mermaid,
    Svg,
    Html,
    Markdown,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
pub(crate) enum EstimateFormat {
    Text,
    Json,
    Html,
}

fn run(cli: Cli, out: &mut dyn Write) -> Result<ExitCode, Failure> {
    let lang: Lang = cli.lang.into();
    io::configure(io::Settings {
        max_input: cli.max_input_size,
        all_findings: cli.all_findings,
    });
    match cli.command {
        Command::Overview => {
            write!(out, "{}", example::overview(lang))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Check {
            files,
            format,
            reference,
        } => check::run(&files, reference.as_ref(), format, lang, out),
        Command::Schema { kind, dialect, ui } => {
            produce::schema_of(&kind, &dialect, ui.as_deref(), lang, out)
        }
        Command::Compare {
            local,
            reference,
            format,
            force,
        } => produce::compare_with(local, reference, format, force, lang, out),
        Command::Estimate {
            tov,
            personas,
            census,
            funding,
            format,
            force,
        } => produce::estimate_of(
            produce::EstimateFiles {
                tov,
                personas,
                census,
                funding,
            },
            format,
            force,
            lang,
            out,
        ),
        Command::Assess { file, since } => assess::run(file, since, lang, out),
        Command::National { format } => produce::national_as(format, lang, out),
        Command::Cids {
            file,
            estimate,
            personas,
            census,
            force,
        } => produce::cids_of(file, estimate, personas, census, force, lang, out),
        Command::Render {
            file,
            format,
            force,
        } => produce::render_as(file, format, force, lang, out),
        Command::Init {
            organisation,
            municipalities,
            id,
            output,
        } => init::run(
            &organisation,
            &municipalities,
            id.as_deref(),
            &output,
            lang,
            out,
        ),
        Command::Explain { code } => explain::run(&code, lang, out),
        Command::Report(args) => report::run(args, lang, out),
        Command::Monitor(args) => monitor::run(args, lang, out),
        Command::Aggregate { reports, format } => {
            monitor::aggregate_run(&reports, format, lang, out)
        }
    }
}

fn main() -> ExitCode {
    // Help and usage errors are in the language asked for, so it is known before parsing.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = help::scan_lang(&args);
    let cli = match help::parse(args, lang) {
        Ok(cli) => cli,
        Err(code) => return ExitCode::from(code),
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let result = run(cli, &mut out).and_then(|code| {
        out.flush()?;
        Ok(code)
    });
    match result {
        Ok(code) => code,
        // The reader went away (`tov … | head`): nothing more to say to anyone.
        Err(Failure::Write(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Write(e)) => {
            eprintln!("tov: cannot write the output: {e}");
            ExitCode::from(2)
        }
        Err(Failure::Unusable(message)) => {
            let _ = out.flush();
            // Messages may name files and quote input: no control character reaches the
            // terminal (escaping is idempotent, so text escaped before passes unchanged).
            for line in message.lines() {
                eprintln!("{}", theory_of_value::base::escape::terminal(line));
            }
            ExitCode::from(2)
        }
    }
}
