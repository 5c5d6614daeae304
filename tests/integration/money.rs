//! Who pays, who saves: the split of the estimate by payer and law, funding documents and
//! their rules, the wrong-pocket view, break-even, and the invalid fixtures in
//! `tests/fixtures/money/invalid` (`KIND--name.json`, `KIND` being `funding` or
//! `persona-set`), each pinning its (code, path) pairs in a sibling `.expect` file.

use proptest::prelude::*;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use theory_of_value::model::{DocumentDate, Id};
use theory_of_value::render;
use theory_of_value::value::{
    break_even, estimate, wrong_pocket, Agreement, CareKind, Estimate, FunderKind, Funding,
    FundingForm, FundingTerm, Law, Money, Payer, Period, PersonaSet,
};
use theory_of_value::{example, from_json_slice, national, strategy, Code, Lang};

const INVALID: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/money/invalid");

fn fixtures() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(INVALID)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    v.sort();
    v
}

/// The pairs reading and validating a fixture produces.
fn produced(file: &Path) -> Vec<(String, String)> {
    let bytes = std::fs::read(file).unwrap();
    let name = file.file_name().unwrap().to_str().unwrap();
    let pairs = |r: theory_of_value::Report| -> Vec<(String, String)> {
        r.pairs()
            .into_iter()
            .map(|(c, p)| (c.to_owned(), p.to_owned()))
            .collect()
    };
    let parse = |e: theory_of_value::ParseError| vec![(e.code.as_str().to_owned(), e.path)];
    match name.split("--").next().unwrap() {
        "funding" => match from_json_slice::<Funding>(&bytes) {
            Ok(f) => pairs(f.validate()),
            Err(e) => parse(e),
        },
        "persona-set" => match from_json_slice::<PersonaSet>(&bytes) {
            Ok(s) => pairs(s.validate_against(national())),
            Err(e) => parse(e),
        },
        other => panic!("{name}: unknown kind `{other}`"),
    }
}

fn expected(file: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(file.with_extension("expect"))
        .unwrap_or_else(|e| panic!("{}: no .expect file: {e}", file.display()));
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (code, path) = l.split_once(' ').unwrap_or((l, ""));
            let code: Code = code.parse().unwrap();
            let path = if path == "(document)" { "" } else { path };
            (code.as_str().to_owned(), path.to_owned())
        })
        .collect()
}

