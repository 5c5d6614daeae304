//! The organisation's own funding: its agreements with funders, their streams, forms and
//! accountability, with totals beside the movement's reference figures (001, "Kostprijs en
//! financieringsmodel"); the funding need per inhabitant; and break-even against avoided care
//! (000, chapter 1).

use crate::base::{Code, Message, Report, Text};
use crate::model::catalogue_macro::catalogue_enum;
use crate::model::{Id, SourceRef};
use crate::read::pointer::Ptr;
use crate::rules::common::{blank, check_texts, duplicate_id};
use crate::value::{Law, Money, Payer, Period};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

catalogue_enum! {
    in value;
    /// The kind of funder of an agreement. The report names the municipality (Wmo), the region
    /// (IZA-SPUK), funds (Oranje Fonds, Social Run) and subcontracting (GGZ, RIBW) (001,
    /// "Financieringsstromen en -vormen"); insurers finance some ZHOs as subcontractor or
    /// experiment (001, "Wettelijk kader").
    ///
    /// ```
    /// use theory_of_value::value::{FunderKind, Payer};
    /// assert_eq!(FunderKind::Region.label().nl, "Regio (bijvoorbeeld IZA-SPUK)");
    /// assert_eq!(FunderKind::Insurer.payer(), Payer::Insurer);
    /// ```
    #[non_exhaustive]
    pub enum FunderKind {
        /// A municipality, e.g. under the Wmo.
        Municipality = "municipality", "Gemeente", "Municipality";
        /// A region, e.g. IZA-SPUK funds.
        Region = "region", "Regio (bijvoorbeeld IZA-SPUK)", "Region (e.g. IZA-SPUK)";
        /// A health insurer.
        Insurer = "insurer", "Zorgverzekeraar", "Health insurer";
        /// A private fund (e.g. Oranje Fonds).
        Fund = "fund", "Fonds", "Fund";
        /// Subcontracting via a care provider (GGZ, RIBW).
        Subcontracting = "subcontracting", "Onderaannemerschap via een zorgaanbieder", "Subcontracting via a care provider";
        /// Another funder.
        Other = "other", "Andere financier", "Other funder";
        /// Not known (`TOV224`).
        Unknown = "unknown", "Onbekend", "Unknown";
    }
}

catalogue_enum! {
    in value;
    /// The form of an agreement: the report sees forms "van lumpsum tot PGB" (001,
    /// "Financieringsstromen en -vormen").
    ///
    /// ```
    /// use theory_of_value::value::FundingForm;
    /// assert_eq!(FundingForm::LumpSum.label().nl, "Lumpsum");
    /// ```
    #[non_exhaustive]
    pub enum FundingForm {
        /// A subsidy.
        Subsidy = "subsidy", "Subsidie", "Subsidy";
        /// Lump-sum funding.
        LumpSum = "lump_sum", "Lumpsum", "Lump sum";
        /// A tender (aanbesteding, inkoop).
        Tender = "tender", "Aanbesteding of inkoop", "Tender or purchase";
        /// A subcontract.
        Subcontracting = "subcontracting", "Onderaanneming", "Subcontract";
        /// Personal budgets (pgb) of participants.
        Pgb = "pgb", "Persoonsgebonden budget (pgb)", "Personal budget (pgb)";
        /// Project funding.
        Project = "project", "Projectfinanciering", "Project funding";
    }
}

catalogue_enum! {
    in value;
    /// Whether an agreement runs one year or several: forms range "van eenjarig tot meerjarig"
    /// (001, "Financieringsstromen en -vormen").
    ///
    /// ```
    /// use theory_of_value::value::FundingTerm;
    /// assert_eq!(FundingTerm::MultiYear.label().en, "Multi-year");
    /// ```
    #[non_exhaustive]
    pub enum FundingTerm {
        /// One year.
        OneYear = "one_year", "Eenjarig", "One-year";
        /// Several years.
        MultiYear = "multi_year", "Meerjarig", "Multi-year";
    }
}

