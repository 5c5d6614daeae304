//! Peak memory on hostile input, measured by counting every allocation: the heap a read and a
//! full validation add at most, as a multiple of the input's size. One test in its own binary,
//! so no other test's allocations are counted.
//!
//! The large cases put the flaw at the end of a 100 MB document, where an error costs the most:
//! nearly all of the document has been read when it is found, and it is read a second time to
//! locate the error.

use peakmem_alloc::{PeakMemAlloc, PeakMemAllocTrait, INSTRUMENTED_SYSTEM};
use std::alloc::System;
use theory_of_value::{from_json_slice, Code, TheoryOfValue, NATIONAL_JSON};

#[global_allocator]
static HEAP: &PeakMemAlloc<System> = &INSTRUMENTED_SYSTEM;

#[path = "../benches/support/movement.rs"]
#[allow(dead_code)]
mod movement;

/// What reading a case must give.
#[derive(Debug, PartialEq)]
enum Outcome {
    /// Read, and validated with no errors.
    Read,
    /// Refused with this code.
    Refused(Code),
}

/// Reads and validates `bytes`; the outcome and the largest heap it added, as a multiple of
/// `bytes.len()`.
fn measure(bytes: &[u8]) -> (Outcome, f64) {
    HEAP.reset_peak_memory();
    let outcome = match from_json_slice::<TheoryOfValue>(bytes) {
        Ok(tov) => {
            let report = tov.validate();
            assert!(!report.has_errors(), "{report}");
            Outcome::Read
        }
        Err(e) => {
            assert!(!e.message.nl.is_empty() && !e.message.en.is_empty());
            Outcome::Refused(e.code)
        }
    };
    (outcome, HEAP.get_peak_memory() as f64 / bytes.len() as f64)
}

/// `document` with the text `at` (whose last occurrence must exist) replaced by `with`.
fn at_the_end(document: &[u8], at: &str, with: &[u8]) -> Vec<u8> {
    let text = std::str::from_utf8(document).unwrap();
    let i = text.rfind(at).expect("the place to change");
    [&document[..i], with, &document[i + at.len()..]].concat()
}

#[test]
fn peak_heap_stays_within_a_small_multiple_of_the_input() {
    let large = movement::large_tov(100_000_000);
    assert!(large.len() >= 100_000_000);
    let depth = 100_000;
    let nested = format!(
        "{{\"id\": \"x\", \"title\": {}{}}}",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let mut long: serde_json::Value = serde_json::from_str(NATIONAL_JSON).unwrap();
    long["title"]["nl"] = "ë".repeat(5_000_000).into();
    let long = serde_json::to_vec(&long).unwrap();

    let cases: Vec<(&str, Vec<u8>, Outcome, f64)> = vec![
        ("a 100 MB ToV", large.clone(), Outcome::Read, 2.5),
        (
            "a 100 MB ToV after a byte-order mark",
            [&b"\xef\xbb\xbf"[..], &large].concat(),
            Outcome::Read,
            2.5,
        ),
        (
            "a 100 MB ToV with a Windows-1252 byte at the end",
            at_the_end(&large, "outlying villages", b"outlying villages \xe9"),
            Outcome::Refused(Code::Syntax),
            2.5,
        ),
        (
            "a 100 MB ToV with a duplicate field at the end",
            at_the_end(&large, "\"kind\": ", b"\"kind\": \"visits\", \"kind\": "),
            Outcome::Refused(Code::DuplicateField),
            2.5,
        ),
        (
            "a 100 MB ToV with a number beyond range at the end",
            at_the_end(&large, "\"activities\": []", b"\"activities\": [1e400]"),
            Outcome::Refused(Code::Syntax),
            2.5,
        ),
        (
            "10^5 levels of nesting",
            nested.into_bytes(),
            Outcome::Refused(Code::WrongType),
            1.0,
        ),
        ("a 5-million-character text", long, Outcome::Read, 2.0),
        (
            "the national ToV",
            NATIONAL_JSON.as_bytes().to_vec(),
            Outcome::Read,
            4.0,
        ),
    ];
    for (name, bytes, expected, bound) in cases {
        let (outcome, multiple) = measure(&bytes);
        println!(
            "{name} ({} bytes): {outcome:?}, peak heap {multiple:.2}× the input (bound {bound}×)",
            bytes.len()
        );
        assert_eq!(outcome, expected, "{name}");
        assert!(multiple < bound, "{name}: {multiple:.2}×");
    }
    many_findings();
}

/// Reads `bytes` and validates keeping at most 100 findings per code (as `tov check` does for
/// text output), or every finding; the number of findings counted and the peak heap as a
/// multiple of the input.
fn measure_findings(bytes: &[u8], keep: Option<usize>) -> (usize, f64) {
    HEAP.reset_peak_memory();
    let tov: TheoryOfValue = from_json_slice(bytes).expect("a well-formed ToV");
    let report = match keep {
        Some(n) => tov.validate_keeping_at_most(n),
        None => tov.validate(),
    };
    let counted = report.findings.len() + report.omitted().iter().map(|(_, n)| n).sum::<usize>();
    (counted, HEAP.get_peak_memory() as f64 / bytes.len() as f64)
}

/// 10^6 findings of one code: dangling links, and repeats of an avoided word. Kept to 100 per
/// code, the heap stays within 8× the input; the full list is printed for BENCHMARKS.md.
fn many_findings() {
    let mut dangling: serde_json::Value = serde_json::from_str(NATIONAL_JSON).unwrap();
    dangling["outputs"][0]["outcomes"] = (0..1_000_000)
        .map(|i| serde_json::Value::from(format!("x{i}")))
        .collect::<Vec<_>>()
        .into();
    let dangling = serde_json::to_vec(&dangling).unwrap();
    let mut words: serde_json::Value = serde_json::from_str(NATIONAL_JSON).unwrap();
    words["outputs"][0]["statement"]["nl"] = "intake ".repeat(1_000_000).into();
    let words = serde_json::to_vec(&words).unwrap();
    for (name, bytes) in [
        ("10^6 dangling links", &dangling),
        ("10^6 avoided words", &words),
    ] {
        let (counted, kept) = measure_findings(bytes, Some(100));
        let (all, full) = measure_findings(bytes, None);
        println!(
            "{name} ({} bytes): {counted} findings; peak heap {kept:.2}× the input keeping 100 per code (bound 8×), {full:.2}× keeping all",
            bytes.len()
        );
        assert!(
            counted >= 1_000_000 && all == counted,
            "{name}: {counted} {all}"
        );
        assert!(kept < 8.0, "{name}: {kept:.2}×");
    }
}
