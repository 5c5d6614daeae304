//! Words the movement consciously avoids, and the words it uses instead.

use crate::base::Label;

/// A word the movement of self-direction and recovery consciously avoids, with the word it
/// uses instead (source: "Taal doet ertoe", and the ten characteristics: "kennismakingsgesprekken
/// in plaats van intakes", "niet als cliënt of hulpverlener").
///
/// ```
/// use theory_of_value::rules::avoided_word;
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
        "ontwrichting, of eigen woorden voor wat iemand ervaart",
        "disruption, or one's own words for what someone experiences",
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

/// A prefix of every avoided form, folded: a form folds to a word that starts with one of these.
const STEMS: &[&[u8]] = &[
    b"clie",
    b"patie",
    b"behandel",
    b"treatment",
    b"stoornis",
    b"disorder",
    b"intake",
    b"indicatie",
    b"diagnos",
    b"hulpverlener",
];

/// Whether `text`, folded as [`folded`] does, starts with the ASCII `stem`. Works on bytes:
/// the letters that fold to ASCII (`ë é è Ë É È ï Ï`, the Kelvin sign) are recognised in their
/// UTF-8 form, and a combining diaeresis is skipped.
fn starts_with_folded(mut text: &[u8], stem: &[u8]) -> bool {
    for &want in stem {
        while let [0xCC, 0x88, rest @ ..] = text {
            text = rest;
        }
        let (got, rest) = match text {
            [0xC3, 0xA8 | 0xA9 | 0xAB | 0x88 | 0x89 | 0x8B, rest @ ..] => (b'e', rest),
            [0xC3, 0xAF | 0x8F, rest @ ..] => (b'i', rest),
            [0xE2, 0x84, 0xAA, rest @ ..] => (b'k', rest),
            [b, rest @ ..] => (b.to_ascii_lowercase(), rest),
            [] => return false,
        };
        if got != want {
            return false;
        }
        text = rest;
    }
    true
}

/// What a byte can be, for [`may_contain_avoided`]: part of an ASCII word (`WORD`), the
/// first letter of a stem (`FIRST`, also part of a word), the first byte of a non-ASCII
/// letter that folds to one (`FOLDS`), or anything else (0).
const WORD: u8 = 1;
const FIRST: u8 = 2 | WORD;
const FOLDS: u8 = 4;

/// The class of every byte, and for a `FIRST` letter the second letter of its stems (every
/// stem's first letter determines its second).
const CLASS: ([u8; 256], [u8; 256]) = {
    let (mut class, mut second) = ([0u8; 256], [0u8; 256]);
    let mut b = 0;
    while b < 256 {
        if (b as u8).is_ascii_alphanumeric() {
            class[b] = WORD;
        }
        b += 1;
    }
    class[0xC3] = FOLDS; // Ï, ï, …
    let mut i = 0;
    while i < STEMS.len() {
        let (first, next) = (STEMS[i][0], STEMS[i][1]);
        assert!(
            second[first as usize] == 0 || second[first as usize] == next,
            "stems with one first letter share the second"
        );
        let (lower, upper) = (first as usize, first.to_ascii_uppercase() as usize);
        class[lower] = FIRST;
        class[upper] = FIRST;
        second[lower] = next;
        second[upper] = next;
        i += 1;
    }
    (class, second)
};

/// Whether `text` may contain an avoided word: one pass over its bytes, looking for a stem
/// where a word may start (after any byte that is not an ASCII letter or digit). Never `false`
/// for a text with an avoided word.
fn may_contain_avoided(text: &str) -> bool {
    let (class, second) = (&CLASS.0, &CLASS.1);
    let bytes = text.as_bytes();
    let mut in_ascii_word = false;
    for (i, &b) in bytes.iter().enumerate() {
        let c = class[usize::from(b)];
        if !in_ascii_word && c & (FIRST & !WORD | FOLDS) != 0 {
            // The second byte is the stem's second letter or the start of one that folds to it.
            let candidate = c == FOLDS
                || bytes
                    .get(i + 1)
                    .is_some_and(|&n| n | 0x20 == second[usize::from(b)] || !n.is_ascii());
            // Only the stems that start with this letter (`ï` and `Ï` fold to `i`).
            let first = if c == FOLDS { b'i' } else { b | 0x20 };
            if candidate
                && STEMS
                    .iter()
                    .filter(|stem| stem[0] == first)
                    .any(|stem| starts_with_folded(&bytes[i..], stem))
            {
                return true;
            }
        }
        in_ascii_word = c & WORD != 0;
    }
    false
}

