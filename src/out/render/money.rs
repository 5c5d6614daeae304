//! Who pays, who saves: the estimate's care costs avoided split by payer and law, the
//! organisation's funding, the wrong-pocket view and break-even, in Markdown and HTML (with
//! inline SVG). Every piece of document text goes through [`crate::base::escape`].
//!
//! The sources frame avoided costs as a by-product ("bijvangst") of the added value, not its
//! measure (001, "Inleiding" and "Aanbevelingen"). These renderings therefore come *after*
//! the added value per output, and open and close with [`bijvangst`].

use crate::base::escape;
use crate::base::{Lang, Text};
use crate::value::{
    break_even, percent, Census, Estimate, Funding, FundingTotals, Money, WrongPocket,
    MOVEMENT_FUNDING,
};
use std::fmt::Write;

/// The framing sentence every rendering of avoided costs carries: avoided costs are a
/// by-product ("bijvangst") of the added value, not its measure (001, "Inleiding": "Een
/// bijvangst voor veel bezoekers is dat zij daardoor zorg eerder kunnen afbouwen of dat zorg
/// voorkomen kan worden"; "Aanbevelingen": "wat een bijvangst is van de toegevoegde waarde").
///
/// ```
/// use theory_of_value::Lang;
/// use theory_of_value::out::render::bijvangst;
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
/// assert!(theory_of_value::out::render::estimate_label(Lang::En).contains("persona"));
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

fn ratio(x: Option<f64>, lang: Lang) -> String {
    x.map_or_else(
        || "—".to_owned(),
        |r| {
            let s = format!("{r:.2}");
            if lang == Lang::Nl {
                s.replace('.', ",")
            } else {
                s
            }
        },
    )
}

fn line_names(e: &Estimate, lines: &[usize], lang: Lang, esc: fn(&str) -> String) -> String {
    lines
        .iter()
        .filter_map(|&i| e.care_lines.get(i))
        .map(|l| format!("{} ({})", esc(l.label.get(lang)), esc(l.persona.as_str())))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The estimate's care costs avoided per payer and per law, as Markdown: gross, net, the share
/// of the net and the lines each figure sums. Opens with [`bijvangst`].
///
/// ```
/// use theory_of_value::{example, Lang};
/// use theory_of_value::out::render::payer_split_markdown;
/// let md = payer_split_markdown(example::estimate(), Lang::Nl);
/// assert!(md.contains("| Zorgverzekeraar |"));
/// assert!(md.contains("bijvangst"));
/// ```
pub fn payer_split_markdown(e: &Estimate, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "## {}\n\n{}\n",
        t(
            lang,
            "Voorkomen kosten per betaler",
            "Costs avoided per payer"
        ),
        bijvangst(lang)
    );
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} |\n|---|---:|---:|---:|---|",
        t(lang, "betaler", "payer"),
        t(lang, "bruto", "gross"),
        t(lang, "netto", "net"),
        t(lang, "aandeel netto", "share of net"),
        t(lang, "regels", "lines")
    );
    for p in &e.by_payer {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            p.payer.label().get(lang),
            p.gross.format(lang),
            p.net.format(lang),
            percent(share_of(p.net, e.net), lang),
            line_names(e, &p.lines, lang, escape::markdown)
        );
    }
    let _ = writeln!(
        out,
        "| **{}** | **{}** | **{}** | | |\n",
        t(lang, "totaal", "total"),
        e.gross.format(lang),
        e.net.format(lang)
    );
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} |\n|---|---|---:|---:|---:|",
        t(lang, "wet", "law"),
        t(lang, "betaler", "payer"),
        t(lang, "bruto", "gross"),
        t(lang, "netto", "net"),
        t(lang, "regels", "lines")
    );
    for l in &e.by_law {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            l.law.label().get(lang),
            l.payer.label().get(lang),
            l.gross.format(lang),
            l.net.format(lang),
            l.lines.len()
        );
    }
    let _ = writeln!(
        out,
        "\n{}",
        t(
            lang,
            "Wet en betaler volgen het hoofdstuk ‘Wettelijk kader’ van de Theory of Value (NVZH & IPW 2025).",
            "Law and payer follow the chapter ‘Wettelijk kader’ (legal frame) of the Theory of Value (NVZH & IPW 2025)."
        )
    );
    out
}

