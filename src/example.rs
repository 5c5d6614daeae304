//! The bundled example organisation: **fictional**, no real people. *Steunpunt Het Voorbeeld*
//! has a local ToV that refines the national one, with some additions of its own and some
//! honest gaps. It sorts its visitors into three personas — about 20 people as persona A, 80 as persona B and
//! 50 as persona C, as in the national report's Raalte example — and one neighbourhood
//! profile, with a census for 2025. It assessed itself against the ten characteristics in
//! 2025 and 2026, and has a measurement plan. Cost figures are marked as assumptions of the example,
//! except the crisis-admission cost, which carries its published source.

use crate::assess::{Assessment, MeasurementPlan};
use crate::model::TheoryOfValue;
use crate::monitor::{AreaFigures, Measurements, MonitorReport, Stories};
use crate::value::{Census, Estimate, PersonaSet};
use std::sync::OnceLock;

/// The example local ToV as JSON text (`data/example/tov.json`).
///
/// ```
/// assert!(theory_of_value::example::LOCAL_TOV_JSON.contains("\"refines\": \"nvzh-tov\""));
/// ```
pub const LOCAL_TOV_JSON: &str = include_str!("../data/example/tov.json");

/// The example organisation's local ToV, refining the national one.
///
/// # Panics
/// Never: the embedded text is checked by the crate's tests.
///
/// ```
/// let tov = theory_of_value::example::local_tov();
/// assert!(tov.validate().is_clean());
/// ```
pub fn local_tov() -> &'static TheoryOfValue {
    static TOV: OnceLock<TheoryOfValue> = OnceLock::new();
    TOV.get_or_init(|| {
        TheoryOfValue::from_json_str(LOCAL_TOV_JSON).expect("the example local ToV parses")
    })
}

/// The example persona set as JSON text (`data/example/personas.json`).
///
/// ```
/// assert!(theory_of_value::example::PERSONAS_JSON.contains("fictief"));
/// ```
pub const PERSONAS_JSON: &str = include_str!("../data/example/personas.json");

/// The example census as JSON text (`data/example/census.json`).
///
/// ```
/// assert!(theory_of_value::example::CENSUS_JSON.contains("\"people\": 80"));
/// ```
pub const CENSUS_JSON: &str = include_str!("../data/example/census.json");

/// The example persona set, on the outputs of the national ToV.
///
/// # Panics
/// Never: the embedded text is checked by the crate's tests.
///
/// ```
/// let set = theory_of_value::example::persona_set();
/// assert_eq!(set.personas.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Anna", "Bram", "Chantal"]);
/// ```
pub fn persona_set() -> &'static PersonaSet {
    static SET: OnceLock<PersonaSet> = OnceLock::new();
    SET.get_or_init(|| {
        PersonaSet::from_json_str(PERSONAS_JSON).expect("the example persona set parses")
    })
}

/// The example census for 2025.
///
/// # Panics
/// Never: the embedded text is checked by the crate's tests.
///
/// ```
/// let c = theory_of_value::example::census();
/// assert_eq!(c.visitors.unique, Some(150));
/// ```
pub fn census() -> &'static Census {
    static CENSUS: OnceLock<Census> = OnceLock::new();
    CENSUS.get_or_init(|| Census::from_json_str(CENSUS_JSON).expect("the example census parses"))
}

/// The value estimate of the example census on the national ToV.
///
/// # Panics
/// Never: the example is checked by the crate's tests.
///
/// ```
/// let e = theory_of_value::example::estimate();
/// assert_eq!(e.care_lines.len(), 3);
/// ```
pub fn estimate() -> &'static Estimate {
    static ESTIMATE: OnceLock<Estimate> = OnceLock::new();
    ESTIMATE.get_or_init(|| {
        crate::value::estimate(crate::model::national(), persona_set(), census())
            .expect("the example estimate computes")
    })
}

/// The example organisation's funding agreements of 2025 as JSON text
/// (`data/example/funding.json`): fictional, marked as the example's assumption.
///
/// ```
/// assert!(theory_of_value::example::FUNDING_JSON.contains("\"funder_kind\": \"municipality\""));
/// ```
pub const FUNDING_JSON: &str = include_str!("../data/example/funding.json");