/// The longest avoided form, in characters.
const LONGEST: usize = 16;

/// The avoided word `word` is a form of, if any: a whole word, or a compound that starts
/// with "behandel", "intake" or "diagnose" ("behandeltraject"). The verb "behandelen" (also:
/// to discuss a subject) and compounds of "cliënt" are not flagged.
///
/// ```
/// use theory_of_value::rules::avoided_word;
/// assert!(avoided_word("Intake").is_some());
/// assert_eq!(avoided_word("behandeltraject").unwrap().word, "behandeling");
/// assert!(avoided_word("behandelen").is_none());
/// ```
pub fn avoided_word(word: &str) -> Option<AvoidedWord> {
    exact_form(word).or_else(|| compound(word))
}

/// The start of a compound that carries an avoided word ("behandeltraject", "intakeprocedure",
/// "diagnosestelling"), the index of that word in `WORDS`, and the forms that start the same
/// but are not the word: the verb "behandelen" also means to discuss a subject. Compounds of
/// "cliënt" are not flagged: "cliëntondersteuning" is a legal term of the Wmo.
const COMPOUNDS: &[(&str, &str, &[&str])] = &[
    (
        "behandel",
        "behandeling",
        &[
            "behandelen",
            "behandeld",
            "behandelt",
            "behandelde",
            "behandelden",
            "behandelend",
        ],
    ),
    ("intake", "intake", &[]),
    ("diagnose", "diagnose", &[]),
];

/// The avoided word a compound starts with ([`COMPOUNDS`]).
fn compound(word: &str) -> Option<AvoidedWord> {
    let (_, base, _) = COMPOUNDS.iter().find(|(prefix, _, except)| {
        word.len() > prefix.len() && starts_with_folded(word.as_bytes(), prefix.as_bytes()) && {
            let f: String = folded(word).collect();
            f.len() > prefix.len() && !except.contains(&f.as_str())
        }
    })?;
    WORDS
        .iter()
        .find(|(_, word, ..)| word == base)
        .map(|(_, word, nl, en)| AvoidedWord {
            word,
            instead: Label::new(nl, en),
        })
}

