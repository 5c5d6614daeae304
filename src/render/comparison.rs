//! The comparison of a local ToV with its reference, as text for a person and as a Markdown
//! document: the renderings of [`Comparison`], written through the one writer, the coverage
//! table as the one table type.

use super::table::{Align, Cell, Table};
use crate::base::write::CodeSpan;
use crate::base::write::{put, Md, Term, Writer};
use crate::base::{Label, Lang, Text};
use crate::compare::Comparison;
use crate::model::{Id, Layer};

/// What the summary line of the comparison's findings is labelled with.
const FINDINGS: Label = Label::new(
    "Bevindingen van de vergelijking",
    "Findings of the comparison",
);

impl Comparison {
    /// The comparison as text for a person: coverage per layer and level, the gaps (with the
    /// reason where the gap is a deliberate choice), the local additions, and the findings.
    /// Elements are named by their labels, with their IDs in brackets. Text from the documents
    /// passes [`escape::terminal`](crate::base::escape::terminal): a line break or a control
    /// character in a label is shown as `\u{a}`, never written, so it cannot add a line.
    ///
    /// ```
    /// use theory_of_value::base::Lang;
    /// use theory_of_value::compare::compare;
    /// use theory_of_value::{example, model::national};
    /// let text = compare(example::local_tov(), national()).render(Lang::En);
    /// assert!(text.contains("Output (individual): 6/8"));
    /// assert!(text.contains("(`op-nieuwkomers`)"));
    /// ```
    pub fn render(&self, lang: Lang) -> String {
        let mut w = Writer::<Term>::new();
        self.write_text(&mut w, lang);
        w.finish()
    }

    /// The comparison as lines of text, on a terminal or in a Markdown document (as the
    /// overview shows it): coverage per layer and level, the gaps, the local additions, and
    /// the findings with their labelled summary line.
    pub(crate) fn write_text<C: CodeSpan>(&self, w: &mut Writer<C>, lang: Lang) {
        for cov in &self.coverage {
            w.words(cov.layer.label().get(lang));
            if let Some(level) = cov.level {
                put!(w, " (", (level.label().get(lang)), ")");
            }
            put!(w, ": ", [cov.covered], "/", [cov.total]);
            w.newline();
        }
        let none = lang.pick("geen", "none");
        w.words(lang.pick("hiaten", "gaps")).lit(":");
        let mut gaps = self.gaps().peekable();
        if gaps.peek().is_none() {
            put!(w, " ", (none));
        }
        w.newline();
        for g in gaps {
            w.lit("  - ");
            named(w, &g.label, &g.reference, lang);
            if let Some(reason) = &g.choice {
                choice(w, reason, lang);
            }
            w.newline();
        }
        w.words(lang.pick("eigen toevoegingen", "local additions"))
            .lit(":");
        if self.additions.is_empty() {
            put!(w, " ", (none));
        }
        w.newline();
        for a in &self.additions {
            w.lit("  - ");
            named(w, &a.label, &a.id, lang);
            w.newline();
        }
        self.report
            .render_into(w, Some(FINDINGS.get(lang)), usize::MAX, lang);
    }

