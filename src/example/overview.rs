//! The main job on embedded data as one Markdown document (`tov overview`): the renderings of
//! the national ToV, the estimate, the comparison, the monitor report and who pays, with the
//! example's own lines between them written through the one writer.

use super::{
    area_figures, assessment_2025, assessment_2026, census, estimate, funding, local_tov,
    measurement_plan, measurements, monitor_report, persona_set, stories,
};
use crate::base::write::CodeSpan;
use crate::base::write::{put, Md, Writer};
use crate::base::{Label, Lang, Report};
use crate::compare::compare;
use crate::model::{ijkpunt_coverage, national};
use crate::render::{self, figure::Figure};

/// The main job on embedded data, as Markdown: the national ToV as an outline with its
/// validation report, then the example organisation — its value estimate, line by line; its
/// local ToV against the national one; its measurement plan; its self-assessment on the
/// ten characteristics with the change since the year before; its monitor report; and last,
/// who pays and who saves: the care costs avoided per payer and law, break-even, its funding
/// agreements and the wrong-pocket view, ending with the sentence that avoided costs are a
/// by-product of the added value. Every text from the documents is escaped for Markdown.
///
/// ```
/// use theory_of_value::base::Lang;
/// use theory_of_value::example;
/// let text = example::overview(Lang::En);
/// assert!(text.starts_with("# Theory of Value of the self-direction and recovery movement"));
/// assert!(text.contains("€151,802.40"));
/// assert!(text.contains("Output (individual): 6/8"));
/// assert!(text.contains("| Municipality | €115,000.00 | 85.19% |"));
/// assert!(text.trim_end().ends_with(theory_of_value::render::bijvangst(Lang::En)));
/// ```
pub fn overview(lang: Lang) -> String {
    let mut out = render::markdown(national(), lang);
    out.push_str(&markdown(|w| {
        heading(w, 2, lang.pick("Validatie", "Validation"));
        checked(w, &national().validate(), NATIONAL, lang);
        organisation(w, lang);
        // The renderings below are sections of this document: their headings sit lower.
        w.deeper(1, |w| {
            render::markdown::write_estimate(w, estimate(), national(), persona_set(), lang);
        });
        against_the_national(w, lang);
        self_assessment(w, lang);
        heading(
            w,
            2,
            lang.pick(
                "Monitor: tellen en vertellen (gegenereerde, fictieve metingen)",
                "Monitor: counting and telling (generated, fictional measurements)",
            ),
        );
        w.deeper(2, |w| {
            render::monitor::write_monitor(w, monitor_report(), lang)
        });
        w.newline();
        monitor_check(w, lang);
        // Who pays, who saves: after the added value and the care costs of the estimate above.
        title(
            w,
            lang.pick("wie betaalt, wie bespaart", "who pays, who saves"),
        );
        checked(w, &funding().validate(), FUNDING, lang);
        w.newline();
        w.deeper(1, |w| {
            if let Err(report) =
                render::money::write_money(w, estimate(), census(), Some(funding()), lang)
            {
                report.render_into(w, None, usize::MAX, lang);
            }
        });
    }));
    out
}

const NATIONAL: Label = Label::new(
    "Controle van de landelijke ToV",
    "Check of the national ToV",
);
const PERSONAS: Label = Label::new("Controle van de persona's", "Check of the personas");
const CENSUS: Label = Label::new("Controle van de telling", "Check of the census");
const PLAN: Label = Label::new("Controle van het meetplan", "Check of the measurement plan");
const ASSESSMENT: Label = Label::new(
    "Controle van de zelfbeoordeling",
    "Check of the self-assessment",
);
const MONITOR: Label = Label::new("Controle van de monitor", "Check of the monitor");
const FUNDING: Label = Label::new("Controle van de financiering", "Check of the funding");

/// Markdown written by `body`.
fn markdown(body: impl FnOnce(&mut Writer<Md>)) -> String {
    let mut w = Writer::<Md>::new();
    body(&mut w);
    w.finish()
}

/// A heading of `level` after a blank line, with the crate's words.
fn heading(w: &mut Writer<Md>, level: usize, words: &'static str) {
    w.newline().heading(level).words(words).newline().newline();
}

