//! Section 1, who we are: organisation, scope, date and version, and the authors, lived
//! experience marked.

use super::figures::Figures;
use super::parts::{missing, para, section};
use crate::base::write::{put, Html, Writer};
use crate::base::Lang;

/// Writes section 1.
pub(super) fn write(w: &mut Writer<Html>, f: &Figures<'_>, l: Lang) {
    section(w, 1, l, |w| {
        w.element("dl", &[], |w| identity(w, f, l));
        w.words_element("h3", &[], l.pick("Auteurs", "Authors"));
        authors(w, f, l);
        w.words_element("h3", &[], l.pick("Partners", "Partners"));
        missing(
            w,
            l.pick(
                "Partners en samenwerkingsverbanden vullen dit deel zodra de ToV ze vastlegt.",
                "Partners and alliances fill this part once the ToV records them.",
            ),
        );
    });
}

/// The organisation and its ToV, term by term.
fn identity(w: &mut Writer<Html>, f: &Figures<'_>, l: Lang) {
    let tov = f.docs.tov;
    let row = |w: &mut Writer<Html>, term: &'static str, value: &str| {
        w.words_element("dt", &[], term);
        w.text_element("dd", &[], value);
    };
    row(w, l.pick("Organisatie", "Organisation"), &f.organisation(l));
    row(w, l.pick("Niveau", "Scope"), tov.scope.level.label().get(l));
    if !tov.scope.municipalities.is_empty() {
        row(
            w,
            l.pick("Gemeenten", "Municipalities"),
            &tov.scope.municipalities.join(", "),
        );
    }
    if let Some(region) = &tov.scope.region {
        row(w, l.pick("Regio", "Region"), region);
    }
    row(
        w,
        l.pick("Theory of Value", "Theory of Value"),
        tov.title.get(l),
    );
    row(w, l.pick("Versie", "Version"), &tov.version);
    row(w, l.pick("Datum", "Date"), &tov.date.to_string());
    if let Some(r) = &tov.refines {
        let name = if *r == f.docs.reference.id {
            f.docs.reference.title.get(l).to_owned()
        } else {
            r.to_string()
        };
        row(w, l.pick("Verfijnt", "Refines"), &name);
    }
}

/// The authors, those who write from lived experience marked.
fn authors(w: &mut Writer<Html>, f: &Figures<'_>, l: Lang) {
    let tov = f.docs.tov;
    if tov.authors.is_empty() {
        missing(
            w,
            l.pick(
                "De ToV noemt geen auteurs; de lijst van auteurs in de ToV vult dit deel.",
                "The ToV names no authors; the ToV's list of authors fills this part.",
            ),
        );
        return;
    }
    para(
        w,
        l.pick(
            "Niets over ons, zonder ons: auteurs die vanuit ervaringsdeskundigheid schrijven zijn gemarkeerd (★).",
            "Nothing about us without us: authors who write from lived experience are marked (★).",
        ),
    );
    w.element("ul", &[], |w| {
        for a in &tov.authors {
            w.element("li", &[], |w| {
                put!(w, { a.name }, (" ("), (a.kind.label().get(l)), (")"));
                if let Some(role) = &a.role {
                    put!(w, (" — "), { role.get(l) });
                }
                if a.lived_experience {
                    w.words(" ");
                    w.words_element(
                        "strong",
                        &[("class", "lived".into())],
                        l.pick("★ ervaringsdeskundig", "★ lived experience"),
                    );
                }
            });
        }
    });
}