#[test]
fn invalid_fixtures_produce_exactly_their_pinned_pairs() {
    let mut failures = Vec::new();
    for file in fixtures() {
        let (want, got) = (expected(&file), produced(&file));
        assert!(!want.is_empty(), "{}: pins nothing", file.display());
        if want != got {
            failures.push(format!(
                "{}\n  expected {want:?}\n  actual   {got:?}",
                file.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_invalid_fixtures_cover_every_code_of_who_pays() {
    let pinned: BTreeSet<String> = fixtures()
        .iter()
        .flat_map(|f| expected(f))
        .map(|(c, _)| c)
        .collect();
    for code in [
        Code::CareWithoutLaw,
        Code::UnknownPayer,
        Code::AgreementPeriodOrder,
        Code::OverlappingAgreements,
        Code::UnknownFunderKind,
        Code::ZeroAmount,
        Code::NoAgreements,
        Code::AgreementOutsidePeriod,
        Code::FunderLawMismatch,
        Code::Overflow,
    ] {
        assert!(pinned.contains(code.as_str()), "no fixture pins {code}");
    }
}

#[test]
fn findings_speak_dutch_and_english() {
    for file in fixtures() {
        let bytes = std::fs::read(&file).unwrap();
        let report = match from_json_slice::<Funding>(&bytes) {
            Ok(f) => f.validate(),
            Err(_) => continue,
        };
        for f in &report.findings {
            assert!(
                !f.message.nl.is_empty() && f.message.nl != f.message.en,
                "{}: {f:?}",
                file.display()
            );
        }
    }
}

#[test]
fn the_example_splits_its_estimate_by_payer_and_law() {
    let e = example::estimate();
    assert_eq!(e.by_payer.len(), 1);
    assert_eq!(e.by_payer[0].payer, Payer::Insurer);
    assert_eq!(e.by_payer[0].net, e.net);
    assert_eq!(e.by_payer[0].lines, vec![0, 1, 2]);
    assert_eq!(e.by_law[0].law, Law::Zvw);
    assert!(e.care_lines.iter().all(|l| l.payer == Payer::Insurer));
}

/// The README's hand-checked line: the municipality's share of the example's funding.
#[test]
fn the_readme_line_on_the_municipalitys_share() {
    let w = example::wrong_pocket();
    let m = w
        .rows
        .iter()
        .find(|r| r.payer == Payer::Municipality)
        .unwrap();
    // Wmo subsidy €90,000 + IZA-SPUK project €25,000 = €115,000 of €135,000.
    assert_eq!(m.funds, Money::from_euros(115_000));
    assert_eq!(w.funds, Money::from_euros(135_000));
    // 115,000 / 135,000 = 0.851851… → 8,519 basis points, 85.19%.
    assert_eq!(m.funds_share, 8_519);
    assert_eq!(m.saves_net, Money::ZERO);
    let insurer = w.rows.iter().find(|r| r.payer == Payer::Insurer).unwrap();
    assert_eq!(insurer.saves_net, Money::from_cents(24_045_290));
    assert_eq!(insurer.saves_share, 10_000);
}

#[test]
fn the_example_funding_totals_and_counts() {
    let t = example::funding().totals().unwrap();
    assert_eq!(t.total, example::census().costs);
    assert_eq!((t.agreements, t.funders, t.streams, t.forms), (4, 4, 4, 4));
    assert!(example::funding().validate().is_clean());
}

#[test]
fn break_even_of_the_essay() {
    let hic = Money::from_cents(60_239).checked_mul(21).unwrap();
    let b = break_even(Money::from_euros(3_000), hic).unwrap();
    assert_eq!(b.participants_per_episode, 4);
    // One more participant and the admission no longer covers the cost.
    assert!(Money::from_euros(3_000).checked_mul(5).unwrap() > hic);
    let b = break_even(Money::from_euros(20_000), hic).unwrap();
    assert_eq!(b.participants_per_episode, 0);
    assert_eq!(b.margin, hic);
}

#[test]
fn every_rendering_leads_with_the_framing_and_escapes_document_text() {
    let mut funding = example::funding().clone();
    funding.agreements[0].funder = "<script>alert(1)</script> | **x**".into();
    let e = example::estimate();
    let w = wrong_pocket(&funding, e).unwrap();
    for lang in Lang::ALL {
        let md = render::money_markdown(e, example::census(), Some(&funding), lang).unwrap();
        assert!(md.contains(render::bijvangst(lang)));
        assert!(md.trim_end().ends_with(render::bijvangst(lang)));
        assert!(!md.contains("<script>"));
        assert!(md.contains("\\<script\\>"));
        let html = render::money_html(e, Some(&funding), lang).unwrap();
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;"));
        assert!(html.trim_end().ends_with("</section>"));
        let svg = render::wrong_pocket_svg(&w, lang);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        let split = render::payer_split_markdown(e, lang);
        assert!(split.find(render::bijvangst(lang)) < split.find('|'));
    }
}

fn period(start: &str, end: &str) -> Period {
    Period::new(
        start.parse::<DocumentDate>().unwrap(),
        end.parse::<DocumentDate>().unwrap(),
    )
}

fn agreement() -> impl Strategy<Value = Agreement> {
    (
        prop::sample::select(FunderKind::ALL),
        prop::option::of(prop::sample::select(Law::ALL)),
        prop::sample::select(FundingForm::ALL),
        prop::sample::select(FundingTerm::ALL),
        0u64..=10_000_000_000,
        "[a-e]{1,3}",
        2020i16..=2030,
    )
        .prop_map(|(kind, law, form, term, cents, funder, year)| Agreement {
            id: "a".parse::<Id>().unwrap(),
            funder,
            funder_kind: kind,
            law,
            form,
            term,
            amount: Money::from_cents(cents),
            period: period(&year.to_string(), &year.to_string()),
            accountability: Default::default(),
        })
}

fn funding() -> impl Strategy<Value = Funding> {
    prop::collection::vec(agreement(), 0..12).prop_map(|agreements| {
        let mut f = example::funding().clone();
        f.agreements = agreements
            .into_iter()
            .enumerate()
            .map(|(i, mut a)| {
                a.id = format!("a-{i}").parse().unwrap();
                a
            })
            .collect();
        f
    })
}

/// An estimate of a generated persona set and census on the national ToV.
fn estimates() -> impl Strategy<Value = (PersonaSet, theory_of_value::value::Census, Estimate)> {
    strategy::persona_set_for(national())
        .prop_flat_map(|set| {
            let census = strategy::census_for(&set, 10_000);
            (Just(set), census)
        })
        .prop_map(|(set, census)| {
            let e = estimate(national(), &set, &census).unwrap();
            (set, census, e)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn per_payer_and_per_law_amounts_sum_exactly_to_the_total((_set, _census, e) in estimates()) {
        let gross: u64 = e.by_payer.iter().map(|p| p.gross.cents()).sum();
        let net: u64 = e.by_payer.iter().map(|p| p.net.cents()).sum();
        prop_assert_eq!((gross, net), (e.gross.cents(), e.net.cents()));
        let gross: u64 = e.by_law.iter().map(|p| p.gross.cents()).sum();
        let net: u64 = e.by_law.iter().map(|p| p.net.cents()).sum();
        prop_assert_eq!((gross, net), (e.gross.cents(), e.net.cents()));
        // Every line is in exactly one payer's and one law's list, and traceable to it.
        let mut lines: Vec<usize> = e.by_payer.iter().flat_map(|p| p.lines.clone()).collect();
        lines.sort_unstable();
        prop_assert_eq!(lines, (0..e.care_lines.len()).collect::<Vec<_>>());
        for p in &e.by_payer {
            prop_assert_eq!(p.net.cents(), p.lines.iter().map(|&i| e.care_lines[i].net.cents()).sum::<u64>());
            prop_assert!(p.lines.iter().all(|&i| e.care_lines[i].payer == p.payer));
        }
        for l in &e.by_law {
            prop_assert!(l.lines.iter().all(|&i| e.care_lines[i].law == l.law));
            prop_assert_eq!(l.payer, l.law.payer());
        }
    }

    #[test]
    fn moving_one_care_entry_to_another_payer_changes_only_those_two(
        (set, census, before) in estimates(),
        pick in any::<prop::sample::Index>(),
        to in prop::sample::select(Law::ALL),
    ) {
        let entries: Vec<(usize, usize)> = set.personas.iter().enumerate()
            .flat_map(|(i, p)| (0..p.care_avoided.len()).map(move |j| (i, j)))
            .collect();
        prop_assume!(!entries.is_empty());
        let (i, j) = entries[pick.index(entries.len())];
        let from = set.personas[i].care_avoided[j].payer();
        prop_assume!(to.payer() != from);
        let mut moved = set.clone();
        moved.personas[i].care_avoided[j].law = Some(to);
        let after = estimate(national(), &moved, &census).unwrap();
        prop_assert_eq!((after.gross, after.net), (before.gross, before.net));
        let figures = |e: &Estimate, p: Payer| e.by_payer.iter().find(|t| t.payer == p)
            .map_or((0, 0), |t| (t.gross.cents(), t.net.cents()));
        for &payer in Payer::ALL {
            if payer != from && payer != to.payer() {
                prop_assert_eq!(figures(&before, payer), figures(&after, payer));
            }
        }
        let line = before.care_lines.iter().find(|l| {
            l.persona == set.personas[i].id && l.entry == j
        }).unwrap();
        let (bf, af) = (figures(&before, from), figures(&after, from));
        prop_assert_eq!(bf.1 - af.1, line.net.cents());
        let (bt, at) = (figures(&before, to.payer()), figures(&after, to.payer()));
        prop_assert_eq!(at.1 - bt.1, line.net.cents());
        prop_assert_eq!(at.0 - bt.0, line.gross.cents());
    }

    #[test]
    fn funding_totals_equal_the_sum_of_their_agreements(f in funding()) {
        let t = f.totals().unwrap();
        let sum: u64 = f.agreements.iter().map(|a| a.amount.cents()).sum();
        prop_assert_eq!(t.total.cents(), sum);
        prop_assert_eq!(t.by_funder_kind.iter().map(|k| k.amount.cents()).sum::<u64>(), sum);
        prop_assert_eq!(t.by_payer.iter().map(|k| k.amount.cents()).sum::<u64>(), sum);
        for k in &t.by_funder_kind {
            prop_assert_eq!(k.amount.cents(), k.agreements.iter().map(|&i| f.agreements[i].amount.cents()).sum::<u64>());
        }
        prop_assert_eq!(t.agreements, f.agreements.len());
        prop_assert!(t.streams <= t.agreements && t.forms <= t.agreements && t.funders <= t.agreements);
        let w = wrong_pocket(&f, example::estimate()).unwrap();
        prop_assert_eq!(w.rows.iter().map(|r| r.funds.cents()).sum::<u64>(), sum);
        prop_assert_eq!(w.rows.iter().map(|r| r.saves_net.cents()).sum::<u64>(), example::estimate().net.cents());
    }

    #[test]
    fn break_even_is_the_largest_count_that_fits(cost in 1u64..=10_000_000, episode in 0u64..=100_000_000) {
        let b = break_even(Money::from_cents(cost), Money::from_cents(episode)).unwrap();
        let n = b.participants_per_episode;
        prop_assert!(n * cost <= episode);
        prop_assert!((n + 1) * cost > episode);
        prop_assert_eq!(b.covered_cost.cents() + b.margin.cents(), episode);
    }
}

#[test]
fn an_own_kind_of_care_must_name_its_law() {
    let mut set = example::persona_set().clone();
    set.personas[1].care_avoided[0].kind = CareKind::Own;
    set.personas[1].care_avoided[0].label = Some(theory_of_value::Text::new("Eigen"));
    set.personas[1].care_avoided[0].law = None;
    let report = estimate(national(), &set, example::census()).unwrap_err();
    assert_eq!(
        report.pairs(),
        vec![("TOV220", "/personas/1/care_avoided/0/law")]
    );
    set.personas[1].care_avoided[0].law = Some(Law::Wmo);
    let e = estimate(national(), &set, example::census()).unwrap();
    assert!(e.by_payer.iter().any(|p| p.payer == Payer::Municipality));
}
