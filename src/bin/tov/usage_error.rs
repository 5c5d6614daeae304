//! Usage errors in Dutch and English: what clap found wrong (an unknown argument, a value that
//! is not one of the possible ones, a missing argument, an unknown command), written from its
//! kind and context in the language of `--lang`. The English is clap's own wording. What the
//! user typed (an argument, a value, a command, also in clap's tips) is shown escaped for a
//! terminal, so a control character in it never reaches the terminal raw.

use crate::io;
use clap::builder::styling::Style;
use clap::builder::{StyledStr, Styles};
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use std::fmt::Write as _;
use theory_of_value::base::escape::terminal;
use theory_of_value::Lang;

/// Usage errors in Dutch.
pub(crate) struct Dutch;
/// Usage errors in English.
pub(crate) struct English;

impl ErrorFormatter for Dutch {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        format(error, Lang::Nl)
    }
}

impl ErrorFormatter for English {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        format(error, Lang::En)
    }
}

const TAB: &str = "  ";

/// A size that `--max-input-size` does not take; its English message is [`io::parse_size`]'s.
#[derive(Debug)]
pub(crate) struct SizeError {
    input: String,
    english: String,
}

impl std::fmt::Display for SizeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english)
    }
}

impl std::error::Error for SizeError {}

impl SizeError {
    fn dutch(&self) -> String {
        let input = terminal(&self.input);
        if self.english.starts_with("not a size") {
            format!("geen grootte: `{input}` (bijvoorbeeld 1048576, 512K, 64M, 1G)")
        } else if self.english.starts_with("unknown unit") {
            format!("onbekende eenheid in `{input}` (gebruik K, M of G)")
        } else if self.english.starts_with("size too large") {
            format!("grootte te groot: `{input}`")
        } else {
            format!("geen geldige grootte: `{input}`")
        }
    }
}

/// `--max-input-size`: [`io::parse_size`] with its error in both languages.
pub(crate) fn parse_size(s: &str) -> Result<u64, SizeError> {
    io::parse_size(s).map_err(|english| SizeError {
        input: s.to_owned(),
        english,
    })
}

fn format<F: ErrorFormatter>(error: &clap::error::Error<F>, lang: Lang) -> StyledStr {
    let mut w = UsageError::new(error, lang);
    w.prefix();
    if w.kind_message().is_none() {
        w.fallback();
    }
    let suggested = w.suggestions();
    w.tips(suggested);
    w.usage();
    w.more_information();
    StyledStr::from(w.out)
}

/// The colours of a usage error: clap's own.
#[derive(Clone, Copy)]
struct Palette {
    error: Style,
    valid: Style,
    invalid: Style,
    literal: Style,
}

impl Palette {
    fn new() -> Self {
        let styles = Styles::styled();
        Palette {
            error: *styles.get_error(),
            valid: *styles.get_valid(),
            invalid: *styles.get_invalid(),
            literal: *styles.get_literal(),
        }
    }

    /// The escape sequences that colour clap's tips, and the one that ends a colour.
    fn sequences(self) -> [String; 4] {
        [
            self.valid.render().to_string(),
            self.invalid.render().to_string(),
            self.literal.render().to_string(),
            self.valid.render_reset().to_string(),
        ]
    }
}

/// A usage error being written: clap's error, the language, the colours and the text so far.
struct UsageError<'e, F: ErrorFormatter> {
    error: &'e clap::error::Error<F>,
    lang: Lang,
    style: Palette,
    out: String,
}

impl<'e, F: ErrorFormatter> UsageError<'e, F> {
    fn new(error: &'e clap::error::Error<F>, lang: Lang) -> Self {
        UsageError {
            error,
            lang,
            style: Palette::new(),
            out: String::new(),
        }
    }

