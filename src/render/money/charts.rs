//! The pictures of who pays and who saves: the wrong pocket (standalone or inline) and the
//! funding per kind of funder (inline).

use crate::base::write::{Attr, Html, Svg, Value, Writer};
use crate::base::Lang;
use crate::render::figure::Figure;
use crate::render::html::XMLNS;
use crate::value::{FundingTotals, Money, WrongPocket};

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

/// A bar per kind of funder, on one scale.
pub(super) fn funding_chart(w: &mut Writer<Html>, totals: &FundingTotals, lang: Lang) {
    let max = totals
        .by_funder_kind
        .iter()
        .map(|k| k.amount.cents())
        .max()
        .unwrap_or(0)
        .max(1);
    let height = 20.0 + 28.0 * totals.by_funder_kind.len() as f64;
    let view_box = format!("0 0 760 {height:.1}");
    let attrs = picture_attrs("760".into(), height, &view_box);
    inline(w, &attrs, |s| {
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

/// An inline SVG picture with `attrs`, the namespace after its role as in a standalone one.
fn inline(w: &mut Writer<Html>, attrs: &[Attr<'_>; 6], body: impl FnOnce(&mut Writer<Svg>)) {
    let [role, rest @ ..] = attrs;
    let mut all = vec![XMLNS, *role];
    all.extend_from_slice(rest);
    w.svg(&all, body);
}

/// The wrong-pocket picture as a standalone SVG document.
pub(super) fn pocket_svg(w: &WrongPocket, lang: Lang) -> String {
    let p = Pocket::of(w);
    let view_box = format!("0 0 {:.1} {:.1}", p.width, p.height);
    let attrs = picture_attrs(p.width.into(), p.height, &view_box);
    Writer::<Svg>::document(&attrs, |s| pocket_picture(s, w, &p, lang))
}

/// The wrong-pocket picture inside a page.
pub(super) fn pocket_inline(out: &mut Writer<Html>, w: &WrongPocket, lang: Lang) {
    let p = Pocket::of(w);
    let view_box = format!("0 0 {:.1} {:.1}", p.width, p.height);
    let attrs = picture_attrs(p.width.into(), p.height, &view_box);
    inline(out, &attrs, |s| pocket_picture(s, w, &p, lang));
}
