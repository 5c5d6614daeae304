//! The SVG picture of a ToV's chain: five bands from impact at the top to input at the bottom,
//! standalone ([`svg`]) or as a [`Picture`] that an HTML page embeds.

use super::covers_all;
use crate::base::write::{Attr, Svg, Trusted, Value, Writer};
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
/// The picture's width.
const W: f64 = 1600.0;
/// The margin around the bands.
const PAD: f64 = 20.0;

/// An element of a band: its ID, its text and its level, if it has one.
type Item = (String, Text, Option<Level>);

/// The chain being laid out: the boxes drawn so far (by element ID), the bands (layer, top,
/// height), the boxes' markup, and the top of the next band.
struct Chain {
    boxes: HashMap<String, Box>,
    bands: Vec<(Layer, f64, f64)>,
    body: Writer<Svg>,
    y: f64,
    lang: Lang,
}

impl Chain {
    fn new(lang: Lang) -> Self {
        Chain {
            boxes: HashMap::new(),
            bands: Vec::new(),
            body: Writer::new(),
            y: PAD,
            lang,
        }
    }

    /// Lays out `items` in rows within `[x0, x1)` from `top`: as many boxes side by side as
    /// fit at [`MIN_BOX`] width or wider, further rows below. Returns the height used.
    fn rows(&mut self, items: &[Item], (x0, x1): (f64, f64), top: f64, chars: usize) -> f64 {
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
                .map(|(_, t, _)| wrap(t.get(self.lang), per_line))
                .collect();
            let h = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1) as f64 * LINE + 14.0;
            for (i, ((id, _, level), lines)) in row.iter().zip(wrapped).enumerate() {
                let b = Box {
                    x: x0 + i as f64 * (w + GAP),
                    y,
                    w,
                    h,
                };
                self.element_box(&b, *level, &lines);
                self.boxes.entry(id.clone()).or_insert(b);
            }
            y += h + GAP;
        }
        y - GAP - top
    }

    /// One element's box, coloured by its level, with its text in lines.
    fn element_box(&mut self, b: &Box, level: Option<Level>, lines: &[String]) {
        let (fill, stroke) = match level {
            Some(Level::Individual) => ("#e8f1fb", "#2b6cb0"),
            Some(Level::Collective) => ("#fdf0e6", "#c05621"),
            None => ("#ffffff", "#666"),
        };
        self.body.void(
            "rect",
            &[
                ("x", b.x.into()),
                ("y", b.y.into()),
                ("width", b.w.into()),
                ("height", b.h.into()),
                ("rx", "5".into()),
                ("fill", fill.into()),
                ("stroke", stroke.into()),
            ],
        );
        for (k, line) in lines.iter().enumerate() {
            self.body.text_element(
                "text",
                &[
                    ("x", (b.x + 6.0).into()),
                    ("y", (b.y + 17.0 + k as f64 * LINE).into()),
                    ("font-size", "12".into()),
                    ("fill", "#111".into()),
                ],
                line,
            );
        }
    }

    /// A band across the whole width: the impact, the activities or the inputs.
    fn full_band(&mut self, layer: Layer, items: &[Item], chars: usize) {
        let top = self.y;
        let h = self.rows(items, (PAD + 12.0, W - PAD - 12.0), top + 32.0, chars);
        self.bands.push((layer, top, h + 44.0));
        self.y += h + 56.0;
    }

    /// The band of the outcomes or the outputs, split into the individual level (left) and the
    /// collective level (right), each with width in proportion to its number of elements (at
    /// least a quarter).
    fn level_band(&mut self, layer: Layer, individual: &[Item], collective: &[Item]) {
        let top = self.y;
        let (ni, nc) = (individual.len() as f64, collective.len() as f64);
        let share = if ni + nc == 0.0 {
            0.5
        } else {
            (ni / (ni + nc)).clamp(0.25, 0.75)
        };
        let split = PAD + 12.0 + (W - 2.0 * PAD - 24.0) * share;
        let chars = if layer == Layer::Outcome { 120 } else { 34 };
        let mut h = 0.0_f64;
        for (level, items, x0, x1) in [
            (Level::Individual, individual, PAD + 12.0, split - 6.0),
            (Level::Collective, collective, split + 6.0, W - PAD - 12.0),
        ] {
            self.body.text_element(
                "text",
                &[
                    ("x", x0.into()),
                    ("y", (top + 42.0).into()),
                    ("font-size", "12".into()),
                    ("font-style", "italic".into()),
                    ("fill", "#555".into()),
                ],
                level.label().get(self.lang),
            );
            h = h.max(self.rows(items, (x0, x1), top + 50.0, chars));
        }
        self.bands.push((layer, top, h + 62.0));
        self.y += h + 74.0;
    }

    /// The top and height of `layer`'s band.
    fn band(&self, layer: Layer) -> Option<(f64, f64)> {
        self.bands
            .iter()
            .find(|(l, ..)| *l == layer)
            .map(|(_, top, h)| (*top, *h))
    }

    /// Each band's background, titled with its layer and question.
    fn backgrounds(&self, s: &mut Writer<Svg>) {
        for (layer, top, h) in &self.bands {
            s.void(
                "rect",
                &[
                    ("x", PAD.into()),
                    ("y", (*top).into()),
                    ("width", (W - 2.0 * PAD).into()),
                    ("height", (*h).into()),
                    ("rx", "8".into()),
                    ("fill", "#f7f7f9".into()),
                    ("stroke", "#c8c8d0".into()),
                ],
            );
            s.element(
                "text",
                &[
                    ("x", (PAD + 12.0).into()),
                    ("y", (top + 20.0).into()),
                    ("font-size", "15".into()),
                    ("font-weight", "700".into()),
                    ("fill", "#333".into()),
                ],
                |s| {
                    s.text(layer.label().get(self.lang))
                        .words(" — ")
                        .text(layer.question().get(self.lang));
                },
            );
        }
    }

    /// The links from `from` to the elements `to` of `layer` (all of which are `all`), drawn
    /// from the top edge of the element to the bottom edge of what it serves; a link to every
    /// element of the layer once, to the band.
    fn link(&self, s: &mut Writer<Svg>, from: &Id, to: &[Id], all: &[&Id], layer: Layer) {
        let Some(f) = self.boxes.get(from.as_str()) else {
            return;
        };
        let (fx, fy) = (f.x + f.w / 2.0, f.y);
        if covers_all(to, all) {
            if let Some((top, h)) = self.band(layer) {
                line(
                    s,
                    (fx, fy),
                    (fx, top + h),
                    &[("stroke-width", "1.2".into())],
                );
            }
            return;
        }
        for t in to {
            if let Some(b) = self.boxes.get(t.as_str()) {
                line(
                    s,
                    (fx, fy),
                    (b.x + b.w / 2.0, b.y + b.h),
                    &[("stroke-width", "1".into()), ("opacity", "0.7".into())],
                );
            }
        }
    }

    /// Every link of the chain, and the arrow from the outcomes to the impact.
    fn links(&self, s: &mut Writer<Svg>, tov: &TheoryOfValue) {
        let outcomes: Vec<&Id> = tov.outcomes.iter().map(|o| &o.id).collect();
        let outputs: Vec<&Id> = tov.outputs.iter().map(|o| &o.id).collect();
        let activities: Vec<&Id> = tov.activities.iter().map(|o| &o.id).collect();
        for o in &tov.outputs {
            self.link(s, &o.id, &o.outcomes, &outcomes, Layer::Outcome);
        }
        for a in &tov.activities {
            self.link(s, &a.id, &a.outputs, &outputs, Layer::Output);
        }
        for i in &tov.inputs {
            self.link(s, &i.id, &i.activities, &activities, Layer::Activity);
        }
        let impact = tov
            .impact
            .as_ref()
            .and_then(|i| self.boxes.get(i.id.as_str()));
        if let (Some(impact), Some((top, _))) = (impact, self.band(Layer::Outcome)) {
            s.void(
                "line",
                &[
                    ("x1", (W / 2.0).into()),
                    ("y1", top.into()),
                    ("x2", (W / 2.0).into()),
                    ("y2", (impact.y + impact.h).into()),
                    ("stroke", "#444".into()),
                    ("stroke-width", "2".into()),
                    ("marker-end", "url(#arrow)".into()),
                ],
            );
        }
    }
}