    fn string(&self, kind: ContextKind) -> Option<&'e str> {
        match self.error.get(kind) {
            Some(ContextValue::String(v)) => Some(v.as_str()),
            _ => None,
        }
    }

    /// Text the user typed (an argument, a value, a command), escaped for the terminal.
    fn typed(&self, kind: ContextKind) -> Option<String> {
        self.string(kind).map(terminal)
    }

    fn strings(&self, kind: ContextKind) -> Option<&'e [String]> {
        match self.error.get(kind) {
            Some(ContextValue::Strings(v)) => Some(v.as_slice()),
            _ => None,
        }
    }

    fn number(&self, kind: ContextKind) -> Option<isize> {
        match self.error.get(kind) {
            Some(ContextValue::Number(n)) => Some(*n),
            _ => None,
        }
    }

    fn source(&self) -> Option<&'e (dyn std::error::Error + 'static)> {
        let error: &'e clap::error::Error<F> = self.error;
        std::error::Error::source(error)
    }

    /// `fout: ` or `error: `.
    fn prefix(&mut self) {
        let red = self.style.error;
        let _ = write!(
            self.out,
            "{red}{}{red:#} ",
            self.lang.pick("fout:", "error:")
        );
    }

    /// What is wrong, for the kinds of error with a message of their own; `None` for another
    /// kind, or when the error lacks the context its message needs.
    fn kind_message(&mut self) -> Option<()> {
        match self.error.kind() {
            ErrorKind::ArgumentConflict => self.conflict(),
            ErrorKind::NoEquals => self.no_equals(),
            ErrorKind::InvalidValue => self.invalid_value(),
            ErrorKind::InvalidSubcommand => self.invalid_subcommand(),
            ErrorKind::MissingRequiredArgument => self.missing_required(),
            ErrorKind::MissingSubcommand => self.missing_subcommand(),
            ErrorKind::TooManyValues => self.too_many_values(),
            ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => self.number_of_values(),
            ErrorKind::ValueValidation => self.value_validation(),
            ErrorKind::UnknownArgument => self.unknown_argument(),
            _ => None,
        }
    }

    /// The message of a kind without one of its own: the reason clap was given, or the kind.
    fn fallback(&mut self) {
        let _ = match (self.error.kind(), self.source(), self.lang) {
            (ErrorKind::InvalidUtf8, _, Lang::Nl) => {
                self.out.write_str("een argument is geen geldige UTF-8")
            }
            (_, Some(source), _) => self.out.write_str(&terminal(&source.to_string())),
            (kind, None, Lang::Nl) => write!(self.out, "ongeldig gebruik ({kind})"),
            (kind, None, Lang::En) => write!(self.out, "{kind}"),
        };
    }

    /// An argument given more than once, or with one it cannot go with.
    fn conflict(&mut self) -> Option<()> {
        let mut prior = self.error.get(ContextKind::PriorArg);
        if let Some(a) = self.string(ContextKind::InvalidArg) {
            if prior == Some(&ContextValue::String(a.to_owned())) {
                prior = None;
                self.used_twice(&terminal(a));
            } else {
                self.argument_cannot_go_with(&terminal(a));
            }
        } else if let Some(sub) = self.typed(ContextKind::InvalidSubcommand) {
            self.subcommand_cannot_go_with(&sub);
        } else {
            self.out.push_str(self.lang.pick(
                "een argument kan niet samen gaan met een ander",
                "an argument was provided more than once or cannot be used with another",
            ));
        }
        self.prior(prior);
        Some(())
    }

    fn used_twice(&mut self, a: &str) {
        let invalid = self.style.invalid;
        let _ = match self.lang {
            Lang::Nl => write!(
                self.out,
                "het argument '{invalid}{a}{invalid:#}' mag maar één keer gegeven worden"
            ),
            Lang::En => write!(
                self.out,
                "the argument '{invalid}{a}{invalid:#}' cannot be used multiple times"
            ),
        };
    }

    fn argument_cannot_go_with(&mut self, a: &str) {
        let invalid = self.style.invalid;
        let _ = match self.lang {
            Lang::Nl => write!(
                self.out,
                "het argument '{invalid}{a}{invalid:#}' kan niet samen gaan met"
            ),
            Lang::En => write!(
                self.out,
                "the argument '{invalid}{a}{invalid:#}' cannot be used with"
            ),
        };
    }

    fn subcommand_cannot_go_with(&mut self, sub: &str) {
        let invalid = self.style.invalid;
        let _ = match self.lang {
            Lang::Nl => write!(
                self.out,
                "de opdracht '{invalid}{sub}{invalid:#}' kan niet samen gaan met"
            ),
            Lang::En => write!(
                self.out,
                "the subcommand '{invalid}{sub}{invalid:#}' cannot be used with"
            ),
        };
    }

    /// The arguments a conflicting one cannot go with: one, a list, or "the others".
    fn prior(&mut self, prior: Option<&ContextValue>) {
        let invalid = self.style.invalid;
        match prior {
            Some(ContextValue::Strings(values)) => {
                self.out.push(':');
                for v in values {
                    let _ = write!(self.out, "\n{TAB}{invalid}{v}{invalid:#}");
                }
            }
            Some(ContextValue::String(v)) => {
                let _ = write!(self.out, " '{invalid}{v}{invalid:#}'");
            }
            Some(_) => self.out.push_str(self.lang.pick(
                " een of meer van de andere gegeven argumenten",
                " one or more of the other specified arguments",
            )),
            None => {}
        }
    }

    fn no_equals(&mut self) -> Option<()> {
        let a = self.typed(ContextKind::InvalidArg)?;
        let invalid = self.style.invalid;
        let _ = match self.lang {
            Lang::Nl => write!(
                self.out,
                "een isgelijkteken is nodig om '{invalid}{a}{invalid:#}' een waarde te geven"
            ),
            Lang::En => write!(
                self.out,
                "equal sign is needed when assigning values to '{invalid}{a}{invalid:#}'"
            ),
        };
        Some(())
    }

    /// A value that is not one of the possible ones, or none at all, with the possible ones.
    fn invalid_value(&mut self) -> Option<()> {
        let a = self.typed(ContextKind::InvalidArg)?;
        let v = self.string(ContextKind::InvalidValue)?;
        if v.is_empty() {
            self.value_required(&a);
        } else {
            self.invalid_value_for(&terminal(v), &a);
        }
        self.values_list(
            self.lang.pick("mogelijke waarden", "possible values"),
            self.strings(ContextKind::ValidValue),
        );
        Some(())
    }

    fn value_required(&mut self, a: &str) {
        let invalid = self.style.invalid;
        let _ = match self.lang {
            Lang::Nl => write!(
                self.out,
                "'{invalid}{a}{invalid:#}' heeft een waarde nodig, maar er is er geen gegeven"
            ),
            Lang::En => write!(
                self.out,
                "a value is required for '{invalid}{a}{invalid:#}' but none was supplied"
            ),
        };
    }

    fn invalid_value_for(&mut self, v: &str, a: &str) {
        let Palette {
            invalid, literal, ..
        } = self.style;
        let _ = match self.lang {
            Lang::Nl => write!(
                self.out,
                "ongeldige waarde '{invalid}{v}{invalid:#}' voor '{literal}{a}{literal:#}'"
            ),
            Lang::En => write!(
                self.out,
                "invalid value '{invalid}{v}{invalid:#}' for '{literal}{a}{literal:#}'"
            ),
        };
    }

    /// `[possible values: text, json]` on a line of its own.
    fn values_list(&mut self, name: &str, values: Option<&[String]>) {
        let valid = self.style.valid;
        if let Some(values) = values.filter(|v| !v.is_empty()) {
            let values: Vec<String> = values
                .iter()
                .map(|v| format!("{valid}{v}{valid:#}"))
                .collect();
            let _ = write!(self.out, "\n{TAB}[{name}: {}]", values.join(", "));
        }
    }

    fn invalid_subcommand(&mut self) -> Option<()> {
        let sub = self.typed(ContextKind::InvalidSubcommand)?;
        let invalid = self.style.invalid;
        let _ = write!(
            self.out,
            "{} '{invalid}{sub}{invalid:#}'",
            self.lang
                .pick("onbekende opdracht", "unrecognized subcommand")
        );
        Some(())
    }

    fn missing_required(&mut self) -> Option<()> {
        let args = self.strings(ContextKind::InvalidArg)?;
        self.out.push_str(self.lang.pick(
            "deze verplichte argumenten ontbreken:",
            "the following required arguments were not provided:",
        ));
        let valid = self.style.valid;
        for a in args {
            let _ = write!(self.out, "\n{TAB}{valid}{a}{valid:#}");
        }
        Some(())
    }

    fn missing_subcommand(&mut self) -> Option<()> {
        let sub = self.typed(ContextKind::InvalidSubcommand)?;
        let invalid = self.style.invalid;
        let _ = match self.lang {
            Lang::Nl => write!(
                self.out,
                "'{invalid}{sub}{invalid:#}' heeft een opdracht nodig, maar er is er geen gegeven"
            ),
            Lang::En => write!(
                self.out,
                "'{invalid}{sub}{invalid:#}' requires a subcommand but one was not provided"
            ),
        };
        self.values_list(
            self.lang.pick("opdrachten", "subcommands"),
            self.strings(ContextKind::ValidSubcommand),
        );
        Some(())
    }

    fn too_many_values(&mut self) -> Option<()> {
        let a = self.typed(ContextKind::InvalidArg)?;
        let v = self.typed(ContextKind::InvalidValue)?;
        let Palette {
            invalid, literal, ..
        } = self.style;
        let _ = match self.lang {
            Lang::Nl => write!(
                self.out,
                "onverwachte waarde '{invalid}{v}{invalid:#}' voor '{literal}{a}{literal:#}'; er werden geen waarden meer verwacht"
            ),
            Lang::En => write!(
                self.out,
                "unexpected value '{invalid}{v}{invalid:#}' for '{literal}{a}{literal:#}' found; no more were expected"
            ),
        };
        Some(())
    }

    /// Too few values, or not the number wanted.
    fn number_of_values(&mut self) -> Option<()> {
        let wanted = self
            .number(ContextKind::MinValues)
            .or(self.number(ContextKind::ExpectedNumValues));
        let a = self.typed(ContextKind::InvalidArg)?;
        let provided = self.provided(self.number(ContextKind::ActualNumValues)?);
        let wanted = wanted?;
        let Palette { valid, literal, .. } = self.style;
        let _ = match self.lang {
            Lang::Nl => write!(
                self.out,
                "'{literal}{a}{literal:#}' heeft {valid}{wanted}{valid:#} waarden nodig; {provided}"
            ),
            Lang::En => write!(
                self.out,
                "{valid}{wanted}{valid:#} values required by '{literal}{a}{literal:#}'; {provided}"
            ),
        };
        Some(())
    }

    /// "was provided" for one, "were provided" for more.
    fn provided(&self, n: isize) -> String {
        let invalid = self.style.invalid;
        match (self.lang, n == 1) {
            (Lang::Nl, true) => format!("er is er maar {invalid}{n}{invalid:#} gegeven"),
            (Lang::Nl, false) => format!("er zijn er maar {invalid}{n}{invalid:#} gegeven"),
            (Lang::En, true) => format!("only {invalid}{n}{invalid:#} was provided"),
            (Lang::En, false) => format!("only {invalid}{n}{invalid:#} were provided"),
        }
    }

    /// A value its parser refused, with the parser's reason.
    fn value_validation(&mut self) -> Option<()> {
        let a = self.typed(ContextKind::InvalidArg)?;
        let v = self.typed(ContextKind::InvalidValue)?;
        self.invalid_value_for(&v, &a);
        if let Some(source) = self.source() {
            let reason = match source.downcast_ref::<SizeError>() {
                Some(size) if self.lang == Lang::Nl => size.dutch(),
                _ => source.to_string(),
            };
            let _ = write!(self.out, ": {}", terminal(&reason));
        }
        Some(())
    }

    fn unknown_argument(&mut self) -> Option<()> {
        let a = self.typed(ContextKind::InvalidArg)?;
        let invalid = self.style.invalid;
        let _ = match self.lang {
            Lang::Nl => write!(self.out, "onverwacht argument '{invalid}{a}{invalid:#}'"),
            Lang::En => write!(
                self.out,
                "unexpected argument '{invalid}{a}{invalid:#}' found"
            ),
        };
        Some(())
    }

    /// The similar commands, arguments and values clap found, a tip each after a blank line;
    /// whether there was one.
    fn suggestions(&mut self) -> bool {
        let lang = self.lang;
        let mut suggested = false;
        for (kind, one, more) in [
            (
                ContextKind::SuggestedSubcommand,
                lang.pick(
                    "er is een vergelijkbare opdracht",
                    "a similar subcommand exists",
                ),
                lang.pick(
                    "er zijn vergelijkbare opdrachten",
                    "some similar subcommands exist",
                ),
            ),
            (
                ContextKind::SuggestedArg,
                lang.pick(
                    "er is een vergelijkbaar argument",
                    "a similar argument exists",
                ),
                lang.pick(
                    "er zijn vergelijkbare argumenten",
                    "some similar arguments exist",
                ),
            ),
            (
                ContextKind::SuggestedValue,
                lang.pick("er is een vergelijkbare waarde", "a similar value exists"),
                lang.pick("er zijn vergelijkbare waarden", "some similar values exist"),
            ),
        ] {
            let possible: Vec<&str> = match self.error.get(kind) {
                Some(ContextValue::String(v)) => vec![v.as_str()],
                Some(ContextValue::Strings(v)) => v.iter().map(String::as_str).collect(),
                _ => continue,
            };
            self.out.push('\n');
            if !suggested {
                self.out.push('\n');
                suggested = true;
            }
            self.suggestion(if possible.len() == 1 { one } else { more }, &possible);
        }
        suggested
    }

    /// `tip: a similar argument exists: '--format'`.
    fn suggestion(&mut self, what: &str, possible: &[&str]) {
        let valid = self.style.valid;
        let quoted: Vec<String> = possible
            .iter()
            .map(|p| format!("'{valid}{p}{valid:#}'"))
            .collect();
        let _ = write!(
            self.out,
            "{TAB}{valid}tip:{valid:#} {what}: {}",
            quoted.join(", ")
        );
    }

    /// clap's own tips (how to pass a value that looks like an argument, …), with what the user
    /// typed in them escaped; after a blank line unless [`Self::suggestions`] wrote one.
    fn tips(&mut self, suggested: bool) {
        let Some(ContextValue::StyledStrs(tips)) = self.error.get(ContextKind::Suggested) else {
            return;
        };
        if !suggested {
            self.out.push('\n');
        }
        let valid = self.style.valid;
        let colours = self.style.sequences();
        for tip in tips {
            let _ = write!(self.out, "\n{TAB}{valid}tip:{valid:#} ");
            let tip = escape_styled(&tip.ansi().to_string(), &colours);
            match self.lang {
                Lang::Nl => {
                    let tip = dutch_tip(&unstyled(&tip, &colours), self.style);
                    self.out.push_str(&tip);
                }
                Lang::En => self.out.push_str(&tip),
            }
        }
    }

    /// The usage line clap wrote, after a blank line.
    fn usage(&mut self) {
        if let Some(ContextValue::StyledStr(usage)) = self.error.get(ContextKind::Usage) {
            let usage = usage.ansi().to_string();
            self.out.push_str("\n\n");
            self.out.push_str(&match self.lang {
                Lang::Nl => usage.replacen("Usage:", "Gebruik:", 1),
                Lang::En => usage,
            });
        }
    }

    /// `For more information, try '--help'.`
    fn more_information(&mut self) {
        let (literal, help) = (self.style.literal, "--help");
        let _ = match self.lang {
            Lang::Nl => write!(
                self.out,
                "\n\nProbeer '{literal}{help}{literal:#}' voor meer informatie.\n"
            ),
            Lang::En => write!(
                self.out,
                "\n\nFor more information, try '{literal}{help}{literal:#}'.\n"
            ),
        };
    }
}