impl FunderKind {
    /// Who pays when the agreement names no law. A region's IZA-SPUK money counts as the
    /// municipalities' (this crate's assumption: the grant goes to municipalities); a fund is
    /// another payer; subcontracting depends on the care provider's own funding (GGZ via the
    /// insurer, RIBW via the municipality), so it is unknown unless the agreement names its law.
    ///
    /// ```
    /// use theory_of_value::value::{FunderKind, Payer};
    /// assert_eq!(FunderKind::Region.payer(), Payer::Municipality);
    /// assert_eq!(FunderKind::Subcontracting.payer(), Payer::Unknown);
    /// ```
    pub const fn payer(self) -> Payer {
        match self {
            FunderKind::Municipality | FunderKind::Region => Payer::Municipality,
            FunderKind::Insurer => Payer::Insurer,
            FunderKind::Fund | FunderKind::Other => Payer::Other,
            FunderKind::Subcontracting | FunderKind::Unknown => Payer::Unknown,
        }
    }
}

/// The accountability an agreement asks: "aan iedere financieringsafspraak zitten afspraken
/// over verantwoording" (001, "Financieringsstromen en -vormen").
///
/// ```
/// let a = theory_of_value::value::Accountability::default();
/// assert_eq!(a.reports_per_year, 0);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Accountability {
    /// Reports the funder asks per year.
    #[serde(default)]
    pub reports_per_year: u8,
    /// The indicators the funder asks to report on, e.g. visitor numbers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<Text>,
}

impl Accountability {
    /// Whether nothing is asked.
    ///
    /// ```
    /// assert!(theory_of_value::value::Accountability::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.reports_per_year == 0 && self.indicators.is_empty()
    }
}

/// One funding agreement: a funder, its kind, the law the money comes under, the form and
/// term, the amount over the agreement's period, and the accountability it asks.
///
/// ```
/// let f = theory_of_value::example::funding();
/// let a = &f.agreements[0];
/// assert_eq!(a.payer(), theory_of_value::value::Payer::Municipality);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    /// Identifier, unique in the document.
    pub id: Id,
    /// The funder's name.
    pub funder: String,
    /// The kind of funder.
    pub funder_kind: FunderKind,
    /// The law the money comes under (e.g. `wmo`), where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law: Option<Law>,
    /// The form of funding.
    pub form: FundingForm,
    /// One-year or multi-year.
    pub term: FundingTerm,
    /// The amount over the agreement's period, in euro cents.
    pub amount: Money,
    /// The period the amount covers.
    pub period: Period,
    /// What the funder asks in return.
    #[serde(default, skip_serializing_if = "Accountability::is_empty")]
    pub accountability: Accountability,
}

impl Agreement {
    /// Who pays: the payer of the agreement's law, or else of its funder kind.
    ///
    /// ```
    /// use theory_of_value::value::{Law, Payer};
    /// let mut a = theory_of_value::example::funding().agreements[0].clone();
    /// a.law = Some(Law::Zvw);
    /// assert_eq!(a.payer(), Payer::Insurer);
    /// ```
    pub fn payer(&self) -> Payer {
        match self.law {
            Some(law) if law != Law::Unknown => law.payer(),
            _ => self.funder_kind.payer(),
        }
    }
}

/// An organisation's funding over a period: its agreements.
///
/// ```
/// let f = theory_of_value::example::funding();
/// assert!(f.validate().is_clean());
/// assert_eq!(f.totals()?.agreements, f.agreements.len());
/// # Ok::<(), theory_of_value::Report>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Funding {
    /// The JSON Schema this document claims to follow (for editors; not interpreted).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Identifier of this document.
    pub id: Id,
    /// The organisation funded.
    pub organisation: String,
    /// The period the document covers.
    pub period: Period,
    /// The agreements.
    #[serde(default)]
    pub agreements: Vec<Agreement>,
    /// Where the figures come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
}

/// The sum of the agreements of one kind of funder.
///
/// ```
/// let t = theory_of_value::example::funding().totals()?;
/// let first = &t.by_funder_kind[0];
/// assert!(!first.agreements.is_empty());
/// # Ok::<(), theory_of_value::Report>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FunderKindTotal {
    /// The kind of funder.
    pub funder_kind: FunderKind,
    /// The sum of its agreements' amounts.
    pub amount: Money,
    /// The agreements summed (indices into `agreements`, from 0).
    pub agreements: Vec<usize>,
}

/// The sum of the agreements one payer funds.
///
/// ```
/// let t = theory_of_value::example::funding().totals()?;
/// assert_eq!(t.by_payer.iter().map(|p| p.amount.cents()).sum::<u64>(), t.total.cents());
/// # Ok::<(), theory_of_value::Report>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FunderPayerTotal {
    /// Who pays.
    pub payer: Payer,
    /// The sum of the amounts.
    pub amount: Money,
    /// The agreements summed (indices into `agreements`, from 0).
    pub agreements: Vec<usize>,
}