/// The example organisation's funding agreements of 2025: a municipal Wmo subsidy, a regional
/// IZA-SPUK project, a fund and a subcontract with a mental-health provider, together the
/// year's costs.
///
/// # Panics
/// Never: the embedded text is checked by the crate's tests.
///
/// ```
/// let f = theory_of_value::example::funding();
/// assert_eq!(f.totals()?.total, theory_of_value::example::census().costs);
/// # Ok::<(), theory_of_value::Report>(())
/// ```
pub fn funding() -> &'static crate::value::Funding {
    static FUNDING: OnceLock<crate::value::Funding> = OnceLock::new();
    FUNDING.get_or_init(|| {
        crate::value::Funding::from_json_str(FUNDING_JSON).expect("the example funding parses")
    })
}

/// Who funds the example organisation against who saves by it.
///
/// # Panics
/// Never: the example is checked by the crate's tests.
///
/// ```
/// use theory_of_value::value::Payer;
/// let w = theory_of_value::example::wrong_pocket();
/// assert_eq!(w.rows[0].payer, Payer::Insurer);
/// ```
pub fn wrong_pocket() -> &'static crate::value::WrongPocket {
    static W: OnceLock<crate::value::WrongPocket> = OnceLock::new();
    W.get_or_init(|| {
        crate::value::wrong_pocket(funding(), estimate()).expect("the example funding sums")
    })
}

/// The example organisation's self-assessment of 2025 as JSON text.
///
/// ```
/// assert!(theory_of_value::example::ASSESSMENT_2025_JSON.contains("2025-03"));
/// ```
pub const ASSESSMENT_2025_JSON: &str = include_str!("../data/example/assessment-2025.json");

/// The example organisation's self-assessment of 2026 as JSON text.
///
/// ```
/// assert!(theory_of_value::example::ASSESSMENT_2026_JSON.contains("2026-03"));
/// ```
pub const ASSESSMENT_2026_JSON: &str = include_str!("../data/example/assessment-2026.json");

/// The example organisation's measurement plan as JSON text.
///
/// ```
/// assert!(theory_of_value::example::MEASUREMENT_PLAN_JSON.contains("experience_stories"));
/// ```
pub const MEASUREMENT_PLAN_JSON: &str = include_str!("../data/example/measurement-plan.json");

/// The self-assessment of 2025.
///
/// # Panics
/// Never: the embedded text is checked by the crate's tests.
///
/// ```
/// assert!(theory_of_value::example::assessment_2025().validate().is_clean());
/// ```
pub fn assessment_2025() -> &'static Assessment {
    static A: OnceLock<Assessment> = OnceLock::new();
    A.get_or_init(|| {
        Assessment::from_json_str(ASSESSMENT_2025_JSON).expect("the example assessment parses")
    })
}

/// The self-assessment of 2026, with three craft concepts.
///
/// # Panics
/// Never: the embedded text is checked by the crate's tests.
///
/// ```
/// assert_eq!(theory_of_value::example::assessment_2026().craft.len(), 3);
/// ```
pub fn assessment_2026() -> &'static Assessment {
    static A: OnceLock<Assessment> = OnceLock::new();
    A.get_or_init(|| {
        Assessment::from_json_str(ASSESSMENT_2026_JSON).expect("the example assessment parses")
    })
}

/// The measurement plan for the example's local ToV.
///
/// # Panics
/// Never: the embedded text is checked by the crate's tests.
///
/// ```
/// assert_eq!(theory_of_value::example::measurement_plan().tov.as_str(), "tov-het-voorbeeld");
/// ```
pub fn measurement_plan() -> &'static MeasurementPlan {
    static P: OnceLock<MeasurementPlan> = OnceLock::new();
    P.get_or_init(|| {
        MeasurementPlan::from_json_str(MEASUREMENT_PLAN_JSON).expect("the example plan parses")
    })
}

