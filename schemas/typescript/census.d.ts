/* The census document of the theory-of-value crate, generated from schemas/2020-12/en/census.schema.json by web/typescript.mjs. Do not edit. */

/**
 * The census of one organisation over one period: people per persona, visitors, visits and costs.
 */
export interface Census {
  /**
   * The JSON Schema this document follows (for editors).
   */
  $schema?: string;
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  id: string;
  /**
   * The organisation that counted.
   */
  organisation: string;
  /**
   * The identifier (id) of the persona set the census refers to.
   */
  persona_set: string;
  period: Period;
  /**
   * Sort your visitors into the personas, for example 20 as persona A, 80 as B and 50 as C.
   */
  personas?: PersonaCount[];
  neighbourhoods?: NeighbourhoodCount[];
  visitors?: Visitors;
  definitions?: Definitions;
  /**
   * Over the whole period, in euro cents.
   */
  costs: number;
  /**
   * For example the annual accounts.
   */
  cost_source?: {
    /**
     * Author, year and title.
     */
    document: string;
    section?: string;
  };
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
 * How many of your visitors match one persona.
 */
export interface PersonaCount {
  /**
   * The persona's identifier.
   */
  persona: string;
  people: number;
}
/**
 * How many neighbourhoods where the organisation works match one neighbourhood profile.
 */
export interface NeighbourhoodCount {
  /**
   * The neighbourhood profile's identifier.
   */
  profile: string;
  neighbourhoods: number;
}
/**
 * Visitor figures for the period. Fill in what you know; where everything is given it must add up.
 */
export interface Visitors {
  /**
   * Regular plus incidental.
   */
  unique?: number;
  regular?: number;
  incidental?: number;
  /**
   * One person on one day counts once.
   */
  visits?: number;
  /**
   * On an average day the organisation is open.
   */
  per_day?: number;
  /**
   * In the period, for example 5 days a week × 52 = 260.
   */
  days_open?: number;
}
/**
 * How the organisation counts. The report calls these open questions; write down your own definitions.
 */
export interface Definitions {
  /**
   * When someone counts as a unique participant.
   */
  unique_participant?: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
  /**
   * When someone is a regular rather than an incidental visitor.
   */
  regular_visitor?: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
}
