//! `tov`'s own texts in Dutch and English: `--help`, `tov help COMMAND`, usage lines and usage
//! errors. clap parses as always; the English texts are the doc comments, the Dutch ones come
//! from [`crate::dutch`] and are put on the command tree before parsing. The language is known
//! before clap parses: `--lang` is looked up in the arguments first.

use crate::dutch;
use crate::usage_error::{Dutch, English};
use crate::Cli;
use clap::builder::{StyledStr, Styles};
use clap::{Arg, ArgAction, ArgMatches, CommandFactory, FromArgMatches};
use std::ffi::OsString;
use theory_of_value::base::Label;
use theory_of_value::Lang;

const HELP: Label = Label::new("Toon de hulp", "Print help");
const VERSION: Label = Label::new("Toon de versie", "Print version");
const HELP_COMMAND: Label = Label::new(
    "Toon deze hulp, of die van de gegeven opdracht(en)",
    "Print this message or the help of the given subcommand(s)",
);

/// The language of `tov`'s texts as the arguments ask for it: the value of the last `--lang`
/// (`--lang en` or `--lang=en`, before or after the command) up to a `--`; Dutch by default,
/// also when the value is not a language (clap then says so, in Dutch).
pub(crate) fn scan_lang(args: &[OsString]) -> Lang {
    let mut lang = Lang::Nl;
    let mut args = args.iter().skip(1).map(|a| a.to_str());
    while let Some(arg) = args.next() {
        let value = match arg {
            Some("--") => break,
            Some("--lang") => args.next().flatten(),
            Some(a) => a.strip_prefix("--lang="),
            None => None,
        };
        if let Some(value) = value {
            lang = if value == "en" { Lang::En } else { Lang::Nl };
        }
    }
    lang
}

/// Parses the arguments into a [`Cli`], or prints help, the version or a usage error in
/// `lang` and gives the exit status: 0 after help and the version, 2 after a usage error.
pub(crate) fn parse(args: Vec<OsString>, lang: Lang) -> Result<Cli, u8> {
    let parsed = command(lang)
        .try_get_matches_from(args)
        .and_then(|mut m: ArgMatches| Cli::from_arg_matches_mut(&mut m));
    parsed.map_err(|e| {
        let code = e.exit_code();
        let _ = match lang {
            Lang::Nl => e.apply::<Dutch>().print(),
            Lang::En => e.apply::<English>().print(),
        };
        u8::try_from(code).unwrap_or(2)
    })
}

/// `tov`'s command tree with its texts in `lang`, built.
pub(crate) fn command(lang: Lang) -> clap::Command {
    let mut cmd = localize(Cli::command(), "", lang)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(VERSION.get(lang))
                .help_heading(options_heading(lang)),
        );
    // clap adds its `help` command when it builds the tree: its texts follow.
    cmd.build();
    let about = HELP_COMMAND.get(lang);
    let mut cmd = cmd.mut_subcommand("help", |help| {
        let help = match lang {
            Lang::Nl => dutch_layout(help),
            Lang::En => help,
        };
        help.about(about).mut_subcommands(|c| match c.get_name() {
            "help" => c.about(about),
            _ => c,
        })
    });
    if lang == Lang::Nl {
        dutch_usage(&mut cmd);
    }
    cmd
}

/// The texts of `cmd` (named `path`, `""` for `tov`) and of its arguments and commands in
/// `lang`, and our own `-h, --help` with its help in `lang`.
fn localize(cmd: clap::Command, path: &str, lang: Lang) -> clap::Command {
    let mut cmd = cmd.disable_help_flag(true);
    if lang == Lang::Nl {
        if let Some(about) = dutch::command(path) {
            cmd = cmd.about(sentence(about)).long_about(None);
        }
        cmd = dutch_layout(cmd);
        cmd = cmd.mut_args(|a| dutch_arg(a, path));
    }
    cmd = cmd.arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(HELP.get(lang))
            .help_heading(options_heading(lang)),
    );
    cmd.mut_subcommands(|sub| {
        let name = sub.get_name().to_owned();
        localize(sub, &name, lang)
    })
}

/// A text of one sentence as clap shows doc comments: without its full stop.
fn sentence(text: &'static str) -> &'static str {
    text.strip_suffix('.').unwrap_or(text)
}

/// `--help` in Dutch: the headings of the sections and the placeholder of a command.
fn dutch_layout(cmd: clap::Command) -> clap::Command {
    let usage = Styles::styled().get_usage().to_owned();
    cmd.help_template(StyledStr::from(format!(
        "{{before-help}}{{about-with-newline}}\n{usage}Gebruik:{usage:#} {{usage}}\n\n\
         {{all-args}}{{after-help}}"
    )))
    .subcommand_help_heading("Opdrachten")
    .subcommand_value_name("OPDRACHT")
}

/// The heading of the options in `--help`: clap's own in English.
fn options_heading(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::Nl => Some("Opties"),
        Lang::En => None,
    }
}

