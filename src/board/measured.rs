//! Section 4, what we measured: the monitor report per output, its counts with intervals
//! beside what the personas expected, its consented stories and quotes, and area trends.

use super::figures::Figures;
use super::parts::{count_figure, missing, section};
use crate::base::write::{put, Html, Writer};
use crate::base::Lang;
use crate::monitor::{AreaTrend, MonitorReport, OutputMonitor};
use crate::render::figure::Figure;
use crate::render::monitor_table;

/// Writes section 4.
pub(super) fn write(w: &mut Writer<Html>, f: &Figures<'_>, l: Lang) {
    section(w, 4, l, |w| {
        let Some(m) = f.docs.monitor else {
            missing(
                w,
                l.pick(
                    "Een monitorrapport (tellen en vertellen) per output vult dit deel: aantallen met marges, verhalen met toestemming, trends in het gebied.",
                    "A monitor report (counting and telling) per output fills this part: counts with intervals, stories with consent, area trends.",
                ),
            );
            return;
        };
        method(w, m, l);
        for o in &m.outputs {
            if o.measured.count() == Some(0) && o.stories.is_empty() && o.areas.is_empty() {
                continue;
            }
            output(w, o, l);
        }
    });
}

/// The period, what is shown per output, and the threshold below which counts are hidden.
fn method(w: &mut Writer<Html>, m: &MonitorReport, l: Lang) {
    let below = m.threshold.get();
    let (start, end) = (m.period.start.to_string(), m.period.end.to_string());
    w.element("p", &[], |w| {
        put!(
            w,
            (l.pick("Gemeten van ", "Measured from ")),
            { start },
            (l.pick(" tot ", " to ")),
            { end },
            (l.pick(
                ". Per output: hoeveel deelnemers gemeten zijn en hoe hun situatie veranderde (betrouwbare-veranderingsindex), met een 95%-marge (Wilson), naast wat de persona's verwachtten. Aantallen onder de ",
                ". Per output: how many participants were measured and how their situation changed (reliable change index), with a 95% interval (Wilson), beside what the personas expected. Counts below ",
            )),
            [below],
            (l.pick(" staan als \"< ", " show as \"< ")),
            [below],
            (l.pick(
                "\", net als wat ze zou verraden.",
                "\", and so does whatever would reveal them.",
            ))
        );
    });
}

/// One output: the participants measured, their classes of change (the renderings' table,
/// `render::monitor_table`), its stories and quotes, and the area trends beside it.
fn output(w: &mut Writer<Html>, o: &OutputMonitor, l: Lang) {
    w.element("h3", &[], |w| {
        put!(
            w,
            { o.statement.get(l) },
            (" ("),
            (o.level.label().get(l)),
            (")")
        );
    });
    w.element("p", &[], |w| {
        w.words(l.pick("Gemeten", "Measured")).words(": ");
        match o.measured.count() {
            Some(n) => count_figure(w, &format!("monitor.{}.measured", o.output), n, l),
            None => {
                w.text(&o.measured.render(l));
            }
        }
    });
    monitor_table(o, l).to_html(w);
    if !o.stories.is_empty() {
        w.element("p", &[], |w| {
            put!(
                w,
                (l.pick("Verhalen bij deze output: ", "Stories on this output: ")),
                [o.stories.len()],
                (".")
            );
        });
    }
    for q in &o.quotes {
        w.element("blockquote", &[], |w| {
            w.text_element("p", &[], q.words.get(l));
        });
    }
    for a in &o.areas {
        area(w, a, l);
    }
}

/// An area trend beside an output, with no claim that the organisation caused it.
fn area(w: &mut Writer<Html>, a: &AreaTrend, l: Lang) {
    let place = match &a.neighbourhood {
        Some(n) => format!("{}, {n}", a.municipality),
        None => a.municipality.clone(),
    };
    w.element("p", &[], |w| {
        put!(
            w,
            (a.indicator.label().get(l)),
            (l.pick(" in ", " in ")),
            { place },
            (" ("),
            { a.unit },
            (l.pick("; bron: ", "; source: ")),
            { a.source },
            (l.pick(
                "), zonder claim dat de organisatie dit veroorzaakt:",
                "), with no claim that the organisation caused it:",
            ))
        );
    });
    w.element("ul", &[], |w| {
        for p in &a.points {
            w.element("li", &[], |w| {
                put!(w, [p.year], (": "), [Figure::decimal(p.value, 2, l)]);
            });
        }
    });
}
