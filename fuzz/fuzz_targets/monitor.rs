//! Any bytes split at zero bytes into measurements, stories and area figures (each the
//! example's when its part does not read), reported on the example organisation's ToV. Never a
//! panic; the monitor report's text, Markdown and HTML have the structure of the report of the
//! same documents with plain letters for their texts (the text with no control character),
//! and its CIDS export reads back equal with unique `@id`s.
#![no_main]

use fuzz_support::{export_is_sound, plain, same_structure, Format};
use libfuzzer_sys::fuzz_target;
use theory_of_value::monitor::{
    instruments, monitor_report, AreaFigures, Measurements, MonitorInput, Stories,
};
use theory_of_value::export::cids;
use theory_of_value::render;
use theory_of_value::{example, from_json_slice, Lang};

fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(3, |b| *b == 0);
    let (a, b, c) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    let m = from_json_slice::<Measurements>(a).ok();
    let s = from_json_slice::<Stories>(b).ok();
    let x = from_json_slice::<AreaFigures>(c).ok();
    if m.is_none() && s.is_none() && x.is_none() {
        return;
    }
    let m = m.unwrap_or_else(|| example::measurements().clone());
    let s = s.unwrap_or_else(|| example::stories().clone());
    let x = x.unwrap_or_else(|| example::area_figures().clone());
    let all = instruments();
    let input = |m, s, x| {
        MonitorInput::new(example::local_tov(), &all, m)
            .with_stories(s)
            .with_areas(x)
    };
    let Ok(r) = monitor_report(&input(&m, &s, &x)) else {
        return;
    };
    let lang = if data.len() % 2 == 0 { Lang::Nl } else { Lang::En };
    export_is_sound(&cids::monitor_report(&r, lang), true);
    let (Some(m2), Some(s2), Some(x2)) = (plain(&m), plain(&s), plain(&x)) else {
        return;
    };
    let Ok(r2) = monitor_report(&input(&m2, &s2, &x2)) else {
        return;
    };
    same_structure(
        Format::Terminal,
        "monitor",
        &render::monitor_text(&r, lang),
        &render::monitor_text(&r2, lang),
    );
    same_structure(
        Format::Markdown,
        "monitor",
        &render::monitor_markdown(&r, lang),
        &render::monitor_markdown(&r2, lang),
    );
    same_structure(
        Format::Html,
        "monitor",
        &render::monitor_html(&r, lang),
        &render::monitor_html(&r2, lang),
    );
});
