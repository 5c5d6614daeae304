//! A report rendered with its summary line labelled with what it is about.

use crate::base::{Lang, Report};

/// The report as text, as [`Report::render`] gives it, with the summary line labelled with
/// what was checked: "Landelijke ToV: 0 fouten, 0 waarschuwingen, 0 informatie".
///
/// ```
/// use theory_of_value::base::render_labelled;
/// use theory_of_value::{national, Lang};
/// let text = render_labelled(&national().validate(), "Landelijke ToV", Lang::Nl);
/// assert_eq!(text, "Landelijke ToV: 0 fouten, 0 waarschuwingen, 0 informatie\n");
/// ```
pub fn render_labelled(report: &Report, what: &str, lang: Lang) -> String {
    let text = report.render(lang);
    let body = text.trim_end_matches('\n');
    let (findings, summary) = match body.rfind('\n') {
        Some(i) => (&body[..=i], &body[i + 1..]),
        None => ("", body),
    };
    format!("{findings}{what}: {summary}\n")
}
