//! Stories ("vertellen"): a uniform record of what the organisation meant for one person, in
//! terms of the ToV's outputs, with the person's own words and their consent.

use crate::base::{Code, Message, Report, Text};
use crate::model::{ContributionKind, Id, TheoryOfValue};
use crate::monitor::privacy::scan_str;
use crate::rules::common::check_texts;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What the person agreed to about their own words.
///
/// ```
/// use theory_of_value::monitor::Consent;
/// assert!(Consent::Public.may_quote_publicly());
/// assert!(!Consent::Internal.may_quote_publicly());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Consent {
    /// May be quoted publicly.
    Public,
    /// May be quoted within the organisation only.
    Internal,
    /// May not be quoted at all.
    None,
}

impl Consent {
    /// Every kind of consent.
    ///
    /// ```
    /// assert_eq!(theory_of_value::monitor::Consent::ALL.len(), 3);
    /// ```
    pub const ALL: [Consent; 3] = [Consent::Public, Consent::Internal, Consent::None];

    /// Whether the words may appear in a published report.
    ///
    /// ```
    /// assert!(!theory_of_value::monitor::Consent::None.may_quote_publicly());
    /// ```
    pub const fn may_quote_publicly(self) -> bool {
        matches!(self, Consent::Public)
    }

    /// The consent's name.
    ///
    /// ```
    /// assert_eq!(theory_of_value::monitor::Consent::Internal.label().nl, "alleen intern citeren");
    /// ```
    pub const fn label(self) -> crate::base::Label {
        use crate::base::Label;
        match self {
            Consent::Public => {
                Label::new("mag openbaar geciteerd worden", "may be quoted publicly")
            }
            Consent::Internal => Label::new("alleen intern citeren", "quote internally only"),
            Consent::None => Label::new("niet citeren", "do not quote"),
        }
    }
}

/// What the organisation meant on one output.
///
/// ```
/// let m = &theory_of_value::example::stories().stories[0].meant[0];
/// assert!(!m.text.nl.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StoryOutput {
    /// The output (ID in the ToV).
    pub output: Id,
    /// Improvement, stabilisation or slower decline.
    pub contribution: ContributionKind,
    /// What it looked like.
    pub text: Text,
}

/// One story, told the same way every time.
///
/// ```
/// let s = &theory_of_value::example::stories().stories[0];
/// assert!(s.participant.is_some() || s.persona.is_some());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Story {
    /// Identifier of the story.
    pub id: Id,
    /// The participant's pseudonymous code, where the story is one person's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant: Option<String>,
    /// The persona the story is about or resembles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persona: Option<Id>,
    /// The situation before.
    pub before: Text,
    /// What the organisation meant, in the ToV's outputs.
    pub meant: Vec<StoryOutput>,
    /// Care or support that did not happen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub care_avoided: Option<Text>,
    /// The person's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own_words: Option<Text>,
    /// What the person agreed to about their words; required with `own_words`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<Consent>,
}

impl Story {
    /// The words that may appear in a published report: the person's own words, only with
    /// public consent.
    ///
    /// ```
    /// let s = theory_of_value::example::stories();
    /// assert!(s.stories.iter().any(|s| s.public_quote().is_some()));
    /// assert!(s.stories.iter().any(|s| s.own_words.is_some() && s.public_quote().is_none()));
    /// ```
    pub fn public_quote(&self) -> Option<&Text> {
        match self.consent {
            Some(c) if c.may_quote_publicly() => self.own_words.as_ref(),
            _ => None,
        }
    }
}

/// An organisation's stories over one period.
///
/// ```
/// use theory_of_value::example;
/// assert!(!example::stories().validate_against(example::local_tov()).has_errors());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Stories {
    /// The JSON Schema this document claims to follow (for editors; not interpreted).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Identifier of this document.
    pub id: Id,
    /// The ToV (its `id`) whose outputs the stories are told along.
    pub tov: Id,
    /// The organisation.
    pub organisation: String,
    /// The stories.
    pub stories: Vec<Story>,
}

