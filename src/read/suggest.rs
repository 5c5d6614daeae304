//! Nearest-name suggestions for misspelt fields and values.

/// The candidate closest to `input`, if it is close enough to be a likely typo.
pub(crate) fn closest<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let lower = input.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(&lower, c), c))
        .filter(|(d, c)| {
            let limit = (c.chars().count().max(input.chars().count()) / 3).max(2);
            *d <= limit
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// " Bedoelde je `x`?" and " Did you mean `x`?" for the closest candidate, or two empty strings.
pub(crate) fn hint<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> (String, String) {
    match closest(input, candidates) {
        Some(h) => (
            format!(" Bedoelde je `{h}`?"),
            format!(" Did you mean `{h}`?"),
        ),
        None => (String::new(), String::new()),
    }
}

/// How many candidate names one document's suggestions may look at in all. Suggesting costs
/// one comparison per candidate, so a document with many misspelt links against many elements
/// would cost their product; past this budget the messages go without a suggestion, and
/// validation stays linear in the document's size.
pub(crate) const HINT_BUDGET: usize = 200_000;

/// Suggestions for one document, within [`HINT_BUDGET`] comparisons.
pub(crate) struct Hints {
    budget: usize,
}

impl Hints {
    /// A fresh budget.
    pub(crate) fn new() -> Self {
        Hints {
            budget: HINT_BUDGET,
        }
    }

    /// As [`hint`], or two empty strings once the budget would be exceeded. The candidates
    /// are a list made once per document (not filtered anew for each name), so looking costs
    /// no more than the budget.
    pub(crate) fn hint(&mut self, input: &str, candidates: &[&str]) -> (String, String) {
        if candidates.len() > self.budget {
            self.budget = 0;
            return (String::new(), String::new());
        }
        self.budget -= candidates.len();
        hint(input, candidates.iter().copied())
    }
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn suggests_near_names_only() {
        let fields = ["outcomes", "outputs", "activities", "inputs"];
        assert_eq!(closest("outcoms", fields), Some("outcomes"));
        assert_eq!(closest("Inputs", fields), Some("inputs"));
        assert_eq!(closest("colour", fields), None);
    }

    #[test]
    fn hints_stop_at_the_budget() {
        let owned: Vec<String> = (0..1000).map(|i| format!("output-{i}")).collect();
        let names: Vec<&str> = owned.iter().map(String::as_str).collect();
        let mut hints = super::Hints::new();
        let mut given = 0;
        for _ in 0..(super::HINT_BUDGET / 1000 + 10) {
            if !hints.hint("output-1x", &names).0.is_empty() {
                given += 1;
            }
        }
        assert_eq!(given, super::HINT_BUDGET / 1000);
    }
}
