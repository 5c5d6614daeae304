/* The instrument document of the theory-of-value crate, generated from schemas/2020-12/en/instrument.schema.json by web/typescript.mjs. Do not edit. */

/**
 * The structure of a questionnaire: items, scale, scores and how they are computed. Never the item texts.
 */
export interface Instrument {
  /**
   * The JSON Schema this document follows (for editors).
   */
  $schema?: string;
  /**
   * Lowercase letters and digits, words separated by -, _ or .
   */
  id: string;
  /**
   * A text in Dutch, optionally with an English translation.
   */
  name: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
  /**
   * The publications that describe the instrument.
   *
   * Items: Where the text or figure comes from.
   */
  sources: {
    /**
     * Author, year and title.
     */
    document: string;
    section?: string;
  }[];
  /**
   * Leave out when not known.
   */
  items?: number;
  scale?: Scale;
  /**
   * The total and the subscales.
   */
  scores: ScoreDefinition[];
  /**
   * What is left out and why.
   */
  notes?: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
}
export interface Scale {
  min: number;
  max: number;
  /**
   * Higher is better unless stated.
   */
  direction?: ("higher_is_better" | "lower_is_better") & string;
}
/**
 * The total or a subscale.
 */
export interface ScoreDefinition {
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  id: string;
  /**
   * A text in Dutch, optionally with an English translation.
   */
  name: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
  /**
   * Numbers from 1; empty for every item or when not known.
   */
  items?: number[];
  /**
   * Mean or sum of the items; leave out when not known.
   */
  method?: ("mean" | "sum") & string;
  /**
   * This many items may be missing; 0 where the source says nothing.
   */
  max_missing?: number;
  scale?: Scale1;
  reliability?: Parameter;
  sd?: Parameter1;
  /**
   * The outputs (ids) the score can evidence.
   *
   * Items: Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  outputs?: string[];
}
/**
 * Only where it differs from the item scale.
 */
export interface Scale1 {
  min: number;
  max: number;
  /**
   * Higher is better unless stated.
   */
  direction?: ("higher_is_better" | "lower_is_better") & string;
}
/**
 * For example Cronbach's alpha, with source.
 */
export interface Parameter {
  value: number;
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
 * In a norm or reference group, with source.
 */
export interface Parameter1 {
  value: number;
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
