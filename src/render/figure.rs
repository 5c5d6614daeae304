//! Figures: numbers formatted by the crate for a page (money, percentages, decimals, counts).

use crate::base::write::Number;
use crate::base::{format_count, format_decimal, Lang};
use crate::value::Money;

/// A figure formatted by the crate from numbers only (an amount of money, a percentage, a
/// decimal with the language's decimal sign): digits, separators, signs and units, no markup
/// character of any context, so the writer takes it as it is. Nothing from a document can make
/// one: every constructor takes numbers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Figure(String);

impl Figure {
    fn new(s: String) -> Self {
        debug_assert!(
            !s.contains(|c: char| "<>&\"'|*_[]`\\#$@~^{}:".contains(c) || c.is_control()),
            "a figure holds no markup: {s:?}"
        );
        Figure(s)
    }

    /// An amount of money in the language's notation: `€ 1.234,50`, `€1,234.50`.
    pub(crate) fn money(m: Money, lang: Lang) -> Self {
        Figure::new(m.format(lang))
    }

    /// A share in basis points as a percentage with two decimals: `85,19%`.
    pub(crate) fn basis_points(bp: u16, lang: Lang) -> Self {
        Figure::new(crate::value::percent(bp, lang))
    }

    /// A fraction (0.413) as a percentage with one decimal: `41,3%`.
    pub(crate) fn percent(x: f64, lang: Lang) -> Self {
        let mut f = Figure::decimal(x * 100.0, 1, lang);
        f.0.push('%');
        f
    }

    /// A number with `places` decimals, with a decimal comma in Dutch.
    pub(crate) fn decimal(x: f64, places: usize, lang: Lang) -> Self {
        Figure::new(format_decimal(x, places, lang))
    }

    /// A number given in tenths, with one decimal: 22 is `2,2`.
    pub(crate) fn tenths(x: u32, lang: Lang) -> Self {
        Figure::new(format_decimal(f64::from(x) / 10.0, 1, lang))
    }

    /// A count with the language's thousands separator: `1.200`, `1,200`.
    pub(crate) fn count(n: u64, lang: Lang) -> Self {
        Figure::new(format_count(n, lang))
    }

    /// A ratio of two counts, digits only: `3 / 5`.
    pub(crate) fn ratio(part: u64, whole: u64) -> Self {
        Figure::new(format!("{part} / {whole}"))
    }

    /// A whole number with its sign, also when positive or zero: `+1`, `0` is `+0`, `-2`.
    pub(crate) fn signed(n: i64) -> Self {
        Figure::new(format!("{n:+}"))
    }

    /// A figure that is not there: `—`.
    pub(crate) fn none() -> Self {
        Figure::new("—".to_owned())
    }

    /// The figure as text.
    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

impl Number for &Figure {
    fn put(&self, out: &mut String) {
        out.push_str(&self.0);
    }
}
impl Number for Figure {
    fn put(&self, out: &mut String) {
        out.push_str(&self.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::write::{put, Html, Md, Writer};

    #[test]
    fn own_words_and_figures() {
        let mut w = Writer::<Html>::new();
        put!(
            w,
            ("persona's < 5"),
            [Figure::money(Money::from_euros(1_500), Lang::Nl)]
        );
        assert_eq!(w.finish(), "persona&#39;s &lt; 5€ 1.500,00");
        let mut m = Writer::<Md>::new();
        put!(
            m,
            ("“< 5” "),
            [Figure::percent(0.4134, Lang::Nl)],
            " ",
            [Figure::tenths(22, Lang::En)],
            " ",
            [Figure::count(1200, Lang::Nl)],
            " ",
            [Figure::ratio(3, 5)],
            " ",
            [Figure::signed(1)],
            [Figure::signed(0)],
            [Figure::signed(-2)]
        );
        assert_eq!(m.finish(), "“< 5” 41,3% 2.2 1.200 3 / 5 +1+0-2");
    }
}
