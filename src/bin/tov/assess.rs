//! `tov assess`: a self-assessment's summary, and its change since an earlier one.

use crate::io::{load, Failure};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use theory_of_value::assess::{Assessment, AssessmentLevel};
use theory_of_value::base::escape::terminal;
use theory_of_value::base::{counted, format_decimal, render_labelled, Label};
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
    write_summary(&now, lang, out)?;
    if let Some(earlier) = earlier {
        write_change(&now, &earlier, lang, out)?;
    }
    let what = Label::new(
        "Controle van de zelfbeoordeling",
        "Check of the self-assessment",
    );
    for line in render_labelled(&report, what.get(lang), lang).lines() {
        writeln!(out, "  {line}")?;
    }
    Ok(ExitCode::from(u8::from(report.has_errors())))
}

/// Who assessed when, and the mean level per question.
fn write_summary(now: &Assessment, lang: Lang, out: &mut dyn Write) -> Result<(), Failure> {
    writeln!(
        out,
        "{} — {} {}",
        terminal(&now.organisation),
        lang.pick("zelfbeoordeling van", "self-assessment of"),
        now.date
    )?;
    writeln!(
        out,
        "{}",
        lang.pick(
            "Gemiddeld niveau per vraag (1 nog niet … 4 kenmerkend):",
            "Mean level per question (1 not yet … 4 characteristic):",
        )
    )?;
    let noun = (
        Label::new("kenmerk", "characteristic"),
        Label::new("kenmerken", "characteristics"),
    );
    for g in now.summary() {
        let mean = g.mean().map_or_else(
            || lang.pick("niet beoordeeld", "not assessed").to_owned(),
            |m| format_decimal(m, 2, lang),
        );
        writeln!(
            out,
            "  {}: {mean} ({})",
            g.group.label().get(lang),
            counted(g.count as u64, noun, lang)
        )?;
    }
    Ok(())
}

/// The change per characteristic since `earlier`, and the findings of the comparison.
fn write_change(
    now: &Assessment,
    earlier: &Assessment,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let change = now.changes_since(earlier);
    writeln!(
        out,
        "{} ({} → {}):",
        lang.pick("Verandering per kenmerk", "Change per characteristic"),
        change.from,
        change.to
    )?;
    for c in &change.characteristics {
        let level = |l: Option<AssessmentLevel>| l.map_or("—", |l| l.label().get(lang));
        writeln!(
            out,
            "  {:>2}. {}: {} → {} ({:+})",
            c.item.number(),
            c.item.short_label().get(lang),
            level(c.before),
            level(c.after),
            c.delta
        )?;
    }
    if !change.report.findings.is_empty() {
        let what = Label::new(
            "Vergelijking met de vorige beoordeling",
            "Comparison with the earlier assessment",
        );
        for line in render_labelled(&change.report, what.get(lang), lang).lines() {
            writeln!(out, "  {line}")?;
        }
    }
    Ok(())
}