/// A text of clap's with colours in it, with every control character escaped for the terminal
/// (see [`terminal`]) except the escape sequences of the `colours`.
fn escape_styled(ansi: &str, colours: &[String]) -> String {
    let mut out = String::with_capacity(ansi.len());
    let mut rest = ansi;
    while let Some(at) = rest.find('\u{1b}') {
        out.push_str(&terminal(&rest[..at]));
        rest = &rest[at..];
        match colours.iter().find(|c| rest.starts_with(c.as_str())) {
            Some(colour) => {
                out.push_str(colour);
                rest = &rest[colour.len()..];
            }
            None => {
                out.push_str(&terminal("\u{1b}"));
                rest = &rest['\u{1b}'.len_utf8()..];
            }
        }
    }
    out.push_str(&terminal(rest));
    out
}

/// `text` without the escape sequences of the `colours`.
fn unstyled(text: &str, colours: &[String]) -> String {
    colours.iter().fold(text.to_owned(), |text, colour| {
        text.replace(colour.as_str(), "")
    })
}

/// One of clap's tips (written in English, without colours) in Dutch.
fn dutch_tip(tip: &str, style: Palette) -> String {
    let Palette { valid, invalid, .. } = style;
    if let Some((value, usage)) = tip
        .strip_prefix("to pass '")
        .and_then(|t| t.strip_suffix('\''))
        .and_then(|t| t.split_once("' as a value, use '"))
    {
        return format!(
            "om '{invalid}{value}{invalid:#}' als waarde te geven: gebruik '{valid}{usage}{valid:#}'"
        );
    }
    if let Some(command) = tip
        .strip_prefix("subcommand '")
        .and_then(|t| t.strip_suffix("' exists; to use it, remove the '--' before it"))
    {
        return format!(
            "de opdracht '{valid}{command}{valid:#}' bestaat; haal de '{invalid}--{invalid:#}' ervoor weg om haar te gebruiken"
        );
    }
    if let Some(exists) = tip
        .strip_prefix('\'')
        .and_then(|t| t.strip_suffix("' exists"))
    {
        return format!("'{valid}{exists}{valid:#}' bestaat");
    }
    tip.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The usage error `tov args` gives in `lang`, with its colours.
    fn usage_error(args: &[&str], lang: Lang) -> String {
        let args = std::iter::once("tov").chain(args.iter().copied());
        let error = crate::help::command(lang)
            .try_get_matches_from(args)
            .expect_err("a usage error");
        format(&error, lang).ansi().to_string()
    }

    /// `text` without its colour sequences (`ESC [ digits and ; m`).
    fn without_colours(text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(at) = rest.find("\u{1b}[") {
            out.push_str(&rest[..at]);
            let after = &rest[at + 2..];
            let params = after.len()
                - after
                    .trim_start_matches(|c: char| c.is_ascii_digit() || c == ';')
                    .len();
            if after[params..].starts_with('m') {
                rest = &after[params + 1..];
            } else {
                out.push('\u{1b}');
                rest = &rest[at + 1..];
            }
        }
        out.push_str(rest);
        out
    }

    #[test]
    fn what_the_user_typed_reaches_the_terminal_escaped() {
        let hostile = "x\u{1b}]0;title\u{7}\u{1b}[2Jy";
        let escaped = "x\\u{1b}]0;title\\u{7}\\u{1b}[2Jy";
        let argument = format!("--{hostile}");
        for args in [
            &["check", argument.as_str()][..],
            &[hostile],
            &["check", "--format", hostile],
            &["--max-input-size", hostile, "check"],
        ] {
            for lang in Lang::ALL {
                let out = usage_error(args, lang);
                let plain = without_colours(&out);
                assert!(
                    !plain.contains('\u{1b}') && !plain.contains('\u{7}'),
                    "{args:?} {lang}: {out:?}"
                );
                assert!(out.contains(escaped), "{args:?} {lang}: {out:?}");
            }
        }
        // The tip that says how to pass the argument as a value shows it escaped too.
        for lang in Lang::ALL {
            let out = usage_error(&["check", argument.as_str()], lang);
            assert_eq!(out.matches(escaped).count(), 3, "{lang}: {out:?}");
        }
    }

    #[test]
    fn escape_styled_keeps_the_colours_only() {
        let style = Palette::new();
        let colours = style.sequences();
        let (valid, invalid) = (style.valid, style.invalid);
        let tip = format!("use '{valid}-- a\u{1b}[2J{valid:#}' or '{invalid}b\u{7}{invalid:#}'");
        assert_eq!(
            escape_styled(&tip, &colours),
            format!("use '{valid}-- a\\u{{1b}}[2J{valid:#}' or '{invalid}b\\u{{7}}{invalid:#}'")
        );
        assert_eq!(
            unstyled(&escape_styled(&tip, &colours), &colours),
            "use '-- a\\u{1b}[2J' or 'b\\u{7}'"
        );
        let plain = "to pass '--frob' as a value, use '-- --frob'";
        assert_eq!(escape_styled(plain, &colours), plain);
    }
}