    /// The comparison as a Markdown document: a coverage table, the gaps with the reasons of
    /// deliberate choices, the local additions, the building blocks and the findings. Every
    /// text from the documents is escaped for Markdown; IDs and paths are shown in code spans.
    ///
    /// ```
    /// use theory_of_value::base::Lang;
    /// use theory_of_value::compare::compare;
    /// use theory_of_value::{example, model::national};
    /// let md = compare(example::local_tov(), national()).render_markdown(Lang::Nl);
    /// assert!(md.starts_with("# Vergelijking"));
    /// assert!(md.contains("| Output | individueel | 6 | 8 |"));
    /// ```
    pub fn render_markdown(&self, lang: Lang) -> String {
        let mut w = Writer::<Md>::new();
        put!(w, [#1], (lang.pick("Vergelijking", "Comparison")), " ");
        Md::code(&mut w, self.local.as_str());
        w.lit(" ↔ ");
        Md::code(&mut w, self.reference.as_str());
        w.newline().newline();
        put!(w, [#2], (lang.pick("Dekking", "Coverage")), "\n\n");
        self.coverage_table(lang).to_markdown(&mut w);
        heading(&mut w, lang.pick("Hiaten", "Gaps"));
        let mut gaps = self.gaps().peekable();
        if gaps.peek().is_none() {
            none(&mut w, lang);
        }
        for g in gaps {
            item(&mut w, &g.label, g.layer, &g.reference, lang);
            if let Some(reason) = &g.choice {
                choice(&mut w, reason, lang);
            }
            w.newline();
        }
        heading(&mut w, lang.pick("Eigen toevoegingen", "Local additions"));
        if self.additions.is_empty() {
            none(&mut w, lang);
        }
        for a in &self.additions {
            item(&mut w, &a.label, a.layer, &a.id, lang);
            w.newline();
        }
        self.blocks_markdown(&mut w, lang);
        self.findings_markdown(&mut w, lang);
        w.finish()
    }

    /// The coverage per layer and level: carried and total.
    fn coverage_table(&self, lang: Lang) -> Table {
        let mut table = Table::new(&[
            (lang.pick("laag", "layer"), Align::Left),
            (lang.pick("niveau", "level"), Align::Left),
            (lang.pick("gedragen", "carried"), Align::Right),
            (lang.pick("totaal", "total"), Align::Right),
        ]);
        for cov in &self.coverage {
            let level = cov
                .level
                .map_or(lang.pick("alle", "all"), |l| l.label().get(lang));
            table.row(vec![
                Cell::words(cov.layer.label().get(lang)),
                Cell::words(level),
                Cell::count(cov.covered),
                Cell::count(cov.total),
            ]);
        }
        table
    }

    /// The building blocks, each with the IDs of its local activities.
    fn blocks_markdown(&self, w: &mut Writer<Md>, lang: Lang) {
        heading(w, lang.pick("Bouwstenen", "Building blocks"));
        for b in &self.building_blocks {
            put!(w, "- ", { b.label.get(lang) }, ": ");
            if b.activities.is_empty() {
                w.words(lang.pick("geen activiteit", "no activity"));
            }
            for (i, id) in b.activities.iter().enumerate() {
                if i > 0 {
                    w.lit(", ");
                }
                Md::code(w, id.as_str());
            }
            w.newline();
        }
    }

    /// The findings as a list, each path in a code span, and the labelled summary line.
    fn findings_markdown(&self, w: &mut Writer<Md>, lang: Lang) {
        heading(w, lang.pick("Bevindingen", "Findings"));
        for f in &self.report.findings {
            put!(
                w,
                "- ",
                (f.severity.label().get(lang)),
                " ",
                (f.code.as_str()),
                " "
            );
            Md::code(w, if f.path.is_empty() { "/" } else { &f.path });
            put!(w, ": ", { f.message.get(lang) }, "\n");
        }
        w.newline();
        self.report.write_summary(w, Some(FINDINGS.get(lang)), lang);
    }
}

/// An element named by its label, with its ID in brackets: "Inloop (`act-inloop`)".
fn named<C: CodeSpan>(w: &mut Writer<C>, label: &Text, id: &Id, lang: Lang) {
    put!(w, { label.get(lang) }, " (");
    C::code(w, id.as_str());
    w.lit(")");
}

/// The reason of a deliberate choice not to carry an element: " — bewuste keuze: …".
fn choice<C: CodeSpan>(w: &mut Writer<C>, reason: &Text, lang: Lang) {
    put!(
        w,
        " — ",
        (lang.pick("bewuste keuze", "deliberate choice")),
        ": ",
        { reason.get(lang) }
    );
}

/// A heading of a section of the Markdown document, after a blank line.
fn heading(w: &mut Writer<Md>, words: &'static str) {
    put!(w, "\n", [#2], (words), "\n\n");
}

/// "Geen." for an empty section.
fn none(w: &mut Writer<Md>, lang: Lang) {
    put!(w, (lang.pick("Geen.", "None.")), "\n");
}

/// A list item of the Markdown document naming an element: its label in bold, its layer and
/// its ID, "- **Inloop** (Activiteiten, `act-inloop`)".
fn item(w: &mut Writer<Md>, label: &Text, layer: Layer, id: &Id, lang: Lang) {
    w.lit("- ").strong(|w| {
        w.text(label.get(lang));
    });
    put!(w, " (", (layer.label().get(lang)), ", ");
    Md::code(w, id.as_str());
    w.lit(")");
}
