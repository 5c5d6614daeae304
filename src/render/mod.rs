//! Readable renderings: a ToV as a Mermaid flowchart, a Markdown outline, an SVG picture or an
//! HTML page, and a value estimate as a Markdown or HTML report. One file per format.

mod estimate_page;
mod html;
mod markdown;
mod mermaid;
mod money;
mod monitor;
mod safe;
// TRANSITION: the allowances go once every renderer writes through `write`.
#[allow(dead_code)]
pub(crate) mod figure;
#[allow(dead_code)]
pub(crate) mod svg;
#[allow(dead_code, private_interfaces, private_bounds)]
pub(crate) mod table;

pub use html::{estimate_html, html};
pub use markdown::{estimate_markdown, markdown};
pub use mermaid::mermaid;
pub use money::{
    bijvangst, break_even_markdown, estimate_label, funding_html, funding_markdown, money_html,
    money_markdown, payer_split_html, payer_split_markdown, wrong_pocket_html,
    wrong_pocket_markdown, wrong_pocket_svg,
};
pub use monitor::{monitor_html, monitor_markdown, monitor_text};
pub use svg::svg;
pub(crate) mod code_span;
mod comparison;

use crate::base::{Lang, Text};
use crate::model::Id;
use std::collections::HashSet;

pub(super) fn short(text: &Text, lang: Lang, max: usize) -> String {
    let s = text.get(lang);
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let cut: String = s.chars().take(max).collect();
        format!("{}…", cut.trim_end())
    }
}

/// A number with two decimals, with a decimal comma in Dutch.
pub(super) fn decimal(x: f64, lang: Lang) -> String {
    let s = format!("{x:.2}");
    if lang == Lang::Nl {
        s.replace('.', ",")
    } else {
        s
    }
}

/// Whether `targets` holds every ID of `all` (a link to the whole next layer), in time linear
/// in the length of `targets`.
pub(super) fn covers_all(targets: &[Id], all: &[&Id]) -> bool {
    if all.is_empty() || targets.len() < all.len() {
        return false;
    }
    let targets: HashSet<&str> = targets.iter().map(Id::as_str).collect();
    all.iter().all(|t| targets.contains(t.as_str()))
}
