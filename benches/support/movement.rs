//! A synthetic, movement-wide data set: for each of `n` organisations a local ToV, a persona set
//! and a census, written as pretty JSON the way an organisation's files would look.
//!
//! Every organisation is derived from the crate's fictional example organisation and the
//! national ToV, varied by its index: its name and municipality, how many national outputs it
//! adds as local outputs (0 to 15, with the national text), how many extra personas it keeps
//! (0 to 3) and its visitor counts. Nothing in it describes a real organisation. Every document
//! validates with no errors, so a benchmark measures the normal route, not the error route.

use theory_of_value::model::{ContributionKind, Id, Level, Scope};
use theory_of_value::value::{Census, PersonaCount, PersonaSet, Visitors};
use theory_of_value::{example, national, Text, TheoryOfValue};

/// One organisation's three documents, as JSON bytes.
pub struct Organisation {
    /// The local ToV.
    pub tov: Vec<u8>,
    /// Its persona set (on the national ToV, like the example organisation's).
    pub personas: Vec<u8>,
    /// Its census.
    pub census: Vec<u8>,
}

impl Organisation {
    /// The total size in bytes of the three documents.
    pub fn len(&self) -> usize {
        self.tov.len() + self.personas.len() + self.census.len()
    }
}

/// About the number of local organisations in the movement.
pub const MOVEMENT: usize = 350;

const MUNICIPALITIES: [&str; 12] = [
    "Raalte",
    "Deventer",
    "Zwolle",
    "Olst-Wijhe",
    "Sûdwest-Fryslân",
    "Amersfoort",
    "Den Helder",
    "Heerlen",
    "Tilburg",
    "Groningen",
    "Utrecht",
    "Noardeast-Fryslân",
];

fn id(s: String) -> Id {
    Id::new(s).expect("generated IDs are well-formed")
}

/// The local ToV of organisation `i`.
pub fn tov(i: usize) -> TheoryOfValue {
    let mut tov = example::local_tov().clone();
    let name = format!("Synthetisch steunpunt {i}");
    tov.id = id(format!("tov-steunpunt-{i}"));
    tov.title = Text::bilingual(
        format!("Theory of Value van {name}"),
        format!("Theory of Value of {name}"),
    );
    tov.scope = Scope::local(&name, [MUNICIPALITIES[i % MUNICIPALITIES.len()]]);
    let outcome_of = |level: Level| {
        tov.outcomes
            .iter()
            .find(|o| o.level == level)
            .map(|o| o.id.clone())
            .expect("the example ToV has an outcome at both levels")
    };
    let (individual, collective) = (outcome_of(Level::Individual), outcome_of(Level::Collective));
    let measurement = tov.outputs[0].measurement.clone();
    let national = national();
    let added = i % (national.outputs.len() + 1);
    for (j, reference) in national.outputs.iter().take(added).enumerate() {
        let mut output = reference.clone();
        output.id = id(format!("op-lokaal-{j}"));
        output.refines = vec![reference.id.clone()];
        output.outcomes = vec![match output.level {
            Level::Individual => individual.clone(),
            Level::Collective => collective.clone(),
        }];
        if output.contributions.is_empty() {
            output.contributions = vec![ContributionKind::Improvement];
        }
        output.measurement = measurement.clone();
        output.source = None;
        let n = tov.activities.len();
        tov.activities[j % n].outputs.push(output.id.clone());
        tov.outputs.push(output);
    }
    tov
}

/// The persona set of organisation `i`: the example's personas, plus up to three more.
pub fn persona_set(i: usize) -> PersonaSet {
    let mut set = example::persona_set().clone();
    set.id = id(format!("personas-steunpunt-{i}"));
    let base = set.personas.clone();
    for k in 0..i % 4 {
        let mut extra = base[k % base.len()].clone();
        extra.id = id(format!("{}-{k}", extra.id));
        extra.name = format!("{} ({k})", extra.name);
        set.personas.push(extra);
    }
    set
}

/// The census of organisation `i` on `set`.
pub fn census(i: usize, set: &PersonaSet) -> Census {
    let mut census = example::census().clone();
    census.id = id(format!("census-steunpunt-{i}-2025"));
    census.organisation = format!("Synthetisch steunpunt {i}");
    census.persona_set = set.id.clone();
    let factor = (i % 7 + 1) as u64;
    census.personas = set
        .personas
        .iter()
        .enumerate()
        .map(|(k, p)| PersonaCount::new(p.id.clone(), factor * (10 + 7 * k as u64)))
        .collect();
    let total: u64 = census.personas.iter().map(|c| c.people).sum();
    let regular = total / 3;
    census.visitors = Visitors::from_daily(4 + factor * 3, 4).with_unique(regular, total - regular);
    census.costs = theory_of_value::value::Money::from_cents(factor * 9_000_000);
    census
}

/// Organisation `i` as JSON bytes.
pub fn organisation(i: usize) -> Organisation {
    let set = persona_set(i);
    Organisation {
        tov: tov(i).to_json_pretty().into_bytes(),
        personas: serde_json::to_vec_pretty(&set).expect("a persona set serializes"),
        census: serde_json::to_vec_pretty(&census(i, &set)).expect("a census serializes"),
    }
}

/// `n` organisations.
pub fn movement(n: usize) -> Vec<Organisation> {
    (0..n).map(organisation).collect()
}

/// One local ToV of at least `min_bytes` of pretty JSON: organisation 15's, with its local
/// outputs repeated under new identifiers (each linked from an activity) until it is that
/// large. A hostile-input case: far larger than any real ToV, yet valid.
pub fn large_tov(min_bytes: usize) -> Vec<u8> {
    let mut tov = tov(15);
    let pattern = tov.outputs.clone();
    let activities = tov.activities.len();
    let grow = |tov: &mut TheoryOfValue, n: usize| {
        for _ in 0..n {
            let k = tov.outputs.len();
            let mut output = pattern[k % pattern.len()].clone();
            output.id = id(format!("op-groot-{k}"));
            tov.activities[k % activities]
                .outputs
                .push(output.id.clone());
            tov.outputs.push(output);
        }
        tov.to_json_pretty().into_bytes()
    };
    // Measure what an output adds, then add as many as the size asks for.
    let before = grow(&mut tov, 0).len();
    let sample = 100;
    let mut bytes = grow(&mut tov, sample);
    let per_output = (bytes.len() - before) / sample;
    while bytes.len() < min_bytes {
        bytes = grow(&mut tov, (min_bytes - bytes.len()) / per_output + 1);
    }
    bytes
}
