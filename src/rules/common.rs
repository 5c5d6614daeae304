//! The checks every document kind shares: empty texts (`TOV102`), hidden characters
//! (`TOV122`–`TOV124`), avoided words (`TOV118`), repeated identifiers (`TOV103`) and a
//! document that names another ToV (`TOV210`).

use crate::base::{Code, Message, Report, Text};
use crate::model::TheoryOfValue;
use crate::read::pointer::Ptr;
use crate::rules::language::each_avoided_word;

/// `TOV210`: a document that names another ToV (`named`, at `/tov`) than the one it is checked
/// against. `nl` and `en` are the subject and the verb ("Deze verhalen horen", "worden";
/// "These stories belong", "are").
pub(crate) fn other_tov(
    r: &mut Report,
    named: &crate::model::Id,
    tov: &TheoryOfValue,
    nl: (&str, &str),
    en: (&str, &str),
) {
    if *named != tov.id {
        r.push(
            Code::OtherTov,
            "/tov",
            Message::new(
                format!(
                    "{} bij ToV `{named}`, maar {} vergeleken met ToV `{}`.",
                    nl.0, nl.1, tov.id
                ),
                format!(
                    "{} to ToV `{named}` but {} checked against ToV `{}`.",
                    en.0, en.1, tov.id
                ),
            ),
        );
    }
}

/// `TOV102`: the text at `path` is empty.
pub(crate) fn blank(r: &mut Report, path: String) {
    r.push(
        Code::EmptyText,
        path,
        Message::new(
            "Deze tekst is leeg: schrijf hem uit of laat het veld weg.",
            "This text is empty: write it out or leave the field out.",
        ),
    )
}

/// Empty texts (`TOV102`) and avoided words (`TOV118`) in `texts`, given with their paths.
pub(crate) fn check_texts<'a, P: std::fmt::Display>(
    texts: impl IntoIterator<Item = (P, &'a Text)>,
    r: &mut Report,
) {
    // One pass over the texts, so that each is read once: empty texts and hidden characters
    // are pushed as they are found, and the texts with an avoided word are marked; then the
    // marked ones are visited again for the avoided words (`TOV118` after the others, and
    // each pushed as it is found, so a report keeping only so many findings per code never
    // holds them all).
    let texts: Vec<(P, &Text)> = texts.into_iter().collect();
    let mut with_avoided: Vec<usize> = Vec::new();
    for (k, (path, text)) in texts.iter().enumerate() {
        if text.nl.trim().is_empty() {
            blank(r, format!("{path}/nl"));
        }
        if text.en.as_deref().is_some_and(|en| en.trim().is_empty()) {
            blank(r, format!("{path}/en"));
        }
        hidden_characters(&format_args!("{path}/nl"), &text.nl, r);
        if let Some(en) = &text.en {
            hidden_characters(&format_args!("{path}/en"), en, r);
        }
        let mut avoided = false;
        for s in [Some(text.nl.as_str()), text.en.as_deref()]
            .into_iter()
            .flatten()
        {
            if !avoided {
                each_avoided_word(s, |_, _| avoided = true);
            }
        }
        if avoided {
            with_avoided.push(k);
        }
    }
    for (path, text) in with_avoided.into_iter().filter_map(|k| texts.get(k)) {
        for (lang, s) in [("nl", Some(text.nl.as_str())), ("en", text.en.as_deref())] {
            each_avoided_word(s.unwrap_or_default(), |_, w| {
                r.push(
                    Code::AvoidedWord,
                    format!("{path}/{lang}"),
                    Message::new(
                        format!(
                            "De beweging vermijdt bewust het woord '{}'; overweeg '{}'.",
                            w.word, w.instead.nl
                        ),
                        format!(
                            "The movement consciously avoids the word '{}'; consider '{}'.",
                            w.word, w.instead.en
                        ),
                    ),
                );
            });
        }
    }
}

/// `TOV122` (invisible characters), `TOV123` (bidirectional controls) and `TOV124` (control
/// characters) for the text `s` at `path`: one finding per kind, with how many there are and
/// where the first is.
pub(crate) fn hidden_characters(path: &dyn std::fmt::Display, s: &str, r: &mut Report) {
    let Some(h) = crate::rules::unicode::hidden_in(s) else {
        return;
    };
    let kinds = [
        (
            Code::InvisibleCharacter,
            h.invisible,
            ("onzichtbare tekens", "invisible characters"),
            (
                "lezers zien ze niet, maar zoeken, vergelijken en de regels wel",
                "readers do not see them, but search, comparison and the rules do",
            ),
        ),
        (
            Code::BidiControl,
            h.bidi,
            ("tekens die de leesrichting veranderen", "bidirectional controls"),
            (
                "ze veranderen de volgorde waarin de tekst getoond wordt, zodat wat een lezer ziet kan verschillen van wat er staat",
                "they change the order in which the text is shown, so what a reader sees can differ from what it says",
            ),
        ),
        (
            Code::ControlCharacter,
            h.control,
            ("stuurtekens", "control characters"),
            (
                "geen tekst heeft ze nodig en een terminal kan erop reageren",
                "no text needs them and a terminal may act on them",
            ),
        ),
    ];
    for (code, (count, first), (what_nl, what_en), (why_nl, why_en)) in kinds {
        let Some((at, c)) = first else { continue };
        let (at, c) = (at + 1, u32::from(c));
        r.push(
            code,
            path.to_string(),
            Message::new(
                format!("Deze tekst bevat {count} {what_nl} (het eerste, U+{c:04X}, op teken {at}): {why_nl}. Verwijder ze."),
                format!("This text holds {count} {what_en} (the first, U+{c:04X}, at character {at}): {why_en}. Remove them."),
            ),
        );
    }
}

/// `TOV103` for the element at `path` whose `id` the element at `first` already has.
pub(crate) fn duplicate_id(r: &mut Report, id: &str, first: Ptr, path: Ptr) {
    r.push(
        Code::DuplicateId,
        format!("{path}/id"),
        Message::new(
            format!("De identificatie `{id}` is al gebruikt bij {first}; geef elk element een eigen identificatie."),
            format!("The identifier `{id}` is already used at {first}; give every element its own identifier."),
        ),
    );
}
