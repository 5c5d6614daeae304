//! Who pays, who saves: the estimate's care costs avoided split by payer and law, the
//! organisation's funding, the wrong-pocket view and break-even, in Markdown and HTML (with
//! inline SVG). Everything is written through the typed writer of `safe`: markup only from the
//! crate's string literals, document text (funders, organisations, care labels, indicators)
//! always through the escaper of its context, amounts and shares as [`Figure`]s made from
//! numbers. Each table is laid out once (`table`) and rendered to Markdown and to HTML alike.
//!
//! The sources frame avoided costs as a by-product ("bijvangst") of the added value, not its
//! measure (001, "Inleiding" and "Aanbevelingen"). These renderings therefore come *after*
//! the added value per output, and open and close with [`bijvangst`].

use super::safe::{put, Context, Figure, Md, Writer, Xml};
use super::table::{Align, Cell, Table};
use crate::base::Lang;
use crate::value::{
    break_even, Census, Estimate, Funding, FundingTotals, Money, WrongPocket, MOVEMENT_FUNDING,
};

/// The framing sentence every rendering of avoided costs carries: avoided costs are a
/// by-product ("bijvangst") of the added value, not its measure (001, "Inleiding": "Een
/// bijvangst voor veel bezoekers is dat zij daardoor zorg eerder kunnen afbouwen of dat zorg
/// voorkomen kan worden"; "Aanbevelingen": "wat een bijvangst is van de toegevoegde waarde").
///
/// ```
/// use theory_of_value::Lang;
/// use theory_of_value::render::bijvangst;
/// assert!(bijvangst(Lang::Nl).contains("bijvangst"));
/// assert!(bijvangst(Lang::En).contains("by-product"));
/// ```
pub fn bijvangst(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "Voorkomen zorg- en ondersteuningskosten zijn een bijvangst van de toegevoegde waarde, niet de maat ervan (NVZH & IPW 2025): de waarde van de organisatie staat in de toegevoegde waarde per output hierboven.",
        Lang::En => "Care and support costs avoided are a by-product (\"bijvangst\") of the added value, not its measure (NVZH & IPW 2025): the organisation's value is the added value per output above.",
    }
}

/// The label of every wrong-pocket rendering: an estimate built on the persona assumptions.
///
/// ```
/// use theory_of_value::Lang;
/// assert!(theory_of_value::render::estimate_label(Lang::En).contains("persona"));
/// ```
pub fn estimate_label(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "Een schatting op basis van de aannames in de persona's (voorkomen zorg, kosten en correcties per persona), geen meting.",
        Lang::En => "An estimate built on the persona assumptions (care avoided, costs and adjustments per persona), not a measurement.",
    }
}