/// A title of the example organisation's part, after a blank line: its name and `words`.
fn title(w: &mut Writer<Md>, words: &'static str) {
    put!(w, "\n", [#1], { census().organisation }, " — ", (words), "\n\n");
}

/// The findings of a check, if any, and its summary line labelled with what was checked.
fn checked(w: &mut Writer<Md>, report: &Report, what: Label, lang: Lang) {
    report.render_into(w, Some(what.get(lang)), usize::MAX, lang);
}

/// The example organisation: its name, period and people per persona, with the checks of
/// its personas and census.
fn organisation(w: &mut Writer<Md>, lang: Lang) {
    let (set, census) = (persona_set(), census());
    title(
        w,
        lang.pick(
            "voorbeeldorganisatie, fictief",
            "example organisation, fictional",
        ),
    );
    put!(
        w,
        (lang.pick("Periode", "Period")),
        " ",
        { census.period.start.to_string() },
        " – ",
        { census.period.end.to_string() },
        "\n\n",
        (lang.pick("Mensen per persona", "People per persona")),
        ":\n\n"
    );
    for c in &census.personas {
        let name = set
            .persona(c.persona.as_str())
            .map_or("?", |p| p.name.as_str());
        put!(w, "- ", { name }, " (");
        Md::code(w, c.persona.as_str());
        put!(w, "): ", [c.people], "\n");
    }
    w.newline();
    checked(w, &set.validate_against(national()), PERSONAS, lang);
    checked(w, &census.validate_against(set), CENSUS, lang);
    w.newline();
}

/// The local ToV against the national one: the comparison as text, the activities primarily
/// serving each ijkpunt, and the check of the measurement plan.
fn against_the_national(w: &mut Writer<Md>, lang: Lang) {
    let local = local_tov();
    heading(
        w,
        2,
        lang.pick(
            "Lokale ToV tegen de landelijke",
            "Local ToV against the national one",
        ),
    );
    compare(local, national()).write_text(w, lang);
    put!(
        w,
        "\n",
        (lang.pick(
            "IJkpunten (activiteiten die ze primair dienen)",
            "Ijkpunten (activities primarily serving them)"
        )),
        ":\n\n"
    );
    for i in ijkpunt_coverage(local).ijkpunten {
        put!(
            w,
            "- ",
            (i.ijkpunt.label().get(lang)),
            ": ",
            [i.activities.len()],
            "\n"
        );
    }
    heading(w, 2, lang.pick("Meetplan", "Measurement plan"));
    checked(w, &measurement_plan().validate_against(local), PLAN, lang);
}

/// The self-assessment of 2026: the mean level per question group, the change per
/// characteristic since 2025, and its check.
fn self_assessment(w: &mut Writer<Md>, lang: Lang) {
    let now = assessment_2026();
    heading(
        w,
        2,
        lang.pick(
            "Zelfbeoordeling op de tien kenmerken",
            "Self-assessment on the ten characteristics",
        ),
    );
    put!(
        w,
        (lang.pick(
            "Gemiddeld niveau per vraag (1 nog niet … 4 kenmerkend):",
            "Mean level per question (1 not yet … 4 characteristic):"
        )),
        "\n\n"
    );
    for g in now.summary() {
        put!(w, "- ", (g.group.label().get(lang)), ": ");
        if let Some(mean) = g.mean() {
            w.num(Figure::decimal(mean, 2, lang));
        }
        w.newline();
    }
    let change = now.changes_since(assessment_2025());
    put!(
        w,
        "\n",
        (lang.pick("Verandering per kenmerk", "Change per characteristic")),
        " (",
        { change.from.to_string() },
        " → ",
        { change.to.to_string() },
        "):\n\n"
    );
    let level =
        |l: Option<crate::assess::AssessmentLevel>| l.map_or("—", |l| l.label().get(lang));
    for c in change.characteristics.iter().filter(|c| c.delta != 0) {
        put!(
            w,
            "- ",
            (lang.pick("kenmerk", "characteristic")),
            " ",
            [c.item.number()],
            ", ",
            (c.item.short_label().get(lang)),
            ": ",
            (level(c.before)),
            " → ",
            (level(c.after)),
            "\n"
        );
    }
    w.newline();
    checked(w, &now.validate(), ASSESSMENT, lang);
}

/// The check of the monitor's documents: the measurements, stories and area figures against
/// the local ToV, with the estimate.
fn monitor_check(w: &mut Writer<Md>, lang: Lang) {
    let all = crate::monitor::instruments();
    let input = crate::monitor::MonitorInput::new(local_tov(), &all, measurements())
        .with_stories(stories())
        .with_areas(area_figures())
        .with_estimate(estimate());
    checked(w, &input.validate(), MONITOR, lang);
}
