//! Documents that have passed their validation, so that a consumer (an estimate, a rendering,
//! an export, a comparison) cannot use an invalid one by accident.

use crate::base::Report;

/// A document kind that can check itself on its own.
///
/// Implemented by [`TheoryOfValue`](crate::TheoryOfValue),
/// [`PersonaSet`](crate::value::PersonaSet), [`Census`](crate::value::Census) and
/// [`Assessment`](crate::assess::Assessment).
///
/// ```
/// use theory_of_value::base::Validate;
/// let report = Validate::validate(theory_of_value::national());
/// assert!(!report.has_errors());
/// ```
pub trait Validate {
    /// Every finding of the document's own rules.
    fn validate(&self) -> Report;
}

/// A document whose validation found no errors, with the report of that validation (its
/// warnings and info findings). It can only be made by validating ([`Validated::new`]) and
/// dereferences to the document, so a function that takes a `&Validated<T>` is sure of valid
/// input.
///
/// ```
/// use theory_of_value::base::Validated;
/// use theory_of_value::TheoryOfValue;
///
/// let tov = Validated::new(theory_of_value::national().clone())?;
/// assert_eq!(tov.outputs.len(), 15); // `Deref` to the ToV
/// assert!(!tov.report().has_errors());
///
/// let mut broken = theory_of_value::national().clone();
/// let first = broken.outputs[0].clone();
/// broken.outputs.push(first); // a duplicate ID
/// let report = Validated::new(broken).unwrap_err();
/// assert_eq!(report.with_code(theory_of_value::Code::DuplicateId).count(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Validated<T> {
    value: T,
    report: Report,
}

impl<T: Validate> Validated<T> {
    /// Validates `value`.
    ///
    /// # Errors
    /// The [`Report`] (every finding, not only the errors) when the validation finds an error.
    ///
    /// ```
    /// use theory_of_value::base::Validated;
    /// let set = Validated::new(theory_of_value::example::persona_set().clone())?;
    /// assert!(set.report().is_clean());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(value: T) -> Result<Self, Report> {
        let report = value.validate();
        if report.has_errors() {
            Err(report)
        } else {
            Ok(Validated { value, report })
        }
    }
}

impl<T> Validated<T> {
    /// The findings of the validation: warnings and info only.
    ///
    /// ```
    /// use theory_of_value::base::Validated;
    /// let tov = Validated::new(theory_of_value::national().clone())?;
    /// assert_eq!(tov.report().error_count(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// The document, giving up the guarantee (a change to it is not validated again).
    ///
    /// ```
    /// use theory_of_value::base::Validated;
    /// let tov = Validated::new(theory_of_value::national().clone())?.into_inner();
    /// assert_eq!(tov.id.as_str(), "nvzh-tov");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn into_inner(self) -> T {
        self.value
    }
}

impl<T> std::ops::Deref for Validated<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T> AsRef<T> for Validated<T> {
    fn as_ref(&self) -> &T {
        &self.value
    }
}
