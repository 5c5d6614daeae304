//! Who pays for the care a ZHO helps avoid: the law under which each kind of care is paid and
//! the party that law makes pay, after the legal-frame chapter of the national report (001,
//! "Wettelijk kader").
//!
//! The report's summary: the Zorgverzekeringswet (Zvw) gives adults the right to mental-health
//! care, carried out by the health insurer; the Jeugdwet does the same for young people under 18,
//! carried out by the municipality; the Wet langdurige zorg (Wlz) pays for long-term care,
//! including some mental-health care with stay, through the care office (zorgkantoor); the Wet
//! verplichte ggz (Wvggz) covers compulsory care; the Wet maatschappelijke ondersteuning (Wmo)
//! makes the municipality support people with psychological problems in taking part in society;
//! the Wet publieke gezondheid (Wpg) makes the municipality, through the GGD, responsible for
//! promoting (mental) health. "De bevordering van mentale gezondheid in algemene zin [is] de
//! gezamenlijke verantwoordelijkheid van zorgverzekeraars (Zvw, Wvggz), het zorgkantoor (Wlz)
//! en de gemeente (Jeugdwet, Wmo)".

use crate::base::Label;
use crate::model::catalogue_macro::catalogue_enum;
use crate::model::SourceRef;

/// The source of the law-to-payer catalogue: the national report's legal-frame chapter.
///
/// ```
/// use theory_of_value::value::LEGAL_FRAME_SOURCE;
/// assert_eq!(LEGAL_FRAME_SOURCE.section.as_deref(), Some("Wettelijk kader"));
/// ```
pub const LEGAL_FRAME_SOURCE: SourceRef = SourceRef::new(
    "NVZH & IPW (2025), Theory of Value van de zelfregie- en herstelbeweging",
    "Wettelijk kader",
);

catalogue_enum! {
    in value;
    /// The law under which care or support is paid (001, "Wettelijk kader"), or `other` for an
    /// arrangement outside those laws, or `unknown`.
    ///
    /// ```
    /// use theory_of_value::value::{Law, Payer};
    /// assert_eq!(Law::Zvw.payer(), Payer::Insurer);
    /// assert_eq!(Law::Wmo.label().nl, "Wet maatschappelijke ondersteuning (Wmo)");
    /// ```
    #[non_exhaustive]
    pub enum Law {
        /// Health Insurance Act: mental-health care for adults, carried out by the insurer.
        Zvw = "zvw", "Zorgverzekeringswet (Zvw)", "Health Insurance Act (Zvw)";
        /// Long-term Care Act: long-term care, also some mental-health care with stay.
        Wlz = "wlz", "Wet langdurige zorg (Wlz)", "Long-term Care Act (Wlz)";
        /// Youth Act: mental-health care for young people under 18, carried out by the municipality.
        Jeugdwet = "jeugdwet", "Jeugdwet", "Youth Act (Jeugdwet)";
        /// Social Support Act: support in taking part in society, by the municipality.
        Wmo = "wmo", "Wet maatschappelijke ondersteuning (Wmo)", "Social Support Act (Wmo)";
        /// Public Health Act: promoting public and mental health, by the municipality through the GGD.
        Wpg = "wpg", "Wet publieke gezondheid (Wpg)", "Public Health Act (Wpg)";
        /// Compulsory Mental Health Care Act.
        Wvggz = "wvggz", "Wet verplichte ggz (Wvggz)", "Compulsory Mental Health Care Act (Wvggz)";
        /// Another arrangement than the laws above (e.g. benefits, a fund).
        Other = "other", "Andere regeling", "Other arrangement";
        /// Not known: the estimate then cannot say who saves.
        Unknown = "unknown", "Onbekend", "Unknown";
    }
}

catalogue_enum! {
    in value;
    /// Who pays: the party a law makes responsible (001, "Wettelijk kader").
    ///
    /// ```
    /// use theory_of_value::value::Payer;
    /// assert_eq!(Payer::CareOffice.label().nl, "Zorgkantoor");
    /// ```
    #[non_exhaustive]
    pub enum Payer {
        /// The health insurer (Zvw, Wvggz).
        Insurer = "insurer", "Zorgverzekeraar", "Health insurer";
        /// The care office (Wlz).
        CareOffice = "care_office", "Zorgkantoor", "Care office (zorgkantoor)";
        /// The municipality (Jeugdwet, Wmo, Wpg).
        Municipality = "municipality", "Gemeente", "Municipality";
        /// Another payer (a fund, a benefits agency…).
        Other = "other", "Andere financier", "Other payer";
        /// Not known.
        Unknown = "unknown", "Onbekend", "Unknown";
    }
}

