//! The example organisation's measurements for 2025, generated: fictional participants with
//! fictional scores, the same on every run.

use crate::model::{DocumentDate, Id, SourceRef};
use crate::monitor::{
    Expectation, Measurements, Moment, Parameter, Participant, ScoreEntry, ScoreParameters,
};

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

/// The MPG dimensions measured, in order.
const DIMENSIONS: [&str; 6] = [
    "bodily-functions",
    "mental-wellbeing",
    "meaning",
    "quality-of-life",
    "participation",
    "daily-functioning",
];

/// The measurements of [`measurements`](super::measurements): 150 participants, generated in
/// order with one generator, so the same on every run.
pub(super) fn generated_measurements() -> Measurements {
    let mut rng = Lcg(2025);
    let participants = (1..=150u32).map(|n| participant(n, &mut rng)).collect();
    Measurements {
        schema: None,
        id: id("metingen-het-voorbeeld-2025"),
        tov: id("tov-het-voorbeeld"),
        organisation: "Steunpunt Het Voorbeeld (fictief)".into(),
        period: crate::value::Period::new(
            "2025-01-01".parse().expect("a date"),
            "2025-12-31".parse().expect("a date"),
        ),
        parameters: score_parameters(),
        expected: vec![Expectation {
            persona: id("persona-b"),
            instrument: id("mpg"),
            score: id("mental-wellbeing"),
            change_per_year: -4.0,
            source: assumption("verwacht verloop zonder de organisatie voor mensen als persona B"),
        }],
        participants,
    }
}

/// An ID of the example.
fn id(s: &str) -> Id {
    s.parse::<Id>().expect("a valid example ID")
}

/// The source of a figure this fictional example assumes.
fn assumption(what: &str) -> SourceRef {
    SourceRef {
        document: "Steunpunt Het Voorbeeld (fictief)".into(),
        section: Some(
            format!("Aanname van dit fictieve voorbeeld: {what}; niet gepubliceerd, niet te gebruiken als norm").into(),
        ),
    }
}

/// A parameter the example assumes.
fn param(value: f64, what: &str) -> Parameter {
    Parameter {
        value,
        source: assumption(what),
    }
}

/// The standard deviations of MANSA and NEL, and the reliabilities and standard deviations
/// of five MPG dimensions.
fn score_parameters() -> Vec<ScoreParameters> {
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
    for dim in &DIMENSIONS[1..] {
        parameters.push(ScoreParameters {
            instrument: id("mpg"),
            score: id(dim),
            reliability: Some(param(0.8, "betrouwbaarheid")),
            sd: Some(param(1.0, "standaarddeviatie")),
        });
    }
    parameters
}

/// Where a participant starts and how their scores change over the year, in scale points.
struct Course {
    mansa: (f64, f64),
    mpg: (f64, f64),
    nel: (f64, f64),
}

/// Participant `n`: 1 to 20 like persona A, 21 to 100 like B, the rest like C; every
/// fifteenth measured once only.
fn participant(n: u32, rng: &mut Lcg) -> Participant {
    let persona = match n {
        1..=20 => "persona-a",
        21..=100 => "persona-b",
        _ => "persona-c",
    };
    // Change over the year, in scale points: A and C tend to improve, B to decline slowly.
    let (mansa_shift, mpg_shift, nel_shift) = match persona {
        "persona-a" => (1.0, 1.5, 0.4),
        "persona-b" => (-0.2, -1.5, 0.0),
        _ => (0.8, 1.0, 0.3),
    };
    let course = Course {
        mansa: (3.0 + rng.spread(1), mansa_shift),
        mpg: (6.0 + rng.spread(1), mpg_shift),
        nel: (3.0 + rng.spread(1) * 0.3, nel_shift),
    };
    let count = if n % 15 == 0 { 1 } else { 2 };
    let moments = (1..=count).map(|m| moment(n, m, &course, rng)).collect();
    Participant {
        code: format!("vb-{n:03}"),
        persona: Some(id(persona)),
        moments,
    }
}

/// Moment `m` of participant `n`: in February, or in November. Participant 1 has the MANSA
/// items of the worked example in docs/monitor.md.
fn moment(n: u32, m: u16, course: &Course, rng: &mut Lcg) -> Moment {
    let t = f64::from(m - 1);
    let items: Vec<Option<f64>> = if n == 1 {
        let worked: [f64; 12] = if m == 1 {
            [3., 4., 3., 4., 3., 4., 3., 4., 3., 4., 3., 4.]
        } else {
            [5., 5., 4., 5., 5., 4., 5., 5., 4., 5., 4., 6.]
        };
        worked.iter().map(|x| Some(*x)).collect()
    } else {
        let (base, shift) = course.mansa;
        (0..12)
            .map(|_| Some((base + t * shift + rng.spread(1)).clamp(1.0, 7.0)))
            .collect()
    };
    let mut scores = vec![ScoreEntry::items(id("mansa"), items)];
    let (base, shift) = course.nel;
    let nel = (base + t * shift + rng.spread(1) * 0.1).clamp(1.0, 5.0);
    scores.push(ScoreEntry::value(
        id("nel"),
        id("total"),
        (nel * 10.0).round() / 10.0,
    ));
    let (base, shift) = course.mpg;
    for d in DIMENSIONS {
        let v = (base + t * shift + rng.spread(1) * 0.5).clamp(0.0, 10.0);
        scores.push(ScoreEntry::value(
            id("mpg"),
            id(d),
            (v * 10.0).round() / 10.0,
        ));
    }
    let month = if m == 1 { 2 } else { 11 };
    Moment {
        moment: m,
        date: DocumentDate::Day(jiff::civil::date(2025, month, 3 + (n % 20) as i8)),
        scores,
    }
}
