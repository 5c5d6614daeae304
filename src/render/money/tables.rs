//! The tables of who pays and who saves, laid out once for Markdown and HTML, and shared with
//! the board report ([`payer_tables`], [`wrong_pocket_table`], [`funding_kinds_table`]): their
//! figures carry the keys the report is checked by (`payer.{id}.gross`, `pocket.{id}.funds`,
//! `funding.kind.{id}`, `funding.total`, …).

use crate::base::Lang;
use crate::render::figure::Figure;
use crate::render::table::{Align, Cell, Table};
use crate::value::{Estimate, Funding, FundingTotals, Money, WrongPocket};

fn share_of(part: Money, whole: Money) -> u16 {
    if whole.cents() == 0 {
        return 0;
    }
    let bp = (u128::from(part.cents()) * 10_000 + u128::from(whole.cents()) / 2)
        / u128::from(whole.cents());
    u16::try_from(bp).unwrap_or(u16::MAX)
}

/// The names of an estimate's care lines, `label (persona)`, separated by `; `, in one cell.
fn line_names(e: &Estimate, lines: &[usize], lang: Lang) -> Cell {
    let mut cell = Cell::empty();
    for (i, l) in lines
        .iter()
        .filter_map(|&i| e.care_lines.get(i))
        .enumerate()
    {
        if i > 0 {
            cell = cell.and_words("; ");
        }
        cell = cell
            .and_text(l.label.get(lang))
            .and_words(" (")
            .and_text(l.persona.as_str())
            .and_words(")");
    }
    cell
}

fn money(m: Money, lang: Lang) -> Cell {
    Cell::figure(Figure::money(m, lang))
}

/// The two tables of the payer split: per payer (gross, net, share of the net and the lines
/// it sums) and per law. Keys: `payer.{payer}.gross` and `payer.{payer}.net` (cents) per
/// payer, `estimate.gross` and `estimate.net` (cents) in the total row.
pub(crate) fn payer_tables(e: &Estimate, lang: Lang) -> [Table; 2] {
    let mut payers = Table::new(&[
        (lang.pick("betaler", "payer"), Align::Left),
        (lang.pick("bruto", "gross"), Align::Right),
        (lang.pick("netto", "net"), Align::Right),
        (lang.pick("aandeel netto", "share of net"), Align::Right),
        (lang.pick("regels", "lines"), Align::Left),
    ]);
    for p in &e.by_payer {
        let id = p.payer.id();
        payers.row(vec![
            Cell::words(p.payer.label().get(lang)),
            Cell::keyed_money(format!("payer.{id}.gross"), p.gross, lang),
            Cell::keyed_money(format!("payer.{id}.net"), p.net, lang),
            Cell::figure(Figure::basis_points(share_of(p.net, e.net), lang)),
            line_names(e, &p.lines, lang),
        ]);
    }
    payers.total(vec![
        Cell::words(lang.pick("totaal", "total")),
        Cell::keyed_money("estimate.gross", e.gross, lang),
        Cell::keyed_money("estimate.net", e.net, lang),
    ]);
    let mut laws = Table::new(&[
        (lang.pick("wet", "law"), Align::Left),
        (lang.pick("betaler", "payer"), Align::Left),
        (lang.pick("bruto", "gross"), Align::Right),
        (lang.pick("netto", "net"), Align::Right),
        (lang.pick("regels", "lines"), Align::Right),
    ]);
    for l in &e.by_law {
        laws.row(vec![
            Cell::words(l.law.label().get(lang)),
            Cell::words(l.payer.label().get(lang)),
            money(l.gross, lang),
            money(l.net, lang),
            Cell::count(l.lines.len()),
        ]);
    }
    [payers, laws]
}

