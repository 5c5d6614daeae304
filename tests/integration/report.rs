//! The report for the board and funders: every figure it shows is the library's own result,
//! document text is escaped, headings nest, nothing is fetched from elsewhere, and a document
//! with errors is refused unless forced.

use std::collections::BTreeMap;
use theory_of_value::assess::AssessmentLevel;
use theory_of_value::board::{self, Documents, OnErrors};
use theory_of_value::model::{Author, AuthorKind, Ijkpunt, Layer, Level};
use theory_of_value::value::{estimate, percent, wrong_pocket, Money};
use theory_of_value::{compare, example, national, Lang, Severity, TheoryOfValue};

/// The figures of a page: `(key, machine value, shown text)` of every `data-figure` element.
fn figures(page: &str) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let mut rest = page;
    while let Some(at) = rest.find("data-figure=\"") {
        rest = &rest[at + "data-figure=\"".len()..];
        let key_end = rest.find('"').unwrap();
        let key = rest[..key_end].to_owned();
        rest = &rest[key_end..];
        let v = rest.find("data-value=\"").unwrap() + "data-value=\"".len();
        rest = &rest[v..];
        let value_end = rest.find('"').unwrap();
        let value = rest[..value_end].to_owned();
        rest = &rest[value_end..];
        let open = rest.find('>').unwrap() + 1;
        let close = rest.find('<').unwrap();
        let shown = rest[open..close].to_owned();
        out.push((key, value, shown));
    }
    out
}

fn level_key(level: Option<Level>) -> &'static str {
    match level {
        None => "all",
        Some(Level::Individual) => "individual",
        Some(Level::Collective) => "collective",
    }
}