impl Law {
    /// The party the law makes pay: "zorgverzekeraars (Zvw, Wvggz), het zorgkantoor (Wlz) en de
    /// gemeente (Jeugdwet, Wmo)"; the Wpg makes municipalities responsible for promoting health
    /// (001, "Wettelijk kader").
    ///
    /// ```
    /// use theory_of_value::value::{Law, Payer};
    /// assert_eq!(Law::Wvggz.payer(), Payer::Insurer);
    /// assert_eq!(Law::Wlz.payer(), Payer::CareOffice);
    /// assert_eq!(Law::Jeugdwet.payer(), Payer::Municipality);
    /// assert_eq!(Law::Unknown.payer(), Payer::Unknown);
    /// ```
    pub const fn payer(self) -> Payer {
        match self {
            Law::Zvw | Law::Wvggz => Payer::Insurer,
            Law::Wlz => Payer::CareOffice,
            Law::Jeugdwet | Law::Wmo | Law::Wpg => Payer::Municipality,
            Law::Other => Payer::Other,
            Law::Unknown => Payer::Unknown,
        }
    }

    /// What the law covers, in the words of the report's summary (001, "Wettelijk kader",
    /// "Samenvattend"); for `other` and `unknown` a description of our own.
    ///
    /// ```
    /// use theory_of_value::value::Law;
    /// assert!(Law::Wmo.scope().nl.contains("participatie"));
    /// ```
    pub const fn scope(self) -> Label {
        match self {
            Law::Zvw => Label::new(
                "garandeert het recht op geestelijke gezondheidszorg (voor volwassenen)",
                "guarantees the right to mental-health care (for adults)",
            ),
            Law::Wlz => Label::new(
                "garandeert het recht op langdurige gezondheidszorg, ook sommige ggz met verblijf",
                "guarantees the right to long-term care, including some mental-health care with stay",
            ),
            Law::Jeugdwet => Label::new(
                "garandeert het recht op geestelijke gezondheidszorg voor jongeren tot 18 jaar",
                "guarantees the right to mental-health care for young people under 18",
            ),
            Law::Wmo => Label::new(
                "regelt de ondersteuning van mensen met psychische problemen bij hun participatie in de samenleving",
                "arranges support for people with psychological problems in taking part in society",
            ),
            Law::Wpg => Label::new(
                "maakt gemeenten verantwoordelijk voor het bevorderen van publieke en mentale gezondheid; de GGD voert dat uit",
                "makes municipalities responsible for promoting public and mental health, carried out by the GGD",
            ),
            Law::Wvggz => Label::new(
                "garandeert de behandeling en bescherming van mensen met psychische problemen die een gevaar vormen voor zichzelf of anderen",
                "guarantees care and protection for people with psychological problems who are a danger to themselves or others",
            ),
            Law::Other => Label::new(
                "een regeling buiten de zorgwetten hierboven (aanname van deze crate)",
                "an arrangement outside the care laws above (this crate's assumption)",
            ),
            Law::Unknown => Label::new("niet bekend", "not known"),
        }
    }
}

/// The legal frame a kind of care carries in the catalogue: its law, and whether that comes
/// from the source or is this crate's assumption, with the reason.
///
/// ```
/// use theory_of_value::value::{CareKind, Law};
/// let f = CareKind::BasicMentalHealth.frame().unwrap();
/// assert_eq!(f.law, Law::Zvw);
/// assert!(f.from_source);
/// assert!(CareKind::Own.frame().is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct CareFrame {
    /// The law under which the care is paid.
    pub law: Law,
    /// `true` when the source says so; `false` when it is this crate's assumption.
    pub from_source: bool,
    /// Where it comes from, or why we assume it.
    pub basis: Label,
}

