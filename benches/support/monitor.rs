//! A synthetic movement-wide monitor data set: organisations of the fictional example kind,
//! each with 2,000 pseudonymous participants measured at two moments with three instruments
//! (MANSA items, the NEL total, MPG's mental well-being): 120 organisations hold about 1.4
//! million scores. Every organisation and participant is distinct; the values are generated,
//! deterministic and fictional. The documents are compact JSON, as an export would write them.

use std::fmt::Write;

/// Organisations in the movement (about the number of ZHOs, 001).
pub const ORGANISATIONS: usize = 120;
/// Participants per organisation.
pub const PARTICIPANTS: usize = 2_000;

/// A 64-bit linear congruential generator (Knuth's constants).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// The measurements document of organisation `org`, with `participants` participants.
pub fn organisation(org: usize, participants: usize) -> Vec<u8> {
    let mut rng = Lcg(0x5eed ^ org as u64);
    let mut s = String::with_capacity(participants * 420);
    let _ = write!(
        s,
        r#"{{"id":"metingen-{org}","tov":"tov-het-voorbeeld","organisation":"Organisatie {org} (fictief)","period":{{"start":"2025-01-01","end":"2025-12-31"}},"parameters":[{{"instrument":"mansa","score":"satisfaction","sd":{{"value":0.8,"source":{{"document":"Aanname van dit fictieve voorbeeld"}}}}}},{{"instrument":"nel","score":"total","sd":{{"value":0.5,"source":{{"document":"Aanname van dit fictieve voorbeeld"}}}}}},{{"instrument":"mpg","score":"mental-wellbeing","reliability":{{"value":0.8,"source":{{"document":"Aanname van dit fictieve voorbeeld"}}}},"sd":{{"value":1.0,"source":{{"document":"Aanname van dit fictieve voorbeeld"}}}}}}],"expected":[{{"persona":"persona-b","instrument":"mpg","score":"mental-wellbeing","change_per_year":-4.0,"source":{{"document":"Aanname van dit fictieve voorbeeld"}}}}],"participants":["#
    );
    for p in 0..participants {
        if p > 0 {
            s.push(',');
        }
        let persona = ["persona-a", "persona-b", "persona-c"][rng.below(3) as usize];
        let _ = write!(
            s,
            r#"{{"code":"o{org}-{p:05}","persona":"{persona}","moments":["#
        );
        let (mansa, nel, mpg) = (2 + rng.below(4), 20 + rng.below(20), 30 + rng.below(50));
        let trend: i64 = rng.below(3) as i64 - 1;
        for m in 0..2u64 {
            if m > 0 {
                s.push(',');
            }
            let day = 1 + (p % 28);
            let month = if m == 0 { 2 } else { 11 };
            let _ = write!(
                s,
                r#"{{"moment":{},"date":"2025-{month:02}-{day:02}","scores":[{{"instrument":"mansa","items":["#,
                m + 1
            );
            for i in 0..12 {
                if i > 0 {
                    s.push(',');
                }
                let v = (mansa as i64 + trend * m as i64 * 2 + rng.below(3) as i64 - 1).clamp(1, 7);
                let _ = write!(s, "{v}");
            }
            let nel_v = (nel as i64 + trend * m as i64 * 5 + rng.below(5) as i64 - 2).clamp(10, 50);
            let mpg_v =
                (mpg as i64 + trend * m as i64 * 20 + rng.below(9) as i64 - 4).clamp(0, 100);
            let _ = write!(
                s,
                r#"]}},{{"instrument":"nel","score":"total","value":{}.{}}},{{"instrument":"mpg","score":"mental-wellbeing","value":{}.{}}}]}}"#,
                nel_v / 10,
                nel_v % 10,
                mpg_v / 10,
                mpg_v % 10
            );
        }
        s.push_str("]}");
    }
    s.push_str("]}");
    s.into_bytes()
}

/// `organisations` organisations' documents.
pub fn movement(organisations: usize, participants: usize) -> Vec<Vec<u8>> {
    (0..organisations)
        .map(|o| organisation(o, participants))
        .collect()
}
