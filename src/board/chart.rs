//! The report's one kind of chart: horizontal bars, as inline SVG with a title and a
//! description that carry every figure, each bar's figure with its key.

use crate::base::write::{Html, Svg, Writer};

/// One bar: what it is, its length, and its figure (key, machine value, the text shown).
pub(super) struct Bar {
    pub(super) label: String,
    pub(super) value: f64,
    pub(super) key: String,
    pub(super) machine: String,
    pub(super) shown: String,
}

const LABEL_W: f64 = 330.0;
const BAR_W: f64 = 260.0;
const ROW_H: usize = 24;
/// The longest label shown beside a bar, in characters; the description holds it whole.
const LABEL_CHARS: usize = 44;

/// A horizontal bar chart `id` titled `title`, with bars scaled to `max`.
pub(super) fn bar_chart(
    w: &mut Writer<Html>,
    id: &'static str,
    title: &'static str,
    bars: &[Bar],
    max: f64,
) {
    let h = 8 + bars.len() * ROW_H;
    let desc: Vec<String> = bars
        .iter()
        .map(|b| format!("{}: {}", b.label, b.shown))
        .collect();
    let (title_id, desc_id) = (format!("{id}-title"), format!("{id}-desc"));
    let labelledby = format!("{title_id} {desc_id}");
    let view_box = format!("0 0 680 {h}");
    w.element("figure", &[("class", "chart".into())], |w| {
        w.svg(
            &[
                ("xmlns", "http://www.w3.org/2000/svg".into()),
                ("viewBox", (&view_box).into()),
                ("width", 680_usize.into()),
                ("height", h.into()),
                ("role", "img".into()),
                ("aria-labelledby", (&labelledby).into()),
            ],
            |s| {
                s.words_element("title", &[("id", (&title_id).into())], title);
                s.text_element("desc", &[("id", (&desc_id).into())], &desc.join("; "));
                for (i, bar) in bars.iter().enumerate() {
                    bar_row(s, (4 + i * ROW_H) as f64, bar, max);
                }
            },
        );
    });
}

/// One bar at height `y`: its label on the left, the bar, and its figure after it.
fn bar_row(s: &mut Writer<Svg>, y: f64, bar: &Bar, max: f64) {
    let label: String = if bar.label.chars().count() > LABEL_CHARS {
        let cut: String = bar.label.chars().take(LABEL_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    } else {
        bar.label.clone()
    };
    s.text_element(
        "text",
        &[
            ("x", (LABEL_W as i64 - 8).into()),
            ("y", (y + 15.0).into()),
            ("font-size", 12_usize.into()),
            ("text-anchor", "end".into()),
            ("aria-hidden", "true".into()),
        ],
        &label,
    );
    let bw = if max > 0.0 {
        bar.value / max * BAR_W
    } else {
        0.0
    };
    s.void(
        "rect",
        &[
            ("x", (LABEL_W as i64).into()),
            ("y", (y + 3.0).into()),
            ("width", bw.into()),
            ("height", 16_usize.into()),
            ("fill", "#2b6cb0".into()),
        ],
    );
    s.element(
        "text",
        &[
            ("x", (LABEL_W + bw + 6.0).into()),
            ("y", (y + 15.0).into()),
            ("font-size", 12_usize.into()),
            ("aria-hidden", "true".into()),
        ],
        |s| {
            s.figure(&bar.key, &bar.machine, &bar.shown);
        },
    );
}
