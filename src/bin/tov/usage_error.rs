//! Usage errors in Dutch and English: what clap found wrong (an unknown argument, a value that
//! is not one of the possible ones, a missing argument, an unknown command), written from its
//! kind and context in the language of `--lang`. The English is clap's own wording.

use crate::io;
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
    let nl = lang == Lang::Nl;
    let t = |dutch: &'static str, english: &'static str| if nl { dutch } else { english };
    let styles = Styles::styled();
    let (red, valid, invalid, literal) = (
        styles.get_error(),
        styles.get_valid(),
        styles.get_invalid(),
        styles.get_literal(),
    );
    let string = |kind| match error.get(kind) {
        Some(ContextValue::String(v)) => Some(v.as_str()),
        _ => None,
    };
    let strings = |kind| match error.get(kind) {
        Some(ContextValue::Strings(v)) => Some(v.as_slice()),
        _ => None,
    };
    let number = |kind| match error.get(kind) {
        Some(ContextValue::Number(n)) => Some(*n),
        _ => None,
    };
    let source = std::error::Error::source(error);
    // "was provided" for one, "were provided" for more.
    let provided = |n: isize| match (nl, n == 1) {
        (true, true) => format!("er is er maar {invalid}{n}{invalid:#} gegeven"),
        (true, false) => format!("er zijn er maar {invalid}{n}{invalid:#} gegeven"),
        (false, true) => format!("only {invalid}{n}{invalid:#} was provided"),
        (false, false) => format!("only {invalid}{n}{invalid:#} were provided"),
    };

    let mut s = String::new();
    let _ = write!(s, "{red}{}{red:#} ", t("fout:", "error:"));
    let arg = string(ContextKind::InvalidArg);
    let value = string(ContextKind::InvalidValue);
    let said = match error.kind() {
        ErrorKind::ArgumentConflict => {
            let mut prior = error.get(ContextKind::PriorArg);
            if let Some(a) = arg {
                if prior == Some(&ContextValue::String(a.to_owned())) {
                    prior = None;
                    let _ = match nl {
                        true => write!(
                            s,
                            "het argument '{invalid}{a}{invalid:#}' mag maar één keer gegeven worden"
                        ),
                        false => write!(
                            s,
                            "the argument '{invalid}{a}{invalid:#}' cannot be used multiple times"
                        ),
                    };
                } else {
                    let _ = match nl {
                        true => write!(
                            s,
                            "het argument '{invalid}{a}{invalid:#}' kan niet samen gaan met"
                        ),
                        false => write!(
                            s,
                            "the argument '{invalid}{a}{invalid:#}' cannot be used with"
                        ),
                    };
                }
            } else if let Some(sub) = string(ContextKind::InvalidSubcommand) {
                let _ = match nl {
                    true => write!(
                        s,
                        "de opdracht '{invalid}{sub}{invalid:#}' kan niet samen gaan met"
                    ),
                    false => write!(
                        s,
                        "the subcommand '{invalid}{sub}{invalid:#}' cannot be used with"
                    ),
                };
            } else {
                s.push_str(t(
                    "een argument kan niet samen gaan met een ander",
                    "an argument was provided more than once or cannot be used with another",
                ));
            }
            match prior {
                Some(ContextValue::Strings(values)) => {
                    s.push(':');
                    for v in values {
                        let _ = write!(s, "\n{TAB}{invalid}{v}{invalid:#}");
                    }
                }
                Some(ContextValue::String(v)) => {
                    let _ = write!(s, " '{invalid}{v}{invalid:#}'");
                }
                Some(_) => s.push_str(t(
                    " een of meer van de andere gegeven argumenten",
                    " one or more of the other specified arguments",
                )),
                None => {}
            }
            true
        }
        ErrorKind::NoEquals => match arg {
            Some(a) => {
                let _ = match nl {
                    true => write!(
                        s,
                        "een isgelijkteken is nodig om '{invalid}{a}{invalid:#}' een waarde te geven"
                    ),
                    false => write!(
                        s,
                        "equal sign is needed when assigning values to '{invalid}{a}{invalid:#}'"
                    ),
                };
                true
            }
            None => false,
        },
        ErrorKind::InvalidValue => match (arg, value) {
            (Some(a), Some("")) => {
                let _ = match nl {
                    true => write!(
                        s,
                        "'{invalid}{a}{invalid:#}' heeft een waarde nodig, maar er is er geen gegeven"
                    ),
                    false => write!(
                        s,
                        "a value is required for '{invalid}{a}{invalid:#}' but none was supplied"
                    ),
                };
                values_list(
                    &mut s,
                    t("mogelijke waarden", "possible values"),
                    strings(ContextKind::ValidValue),
                );
                true
            }
            (Some(a), Some(v)) => {
                let _ = match nl {
                    true => write!(
                        s,
                        "ongeldige waarde '{invalid}{v}{invalid:#}' voor '{literal}{a}{literal:#}'"
                    ),
                    false => write!(
                        s,
                        "invalid value '{invalid}{v}{invalid:#}' for '{literal}{a}{literal:#}'"
                    ),
                };
                values_list(
                    &mut s,
                    t("mogelijke waarden", "possible values"),
                    strings(ContextKind::ValidValue),
                );
                true
            }
            _ => false,
        },
        ErrorKind::InvalidSubcommand => match string(ContextKind::InvalidSubcommand) {
            Some(sub) => {
                let _ = write!(
                    s,
                    "{} '{invalid}{sub}{invalid:#}'",
                    t("onbekende opdracht", "unrecognized subcommand")
                );
                true
            }
            None => false,
        },
        ErrorKind::MissingRequiredArgument => match strings(ContextKind::InvalidArg) {
            Some(args) => {
                s.push_str(t(
                    "deze verplichte argumenten ontbreken:",
                    "the following required arguments were not provided:",
                ));
                for a in args {
                    let _ = write!(s, "\n{TAB}{valid}{a}{valid:#}");
                }
                true
            }
            None => false,
        },
        ErrorKind::MissingSubcommand => match string(ContextKind::InvalidSubcommand) {
            Some(sub) => {
                let _ = match nl {
                    true => write!(
                        s,
                        "'{invalid}{sub}{invalid:#}' heeft een opdracht nodig, maar er is er geen gegeven"
                    ),
                    false => write!(
                        s,
                        "'{invalid}{sub}{invalid:#}' requires a subcommand but one was not provided"
                    ),
                };
                values_list(
                    &mut s,
                    t("opdrachten", "subcommands"),
                    strings(ContextKind::ValidSubcommand),
                );
                true
            }
            None => false,
        },
        ErrorKind::TooManyValues => match (arg, value) {
            (Some(a), Some(v)) => {
                let _ = match nl {
                    true => write!(
                        s,
                        "onverwachte waarde '{invalid}{v}{invalid:#}' voor '{literal}{a}{literal:#}'; er werden geen waarden meer verwacht"
                    ),
                    false => write!(
                        s,
                        "unexpected value '{invalid}{v}{invalid:#}' for '{literal}{a}{literal:#}' found; no more were expected"
                    ),
                };
                true
            }
            _ => false,
        },
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let wanted = number(ContextKind::MinValues).or(number(ContextKind::ExpectedNumValues));
            match (arg, number(ContextKind::ActualNumValues), wanted) {
                (Some(a), Some(actual), Some(wanted)) => {
                    let _ = match nl {
                        true => write!(
                            s,
                            "'{literal}{a}{literal:#}' heeft {valid}{wanted}{valid:#} waarden nodig; {}",
                            provided(actual)
                        ),
                        false => write!(
                            s,
                            "{valid}{wanted}{valid:#} values required by '{literal}{a}{literal:#}'; {}",
                            provided(actual)
                        ),
                    };
                    true
                }
                _ => false,
            }
        }
        ErrorKind::ValueValidation => match (arg, value) {
            (Some(a), Some(v)) => {
                let _ = match nl {
                    true => write!(
                        s,
                        "ongeldige waarde '{invalid}{v}{invalid:#}' voor '{literal}{a}{literal:#}'"
                    ),
                    false => write!(
                        s,
                        "invalid value '{invalid}{v}{invalid:#}' for '{literal}{a}{literal:#}'"
                    ),
                };
                if let Some(source) = source {
                    match source.downcast_ref::<SizeError>() {
                        Some(size) if nl => {
                            let _ = write!(s, ": {}", size.dutch());
                        }
                        _ => {
                            let _ = write!(s, ": {source}");
                        }
                    }
                }
                true
            }
            _ => false,
        },
        ErrorKind::UnknownArgument => match arg {
            Some(a) => {
                let _ = match nl {
                    true => write!(s, "onverwacht argument '{invalid}{a}{invalid:#}'"),
                    false => write!(s, "unexpected argument '{invalid}{a}{invalid:#}' found"),
                };
                true
            }
            None => false,
        },
        _ => false,
    };
    if !said {
        match (error.kind(), source) {
            (ErrorKind::InvalidUtf8, _) if nl => s.push_str("een argument is geen geldige UTF-8"),
            (_, Some(source)) => {
                let _ = write!(s, "{source}");
            }
            (kind, None) if nl => {
                let _ = write!(s, "ongeldig gebruik ({kind})");
            }
            (kind, None) => {
                let _ = write!(s, "{kind}");
            }
        }
    }

    let mut suggested = false;
    for (kind, one, more) in [
        (
            ContextKind::SuggestedSubcommand,
            t(
                "er is een vergelijkbare opdracht",
                "a similar subcommand exists",
            ),
            t(
                "er zijn vergelijkbare opdrachten",
                "some similar subcommands exist",
            ),
        ),
        (
            ContextKind::SuggestedArg,
            t(
                "er is een vergelijkbaar argument",
                "a similar argument exists",
            ),
            t(
                "er zijn vergelijkbare argumenten",
                "some similar arguments exist",
            ),
        ),
        (
            ContextKind::SuggestedValue,
            t("er is een vergelijkbare waarde", "a similar value exists"),
            t("er zijn vergelijkbare waarden", "some similar values exist"),
        ),
    ] {
        let possible: Vec<&str> = match error.get(kind) {
            Some(ContextValue::String(v)) => vec![v.as_str()],
            Some(ContextValue::Strings(v)) => v.iter().map(String::as_str).collect(),
            _ => continue,
        };
        s.push('\n');
        if !suggested {
            s.push('\n');
            suggested = true;
        }
        let quoted: Vec<String> = possible
            .iter()
            .map(|p| format!("'{valid}{p}{valid:#}'"))
            .collect();
        let _ = write!(
            s,
            "{TAB}{valid}tip:{valid:#} {}: {}",
            if possible.len() == 1 { one } else { more },
            quoted.join(", ")
        );
    }
    if let Some(ContextValue::StyledStrs(tips)) = error.get(ContextKind::Suggested) {
        if !suggested {
            s.push('\n');
        }
        for tip in tips {
            let _ = write!(s, "\n{TAB}{valid}tip:{valid:#} ");
            match nl {
                true => s.push_str(&dutch_tip(&tip.to_string())),
                false => {
                    let _ = write!(s, "{}", tip.ansi());
                }
            }
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.ansi().to_string();
        s.push_str("\n\n");
        s.push_str(&match nl {
            true => usage.replacen("Usage:", "Gebruik:", 1),
            false => usage,
        });
    }
    let help = "--help";
    let _ = match nl {
        true => write!(
            s,
            "\n\nProbeer '{literal}{help}{literal:#}' voor meer informatie.\n"
        ),
        false => write!(
            s,
            "\n\nFor more information, try '{literal}{help}{literal:#}'.\n"
        ),
    };
    StyledStr::from(s)
}

/// `[possible values: text, json]` on a line of its own.
fn values_list(s: &mut String, name: &str, values: Option<&[String]>) {
    let valid = Styles::styled().get_valid().to_owned();
    if let Some(values) = values.filter(|v| !v.is_empty()) {
        let values: Vec<String> = values
            .iter()
            .map(|v| format!("{valid}{v}{valid:#}"))
            .collect();
        let _ = write!(s, "\n{TAB}[{name}: {}]", values.join(", "));
    }
}

/// One of clap's tips (written in English) in Dutch.
fn dutch_tip(tip: &str) -> String {
    let styles = Styles::styled();
    let (valid, invalid) = (styles.get_valid(), styles.get_invalid());
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