/// The totals of a funding document: the sum, per kind of funder and per payer, and the
/// number of agreements, funders, streams and forms.
///
/// A *stream* is a distinct combination of funder kind and law (the report's examples:
/// municipality under the Wmo, region under IZA-SPUK, funds, subcontracting); a *form* is a
/// distinct combination of form and term (the report's "van eenjarig tot meerjarig en van
/// lumpsum tot PGB"). How the report's survey counted them is not stated: this counting is
/// this crate's assumption.
///
/// ```
/// let t = theory_of_value::example::funding().totals()?;
/// assert_eq!(t.total.cents(), t.by_funder_kind.iter().map(|k| k.amount.cents()).sum::<u64>());
/// # Ok::<(), theory_of_value::Report>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FundingTotals {
    /// The sum of all agreements.
    pub total: Money,
    /// Per kind of funder, in catalogue order; kinds without agreements left out.
    pub by_funder_kind: Vec<FunderKindTotal>,
    /// Per payer, in catalogue order; payers without agreements left out.
    pub by_payer: Vec<FunderPayerTotal>,
    /// The number of agreements.
    pub agreements: usize,
    /// The number of distinct funders (names compared without case and surrounding space).
    pub funders: usize,
    /// The number of distinct streams (funder kind and law).
    pub streams: usize,
    /// The number of distinct forms (form and term).
    pub forms: usize,
}

/// The movement's reference figures on funding (001, "Financieringsstromen en -vormen"): in
/// NVZH's 2024 survey of 25 ZHOs nine streams were named, and a ZHO had on average 2.2
/// streams and 3.5 forms; an organisation with a turnover of €1.5 million commonly has 20 to
/// 30 agreements.
///
/// ```
/// use theory_of_value::value::MOVEMENT_FUNDING;
/// assert_eq!(MOVEMENT_FUNDING.streams_tenths, 22);
/// assert_eq!(MOVEMENT_FUNDING.agreements_at_turnover, (20, 30));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FundingReference {
    /// Average streams per ZHO, in tenths (22 is 2.2).
    pub streams_tenths: u32,
    /// Average forms per ZHO, in tenths (35 is 3.5).
    pub forms_tenths: u32,
    /// Streams named in the survey.
    pub streams_named: u32,
    /// ZHOs surveyed.
    pub surveyed: u32,
    /// Agreements (lowest, highest) at the turnover below.
    pub agreements_at_turnover: (u32, u32),
    /// The turnover those agreements go with.
    pub turnover: Money,
    /// The source.
    pub source: SourceRef,
}

/// The movement's reference figures; see [`FundingReference`].
///
/// ```
/// use theory_of_value::value::{Money, MOVEMENT_FUNDING};
/// assert_eq!(MOVEMENT_FUNDING.turnover, Money::from_euros(1_500_000));
/// ```
pub const MOVEMENT_FUNDING: FundingReference = FundingReference {
    streams_tenths: 22,
    forms_tenths: 35,
    streams_named: 9,
    surveyed: 25,
    agreements_at_turnover: (20, 30),
    turnover: Money::from_euros(1_500_000),
    source: SourceRef::new(
        "NVZH & IPW (2025), Theory of Value van de zelfregie- en herstelbeweging",
        "Kostprijs en financieringsmodel, Financieringsstromen en -vormen",
    ),
};

/// The funding need per inhabitant the movement estimates: about €15 (001, "Kostprijs" and
/// "Benodigde financiering"; "nog een zeer grove schatting").
///
/// ```
/// use theory_of_value::value::{Money, NEED_PER_INHABITANT};
/// assert_eq!(NEED_PER_INHABITANT, Money::from_euros(15));
/// ```
pub const NEED_PER_INHABITANT: Money = Money::from_euros(15);

/// The funding need of an area at [`NEED_PER_INHABITANT`]: €15 × the inhabitants you give.
/// No population figure is built in; `None` on overflow.
///
/// ```
/// use theory_of_value::value::{funding_need, Money};
/// assert_eq!(funding_need(40_000), Some(Money::from_euros(600_000)));
/// ```
pub fn funding_need(inhabitants: u64) -> Option<Money> {
    NEED_PER_INHABITANT.checked_mul(inhabitants)
}