/// The same split as HTML: a section with two tables. Opens with [`bijvangst`].
///
/// ```
/// use theory_of_value::{example, Lang};
/// let html = theory_of_value::out::render::payer_split_html(example::estimate(), Lang::En);
/// assert!(html.starts_with("<section"));
/// assert!(html.contains("<td>Health insurer</td>"));
/// ```
pub fn payer_split_html(e: &Estimate, lang: Lang) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<section class=\"payer-split\"><h2>{}</h2><p>{}</p><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        t(lang, "Voorkomen kosten per betaler", "Costs avoided per payer"),
        escape::html(bijvangst(lang)),
        t(lang, "betaler", "payer"),
        t(lang, "bruto", "gross"),
        t(lang, "netto", "net"),
        t(lang, "aandeel netto", "share of net"),
        t(lang, "regels", "lines")
    );
    for p in &e.by_payer {
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape::html(p.payer.label().get(lang)),
            escape::html(&p.gross.format(lang)),
            escape::html(&p.net.format(lang)),
            percent(share_of(p.net, e.net), lang),
            line_names(e, &p.lines, lang, escape::html)
        );
    }
    let _ = write!(
        out,
        "<tr><th>{}</th><th>{}</th><th>{}</th><th></th><th></th></tr></tbody></table>",
        t(lang, "totaal", "total"),
        escape::html(&e.gross.format(lang)),
        escape::html(&e.net.format(lang))
    );
    let _ = write!(
        out,
        "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        t(lang, "wet", "law"),
        t(lang, "betaler", "payer"),
        t(lang, "bruto", "gross"),
        t(lang, "netto", "net")
    );
    for l in &e.by_law {
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape::html(l.law.label().get(lang)),
            escape::html(l.payer.label().get(lang)),
            escape::html(&l.gross.format(lang)),
            escape::html(&l.net.format(lang))
        );
    }
    out.push_str("</tbody></table></section>");
    out
}

/// Who funds against who saves, as Markdown: per payer the funding and its share, the net
/// care costs avoided and their share, and net savings per euro of funding; labelled as an
/// estimate on the persona assumptions, and closed with [`bijvangst`].
///
/// ```
/// use theory_of_value::{example, Lang};
/// let md = theory_of_value::out::render::wrong_pocket_markdown(example::wrong_pocket(), Lang::Nl);
/// assert!(md.contains("| Gemeente | € 115.000,00 | 85,19% |"));
/// assert!(md.trim_end().ends_with(theory_of_value::out::render::bijvangst(Lang::Nl)));
/// ```
pub fn wrong_pocket_markdown(w: &WrongPocket, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "## {}\n\n*{}*\n",
        t(lang, "Wie betaalt, wie bespaart", "Who pays, who saves"),
        estimate_label(lang)
    );
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} |\n|---|---:|---:|---:|---:|---:|",
        t(lang, "betaler", "payer"),
        t(lang, "financiert", "funds"),
        t(lang, "aandeel", "share"),
        t(lang, "bespaart (netto)", "saves (net)"),
        t(lang, "aandeel", "share"),
        t(lang, "besparing per euro", "savings per euro")
    );
    for r in &w.rows {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            r.payer.label().get(lang),
            r.funds.format(lang),
            percent(r.funds_share, lang),
            r.saves_net.format(lang),
            percent(r.saves_share, lang),
            ratio(r.ratio(), lang)
        );
    }
    let _ = writeln!(
        out,
        "| **{}** | **{}** | | **{}** | | |\n",
        t(lang, "totaal", "total"),
        w.funds.format(lang),
        w.saves_net.format(lang)
    );
    let _ = writeln!(
        out,
        "{}\n\n{}",
        t(
            lang,
            "De zorgkosten die voorkomen worden, betaalt vooral de zorgverzekeraar vanuit de Zvw; de meeste zelfregie- en herstelorganisaties worden betaald uit gemeentelijke budgetten, en geld overhevelen van het ene kader naar het andere is ingewikkeld (acht perspectieven op de beweging, hoofdstuk 1).",
            "The care costs avoided are mostly paid by the health insurer under the Zvw; most self-direction and recovery organisations are paid from municipal budgets, and moving money from one frame to the other is hard (eight perspectives on the movement, chapter 1)."
        ),
        bijvangst(lang)
    );
    out
}