/// The wrong-pocket table: per payer what it funds and what it saves, with their shares and
/// the savings per euro of funding. Keys per payer: `pocket.{payer}.funds` and
/// `pocket.{payer}.saves_net` (cents), `pocket.{payer}.funds_share` and
/// `pocket.{payer}.saves_share` (basis points), `pocket.{payer}.ratio` (two decimals).
pub(crate) fn wrong_pocket_table(w: &WrongPocket, lang: Lang) -> Table {
    let mut table = Table::new(&[
        (lang.pick("betaler", "payer"), Align::Left),
        (lang.pick("financiert", "funds"), Align::Right),
        (lang.pick("aandeel", "share"), Align::Right),
        (lang.pick("bespaart (netto)", "saves (net)"), Align::Right),
        (lang.pick("aandeel", "share"), Align::Right),
        (
            lang.pick("besparing per euro", "savings per euro"),
            Align::Right,
        ),
    ]);
    for r in &w.rows {
        let id = r.payer.id();
        table.row(vec![
            Cell::words(r.payer.label().get(lang)),
            Cell::keyed_money(format!("pocket.{id}.funds"), r.funds, lang),
            Cell::keyed_share(format!("pocket.{id}.funds_share"), r.funds_share, lang),
            Cell::keyed_money(format!("pocket.{id}.saves_net"), r.saves_net, lang),
            Cell::keyed_share(format!("pocket.{id}.saves_share"), r.saves_share, lang),
            Cell::keyed_decimal(format!("pocket.{id}.ratio"), r.ratio(), lang),
        ]);
    }
    table.total(vec![
        Cell::words(lang.pick("totaal", "total")),
        money(w.funds, lang),
        Cell::empty(),
        money(w.saves_net, lang),
    ]);
    table
}

/// The agreements table of a funding: per agreement the funder, its kind, the law, the form,
/// the term, the amount, the period and the accountability; the total amount below. Key:
/// `funding.total` (cents) in the total row.
pub(super) fn funding_table(f: &Funding, totals: &FundingTotals, lang: Lang) -> Table {
    let mut table = Table::new(&[
        (lang.pick("financier", "funder"), Align::Left),
        (lang.pick("soort", "kind"), Align::Left),
        (lang.pick("wet", "law"), Align::Left),
        (lang.pick("vorm", "form"), Align::Left),
        (lang.pick("looptijd", "term"), Align::Left),
        (lang.pick("bedrag", "amount"), Align::Right),
        (lang.pick("periode", "period"), Align::Left),
        (lang.pick("verantwoording", "accountability"), Align::Left),
    ]);
    for a in &f.agreements {
        let mut accountability = Cell::count(a.accountability.reports_per_year)
            .and_words(" ")
            .and_words(lang.pick("× per jaar", "× a year"));
        for x in &a.accountability.indicators {
            accountability = accountability.and_words("; ").and_text(x.get(lang));
        }
        table.row(vec![
            Cell::text(&a.funder),
            Cell::words(a.funder_kind.label().get(lang)),
            Cell::words(a.law.map_or("—", |l| l.label().get(lang))),
            Cell::words(a.form.label().get(lang)),
            Cell::words(a.term.label().get(lang)),
            money(a.amount, lang),
            Cell::text(&a.period.start.to_string())
                .and_words(" – ")
                .and_text(&a.period.end.to_string()),
            accountability,
        ]);
    }
    table.total(vec![
        Cell::words(lang.pick("totaal", "total")),
        Cell::empty(),
        Cell::empty(),
        Cell::empty(),
        Cell::empty(),
        Cell::keyed_money("funding.total", totals.total, lang),
    ]);
    table
}

