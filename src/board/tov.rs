//! Section 2, our Theory of Value: the chain drawn, then each layer with its question, its
//! elements with their descriptions, the measurement per output, and the reference elements
//! each local one refines.

use super::figures::Figures;
use super::parts::{missing, section};
use crate::base::write::{put, Html, Writer};
use crate::base::Lang;
use crate::model::{Id, Layer, Level, Output};
use crate::render::svg::Picture;

/// Writes section 2.
pub(super) fn write(w: &mut Writer<Html>, f: &Figures<'_>, l: Lang) {
    section(w, 2, l, |w| {
        w.element("figure", &[("class", "chain".into())], |w| {
            w.embed(&Picture::of(f.docs.tov, l));
            w.words_element(
                "figcaption",
                &[],
                l.pick(
                    "De keten, van impact bovenaan tot input onderaan; blauw is individueel, oranje collectief. De tekst hieronder beschrijft elke laag.",
                    "The chain, from impact at the top to input at the bottom; blue is individual, orange collective. The text below describes each layer.",
                ),
            );
        });
        for layer in Layer::ALL {
            w.element("h3", &[], |w| {
                put!(
                    w,
                    (layer.label().get(l)),
                    (" — "),
                    (layer.question().get(l))
                );
            });
            match layer {
                Layer::Impact => impact(w, f, l),
                Layer::Outcome | Layer::Output => {
                    for level in Level::ALL {
                        of_level(w, f, layer, level, l);
                    }
                }
                Layer::Activity => activities(w, f, l),
                Layer::Input => inputs(w, f, l),
            }
        }
    });
}

/// The reference elements that `ids` name, when the ToV is not the reference itself.
fn refines(w: &mut Writer<Html>, f: &Figures<'_>, ids: &[Id], l: Lang) {
    if ids.is_empty() || f.docs.tov.id == f.docs.reference.id {
        return;
    }
    let names: Vec<String> = ids
        .iter()
        .map(|id| match f.reference.statement(id.as_str()) {
            Some((s, _)) => s.get(l).to_owned(),
            None => id.to_string(),
        })
        .collect();
    w.element("p", &[("class", "refines".into())], |w| {
        put!(
            w,
            (l.pick("Verfijnt landelijk: ", "Refines nationally: ")),
            { names.join(" · ") }
        );
    });
}

/// A statement, in bold.
fn statement(w: &mut Writer<Html>, text: &str) {
    w.text_element("p", &[("class", "statement".into())], text);
}

fn impact(w: &mut Writer<Html>, f: &Figures<'_>, l: Lang) {
    match &f.docs.tov.impact {
        Some(i) => {
            statement(w, i.statement.get(l));
            refines(w, f, &i.refines, l);
        }
        None => missing(
            w,
            l.pick(
                "De ToV noemt nog geen impact.",
                "The ToV names no impact yet.",
            ),
        ),
    }
}

/// The outcomes or outputs of one level.
fn of_level(w: &mut Writer<Html>, f: &Figures<'_>, layer: Layer, level: Level, l: Lang) {
    let tov = f.docs.tov;
    w.element("h4", &[], |w| {
        put!(
            w,
            (layer.label().get(l)),
            (" ("),
            (level.label().get(l)),
            (")")
        );
    });
    w.element("ul", &[("class", "items".into())], |w| {
        let mut any = false;
        if layer == Layer::Outcome {
            for o in tov.outcomes.iter().filter(|o| o.level == level) {
                any = true;
                w.element("li", &[], |w| {
                    statement(w, o.statement.get(l));
                    refines(w, f, &o.refines, l);
                });
            }
        } else {
            for o in tov.outputs.iter().filter(|o| o.level == level) {
                any = true;
                w.element("li", &[], |w| {
                    statement(w, o.statement.get(l));
                    measurement(w, f, o, l);
                    refines(w, f, &o.refines, l);
                });
            }
        }
        if !any {
            w.words_element("li", &[("class", "missing".into())], l.pick("geen", "none"));
        }
    });
}

/// How an output is measured: the ToV's own measurement and the measurement plan's lines.
fn measurement(w: &mut Writer<Html>, f: &Figures<'_>, o: &Output, l: Lang) {
    let plan = f
        .plan_lines
        .get(o.id.as_str())
        .map(Vec::as_slice)
        .unwrap_or_default();
    if o.measurement.is_empty() && plan.is_empty() {
        w.words_element(
            "p",
            &[("class", "detail missing".into())],
            l.pick(
                "Meting: nog niet vastgelegd.",
                "Measurement: not recorded yet.",
            ),
        );
        return;
    }
    let mut parts: Vec<String> = o
        .measurement
        .iter()
        .map(|m| format!("{} ({})", m.method.get(l), m.kind.label().get(l)))
        .collect();
    for line in plan {
        let name = line
            .label
            .as_ref()
            .map_or(line.instrument.label().get(l), |x| x.get(l));
        let mut s = format!("{} ({})", name, l.pick("meetplan", "measurement plan"));
        if let Some(frequency) = &line.frequency {
            s.push_str(", ");
            s.push_str(frequency.get(l));
        }
        parts.push(s);
    }
    w.element("p", &[("class", "detail".into())], |w| {
        put!(w, (l.pick("Meting", "Measurement")), (": "), {
            parts.join("; ")
        });
    });
}

fn activities(w: &mut Writer<Html>, f: &Figures<'_>, l: Lang) {
    w.element("ul", &[("class", "items".into())], |w| {
        for a in &f.docs.tov.activities {
            w.element("li", &[], |w| {
                w.element("p", &[("class", "statement".into())], |w| {
                    w.text(a.display_label().get(l));
                    if let Some(b) = a.kind.building_block() {
                        put!(
                            w,
                            (" · "),
                            (l.pick("bouwsteen", "building block")),
                            (": "),
                            (b.label().get(l))
                        );
                    }
                });
                if let Some(d) = &a.description {
                    w.text_element("p", &[], d.get(l));
                }
                if !a.craft.is_empty() {
                    let craft: Vec<&str> = a.craft.iter().map(|c| c.label().get(l)).collect();
                    w.element("p", &[("class", "detail".into())], |w| {
                        put!(w, (l.pick("Het vak", "The craft")), (": "), {
                            craft.join(", ")
                        });
                    });
                }
                if let Some(i) = a.ijkpunt {
                    w.element("p", &[("class", "detail".into())], |w| {
                        put!(
                            w,
                            (l.pick("Ijkpunt", "Ijkpunt")),
                            (": "),
                            (i.label().get(l))
                        );
                    });
                }
            });
        }
    });
}

fn inputs(w: &mut Writer<Html>, f: &Figures<'_>, l: Lang) {
    w.element("ul", &[("class", "items".into())], |w| {
        for i in &f.docs.tov.inputs {
            w.element("li", &[], |w| {
                statement(w, i.display_label().get(l));
                if let Some(d) = &i.description {
                    w.text_element("p", &[], d.get(l));
                }
            });
        }
    });
}