/// Break-even: how many participants one avoided care episode pays for.
///
/// ```
/// use theory_of_value::value::{break_even, Money};
/// let b = break_even(Money::from_euros(3_000), Money::from_euros(12_650)).unwrap();
/// assert_eq!(b.participants_per_episode, 4);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BreakEven {
    /// The organisation's cost per participant per year.
    pub cost_per_participant: Money,
    /// The yearly cost of the avoided care episode.
    pub episode_cost: Money,
    /// The most participants whose cost one avoided episode covers: ⌊episode ÷ cost⌋. Zero when
    /// even one participant costs more than the episode.
    pub participants_per_episode: u64,
    /// Their cost: participants × cost per participant.
    pub covered_cost: Money,
    /// What is left: episode cost − covered cost.
    pub margin: Money,
}

/// Break-even of an organisation against one kind of avoided care: given the cost per
/// participant per year and the cost of an avoided care episode, how many participants per
/// avoided episode cover the cost (the largest `n` with `n × cost ≤ episode`). `None` when the
/// cost per participant is zero.
///
/// The example of 000 (chapter 1, footnote 5): €3,000 per participant a year against a forced
/// admission to a High and Intensive Care unit of at most €602.39 a day for the usual three
/// weeks, about €12,650 — so avoiding one admission a year per four participants already
/// covers the cost.
///
/// ```
/// use theory_of_value::value::{break_even, Money};
/// let hic = Money::from_cents(60_239).checked_mul(21).unwrap(); // €12,650.19
/// let b = break_even(Money::from_euros(3_000), hic).unwrap();
/// assert_eq!(b.participants_per_episode, 4);
/// assert_eq!(b.covered_cost, Money::from_euros(12_000));
/// assert_eq!(b.margin, Money::from_cents(65_019)); // €650.19 to spare
/// assert!(break_even(Money::ZERO, hic).is_none());
/// ```
pub fn break_even(cost_per_participant: Money, episode_cost: Money) -> Option<BreakEven> {
    let cost = cost_per_participant.cents();
    if cost == 0 {
        return None;
    }
    let n = episode_cost.cents() / cost;
    // n × cost ≤ episode, so neither overflows nor underflows.
    let covered = Money::from_cents(n * cost);
    Some(BreakEven {
        cost_per_participant,
        episode_cost,
        participants_per_episode: n,
        covered_cost: covered,
        margin: Money::from_cents(episode_cost.cents() - covered.cents()),
    })
}

fn overflow_report() -> Report {
    let mut r = Report::new();
    r.push(
        Code::Overflow,
        "/agreements",
        Message::new(
            "De som van de afspraken is te groot om exact te rekenen (meer dan 2^64 − 1 cent).",
            "The sum of the agreements is too large to compute exactly (over 2^64 − 1 cents).",
        ),
    );
    r
}

fn sum(agreements: &[Agreement], which: &[usize]) -> Result<Money, Report> {
    which.iter().try_fold(Money::ZERO, |s, &i| {
        s.checked_add(agreements[i].amount)
            .ok_or_else(overflow_report)
    })
}

fn overlaps(a: &Period, b: &Period) -> bool {
    a.start.first_day() <= b.end.last_day() && b.start.first_day() <= a.end.last_day()
}

fn period_order(r: &mut Report, p: &Period, path: String) {
    if p.end.last_day() < p.start.first_day() {
        r.push(
            Code::AgreementPeriodOrder,
            path,
            Message::new(
                format!(
                    "De periode eindigt ({}) voor hij begint ({}).",
                    p.end, p.start
                ),
                format!(
                    "The period ends ({}) before it starts ({}).",
                    p.end, p.start
                ),
            ),
        );
    }
}

