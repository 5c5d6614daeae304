//! Validation reports: flat lists of findings with stable codes, JSON Pointer paths and
//! bilingual messages.

use crate::base::{Code, Lang, Message, Severity};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One thing a validation found in a well-formed document.
///
/// ```
/// use theory_of_value::{Code, Finding, Message};
/// let f = Finding::new(Code::EmptyLayer, "/outputs", Message::new("Lege laag", "Empty layer"));
/// assert_eq!(f.severity, Code::EmptyLayer.severity());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    /// The stable rule code.
    pub code: Code,
    /// Error, warning or info.
    pub severity: Severity,
    /// JSON Pointer (RFC 6901) to the place in the document the finding is about.
    pub path: String,
    /// What was found and how to fix it, in Dutch and English.
    pub message: Message,
}

impl Finding {
    /// A finding with the severity of its code.
    ///
    /// ```
    /// use theory_of_value::{Code, Finding, Message, Severity};
    /// let f = Finding::new(Code::AvoidedWord, "/title/nl", Message::new("…", "…"));
    /// assert_eq!(f.severity, Severity::Info);
    /// ```
    pub fn new(code: Code, path: impl Into<String>, message: Message) -> Self {
        Finding {
            code,
            severity: code.severity(),
            path: path.into(),
            message,
        }
    }

    /// The finding as one line in `lang`: `severity code path: message`.
    ///
    /// ```
    /// use theory_of_value::{Code, Finding, Lang, Message};
    /// let f = Finding::new(Code::EmptyLayer, "/outputs", Message::new("De laag is leeg", "The layer is empty"));
    /// assert_eq!(f.render(Lang::En), "error TOV101 /outputs: The layer is empty");
    /// assert_eq!(f.render(Lang::Nl), "fout TOV101 /outputs: De laag is leeg");
    /// ```
    ///
    /// The path and the message pass [`escape::terminal`](crate::base::escape::terminal):
    /// control characters and line breaks from a document are shown as visible escapes, so a
    /// finding is always one line and cannot send a terminal an escape sequence.
    ///
    /// ```
    /// use theory_of_value::{Code, Finding, Lang, Message};
    /// let f = Finding::new(Code::EmptyText, "/a\nerror TOV101 /x", Message::new("\u{1b}[2J", "\u{1b}[2J"));
    /// assert_eq!(f.render(Lang::En), "error TOV102 /a\\u{a}error TOV101 /x: \\u{1b}[2J");
    /// ```
    pub fn render(&self, lang: Lang) -> String {
        crate::base::escape::terminal(&format!(
            "{} {} {}: {}",
            self.severity.label().get(lang),
            self.code,
            if self.path.is_empty() {
                "(document)"
            } else {
                &self.path
            },
            self.message.get(lang)
        ))
    }
}

/// The result of validating a document: every finding, grouped by rule in a fixed order.
///
/// ```
/// let report = theory_of_value::national().validate();
/// assert!(report.is_clean());
/// assert_eq!(report.error_count(), 0);
/// let json = serde_json::to_string(&report)?;
/// assert!(json.starts_with("{\"findings\":"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// The findings.
    pub findings: Vec<Finding>,
    /// For a report that keeps at most so many findings per code: the cap and how many
    /// findings of each code were pushed. Not serialised: a report written as JSON is a full
    /// one.
    #[serde(skip)]
    #[schemars(skip)]
    kept: Option<Kept>,
}

/// The cap of a report that keeps at most `per_code` findings of each code, and how many were
/// pushed of each code.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Kept {
    per_code: usize,
    pushed: std::collections::BTreeMap<Code, usize>,
}

impl Report {
    /// An empty report.
    ///
    /// ```
    /// assert!(theory_of_value::Report::new().findings.is_empty());
    /// ```
    pub fn new() -> Self {
        Report::default()
    }

