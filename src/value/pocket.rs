//! Who pays and who saves (the "wrong pocket"): per payer, what it funds the organisation
//! with against the care costs avoided that land with it.

use crate::base::{format_decimal, Lang, Report};
use crate::value::{Estimate, Funding, Money, Payer};
use serde::Serialize;

/// One payer in the wrong-pocket view: what it puts into the organisation against what it
/// saves by it.
///
/// ```
/// let w = theory_of_value::example::wrong_pocket();
/// let row = &w.rows[0];
/// assert!(row.funds.cents() > 0 || row.saves_net.cents() > 0);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PocketRow {
    /// Who pays.
    pub payer: Payer,
    /// What it funds the organisation with: the sum of its agreements.
    pub funds: Money,
    /// Its share of all funding, in basis points rounded half up.
    pub funds_share: u16,
    /// The care costs avoided that land with it, before adjustments.
    pub saves_gross: Money,
    /// The care costs avoided that land with it, after adjustments.
    pub saves_net: Money,
    /// Its share of the net care costs avoided, in basis points rounded half up.
    pub saves_share: u16,
    /// The agreements it funds (indices into the funding document's `agreements`).
    pub agreements: Vec<usize>,
    /// The care lines it saves on (indices into the estimate's `care_lines`).
    pub care_lines: Vec<usize>,
}

impl PocketRow {
    /// Net savings per euro of funding (`saves_net` ÷ `funds`), for display; `None` when it
    /// funds nothing.
    ///
    /// ```
    /// use theory_of_value::value::Payer;
    /// let w = theory_of_value::example::wrong_pocket();
    /// let municipality = w.rows.iter().find(|r| r.payer == Payer::Municipality).unwrap();
    /// assert_eq!(municipality.ratio(), Some(0.0)); // it funds, the insurer saves
    /// let insurer = w.rows.iter().find(|r| r.payer == Payer::Insurer).unwrap();
    /// assert!(insurer.ratio().unwrap() > 30.0);
    /// ```
    pub fn ratio(&self) -> Option<f64> {
        (self.funds.cents() > 0).then(|| self.saves_net.cents() as f64 / self.funds.cents() as f64)
    }
}

/// Who funds the organisation against who saves by it, per payer: the "wrong pocket" (000,
/// chapter 1: the care costs avoided are paid by the insurer under the Zvw, most ZHOs by
/// municipal budgets). An estimate built on the persona assumptions of the estimate it comes
/// from, not a measurement.
///
/// ```
/// let w = theory_of_value::example::wrong_pocket();
/// assert_eq!(w.rows.iter().map(|r| r.saves_net.cents()).sum::<u64>(), w.saves_net.cents());
/// assert_eq!(w.rows.iter().map(|r| r.funds.cents()).sum::<u64>(), w.funds.cents());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WrongPocket {
    /// The organisation.
    pub organisation: String,
    /// All funding.
    pub funds: Money,
    /// All care costs avoided, before adjustments (the estimate's `gross`).
    pub saves_gross: Money,
    /// All care costs avoided, after adjustments (the estimate's `net`).
    pub saves_net: Money,
    /// Per payer, in catalogue order; payers that neither fund nor save left out.
    pub rows: Vec<PocketRow>,
}

fn basis_points(part: Money, whole: Money) -> u16 {
    if whole.cents() == 0 {
        return 0;
    }
    let bp = crate::value::money::round_div(
        u128::from(part.cents()) * 10_000,
        u128::from(whole.cents()),
    );
    // part ≤ whole, so bp ≤ 10 000.
    u16::try_from(bp).unwrap_or(u16::MAX)
}

/// Puts the funding document beside the estimate's split by payer: per payer what it funds
/// and what it saves, with shares. Agreements are summed over all their periods as given;
/// compare a funding document and a census of the same period.
///
/// # Errors
/// A [`Report`] with `TOV213` when the funding's sum is too large to compute.
///
/// ```
/// use theory_of_value::example;
/// use theory_of_value::value::{wrong_pocket, Payer};
/// let w = wrong_pocket(example::funding(), example::estimate())?;
/// let insurer = w.rows.iter().find(|r| r.payer == Payer::Insurer).unwrap();
/// assert_eq!(insurer.saves_net, example::estimate().net); // every line lands with the insurer
/// # Ok::<(), theory_of_value::Report>(())
/// ```
pub fn wrong_pocket(funding: &Funding, estimate: &Estimate) -> Result<WrongPocket, Report> {
    let totals = funding.totals()?;
    let mut rows = Vec::new();
    for &payer in Payer::ALL {
        let funded = totals.by_payer.iter().find(|p| p.payer == payer);
        let saved = estimate.by_payer.iter().find(|p| p.payer == payer);
        if funded.is_none() && saved.is_none() {
            continue;
        }
        let funds = funded.map_or(Money::ZERO, |f| f.amount);
        let saves_net = saved.map_or(Money::ZERO, |s| s.net);
        rows.push(PocketRow {
            payer,
            funds,
            funds_share: basis_points(funds, totals.total),
            saves_gross: saved.map_or(Money::ZERO, |s| s.gross),
            saves_net,
            saves_share: basis_points(saves_net, estimate.net),
            agreements: funded.map(|f| f.agreements.clone()).unwrap_or_default(),
            care_lines: saved.map(|s| s.lines.clone()).unwrap_or_default(),
        });
    }
    Ok(WrongPocket {
        organisation: funding.organisation.clone(),
        funds: totals.total,
        saves_gross: estimate.gross,
        saves_net: estimate.net,
        rows,
    })
}

/// A share in basis points as a percentage for a person: `81,5%` in Dutch, `81.5%` in English.
///
/// ```
/// use theory_of_value::Lang;
/// use theory_of_value::value::percent;
/// assert_eq!(percent(8_148, Lang::Nl), "81,48%");
/// assert_eq!(percent(10_000, Lang::En), "100.00%");
/// ```
pub fn percent(basis_points: u16, lang: Lang) -> String {
    format!(
        "{}%",
        format_decimal(f64::from(basis_points) / 100.0, 2, lang)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_percentage_is_the_basis_points_with_two_decimals() {
        for bp in 0..=u16::MAX {
            let (whole, part) = (bp / 100, bp % 100);
            assert_eq!(percent(bp, Lang::En), format!("{whole}.{part:02}%"));
            assert_eq!(percent(bp, Lang::Nl), format!("{whole},{part:02}%"));
        }
    }
}