/// The example organisation's documents for its report (`board`): its local ToV, persona
/// set, census, measurement plan and self-assessments of 2026 and 2025, against the national
/// ToV.
///
/// ```
/// use theory_of_value::{example, Lang};
/// use theory_of_value::board::{self, OnErrors};
/// let docs = example::report_documents();
/// assert!(docs.earlier_assessment.is_some());
/// let page = board::html(&docs, Lang::En, OnErrors::Refuse)?;
/// assert!(page.contains("€151,802.40"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn report_documents() -> crate::board::Documents<'static> {
    crate::board::Documents::new(local_tov())
        .with_personas(persona_set())
        .with_census(census())
        .with_measurement_plan(measurement_plan())
        .with_assessment(assessment_2026())
        .with_earlier_assessment(assessment_2025())
        .with_funding(funding())
        .with_monitor(monitor_report())
}

/// The example organisation's stories as JSON text (`data/example/stories.json`).
///
/// ```
/// assert!(theory_of_value::example::STORIES_JSON.contains("fictief voorbeeld"));
/// ```
pub const STORIES_JSON: &str = include_str!("../data/example/stories.json");

/// The example organisation's area figures as JSON text (`data/example/area-figures.json`):
/// fictional figures, not from waarstaatjegemeente.nl.
///
/// ```
/// assert!(theory_of_value::example::AREA_FIGURES_JSON.contains("Fictief voorbeeldcijfer"));
/// ```
pub const AREA_FIGURES_JSON: &str = include_str!("../data/example/area-figures.json");

/// The example organisation's stories for 2025: three fictional stories, one that may be
/// quoted publicly, one internally only, one not at all.
///
/// # Panics
/// Never: the embedded text is checked by the crate's tests.
///
/// ```
/// assert_eq!(theory_of_value::example::stories().stories.len(), 3);
/// ```
pub fn stories() -> &'static Stories {
    static S: OnceLock<Stories> = OnceLock::new();
    S.get_or_init(|| Stories::from_json_str(STORIES_JSON).expect("the example stories parse"))
}

/// The example organisation's area figures: loneliness in Raalte, fictional.
///
/// # Panics
/// Never: the embedded text is checked by the crate's tests.
///
/// ```
/// assert_eq!(theory_of_value::example::area_figures().figures.len(), 3);
/// ```
pub fn area_figures() -> &'static AreaFigures {
    static A: OnceLock<AreaFigures> = OnceLock::new();
    A.get_or_init(|| {
        AreaFigures::from_json_str(AREA_FIGURES_JSON).expect("the example area figures parse")
    })
}

/// The example organisation's measurements for 2025: **generated, fictional**. 150
/// participants (`vb-001` to `vb-150`; 20 like persona A, 80 like B, 50 like C, as in the
/// census), measured in February and November with MANSA (items), NEL (total) and MPG (the
/// six dimensions); every fifteenth participant has only the first moment. Participant
/// `vb-001` is the worked example of docs/monitor.md. The standard deviations, MPG
/// reliabilities and the expected course of persona B are assumptions of this fictional
/// example, and say so.
///
/// ```
/// let m = theory_of_value::example::measurements();
/// assert_eq!(m.participants.len(), 150);
/// assert_eq!(m.participants[0].code, "vb-001");
/// ```
pub fn measurements() -> &'static Measurements {
    static M: OnceLock<Measurements> = OnceLock::new();
    M.get_or_init(generated_measurements)
}

/// A deterministic pseudo-random generator for the example data (a 64-bit linear
/// congruential generator, Knuth's constants).
struct Lcg(u64);

impl Lcg {
    /// A number in [0, 1).
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
    /// A whole number from -k to k.
    fn spread(&mut self, k: i32) -> f64 {
        f64::from(((self.next() * f64::from(2 * k + 1)) as i32) - k)
    }
}