impl Stories {
    /// Reads stories from JSON text.
    ///
    /// # Errors
    /// [`ParseError`](crate::ParseError).
    ///
    /// ```
    /// let s = theory_of_value::monitor::Stories::from_json_str(theory_of_value::example::STORIES_JSON)?;
    /// assert!(!s.stories.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json_str(text: &str) -> Result<Self, crate::read::ParseError> {
        crate::read::from_json_str(text)
    }

    /// Checks the stories against the ToV: every output exists (`TOV505`); own words carry
    /// consent (`TOV507`); a story says what the organisation meant (`TOV514`); no text or
    /// code looks like personal data (`TOV508`); empty texts and avoided words (`TOV102`,
    /// `TOV118`); the ToV is the one named (`TOV210`); IDs are unique (`TOV103`).
    ///
    /// ```
    /// use theory_of_value::{example, Code};
    /// let mut s = example::stories().clone();
    /// s.stories[0].consent = None;
    /// assert_eq!(s.validate_against(example::local_tov()).with_code(Code::QuoteWithoutConsent).count(), 1);
    /// ```
    pub fn validate_against(&self, tov: &TheoryOfValue) -> Report {
        let mut r = Report::new();
        crate::rules::common::other_tov(
            &mut r,
            &self.tov,
            tov,
            ("Deze verhalen horen", "worden"),
            ("These stories belong", "are"),
        );
        let mut texts: Vec<(String, &Text)> = Vec::new();
        let mut ids: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        // Built once, so that checking many stories against many outputs stays linear.
        let outputs: std::collections::HashSet<&str> =
            tov.outputs.iter().map(|o| o.id.as_str()).collect();
        let known = |id: &Id| outputs.contains(id.as_str());
        let names: Vec<&str> = tov.outputs.iter().map(|o| o.id.as_str()).collect();
        let mut hints = crate::read::suggest::Hints::new();
        for (i, s) in self.stories.iter().enumerate() {
            let at = format!("/stories/{i}");
            if let Some(first) = ids.get(s.id.as_str()) {
                crate::rules::common::duplicate_id(
                    &mut r,
                    s.id.as_str(),
                    crate::read::pointer::Ptr::at("stories").index(*first),
                    crate::read::pointer::Ptr::at("stories").index(i),
                );
            } else {
                ids.insert(s.id.as_str(), i);
            }
            told(&at, s, &mut texts, &mut r);
            for (j, m) in s.meant.iter().enumerate() {
                texts.push((format!("{at}/meant/{j}/text"), &m.text));
                if !known(&m.output) {
                    let (nl, en) = hints.hint(m.output.as_str(), &names);
                    r.push(
                        Code::UnknownStoryOutput,
                        format!("{at}/meant/{j}/output"),
                        Message::new(
                            format!("ToV `{}` heeft geen output `{}`.{nl}", tov.id, m.output),
                            format!("ToV `{}` has no output `{}`.{en}", tov.id, m.output),
                        ),
                    );
                }
            }
        }
        personal_data_in(&texts, &mut r);
        check_texts(texts, &mut r);
        r
    }
}

/// What story `s` at `at` tells (gathered into `texts`): own words with consent (`TOV507`), a
/// participant code that is not personal data (`TOV508`), and what the organisation meant
/// (`TOV514`).
fn told<'a>(at: &str, s: &'a Story, texts: &mut Vec<(String, &'a Text)>, r: &mut Report) {
    texts.push((format!("{at}/before"), &s.before));
    if let Some(t) = &s.care_avoided {
        texts.push((format!("{at}/care_avoided"), t));
    }
    if let Some(t) = &s.own_words {
        texts.push((format!("{at}/own_words"), t));
        if s.consent.is_none() {
            r.push(
                Code::QuoteWithoutConsent,
                format!("{at}/consent"),
                Message::new(
                    "Bij eigen woorden hoort toestemming (`consent`): openbaar citeren, alleen intern, of niet.",
                    "Own words need consent (`consent`): quote publicly, internally only, or not at all.",
                ),
            );
        }
    }
    if let Some(code) = &s.participant {
        if let Some(k) = scan_str(code) {
            k.push(r, format!("{at}/participant"));
        }
    }
    if s.meant.is_empty() {
        r.push(
            Code::EmptyStory,
            format!("{at}/meant"),
            Message::new(
                "Het verhaal zegt niet wat de organisatie betekende, in de outputs van de ToV.",
                "The story does not say what the organisation meant, in the ToV's outputs.",
            ),
        );
    }
}

/// No text looks like personal data (`TOV508`).
fn personal_data_in(texts: &[(String, &Text)], r: &mut Report) {
    for (path, t) in texts {
        for (lang, s) in [("nl", Some(t.nl.as_str())), ("en", t.en.as_deref())] {
            if let Some(k) = s.and_then(scan_str) {
                k.push(r, format!("{path}/{lang}"));
            }
        }
    }
}