/// The wrong-pocket picture as a standalone SVG: per payer a bar of what it funds and a bar of
/// what it saves (net), on one scale, with the estimate label as caption.
///
/// ```
/// use theory_of_value::{example, Lang};
/// let svg = theory_of_value::out::render::wrong_pocket_svg(example::wrong_pocket(), Lang::Nl);
/// assert!(svg.starts_with("<svg"));
/// assert!(svg.contains("Zorgverzekeraar"));
/// ```
pub fn wrong_pocket_svg(w: &WrongPocket, lang: Lang) -> String {
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
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"13\"><title>{}</title>",
        escape::xml(t(lang, "Wie betaalt, wie bespaart", "Who pays, who saves"))
    );
    let _ = write!(
        out,
        "<rect x=\"10\" y=\"10\" width=\"12\" height=\"12\" fill=\"#1f77b4\"/><text x=\"28\" y=\"21\">{}</text><rect x=\"200\" y=\"10\" width=\"12\" height=\"12\" fill=\"#ff7f0e\"/><text x=\"218\" y=\"21\">{}</text>",
        escape::xml(t(lang, "financiert de organisatie", "funds the organisation")),
        escape::xml(t(lang, "bespaart (netto voorkomen zorg)", "saves (net care avoided)"))
    );
    for (i, r) in w.rows.iter().enumerate() {
        let y = 45.0 + row_h * i as f64;
        let len = |m: Money| bar_w * m.cents() as f64 / max as f64;
        let _ = write!(
            out,
            "<text x=\"10\" y=\"{}\">{}</text><rect x=\"{label_w}\" y=\"{y}\" width=\"{:.1}\" height=\"18\" fill=\"#1f77b4\"/><text x=\"{:.1}\" y=\"{}\">{}</text><rect x=\"{label_w}\" y=\"{}\" width=\"{:.1}\" height=\"18\" fill=\"#ff7f0e\"/><text x=\"{:.1}\" y=\"{}\">{}</text>",
            y + 22.0,
            escape::xml(r.payer.label().get(lang)),
            len(r.funds),
            label_w + len(r.funds) + 5.0,
            y + 14.0,
            escape::xml(&r.funds.format(lang)),
            y + 20.0,
            len(r.saves_net),
            label_w + len(r.saves_net) + 5.0,
            y + 34.0,
            escape::xml(&r.saves_net.format(lang)),
        );
    }
    let _ = write!(
        out,
        "<text x=\"10\" y=\"{}\" font-style=\"italic\">{}</text></svg>",
        height - 14.0,
        escape::xml(t(
            lang,
            "Schatting op basis van de aannames in de persona's, geen meting.",
            "Estimate built on the persona assumptions, not a measurement."
        ))
    );
    out
}

/// The wrong-pocket view as an HTML section: the estimate label, the table and the picture
/// (inline SVG), closed with [`bijvangst`].
///
/// ```
/// use theory_of_value::{example, Lang};
/// let html = theory_of_value::out::render::wrong_pocket_html(example::wrong_pocket(), Lang::En);
/// assert!(html.contains("<svg"));
/// assert!(html.contains("not a measurement"));
/// ```
pub fn wrong_pocket_html(w: &WrongPocket, lang: Lang) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<section class=\"wrong-pocket\"><h2>{}</h2><p><em>{}</em></p><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        t(lang, "Wie betaalt, wie bespaart", "Who pays, who saves"),
        escape::html(estimate_label(lang)),
        t(lang, "betaler", "payer"),
        t(lang, "financiert", "funds"),
        t(lang, "aandeel", "share"),
        t(lang, "bespaart (netto)", "saves (net)"),
        t(lang, "aandeel", "share"),
        t(lang, "besparing per euro", "savings per euro")
    );
    for r in &w.rows {
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape::html(r.payer.label().get(lang)),
            escape::html(&r.funds.format(lang)),
            percent(r.funds_share, lang),
            escape::html(&r.saves_net.format(lang)),
            percent(r.saves_share, lang),
            ratio(r.ratio(), lang)
        );
    }
    let _ = write!(
        out,
        "</tbody></table><figure>{}</figure><p>{}</p></section>",
        wrong_pocket_svg(w, lang),
        escape::html(bijvangst(lang))
    );
    out
}