    /// An empty report that keeps at most `per_code` findings of each code pushed to it and
    /// counts the rest, so a document with a million findings of one kind does not take a
    /// million findings' memory. Counts ([`count`](Report::count),
    /// [`has_errors`](Report::has_errors), the summary line of [`render`](Report::render))
    /// include the findings left out; [`omitted`](Report::omitted) lists them per code.
    ///
    /// ```
    /// use theory_of_value::{Code, Message, Report};
    /// let mut r = Report::keeping_at_most(2);
    /// for i in 0..5 {
    ///     r.push(Code::UnresolvedLink, format!("/outputs/{i}/outcomes/0"), Message::new("…", "…"));
    /// }
    /// assert_eq!(r.findings.len(), 2);
    /// assert_eq!(r.error_count(), 5);
    /// assert_eq!(r.omitted(), vec![(Code::UnresolvedLink, 3)]);
    /// ```
    pub fn keeping_at_most(per_code: usize) -> Self {
        Report {
            findings: Vec::new(),
            kept: Some(Kept {
                per_code,
                pushed: std::collections::BTreeMap::new(),
            }),
        }
    }

    /// Adds a finding (or, in a report [keeping at most](Report::keeping_at_most) so many of
    /// its code, counts it).
    ///
    /// ```
    /// use theory_of_value::{Code, Message, Report};
    /// let mut r = Report::new();
    /// r.push(Code::EmptyLayer, "/inputs", Message::new("leeg", "empty"));
    /// assert!(r.has_errors());
    /// ```
    pub fn push(&mut self, code: Code, path: impl Into<String>, message: Message) {
        if let Some(kept) = &mut self.kept {
            let n = kept.pushed.entry(code).or_default();
            *n += 1;
            if *n > kept.per_code {
                return;
            }
        }
        self.findings.push(Finding::new(code, path, message));
    }

    /// The findings pushed but not kept, per code, in code order (empty for a full report).
    ///
    /// ```
    /// assert!(theory_of_value::Report::new().omitted().is_empty());
    /// ```
    pub fn omitted(&self) -> Vec<(Code, usize)> {
        let Some(kept) = &self.kept else {
            return Vec::new();
        };
        kept.pushed
            .iter()
            .filter(|(_, n)| **n > kept.per_code)
            .map(|(c, n)| (*c, n - kept.per_code))
            .collect()
    }

    /// Whether any finding is an error.
    ///
    /// ```
    /// assert!(!theory_of_value::Report::new().has_errors());
    /// ```
    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }

    /// Whether there are neither errors nor warnings (info findings are allowed).
    ///
    /// ```
    /// assert!(theory_of_value::Report::new().is_clean());
    /// ```
    pub fn is_clean(&self) -> bool {
        self.count(Severity::Error) == 0 && self.count(Severity::Warning) == 0
    }

    /// The number of findings of `severity`.
    ///
    /// ```
    /// use theory_of_value::{Report, Severity};
    /// assert_eq!(Report::new().count(Severity::Warning), 0);
    /// ```
    pub fn count(&self, severity: Severity) -> usize {
        let omitted: usize = self
            .omitted()
            .iter()
            .filter(|(c, _)| c.severity() == severity)
            .map(|(_, n)| n)
            .sum();
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
            + omitted
    }

    /// The number of errors.
    ///
    /// ```
    /// assert_eq!(theory_of_value::Report::new().error_count(), 0);
    /// ```
    pub fn error_count(&self) -> usize {
        self.count(Severity::Error)
    }

    /// The findings with `code`.
    ///
    /// ```
    /// use theory_of_value::{Code, Message, Report};
    /// let mut r = Report::new();
    /// r.push(Code::OrphanOutput, "/outputs/0", Message::new("…", "…"));
    /// assert_eq!(r.with_code(Code::OrphanOutput).count(), 1);
    /// ```
    pub fn with_code(&self, code: Code) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.code == code)
    }

    /// The `(code, path)` pairs, in order: handy for asserting in tests.
    ///
    /// ```
    /// use theory_of_value::{Code, Message, Report};
    /// let mut r = Report::new();
    /// r.push(Code::EmptyLayer, "/inputs", Message::new("…", "…"));
    /// assert_eq!(r.pairs(), vec![("TOV101", "/inputs")]);
    /// ```
    pub fn pairs(&self) -> Vec<(&'static str, &str)> {
        self.findings
            .iter()
            .map(|f| (f.code.as_str(), f.path.as_str()))
            .collect()
    }

    /// Every finding on its own line in `lang`, followed by a summary line. For a report
    /// [keeping at most](Report::keeping_at_most) so many findings per code, the findings left
    /// out are counted on one line after the last kept one of their code.
    ///
    /// ```
    /// use theory_of_value::{Lang, Report};
    /// assert_eq!(Report::new().render(Lang::En), "0 errors, 0 warnings, 0 info\n");
    /// assert_eq!(Report::new().render(Lang::Nl), "0 fouten, 0 waarschuwingen, 0 informatie\n");
    /// ```
    pub fn render(&self, lang: Lang) -> String {
        self.render_at_most(usize::MAX, lang)
    }
}

