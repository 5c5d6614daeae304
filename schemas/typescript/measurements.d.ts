/* The measurements document of the theory-of-value crate, generated from schemas/2020-12/en/measurements.schema.json by web/typescript.mjs. Do not edit. */

/**
 * The measurements of one organisation over one period, under pseudonyms.
 */
export interface Measurements {
  /**
   * The JSON Schema this document follows (for editors).
   */
  $schema?: string;
  /**
   * Lowercase letters and digits, words separated by -, _ or .
   */
  id: string;
  /**
   * The id of the ToV whose outputs are measured.
   */
  tov: string;
  organisation: string;
  period: Period;
  /**
   * Reliability and standard deviation per score, with source.
   */
  parameters?: ScoreParameters[];
  /**
   * Only with these can a decline count as a slower decline.
   */
  expected?: Expectation[];
  participants: Participant[];
}
/**
 * From the first to the last day counted.
 */
export interface Period {
  /**
   * A year (2025), a month (2025-06) or a day (2025-06-13).
   */
  start: string;
  /**
   * A year (2025), a month (2025-06) or a day (2025-06-13).
   */
  end: string;
}
/**
 * Reliability and standard deviation the organisation uses, with source.
 */
export interface ScoreParameters {
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  instrument: string;
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  score: string;
  reliability?: Parameter;
  sd?: Parameter;
}
/**
 * A figure with its source.
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
 * The expected course of a score without the organisation, for people like one persona. An assumption: say whose.
 */
export interface Expectation {
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  persona: string;
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  instrument: string;
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  score: string;
  /**
   * In the score's units; negative for a decline where higher is better.
   */
  change_per_year: number;
  /**
   * Whose assumption it is and what it rests on.
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
 * Under a pseudonymous code: no name, e-mail address, date of birth or citizen service number.
 */
export interface Participant {
  /**
   * Pseudonymous and unique in the document.
   */
  code: string;
  /**
   * The persona the participant resembles (optional).
   */
  persona?: string;
  moments: Moment[];
}
export interface Moment {
  /**
   * 1 for the first moment, 2 for the second, and so on.
   */
  moment: number;
  /**
   * A year (2025), a month (2025-06) or a day (2025-06-13).
   */
  date: string;
  scores: ScoreEntry[];
}
/**
 * Either the items, or the value of one score.
 */
export interface ScoreEntry {
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  instrument: string;
  /**
   * Only with a value.
   */
  score?: string;
  /**
   * In the instrument's order; null for an unanswered item.
   */
  items?: (number | null)[];
  value?: number;
}
