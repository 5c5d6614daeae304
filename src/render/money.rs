//! Who pays, who saves: the estimate's care costs avoided split by payer and law, the
//! organisation's funding, the wrong-pocket view and break-even, in Markdown and HTML (with
//! inline SVG). Everything is written through the one writer (`base::write`): elements as
//! closures, document text (funders, organisations, care labels, indicators) always through
//! the escaper of its context, amounts and shares as [`Figure`]s made from numbers. Each table
//! is laid out once (`table`) and rendered to Markdown and to HTML alike; the layouts the
//! board report shares ([`payer_tables`], [`wrong_pocket_table`], [`funding_table`]) key their
//! figures as the board does (`payer.{id}.gross`, `pocket.{id}.funds`, `funding.total`, …).
//!
//! The sources frame avoided costs as a by-product ("bijvangst") of the added value, not its
//! measure (001, "Inleiding" and "Aanbevelingen"). These renderings therefore come *after*
//! the added value per output, and open and close with [`bijvangst`].

use super::figure::Figure;
use super::html::XMLNS;
use super::table::{Align, Cell, Table};
use crate::base::write::{put, Attr, Context, Html, Md, Svg, Value, Writer};
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
/// use theory_of_value::base::Lang;
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
/// use theory_of_value::base::Lang;
/// assert!(theory_of_value::render::estimate_label(Lang::En).contains("persona"));
/// ```
pub fn estimate_label(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "Een schatting op basis van de aannames in de persona's (voorkomen zorg, kosten en correcties per persona), geen meting.",
        Lang::En => "An estimate built on the persona assumptions (care avoided, costs and adjustments per persona), not a measurement.",
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

/// An amount of money with its key; the machine value is in cents.
fn keyed_money(key: String, m: Money, lang: Lang) -> Cell {
    Cell::keyed(key, m.cents().to_string(), Figure::money(m, lang))
}

/// A share in basis points with its key; the machine value is the basis points.
fn keyed_share(key: String, bp: u16, lang: Lang) -> Cell {
    Cell::keyed(key, bp.to_string(), Figure::basis_points(bp, lang))
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
            keyed_money(format!("payer.{id}.gross"), p.gross, lang),
            keyed_money(format!("payer.{id}.net"), p.net, lang),
            Cell::figure(Figure::basis_points(share_of(p.net, e.net), lang)),
            line_names(e, &p.lines, lang),
        ]);
    }
    payers.total(vec![
        Cell::words(lang.pick("totaal", "total")),
        keyed_money("estimate.gross".to_owned(), e.gross, lang),
        keyed_money("estimate.net".to_owned(), e.net, lang),
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

fn payer_split_md(e: &Estimate, lang: Lang) -> Writer<Md> {
    let mut w = Writer::<Md>::new();
    put!(
        w,
        "## ",
        (lang.pick("Voorkomen kosten per betaler", "Costs avoided per payer")),
        "\n\n",
        (bijvangst(lang)),
        "\n\n"
    );
    let [payers, laws] = payer_tables(e, lang);
    payers.to_markdown(&mut w);
    w.newline();
    laws.to_markdown(&mut w);
    put!(
        w,
        "\n",
        (lang.pick(
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
/// use theory_of_value::base::Lang;
/// use theory_of_value::example;
/// use theory_of_value::render::payer_split_markdown;
/// let md = payer_split_markdown(example::estimate(), Lang::Nl);
/// assert!(md.contains("| Zorgverzekeraar |"));
/// assert!(md.contains("bijvangst"));
/// ```
pub fn payer_split_markdown(e: &Estimate, lang: Lang) -> String {
    payer_split_md(e, lang).finish()
}

/// A section of class `class` headed `title`.
fn section(
    w: &mut Writer<Html>,
    class: &str,
    title: impl FnOnce(&mut Writer<Html>),
    body: impl FnOnce(&mut Writer<Html>),
) {
    w.element("section", &[("class", class.into())], |w| {
        w.element("h2", &[], title);
        body(w);
    });
}

fn payer_split_section(w: &mut Writer<Html>, e: &Estimate, lang: Lang) {
    let title = lang.pick("Voorkomen kosten per betaler", "Costs avoided per payer");
    section(
        w,
        "payer-split",
        |w| {
            w.words(title);
        },
        |w| {
            w.words_element("p", &[], bijvangst(lang));
            for table in payer_tables(e, lang) {
                table.without_keys().to_html(w);
            }
        },
    );
}

/// The same split as HTML: a section with two tables. Opens with [`bijvangst`].
///
/// ```
/// use theory_of_value::base::Lang;
/// use theory_of_value::example;
/// let html = theory_of_value::render::payer_split_html(example::estimate(), Lang::En);
/// assert!(html.starts_with("<section"));
/// assert!(html.contains("<td>Health insurer</td>"));
/// ```
pub fn payer_split_html(e: &Estimate, lang: Lang) -> String {
    let mut w = Writer::<Html>::new();
    payer_split_section(&mut w, e, lang);
    w.finish()
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
        let ratio = match r.ratio() {
            Some(x) => Cell::keyed(
                format!("pocket.{id}.ratio"),
                format!("{x:.2}"),
                Figure::decimal(x, 2, lang),
            ),
            None => Cell::figure(Figure::none()),
        };
        table.row(vec![
            Cell::words(r.payer.label().get(lang)),
            keyed_money(format!("pocket.{id}.funds"), r.funds, lang),
            keyed_share(format!("pocket.{id}.funds_share"), r.funds_share, lang),
            keyed_money(format!("pocket.{id}.saves_net"), r.saves_net, lang),
            keyed_share(format!("pocket.{id}.saves_share"), r.saves_share, lang),
            ratio,
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

fn wrong_pocket_md(w: &WrongPocket, lang: Lang) -> Writer<Md> {
    let mut out = Writer::<Md>::new();
    put!(
        out,
        "## ",
        (lang.pick("Wie betaalt, wie bespaart", "Who pays, who saves")),
        "\n\n*",
        (estimate_label(lang)),
        "*\n\n"
    );
    wrong_pocket_table(w, lang).to_markdown(&mut out);
    put!(
        out,
        "\n",
        (lang.pick(
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
/// use theory_of_value::base::Lang;
/// use theory_of_value::example;
/// let md = theory_of_value::render::wrong_pocket_markdown(example::wrong_pocket(), Lang::Nl);
/// assert!(md.contains("| Gemeente | € 115.000,00 | 85,19% |"));
/// assert!(md.trim_end().ends_with(theory_of_value::render::bijvangst(Lang::Nl)));
/// ```
pub fn wrong_pocket_markdown(w: &WrongPocket, lang: Lang) -> String {
    wrong_pocket_md(w, lang).finish()
}

/// The wrong-pocket picture's geometry: the width of the payers' names, of the longest bar,
/// the height of a payer's two bars with their gap, and the picture's width and height.
struct Pocket {
    label_w: f64,
    bar_w: f64,
    row_h: f64,
    width: f64,
    height: f64,
}

impl Pocket {
    fn of(w: &WrongPocket) -> Self {
        let (label_w, bar_w, row_h) = (190.0, 420.0, 52.0);
        Pocket {
            label_w,
            bar_w,
            row_h,
            width: label_w + bar_w + 150.0,
            height: 70.0 + row_h * w.rows.len() as f64 + 40.0,
        }
    }
}

/// The attributes of an SVG picture `width` × `height` in a sans-serif font of 13.
fn picture_attrs<'a>(width: Value<'a>, height: f64, view_box: &'a str) -> [Attr<'a>; 6] {
    [
        ("role", "img".into()),
        ("width", width),
        ("height", height.into()),
        ("viewBox", view_box.into()),
        ("font-family", "sans-serif".into()),
        ("font-size", "13".into()),
    ]
}

/// A bar from `x` at `y`, `width` long and 18 high, filled with `colour`.
fn bar(s: &mut Writer<Svg>, (x, y): (f64, f64), width: f64, colour: &'static str) {
    s.void(
        "rect",
        &[
            ("x", x.into()),
            ("y", y.into()),
            ("width", width.into()),
            ("height", "18".into()),
            ("fill", colour.into()),
        ],
    );
}

/// An amount of money at `(x, y)`.
fn amount(s: &mut Writer<Svg>, (x, y): (f64, f64), m: Money, lang: Lang) {
    s.element("text", &[("x", x.into()), ("y", y.into())], |s| {
        s.num(Figure::money(m, lang));
    });
}

/// The legend of the wrong-pocket picture: the colour of funding and of saving.
fn pocket_legend(s: &mut Writer<Svg>, lang: Lang) {
    for (x, colour, words) in [
        (
            10_u32,
            "#1f77b4",
            lang.pick("financiert de organisatie", "funds the organisation"),
        ),
        (
            200,
            "#ff7f0e",
            lang.pick(
                "bespaart (netto voorkomen zorg)",
                "saves (net care avoided)",
            ),
        ),
    ] {
        s.void(
            "rect",
            &[
                ("x", x.into()),
                ("y", "10".into()),
                ("width", "12".into()),
                ("height", "12".into()),
                ("fill", colour.into()),
            ],
        );
        s.words_element("text", &[("x", (x + 18).into()), ("y", "21".into())], words);
    }
}

/// The wrong-pocket picture's content: the legend, per payer a bar of what it funds and a bar
/// of what it saves (net) on one scale, and the estimate label as caption.
fn pocket_picture(s: &mut Writer<Svg>, w: &WrongPocket, p: &Pocket, lang: Lang) {
    let max = w
        .rows
        .iter()
        .flat_map(|r| [r.funds.cents(), r.saves_net.cents()])
        .max()
        .unwrap_or(0)
        .max(1);
    let len = |m: Money| p.bar_w * m.cents() as f64 / max as f64;
    s.words_element(
        "title",
        &[],
        lang.pick("Wie betaalt, wie bespaart", "Who pays, who saves"),
    );
    pocket_legend(s, lang);
    for (i, r) in w.rows.iter().enumerate() {
        let y = 45.0 + p.row_h * i as f64;
        s.words_element(
            "text",
            &[("x", "10".into()), ("y", (y + 22.0).into())],
            r.payer.label().get(lang),
        );
        bar(s, (p.label_w, y), len(r.funds), "#1f77b4");
        amount(s, (p.label_w + len(r.funds) + 5.0, y + 14.0), r.funds, lang);
        bar(s, (p.label_w, y + 20.0), len(r.saves_net), "#ff7f0e");
        let x = p.label_w + len(r.saves_net) + 5.0;
        amount(s, (x, y + 34.0), r.saves_net, lang);
    }
    s.words_element(
        "text",
        &[
            ("x", "10".into()),
            ("y", (p.height - 14.0).into()),
            ("font-style", "italic".into()),
        ],
        lang.pick(
            "Schatting op basis van de aannames in de persona's, geen meting.",
            "Estimate built on the persona assumptions, not a measurement.",
        ),
    );
}

/// The wrong-pocket picture as a standalone SVG: per payer a bar of what it funds and a bar of
/// what it saves (net), on one scale, with the estimate label as caption.
///
/// ```
/// use theory_of_value::base::Lang;
/// use theory_of_value::example;
/// let svg = theory_of_value::render::wrong_pocket_svg(example::wrong_pocket(), Lang::Nl);
/// assert!(svg.starts_with("<svg"));
/// assert!(svg.contains("Zorgverzekeraar"));
/// ```
pub fn wrong_pocket_svg(w: &WrongPocket, lang: Lang) -> String {
    let p = Pocket::of(w);
    let view_box = format!("0 0 {:.1} {:.1}", p.width, p.height);
    let attrs = picture_attrs(p.width.into(), p.height, &view_box);
    Writer::<Svg>::document(&attrs, |s| pocket_picture(s, w, &p, lang))
}

fn wrong_pocket_section(out: &mut Writer<Html>, w: &WrongPocket, lang: Lang) {
    let title = lang.pick("Wie betaalt, wie bespaart", "Who pays, who saves");
    section(
        out,
        "wrong-pocket",
        |out| {
            out.words(title);
        },
        |out| {
            out.element("p", &[], |out| {
                out.words_element("em", &[], estimate_label(lang));
            });
            wrong_pocket_table(w, lang).without_keys().to_html(out);
            let p = Pocket::of(w);
            let view_box = format!("0 0 {:.1} {:.1}", p.width, p.height);
            let [role, rest @ ..] = picture_attrs(p.width.into(), p.height, &view_box);
            let mut attrs = vec![XMLNS, role];
            attrs.extend_from_slice(&rest);
            out.element("figure", &[], |out| {
                out.svg(&attrs, |s| pocket_picture(s, w, &p, lang));
            });
            out.words_element("p", &[], bijvangst(lang));
        },
    );
}

/// The wrong-pocket view as an HTML section: the estimate label, the table and the picture
/// (inline SVG), closed with [`bijvangst`].
///
/// ```
/// use theory_of_value::base::Lang;
/// use theory_of_value::example;
/// let html = theory_of_value::render::wrong_pocket_html(example::wrong_pocket(), Lang::En);
/// assert!(html.contains("<svg"));
/// assert!(html.contains("not a measurement"));
/// ```
pub fn wrong_pocket_html(w: &WrongPocket, lang: Lang) -> String {
    let mut out = Writer::<Html>::new();
    wrong_pocket_section(&mut out, w, lang);
    out.finish()
}

/// The organisation's counts beside the movement's reference figures, with their source.
fn funding_reference<C: Context>(w: &mut Writer<C>, totals: &FundingTotals, lang: Lang) {
    let r = &MOVEMENT_FUNDING;
    let words = |nl: &'static str, en: &'static str| lang.pick(nl, en);
    put!(
        w,
        (words("Deze organisatie: ", "This organisation: ")),
        [totals.agreements],
        (words(" afspraken met ", " agreements with ")),
        [totals.funders],
        (words(" financiers, ", " funders, ")),
        [totals.streams],
        (words(" financieringsstromen, ", " funding streams, ")),
        [totals.forms],
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
        (", "),
        { r.source.section.as_deref().unwrap_or("") },
        (words(
            "). Stromen tellen we als soort financier met wet, vormen als vorm met looptijd (aanname van deze crate).",
            "). Streams are counted as funder kind with law, forms as form with term (this crate's assumption)."
        ))
    );
}

/// The agreements table of a funding: per agreement the funder, its kind, the law, the form,
/// the term, the amount, the period and the accountability; the total amount below. Key:
/// `funding.total` (cents) in the total row.
pub(crate) fn funding_table(f: &Funding, totals: &FundingTotals, lang: Lang) -> Table {
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
        keyed_money("funding.total".to_owned(), totals.total, lang),
    ]);
    table
}

fn funding_md(f: &Funding, lang: Lang) -> Result<Writer<Md>, crate::base::Report> {
    let totals = f.totals()?;
    let mut out = Writer::<Md>::new();
    put!(
        out,
        "## ",
        (lang.pick("Financiering", "Funding")),
        " — ",
        { f.organisation },
        "\n\n"
    );
    funding_table(f, &totals, lang).to_markdown(&mut out);
    put!(
        out,
        "\n",
        (lang.pick("Per soort financier", "Per kind of funder")),
        ":\n\n"
    );
    for k in &totals.by_funder_kind {
        let n = k.agreements.len();
        put!(
            out,
            "- ",
            (k.funder_kind.label().get(lang)),
            ": ",
            [Figure::money(k.amount, lang)],
            " (",
            [Figure::basis_points(share_of(k.amount, totals.total), lang)],
            ", ",
            [n],
            " ",
            (if n == 1 {
                lang.pick("afspraak", "agreement")
            } else {
                lang.pick("afspraken", "agreements")
            }),
            ")\n"
        );
    }
    out.newline();
    funding_reference(&mut out, &totals, lang);
    out.newline();
    Ok(out)
}

/// The organisation's funding as Markdown: its agreements (funder, kind, law, form, term,
/// amount, period, accountability), totals per kind of funder, and its counts beside the
/// movement's reference figures with their source.
///
/// # Errors
/// The [`Report`](crate::base::Report) of [`Funding::totals`] when the sum overflows
/// (`TOV213`).
///
/// ```
/// use theory_of_value::base::{Lang, Report};
/// use theory_of_value::example;
/// let md = theory_of_value::render::funding_markdown(example::funding(), Lang::En)?;
/// assert!(md.contains("2.2 streams and 3.5 forms"));
/// # Ok::<(), Report>(())
/// ```
pub fn funding_markdown(f: &Funding, lang: Lang) -> Result<String, crate::base::Report> {
    funding_md(f, lang).map(Writer::finish)
}

/// A bar per kind of funder, on one scale.
fn funding_chart(w: &mut Writer<Html>, totals: &FundingTotals, lang: Lang) {
    let max = totals
        .by_funder_kind
        .iter()
        .map(|k| k.amount.cents())
        .max()
        .unwrap_or(0)
        .max(1);
    let height = 20.0 + 28.0 * totals.by_funder_kind.len() as f64;
    let view_box = format!("0 0 760 {height:.1}");
    let [role, rest @ ..] = picture_attrs("760".into(), height, &view_box);
    let mut attrs = vec![XMLNS, role];
    attrs.extend_from_slice(&rest);
    w.svg(&attrs, |s| {
        s.words_element(
            "title",
            &[],
            lang.pick(
                "Financiering per soort financier",
                "Funding per kind of funder",
            ),
        );
        for (i, k) in totals.by_funder_kind.iter().enumerate() {
            let y = 10.0 + 28.0 * i as f64;
            let len = 340.0 * k.amount.cents() as f64 / max as f64;
            s.words_element(
                "text",
                &[("x", "0".into()), ("y", (y + 14.0).into())],
                k.funder_kind.label().get(lang),
            );
            s.void(
                "rect",
                &[
                    ("x", "310".into()),
                    ("y", y.into()),
                    ("width", len.into()),
                    ("height", "18".into()),
                    ("fill", "#1f77b4".into()),
                ],
            );
            amount(s, (315.0 + len, y + 14.0), k.amount, lang);
        }
    });
}

fn funding_section(
    w: &mut Writer<Html>,
    f: &Funding,
    lang: Lang,
) -> Result<(), crate::base::Report> {
    let totals = f.totals()?;
    section(
        w,
        "funding",
        |w| {
            w.words(lang.pick("Financiering", "Funding"))
                .words(" — ")
                .text(&f.organisation);
        },
        |w| {
            funding_table(f, &totals, lang).without_keys().to_html(w);
            w.element("figure", &[], |w| funding_chart(w, &totals, lang));
            w.element("p", &[], |w| funding_reference(w, &totals, lang));
        },
    );
    Ok(())
}

/// The organisation's funding as an HTML section: the agreements table, a bar per kind of
/// funder (inline SVG), and the counts beside the movement's reference figures.
///
/// # Errors
/// The [`Report`](crate::base::Report) of [`Funding::totals`] when the sum overflows
/// (`TOV213`).
///
/// ```
/// use theory_of_value::base::{Lang, Report};
/// use theory_of_value::example;
/// let html = theory_of_value::render::funding_html(example::funding(), Lang::Nl)?;
/// assert!(html.contains("<svg"));
/// assert!(html.contains("Gemeente Voorbeeldstad"));
/// # Ok::<(), Report>(())
/// ```
pub fn funding_html(f: &Funding, lang: Lang) -> Result<String, crate::base::Report> {
    let mut w = Writer::<Html>::new();
    funding_section(&mut w, f, lang)?;
    Ok(w.finish())
}

/// 000's example of break-even: a participant's cost against a forced HIC admission.
fn break_even_reference(out: &mut Writer<Md>, lang: Lang) {
    let reference = break_even(
        Money::from_euros(3_000),
        Money::from_cents(60_239)
            .checked_mul(21)
            .unwrap_or(Money::ZERO),
    );
    let Some(b) = reference else {
        return;
    };
    let m = |x: Money| Figure::money(x, lang);
    put!(
        out,
        (lang.pick(
            "Voorbeeld uit ‘acht perspectieven op de beweging’ (hoofdstuk 1, noot 5): ",
            "Example from ‘eight perspectives on the movement’ (chapter 1, footnote 5): "
        )),
        [m(b.cost_per_participant)],
        (lang.pick(
            " per deelnemer per jaar tegen een gedwongen HIC-opname van ",
            " per participant a year against a forced HIC admission of "
        )),
        [m(b.episode_cost)],
        (lang.pick(
            " (max. € 602,39 per dag × 21 dagen): één voorkomen opname per jaar per ",
            " (at most €602.39 a day × 21 days): one avoided admission a year per "
        )),
        [b.participants_per_episode],
        (lang.pick(
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
        (lang.pick(" over).", " to spare).")),
        "\n\n"
    );
}

/// How many participants one avoided episode a year of each kind of care pays for, at `cost`
/// per participant; each kind of care once.
fn break_even_lines(out: &mut Writer<Md>, e: &Estimate, cost: Money, lang: Lang) {
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
                (lang.pick(
                    "zelfs één voorkomen per jaar per deelnemer dekt de kosten niet",
                    "even one avoided a year per participant does not cover the cost",
                ))
            ),
            1 => put!(
                out,
                (lang.pick(
                    "één voorkomen per jaar per deelnemer dekt de kosten",
                    "one avoided episode a year per participant covers the cost",
                ))
            ),
            n => put!(
                out,
                (lang.pick(
                    "één voorkomen per jaar per ",
                    "one avoided episode a year per "
                )),
                [n],
                (lang.pick(
                    " deelnemers dekt de kosten",
                    " participants covers the cost"
                ))
            ),
        }
        out.newline();
    }
    out.newline();
}

fn break_even_md(e: &Estimate, census: &Census, lang: Lang) -> Writer<Md> {
    let mut out = Writer::<Md>::new();
    put!(out, "## ", (lang.pick("Break-even", "Break-even")), "\n\n");
    break_even_reference(&mut out, lang);
    let Some(cost) = census.cost_per_participant() else {
        return out;
    };
    put!(
        out,
        (lang.pick(
            "Deze organisatie, kosten per unieke deelnemer",
            "This organisation, cost per unique participant"
        )),
        " ",
        [Figure::money(cost, lang)],
        ":\n\n"
    );
    break_even_lines(&mut out, e, cost, lang);
    out
}

/// Break-even of the census's cost per participant against each line of care avoided, as
/// Markdown, with 000's example as the reference: how many participants one avoided episode
/// a year pays for. Empty when the census gives no cost per participant.
///
/// ```
/// use theory_of_value::base::Lang;
/// use theory_of_value::example;
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
/// The [`Report`](crate::base::Report) of [`Funding::totals`] when the funding's sum
/// overflows.
///
/// ```
/// use theory_of_value::base::{Lang, Report};
/// use theory_of_value::example;
/// use theory_of_value::render::{bijvangst, money_markdown};
/// let md = money_markdown(example::estimate(), example::census(), Some(example::funding()), Lang::Nl)?;
/// assert!(md.trim_end().ends_with(bijvangst(Lang::Nl)));
/// # Ok::<(), Report>(())
/// ```
pub fn money_markdown(
    e: &Estimate,
    census: &Census,
    funding: Option<&Funding>,
    lang: Lang,
) -> Result<String, crate::base::Report> {
    let mut out = payer_split_md(e, lang);
    out.newline();
    out.nest(break_even_md(e, census, lang));
    if let Some(f) = funding {
        out.nest(funding_md(f, lang)?);
        out.newline();
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
/// The [`Report`](crate::base::Report) of [`Funding::totals`] when the funding's sum
/// overflows.
///
/// ```
/// use theory_of_value::base::{Lang, Report};
/// use theory_of_value::example;
/// let html = theory_of_value::render::money_html(example::estimate(), Some(example::funding()), Lang::En)?;
/// assert!(html.contains("class=\"wrong-pocket\""));
/// # Ok::<(), Report>(())
/// ```
pub fn money_html(
    e: &Estimate,
    funding: Option<&Funding>,
    lang: Lang,
) -> Result<String, crate::base::Report> {
    let mut out = Writer::<Html>::new();
    payer_split_section(&mut out, e, lang);
    if let Some(f) = funding {
        funding_section(&mut out, f, lang)?;
        wrong_pocket_section(&mut out, &crate::value::wrong_pocket(f, e)?, lang);
    } else {
        out.words_element("p", &[], bijvangst(lang));
    }
    Ok(out.finish())
}
