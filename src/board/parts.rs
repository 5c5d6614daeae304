//! The pieces the sections are written with: a numbered section, the line that says what
//! would fill a part, and figures with their keys in the text (in a table cell they are
//! `render::table::Cell::keyed_money` and the like).

use crate::base::write::{Html, Writer};
use crate::base::Lang;
use crate::render::figure::Figure;
use crate::value::Money;

/// The sections: the id the table of contents links to, and the title.
pub(super) const SECTIONS: [(&str, &str, &str); 7] = [
    ("s1", "Wie we zijn", "Who we are"),
    ("s2", "Onze Theory of Value", "Our Theory of Value"),
    ("s3", "Tegen de landelijke ToV", "Against the national ToV"),
    ("s4", "Wat we maten", "What we measured"),
    ("s5", "Wat het waard is", "What it is worth"),
    ("s6", "Hoe we werken", "How we work"),
    ("s7", "Hoe dit is gemaakt", "How this was made"),
];

/// Section `number` (1–7): its numbered heading, with the id the contents link to, then what
/// `body` writes.
pub(super) fn section(
    w: &mut Writer<Html>,
    number: usize,
    l: Lang,
    body: impl FnOnce(&mut Writer<Html>),
) {
    let (id, nl, en) = SECTIONS[number - 1];
    w.element("section", &[("aria-labelledby", id.into())], |w| {
        w.element("h2", &[("id", id.into())], |w| {
            w.num(number).words(". ").words(l.pick(nl, en));
        });
        body(w);
    });
}

/// The one line that says what would fill a part of the report.
pub(super) fn missing(w: &mut Writer<Html>, text: &'static str) {
    w.words_element("p", &[("class", "missing".into())], text);
}

/// A paragraph of the crate's own words.
pub(super) fn para(w: &mut Writer<Html>, text: &'static str) {
    w.words_element("p", &[], text);
}

/// A count with its key.
pub(super) fn count_figure(w: &mut Writer<Html>, key: &str, n: u64, l: Lang) {
    w.figure(key, &n.to_string(), Figure::count(n, l).as_str());
}

/// An amount of money with its key; the machine value is in cents.
pub(super) fn money_figure(w: &mut Writer<Html>, key: &str, m: Money, l: Lang) {
    w.figure(key, &m.cents().to_string(), Figure::money(m, l).as_str());
}

/// The machine value of a number shown with two decimals: with a decimal point, in any
/// language.
pub(super) fn machine_decimal(x: f64) -> String {
    format!("{x:.2}")
}

/// A number with two decimals with its key.
pub(super) fn decimal_figure(w: &mut Writer<Html>, key: &str, x: f64, l: Lang) {
    w.figure(key, &machine_decimal(x), Figure::decimal(x, 2, l).as_str());
}
