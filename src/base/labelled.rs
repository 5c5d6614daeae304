//! A report rendered with its summary line labelled with what it is about.

use crate::base::write::{Term, Writer};
use crate::base::{Lang, Report};

/// The report as text, as [`Report::render`] gives it, with the summary line labelled with
/// what was checked: "Landelijke ToV: 0 fouten, 0 waarschuwingen, 0 informatie". The label is
/// text for a terminal, escaped as the findings are.
///
/// ```
/// use theory_of_value::base::{render_labelled, Lang};
/// use theory_of_value::model::national;
/// let text = render_labelled(&national().validate(), "Landelijke ToV", Lang::Nl);
/// assert_eq!(text, "Landelijke ToV: 0 fouten, 0 waarschuwingen, 0 informatie\n");
/// ```
pub fn render_labelled(report: &Report, what: &str, lang: Lang) -> String {
    render_labelled_at_most(report, what, usize::MAX, lang)
}

/// As [`render_labelled`], with at most `per_code` findings of each code, as
/// [`Report::render_at_most`] gives them.
///
/// ```
/// use theory_of_value::base::{render_labelled_at_most, Code, Lang, Message, Report};
/// let mut r = Report::new();
/// for i in 0..3 {
///     r.push(Code::EmptyLayer, format!("/outputs/{i}"), Message::new("leeg", "empty"));
/// }
/// let text = render_labelled_at_most(&r, "Check of x.json", 1, Lang::En);
/// assert_eq!(
///     text,
///     "error TOV101 /outputs/0: empty\n… and 2 more at TOV101\nCheck of x.json: 3 errors, 0 warnings, 0 info\n"
/// );
/// ```
pub fn render_labelled_at_most(report: &Report, what: &str, per_code: usize, lang: Lang) -> String {
    let mut w = Writer::<Term>::new();
    report.render_into(&mut w, Some(what), per_code, lang);
    w.finish()
}