fn funding_reference(t_: &FundingTotals, lang: Lang) -> String {
    let r = &MOVEMENT_FUNDING;
    let tenths = |x: u32| {
        let s = format!("{}.{}", x / 10, x % 10);
        if lang == Lang::Nl {
            s.replace('.', ",")
        } else {
            s
        }
    };
    match lang {
        Lang::Nl => format!(
            "Deze organisatie: {} afspraken met {} financiers, {} financieringsstromen, {} financieringsvormen. De beweging: gemiddeld {} stromen en {} vormen per ZHO (onderzoek onder {} ZHO's in 2024, {} stromen genoemd); bij een omzet van {} zijn {} tot {} afspraken niet ongebruikelijk ({}, {}). Stromen tellen we als soort financier met wet, vormen als vorm met looptijd (aanname van deze crate).",
            t_.agreements, t_.funders, t_.streams, t_.forms,
            tenths(r.streams_tenths), tenths(r.forms_tenths), r.surveyed, r.streams_named,
            r.turnover.format(lang), r.agreements_at_turnover.0, r.agreements_at_turnover.1,
            r.source.document, r.source.section.as_deref().unwrap_or("")
        ),
        Lang::En => format!(
            "This organisation: {} agreements with {} funders, {} funding streams, {} funding forms. The movement: on average {} streams and {} forms per ZHO (survey of {} ZHOs in 2024, {} streams named); at a turnover of {}, {} to {} agreements are not unusual ({}, {}). Streams are counted as funder kind with law, forms as form with term (this crate's assumption).",
            t_.agreements, t_.funders, t_.streams, t_.forms,
            tenths(r.streams_tenths), tenths(r.forms_tenths), r.surveyed, r.streams_named,
            r.turnover.format(lang), r.agreements_at_turnover.0, r.agreements_at_turnover.1,
            r.source.document, r.source.section.as_deref().unwrap_or("")
        ),
    }
}

