//! Words the movement consciously avoids, and the words it uses instead.

use crate::Label;

/// A word the movement of self-direction and recovery consciously avoids, with the word it
/// uses instead (source: "Taal doet ertoe", and the ten characteristics: "kennismakingsgesprekken
/// in plaats van intakes", "niet als cliënt of hulpverlener").
///
/// ```
/// use theory_of_value::avoided_word;
/// let w = avoided_word("Cliënten").expect("avoided");
/// assert_eq!(w.instead.nl, "deelnemer");
/// assert!(avoided_word("deelnemer").is_none());
/// // Compounds are not flagged: "cliëntondersteuning" is a legal term of the Wmo.
/// assert!(avoided_word("cliëntondersteuning").is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AvoidedWord {
    /// The word as the movement would read it (in the language it was found in).
    pub word: &'static str,
    /// The word or phrase the movement uses instead.
    pub instead: Label,
}

/// (forms, the avoided word, Dutch alternative, English alternative)
const WORDS: &[(&[&str], &str, &str, &str)] = &[
    (
        &["client", "clienten", "clients"],
        "cliënt",
        "deelnemer",
        "participant",
    ),
    (
        &["patient", "patienten", "patients"],
        "patiënt",
        "deelnemer",
        "participant",
    ),
    (
        &[
            "behandeling",
            "behandelingen",
            "behandelplan",
            "behandelplannen",
        ],
        "behandeling",
        "herstel, herstelaanbod",
        "recovery, recovery offer",
    ),
    (
        &["treatment", "treatments"],
        "treatment",
        "herstel, herstelaanbod",
        "recovery, recovery offer",
    ),
    (
        &["stoornis", "stoornissen", "disorder", "disorders"],
        "stoornis",
        "psychische kwetsbaarheid, ontwrichting",
        "vulnerability, disruption",
    ),
    (
        &["intake", "intakes", "intakegesprek", "intakegesprekken"],
        "intake",
        "kennismakingsgesprek",
        "introductory conversation",
    ),
    (
        &["indicatie", "indicaties"],
        "indicatie",
        "vrije toegang, zonder indicatie",
        "open access, no referral needed",
    ),
    (
        &["diagnose", "diagnoses", "diagnosis"],
        "diagnose",
        "eigen ervaring en verhaal",
        "one's own experience and story",
    ),
    (
        &["hulpverlener", "hulpverleners"],
        "hulpverlener",
        "ervaringsdeskundige, medewerker",
        "expert by experience, staff member",
    ),
];

/// The characters of `word` with case and the diaeresis folded, so `Cliënt` and `client`
/// compare equal.
fn folded(word: &str) -> impl Iterator<Item = char> + '_ {
    word.chars()
        .filter(|c| *c != '\u{308}')
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ë' | 'é' | 'è' => 'e',
            'ï' => 'i',
            other => other,
        })
}

/// A stem of every avoided form, folded (the diaeresis may follow as a combining character).
const STEMS: &[&str] = &[
    "clie",
    "clië",
    "patie",
    "patië",
    "behandel",
    "treatment",
    "stoornis",
    "disorder",
    "intake",
    "indicatie",
    "diagnos",
    "hulpverlener",
];

/// The longest avoided form, in characters.
const LONGEST: usize = 16;

/// The avoided word `word` is a form of, if any. Whole words only.
///
/// ```
/// assert!(theory_of_value::avoided_word("Intake").is_some());
/// ```
pub fn avoided_word(word: &str) -> Option<AvoidedWord> {
    // Validation runs this on every word of a document: fold into a buffer on the stack, and
    // give up early on words that cannot be a form.
    if !(6..=LONGEST * 3).contains(&word.len()) {
        return None;
    }
    let mut buf = ['\0'; LONGEST];
    let mut n = 0;
    for c in folded(word) {
        if n == LONGEST {
            return None;
        }
        buf[n] = c;
        n += 1;
    }
    let word_chars = &buf[..n];
    WORDS
        .iter()
        .find(|(forms, ..)| {
            forms
                .iter()
                .any(|form| form.len() == n && form.chars().eq(word_chars.iter().copied()))
        })
        .map(|(_, word, nl, en)| AvoidedWord {
            word,
            instead: Label::new(nl, en),
        })
}

/// Every avoided word in `text`, with its byte offset, in order.
///
/// ```
/// let found = theory_of_value::avoided_words_in("Geen intake, geen indicatie.");
/// let words: Vec<_> = found.iter().map(|(_, w)| w.word).collect();
/// assert_eq!(words, ["intake", "indicatie"]);
/// ```
pub fn avoided_words_in(text: &str) -> Vec<(usize, AvoidedWord)> {
    let mut found = Vec::new();
    // Most texts contain none of the words: look for their stems first, which is much cheaper
    // than looking at every word.
    let lower = text.to_lowercase();
    if !STEMS.iter().any(|stem| lower.contains(stem)) {
        return found;
    }
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let in_word = c.is_alphanumeric() || c == '\u{308}';
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if let Some(w) = avoided_word(&text[s..i]) {
                    found.push((s, w));
                }
                start = None;
            }
            _ => {}
        }
    }
    found
}