impl Funding {
    /// Reads a funding document from JSON text.
    ///
    /// # Errors
    /// [`ParseError`](crate::ParseError) with a JSON Pointer, line and column, code and message.
    ///
    /// ```
    /// let f = theory_of_value::value::Funding::from_json_str(theory_of_value::example::FUNDING_JSON)?;
    /// assert!(!f.agreements.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json_str(text: &str) -> Result<Self, crate::read::ParseError> {
        crate::read::from_json_str(text)
    }

    /// The totals: the sum, per kind of funder and per payer, and the counts of agreements,
    /// funders, streams and forms. Every total is the exact sum of its agreements.
    ///
    /// # Errors
    /// A [`Report`] with `TOV213` when the sum is beyond 2^64 − 1 cents.
    ///
    /// ```
    /// let t = theory_of_value::example::funding().totals()?;
    /// assert!(t.streams <= t.agreements && t.forms <= t.agreements);
    /// # Ok::<(), theory_of_value::Report>(())
    /// ```
    pub fn totals(&self) -> Result<FundingTotals, Report> {
        let all: Vec<usize> = (0..self.agreements.len()).collect();
        let total = sum(&self.agreements, &all)?;
        let mut by_funder_kind = Vec::new();
        for &kind in FunderKind::ALL {
            let which: Vec<usize> = all
                .iter()
                .copied()
                .filter(|&i| self.agreements[i].funder_kind == kind)
                .collect();
            if !which.is_empty() {
                by_funder_kind.push(FunderKindTotal {
                    funder_kind: kind,
                    amount: sum(&self.agreements, &which)?,
                    agreements: which,
                });
            }
        }
        let mut by_payer = Vec::new();
        for &payer in Payer::ALL {
            let which: Vec<usize> = all
                .iter()
                .copied()
                .filter(|&i| self.agreements[i].payer() == payer)
                .collect();
            if !which.is_empty() {
                by_payer.push(FunderPayerTotal {
                    payer,
                    amount: sum(&self.agreements, &which)?,
                    agreements: which,
                });
            }
        }
        let distinct = |keys: Vec<String>| {
            keys.into_iter()
                .collect::<std::collections::BTreeSet<_>>()
                .len()
        };
        Ok(FundingTotals {
            total,
            by_funder_kind,
            by_payer,
            agreements: self.agreements.len(),
            funders: distinct(self.agreements.iter().map(funder_key).collect()),
            streams: distinct(
                self.agreements
                    .iter()
                    .map(|a| format!("{}/{}", a.funder_kind, a.law.map_or("", Law::id)))
                    .collect(),
            ),
            forms: distinct(
                self.agreements
                    .iter()
                    .map(|a| format!("{}/{}", a.form, a.term))
                    .collect(),
            ),
        })
    }

    /// Checks the funding document: texts and identifiers, periods (`TOV222`, `TOV227`),
    /// agreements that may be counted twice (`TOV223`), unknown funder kinds (`TOV224`), zero
    /// amounts (`TOV225`), no agreements at all (`TOV226`), a funder kind that disagrees with
    /// the law (`TOV228`), and a sum too large to compute (`TOV213`).
    ///
    /// ```
    /// let mut f = theory_of_value::example::funding().clone();
    /// f.agreements[0].amount = theory_of_value::value::Money::ZERO;
    /// assert_eq!(f.validate().pairs(), vec![("TOV225", "/agreements/0/amount")]);
    /// ```
    pub fn validate(&self) -> Report {
        let mut r = Report::new();
        if self.organisation.trim().is_empty() {
            blank(&mut r, "/organisation".into());
        }
        period_order(&mut r, &self.period, "/period".into());
        if self.agreements.is_empty() {
            r.push(
                Code::NoAgreements,
                "/agreements",
                Message::new(
                    "Dit document noemt geen financieringsafspraken.",
                    "This document names no funding agreements.",
                ),
            );
        }
        let mut seen: std::collections::HashMap<&str, Ptr> = std::collections::HashMap::new();
        let mut texts: Vec<(String, &Text)> = Vec::new();
        let overlapping = first_overlaps(&self.agreements);
        for (i, a) in self.agreements.iter().enumerate() {
            let base = Ptr::at("agreements").index(i);
            match seen.get(a.id.as_str()) {
                Some(first) => duplicate_id(&mut r, a.id.as_str(), *first, base),
                None => {
                    seen.insert(a.id.as_str(), base);
                }
            }
            self.check_agreement(a, base, overlapping[i], &mut r);
            for (k, t) in a.accountability.indicators.iter().enumerate() {
                texts.push((format!("{base}/accountability/indicators/{k}"), t));
            }
        }
        check_texts(texts, &mut r);
        if self.totals().is_err() {
            r.findings.extend(overflow_report().findings);
        }
        r
    }

    /// The checks of agreement `a` (at `base`) on its own and against the document's period;
    /// `overlapping` is the earlier agreement it may repeat (`TOV223`).
    fn check_agreement(
        &self,
        a: &Agreement,
        base: Ptr,
        overlapping: Option<usize>,
        r: &mut Report,
    ) {
        if a.funder.trim().is_empty() {
            blank(r, format!("{base}/funder"));
        }
        funder_kind(a, base, r);
        if a.amount == Money::ZERO {
            r.push(
                Code::ZeroAmount,
                format!("{base}/amount"),
                Message::new(
                    "Deze afspraak is € 0,00: vul het bedrag in eurocenten in.",
                    "This agreement is €0.00: fill in the amount in euro cents.",
                ),
            );
        }
        period_order(r, &a.period, format!("{base}/period"));
        let (p, q) = (&self.period, &a.period);
        if p.start.first_day() <= p.end.last_day()
            && q.start.first_day() <= q.end.last_day()
            && !overlaps(p, q)
        {
            r.push(
                Code::AgreementOutsidePeriod,
                format!("{base}/period"),
                Message::new(
                    format!("De afspraak ({} – {}) valt helemaal buiten de periode van dit document ({} – {}).", q.start, q.end, p.start, p.end),
                    format!("The agreement ({} – {}) lies wholly outside this document's period ({} – {}).", q.start, q.end, p.start, p.end),
                ),
            );
        }
        if let Some(j) = overlapping {
            let b = &self.agreements[j];
            r.push(
                Code::OverlappingAgreements,
                base.to_string(),
                Message::new(
                    format!("Deze afspraak met `{}` overlapt in tijd met afspraak `{}` van dezelfde financier en vorm (/agreements/{j}); staat dezelfde afspraak er twee keer in, dan telt het bedrag dubbel.", a.funder, b.id),
                    format!("This agreement with `{}` overlaps in time with agreement `{}` of the same funder and form (/agreements/{j}); if it is the same agreement twice, its amount counts twice.", a.funder, b.id),
                ),
            );
        }
    }
}

