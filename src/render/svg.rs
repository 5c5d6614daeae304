//! The svg rendering.

use super::covers_all;
use super::safe::{put, Writer, Xml};
use crate::base::{Lang, Text};
use crate::model::{Id, Layer, Level, TheoryOfValue};
use std::collections::HashMap;

/// Breaks `s` into lines of at most `width` characters, at spaces.
fn wrap(s: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let words = s.split_whitespace().flat_map(|word| {
        // A word longer than a line is broken with a hyphen.
        let chars: Vec<char> = word.chars().collect();
        let step = width.max(4) - 1;
        if chars.len() <= width {
            vec![word.to_owned()]
        } else {
            chars
                .chunks(step)
                .enumerate()
                .map(|(i, c)| {
                    let part: String = c.iter().collect();
                    if (i + 1) * step < chars.len() {
                        format!("{part}-")
                    } else {
                        part
                    }
                })
                .collect()
        }
    });
    for word in words {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

struct Box {
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

/// The narrowest box; a region with more elements than fit side by side at this width
/// continues on further rows.
const MIN_BOX: f64 = 140.0;
const GAP: f64 = 10.0;
const LINE: f64 = 15.0;

/// Lays out `items` in rows within `[x0, x1)` from `top`: as many boxes side by side as fit at
/// [`MIN_BOX`] width or wider, further rows below. Returns the height used.
fn rows(
    body: &mut Writer<Xml>,
    boxes: &mut HashMap<String, Box>,
    items: &[(String, Text, Option<Level>)],
    (x0, x1): (f64, f64),
    top: f64,
    chars: usize,
    lang: Lang,
) -> f64 {
    if items.is_empty() {
        return 0.0;
    }
    let width = (x1 - x0).max(MIN_BOX);
    let fit = (((width + GAP) / (MIN_BOX + GAP)).floor() as usize).max(1);
    let per_row = fit.min(items.len());
    let n = per_row as f64;
    let w = ((width - GAP * (n - 1.0)) / n).max(MIN_BOX.min(width));
    let per_line = (((w - 12.0) / 6.8).max(8.0) as usize).min(chars);
    let mut y = top;
    for row in items.chunks(per_row) {
        let wrapped: Vec<Vec<String>> = row
            .iter()
            .map(|(_, t, _)| wrap(t.get(lang), per_line))
            .collect();
        let h = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1) as f64 * LINE + 14.0;
        for (i, ((id, _, level), lines)) in row.iter().zip(wrapped).enumerate() {
            let x = x0 + i as f64 * (w + GAP);
            let (fill, stroke) = match level {
                Some(Level::Individual) => ("#e8f1fb", "#2b6cb0"),
                Some(Level::Collective) => ("#fdf0e6", "#c05621"),
                None => ("#ffffff", "#666"),
            };
            put!(
                body,
                "<rect x=\"",
                [x],
                "\" y=\"",
                [y],
                "\" width=\"",
                [w],
                "\" height=\"",
                [h],
                "\" rx=\"5\" fill=\""
            );
            body.lit(fill).lit("\" stroke=\"").lit(stroke).lit("\"/>");
            for (k, line) in lines.iter().enumerate() {
                put!(
                    body,
                    "<text x=\"",
                    [x + 6.0],
                    "\" y=\"",
                    [y + 17.0 + k as f64 * LINE],
                    "\" font-size=\"12\" fill=\"#111\">",
                    { line },
                    "</text>"
                );
            }
            boxes.entry(id.clone()).or_insert(Box { x, y, w, h });
        }
        y += h + GAP;
    }
    y - GAP - top
}

/// The ToV as a standalone SVG picture of its chain: five bands from impact at the top to
/// input at the bottom, each titled with its question; outcomes and outputs split into the
/// individual (left, blue) and collective (right, orange) level; lines for the links. A link
/// from an element to every element of the next layer is drawn once, to the band. Sized for
/// an A4 page in landscape when printed; a layer with more elements than fit side by side
/// continues on further rows, so the picture grows downwards.
///
/// The SVG is always well-formed XML: text is escaped, and characters XML 1.0 cannot hold
/// (C0 controls, U+FFFE, U+FFFF) become U+FFFD. The cost is linear in the number of elements
/// and links.
///
/// ```
/// use theory_of_value::{example, Lang};
/// use theory_of_value::render;
/// let svg = render::svg(example::local_tov(), Lang::Nl);
/// assert!(svg.starts_with("<svg"));
/// assert!(svg.contains("Hoe weten we of dat gelukt is?"));
/// ```
pub fn svg(tov: &TheoryOfValue, lang: Lang) -> String {
    picture(tov, lang).finish()
}

/// The crate's SVG picture of a ToV, ready to go into an HTML page (`Writer::embed`). Only
/// this module makes one: every piece of document text in it has passed the XML escaper.
pub(crate) struct Picture(String);

impl Picture {
    /// The picture of `tov`'s chain.
    pub(crate) fn of(tov: &TheoryOfValue, lang: Lang) -> Self {
        Picture(picture(tov, lang).finish())
    }
}

impl crate::base::write::Trusted for Picture {
    fn markup(&self) -> &str {
        &self.0
    }
}

pub(super) fn picture(tov: &TheoryOfValue, lang: Lang) -> Writer<Xml> {
    const W: f64 = 1600.0;
    const PAD: f64 = 20.0;
    let mut boxes: HashMap<String, Box> = HashMap::new();
    let mut body = Writer::<Xml>::new();
    let mut y = PAD;
    let full = (PAD + 12.0, W - PAD - 12.0);
    let mut bands: Vec<(Layer, f64, f64)> = Vec::new();
    // Impact
    let items: Vec<(String, Text, Option<Level>)> = tov
        .impact
        .iter()
        .map(|i| (i.id.to_string(), i.statement.clone(), None))
        .collect();
    let h = rows(&mut body, &mut boxes, &items, full, y + 32.0, 200, lang);
    bands.push((Layer::Impact, y, h + 44.0));
    y += h + 56.0;
    for layer in [Layer::Outcome, Layer::Output] {
        let mut heights = Vec::new();
        let of_level = |level: Level| -> Vec<(String, Text, Option<Level>)> {
            match layer {
                Layer::Outcome => tov
                    .outcomes
                    .iter()
                    .filter(|o| o.level == level)
                    .map(|o| (o.id.to_string(), o.statement.clone(), Some(level)))
                    .collect(),
                _ => tov
                    .outputs
                    .iter()
                    .filter(|o| o.level == level)
                    .map(|o| (o.id.to_string(), o.statement.clone(), Some(level)))
                    .collect(),
            }
        };
        let (individual, collective) = (of_level(Level::Individual), of_level(Level::Collective));
        // Each level gets width in proportion to its number of elements (at least a quarter).
        let (ni, nc) = (individual.len() as f64, collective.len() as f64);
        let share = if ni + nc == 0.0 {
            0.5
        } else {
            (ni / (ni + nc)).clamp(0.25, 0.75)
        };
        let split = PAD + 12.0 + (W - 2.0 * PAD - 24.0) * share;
        for (level, items, x0, x1) in [
            (Level::Individual, individual, PAD + 12.0, split - 6.0),
            (Level::Collective, collective, split + 6.0, W - PAD - 12.0),
        ] {
            put!(
                body,
                "<text x=\"",
                [x0],
                "\" y=\"",
                [y + 42.0],
                "\" font-size=\"12\" font-style=\"italic\" fill=\"#555\">",
                { level.label().get(lang) },
                "</text>"
            );
            let chars = if layer == Layer::Outcome { 120 } else { 34 };
            heights.push(rows(
                &mut body,
                &mut boxes,
                &items,
                (x0, x1),
                y + 50.0,
                chars,
                lang,
            ));
        }
        let h = heights.into_iter().fold(0.0, f64::max);
        bands.push((layer, y, h + 62.0));
        y += h + 74.0;
    }
    for layer in [Layer::Activity, Layer::Input] {
        let items: Vec<(String, Text, Option<Level>)> = match layer {
            Layer::Activity => tov
                .activities
                .iter()
                .map(|a| (a.id.to_string(), a.display_label(), None))
                .collect(),
            _ => tov
                .inputs
                .iter()
                .map(|i| (i.id.to_string(), i.display_label(), None))
                .collect(),
        };
        let h = rows(&mut body, &mut boxes, &items, full, y + 32.0, 30, lang);
        bands.push((layer, y, h + 44.0));
        y += h + 56.0;
    }
    let mut backgrounds = Writer::<Xml>::new();
    for (layer, top, h) in &bands {
        put!(
            backgrounds,
            "<rect x=\"",
            [PAD],
            "\" y=\"",
            [*top],
            "\" width=\"",
            [W - 2.0 * PAD],
            "\" height=\"",
            [*h],
            "\" rx=\"8\" fill=\"#f7f7f9\" stroke=\"#c8c8d0\"/><text x=\"",
            [PAD + 12.0],
            "\" y=\"",
            [top + 20.0],
            "\" font-size=\"15\" font-weight=\"700\" fill=\"#333\">",
            { layer.label().get(lang) },
            " — ",
            { layer.question().get(lang) },
            "</text>"
        );
    }
    // Links, drawn from the top edge of the element to the bottom edge of what it serves.
    let band_of = |layer: Layer| {
        bands
            .iter()
            .find(|(l, ..)| *l == layer)
            .map(|(_, top, h)| (*top, *h))
    };
    let mut links = Writer::<Xml>::new();
    let mut link = |from: &Id, to: &[Id], all: &[&Id], layer: Layer| {
        let Some(f) = boxes.get(from.as_str()) else {
            return;
        };
        let (fx, fy) = (f.x + f.w / 2.0, f.y);
        if covers_all(to, all) {
            if let Some((top, h)) = band_of(layer) {
                put!(
                    links,
                    "<line x1=\"",
                    [fx],
                    "\" y1=\"",
                    [fy],
                    "\" x2=\"",
                    [fx],
                    "\" y2=\"",
                    [top + h],
                    "\" stroke=\"#888\" stroke-width=\"1.2\" marker-end=\"url(#arrow)\"/>"
                );
            }
            return;
        }
        for t in to {
            if let Some(b) = boxes.get(t.as_str()) {
                put!(
                    links,
                    "<line x1=\"",
                    [fx],
                    "\" y1=\"",
                    [fy],
                    "\" x2=\"",
                    [b.x + b.w / 2.0],
                    "\" y2=\"",
                    [b.y + b.h],
                    "\" stroke=\"#888\" stroke-width=\"1\" opacity=\"0.7\" marker-end=\"url(#arrow)\"/>"
                );
            }
        }
    };
    let outcomes: Vec<&Id> = tov.outcomes.iter().map(|o| &o.id).collect();
    let outputs: Vec<&Id> = tov.outputs.iter().map(|o| &o.id).collect();
    let activities: Vec<&Id> = tov.activities.iter().map(|o| &o.id).collect();
    for o in &tov.outputs {
        link(&o.id, &o.outcomes, &outcomes, Layer::Outcome);
    }
    for a in &tov.activities {
        link(&a.id, &a.outputs, &outputs, Layer::Output);
    }
    for i in &tov.inputs {
        link(&i.id, &i.activities, &activities, Layer::Activity);
    }
    if let Some(impact) = tov.impact.as_ref().and_then(|i| boxes.get(i.id.as_str())) {
        if let Some((top, _)) = band_of(Layer::Outcome) {
            put!(
                links,
                "<line x1=\"",
                [W / 2.0],
                "\" y1=\"",
                [top],
                "\" x2=\"",
                [W / 2.0],
                "\" y2=\"",
                [impact.y + impact.h],
                "\" stroke=\"#444\" stroke-width=\"2\" marker-end=\"url(#arrow)\"/>"
            );
        }
    }
    let height = (y + PAD).round();
    let mut svg = Writer::<Xml>::new();
    put!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ",
        [W],
        " ",
        [height],
        "\" width=\"",
        [W],
        "\" height=\"",
        [height],
        "\" font-family=\"system-ui, 'DejaVu Sans', sans-serif\" role=\"img\"><title>",
        { tov.title.get(lang) },
        "</title><defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#888\"/></marker></defs><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
    );
    svg.nest(backgrounds).nest(links).nest(body).lit("</svg>");
    svg
}