/// What the library itself says about the documents, by figure key.
fn expected(docs: &Documents<'_>) -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    let mut put = |k: String, v: String| {
        m.insert(k, v);
    };
    let (set, census) = (docs.personas.unwrap(), docs.census.unwrap());
    let e = estimate(docs.estimate_tov(), set, census).unwrap();
    for o in &e.outputs {
        for (k, n) in [
            ("count", o.count),
            ("improvement", o.improvement),
            ("stabilisation", o.stabilisation),
            ("slower_decline", o.slower_decline),
        ] {
            put(format!("output.{}.{k}", o.output), n.to_string());
        }
        if let Some(s) = o.mean_strength() {
            put(
                format!("output.{}.mean_strength", o.output),
                format!("{s:.2}"),
            );
        }
    }
    for (i, c) in e.care_lines.iter().enumerate() {
        put(format!("care.{i}.people"), c.people.to_string());
        put(format!("care.{i}.gross"), c.gross.cents().to_string());
        put(format!("care.{i}.net"), c.net.cents().to_string());
    }
    put("estimate.gross".into(), e.gross.cents().to_string());
    put("estimate.net".into(), e.net.cents().to_string());
    put(
        "estimate.organisation_cost".into(),
        e.organisation_cost.cents().to_string(),
    );
    put(
        "estimate.net_per_euro".into(),
        format!("{:.2}", e.net_per_euro().unwrap()),
    );
    put(
        "census.unique".into(),
        census.visitors.unique.unwrap().to_string(),
    );
    put(
        "census.visits".into(),
        census.visitors.visits.unwrap().to_string(),
    );
    put(
        "census.cost_per_participant".into(),
        census.cost_per_participant().unwrap().cents().to_string(),
    );
    let c = compare(docs.tov, docs.reference);
    for cov in &c.coverage {
        put(
            format!("coverage.{}.{}", cov.layer.field(), level_key(cov.level)),
            format!("{}/{}", cov.covered, cov.total),
        );
    }
    let a = docs.assessment.unwrap();
    for g in a.summary() {
        if let Some(mean) = g.mean() {
            put(format!("group.{}.mean", g.group.id()), format!("{mean:.2}"));
        }
    }
    for ch in a
        .changes_since(docs.earlier_assessment.unwrap())
        .characteristics
    {
        put(format!("change.{}", ch.item.id()), ch.delta.to_string());
    }
    for i in theory_of_value::model::ijkpunt_coverage(docs.tov).ijkpunten {
        put(
            format!("ijkpunt.{}", i.ijkpunt.id()),
            i.activities.len().to_string(),
        );
    }
    for p in &e.by_payer {
        put(
            format!("payer.{}.gross", p.payer.id()),
            p.gross.cents().to_string(),
        );
        put(
            format!("payer.{}.net", p.payer.id()),
            p.net.cents().to_string(),
        );
    }
    if let Some(f) = docs.funding {
        let totals = f.totals().unwrap();
        for k in &totals.by_funder_kind {
            let id = k.funder_kind.id();
            put(format!("funding.kind.{id}"), k.amount.cents().to_string());
            put(
                format!("funding.kind.{id}.agreements"),
                k.agreements.len().to_string(),
            );
        }
        put("funding.total".into(), totals.total.cents().to_string());
        put("funding.agreements".into(), totals.agreements.to_string());
        put("funding.funders".into(), totals.funders.to_string());
        put("funding.streams".into(), totals.streams.to_string());
        put("funding.forms".into(), totals.forms.to_string());
        for r in wrong_pocket(f, &e).unwrap().rows {
            let id = r.payer.id();
            put(format!("pocket.{id}.funds"), r.funds.cents().to_string());
            put(
                format!("pocket.{id}.funds_share"),
                r.funds_share.to_string(),
            );
            put(
                format!("pocket.{id}.saves_net"),
                r.saves_net.cents().to_string(),
            );
            put(
                format!("pocket.{id}.saves_share"),
                r.saves_share.to_string(),
            );
            if let Some(x) = r.ratio() {
                put(format!("pocket.{id}.ratio"), format!("{x:.2}"));
            }
        }
    }
    if let Some(m) = docs.monitor {
        for o in &m.outputs {
            if o.measured.count() == Some(0) && o.stories.is_empty() && o.areas.is_empty() {
                continue;
            }
            if let Some(n) = o.measured.count() {
                put(format!("monitor.{}.measured", o.output), n.to_string());
            }
            for c in &o.changes {
                if let Some(n) = c.count.count() {
                    let key = serde_json::to_value(c.change).unwrap();
                    put(
                        format!("monitor.{}.{}", o.output, key.as_str().unwrap()),
                        n.to_string(),
                    );
                }
            }
        }
    }
    // The validation summary: the ToV's own report first, then every other check.
    let checks = board::checks(docs);
    assert_eq!(checks[0].report, docs.tov.validate());
    for (i, check) in checks.iter().enumerate() {
        for (k, s) in [
            ("errors", Severity::Error),
            ("warnings", Severity::Warning),
            ("info", Severity::Info),
        ] {
            put(format!("check.{i}.{k}"), check.report.count(s).to_string());
        }
    }
    m
}

