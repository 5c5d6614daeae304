//! Readable renderings, all written through the one writer (`base::write`) and with the one
//! table type. By document:
//!
//! - a ToV: `mermaid.rs` (a Mermaid flowchart), `svg.rs` (the SVG picture of its chain,
//!   standalone or embedded in a page), `markdown.rs` and `html.rs` (a Markdown outline and an
//!   HTML page with the picture);
//! - a value estimate: `estimate_page.rs` lays the report out once as blocks and tables,
//!   which `markdown.rs` and `html.rs` write (the HTML page with its bar charts);
//! - who pays, who saves: `money/`, the payer split, funding, wrong pocket and break-even in
//!   Markdown and HTML (its tables in `money/tables.rs`, its pictures in `money/charts.rs`,
//!   break-even in `money/break_even.rs`);
//! - a monitor report: `monitor.rs`, as terminal text, Markdown and HTML with a chart per
//!   output;
//! - their parts: `table.rs`, the one table type (Markdown, HTML and terminal text), and
//!   `figure.rs`, the figures the crate formats from numbers.
//!
//! The table layouts the board report shares are re-exported here (crate-wide): `payer_tables`,
//! `wrong_pocket_table`, `funding_kinds_table` and `monitor_table`; their figures carry the keys
//! (`data-figure`) the report is checked by.

mod estimate_page;
pub(crate) mod figure;
mod html;
pub(crate) mod markdown;
mod mermaid;
pub(crate) mod money;
pub(crate) mod monitor;
pub(crate) mod svg;
pub(crate) mod table;

pub use html::{estimate_html, html};
pub use markdown::{estimate_markdown, markdown};
pub use mermaid::mermaid;
pub use money::{
    bijvangst, break_even_markdown, estimate_label, funding_html, funding_markdown, money_html,
    money_markdown, payer_split_html, payer_split_markdown, wrong_pocket_html,
    wrong_pocket_markdown, wrong_pocket_svg,
};
pub(crate) use money::{funding_kinds_table, payer_tables, wrong_pocket_table};
pub(crate) use monitor::monitor_table;
pub use monitor::{monitor_html, monitor_markdown, monitor_text};
pub use svg::svg;
mod comparison;

use crate::base::{Lang, Text};
use crate::model::Id;
use std::collections::HashSet;

/// A text in `lang`, cut to `max` characters with an ellipsis when longer.
pub(super) fn short(text: &Text, lang: Lang, max: usize) -> String {
    let s = text.get(lang);
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let cut: String = s.chars().take(max).collect();
        format!("{}…", cut.trim_end())
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