/// `n` with thousands separators: `999.900` in Dutch, `999,900` in English.
fn grouped(n: usize, lang: Lang) -> String {
    super::text::format_count(u64::try_from(n).unwrap_or(u64::MAX), lang)
}

impl Report {
    /// As [`Report::render`], with at most `per_code` findings of each code; the rest of a
    /// code is summarised on one line after its last finding shown ("… en nog 999.900 bij
    /// TOV104" / "… and 999,900 more at TOV104"). The summary line still counts every finding.
    /// Linear in the number of findings.
    ///
    /// ```
    /// use theory_of_value::{Code, Lang, Message, Report};
    /// let mut r = Report::new();
    /// for i in 0..1_234 {
    ///     r.push(Code::UnresolvedLink, format!("/outputs/{i}/outcomes/0"), Message::new("…", "…"));
    /// }
    /// let text = r.render_at_most(2, Lang::En);
    /// assert_eq!(text.lines().count(), 4);
    /// assert!(text.contains("… and 1,232 more at TOV104"));
    /// assert!(r.render_at_most(2, Lang::Nl).contains("… en nog 1.232 bij TOV104"));
    /// ```
    pub fn render_at_most(&self, per_code: usize, lang: Lang) -> String {
        let mut total: std::collections::HashMap<Code, usize> = std::collections::HashMap::new();
        for f in &self.findings {
            *total.entry(f.code).or_default() += 1;
        }
        // Findings a capped report counted but did not keep: summarised after the last kept
        // one of their code.
        let listed = total.clone();
        for (code, n) in self.omitted() {
            *total.entry(code).or_default() += n;
        }
        let mut shown: std::collections::HashMap<Code, usize> = std::collections::HashMap::new();
        let mut out = String::new();
        for f in &self.findings {
            let n = shown.entry(f.code).or_default();
            *n += 1;
            if *n <= per_code {
                out.push_str(&f.render(lang));
                out.push('\n');
            }
            let all = total.get(&f.code).copied().unwrap_or(0);
            let last = listed.get(&f.code).copied().unwrap_or(0);
            let shown_of_code = last.min(per_code);
            if *n == last && all > shown_of_code {
                let rest = grouped(all - shown_of_code, lang);
                out.push_str(&match lang {
                    Lang::Nl => format!("… en nog {rest} bij {}\n", f.code),
                    Lang::En => format!("… and {rest} more at {}\n", f.code),
                });
            }
        }
        // Codes of which a capped report kept none.
        for (code, n) in self.omitted() {
            if !listed.contains_key(&code) {
                let rest = grouped(n, lang);
                out.push_str(&match lang {
                    Lang::Nl => format!("… en nog {rest} bij {code}\n"),
                    Lang::En => format!("… and {rest} more at {code}\n"),
                });
            }
        }
        out.push_str(&self.summary(lang));
        out
    }

    fn summary(&self, lang: Lang) -> String {
        let (e, w, i) = (
            self.count(Severity::Error),
            self.count(Severity::Warning),
            self.count(Severity::Info),
        );
        match lang {
            Lang::Nl => format!(
                "{e} {}, {w} {}, {i} informatie\n",
                if e == 1 { "fout" } else { "fouten" },
                if w == 1 {
                    "waarschuwing"
                } else {
                    "waarschuwingen"
                }
            ),
            Lang::En => format!(
                "{e} {}, {w} {}, {i} info\n",
                if e == 1 { "error" } else { "errors" },
                if w == 1 { "warning" } else { "warnings" }
            ),
        }
    }
}

/// The report as text in English, one finding per line (see [`Report::render`] for Dutch).
impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.render(Lang::En).trim_end())
    }
}

/// A report is the error of operations that need valid input, such as [`estimate`](crate::value::estimate).
impl std::error::Error for Report {}