/// A grey link line with an arrow head, from `(x1, y1)` to `(x2, y2)`.
fn line(s: &mut Writer<Svg>, (x1, y1): (f64, f64), (x2, y2): (f64, f64), style: &[Attr<'_>]) {
    let mut attrs: Vec<Attr<'_>> = vec![
        ("x1", x1.into()),
        ("y1", y1.into()),
        ("x2", x2.into()),
        ("y2", y2.into()),
        ("stroke", "#888".into()),
    ];
    attrs.extend_from_slice(style);
    attrs.push(("marker-end", "url(#arrow)".into()));
    s.void("line", &attrs);
}

/// The arrow head of every link.
fn arrow(s: &mut Writer<Svg>) {
    s.element("defs", &[], |s| {
        s.element(
            "marker",
            &[
                ("id", "arrow".into()),
                ("viewBox", "0 0 10 10".into()),
                ("refX", "9".into()),
                ("refY", "5".into()),
                ("markerWidth", "6".into()),
                ("markerHeight", "6".into()),
                ("orient", "auto-start-reverse".into()),
            ],
            |s| {
                s.void(
                    "path",
                    &[
                        ("d", "M 0 0 L 10 5 L 0 10 z".into()),
                        ("fill", "#888".into()),
                    ],
                );
            },
        );
    });
}