fn texts(list: &[Text], lang: Lang, esc: fn(&str) -> String) -> String {
    list.iter()
        .map(|x| esc(x.get(lang)))
        .collect::<Vec<_>>()
        .join("; ")
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
/// let md = theory_of_value::out::render::funding_markdown(example::funding(), Lang::En)?;
/// assert!(md.contains("2.2 streams and 3.5 forms"));
/// # Ok::<(), theory_of_value::Report>(())
/// ```
pub fn funding_markdown(f: &Funding, lang: Lang) -> Result<String, crate::base::Report> {
    let totals = f.totals()?;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "## {} — {}\n",
        t(lang, "Financiering", "Funding"),
        escape::markdown(&f.organisation)
    );
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} | {} | {} |\n|---|---|---|---|---|---:|---|---|",
        t(lang, "financier", "funder"),
        t(lang, "soort", "kind"),
        t(lang, "wet", "law"),
        t(lang, "vorm", "form"),
        t(lang, "looptijd", "term"),
        t(lang, "bedrag", "amount"),
        t(lang, "periode", "period"),
        t(lang, "verantwoording", "accountability")
    );
    for a in &f.agreements {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} – {} | {} {}{} |",
            escape::markdown(&a.funder),
            a.funder_kind.label().get(lang),
            a.law.map_or("—", |l| l.label().get(lang)),
            a.form.label().get(lang),
            a.term.label().get(lang),
            a.amount.format(lang),
            a.period.start,
            a.period.end,
            a.accountability.reports_per_year,
            t(lang, "× per jaar", "× a year"),
            if a.accountability.indicators.is_empty() {
                String::new()
            } else {
                format!(
                    "; {}",
                    texts(&a.accountability.indicators, lang, escape::markdown)
                )
            }
        );
    }
    let _ = writeln!(
        out,
        "| **{}** | | | | | **{}** | | |\n",
        t(lang, "totaal", "total"),
        totals.total.format(lang)
    );
    let _ = writeln!(
        out,
        "{}:\n",
        t(lang, "Per soort financier", "Per kind of funder")
    );
    for k in &totals.by_funder_kind {
        let _ = writeln!(
            out,
            "- {}: {} ({}, {} {})",
            k.funder_kind.label().get(lang),
            k.amount.format(lang),
            percent(share_of(k.amount, totals.total), lang),
            k.agreements.len(),
            if k.agreements.len() == 1 {
                t(lang, "afspraak", "agreement")
            } else {
                t(lang, "afspraken", "agreements")
            }
        );
    }
    let _ = writeln!(out, "\n{}", funding_reference(&totals, lang));
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
/// let html = theory_of_value::out::render::funding_html(example::funding(), Lang::Nl)?;
/// assert!(html.contains("<svg"));
/// assert!(html.contains("Gemeente Voorbeeldstad"));
/// # Ok::<(), theory_of_value::Report>(())
/// ```
pub fn funding_html(f: &Funding, lang: Lang) -> Result<String, crate::base::Report> {
    let totals = f.totals()?;
    let mut out = String::new();
    let _ = write!(
        out,
        "<section class=\"funding\"><h2>{} — {}</h2><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        t(lang, "Financiering", "Funding"),
        escape::html(&f.organisation),
        t(lang, "financier", "funder"),
        t(lang, "soort", "kind"),
        t(lang, "wet", "law"),
        t(lang, "vorm", "form"),
        t(lang, "looptijd", "term"),
        t(lang, "bedrag", "amount"),
        t(lang, "periode", "period"),
        t(lang, "verantwoording", "accountability")
    );
    for a in &f.agreements {
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{} – {}</td><td>{} {} {}</td></tr>",
            escape::html(&a.funder),
            escape::html(a.funder_kind.label().get(lang)),
            escape::html(a.law.map_or("—", |l| l.label().get(lang))),
            escape::html(a.form.label().get(lang)),
            escape::html(a.term.label().get(lang)),
            escape::html(&a.amount.format(lang)),
            a.period.start,
            a.period.end,
            a.accountability.reports_per_year,
            t(lang, "× per jaar", "× a year"),
            texts(&a.accountability.indicators, lang, escape::html)
        );
    }
    let _ = write!(
        out,
        "<tr><th>{}</th><th></th><th></th><th></th><th></th><th>{}</th><th></th><th></th></tr></tbody></table>",
        t(lang, "totaal", "total"),
        escape::html(&totals.total.format(lang))
    );
    let max = totals
        .by_funder_kind
        .iter()
        .map(|k| k.amount.cents())
        .max()
        .unwrap_or(0)
        .max(1);
    let height = 20.0 + 28.0 * totals.by_funder_kind.len() as f64;
    let _ = write!(
        out,
        "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"760\" height=\"{height}\" viewBox=\"0 0 760 {height}\" font-family=\"sans-serif\" font-size=\"13\"><title>{}</title>",
        escape::xml(t(lang, "Financiering per soort financier", "Funding per kind of funder"))
    );
    for (i, k) in totals.by_funder_kind.iter().enumerate() {
        let y = 10.0 + 28.0 * i as f64;
        let len = 340.0 * k.amount.cents() as f64 / max as f64;
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{}\">{}</text><rect x=\"310\" y=\"{y}\" width=\"{len:.1}\" height=\"18\" fill=\"#1f77b4\"/><text x=\"{:.1}\" y=\"{}\">{}</text>",
            y + 14.0,
            escape::xml(k.funder_kind.label().get(lang)),
            315.0 + len,
            y + 14.0,
            escape::xml(&k.amount.format(lang))
        );
    }
    let _ = write!(
        out,
        "</svg></figure><p>{}</p></section>",
        escape::html(&funding_reference(&totals, lang))
    );
    Ok(out)
}