fn generated_measurements() -> Measurements {
    use crate::monitor::{
        Expectation, Moment, Parameter, Participant, ScoreEntry, ScoreParameters,
    };
    let id = |s: &str| s.parse::<crate::model::Id>().expect("a valid example ID");
    let assumption = |what: &str| {
        crate::model::SourceRef {
        document: "Steunpunt Het Voorbeeld (fictief)".into(),
        section: Some(
            format!("Aanname van dit fictieve voorbeeld: {what}; niet gepubliceerd, niet te gebruiken als norm").into(),
        ),
    }
    };
    let param = |v: f64, what: &str| Parameter {
        value: v,
        source: assumption(what),
    };
    let mut parameters = vec![
        ScoreParameters {
            instrument: id("mansa"),
            score: id("satisfaction"),
            reliability: None,
            sd: Some(param(0.8, "standaarddeviatie")),
        },
        ScoreParameters {
            instrument: id("nel"),
            score: id("total"),
            reliability: None,
            sd: Some(param(0.5, "standaarddeviatie")),
        },
    ];
    for dim in [
        "mental-wellbeing",
        "meaning",
        "quality-of-life",
        "participation",
        "daily-functioning",
    ] {
        parameters.push(ScoreParameters {
            instrument: id("mpg"),
            score: id(dim),
            reliability: Some(param(0.8, "betrouwbaarheid")),
            sd: Some(param(1.0, "standaarddeviatie")),
        });
    }
    let expected = vec![Expectation {
        persona: id("persona-b"),
        instrument: id("mpg"),
        score: id("mental-wellbeing"),
        change_per_year: -4.0,
        source: assumption("verwacht verloop zonder de organisatie voor mensen als persona B"),
    }];
    let mut rng = Lcg(2025);
    let dims = [
        "bodily-functions",
        "mental-wellbeing",
        "meaning",
        "quality-of-life",
        "participation",
        "daily-functioning",
    ];
    let mut participants = Vec::with_capacity(150);
    for n in 1..=150u32 {
        let persona = match n {
            1..=20 => "persona-a",
            21..=100 => "persona-b",
            _ => "persona-c",
        };
        let day = |month: i8| -> crate::model::DocumentDate {
            crate::model::DocumentDate::Day(jiff::civil::date(2025, month, 3 + (n % 20) as i8))
        };
        // Change over the year, in scale points: A and C tend to improve, B to decline slowly.
        let (mansa_shift, mpg_shift, nel_shift) = match persona {
            "persona-a" => (1.0, 1.5, 0.4),
            "persona-b" => (-0.2, -1.5, 0.0),
            _ => (0.8, 1.0, 0.3),
        };
        let base_mansa = 3.0 + rng.spread(1);
        let base_mpg = 6.0 + rng.spread(1);
        let base_nel = 3.0 + rng.spread(1) * 0.3;
        let mut moments = Vec::new();
        let count = if n % 15 == 0 { 1 } else { 2 };
        for m in 1..=count {
            let t = f64::from(m - 1);
            let items: Vec<Option<f64>> = if n == 1 {
                let worked: [f64; 12] = if m == 1 {
                    [3., 4., 3., 4., 3., 4., 3., 4., 3., 4., 3., 4.]
                } else {
                    [5., 5., 4., 5., 5., 4., 5., 5., 4., 5., 4., 6.]
                };
                worked.iter().map(|x| Some(*x)).collect()
            } else {
                (0..12)
                    .map(|_| Some((base_mansa + t * mansa_shift + rng.spread(1)).clamp(1.0, 7.0)))
                    .collect()
            };
            let mut scores = vec![ScoreEntry::items(id("mansa"), items)];
            let nel = (base_nel + t * nel_shift + rng.spread(1) * 0.1).clamp(1.0, 5.0);
            scores.push(ScoreEntry::value(
                id("nel"),
                id("total"),
                (nel * 10.0).round() / 10.0,
            ));
            for d in dims {
                let v = (base_mpg + t * mpg_shift + rng.spread(1) * 0.5).clamp(0.0, 10.0);
                scores.push(ScoreEntry::value(
                    id("mpg"),
                    id(d),
                    (v * 10.0).round() / 10.0,
                ));
            }
            moments.push(Moment {
                moment: m as u16,
                date: day(if m == 1 { 2 } else { 11 }),
                scores,
            });
        }
        participants.push(Participant {
            code: format!("vb-{n:03}"),
            persona: Some(id(persona)),
            moments,
        });
    }
    Measurements {
        schema: None,
        id: id("metingen-het-voorbeeld-2025"),
        tov: id("tov-het-voorbeeld"),
        organisation: "Steunpunt Het Voorbeeld (fictief)".into(),
        period: crate::value::Period::new(
            "2025-01-01".parse().expect("a date"),
            "2025-12-31".parse().expect("a date"),
        ),
        parameters,
        expected,
        participants,
    }
}

