//! Bilingual text: Dutch required, English optional in documents, both present in the catalogue.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A piece of text a person reads, in Dutch and (optionally) English.
///
/// Dutch is the language of the movement and of the sources, so it is required; an
/// English gloss is optional for local documents and always present for everything this
/// crate embeds.
///
/// ```
/// use theory_of_value::Text;
///
/// let t = Text::new("Minder eenzaamheid").with_en("Less loneliness");
/// assert_eq!(t.nl, "Minder eenzaamheid");
/// assert_eq!(t.get(theory_of_value::Lang::En), "Less loneliness");
/// // Without an English gloss, English falls back to Dutch.
/// assert_eq!(Text::new("Inloop").get(theory_of_value::Lang::En), "Inloop");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Dutch text (required).
    pub nl: String,
    /// English text (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Text {
    /// Dutch text without an English gloss.
    ///
    /// ```
    /// let t = theory_of_value::Text::new("Zingeving");
    /// assert!(t.en.is_none());
    /// ```
    pub fn new(nl: impl Into<String>) -> Self {
        Text {
            nl: nl.into(),
            en: None,
        }
    }

    /// Dutch and English text.
    ///
    /// ```
    /// let t = theory_of_value::Text::bilingual("Zingeving", "Meaning");
    /// assert_eq!(t.en.as_deref(), Some("Meaning"));
    /// ```
    pub fn bilingual(nl: impl Into<String>, en: impl Into<String>) -> Self {
        Text {
            nl: nl.into(),
            en: Some(en.into()),
        }
    }

    /// Adds or replaces the English gloss.
    ///
    /// ```
    /// let t = theory_of_value::Text::new("Zingeving").with_en("Meaning");
    /// assert_eq!(t.en.as_deref(), Some("Meaning"));
    /// ```
    pub fn with_en(mut self, en: impl Into<String>) -> Self {
        self.en = Some(en.into());
        self
    }

    /// The text in `lang`; English falls back to Dutch where no gloss is given.
    ///
    /// ```
    /// use theory_of_value::{Lang, Text};
    /// assert_eq!(Text::new("Zingeving").get(Lang::Nl), "Zingeving");
    /// ```
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => self.en.as_deref().unwrap_or(&self.nl),
        }
    }
}

impl From<Label> for Text {
    fn from(label: Label) -> Self {
        Text::bilingual(label.nl, label.en)
    }
}

/// A fixed bilingual label from the embedded catalogue (both languages always present).
///
/// ```
/// use theory_of_value::Lang;
/// use theory_of_value::model::BuildingBlock;
/// let label = BuildingBlock::WalkIn.label();
/// assert_eq!(label.get(Lang::Nl), "Inloop en ontmoeting");
/// assert_eq!(label.get(Lang::En), "Walk-in and meeting");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Label {
    /// Dutch.
    pub nl: &'static str,
    /// English.
    pub en: &'static str,
}

impl Label {
    /// A label from its two languages.
    ///
    /// ```
    /// const L: theory_of_value::base::Label = theory_of_value::base::Label::new("Impact", "Impact");
    /// assert_eq!(L.nl, "Impact");
    /// ```
    pub const fn new(nl: &'static str, en: &'static str) -> Self {
        Label { nl, en }
    }

    /// The label in `lang`.
    ///
    /// ```
    /// use theory_of_value::Lang;
    /// use theory_of_value::base::Label;
    /// assert_eq!(Label::new("Uitkomst", "Outcome").get(Lang::En), "Outcome");
    /// ```
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }
}

/// A message for a person, always in both languages (validation findings, parse errors).
///
/// ```
/// use theory_of_value::{Lang, Message};
/// let m = Message::new("Lege laag", "Empty layer");
/// assert_eq!(m.get(Lang::Nl), "Lege laag");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Message {
    /// Dutch.
    pub nl: String,
    /// English.
    pub en: String,
}