/// The avoided word `word` is a form of, as a whole word.
fn exact_form(word: &str) -> Option<AvoidedWord> {
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
/// The text is read as a reader sees it: invisible characters (a zero-width space, a soft
/// hyphen), bidirectional controls and control characters inside a word do not hide it
/// (see [`unicode::visible`](crate::rules::unicode::visible)); the offset is still the word's
/// start in `text`.
///
/// ```
/// let found = theory_of_value::rules::avoided_words_in("Geen intake, geen indicatie.");
/// let words: Vec<_> = found.iter().map(|(_, w)| w.word).collect();
/// assert_eq!(words, ["intake", "indicatie"]);
/// let hidden = theory_of_value::rules::avoided_words_in("Een in\u{200b}ta\u{ad}ke");
/// assert_eq!(hidden.iter().map(|(at, w)| (*at, w.word)).collect::<Vec<_>>(), [(4, "intake")]);
/// ```
pub fn avoided_words_in(text: &str) -> Vec<(usize, AvoidedWord)> {
    let mut found = Vec::new();
    let seen = crate::rules::unicode::visible(text);
    // Most texts contain none of the words: look for their stems first, which is much cheaper
    // than looking at every word.
    if !may_contain_avoided(&seen) {
        return found;
    }
    every_avoided_word(&seen, &mut found);
    if let std::borrow::Cow::Owned(seen) = &seen {
        // Offsets in `seen` back to offsets in `text`: `seen` is `text` with characters left
        // out, so walk both together.
        let mut kept = text
            .char_indices()
            .filter(|&(_, c)| seen_keeps(c))
            .map(|(i, _)| i);
        let mut at_seen = 0;
        let mut at_text = 0;
        for (offset, _) in &mut found {
            for c in seen[at_seen..].chars() {
                if at_seen == *offset {
                    break;
                }
                at_seen += c.len_utf8();
                kept.next();
            }
            at_text = kept.clone().next().unwrap_or(at_text);
            *offset = at_text;
        }
    }
    found
}

/// Whether [`unicode::visible`](crate::rules::unicode::visible) keeps `c`.
fn seen_keeps(c: char) -> bool {
    use crate::rules::unicode::{is_bidi_control, is_invisible, is_stray_control};
    !(is_invisible(c) || is_bidi_control(c) || is_stray_control(c))
}

/// Calls `f` with every avoided word of `text` as a reader sees it (see [`avoided_words_in`]),
/// without collecting them: a text with a million of them costs no memory per word. The
/// offsets are those in the text without its invisible characters.
pub(crate) fn each_avoided_word(text: &str, mut f: impl FnMut(usize, AvoidedWord)) {
    let seen = crate::rules::unicode::visible(text);
    if may_contain_avoided(&seen) {
        visit_avoided_words(&seen, &mut f);
    }
}

/// The full look behind [`avoided_words_in`]: every word of `text`.
fn every_avoided_word(text: &str, found: &mut Vec<(usize, AvoidedWord)>) {
    visit_avoided_words(text, &mut |at, w| found.push((at, w)));
}

/// Every word of `text`, each avoided one given to `f`.
fn visit_avoided_words(text: &str, f: &mut impl FnMut(usize, AvoidedWord)) {
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
                    f(s, w);
                }
                start = None;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The prefilter lets through every form in every spelling the full look recognises.
    #[test]
    fn the_prefilter_passes_every_recognised_form() {
        let spellings = |form: &str| {
            let with_diaeresis = form.replacen("ie", "ië", 1).replacen('i', "ï", 1);
            let decomposed = form.replacen("ie", "ie\u{308}", 1);
            [
                form.to_owned(),
                form.to_uppercase(),
                with_diaeresis.clone(),
                with_diaeresis.to_uppercase(),
                decomposed.clone(),
                decomposed.to_uppercase(),
                form.replace('k', "\u{212A}"),
                form.replace('e', "é"),
                form.replace('e', "È"),
            ]
        };
        for (forms, ..) in WORDS {
            for form in *forms {
                for spelling in spellings(form) {
                    let text = format!("Een zin met „{spelling}” – erin.");
                    if avoided_word(&spelling).is_some() {
                        assert!(may_contain_avoided(&text), "{spelling}");
                        assert_eq!(avoided_words_in(&text).len(), 1, "{spelling}");
                    }
                }
            }
        }
        assert!(!may_contain_avoided(
            "Deelnemers – „herstel” … ervaringsdeskundigheid"
        ));
    }

    proptest::proptest! {
        /// Whatever the prefilter lets pass, the full look finds nothing in.
        #[test]
        fn the_prefilter_hides_no_avoided_word(pieces in proptest::collection::vec(
            proptest::sample::select(&[
                "cliënt", "CLIENTEN", "Patie\u{308}nt", "ïntake", "INTA\u{212A}E", "Behandeling",
                "diagnoses", "hulpverleners", "stoornis", "treatments", "indicatië", "disorder",
                "e", "i", "ë", "ï", "\u{308}", "„", "”", "–", " ", "-", "x", "3", "É", "cli",
                "pati", "in", "dia", "behandel", "verleners",
            ][..]),
            0..12,
        )) {
            let text = pieces.concat();
            let mut full = Vec::new();
            every_avoided_word(&text, &mut full);
            if !may_contain_avoided(&text) {
                proptest::prop_assert!(full.is_empty(), "{text:?}: {full:?}");
            }
            proptest::prop_assert_eq!(avoided_words_in(&text), full);
        }
    }
}