catalogue_enum! {
    in value;
    /// Kinds of care and support a visit to a ZHO can make unnecessary. The vocabulary is
    /// open: use `own` with a label.
    ///
    /// ```
    /// use theory_of_value::value::CareKind;
    /// assert_eq!(CareKind::CrisisCare.label().nl, "Crisiszorg en acute opname");
    /// ```
    #[non_exhaustive]
    pub enum CareKind {
        /// Specialist mental-health care.
        SpecialistMentalHealth = "specialist_mental_health", "Specialistische ggz", "Specialist mental-health care";
        /// Basic (generalist) mental-health care.
        BasicMentalHealth = "basic_mental_health", "Generalistische basis-ggz", "Basic mental-health care";
        /// Crisis care and acute admission.
        CrisisCare = "crisis_care", "Crisiszorg en acute opname", "Crisis care and acute admission";
        /// General practitioner and practice-nurse (poh-ggz) consultations.
        GpCare = "gp_care", "Huisarts en poh-ggz", "GP and practice-nurse consultations";
        /// Support under the Social Support Act (Wmo).
        WmoSupport = "wmo_support", "Wmo-ondersteuning", "Social support (Wmo)";
        /// Sheltered housing.
        ShelteredHousing = "sheltered_housing", "Beschermd wonen", "Sheltered housing";
        /// Benefits and re-integration.
        BenefitsReintegration = "benefits_reintegration", "Uitkering en re-integratie", "Benefits and re-integration";
        /// Care or support of the organisation's own naming; give it a label.
        Own = "own", "Eigen soort zorg of ondersteuning", "Own kind of care or support";
    }
}

impl CareKind {
    /// The legal frame of a catalogue kind of care: its law, attributed to the report's
    /// legal-frame chapter where the source says so, and marked as this crate's assumption where
    /// it does not. `None` for `own`, which must name its law.
    ///
    /// ```
    /// use theory_of_value::value::{CareKind, Law, Payer};
    /// let crisis = CareKind::CrisisCare.frame().unwrap();
    /// assert_eq!(crisis.law.payer(), Payer::Insurer);
    /// let housing = CareKind::ShelteredHousing.frame().unwrap();
    /// assert!(!housing.from_source);
    /// ```
    pub const fn frame(self) -> Option<CareFrame> {
        const fn source(law: Law, nl: &'static str, en: &'static str) -> Option<CareFrame> {
            Some(CareFrame {
                law,
                from_source: true,
                basis: Label::new(nl, en),
            })
        }
        const fn assumed(law: Law, nl: &'static str, en: &'static str) -> Option<CareFrame> {
            Some(CareFrame {
                law,
                from_source: false,
                basis: Label::new(nl, en),
            })
        }
        match self {
            CareKind::SpecialistMentalHealth | CareKind::BasicMentalHealth => source(
                Law::Zvw,
                "001, Wettelijk kader: de Zvw regelt het recht op ggz voor volwassenen; de verzekeraar voert die uit",
                "001, Wettelijk kader: the Zvw gives adults the right to mental-health care, carried out by the insurer",
            ),
            CareKind::CrisisCare => source(
                Law::Zvw,
                "000, hoofdstuk 1: de ggz-kosten (zoals een HIC-opname) worden betaald door de zorgverzekeraar, vanuit de Zvw",
                "000, chapter 1: mental-health costs (such as a HIC admission) are paid by the insurer under the Zvw",
            ),
            CareKind::GpCare => source(
                Law::Zvw,
                "001, Wettelijk kader: huisarts en poh-ggz vallen ook voor jongeren niet onder de Jeugdwet",
                "001, Wettelijk kader: GP and practice-nurse care stay outside the Jeugdwet, even for young people",
            ),
            CareKind::WmoSupport => source(
                Law::Wmo,
                "001, Wettelijk kader: de Wmo draagt gemeenten op mensen met psychische problemen te ondersteunen bij hun participatie",
                "001, Wettelijk kader: the Wmo makes municipalities support people with psychological problems in taking part",
            ),
            CareKind::ShelteredHousing => assumed(
                Law::Wmo,
                "aanname van deze crate: beschermd wonen als Wmo-voorziening van de gemeente; de bron noemt het niet (met een Wlz-indicatie: Wlz)",
                "this crate's assumption: sheltered housing as a municipal Wmo provision; the source does not name it (with a Wlz assessment: Wlz)",
            ),
            CareKind::BenefitsReintegration => assumed(
                Law::Other,
                "aanname van deze crate: uitkering en re-integratie vallen buiten de zorgwetten die de bron noemt",
                "this crate's assumption: benefits and re-integration fall outside the care laws the source names",
            ),
            CareKind::Own => None,
        }
    }
}