/// An argument of the command `path` with its Dutch help, placeholder, heading, default and
/// possible values.
fn dutch_arg(arg: Arg, path: &str) -> Arg {
    let mut help = dutch::arg(path, arg.get_id().as_str())
        .map(|text| sentence(text).to_owned())
        .or_else(|| arg.get_help().map(ToString::to_string))
        .unwrap_or_default();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && arg.get_action().takes_values() {
        help.push_str(&format!(" [standaard: {}]", defaults.join(", ")));
    }
    let possible = match arg.get_action().takes_values() {
        true => arg.get_possible_values(),
        false => Vec::new(),
    };
    let values: Vec<String> = possible
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect();
    if !values.is_empty() {
        help.push_str(&format!(" [mogelijke waarden: {}]", values.join(", ")));
    }
    let heading = if arg.is_positional() {
        "Argumenten"
    } else {
        "Opties"
    };
    // The placeholders in Dutch when all have a Dutch name (a test sees to it that all have).
    let names: Option<Vec<&'static str>> = arg
        .get_value_names()
        .unwrap_or_default()
        .iter()
        .map(|n| dutch::value_name(n.as_str()))
        .collect();
    let arg = match names {
        Some(names) if !names.is_empty() => arg.value_names(names),
        _ => arg,
    };
    let arg = arg
        .help(help.trim_start().to_owned())
        .long_help(None)
        .help_heading(heading);
    if arg.get_action().takes_values() {
        arg.hide_default_value(true).hide_possible_values(true)
    } else {
        arg
    }
}

/// Dutch usage lines: clap writes `[OPTIONS]` in every usage it makes, so each command gets its
/// usage made once by clap with `[OPTIES]` in its place.
fn dutch_usage(cmd: &mut clap::Command) {
    let usage = cmd.render_usage().ansi().to_string();
    // "Usage:" with its style, then a space, then the usage itself.
    let usage = usage
        .split_once("Usage:")
        .map_or(usage.as_str(), |(_, u)| u);
    let usage = usage.strip_prefix("\u{1b}[0m").unwrap_or(usage);
    let usage = usage.strip_prefix(' ').unwrap_or(usage);
    let usage = usage.replace("[OPTIONS]", "[OPTIES]");
    let mut owned = std::mem::take(cmd).override_usage(StyledStr::from(usage));
    for sub in owned.get_subcommands_mut() {
        dutch_usage(sub);
    }
    *cmd = owned;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_language_is_found_before_parsing() {
        assert_eq!(scan_lang(&os(&["tov", "check"])), Lang::Nl);
        assert_eq!(scan_lang(&os(&["tov", "--lang", "en", "check"])), Lang::En);
        assert_eq!(scan_lang(&os(&["tov", "--lang=en", "check"])), Lang::En);
        assert_eq!(scan_lang(&os(&["tov", "check", "--lang", "en"])), Lang::En);
        assert_eq!(scan_lang(&os(&["tov", "--lang", "de"])), Lang::Nl);
        assert_eq!(
            scan_lang(&os(&["tov", "--lang", "en", "--lang", "nl"])),
            Lang::Nl
        );
        assert_eq!(
            scan_lang(&os(&["tov", "check", "--", "--lang", "en"])),
            Lang::Nl
        );
    }

    /// Every command, argument and placeholder of `cmd` (named `path`) and below.
    fn walk(cmd: &clap::Command, path: &str, out: &mut Vec<String>) {
        if dutch::command(path).is_none() {
            out.push(format!("command `tov {path}`: no Dutch text in COMMANDS"));
        }
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            if dutch::arg(path, id).is_none() {
                out.push(format!(
                    "`tov {path}` argument `{id}`: no Dutch text in ARGS"
                ));
            }
            if arg.get_help().is_none() {
                out.push(format!("`tov {path}` argument `{id}`: no doc comment"));
            }
            let names = match arg.get_action().takes_values() {
                true => arg.get_value_names().unwrap_or_default(),
                false => &[],
            };
            for name in names {
                if dutch::value_name(name.as_str()).is_none() {
                    out.push(format!(
                        "placeholder `{name}`: no Dutch name in VALUE_NAMES"
                    ));
                }
            }
        }
        for sub in cmd.get_subcommands() {
            walk(sub, sub.get_name(), out);
        }
    }

    #[test]
    fn every_command_and_argument_has_a_dutch_text() {
        let mut missing = Vec::new();
        walk(&Cli::command(), "", &mut missing);
        assert!(
            missing.is_empty(),
            "add the Dutch texts to src/bin/tov/dutch.rs:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn every_dutch_text_belongs_to_a_command_or_argument() {
        let cmd = Cli::command();
        let find = |path: &str| {
            if path.is_empty() {
                Some(&cmd)
            } else {
                cmd.find_subcommand(path)
            }
        };
        for (path, _) in dutch::COMMANDS {
            assert!(find(path).is_some(), "no command `tov {path}`");
        }
        for (path, id, _) in dutch::ARGS {
            let found = find(path).is_some_and(|c| c.get_arguments().any(|a| a.get_id() == id));
            assert!(found, "no argument `{id}` of `tov {path}`");
        }
        let mut names = Vec::new();
        let mut stack = vec![&cmd];
        while let Some(c) = stack.pop() {
            for a in c.get_arguments().filter(|a| a.get_action().takes_values()) {
                names.extend(a.get_value_names().unwrap_or_default().iter().cloned());
            }
            stack.extend(c.get_subcommands());
        }
        for (name, _) in dutch::VALUE_NAMES {
            assert!(names.iter().any(|n| n == name), "no placeholder `{name}`");
        }
    }

    #[test]
    fn the_dutch_tree_is_valid_for_clap() {
        for lang in Lang::ALL {
            command(lang).debug_assert();
        }
    }

    #[test]
    fn dutch_help_has_no_english_of_clap() {
        let mut cmd = command(Lang::Nl);
        let mut helps = vec![cmd.render_long_help().to_string()];
        for sub in cmd.get_subcommands_mut() {
            helps.push(sub.render_long_help().to_string());
        }
        for help in helps {
            for english in [
                "Usage:",
                "Options:",
                "Arguments:",
                "Commands:",
                "[default:",
                "[possible values:",
                "Print help",
                "[OPTIONS]",
                "<COMMAND>",
            ] {
                assert!(!help.contains(english), "{english} in\n{help}");
            }
        }
    }
}
