//! JSON Pointers into a document, written out only when a finding needs one.

use std::fmt;

/// One step of a [`Ptr`]: a field name or an array index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Key(&'static str),
    Index(usize),
}

/// The most steps a pointer of the validation rules has (`/personas/0/care_avoided/1/label/nl`).
const DEPTH: usize = 6;

/// A JSON Pointer (RFC 6901) of at most [`DEPTH`] steps, kept as its steps: building one costs
/// no allocation, and validation only writes it out for a finding. Field names are the
/// crate's own and need no escaping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Ptr {
    steps: [Step; DEPTH],
    len: usize,
}

impl Ptr {
    /// The pointer to field `key` of the document.
    pub(crate) const fn at(key: &'static str) -> Ptr {
        let mut steps = [Step::Index(0); DEPTH];
        steps[0] = Step::Key(key);
        Ptr { steps, len: 1 }
    }

    fn then(mut self, step: Step) -> Ptr {
        debug_assert!(self.len < DEPTH, "a pointer deeper than {DEPTH} steps");
        if self.len < DEPTH {
            self.steps[self.len] = step;
            self.len += 1;
        }
        self
    }

    /// The pointer to field `key` of this one.
    pub(crate) fn key(self, key: &'static str) -> Ptr {
        self.then(Step::Key(key))
    }

    /// The pointer to item `index` of this one.
    pub(crate) fn index(self, index: usize) -> Ptr {
        self.then(Step::Index(index))
    }
}

impl fmt::Display for Ptr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for step in &self.steps[..self.len] {
            match step {
                Step::Key(k) => write!(f, "/{k}")?,
                Step::Index(i) => write!(f, "/{i}")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::Ptr;

    #[test]
    fn a_pointer_is_written_out_as_json_pointer() {
        let p = Ptr::at("outputs")
            .index(3)
            .key("measurement")
            .index(0)
            .key("method");
        assert_eq!(p.to_string(), "/outputs/3/measurement/0/method");
        assert_eq!(Ptr::at("title").to_string(), "/title");
    }
}