#[test]
fn every_figure_in_the_report_is_the_librarys_own_result() {
    let docs = example::report_documents();
    let want = expected(&docs);
    for lang in Lang::ALL {
        let page = board::html(&docs, lang, OnErrors::Refuse).unwrap();
        let shown = figures(&page);
        let mut seen = std::collections::BTreeSet::new();
        for (key, value, text) in &shown {
            let Some(expected) = want.get(key) else {
                panic!("the report shows a figure {key} = {value} that the test does not know");
            };
            assert_eq!(value, expected, "{key} in {lang}");
            // The text a person reads is the same figure, formatted for the language.
            let money = [
                "gross",
                "net",
                "organisation_cost",
                "cost_per_participant",
                "funds",
                "saves_net",
                "funding.total",
            ];
            let funder_kind_amount =
                key.starts_with("funding.kind.") && key.matches('.').count() == 2;
            if key.ends_with("_share") {
                assert_eq!(text, &percent(value.parse().unwrap(), lang), "{key}");
            } else if money.iter().any(|m| key.ends_with(m)) || funder_kind_amount {
                let cents: u64 = value.parse().unwrap();
                assert_eq!(text, &Money::from_cents(cents).format(lang), "{key}");
            } else if key.contains("/") || value.contains('/') {
                assert_eq!(text.replace(' ', ""), *value, "{key}");
            } else if value.contains('.') {
                let want = if lang == Lang::Nl {
                    value.replace('.', ",")
                } else {
                    value.clone()
                };
                assert_eq!(text, &want, "{key}");
            } else if key.starts_with("change.") {
                assert_eq!(text.trim_start_matches('+'), value.as_str(), "{key}");
            } else {
                let digits: String = text.chars().take_while(|c| *c != ' ').collect();
                let sep = if lang == Lang::Nl { '.' } else { ',' };
                assert_eq!(digits.replace(sep, ""), *value, "{key}: {text}");
            }
            seen.insert(key.clone());
        }
        let missing: Vec<&String> = want.keys().filter(|k| !seen.contains(*k)).collect();
        assert!(missing.is_empty(), "figures not in the report: {missing:?}");
    }
}

#[test]
fn the_money_figures_are_the_estimates_totals() {
    // A figure computed by the report itself would differ from the library's on purpose-built
    // documents: the example's figures are pinned by the library's own doctests.
    let page = board::html(&example::report_documents(), Lang::En, OnErrors::Refuse).unwrap();
    assert!(page.contains(&example::estimate().net.format(Lang::En)));
    assert!(page.contains("€151,802.40"));
}

fn headings(page: &str) -> Vec<(u8, String)> {
    let mut out = Vec::new();
    for (at, _) in page.match_indices("<h") {
        let b = page.as_bytes()[at + 2];
        if (b'1'..=b'6').contains(&b) {
            let start = page[at..].find('>').unwrap() + at + 1;
            let end = page[start..].find("</h").unwrap() + start;
            out.push((b - b'0', page[start..end].to_owned()));
        }
    }
    out
}

#[test]
fn headings_nest_and_every_section_is_there_for_the_example_and_the_national_tov() {
    for docs in [example::report_documents(), Documents::new(national())] {
        for lang in Lang::ALL {
            let page = board::html(&docs, lang, OnErrors::Refuse).unwrap();
            let hs = headings(&page);
            assert_eq!(hs.iter().filter(|h| h.0 == 1).count(), 1);
            assert_eq!(hs[0].0, 1);
            for pair in hs.windows(2) {
                assert!(pair[1].0 <= pair[0].0 + 1, "{pair:?}");
            }
            let h2: Vec<&str> = hs
                .iter()
                .filter(|h| h.0 == 2)
                .map(|h| h.1.as_str())
                .collect();
            assert_eq!(h2.len(), 7, "{h2:?}");
            for (n, h) in h2.iter().enumerate() {
                assert!(h.starts_with(&format!("{}. ", n + 1)), "{h}");
            }
        }
    }
}

#[test]
fn sections_without_data_say_what_would_fill_them() {
    let page = board::html(&Documents::new(national()), Lang::En, OnErrors::Refuse).unwrap();
    assert!(page.contains("A persona set and a census fill this part"));
    assert!(page.contains("This ToV is the reference itself"));
    assert!(page.contains("A self-assessment on the ten characteristics"));
    assert!(page.contains("A monitor report"));
    assert!(!page.contains("data-figure=\"estimate."));
    // The example has every document the report reads; without its funding, the wrong-pocket
    // table says what would fill it, and without its monitor report, section 4.
    let page = board::html(&example::report_documents(), Lang::En, OnErrors::Refuse).unwrap();
    assert!(!page.contains("A monitor report"));
    assert!(page.contains("reliable change index"));
    assert!(page.contains("The wrong pocket: who funds, who saves"));
    let mut without = example::report_documents();
    without.funding = None;
    without.monitor = None;
    let page = board::html(&without, Lang::En, OnErrors::Refuse).unwrap();
    assert!(page.contains("wrong-pocket table here"));
    assert!(page.contains("A monitor report"));
    assert!(!page.contains("A persona set and a census fill this part"));
}