/// The kind of funder of agreement `a` (at `base`): known (`TOV224`), and the payer its law
/// names (`TOV228`).
fn funder_kind(a: &Agreement, base: Ptr, r: &mut Report) {
    if a.funder_kind == FunderKind::Unknown {
        r.push(
            Code::UnknownFunderKind,
            format!("{base}/funder_kind"),
            Message::new(
                format!("Van financier `{}` is niet bekend wat voor financier het is; de totalen per soort financier kunnen de afspraak niet plaatsen.", a.funder),
                format!("The kind of funder `{}` is not known; the totals per kind of funder cannot place the agreement.", a.funder),
            ),
        );
    }
    if let Some(law) = a.law {
        let by_kind = a.funder_kind.payer();
        if law != Law::Unknown
            && matches!(by_kind, Payer::Insurer | Payer::Municipality)
            && law.payer() != by_kind
        {
            r.push(
                Code::FunderLawMismatch,
                format!("{base}/law"),
                Message::new(
                    format!("Een financier van het soort '{}' betaalt niet onder de {}: die wet noemt als betaler '{}'.", a.funder_kind.label().nl, law.label().nl, law.payer().label().nl),
                    format!("A funder of the kind '{}' does not pay under the {}: that law names '{}' as payer.", a.funder_kind.label().en, law.label().en, law.payer().label().en),
                ),
            );
        }
    }
}

fn funder_key(a: &Agreement) -> String {
    a.funder.trim().to_lowercase()
}

/// For each agreement, the first earlier one of the same funder (trimmed, lower case), kind of
/// funder and form whose period [`overlaps`] its own, if any (`TOV223`).
///
/// Agreements are grouped by funder, kind and form; within a group, the earlier agreements in
/// turn claim every later one not yet claimed whose period overlaps theirs, found in a tree of
/// the later agreements ordered by start with the latest end of each subtree. Each agreement is
/// claimed or passed once, so this is O(n log n) where comparing every pair would be O(n²).
fn first_overlaps(agreements: &[Agreement]) -> Vec<Option<usize>> {
    let mut out = vec![None; agreements.len()];
    let mut groups: std::collections::HashMap<(String, FunderKind, FundingForm), Vec<usize>> =
        std::collections::HashMap::new();
    for (i, a) in agreements.iter().enumerate() {
        groups
            .entry((funder_key(a), a.funder_kind, a.form))
            .or_default()
            .push(i);
    }
    for group in groups.values().filter(|g| g.len() > 1) {
        // `group` holds indices in document order.
        let start = |k: usize| agreements[group[k]].period.start.first_day();
        let end = |k: usize| agreements[group[k]].period.end.last_day();
        let mut by_start: Vec<usize> = (0..group.len()).collect();
        by_start.sort_by_key(|&k| start(k));
        let starts: Vec<jiff::civil::Date> = by_start.iter().map(|&k| start(k)).collect();
        let mut rank = vec![0; group.len()];
        for (r, &k) in by_start.iter().enumerate() {
            rank[k] = r;
        }
        let mut tree = LatestEnd::new(by_start.iter().map(|&k| end(k)).collect());
        for k in 0..group.len() {
            tree.remove(rank[k]);
            // Later agreements starting by this one's end and ending from its start.
            let within = starts.partition_point(|s| *s <= end(k));
            while let Some(r) = tree.first_ending_from(within, start(k)) {
                tree.remove(r);
                out[group[by_start[r]]] = Some(group[k]);
            }
        }
    }
    out
}

