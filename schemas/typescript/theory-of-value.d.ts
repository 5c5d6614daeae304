/* The theory-of-value document of the theory-of-value crate, generated from schemas/2020-12/en/theory-of-value.schema.json by web/typescript.mjs. Do not edit. */

/**
 * A Theory of Value: the chain turned around, from impact via outcome, output and activities to input.
 */
export interface TheoryOfValue {
  /**
   * The JSON Schema this document follows (for editors).
   */
  $schema?: string;
  /**
   * Lowercase letters and digits, words separated by -, _ or . Unique in the document.
   */
  id: string;
  /**
   * A text in Dutch, optionally with an English translation.
   */
  title: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
  scope: Scope;
  /**
   * In your own numbering.
   */
  version: string;
  /**
   * A year (2025), a month (2025-06) or a day (2025-06-13).
   */
  date: string;
  /**
   * Where this ToV is published.
   */
  source?: {
    /**
     * Author, year and title.
     */
    document: string;
    section?: string;
  };
  /**
   * The id of the ToV this one refines, usually the national one (nvzh-tov).
   */
  refines?: string;
  /**
   * Who drafted the ToV. Nothing about us without us.
   */
  authors?: Author[];
  impact: Impact;
  /**
   * How do we know it worked?
   *
   * @minItems 1
   */
  outcomes: [Outcome, ...Outcome[]];
  /**
   * How can we measure it?
   *
   * @minItems 1
   */
  outputs: [Output, ...Output[]];
  /**
   * What do we do to achieve it?
   *
   * @minItems 1
   */
  activities: [Activity, ...Activity[]];
  /**
   * What do we need for that?
   *
   * @minItems 1
   */
  inputs: [Input, ...Input[]];
  /**
   * Visits, unique participants, activities held: reach, not output.
   */
  reach?: Reach[];
  /**
   * Formal and informal partners and the activities they take part in (characteristic 10).
   */
  partners?: Partner[];
  /**
   * What the organisation deliberately does not do of the reference ToV, and why.
   */
  choices?: Choice[];
}
/**
 * Whose ToV it is: the national movement, or a local organisation and where it works.
 */
export interface Scope {
  level: ("national" | "local") & string;
  /**
   * Required for a local ToV.
   */
  organisation?: string;
  /**
   * The municipalities the organisation serves.
   */
  municipalities?: string[];
  /**
   * If the organisation serves a region.
   */
  region?: string;
}
/**
 * Who drafted the ToV: nothing about us without us.
 */
export interface Author {
  name: string;
  kind: ("organisation" | "person") & string;
  /**
   * An organisation run for and by people with experiential knowledge, or a person with it.
   */
  lived_experience?: boolean;
  /**
   * A text in Dutch, optionally with an English translation.
   */
  role?: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
}
/**
 * What do we want to achieve in society?
 */
export interface Impact {
  /**
   * Lowercase letters and digits, words separated by -, _ or . Unique in the document.
   */
  id: string;
  /**
   * What do we want to achieve in society?
   */
  statement: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
  /**
   * The elements of the national ToV (or another reference) this element makes concrete. Empty for a local addition.
   *
   * Items: Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  refines?: string[];
  /**
   * Where this comes from.
   */
  source?: {
    /**
     * Author, year and title.
     */
    document: string;
    section?: string;
  };
}
/**
 * How do we know the impact worked? One statement at the individual or collective level.
 */
export interface Outcome {
  /**
   * Lowercase letters and digits, words separated by -, _ or . Unique in the document.
   */
  id: string;
  /**
   * Individual or collective.
   */
  level: ("individual" | "collective") & string;
  /**
   * How do we know it worked?
   */
  statement: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
  /**
   * The elements of the national ToV (or another reference) this element makes concrete. Empty for a local addition.
   *
   * Items: Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  refines?: string[];
  /**
   * Where this comes from.
   */
  source?: {
    /**
     * Author, year and title.
     */
    document: string;
    section?: string;
  };
}
/**
 * What participants or neighbourhoods experience, showing that an outcome worked. Not a production count: visitor numbers belong to reach.
 */
export interface Output {
  /**
   * Lowercase letters and digits, words separated by -, _ or . Unique in the document.
   */
  id: string;
  /**
   * Individual or collective.
   */
  level: ("individual" | "collective") & string;
  /**
   * What participants or neighbourhoods experience.
   */
  statement: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
  /**
   * The elements of the national ToV (or another reference) this element makes concrete. Empty for a local addition.
   *
   * Items: Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  refines?: string[];
  /**
   * The outcomes (ids) this output shows to have worked.
   *
   * Items: Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  outcomes?: string[];
  /**
   * Which contributions this output can record: improvement, stabilisation, slower decline.
   *
   * @minItems 1
   *
   * Items: Value is not only change: improvement, stabilisation or slower decline.
   */
  contributions: [
    ("improvement" | "stabilisation" | "slower_decline") &
      string &
      ("improvement" | "stabilisation" | "slower_decline") &
      string,
    ...(("improvement" | "stabilisation" | "slower_decline") &
      string &
      ("improvement" | "stabilisation" | "slower_decline") &
      string)[]
  ];
  /**
   * How can we measure it? Counting and telling.
   */
  measurement?: Measurement[];
  /**
   * Where this comes from.
   */
  source?: {
    /**
     * Author, year and title.
     */
    document: string;
    section?: string;
  };
}
/**
 * How the output is measured: a method or instrument, counting or telling.
 */
