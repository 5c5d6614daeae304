//! The svg rendering.

use super::xml;
use crate::base::{Lang, Text};
use crate::model::{Layer, Level, TheoryOfValue};
use std::fmt::Write;

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
    id: String,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

/// The ToV as a standalone SVG picture of its chain: five bands from impact at the top to
/// input at the bottom, each titled with its question; outcomes and outputs split into the
/// individual (left, blue) and collective (right, orange) level; lines for the links. A link
/// from an element to every element of the next layer is drawn once, to the band. Sized for
/// an A4 page in landscape when printed.
///
/// ```
/// use theory_of_value::{example, Lang};
/// use theory_of_value::out::render;
/// let svg = render::svg(example::local_tov(), Lang::Nl);
/// assert!(svg.starts_with("<svg"));
/// assert!(svg.contains("Hoe weten we of dat gelukt is?"));
/// ```
pub fn svg(tov: &TheoryOfValue, lang: Lang) -> String {
    const W: f64 = 1600.0;
    const PAD: f64 = 20.0;
    const LINE: f64 = 15.0;
    let mut boxes: Vec<Box> = Vec::new();
    let mut body = String::new();
    let mut y = PAD;
    let band = |body: &mut String, y: f64, h: f64, layer: Layer| {
        let _ = write!(
            body,
            r##"<rect x="{PAD}" y="{y}" width="{}" height="{h}" rx="8" fill="#f7f7f9" stroke="#c8c8d0"/><text x="{}" y="{}" font-size="15" font-weight="700" fill="#333">{} — {}</text>"##,
            W - 2.0 * PAD,
            PAD + 12.0,
            y + 20.0,
            xml(layer.label().get(lang)),
            xml(layer.question().get(lang))
        );
    };
    // Lays out `items` in a row within [x0, x1), returns the band height used.
    let row = |body: &mut String,
               boxes: &mut Vec<Box>,
               items: &[(String, Text, Option<Level>)],
               x0: f64,
               x1: f64,
               top: f64,
               chars: usize|
     -> f64 {
        if items.is_empty() {
            return 0.0;
        }
        let n = items.len() as f64;
        let gap = 10.0;
        let w = ((x1 - x0) - gap * (n - 1.0)) / n;
        let per_line = ((w - 12.0) / 6.2).max(8.0) as usize;
        let per_line = per_line.min(chars);
        let wrapped: Vec<Vec<String>> = items
            .iter()
            .map(|(_, t, _)| wrap(t.get(lang), per_line))
            .collect();
        let h = wrapped.iter().map(Vec::len).max().unwrap_or(1) as f64 * LINE + 14.0;
        for (i, ((id, _, level), lines)) in items.iter().zip(wrapped).enumerate() {
            let x = x0 + i as f64 * (w + gap);
            let (fill, stroke) = match level {
                Some(Level::Individual) => ("#e8f1fb", "#2b6cb0"),
                Some(Level::Collective) => ("#fdf0e6", "#c05621"),
                None => ("#ffffff", "#666"),
            };
            let _ = write!(
                body,
                r##"<rect x="{x:.1}" y="{top:.1}" width="{w:.1}" height="{h:.1}" rx="5" fill="{fill}" stroke="{stroke}"/>"##
            );
            for (k, line) in lines.iter().enumerate() {
                let _ = write!(
                    body,
                    r##"<text x="{:.1}" y="{:.1}" font-size="12" fill="#111">{}</text>"##,
                    x + 6.0,
                    top + 17.0 + k as f64 * LINE,
                    xml(line)
                );
            }
            boxes.push(Box {
                id: id.clone(),
                x,
                y: top,
                w,
                h,
            });
        }
        h
    };
    let mut bands: Vec<(Layer, f64, f64)> = Vec::new();
    // Impact
    let items: Vec<(String, Text, Option<Level>)> = tov
        .impact
        .iter()
        .map(|i| (i.id.to_string(), i.statement.clone(), None))
        .collect();
    let h = row(
        &mut body,
        &mut boxes,
        &items,
        PAD + 12.0,
        W - PAD - 12.0,
        y + 32.0,
        200,
    );
    bands.push((Layer::Impact, y, h + 44.0));
    y += h + 56.0;
    for layer in [Layer::Outcome, Layer::Output] {
        let mut heights = Vec::new();
        // Each level gets width in proportion to its number of elements (at least a quarter).
        let count = |level: Level| match layer {
            Layer::Outcome => tov.outcomes.iter().filter(|o| o.level == level).count(),
            _ => tov.outputs.iter().filter(|o| o.level == level).count(),
        } as f64;
        let (ni, nc) = (count(Level::Individual), count(Level::Collective));
        let share = if ni + nc == 0.0 {
            0.5
        } else {
            (ni / (ni + nc)).clamp(0.25, 0.75)
        };
        let split = PAD + 12.0 + (W - 2.0 * PAD - 24.0) * share;
        for (level, x0, x1) in [
            (Level::Individual, PAD + 12.0, split - 6.0),
            (Level::Collective, split + 6.0, W - PAD - 12.0),
        ] {
            let items: Vec<(String, Text, Option<Level>)> = match layer {
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
            };
            let _ = write!(
                body,
                r##"<text x="{x0}" y="{:.1}" font-size="12" font-style="italic" fill="#555">{}</text>"##,
                y + 42.0,
                xml(level.label().get(lang))
            );
            heights.push(row(
                &mut body,
                &mut boxes,
                &items,
                x0,
                x1,
                y + 50.0,
                if layer == Layer::Outcome { 120 } else { 34 },
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
        let h = row(
            &mut body,
            &mut boxes,
            &items,
            PAD + 12.0,
            W - PAD - 12.0,
            y + 32.0,
            30,
        );
        bands.push((layer, y, h + 44.0));
        y += h + 56.0;
    }
    let mut backgrounds = String::new();
    for (layer, top, h) in &bands {
        band(&mut backgrounds, *top, *h, *layer);
    }
    // Links, drawn from the top edge of the element to the bottom edge of what it serves.
    let find = |id: &str| boxes.iter().find(|b| b.id == id);
    let band_of = |layer: Layer| {
        bands
            .iter()
            .find(|(l, ..)| *l == layer)
            .map(|(_, top, h)| (*top, *h))
    };
    let mut links = String::new();
    let mut link = |from: &str,
                    to: &[crate::model::Id],
                    all: &[&crate::model::Id],
                    layer: Layer| {
        let Some(f) = find(from) else { return };
        let (fx, fy) = (f.x + f.w / 2.0, f.y);
        let whole = !all.is_empty() && to.len() == all.len() && all.iter().all(|t| to.contains(t));
        if whole {
            if let Some((top, h)) = band_of(layer) {
                let _ = write!(
                    links,
                    r##"<line x1="{fx:.1}" y1="{fy:.1}" x2="{fx:.1}" y2="{:.1}" stroke="#888" stroke-width="1.2" marker-end="url(#arrow)"/>"##,
                    top + h
                );
            }
            return;
        }
        for t in to {
            if let Some(b) = find(t.as_str()) {
                let _ = write!(
                    links,
                    r##"<line x1="{fx:.1}" y1="{fy:.1}" x2="{:.1}" y2="{:.1}" stroke="#888" stroke-width="1" opacity="0.7" marker-end="url(#arrow)"/>"##,
                    b.x + b.w / 2.0,
                    b.y + b.h
                );
            }
        }
    };
    let outcomes: Vec<&crate::model::Id> = tov.outcomes.iter().map(|o| &o.id).collect();
    let outputs: Vec<&crate::model::Id> = tov.outputs.iter().map(|o| &o.id).collect();
    let activities: Vec<&crate::model::Id> = tov.activities.iter().map(|o| &o.id).collect();
    for o in &tov.outputs {
        link(o.id.as_str(), &o.outcomes, &outcomes, Layer::Outcome);
    }
    for a in &tov.activities {
        link(a.id.as_str(), &a.outputs, &outputs, Layer::Output);
    }
    for i in &tov.inputs {
        link(i.id.as_str(), &i.activities, &activities, Layer::Activity);
    }
    if let (Some((_, _, _)), Some(impact)) = (
        bands.first(),
        tov.impact.as_ref().and_then(|i| find(i.id.as_str())),
    ) {
        if let Some((top, _)) = band_of(Layer::Outcome) {
            let _ = write!(
                links,
                r##"<line x1="{:.1}" y1="{top:.1}" x2="{:.1}" y2="{:.1}" stroke="#444" stroke-width="2" marker-end="url(#arrow)"/>"##,
                W / 2.0,
                W / 2.0,
                impact.y + impact.h
            );
        }
    }
    let height = y + PAD;
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {height:.0}" width="{W}" height="{height:.0}" font-family="system-ui, 'DejaVu Sans', sans-serif" role="img"><title>{}</title><defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#888"/></marker></defs><rect width="100%" height="100%" fill="#fff"/>{backgrounds}{links}{body}</svg>"##,
        xml(tov.title.get(lang))
    )
}
