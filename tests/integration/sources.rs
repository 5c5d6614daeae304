//! The embedded reference data matches its sources item for item: the layers are counted, and
//! every embedded Dutch text is checked against the source wording (tests/sources/).

use theory_of_value::model::{
    ActivityKind, BuildingBlock, Characteristic, CraftConcept, Ijkpunt, InputKind, Layer, Level,
    PartnerKind, QuestionGroup,
};
use theory_of_value::national;

const TOV: &str = include_str!("../sources/001-theory-of-value.txt");
const BIJLAGE: &str = include_str!("../sources/001-bijlage-1.txt");
const TEN: &str = include_str!("../sources/003-ten-characteristics.txt");
const IJKPUNTEN: &str = include_str!("../sources/004-ijkpunten.txt");

/// Undoes the artefacts of the PDF-to-text conversion, and nothing more: a hyphen at a line end
/// joins the next line ("door-en-\nvoor" → "door-en-voor"), footnote digits glued to a word
/// ("brengen1") go, bullets go, and runs of white space become one space.
fn normalise(source: &str) -> String {
    let mut joined = String::new();
    let mut lines = source.lines().peekable();
    while let Some(line) = lines.next() {
        let line = line.trim_end();
        if line.ends_with('-') && lines.peek().is_some() {
            joined.push_str(line);
        } else {
            joined.push_str(line);
            joined.push(' ');
        }
    }
    let mut out = String::new();
    let chars: Vec<char> = joined.replace('•', " ").chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let glued_footnote = c.is_ascii_digit()
            && i > 0
            && chars[i - 1].is_alphabetic()
            && chars
                .get(i + 1)
                .is_none_or(|n| n.is_whitespace() || *n == '.');
        if !glued_footnote {
            out.push(*c);
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `text` (without a final period) stands in `source`, the first letter's case aside.
fn stands_in(text: &str, source: &str) -> bool {
    let text = text.trim().trim_end_matches('.');
    let source = normalise(source);
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest: String = chars.collect();
    [
        first.to_lowercase().to_string(),
        first.to_uppercase().to_string(),
    ]
    .iter()
    .any(|f| source.contains(&format!("{f}{rest}")))
}

fn assert_in(text: &str, source: &str, what: &str) {
    assert!(
        stands_in(text, source),
        "{what}: {text:?} is not in the source"
    );
}

#[test]
fn the_check_fails_for_a_changed_word() {
    let impact = &national().impact.as_ref().unwrap().statement.nl;
    assert!(stands_in(impact, TOV));
    assert!(!stands_in(&impact.replace("veerkrachtige", "sterke"), TOV));
    assert!(!stands_in("Minder eenzaamheid in de stad", TOV));
}

#[test]
fn the_national_tov_has_the_sources_layers() {
    let tov = national();
    assert!(tov.impact.is_some());
    let level_count = |level: Level| tov.outcomes.iter().filter(|o| o.level == level).count();
    assert_eq!(
        (
            level_count(Level::Individual),
            level_count(Level::Collective)
        ),
        (1, 1)
    );
    let outputs = |level: Level| tov.outputs.iter().filter(|o| o.level == level).count();
    assert_eq!(outputs(Level::Individual), 8);
    assert_eq!(outputs(Level::Collective), 7);
    let kinds: Vec<ActivityKind> = tov.activities.iter().map(|a| a.kind).collect();
    assert_eq!(
        kinds,
        [
            ActivityKind::WalkIn,
            ActivityKind::ByAndFor,
            ActivityKind::RecoveryOffer,
            ActivityKind::GrowthPond,
            ActivityKind::CollectiveAdvocacy,
            ActivityKind::InformationMeetings,
            ActivityKind::Secondment,
            ActivityKind::Respite,
            ActivityKind::IndividualSupport,
        ]
    );
    let inputs: Vec<InputKind> = tov.inputs.iter().map(|i| i.kind).collect();
    let expected: Vec<InputKind> = InputKind::ALL
        .iter()
        .copied()
        .filter(|k| *k != InputKind::Own)
        .collect();
    assert_eq!(
        inputs, expected,
        "7 preconditions plus sustainable funding, each once"
    );
}

#[test]
fn every_dutch_text_of_the_national_tov_is_the_sources() {
    let tov = national();
    assert_in(&tov.impact.as_ref().unwrap().statement.nl, TOV, "impact");
    for o in &tov.outcomes {
        assert_in(&o.statement.nl, TOV, o.id.as_str());
    }
    for o in &tov.outputs {
        assert_in(&o.statement.nl, TOV, o.id.as_str());
    }
    for i in &tov.inputs {
        assert_in(&i.description.as_ref().unwrap().nl, TOV, i.id.as_str());
    }
    let both = format!("{TOV}\n{BIJLAGE}");
    for a in &tov.activities {
        assert_in(&a.display_label().nl, &both, a.id.as_str());
    }
}

#[test]
fn the_catalogue_is_the_sources() {
    for layer in Layer::ALL {
        assert_in(layer.question().nl, TOV, layer.field());
    }
    for block in BuildingBlock::ALL {
        assert_in(block.description().nl, BIJLAGE, block.id());
        assert_in(block.label().nl, &format!("{TOV}\n{BIJLAGE}"), block.id());
    }
    for concept in CraftConcept::ALL {
        assert_in(concept.label().nl, TOV, concept.id());
    }
    for c in Characteristic::ALL
        .iter()
        .filter(|c| **c != Characteristic::Cooperation)
    {
        assert_in(c.label().nl, TEN, c.id());
    }
    // Characteristic 10 lists its partners as bullets; the label joins them with commas.
    let ten = Characteristic::Cooperation.label().nl;
    let (intro, rest) = ten.split_once(": ").unwrap();
    assert_in(&format!("{intro}:"), TEN, "cooperation");
    let (partners, purpose) = rest.split_once(". ").unwrap();
    assert_in(purpose, TEN, "cooperation");
    let names: Vec<&str> = partners.split(", ").collect();
    assert_eq!(
        names,
        PartnerKind::ALL
            .iter()
            .map(|p| p.label().nl)
            .collect::<Vec<_>>()
    );
    assert_in(&names.join(" "), TEN, "cooperation partners");
    for i in Ijkpunt::ALL {
        assert_in(i.label().nl, IJKPUNTEN, i.id());
    }
}

#[test]
fn the_ten_are_grouped_as_the_source_groups_them() {
    let groups: Vec<(u8, QuestionGroup)> = Characteristic::ALL
        .iter()
        .map(|c| (c.number(), c.group()))
        .collect();
    use QuestionGroup::*;
    assert_eq!(
        groups,
        [
            (1, ForWhom),
            (2, WhatFor),
            (3, How),
            (4, How),
            (5, How),
            (6, How),
            (7, How),
            (8, How),
            (9, ByWhom),
            (10, WithWhom)
        ]
    );
    for g in QuestionGroup::ALL {
        assert_in(g.label().nl, TEN, g.id());
    }
}

#[test]
fn every_embedded_text_has_an_english_gloss_and_a_source() {
    let tov = national();
    let mut texts = vec![&tov.title, &tov.impact.as_ref().unwrap().statement];
    texts.extend(tov.outcomes.iter().map(|o| &o.statement));
    texts.extend(tov.outputs.iter().map(|o| &o.statement));
    texts.extend(
        tov.outputs
            .iter()
            .flat_map(|o| o.measurement.iter().map(|m| &m.method)),
    );
    texts.extend(tov.inputs.iter().filter_map(|i| i.description.as_ref()));
    texts.extend(tov.authors.iter().filter_map(|a| a.role.as_ref()));
    for t in texts {
        assert!(
            t.en.as_deref().is_some_and(|en| !en.trim().is_empty()),
            "{:?} has no English",
            t.nl
        );
    }
    assert!(tov.impact.as_ref().unwrap().source.is_some());
    assert!(tov.outcomes.iter().all(|o| o.source.is_some()));
    assert!(tov
        .outputs
        .iter()
        .all(|o| o.source.is_some() && o.measurement.iter().all(|m| m.source.is_some())));
    assert!(tov.activities.iter().all(|a| a.source.is_some()));
    assert!(tov.inputs.iter().all(|i| i.source.is_some()));
}

const MONITORING: &str = include_str!("../sources/001-monitoring.txt");

/// Whether every one of `words` stands in `source`: what a text of the crate's own wording
/// must rest on.
fn rests_on(words: &[&str], source: &str) -> bool {
    let source = normalise(source).to_lowercase();
    words.iter().all(|w| source.contains(&w.to_lowercase()))
}

#[test]
fn the_instruments_are_the_monitoring_chapters_or_marked_as_own_wording() {
    use theory_of_value::assess::Instrument;
    for i in Instrument::ALL {
        let label = i.label().nl;
        // Either the label is the source's wording, or it is the crate's own wording that rests
        // on words the source uses (listed here), or the instrument is not the source's at all.
        let own_wording: Option<&[&str]> = match i {
            Instrument::PositiveHealth | Instrument::EmpowermentList | Instrument::Mansa => None,
            Instrument::ExperienceStories => Some(&["ervaringsverhalen"]),
            Instrument::MunicipalHealth => {
                Some(&["waarstaatjegemeente", "ervaren (psychische) gezondheid"])
            }
            Instrument::MunicipalLoneliness => Some(&["waarstaatjegemeente", "eenzaamheid"]),
            Instrument::MunicipalLabour => Some(&["waarstaatjegemeente", "arbeidsparticipatie"]),
            Instrument::InsurersCareUse => Some(&["zorgverzekeraar", "zorggebruik"]),
            Instrument::CraftInstrument => Some(&["het vak"]),
            // The organisation's own: not from the source.
            Instrument::Own => continue,
            _ => panic!("{i:?}: add it to this test"),
        };
        match own_wording {
            None => assert_in(label, MONITORING, i.id()),
            Some(words) => assert!(
                rests_on(words, MONITORING),
                "{}: the crate's wording {label:?} does not rest on {words:?}",
                i.id()
            ),
        }
    }
}

#[test]
fn the_national_measurements_are_the_monitoring_chapters_or_marked_as_own_wording() {
    // The national ToV's measurement methods are the crate's own wording of the monitoring
    // chapter's proposals; each rests on the source's words, and the names of instruments in
    // them are the source's.
    let rests: &[(&str, &[&str])] = &[
        (
            "Zelfregie en Herstelmonitor",
            &[
                "Zelfregie en Herstelmonitor",
                "Mijn Positieve Gezondheid (MPG)",
                "Nederlandse Empowerment Lijst (NEL)",
                "Manchester Short Assessment of Quality of Life (MANSA)",
                "vereist verdere uitwerking",
            ],
        ),
        (
            "Ervaringsverhalen",
            &["ervaringsverhalen", "outcome-indicatoren"],
        ),
        (
            "Gemeentelijke gegevens over eenzaamheid",
            &["waarstaatjegemeente", "eenzaamheid"],
        ),
        (
            "Gemeentelijke gegevens over arbeidsparticipatie",
            &["waarstaatjegemeente", "arbeidsparticipatie"],
        ),
        (
            "Gemeentelijke gegevens over ervaren (psychische) gezondheid",
            &["waarstaatjegemeente", "ervaren (psychische) gezondheid"],
        ),
        (
            "Gegevens van zorgverzekeraars",
            &["zorgverzekeraar", "zorggebruik van inwoners"],
        ),
    ];
    let mut seen = std::collections::BTreeSet::new();
    for o in &national().outputs {
        for m in &o.measurement {
            let method = &m.method.nl;
            let (_, words) = rests
                .iter()
                .find(|(start, _)| method.starts_with(start))
                .unwrap_or_else(|| {
                    panic!(
                        "{}: {method:?} is neither the source's nor listed here",
                        o.id
                    )
                });
            assert!(rests_on(words, MONITORING), "{}: {method:?}", o.id);
            let section = m
                .source
                .as_ref()
                .and_then(|s| s.section.as_deref())
                .unwrap_or_default();
            assert!(
                section.starts_with("Monitoring van beoogde impact en outcome"),
                "{}",
                o.id
            );
            // The attachment of the questionnaires to an output is the crate's assumption, and
            // says so.
            if method.starts_with("Zelfregie en Herstelmonitor") {
                assert_eq!(o.level, Level::Individual);
                assert!(
                    section.contains("Aanname van deze crate"),
                    "{}: {section}",
                    o.id
                );
                assert!(section.contains("vereist verdere uitwerking"), "{}", o.id);
            }
            seen.insert(method.clone());
        }
    }
    assert_eq!(seen.len(), rests.len(), "{seen:?}");
    // The restated outputs of the monitoring chapter are the ToV chapter's, but for the
    // differences docs/design.md records.
    for o in national()
        .outputs
        .iter()
        .filter(|o| o.id.as_str() != "op-ind-experiential-knowledge")
    {
        assert_in(&o.statement.nl, MONITORING, o.id.as_str());
    }
    assert!(!stands_in(
        "Het ontwikkelen van individuele en collectieve ervaringskennis",
        MONITORING
    ));
}

#[test]
fn the_defined_terms_are_the_reports() {
    use theory_of_value::model::Term;
    for t in Term::ALL {
        assert_in(t.definition().nl, TOV, t.id());
    }
}