export interface Measurement {
  /**
   * For example My Positive Health, or experience stories.
   */
  method: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
  /**
   * Counting (quantitative) or telling (qualitative).
   */
  kind: ("quantitative" | "qualitative") & string;
  /**
   * Where this comes from.
   */
  source?: {
    /**
     * Author, year and title.
     */
    document: string;
    section?: string;
  };
}
/**
 * What the organisation does to achieve the outputs, and the craft it relies on.
 */
export interface Activity {
  /**
   * Lowercase letters and digits, words separated by -, _ or . Unique in the document.
   */
  id: string;
  /**
   * A building block, another activity from the national ToV, or one of your own (own).
   */
  kind: (
    | "walk_in"
    | "by_and_for"
    | "recovery_offer"
    | "growth_pond"
    | "collective_advocacy"
    | "information_meetings"
    | "secondment"
    | "expex"
    | "respite"
    | "individual_support"
    | "online_support"
    | "policy_participation"
    | "own"
  ) &
    string;
  /**
   * Required for a kind of your own (own); otherwise the catalogue name is used.
   */
  label?: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
  /**
   * In your own words.
   */
  description?: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
  /**
   * The outputs (ids) this activity serves.
   *
   * Items: Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  outputs?: string[];
  /**
   * The craft concepts the activity relies on: how the work is done.
   *
   * Items: One of the nine central concepts of the craft of self-direction and recovery.
   */
  craft?: ((
    | "equality"
    | "reciprocity"
    | "low_threshold"
    | "proximity"
    | "safety"
    | "talent_development"
    | "free_space"
    | "lived_experience_expertise"
    | "support_climate"
  ) &
    string)[];
  /**
   * The benchmark for recovery support the activity primarily serves.
   */
  ijkpunt?: (
    "own_direction" | "experiential_knowledge" | "access_to_care" | "connection_to_society"
  ) &
    string;
  /**
   * Where this comes from.
   */
  source?: {
    /**
     * Author, year and title.
     */
    document: string;
    section?: string;
  };
}
/**
 * A precondition the activities need.
 */
export interface Input {
  /**
   * Lowercase letters and digits, words separated by -, _ or . Unique in the document.
   */
  id: string;
  /**
   * One of the national ToV's preconditions, sustainable funding, or one of your own.
   */
  kind: (
    | "lived_experience_staff"
    | "embedding"
    | "stakeholder_vision"
    | "independent_locations"
    | "organisation_leadership"
    | "visibility"
    | "collective_knowledge"
    | "sustainable_funding"
    | "own"
  ) &
    string;
  /**
   * Required for a kind of your own (own); otherwise the catalogue name is used.
   */
  label?: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
  /**
   * In your own words.
   */
  description?: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
  /**
   * The activities (ids) this input enables.
   *
   * Items: Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  activities?: string[];
  /**
   * Where this comes from.
   */
  source?: {
    /**
     * Author, year and title.
     */
    document: string;
    section?: string;
  };
}
/**
 * What the organisation counts as reach: visits, unique participants, activities held. Reach is not output.
 */
export interface Reach {
  /**
   * Lowercase letters and digits, words separated by -, _ or . Unique in the document.
   */
  id: string;
  kind: (
    | "visits"
    | "unique_participants"
    | "regular_visitors"
    | "incidental_visitors"
    | "activities_held"
    | "own"
  ) &
    string;
  /**
   * Required for a kind of your own (own); otherwise the catalogue name is used.
   */
  label?: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
  /**
   * The activities (ids) whose reach this is; empty for all.
   *
   * Items: Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  activities?: string[];
}
/**
 * A formal or informal partner the organisation works with (characteristic 10).
 */
export interface Partner {
  /**
   * The partner's name.
   */
  name: string;
  /**
   * A kind from characteristic 10; leave out for a kind of your own and describe it in label.
   */
  kind?: ("social_domain" | "welfare" | "general_practitioners" | "care_providers") & string;
  /**
   * What kind of partner this is, in your own words. Required without kind.
   */
  label?: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
  /**
   * The activities (ids) the partner takes part in.
   *
   * Items: Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  activities?: string[];
}
/**
 * An element of the reference ToV or a building block the organisation deliberately does not carry, with the reason.
 */
export interface Choice {
  /**
   * The id of an element of the reference ToV (impact, outcome, output), a kind of activity or input, or a building block.
   */
  element: string;
  /**
   * Why you deliberately do not do this, for example: we refer people to the neighbourhood team for it. Required.
   */
  reason: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
}
