//! Who pays, who saves: the estimate's care costs avoided split by payer and law, the
//! organisation's funding, the wrong-pocket view and break-even, in Markdown and HTML (with
//! inline SVG). Everything is written through the one writer (`base::write`): elements as
//! closures, document text (funders, organisations, care labels, indicators) always through
//! the escaper of its context, amounts and shares as [`Figure`]s made from numbers. Each table
//! is laid out once (`tables.rs`) and rendered to Markdown and to HTML alike; the pictures are
//! in `charts.rs`, break-even in `break_even.rs`.
//!
//! The sources frame avoided costs as a by-product ("bijvangst") of the added value, not its
//! measure (001, "Inleiding" and "Aanbevelingen"). These renderings therefore come *after*
//! the added value per output, and open and close with [`bijvangst`].

mod break_even;
mod charts;
mod tables;

pub use break_even::break_even_markdown;
pub(crate) use tables::{funding_kinds_table, payer_tables, wrong_pocket_table};

use super::figure::Figure;
use crate::base::write::{put, Context, Html, Md, Writer};
use crate::base::Lang;
use crate::value::{Census, Estimate, Funding, FundingTotals, WrongPocket, MOVEMENT_FUNDING};
use tables::funding_table;

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

fn payer_split_md(w: &mut Writer<Md>, e: &Estimate, lang: Lang) {
    put!(
        w,
        [#2],
        (lang.pick("Voorkomen kosten per betaler", "Costs avoided per payer")),
        "\n\n",
        (bijvangst(lang)),
        "\n\n"
    );
    let [payers, laws] = payer_tables(e, lang);
    payers.to_markdown(w);
    w.newline();
    laws.to_markdown(w);
    put!(
        w,
        "\n",
        (lang.pick(
            "Wet en betaler volgen het hoofdstuk ‘Wettelijk kader’ van de Theory of Value (NVZH & IPW 2025).",
            "Law and payer follow the chapter ‘Wettelijk kader’ (legal frame) of the Theory of Value (NVZH & IPW 2025)."
        )),
        "\n"
    );
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
    let mut w = Writer::<Md>::new();
    payer_split_md(&mut w, e, lang);
    w.finish()
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

fn wrong_pocket_md(out: &mut Writer<Md>, w: &WrongPocket, lang: Lang) {
    put!(
        out,
        [#2],
        (lang.pick("Wie betaalt, wie bespaart", "Who pays, who saves")),
        "\n\n"
    );
    out.emphasis(|out| {
        out.words(estimate_label(lang));
    });
    out.lit("\n\n");
    wrong_pocket_table(w, lang).to_markdown(out);
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
    let mut out = Writer::<Md>::new();
    wrong_pocket_md(&mut out, w, lang);
    out.finish()
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
    charts::pocket_svg(w, lang)
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
            out.element("figure", &[], |out| charts::pocket_inline(out, w, lang));
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

fn funding_md(out: &mut Writer<Md>, f: &Funding, lang: Lang) -> Result<(), crate::base::Report> {
    let totals = f.totals()?;
    put!(
        out,
        [#2],
        (lang.pick("Financiering", "Funding")),
        " — ",
        { f.organisation },
        "\n\n"
    );
    funding_table(f, &totals, lang).to_markdown(out);
    put!(
        out,
        "\n",
        (lang.pick("Per soort financier", "Per kind of funder")),
        ":\n\n"
    );
    funding_kinds_table(&totals, lang).to_markdown(out);
    out.newline();
    funding_reference(out, &totals, lang);
    out.newline();
    Ok(())
}

/// The organisation's funding as Markdown: its agreements (funder, kind, law, form, term,
/// amount, period, accountability), a table of the totals per kind of funder, and its counts beside the
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
    let mut out = Writer::<Md>::new();
    funding_md(&mut out, f, lang)?;
    Ok(out.finish())
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
            w.element("figure", &[], |w| charts::funding_chart(w, &totals, lang));
            funding_kinds_table(&totals, lang).without_keys().to_html(w);
            w.element("p", &[], |w| funding_reference(w, &totals, lang));
        },
    );
    Ok(())
}

/// The organisation's funding as an HTML section: the agreements table, a bar per kind of
/// funder (inline SVG) with the table of their totals, and the counts beside the movement's reference figures.
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
    let mut out = Writer::<Md>::new();
    write_money(&mut out, e, census, funding, lang)?;
    Ok(out.finish())
}

/// Who pays and who saves in Markdown, written into `out` (whose headings may sit lower,
/// inside a larger document).
pub(crate) fn write_money(
    out: &mut Writer<Md>,
    e: &Estimate,
    census: &Census,
    funding: Option<&Funding>,
    lang: Lang,
) -> Result<(), crate::base::Report> {
    payer_split_md(out, e, lang);
    out.newline();
    break_even::markdown(out, e, census, lang);
    if let Some(f) = funding {
        funding_md(out, f, lang)?;
        out.newline();
        wrong_pocket_md(out, &crate::value::wrong_pocket(f, e)?, lang);
    } else {
        put!(out, (bijvangst(lang)), "\n");
    }
    Ok(())
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