/// The funding per kind of funder: the amount, its share of the total and the number of
/// agreements; the totals below. Keys: `funding.kind.{kind}` (cents) and
/// `funding.kind.{kind}.agreements` per kind, `funding.total` (cents) and
/// `funding.agreements` in the total row.
pub(crate) fn funding_kinds_table(totals: &FundingTotals, lang: Lang) -> Table {
    let mut table = Table::new(&[
        (lang.pick("soort financier", "kind of funder"), Align::Left),
        (lang.pick("bedrag", "amount"), Align::Right),
        (lang.pick("aandeel", "share"), Align::Right),
        (lang.pick("afspraken", "agreements"), Align::Right),
    ]);
    for k in &totals.by_funder_kind {
        let id = k.funder_kind.id();
        table.row(vec![
            Cell::words(k.funder_kind.label().get(lang)),
            Cell::keyed_money(format!("funding.kind.{id}"), k.amount, lang),
            Cell::figure(Figure::basis_points(share_of(k.amount, totals.total), lang)),
            Cell::keyed_count(
                format!("funding.kind.{id}.agreements"),
                k.agreements.len(),
                lang,
            ),
        ]);
    }
    table.total(vec![
        Cell::words(lang.pick("totaal", "total")),
        Cell::keyed_money("funding.total", totals.total, lang),
        Cell::empty(),
        Cell::keyed_count("funding.agreements", totals.agreements, lang),
    ]);
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::write::{Html, Md, Writer};
    use crate::example;

    fn html(table: &Table) -> String {
        let mut w = Writer::<Html>::new();
        table.to_html(&mut w);
        w.finish()
    }

    fn key(key: &str, value: impl std::fmt::Display) -> String {
        format!(r#"data-figure="{key}" data-value="{value}""#)
    }

    #[test]
    fn the_payer_tables_key_their_figures_as_the_board_does() {
        let e = example::estimate();
        let [payers, laws] = payer_tables(e, Lang::En);
        let page = html(&payers);
        for p in &e.by_payer {
            let id = p.payer.id();
            assert!(page.contains(&key(&format!("payer.{id}.gross"), p.gross.cents())));
            assert!(page.contains(&key(&format!("payer.{id}.net"), p.net.cents())));
        }
        assert!(page.contains(&key("estimate.gross", e.gross.cents())));
        assert!(page.contains(&key("estimate.net", e.net.cents())));
        assert!(page.contains(r#"data-figure="payer.insurer.gross""#));
        assert!(!html(&laws).contains("data-figure"));
        let mut md = Writer::<Md>::new();
        payers.to_markdown(&mut md);
        assert!(!md.finish().contains("data-"));
    }

    #[test]
    fn the_wrong_pocket_and_funding_tables_key_their_figures_as_the_board_does() {
        let w = example::wrong_pocket();
        let page = html(&wrong_pocket_table(w, Lang::Nl));
        for r in &w.rows {
            let id = r.payer.id();
            let figure = |name: &str| format!("pocket.{id}.{name}");
            assert!(page.contains(&key(&figure("funds"), r.funds.cents())));
            assert!(page.contains(&key(&figure("funds_share"), r.funds_share)));
            assert!(page.contains(&key(&figure("saves_net"), r.saves_net.cents())));
            assert!(page.contains(&key(&figure("saves_share"), r.saves_share)));
            if let Some(x) = r.ratio() {
                assert!(page.contains(&key(&figure("ratio"), format!("{x:.2}"))));
            }
        }
        let f = example::funding();
        let totals = f.totals().expect("the example's totals");
        let page = html(&funding_table(f, &totals, Lang::En));
        assert!(page.contains(&key("funding.total", totals.total.cents())));
        assert_eq!(page.matches("data-figure").count(), 1);
        let page = html(&funding_kinds_table(&totals, Lang::Nl));
        for k in &totals.by_funder_kind {
            let id = k.funder_kind.id();
            let kind = format!("funding.kind.{id}");
            assert!(page.contains(&key(&kind, k.amount.cents())));
            let agreements = format!("{kind}.agreements");
            assert!(page.contains(&key(&agreements, k.agreements.len())));
        }
        assert!(page.contains(&key("funding.total", totals.total.cents())));
        assert!(page.contains(&key("funding.agreements", totals.agreements)));
    }
}