/// A segment tree over dates (the ends of agreements, ordered by start) holding the latest
/// date of each subtree; a removed leaf holds `None`.
struct LatestEnd {
    leaves: usize,
    tree: Vec<Option<jiff::civil::Date>>,
}

impl LatestEnd {
    fn new(ends: Vec<jiff::civil::Date>) -> Self {
        let leaves = ends.len().next_power_of_two();
        let mut tree = vec![None; 2 * leaves];
        for (i, e) in ends.into_iter().enumerate() {
            tree[leaves + i] = Some(e);
        }
        for n in (1..leaves).rev() {
            tree[n] = tree[2 * n].max(tree[2 * n + 1]);
        }
        LatestEnd { leaves, tree }
    }

    fn remove(&mut self, leaf: usize) {
        let mut n = self.leaves + leaf;
        self.tree[n] = None;
        while n > 1 {
            n /= 2;
            self.tree[n] = self.tree[2 * n].max(self.tree[2 * n + 1]);
        }
    }

    /// The first leaf before `within` whose date is on or after `from`.
    fn first_ending_from(&self, within: usize, from: jiff::civil::Date) -> Option<usize> {
        let (mut n, mut lo, mut width) = (1, 0, self.leaves);
        // Descend, keeping the leftmost subtree that can hold a match; back up to the next
        // subtree to the right when one cannot.
        let mut stack: Vec<(usize, usize, usize)> = Vec::new();
        loop {
            if lo < within && self.tree[n] >= Some(from) {
                if width == 1 {
                    return Some(lo);
                }
                width /= 2;
                stack.push((2 * n + 1, lo + width, width));
                n *= 2;
            } else {
                (n, lo, width) = stack.pop()?;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DocumentDate;

    /// The rule as it reads: the first earlier agreement of the same funder, kind and form
    /// whose period overlaps.
    fn pairwise(agreements: &[Agreement]) -> Vec<Option<usize>> {
        agreements
            .iter()
            .enumerate()
            .map(|(i, a)| {
                agreements[..i].iter().position(|b| {
                    funder_key(a) == funder_key(b)
                        && a.funder_kind == b.funder_kind
                        && a.form == b.form
                        && overlaps(&a.period, &b.period)
                })
            })
            .collect()
    }

    #[test]
    fn overlaps_found_in_a_tree_are_those_found_pair_by_pair() {
        let base = crate::example::funding().agreements[0].clone();
        // A small linear congruential generator: the same agreements on every run.
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: u64| {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (x >> 33) % n
        };
        for round in 0..40 {
            let n = 1 + round * 3;
            let agreements: Vec<Agreement> = (0..n)
                .map(|_| {
                    let mut a = base.clone();
                    a.funder = ["Gemeente A", " gemeente a", "Fonds B"][next(3) as usize].into();
                    let year = |y: u64| 2020 + i16::try_from(y).unwrap_or(0);
                    let date = |k: u64, y: i16, m: u64| match k {
                        0 => DocumentDate::Year(y),
                        _ => DocumentDate::Month(y, 1 + i8::try_from(m).unwrap_or(0)),
                    };
                    let start = date(next(2), year(next(6)), next(12));
                    // Now and then a period that ends before it starts.
                    let end = date(next(2), year(next(6)), next(12));
                    a.period = crate::value::Period::new(start, end);
                    if next(4) == 0 {
                        a.funder_kind = FunderKind::Fund;
                    }
                    a
                })
                .collect();
            assert_eq!(
                first_overlaps(&agreements),
                pairwise(&agreements),
                "{n} agreements"
            );
        }
    }
}