impl Message {
    /// A message from its two languages.
    ///
    /// ```
    /// let m = theory_of_value::Message::new("Fout", "Error");
    /// assert_eq!(m.en, "Error");
    /// ```
    pub fn new(nl: impl Into<String>, en: impl Into<String>) -> Self {
        Message {
            nl: nl.into(),
            en: en.into(),
        }
    }

    /// The message in `lang`.
    ///
    /// ```
    /// use theory_of_value::{Lang, Message};
    /// assert_eq!(Message::new("Fout", "Error").get(Lang::En), "Error");
    /// ```
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}

/// The two languages everything a person reads exists in.
///
/// ```
/// use theory_of_value::Lang;
/// assert_eq!("nl".parse::<Lang>()?, Lang::Nl);
/// assert_eq!(Lang::En.to_string(), "en");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Dutch (Nederlands), the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// Both languages, Dutch first.
    ///
    /// ```
    /// assert_eq!(theory_of_value::Lang::ALL.len(), 2);
    /// ```
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The language's name.
    ///
    /// ```
    /// assert_eq!(theory_of_value::Lang::En.label().nl, "Engels");
    /// ```
    pub const fn label(self) -> Label {
        match self {
            Lang::Nl => Label::new("Nederlands", "Dutch"),
            Lang::En => Label::new("Engels", "English"),
        }
    }

    /// The crate's own words in this language: `nl` in Dutch, `en` in English. The one helper
    /// for bilingual wording written in code; a pair that is kept is a [`Label`].
    ///
    /// ```
    /// use theory_of_value::Lang;
    /// assert_eq!(Lang::Nl.pick("deelnemers", "participants"), "deelnemers");
    /// assert_eq!(Lang::En.pick(1, 2), 2);
    /// ```
    pub const fn pick<T: Copy>(self, nl: T, en: T) -> T {
        match self {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        })
    }
}

/// The error of parsing a [`Lang`] from a string other than `nl` or `en`.
///
/// ```
/// assert!("de".parse::<theory_of_value::Lang>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language `{0}`: use `nl` or `en` / onbekende taal `{0}`: gebruik `nl` of `en`")]
pub struct UnknownLang(pub String);

impl std::str::FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "nl" => Ok(Lang::Nl),
            "en" => Ok(Lang::En),
            other => Err(UnknownLang(other.to_owned())),
        }
    }
}

/// A count with the language's thousands separator: `12.345` in Dutch, `12,345` in English.
///
/// ```
/// use theory_of_value::base::{format_count, Lang};
/// assert_eq!(format_count(13_000, Lang::Nl), "13.000");
/// assert_eq!(format_count(13_000, Lang::En), "13,000");
/// assert_eq!(format_count(999, Lang::Nl), "999");
/// ```
pub fn format_count(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    let group = lang.pick('.', ',');
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    out
}

/// A number with `decimals` decimals and the language's decimal mark: `4,00` in Dutch,
/// `4.00` in English (no thousands separator).
///
/// ```
/// use theory_of_value::base::{format_decimal, Lang};
/// assert_eq!(format_decimal(4.0, 2, Lang::Nl), "4,00");
/// assert_eq!(format_decimal(2.5, 1, Lang::En), "2.5");
/// ```
pub fn format_decimal(x: f64, decimals: usize, lang: Lang) -> String {
    let s = format!("{x:.decimals$}");
    match lang {
        Lang::Nl => s.replace('.', ","),
        Lang::En => s,
    }
}

/// `n` and the singular or plural noun that goes with it: "1 kenmerk", "6 kenmerken".
///
/// ```
/// use theory_of_value::base::{counted, Label, Lang};
/// let noun = (Label::new("kenmerk", "characteristic"), Label::new("kenmerken", "characteristics"));
/// assert_eq!(counted(1, noun, Lang::Nl), "1 kenmerk");
/// assert_eq!(counted(1_200, noun, Lang::Nl), "1.200 kenmerken");
/// ```
pub fn counted(n: u64, (one, many): (Label, Label), lang: Lang) -> String {
    let noun = if n == 1 { one } else { many };
    format!("{} {}", format_count(n, lang), noun.get(lang))
}
