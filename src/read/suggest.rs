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
}