fn t(lang: Lang, nl: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

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

/// The two tables of the payer split: per payer, and per law.
fn payer_tables(e: &Estimate, lang: Lang) -> [Table; 2] {
    let mut payers = Table::new(&[
        (t(lang, "betaler", "payer"), Align::Left),
        (t(lang, "bruto", "gross"), Align::Right),
        (t(lang, "netto", "net"), Align::Right),
        (t(lang, "aandeel netto", "share of net"), Align::Right),
        (t(lang, "regels", "lines"), Align::Left),
    ]);
    for p in &e.by_payer {
        payers.row(vec![
            Cell::words(p.payer.label().get(lang)),
            money(p.gross, lang),
            money(p.net, lang),
            Cell::figure(Figure::basis_points(share_of(p.net, e.net), lang)),
            line_names(e, &p.lines, lang),
        ]);
    }
    payers.total(vec![
        Cell::words(t(lang, "totaal", "total")),
        money(e.gross, lang),
        money(e.net, lang),
    ]);
    let mut laws = Table::new(&[
        (t(lang, "wet", "law"), Align::Left),
        (t(lang, "betaler", "payer"), Align::Left),
        (t(lang, "bruto", "gross"), Align::Right),
        (t(lang, "netto", "net"), Align::Right),
        (t(lang, "regels", "lines"), Align::Right),
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

fn payer_split_md(e: &Estimate, lang: Lang) -> Writer<Md> {
    let mut w = Writer::<Md>::new();
    put!(
        w,
        "## ",
        (t(
            lang,
            "Voorkomen kosten per betaler",
            "Costs avoided per payer"
        )),
        "\n\n",
        (bijvangst(lang)),
        "\n\n"
    );
    let [payers, laws] = payer_tables(e, lang);
    payers.markdown(&mut w);
    w.lit("\n");
    laws.markdown(&mut w);
    put!(
        w,
        "\n",
        (t(
            lang,
            "Wet en betaler volgen het hoofdstuk ‘Wettelijk kader’ van de Theory of Value (NVZH & IPW 2025).",
            "Law and payer follow the chapter ‘Wettelijk kader’ (legal frame) of the Theory of Value (NVZH & IPW 2025)."
        )),
        "\n"
    );
    w
}

/// The estimate's care costs avoided per payer and per law, as Markdown: gross, net, the share
/// of the net and the lines each figure sums. Opens with [`bijvangst`].
///
/// ```
/// use theory_of_value::{example, Lang};
/// use theory_of_value::render::payer_split_markdown;
/// let md = payer_split_markdown(example::estimate(), Lang::Nl);
/// assert!(md.contains("| Zorgverzekeraar |"));
/// assert!(md.contains("bijvangst"));
/// ```
pub fn payer_split_markdown(e: &Estimate, lang: Lang) -> String {
    payer_split_md(e, lang).finish()
}

fn payer_split_xml(e: &Estimate, lang: Lang) -> Writer<Xml> {
    let mut w = Writer::<Xml>::new();
    put!(
        w,
        "<section class=\"payer-split\"><h2>",
        (t(
            lang,
            "Voorkomen kosten per betaler",
            "Costs avoided per payer"
        )),
        "</h2><p>",
        (bijvangst(lang)),
        "</p>"
    );
    let [payers, laws] = payer_tables(e, lang);
    payers.html(&mut w);
    laws.html(&mut w);
    w.lit("</section>");
    w
}

/// The same split as HTML: a section with two tables. Opens with [`bijvangst`].
///
/// ```
/// use theory_of_value::{example, Lang};
/// let html = theory_of_value::render::payer_split_html(example::estimate(), Lang::En);
/// assert!(html.starts_with("<section"));
/// assert!(html.contains("<td>Health insurer</td>"));
/// ```
pub fn payer_split_html(e: &Estimate, lang: Lang) -> String {
    payer_split_xml(e, lang).finish()
}

/// The wrong-pocket table: per payer what it funds and what it saves, with their shares and
/// the savings per euro of funding.
fn wrong_pocket_table(w: &WrongPocket, lang: Lang) -> Table {
    let mut table = Table::new(&[
        (t(lang, "betaler", "payer"), Align::Left),
        (t(lang, "financiert", "funds"), Align::Right),
        (t(lang, "aandeel", "share"), Align::Right),
        (t(lang, "bespaart (netto)", "saves (net)"), Align::Right),
        (t(lang, "aandeel", "share"), Align::Right),
        (
            t(lang, "besparing per euro", "savings per euro"),
            Align::Right,
        ),
    ]);
    for r in &w.rows {
        table.row(vec![
            Cell::words(r.payer.label().get(lang)),
            money(r.funds, lang),
            Cell::figure(Figure::basis_points(r.funds_share, lang)),
            money(r.saves_net, lang),
            Cell::figure(Figure::basis_points(r.saves_share, lang)),
            Cell::figure(
                r.ratio()
                    .map_or_else(Figure::none, |x| Figure::decimal(x, 2, lang)),
            ),
        ]);
    }
    table.total(vec![
        Cell::words(t(lang, "totaal", "total")),
        money(w.funds, lang),
        Cell::empty(),
        money(w.saves_net, lang),
    ]);
    table
}

fn wrong_pocket_md(w: &WrongPocket, lang: Lang) -> Writer<Md> {
    let mut out = Writer::<Md>::new();
    put!(
        out,
        "## ",
        (t(lang, "Wie betaalt, wie bespaart", "Who pays, who saves")),
        "\n\n*",
        (estimate_label(lang)),
        "*\n\n"
    );
    wrong_pocket_table(w, lang).markdown(&mut out);
    put!(
        out,
        "\n",
        (t(
            lang,
            "De zorgkosten die voorkomen worden, betaalt vooral de zorgverzekeraar vanuit de Zvw; de meeste zelfregie- en herstelorganisaties worden betaald uit gemeentelijke budgetten, en geld overhevelen van het ene kader naar het andere is ingewikkeld (acht perspectieven op de beweging, hoofdstuk 1).",
            "The care costs avoided are mostly paid by the health insurer under the Zvw; most self-direction and recovery organisations are paid from municipal budgets, and moving money from one frame to the other is hard (eight perspectives on the movement, chapter 1)."
        )),
        "\n\n",
        (bijvangst(lang)),
        "\n"
    );
    out
}

/// Who funds against who saves, as Markdown: per payer the funding and its share, the net
/// care costs avoided and their share, and net savings per euro of funding; labelled as an
/// estimate on the persona assumptions, and closed with [`bijvangst`].
///
/// ```
/// use theory_of_value::{example, Lang};
/// let md = theory_of_value::render::wrong_pocket_markdown(example::wrong_pocket(), Lang::Nl);
/// assert!(md.contains("| Gemeente | € 115.000,00 | 85,19% |"));
/// assert!(md.trim_end().ends_with(theory_of_value::render::bijvangst(Lang::Nl)));
/// ```
pub fn wrong_pocket_markdown(w: &WrongPocket, lang: Lang) -> String {
    wrong_pocket_md(w, lang).finish()
}

fn wrong_pocket_picture(w: &WrongPocket, lang: Lang) -> Writer<Xml> {
    let max = w
        .rows
        .iter()
        .flat_map(|r| [r.funds.cents(), r.saves_net.cents()])
        .max()
        .unwrap_or(0)
        .max(1);
    let (label_w, bar_w, row_h) = (190.0, 420.0, 52.0);
    let width = label_w + bar_w + 150.0;
    let height = 70.0 + row_h * w.rows.len() as f64 + 40.0;
    let mut out = Writer::<Xml>::new();
    put!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"",
        [width],
        "\" height=\"",
        [height],
        "\" viewBox=\"0 0 ",
        [width],
        " ",
        [height],
        "\" font-family=\"sans-serif\" font-size=\"13\"><title>",
        (t(lang, "Wie betaalt, wie bespaart", "Who pays, who saves")),
        "</title><rect x=\"10\" y=\"10\" width=\"12\" height=\"12\" fill=\"#1f77b4\"/><text x=\"28\" y=\"21\">",
        (t(lang, "financiert de organisatie", "funds the organisation")),
        "</text><rect x=\"200\" y=\"10\" width=\"12\" height=\"12\" fill=\"#ff7f0e\"/><text x=\"218\" y=\"21\">",
        (t(lang, "bespaart (netto voorkomen zorg)", "saves (net care avoided)")),
        "</text>"
    );
    for (i, r) in w.rows.iter().enumerate() {
        let y = 45.0 + row_h * i as f64;
        let len = |m: Money| bar_w * m.cents() as f64 / max as f64;
        put!(
            out,
            "<text x=\"10\" y=\"",
            [y + 22.0],
            "\">",
            (r.payer.label().get(lang)),
            "</text><rect x=\"",
            [label_w],
            "\" y=\"",
            [y],
            "\" width=\"",
            [len(r.funds)],
            "\" height=\"18\" fill=\"#1f77b4\"/><text x=\"",
            [label_w + len(r.funds) + 5.0],
            "\" y=\"",
            [y + 14.0],
            "\">",
            [Figure::money(r.funds, lang)],
            "</text><rect x=\"",
            [label_w],
            "\" y=\"",
            [y + 20.0],
            "\" width=\"",
            [len(r.saves_net)],
            "\" height=\"18\" fill=\"#ff7f0e\"/><text x=\"",
            [label_w + len(r.saves_net) + 5.0],
            "\" y=\"",
            [y + 34.0],
            "\">",
            [Figure::money(r.saves_net, lang)],
            "</text>"
        );
    }
    put!(
        out,
        "<text x=\"10\" y=\"",
        [height - 14.0],
        "\" font-style=\"italic\">",
        (t(
            lang,
            "Schatting op basis van de aannames in de persona's, geen meting.",
            "Estimate built on the persona assumptions, not a measurement."
        )),
        "</text></svg>"
    );
    out
}

/// The wrong-pocket picture as a standalone SVG: per payer a bar of what it funds and a bar of
/// what it saves (net), on one scale, with the estimate label as caption.
///
/// ```
/// use theory_of_value::{example, Lang};
/// let svg = theory_of_value::render::wrong_pocket_svg(example::wrong_pocket(), Lang::Nl);
/// assert!(svg.starts_with("<svg"));
/// assert!(svg.contains("Zorgverzekeraar"));
/// ```
pub fn wrong_pocket_svg(w: &WrongPocket, lang: Lang) -> String {
    wrong_pocket_picture(w, lang).finish()
}

fn wrong_pocket_xml(w: &WrongPocket, lang: Lang) -> Writer<Xml> {
    let mut out = Writer::<Xml>::new();
    put!(
        out,
        "<section class=\"wrong-pocket\"><h2>",
        (t(lang, "Wie betaalt, wie bespaart", "Who pays, who saves")),
        "</h2><p><em>",
        (estimate_label(lang)),
        "</em></p>"
    );
    wrong_pocket_table(w, lang).html(&mut out);
    out.lit("<figure>");
    out.nest(wrong_pocket_picture(w, lang));
    put!(out, "</figure><p>", (bijvangst(lang)), "</p></section>");
    out
}

/// The wrong-pocket view as an HTML section: the estimate label, the table and the picture
/// (inline SVG), closed with [`bijvangst`].
///
/// ```
/// use theory_of_value::{example, Lang};
/// let html = theory_of_value::render::wrong_pocket_html(example::wrong_pocket(), Lang::En);
/// assert!(html.contains("<svg"));
/// assert!(html.contains("not a measurement"));
/// ```
pub fn wrong_pocket_html(w: &WrongPocket, lang: Lang) -> String {
    wrong_pocket_xml(w, lang).finish()
}

/// The organisation's counts beside the movement's reference figures, with their source.
fn funding_reference<C: Context>(w: &mut Writer<C>, t_: &FundingTotals, lang: Lang) {
    let r = &MOVEMENT_FUNDING;
    let nl = lang == Lang::Nl;
    let words = |nl_: &'static str, en: &'static str| if nl { nl_ } else { en };
    put!(
        w,
        (words("Deze organisatie: ", "This organisation: ")),
        [t_.agreements],
        (words(" afspraken met ", " agreements with ")),
        [t_.funders],
        (words(" financiers, ", " funders, ")),
        [t_.streams],
        (words(" financieringsstromen, ", " funding streams, ")),
        [t_.forms],
        (words(
            " financieringsvormen. De beweging: gemiddeld ",
            " funding forms. The movement: on average "
        )),
        [Figure::tenths(r.streams_tenths, lang)],
        (words(" stromen en ", " streams and ")),
        [Figure::tenths(r.forms_tenths, lang)],
        (words(" vormen per ZHO (onderzoek onder ", " forms per ZHO (survey of ")),
        [r.surveyed],
        (words(" ZHO's in 2024, ", " ZHOs in 2024, ")),
        [r.streams_named],
        (words(
            " stromen genoemd); bij een omzet van ",
            " streams named); at a turnover of "
        )),
        [Figure::money(r.turnover, lang)],
        (words(" zijn ", ", ")),
        [r.agreements_at_turnover.0],
        (words(" tot ", " to ")),
        [r.agreements_at_turnover.1],
        (words(" afspraken niet ongebruikelijk (", " agreements are not unusual (")),
        { r.source.document },
        ", ",
        { r.source.section.as_deref().unwrap_or("") },
        (words(
            "). Stromen tellen we als soort financier met wet, vormen als vorm met looptijd (aanname van deze crate).",
            "). Streams are counted as funder kind with law, forms as form with term (this crate's assumption)."
        ))
    );
}

/// The agreements table of a funding.
fn funding_table(f: &Funding, totals: &FundingTotals, lang: Lang) -> Table {
    let mut table = Table::new(&[
        (t(lang, "financier", "funder"), Align::Left),
        (t(lang, "soort", "kind"), Align::Left),
        (t(lang, "wet", "law"), Align::Left),
        (t(lang, "vorm", "form"), Align::Left),
        (t(lang, "looptijd", "term"), Align::Left),
        (t(lang, "bedrag", "amount"), Align::Right),
        (t(lang, "periode", "period"), Align::Left),
        (t(lang, "verantwoording", "accountability"), Align::Left),
    ]);
    for a in &f.agreements {
        let mut accountability = Cell::count(a.accountability.reports_per_year)
            .and_words(" ")
            .and_words(t(lang, "× per jaar", "× a year"));
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
        Cell::words(t(lang, "totaal", "total")),
        Cell::empty(),
        Cell::empty(),
        Cell::empty(),
        Cell::empty(),
        money(totals.total, lang),
    ]);
    table
}

fn funding_md(f: &Funding, lang: Lang) -> Result<Writer<Md>, crate::base::Report> {
    let totals = f.totals()?;
    let mut out = Writer::<Md>::new();
    put!(
        out,
        "## ",
        (t(lang, "Financiering", "Funding")),
        " — ",
        { f.organisation },
        "\n\n"
    );
    funding_table(f, &totals, lang).markdown(&mut out);
    put!(
        out,
        "\n",
        (t(lang, "Per soort financier", "Per kind of funder")),
        ":\n\n"
    );
    for k in &totals.by_funder_kind {
        put!(
            out,
            "- ",
            (k.funder_kind.label().get(lang)),
            ": ",
            [Figure::money(k.amount, lang)],
            " (",
            [Figure::basis_points(share_of(k.amount, totals.total), lang)],
            ", ",
            [k.agreements.len()],
            " ",
            (if k.agreements.len() == 1 {
                t(lang, "afspraak", "agreement")
            } else {
                t(lang, "afspraken", "agreements")
            }),
            ")\n"
        );
    }
    out.lit("\n");
    funding_reference(&mut out, &totals, lang);
    out.lit("\n");
    Ok(out)
}

/// The organisation's funding as Markdown: its agreements (funder, kind, law, form, term,
/// amount, period, accountability), totals per kind of funder, and its counts beside the
/// movement's reference figures with their source.
///
/// # Errors
/// The [`Report`](crate::Report) of [`Funding::totals`] when the sum overflows (`TOV213`).
///
/// ```
/// use theory_of_value::{example, Lang};
/// let md = theory_of_value::render::funding_markdown(example::funding(), Lang::En)?;
/// assert!(md.contains("2.2 streams and 3.5 forms"));
/// # Ok::<(), theory_of_value::Report>(())
/// ```
pub fn funding_markdown(f: &Funding, lang: Lang) -> Result<String, crate::base::Report> {
    funding_md(f, lang).map(Writer::finish)
}

fn funding_xml(f: &Funding, lang: Lang) -> Result<Writer<Xml>, crate::base::Report> {
    let totals = f.totals()?;
    let mut out = Writer::<Xml>::new();
    put!(
        out,
        "<section class=\"funding\"><h2>",
        (t(lang, "Financiering", "Funding")),
        " — ",
        { f.organisation },
        "</h2>"
    );
    funding_table(f, &totals, lang).html(&mut out);
    let max = totals
        .by_funder_kind
        .iter()
        .map(|k| k.amount.cents())
        .max()
        .unwrap_or(0)
        .max(1);
    let height = 20.0 + 28.0 * totals.by_funder_kind.len() as f64;
    put!(
        out,
        "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"760\" height=\"",
        [height],
        "\" viewBox=\"0 0 760 ",
        [height],
        "\" font-family=\"sans-serif\" font-size=\"13\"><title>",
        (t(
            lang,
            "Financiering per soort financier",
            "Funding per kind of funder"
        )),
        "</title>"
    );
    for (i, k) in totals.by_funder_kind.iter().enumerate() {
        let y = 10.0 + 28.0 * i as f64;
        let len = 340.0 * k.amount.cents() as f64 / max as f64;
        put!(
            out,
            "<text x=\"0\" y=\"",
            [y + 14.0],
            "\">",
            (k.funder_kind.label().get(lang)),
            "</text><rect x=\"310\" y=\"",
            [y],
            "\" width=\"",
            [len],
            "\" height=\"18\" fill=\"#1f77b4\"/><text x=\"",
            [315.0 + len],
            "\" y=\"",
            [y + 14.0],
            "\">",
            [Figure::money(k.amount, lang)],
            "</text>"
        );
    }
    out.lit("</svg></figure><p>");
    funding_reference(&mut out, &totals, lang);
    out.lit("</p></section>");
    Ok(out)
}

/// The organisation's funding as an HTML section: the agreements table, a bar per kind of
/// funder (inline SVG), and the counts beside the movement's reference figures.
///
/// # Errors
/// The [`Report`](crate::Report) of [`Funding::totals`] when the sum overflows (`TOV213`).
///
/// ```
/// use theory_of_value::{example, Lang};
/// let html = theory_of_value::render::funding_html(example::funding(), Lang::Nl)?;
/// assert!(html.contains("<svg"));
/// assert!(html.contains("Gemeente Voorbeeldstad"));
/// # Ok::<(), theory_of_value::Report>(())
/// ```
pub fn funding_html(f: &Funding, lang: Lang) -> Result<String, crate::base::Report> {
    funding_xml(f, lang).map(Writer::finish)
}

fn break_even_md(e: &Estimate, census: &Census, lang: Lang) -> Writer<Md> {
    let mut out = Writer::<Md>::new();
    put!(out, "## ", (t(lang, "Break-even", "Break-even")), "\n\n");
    let reference = break_even(
        Money::from_euros(3_000),
        Money::from_cents(60_239)
            .checked_mul(21)
            .unwrap_or(Money::ZERO),
    );
    if let Some(b) = reference {
        let m = |x: Money| Figure::money(x, lang);
        put!(
            out,
            (t(
                lang,
                "Voorbeeld uit ‘acht perspectieven op de beweging’ (hoofdstuk 1, noot 5): ",
                "Example from ‘eight perspectives on the movement’ (chapter 1, footnote 5): "
            )),
            [m(b.cost_per_participant)],
            (t(
                lang,
                " per deelnemer per jaar tegen een gedwongen HIC-opname van ",
                " per participant a year against a forced HIC admission of "
            )),
            [m(b.episode_cost)],
            (t(
                lang,
                " (max. € 602,39 per dag × 21 dagen): één voorkomen opname per jaar per ",
                " (at most €602.39 a day × 21 days): one avoided admission a year per "
            )),
            [b.participants_per_episode],
            (t(
                lang,
                " deelnemers dekt de kosten (",
                " participants covers the cost ("
            )),
            [b.participants_per_episode],
            " × ",
            [m(b.cost_per_participant)],
            " = ",
            [m(b.covered_cost)],
            ", ",
            [m(b.margin)],
            (t(lang, " over).", " to spare).")),
            "\n\n"
        );
    }
    let Some(cost) = census.cost_per_participant() else {
        return out;
    };
    put!(
        out,
        (t(
            lang,
            "Deze organisatie, kosten per unieke deelnemer",
            "This organisation, cost per unique participant"
        )),
        " ",
        [Figure::money(cost, lang)],
        ":\n\n"
    );
    // The kinds of care listed, each once.
    let mut seen: std::collections::HashSet<(&str, Money)> = std::collections::HashSet::new();
    for l in &e.care_lines {
        if !seen.insert((l.label.get(lang), l.yearly_cost)) {
            continue;
        }
        let Some(b) = break_even(cost, l.yearly_cost) else {
            continue;
        };
        put!(
            out,
            "- ",
            { l.label.get(lang) },
            " (",
            [Figure::money(l.yearly_cost, lang)],
            "): "
        );
        match b.participants_per_episode {
            0 => put!(
                out,
                (t(
                    lang,
                    "zelfs één voorkomen per jaar per deelnemer dekt de kosten niet",
                    "even one avoided a year per participant does not cover the cost",
                ))
            ),
            1 => put!(
                out,
                (t(
                    lang,
                    "één voorkomen per jaar per deelnemer dekt de kosten",
                    "one avoided episode a year per participant covers the cost",
                ))
            ),
            n => put!(
                out,
                (t(
                    lang,
                    "één voorkomen per jaar per ",
                    "one avoided episode a year per "
                )),
                [n],
                (t(
                    lang,
                    " deelnemers dekt de kosten",
                    " participants covers the cost"
                ))
            ),
        }
        out.lit("\n");
    }
    out.lit("\n");
    out
}

/// Break-even of the census's cost per participant against each line of care avoided, as
/// Markdown, with 000's example as the reference: how many participants one avoided episode
/// a year pays for. Empty when the census gives no cost per participant.
///
/// ```
/// use theory_of_value::{example, Lang};
/// let md = theory_of_value::render::break_even_markdown(example::estimate(), example::census(), Lang::En);
/// assert!(md.contains("one avoided admission a year per 4 participants"));
/// assert!(md.contains("one avoided episode a year per 14 participants"));
/// ```
pub fn break_even_markdown(e: &Estimate, census: &Census, lang: Lang) -> String {
    break_even_md(e, census, lang).finish()
}

/// Everything on who pays and who saves, as Markdown, to follow the added value and the care
/// costs avoided of an estimate: the split by payer and law, break-even, the funding (when
/// given) and the wrong-pocket view; it opens and ends with [`bijvangst`], so it never ends on
/// a per-euro figure.
///
/// # Errors
/// The [`Report`](crate::Report) of [`Funding::totals`] when the funding's sum overflows.
///
/// ```
/// use theory_of_value::{example, Lang};
/// use theory_of_value::render::{bijvangst, money_markdown};
/// let md = money_markdown(example::estimate(), example::census(), Some(example::funding()), Lang::Nl)?;
/// assert!(md.trim_end().ends_with(bijvangst(Lang::Nl)));
/// # Ok::<(), theory_of_value::Report>(())
/// ```
pub fn money_markdown(
    e: &Estimate,
    census: &Census,
    funding: Option<&Funding>,
    lang: Lang,
) -> Result<String, crate::base::Report> {
    let mut out = payer_split_md(e, lang);
    out.lit("\n");
    out.nest(break_even_md(e, census, lang));
    if let Some(f) = funding {
        out.nest(funding_md(f, lang)?);
        out.lit("\n");
        out.nest(wrong_pocket_md(&crate::value::wrong_pocket(f, e)?, lang));
    } else {
        put!(out, (bijvangst(lang)), "\n");
    }
    Ok(out.finish())
}

/// The same as [`money_markdown`] in HTML: sections to place after an estimate's added value
/// and care costs, ending with [`bijvangst`].
///
/// # Errors
/// The [`Report`](crate::Report) of [`Funding::totals`] when the funding's sum overflows.
///
/// ```
/// use theory_of_value::{example, Lang};
/// let html = theory_of_value::render::money_html(example::estimate(), Some(example::funding()), Lang::En)?;
/// assert!(html.contains("class=\"wrong-pocket\""));
/// # Ok::<(), theory_of_value::Report>(())
/// ```
pub fn money_html(
    e: &Estimate,
    funding: Option<&Funding>,
    lang: Lang,
) -> Result<String, crate::base::Report> {
    let mut out = payer_split_xml(e, lang);
    if let Some(f) = funding {
        out.nest(funding_xml(f, lang)?);
        out.nest(wrong_pocket_xml(&crate::value::wrong_pocket(f, e)?, lang));
    } else {
        put!(out, "<p>", (bijvangst(lang)), "</p>");
    }
    Ok(out.finish())
}
