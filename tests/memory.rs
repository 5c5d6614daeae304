//! Peak memory on hostile input, measured by counting every allocation: the heap a read and a
//! full validation add at most, as a multiple of the input's size. One test in its own binary,
//! so no other test's allocations are counted.

use peakmem_alloc::{PeakMemAlloc, PeakMemAllocTrait, INSTRUMENTED_SYSTEM};
use std::alloc::System;
use theory_of_value::{from_json_slice, TheoryOfValue, NATIONAL_JSON};

#[global_allocator]
static HEAP: &PeakMemAlloc<System> = &INSTRUMENTED_SYSTEM;

#[path = "../benches/support/movement.rs"]
#[allow(dead_code)]
mod movement;

/// The largest heap a read and validation of `bytes` adds, as a multiple of `bytes.len()`,
/// and whether the document was read.
fn peak(bytes: &[u8]) -> (f64, bool) {
    HEAP.reset_peak_memory();
    let read = match from_json_slice::<TheoryOfValue>(bytes) {
        Ok(tov) => {
            let report = tov.validate();
            assert!(!report.has_errors(), "{report}");
            true
        }
        Err(e) => {
            assert!(!e.message.nl.is_empty());
            false
        }
    };
    (HEAP.get_peak_memory() as f64 / bytes.len() as f64, read)
}

#[test]
fn peak_heap_stays_within_a_small_multiple_of_the_input() {
    // A 100 MB ToV (tens of thousands of outputs), read and validated.
    let large = movement::large_tov(100_000_000);
    assert!(large.len() >= 100_000_000);
    let (multiple, read) = peak(&large);
    println!(
        "100 MB ToV ({} bytes): peak heap {multiple:.2}× the input",
        large.len()
    );
    assert!(read);
    assert!(multiple < 2.5, "{multiple:.2}×");

    // The national ToV: a real document, for comparison.
    let (multiple, read) = peak(NATIONAL_JSON.as_bytes());
    println!("national ToV: peak heap {multiple:.2}× the input");
    assert!(read);
    assert!(multiple < 4.0, "{multiple:.2}×");

    // 10^5 levels of nesting: refused at serde_json's depth limit, before any of it is kept.
    let depth = 100_000;
    let nested = format!(
        "{{\"id\": \"x\", \"title\": {}{}}}",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let (multiple, read) = peak(nested.as_bytes());
    println!("10^5 levels of nesting: peak heap {multiple:.2}× the input");
    assert!(!read);
    assert!(multiple < 1.0, "{multiple:.2}×");

    // A 5-million-character text: kept once.
    let mut value: serde_json::Value = serde_json::from_str(NATIONAL_JSON).unwrap();
    value["title"]["nl"] = "ë".repeat(5_000_000).into();
    let long = serde_json::to_vec(&value).unwrap();
    let (multiple, read) = peak(&long);
    println!("5-million-character text: peak heap {multiple:.2}× the input");
    assert!(read);
    assert!(multiple < 2.0, "{multiple:.2}×");
}
