/* The persona-set document of the theory-of-value crate, generated from schemas/2020-12/en/persona-set.schema.json by web/typescript.mjs. Do not edit. */

/**
 * Personas and neighbourhood profiles for one ToV.
 */
export interface PersonaSet {
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
  /**
   * The identifier (id) of the ToV this document belongs to.
   */
  tov: string;
  /**
   * In your own numbering.
   */
  version: string;
  /**
   * A year (2025), a month (2025-06) or a day (2025-06-13).
   */
  date: string;
  /**
   * Where the text or figure comes from.
   */
  source?: {
    /**
     * Author, year and title.
     */
    document: string;
    section?: string;
  };
  personas?: Persona[];
  neighbourhoods?: NeighbourhoodProfile[];
}
/**
 * A fictional but fact-based person who stands for a group of visitors: what the organisation meant for them, and which other care was avoided.
 */
export interface Persona {
  /**
   * Lowercase letters and digits, words separated by -, _ or . Unique in the document.
   */
  id: string;
  /**
   * A fictional name.
   */
  name: string;
  /**
   * A short story.
   */
  story: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
  /**
   * A text in Dutch, optionally with an English translation.
   */
  background: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
  /**
   * Items: A text in Dutch, optionally with an English translation.
   */
  vulnerabilities?: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  }[];
  /**
   * Items: A text in Dutch, optionally with an English translation.
   */
  talents?: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  }[];
  /**
   * Regular or incidental. The mix of both is itself an active ingredient.
   */
  visitor: ("regular" | "incidental") & string;
  /**
   * Which building blocks this persona uses.
   *
   * Items: One of the four building blocks present at nearly all self-direction and recovery organisations.
   */
  building_blocks?: (("walk_in" | "by_and_for" | "recovery_offer" | "growth_pond") & string)[];
  /**
   * What the organisation meant for this person, on individual outputs of the ToV.
   */
  added_value?: ValueEntry[];
  /**
   * Which other care or support was avoided.
   */
  care_avoided?: CareEntry[];
}
/**
 * What the organisation meant, in terms of one output of the ToV.
 */
export interface ValueEntry {
  /**
   * The output's identifier in the ToV.
   */
  output: string;
  /**
   * Improvement, stabilisation or slower decline.
   */
  contribution: ("improvement" | "stabilisation" | "slower_decline") & string;
  /**
   * How strong the contribution is, on a scale from slight to strong.
   */
  strength: ("slight" | "noticeable" | "considerable" | "strong") & string;
  /**
   * What it looks like for this persona.
   */
  narrative: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
}
/**
 * Care or support this persona no longer needed, with the cost per person per year and the source of that amount.
 */
export interface CareEntry {
  kind: (
    | "specialist_mental_health"
    | "basic_mental_health"
    | "crisis_care"
    | "gp_care"
    | "wmo_support"
    | "sheltered_housing"
    | "benefits_reintegration"
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
   * The law this care is paid under, and so who pays. Required for a kind of your own; otherwise the catalogue's law applies.
   */
  law?: ("zvw" | "wlz" | "jeugdwet" | "wmo" | "wpg" | "wvggz" | "other" | "unknown") & string;
  /**
   * In euro cents: 1265000 is €12,650.00.
   */
  yearly_cost: number;
  /**
   * Where the amount comes from, for example an NZa tariff.
   */
  source: {
    /**
     * Author, year and title.
     */
    document: string;
    section?: string;
  };
  adjustments?: Adjustments;
}
/**
 * Deadweight, attribution, displacement, duration with drop-off, discount rate; each with a source.
 */
export interface Adjustments {
  deadweight?: Adjustment;
  attribution?: Adjustment1;
  displacement?: Adjustment2;
  duration?: Duration;
  drop_off?: Adjustment3;
  discount_rate?: Adjustment4;
}
/**
 * The part that would have been avoided anyway, without the organisation.
 */
export interface Adjustment {
  /**
   * A number from 0 to 1.
   */
  share: number;
  /**
   * Where the share comes from: research, your own estimate.
   */
  source: {
    /**
     * Author, year and title.
     */
    document: string;
    section?: string;
  };
}
/**
 * The part due to others (other support, family, care).
 */
export interface Adjustment1 {
  /**
   * A number from 0 to 1.
   */
  share: number;
  /**
   * Where the share comes from: research, your own estimate.
   */
  source: {
    /**
     * Author, year and title.
     */
    document: string;
    section?: string;
  };
}
/**
 * The part that merely moved elsewhere.
 */
export interface Adjustment2 {
  /**
   * A number from 0 to 1.
   */
  share: number;
  /**
   * Where the share comes from: research, your own estimate.
   */
  source: {
    /**
     * Author, year and title.
     */
    document: string;
    section?: string;
  };
}
/**
 * How many years the avoided care counts (otherwise one).
 */
export interface Duration {
  /**
   * From 1 to 50.
   */
  years: number;
  /**
   * Where the text or figure comes from.
   */
  source: {
    /**
     * Author, year and title.
     */
    document: string;
    section?: string;
  };
}
/**
 * How much the effect fades each year after the first.
 */
export interface Adjustment3 {
  /**
   * A number from 0 to 1.
   */
  share: number;
  /**
   * Where the share comes from: research, your own estimate.
   */
  source: {
    /**
     * Author, year and title.
     */
    document: string;
    section?: string;
  };
}
/**
 * Per year, for the present value.
 */
export interface Adjustment4 {
  /**
   * A number from 0 to 1.
   */
  share: number;
  /**
   * Where the share comes from: research, your own estimate.
   */
  source: {
    /**
     * Author, year and title.
     */
    document: string;
    section?: string;
  };
}
/**
 * A typical neighbourhood where the organisation works, and the added value on collective outputs.
 */
export interface NeighbourhoodProfile {
  /**
   * Lowercase letters and digits, words separated by -, _ or . Unique in the document.
   */
  id: string;
  name: string;
  /**
   * A text in Dutch, optionally with an English translation.
   */
  description: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
  /**
   * On collective outputs of the ToV.
   */
  added_value?: ValueEntry[];
}
