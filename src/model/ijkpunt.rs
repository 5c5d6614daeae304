//! The four ijkpunten (benchmarks) for recovery support.

use crate::model::catalogue_macro::catalogue_enum;

catalogue_enum! {
    in model;
    /// The four ijkpunten for recovery support (Werkplaats Herstelondersteuning): they show on
    /// which dimension of recovery a project puts its weight, and where the gaps (hiaten) are.
    /// A project has a primary ijkpunt and effects on the others.
    ///
    /// ```
    /// use theory_of_value::model::Ijkpunt;
    /// assert_eq!(Ijkpunt::ALL.len(), 4);
    /// assert_eq!(Ijkpunt::ConnectionToSociety.label().nl, "Verbinding met de maatschappij");
    /// ```
    #[non_exhaustive]
    pub enum Ijkpunt {
        /// Self-direction in care: the person chooses and decides which support suits.
        OwnDirection = "own_direction", "Eigen regie in de zorg", "Self-direction in care";
        /// Using experiential knowledge.
        ExperientialKnowledge = "experiential_knowledge", "Gebruikmaken van ervaringskennis", "Using experiential knowledge";
        /// Access to good care.
        AccessToCare = "access_to_care", "Toegang tot goede zorg", "Access to good care";
        /// Connection with society.
        ConnectionToSociety = "connection_to_society", "Verbinding met de maatschappij", "Connection with society";
    }
}