/// Break-even of the census's cost per participant against each line of care avoided, as
/// Markdown, with 000's example as the reference: how many participants one avoided episode
/// a year pays for. Empty when the census gives no cost per participant.
///
/// ```
/// use theory_of_value::{example, Lang};
/// let md = theory_of_value::out::render::break_even_markdown(example::estimate(), example::census(), Lang::En);
/// assert!(md.contains("one avoided admission a year per 4 participants"));
/// assert!(md.contains("one avoided episode a year per 14 participants"));
/// ```
pub fn break_even_markdown(e: &Estimate, census: &Census, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## {}\n", t(lang, "Break-even", "Break-even"));
    let reference = break_even(
        Money::from_euros(3_000),
        Money::from_cents(60_239)
            .checked_mul(21)
            .unwrap_or(Money::ZERO),
    );
    if let Some(b) = reference {
        let _ = writeln!(
            out,
            "{}\n",
            match lang {
                Lang::Nl => format!(
                    "Voorbeeld uit ‘acht perspectieven op de beweging’ (hoofdstuk 1, noot 5): {} per deelnemer per jaar tegen een gedwongen HIC-opname van {} (max. € 602,39 per dag × 21 dagen): één voorkomen opname per jaar per {} deelnemers dekt de kosten ({} × {} = {}, {} over).",
                    b.cost_per_participant.format(lang), b.episode_cost.format(lang), b.participants_per_episode,
                    b.participants_per_episode, b.cost_per_participant.format(lang), b.covered_cost.format(lang), b.margin.format(lang)
                ),
                Lang::En => format!(
                    "Example from ‘eight perspectives on the movement’ (chapter 1, footnote 5): {} per participant a year against a forced HIC admission of {} (at most €602.39 a day × 21 days): one avoided admission a year per {} participants covers the cost ({} × {} = {}, {} to spare).",
                    b.cost_per_participant.format(lang), b.episode_cost.format(lang), b.participants_per_episode,
                    b.participants_per_episode, b.cost_per_participant.format(lang), b.covered_cost.format(lang), b.margin.format(lang)
                ),
            }
        );
    }
    let Some(cost) = census.cost_per_participant() else {
        return out;
    };
    let _ = writeln!(
        out,
        "{} {}:\n",
        t(
            lang,
            "Deze organisatie, kosten per unieke deelnemer",
            "This organisation, cost per unique participant"
        ),
        cost.format(lang)
    );
    let mut seen = Vec::new();
    for l in &e.care_lines {
        if seen.contains(&(l.label.get(lang), l.yearly_cost)) {
            continue;
        }
        seen.push((l.label.get(lang), l.yearly_cost));
        let Some(b) = break_even(cost, l.yearly_cost) else {
            continue;
        };
        let _ = writeln!(
            out,
            "- {} ({}): {}",
            escape::markdown(l.label.get(lang)),
            l.yearly_cost.format(lang),
            match (lang, b.participants_per_episode) {
                (Lang::Nl, 0) =>
                    "zelfs één voorkomen per jaar per deelnemer dekt de kosten niet".to_owned(),
                (Lang::En, 0) =>
                    "even one avoided a year per participant does not cover the cost".to_owned(),
                (Lang::Nl, 1) => "één voorkomen per jaar per deelnemer dekt de kosten".to_owned(),
                (Lang::En, 1) =>
                    "one avoided episode a year per participant covers the cost".to_owned(),
                (Lang::Nl, n) =>
                    format!("één voorkomen per jaar per {n} deelnemers dekt de kosten"),
                (Lang::En, n) =>
                    format!("one avoided episode a year per {n} participants covers the cost"),
            }
        );
    }
    out.push('\n');
    out
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
/// use theory_of_value::out::render::{bijvangst, money_markdown};
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
    let mut out = payer_split_markdown(e, lang);
    out.push('\n');
    out.push_str(&break_even_markdown(e, census, lang));
    if let Some(f) = funding {
        out.push_str(&funding_markdown(f, lang)?);
        out.push('\n');
        out.push_str(&wrong_pocket_markdown(
            &crate::value::wrong_pocket(f, e)?,
            lang,
        ));
    } else {
        let _ = writeln!(out, "{}", bijvangst(lang));
    }
    Ok(out)
}

/// The same as [`money_markdown`] in HTML: sections to place after an estimate's added value
/// and care costs, ending with [`bijvangst`].
///
/// # Errors
/// The [`Report`](crate::Report) of [`Funding::totals`] when the funding's sum overflows.
///
/// ```
/// use theory_of_value::{example, Lang};
/// let html = theory_of_value::out::render::money_html(example::estimate(), Some(example::funding()), Lang::En)?;
/// assert!(html.contains("class=\"wrong-pocket\""));
/// # Ok::<(), theory_of_value::Report>(())
/// ```
pub fn money_html(
    e: &Estimate,
    funding: Option<&Funding>,
    lang: Lang,
) -> Result<String, crate::base::Report> {
    let mut out = payer_split_html(e, lang);
    if let Some(f) = funding {
        out.push_str(&funding_html(f, lang)?);
        out.push_str(&wrong_pocket_html(&crate::value::wrong_pocket(f, e)?, lang));
    } else {
        let _ = write!(out, "<p>{}</p>", escape::html(bijvangst(lang)));
    }
    Ok(out)
}
