//! The elements of a ToV by ID.

use crate::base::{Lang, Text};
use crate::model::{Layer, TheoryOfValue};

/// The elements of a ToV by ID, built once so that naming many elements stays linear in the
/// document's size.
pub(super) struct Index<'t>(std::collections::HashMap<&'t str, Element<'t>>);

/// An element of a [`Index`]: a statement of a layer, or an activity or input by its label.
enum Element<'t> {
    Statement(&'t Text, Layer),
    Labelled(Text),
}

impl<'t> Index<'t> {
    pub(super) fn of(tov: &'t TheoryOfValue) -> Self {
        let mut m = std::collections::HashMap::new();
        // Later layers first, so that an ID used twice (an invalid document, shown when forced)
        // names the element of the earliest layer, as a search from the top would.
        for i in tov.inputs.iter().rev() {
            m.insert(i.id.as_str(), Element::Labelled(i.display_label()));
        }
        for a in tov.activities.iter().rev() {
            m.insert(a.id.as_str(), Element::Labelled(a.display_label()));
        }
        for o in tov.outputs.iter().rev() {
            m.insert(
                o.id.as_str(),
                Element::Statement(&o.statement, Layer::Output),
            );
        }
        for o in tov.outcomes.iter().rev() {
            m.insert(
                o.id.as_str(),
                Element::Statement(&o.statement, Layer::Outcome),
            );
        }
        if let Some(i) = &tov.impact {
            m.insert(
                i.id.as_str(),
                Element::Statement(&i.statement, Layer::Impact),
            );
        }
        Index(m)
    }

    /// The statement of the impact, outcome or output `id`.
    pub(super) fn statement(&self, id: &str) -> Option<(&'t Text, Layer)> {
        match self.0.get(id) {
            Some(Element::Statement(s, layer)) => Some((s, *layer)),
            _ => None,
        }
    }

    /// The label of the activity or input `id`.
    pub(super) fn label(&self, id: &str) -> Option<&Text> {
        match self.0.get(id) {
            Some(Element::Labelled(label)) => Some(label),
            _ => None,
        }
    }

    /// What a reader calls element `id`: its statement or label, or the ID itself.
    pub(super) fn name(&self, id: &str, l: Lang) -> String {
        match self.0.get(id) {
            Some(Element::Statement(s, _)) => s.get(l).to_owned(),
            Some(Element::Labelled(label)) => label.get(l).to_owned(),
            None => id.to_owned(),
        }
    }
}