/// The elements of `layer` (outcomes or outputs) on `level`.
fn of_level(tov: &TheoryOfValue, layer: Layer, level: Level) -> Vec<Item> {
    let item = |id: &Id, statement: &Text| (id.to_string(), statement.clone(), Some(level));
    match layer {
        Layer::Outcome => tov
            .outcomes
            .iter()
            .filter(|o| o.level == level)
            .map(|o| item(&o.id, &o.statement))
            .collect(),
        _ => tov
            .outputs
            .iter()
            .filter(|o| o.level == level)
            .map(|o| item(&o.id, &o.statement))
            .collect(),
    }
}

/// The chain laid out, band by band from the impact down.
fn chain(tov: &TheoryOfValue, lang: Lang) -> Chain {
    let mut chain = Chain::new(lang);
    let impact: Vec<Item> = tov
        .impact
        .iter()
        .map(|i| (i.id.to_string(), i.statement.clone(), None))
        .collect();
    chain.full_band(Layer::Impact, &impact, 200);
    for layer in [Layer::Outcome, Layer::Output] {
        let individual = of_level(tov, layer, Level::Individual);
        let collective = of_level(tov, layer, Level::Collective);
        chain.level_band(layer, &individual, &collective);
    }
    let activities: Vec<Item> = tov
        .activities
        .iter()
        .map(|a| (a.id.to_string(), a.display_label(), None))
        .collect();
    chain.full_band(Layer::Activity, &activities, 30);
    let inputs: Vec<Item> = tov
        .inputs
        .iter()
        .map(|i| (i.id.to_string(), i.display_label(), None))
        .collect();
    chain.full_band(Layer::Input, &inputs, 30);
    chain
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
/// use theory_of_value::base::Lang;
/// use theory_of_value::{example, render};
/// let svg = render::svg(example::local_tov(), Lang::Nl);
/// assert!(svg.starts_with("<svg"));
/// assert!(svg.contains("Hoe weten we of dat gelukt is?"));
/// ```
pub fn svg(tov: &TheoryOfValue, lang: Lang) -> String {
    Picture::of(tov, lang).0
}

/// The crate's SVG picture of a ToV, ready to go into an HTML page (`Writer::embed`). Only
/// this module makes one: every piece of document text in it has passed the XML escaper.
pub(crate) struct Picture(String);

impl Picture {
    /// The picture of `tov`'s chain.
    pub(crate) fn of(tov: &TheoryOfValue, lang: Lang) -> Self {
        let chain = chain(tov, lang);
        let height = (chain.y + PAD).round();
        let view_box = format!("0 0 {W:.1} {height:.1}");
        let attrs: [Attr<'_>; 5] = [
            ("viewBox", (&view_box).into()),
            ("width", W.into()),
            ("height", height.into()),
            (
                "font-family",
                Value::Own("system-ui, 'DejaVu Sans', sans-serif"),
            ),
            ("role", "img".into()),
        ];
        Picture(Writer::<Svg>::document(&attrs, |s| {
            s.text_element("title", &[], tov.title.get(lang));
            arrow(s);
            s.void(
                "rect",
                &[
                    ("width", "100%".into()),
                    ("height", "100%".into()),
                    ("fill", "#fff".into()),
                ],
            );
            chain.backgrounds(s);
            chain.links(s, tov);
            s.nest(chain.body);
        }))
    }
}

impl Trusted for Picture {
    fn markup(&self) -> &str {
        &self.0
    }
}
