/* The funding document of the theory-of-value crate, generated from schemas/2020-12/en/funding.schema.json by web/typescript.mjs. Do not edit. */

/**
 * The funding agreements of one organisation over one period.
 */
export interface Funding {
  /**
   * The JSON Schema this document follows (for editors).
   */
  $schema?: string;
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  id: string;
  /**
   * The organisation funded.
   */
  organisation: string;
  period: Period;
  /**
   * @minItems 1
   */
  agreements: [Agreement, ...Agreement[]];
  /**
   * Where the amounts come from, for example the annual accounts.
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
 * One agreement with a funder: kind of funder, law, form, term, amount, period and accountability.
 */
export interface Agreement {
  /**
   * Unique in the document.
   */
  id: string;
  /**
   * The funder's name.
   */
  funder: string;
  /**
   * Municipality, region, insurer, fund, subcontracting via a care provider, other or unknown.
   */
  funder_kind: (
    "municipality" | "region" | "insurer" | "fund" | "subcontracting" | "other" | "unknown"
  ) &
    string;
  /**
   * The law the money comes under, for example the Wmo; leave out when there is none (a fund).
   */
  law?: ("zvw" | "wlz" | "jeugdwet" | "wmo" | "wpg" | "wvggz" | "other" | "unknown") & string;
  /**
   * Subsidy, lump sum, tender, subcontract, personal budget or project.
   */
  form: ("subsidy" | "lump_sum" | "tender" | "subcontracting" | "pgb" | "project") & string;
  /**
   * One-year or multi-year.
   */
  term: ("one_year" | "multi_year") & string;
  /**
   * Over the agreement's period, in euro cents: 9000000 is €90,000.00.
   */
  amount: number;
  period: Period;
  accountability?: Accountability;
}
/**
 * What the funder asks in return: reports per year and the indicators to report on.
 */
export interface Accountability {
  /**
   * How often a year a report is due.
   */
  reports_per_year?: number;
  /**
   * For example the number of visitors.
   *
   * Items: A text in Dutch, optionally with an English translation.
   */
  indicators?: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  }[];
}
