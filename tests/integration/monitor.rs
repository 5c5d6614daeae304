//! The monitor: instruments, measurements, stories, area figures, the report and its
//! aggregate; invalid fixtures in `tests/fixtures/monitor/invalid`.

use theory_of_value::monitor::*;
use theory_of_value::{example, national, Code};

#[test]
fn embedded_instruments_are_clean_against_the_national_tov() {
    for d in instruments() {
        let r = d.validate_against(national());
        assert!(r.is_clean(), "{}: {}", d.id, r.render(theory_of_value::Lang::En));
    }
}

#[test]
fn example_documents_validate() {
    let all = instruments();
    let input = MonitorInput::new(example::local_tov(), &all, example::measurements())
        .with_stories(example::stories())
        .with_areas(example::area_figures())
        .with_estimate(example::estimate());
    let r = input.validate();
    assert!(r.is_clean(), "{}", r.render(theory_of_value::Lang::En));
    let report = example::monitor_report();
    println!("{}", serde_json::to_string_pretty(report).unwrap());
    let _ = Code::PersonalData;
}

#[test]
fn example_report_summary() {
    let report = example::monitor_report();
    for o in &report.outputs {
        let cells: Vec<String> = o.changes.iter().map(|c| c.count.to_string()).collect();
        println!("{} {} {:?} q{} s{}", o.output, o.measured, cells, o.quotes.len(), o.stories.len());
    }
}