#[test]
fn added_value_comes_before_care_avoided_and_the_by_product_sentence_before_its_figures() {
    let page = board::html(&example::report_documents(), Lang::Nl, OnErrors::Refuse).unwrap();
    let added = page.find("Toegevoegde waarde per output").unwrap();
    let quote = page.find("Een bijvangst voor veel bezoekers").unwrap();
    let care = page.find("data-figure=\"care.0.net\"").unwrap();
    assert!(added < quote && quote < care);
}

#[test]
fn the_page_is_self_contained() {
    for docs in [example::report_documents(), Documents::new(national())] {
        let page = board::html(&docs, Lang::Nl, OnErrors::Refuse).unwrap();
        for bad in [
            "<script", "<link", "<img", "<iframe", " src=", "@import", "https:",
        ] {
            assert!(!page.contains(bad), "{bad}");
        }
        // `url(…)` only points inside the page (the chain's arrow marker).
        assert_eq!(page.matches("url(").count(), page.matches("url(#").count());
        // The only absolute URI is the SVG namespace, which is a name, not a request.
        assert_eq!(
            page.matches("http://").count(),
            page.matches("xmlns=\"http://www.w3.org/2000/svg\"").count()
        );
    }
}

#[test]
fn document_text_is_escaped_everywhere() {
    let mut tov: TheoryOfValue = example::local_tov().clone();
    let hostile = "<script>alert(1)</script>\"'&";
    tov.scope.organisation = Some(hostile.into());
    tov.title.nl = hostile.into();
    tov.version = hostile.into();
    tov.authors
        .push(Author::new(hostile, AuthorKind::Person).with_lived_experience());
    tov.outputs[0].statement.nl = hostile.into();
    tov.activities[0].description = Some(theory_of_value::Text::new(hostile));
    let docs = Documents::new(&tov);
    let page = board::html(&docs, Lang::Nl, OnErrors::Show).unwrap();
    assert!(!page.contains("<script"));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"));
}

#[test]
fn a_document_with_errors_is_refused_unless_forced_and_then_shown_first() {
    let mut tov: TheoryOfValue = example::local_tov().clone();
    tov.inputs.clear();
    let docs = Documents::new(&tov);
    let refused = board::html(&docs, Lang::En, OnErrors::Refuse).unwrap_err();
    assert!(refused.error_count() > 0);
    assert!(refused.render(Lang::En).contains("TOV101"));
    let page = board::html(&docs, Lang::En, OnErrors::Show).unwrap();
    let errors = page.find("the documents contain errors").unwrap();
    assert!(errors < page.find("id=\"s1\"").unwrap());
    assert!(page[errors..].contains("TOV101 /inputs"));
    // A clean set of documents has no such page.
    let page = board::html(&example::report_documents(), Lang::En, OnErrors::Refuse).unwrap();
    assert!(!page.contains("the documents contain errors"));
}

#[test]
fn the_report_labels_what_it_shows_in_dutch() {
    let page = board::html(&example::report_documents(), Lang::Nl, OnErrors::Refuse).unwrap();
    // Readable labels, not the catalogue's IDs.
    assert!(page.contains(Ijkpunt::ConnectionToSociety.label().nl));
    assert!(!page.contains(">connection_to_society<"));
    assert!(page.contains(AssessmentLevel::Characteristic.label().nl));
    assert!(page.contains(&format!(
        "{} ({})",
        Layer::Output.label().nl,
        Level::Individual.label().nl
    )));
    assert!(page.contains("★ ervaringsdeskundig"));
    assert!(page.contains("Aanname"));
    assert!(page.contains(concat!("theory-of-value ", env!("CARGO_PKG_VERSION"))));
}
