//! The national Theory of Value of the movement, embedded.

use crate::model::TheoryOfValue;
use std::sync::OnceLock;

/// The national ToV as JSON text, exactly as embedded (`data/national-tov.json`).
///
/// Dutch text as in the source, NVZH & IPW (2025), chapter "Theory of Value"; English glosses
/// are this crate's own. Element IDs are stable and never reused.
///
/// ```
/// assert!(theory_of_value::NATIONAL_JSON.contains("veerkrachtige samenleving"));
/// ```
pub const NATIONAL_JSON: &str = include_str!("../../data/national-tov.json");

/// The national ToV, parsed once on first use.
///
/// It has one impact, an individual and a collective outcome, eight individual and seven
/// collective outputs, the four building blocks and the five other activities the chapter
/// names, and eight inputs (seven preconditions plus sustainable funding). It validates with
/// no errors and no warnings.
///
/// The source states its chain layer by layer, not item by item; the embedded ToV therefore
/// links every activity to every output and every input to every activity, which is all the
/// source claims. Local ToVs are expected to be more specific.
///
/// # Panics
/// Never: the embedded text is checked by the crate's tests.
///
/// ```
/// use theory_of_value::national;
/// use theory_of_value::model::Level;
/// let tov = national();
/// assert_eq!(tov.outputs.iter().filter(|o| o.level == Level::Individual).count(), 8);
/// assert_eq!(tov.outputs.iter().filter(|o| o.level == Level::Collective).count(), 7);
/// assert_eq!(tov.inputs.len(), 8);
/// ```
pub fn national() -> &'static TheoryOfValue {
    static NATIONAL: OnceLock<TheoryOfValue> = OnceLock::new();
    NATIONAL.get_or_init(|| {
        TheoryOfValue::from_json_str(NATIONAL_JSON).expect("the embedded national ToV parses")
    })
}
