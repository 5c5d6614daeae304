//! Validation reports: flat lists of findings with stable codes, JSON Pointer paths and
//! bilingual messages.

use crate::base::write::{put, Plain, Term, Writer};
use crate::base::{format_count, Code, Lang, Message, Severity};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

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
    /// use theory_of_value::base::{Code, Finding, Lang, Message};
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
    /// use theory_of_value::base::{Code, Finding, Lang, Message};
    /// let f = Finding::new(Code::EmptyText, "/a\nerror TOV101 /x", Message::new("\u{1b}[2J", "\u{1b}[2J"));
    /// assert_eq!(f.render(Lang::En), "error TOV102 /a\\u{a}error TOV101 /x: \\u{1b}[2J");
    /// ```
    pub fn render(&self, lang: Lang) -> String {
        let mut w = Writer::<Term>::new();
        self.write(&mut w, lang);
        w.finish()
    }

    /// Writes the finding as one line, without its line break: `severity code path: message`,
    /// the path and the message as text of the writer's context.
    pub(crate) fn write<C: Plain>(&self, w: &mut Writer<C>, lang: Lang) {
        put!(
            w,
            (self.severity.label().get(lang)),
            " ",
            (self.code.as_str()),
            " "
        );
        if self.path.is_empty() {
            w.words("(document)");
        } else {
            w.text(&self.path);
        }
        put!(w, ": ", { self.message.get(lang) });
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
    /// use theory_of_value::base::{Lang, Report};
    /// assert_eq!(Report::new().render(Lang::En), "0 errors, 0 warnings, 0 info\n");
    /// assert_eq!(Report::new().render(Lang::Nl), "0 fouten, 0 waarschuwingen, 0 informatie\n");
    /// ```
    pub fn render(&self, lang: Lang) -> String {
        self.render_at_most(usize::MAX, lang)
    }
}

impl Report {
    /// As [`Report::render`], with at most `per_code` findings of each code; the rest of a
    /// code is summarised on one line after its last finding shown ("… en nog 999.900 bij
    /// TOV104" / "… and 999,900 more at TOV104"). The summary line still counts every finding.
    /// Linear in the number of findings.
    ///
    /// ```
    /// use theory_of_value::base::{Code, Lang, Message, Report};
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
        let mut w = Writer::<Term>::new();
        self.render_into(&mut w, None, per_code, lang);
        w.finish()
    }

    /// Writes the report: its findings, at most `per_code` of each code (see
    /// [`Report::render_at_most`]), then its summary line, labelled with what was checked
    /// where `label` is given ("Controle van x.json: 0 fouten, …").
    pub(crate) fn render_into<C: Plain>(
        &self,
        w: &mut Writer<C>,
        label: Option<&str>,
        per_code: usize,
        lang: Lang,
    ) {
        self.write_findings(w, per_code, lang);
        self.write_summary(w, label, lang);
    }

    /// Writes every finding on a line of its own, at most `per_code` of each code; the findings
    /// of a code not shown are counted on one line after its last finding shown, or (for a
    /// code a capped report kept none of) after the last finding.
    pub(crate) fn write_findings<C: Plain>(&self, w: &mut Writer<C>, per_code: usize, lang: Lang) {
        let mut total: HashMap<Code, usize> = HashMap::new();
        for f in &self.findings {
            *total.entry(f.code).or_default() += 1;
        }
        // Findings a capped report counted but did not keep: summarised after the last kept
        // one of their code.
        let listed = total.clone();
        let omitted = self.omitted();
        for (code, n) in &omitted {
            *total.entry(*code).or_default() += n;
        }
        let mut shown: HashMap<Code, usize> = HashMap::new();
        for f in &self.findings {
            let n = shown.entry(f.code).or_default();
            *n += 1;
            if *n <= per_code {
                f.write(w, lang);
                w.newline();
            }
            let all = total.get(&f.code).copied().unwrap_or(0);
            let last = listed.get(&f.code).copied().unwrap_or(0);
            let shown_of_code = last.min(per_code);
            if *n == last && all > shown_of_code {
                write_more(w, all - shown_of_code, f.code, lang);
            }
        }
        for (code, n) in omitted {
            if !listed.contains_key(&code) {
                write_more(w, n, code, lang);
            }
        }
    }

    /// Writes the summary line, "0 fouten, 2 waarschuwingen, 1 informatie", labelled with what
    /// was checked where `label` is given.
    pub(crate) fn write_summary<C: Plain>(
        &self,
        w: &mut Writer<C>,
        label: Option<&str>,
        lang: Lang,
    ) {
        if let Some(label) = label {
            put!(w, { label }, ": ");
        }
        let (e, n, i) = (
            self.count(Severity::Error),
            self.count(Severity::Warning),
            self.count(Severity::Info),
        );
        let errors = if e == 1 {
            ("fout", "error")
        } else {
            ("fouten", "errors")
        };
        let warnings = if n == 1 {
            ("waarschuwing", "warning")
        } else {
            ("waarschuwingen", "warnings")
        };
        put!(
            w,
            [e],
            " ",
            (lang.pick(errors.0, errors.1)),
            ", ",
            [n],
            " ",
            (lang.pick(warnings.0, warnings.1)),
            ", ",
            [i],
            " ",
            (lang.pick("informatie", "info"))
        );
        w.newline();
    }
}

/// The line that counts the `n` findings of `code` not shown: "… en nog 999.900 bij TOV104".
fn write_more<C: Plain>(w: &mut Writer<C>, n: usize, code: Code, lang: Lang) {
    let n = format_count(u64::try_from(n).unwrap_or(u64::MAX), lang);
    put!(
        w,
        (lang.pick("… en nog ", "… and ")),
        { n },
        (lang.pick(" bij ", " more at ")),
        (code.as_str())
    );
    w.newline();
}

/// The report as text in English, one finding per line (see [`Report::render`] for Dutch).
impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.render(Lang::En).trim_end())
    }
}

/// A report is the error of operations that need valid input, such as [`estimate`](crate::value::estimate).
impl std::error::Error for Report {}
