//! `tov assess`: a self-assessment's summary, and its change since an earlier one.

use crate::io::{load, report_text, Failure};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use theory_of_value::assess::{Assessment, AssessmentLevel};
use theory_of_value::base::escape::terminal;
use theory_of_value::{example, Lang};

/// Runs `tov assess`.
pub(crate) fn run(
    file: Option<PathBuf>,
    since: Option<PathBuf>,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<ExitCode, Failure> {
    let now: Assessment = match &file {
        Some(p) => load(p, lang)?,
        None => example::assessment_2026().clone(),
    };
    let earlier: Option<Assessment> = match (&since, &file) {
        (Some(p), _) => Some(load(p, lang)?),
        (None, None) => Some(example::assessment_2025().clone()),
        (None, Some(_)) => None,
    };
    let report = now.validate();
    writeln!(out, "{} — {}", terminal(&now.organisation), now.date)?;
    for g in now.summary() {
        writeln!(
            out,
            "  {}: {:.2} ({} {})",
            g.group.label().get(lang),
            g.mean().unwrap_or(0.0),
            g.count,
            if lang == Lang::Nl {
                "kenmerken"
            } else {
                "characteristics"
            }
        )?;
    }
    if let Some(earlier) = earlier {
        let change = now.changes_since(&earlier);
        writeln!(
            out,
            "{} {} → {}:",
            if lang == Lang::Nl {
                "Verandering"
            } else {
                "Change"
            },
            change.from,
            change.to
        )?;
        for c in &change.characteristics {
            let level = |l: Option<AssessmentLevel>| l.map_or("—", |l| l.label().get(lang));
            writeln!(
                out,
                "  {:>2}. {:<20} {} → {} ({:+})",
                c.item.number(),
                c.item.id(),
                level(c.before),
                level(c.after),
                c.delta
            )?;
        }
        for line in report_text(&change.report, lang)
            .lines()
            .filter(|l| !change.report.findings.is_empty() || l.is_empty())
        {
            writeln!(out, "  {line}")?;
        }
    }
    for line in report_text(&report, lang).lines() {
        writeln!(out, "  {line}")?;
    }
    Ok(ExitCode::from(u8::from(report.has_errors())))
}