/// The example organisation's monitor report for 2025: its measurements, stories, area
/// figures and persona estimate, suppressed below 5.
///
/// # Panics
/// Never: the example documents are checked by the crate's tests.
///
/// ```
/// let r = theory_of_value::example::monitor_report();
/// assert_eq!(r.organisations, ["Steunpunt Het Voorbeeld (fictief)"]);
/// ```
pub fn monitor_report() -> &'static MonitorReport {
    use crate::monitor::{instruments, monitor_report, MonitorInput};
    static R: OnceLock<MonitorReport> = OnceLock::new();
    R.get_or_init(|| {
        let all = instruments();
        let input = MonitorInput::new(local_tov(), &all, measurements())
            .with_stories(stories())
            .with_areas(area_figures())
            .with_estimate(estimate());
        monitor_report(&input).expect("the example monitor report")
    })
}

/// The main job on embedded data, as Markdown: the national ToV as an outline with its
/// validation report, then the example organisation — its value estimate, line by line; its
/// local ToV against the national one; its measurement plan; its self-assessment on the
/// ten characteristics with the change since the year before; its monitor report; and last,
/// who pays and who saves: the care costs avoided per payer and law, break-even, its funding
/// agreements and the wrong-pocket view, ending with the sentence that avoided costs are a
/// by-product of the added value.
///
/// ```
/// use theory_of_value::{example, Lang};
/// let text = example::overview(Lang::En);
/// assert!(text.starts_with("# Theory of Value of the self-direction and recovery movement"));
/// assert!(text.contains("€151,802.40"));
/// assert!(text.contains("Output (individual): 6/8"));
/// assert!(text.contains("| Municipality | €115,000.00 | 85.19% |"));
/// assert!(text.trim_end().ends_with(theory_of_value::render::bijvangst(Lang::En)));
/// ```
pub fn overview(lang: crate::base::Lang) -> String {
    use crate::base::{render_labelled, Label, Lang};
    use crate::compare::compare;
    use crate::model::{ijkpunt_coverage, national};
    use crate::render;
    use std::fmt::Write;
    let t = |nl: &'static str, en: &'static str| if lang == Lang::Nl { nl } else { en };
    let mut out = render::markdown(national(), lang);
    let _ = writeln!(out, "\n## {}\n", t("Validatie", "Validation"));
    out.push_str(&render_labelled(
        &national().validate(),
        Label::new(
            "Controle van de landelijke ToV",
            "Check of the national ToV",
        )
        .get(lang),
        lang,
    ));

    let (set, census) = (persona_set(), census());
    let _ = writeln!(
        out,
        "\n# {} — {}\n",
        census.organisation,
        t(
            "voorbeeldorganisatie, fictief",
            "example organisation, fictional"
        )
    );
    let _ = writeln!(
        out,
        "{} {} – {}\n",
        t("Periode", "Period"),
        census.period.start,
        census.period.end
    );
    let _ = writeln!(out, "{}:\n", t("Mensen per persona", "People per persona"));
    for c in &census.personas {
        let name = set
            .persona(c.persona.as_str())
            .map_or("?", |p| p.name.as_str());
        let _ = writeln!(out, "- {name} (`{}`): {}", c.persona, c.people);
    }
    let _ = writeln!(out);
    out.push_str(&render_labelled(
        &set.validate_against(national()),
        Label::new("Controle van de persona's", "Check of the personas").get(lang),
        lang,
    ));
    out.push_str(&render_labelled(
        &census.validate_against(set),
        Label::new("Controle van de telling", "Check of the census").get(lang),
        lang,
    ));
    out.push('\n');
    out.push_str(
        &render::estimate_markdown(estimate(), national(), set, lang).replacen("# ", "## ", 1),
    );

    let local = local_tov();
    let _ = writeln!(
        out,
        "\n## {}\n",
        t(
            "Lokale ToV tegen de landelijke",
            "Local ToV against the national one"
        )
    );
    out.push_str(&compare(local, national()).render(lang));
    let _ = writeln!(
        out,
        "\n{}:\n",
        t(
            "IJkpunten (activiteiten die ze primair dienen)",
            "Ijkpunten (activities primarily serving them)"
        )
    );
    for i in ijkpunt_coverage(local).ijkpunten {
        let _ = writeln!(
            out,
            "- {}: {}",
            i.ijkpunt.label().get(lang),
            i.activities.len()
        );
    }
    let _ = writeln!(out, "\n## {}\n", t("Meetplan", "Measurement plan"));
    out.push_str(&render_labelled(
        &measurement_plan().validate_against(local),
        Label::new("Controle van het meetplan", "Check of the measurement plan").get(lang),
        lang,
    ));

    let now = assessment_2026();
    let _ = writeln!(
        out,
        "\n## {}\n",
        t(
            "Zelfbeoordeling op de tien kenmerken",
            "Self-assessment on the ten characteristics"
        )
    );
    let _ = writeln!(
        out,
        "{}\n",
        t(
            "Gemiddeld niveau per vraag (1 nog niet … 4 kenmerkend):",
            "Mean level per question (1 not yet … 4 characteristic):"
        )
    );
    for g in now.summary() {
        let mean = g
            .mean()
            .map_or_else(String::new, |m| crate::base::format_decimal(m, 2, lang));
        let _ = writeln!(out, "- {}: {mean}", g.group.label().get(lang));
    }
    let change = now.changes_since(assessment_2025());
    let _ = writeln!(
        out,
        "\n{} ({} → {}):\n",
        t("Verandering per kenmerk", "Change per characteristic"),
        change.from,
        change.to
    );
    for c in change.characteristics.iter().filter(|c| c.delta != 0) {
        let level =
            |l: Option<crate::assess::AssessmentLevel>| l.map_or("—", |l| l.label().get(lang));
        let _ = writeln!(
            out,
            "- {} {}, {}: {} → {}",
            t("kenmerk", "characteristic"),
            c.item.number(),
            c.item.short_label().get(lang),
            level(c.before),
            level(c.after)
        );
    }
    out.push('\n');
    out.push_str(&render_labelled(
        &now.validate(),
        Label::new(
            "Controle van de zelfbeoordeling",
            "Check of the self-assessment",
        )
        .get(lang),
        lang,
    ));

    // Tellen en vertellen: the monitor report of 2025, with the findings on its documents.
    let _ = writeln!(
        out,
        "\n## {}\n",
        t(
            "Monitor: tellen en vertellen (gegenereerde, fictieve metingen)",
            "Monitor: counting and telling (generated, fictional measurements)"
        )
    );
    out.push_str(
        &render::monitor_markdown(monitor_report(), lang)
            .replace("\n## ", "\n#### ")
            .replacen("# ", "### ", 1),
    );
    let all = crate::monitor::instruments();
    let input = crate::monitor::MonitorInput::new(local, &all, measurements())
        .with_stories(stories())
        .with_areas(area_figures())
        .with_estimate(estimate());
    out.push('\n');
    out.push_str(&render_labelled(
        &input.validate(),
        Label::new("Controle van de monitor", "Check of the monitor").get(lang),
        lang,
    ));

    // Who pays, who saves: after the added value and the care costs of the estimate above.
    let _ = writeln!(
        out,
        "\n# {} — {}\n",
        census.organisation,
        t("wie betaalt, wie bespaart", "who pays, who saves")
    );
    out.push_str(&render_labelled(
        &funding().validate(),
        Label::new("Controle van de financiering", "Check of the funding").get(lang),
        lang,
    ));
    out.push('\n');
    match render::money_markdown(estimate(), census, Some(funding()), lang) {
        Ok(text) => out.push_str(&text.replace("\n## ", "\n### ").replacen("## ", "### ", 1)),
        Err(report) => out.push_str(&report.render(lang)),
    }
    out
}
