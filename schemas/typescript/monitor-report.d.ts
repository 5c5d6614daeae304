/* The monitor-report document of the theory-of-value crate, generated from schemas/2020-12/en/monitor-report.schema.json by web/typescript.mjs. Do not edit. */

/**
 * Per output: how many participants were measured and how their situation changed, beside the persona estimate, with stories and area trends. Small counts are suppressed.
 */
export interface MonitorReport {
  /**
   * The JSON Schema this document follows (for editors).
   */
  $schema?: string;
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  tov: string;
  organisations: string[];
  period: Period;
  /**
   * Counts below it are not shown.
   */
  threshold: number;
  outputs: OutputMonitor[];
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
export interface OutputMonitor {
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  output: string;
  /**
   * Items: Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  refines?: string[];
  /**
   * Individual (participants and relatives) or collective (neighbourhoods, communities, municipalities, regions).
   */
  level: ("individual" | "collective") & string;
  /**
   * A text in Dutch, optionally with an English translation.
   */
  statement: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
  /**
   * Participants with at least one score on this output.
   */
  measured:
    | number
    | {
        /**
         * The threshold in force: the cell is shown as "< below".
         */
        below: number;
      }
    | {
        /**
         * The sum of the counts that were shown.
         */
        at_least: number;
      };
  changes: ChangeCount[];
  expected?: ExpectedCount[];
  stories?: StoryLine[];
  /**
   * Only with consent to quote publicly.
   */
  quotes?: Quote[];
  areas?: AreaTrend[];
}
export interface ChangeCount {
  /**
   * Improvement, stabilisation, slower decline, decline, or not classifiable.
   */
  change: ("improvement" | "stabilisation" | "slower_decline" | "decline" | "not_classifiable") &
    string;
  /**
   * A count, or {"below": 5} when below the threshold (shown as < 5), or {"at_least": n} in a movement-wide picture.
   */
  count:
    | number
    | {
        /**
         * The threshold in force: the cell is shown as "< below".
         */
        below: number;
      }
    | {
        /**
         * The sum of the counts that were shown.
         */
        at_least: number;
      };
  share?: Interval;
}
/**
 * Of the participants measured, with the 95% confidence interval (Wilson).
 */
export interface Interval {
  /**
   * From 0 to 1.
   */
  share: number;
  low: number;
  high: number;
}
export interface ExpectedCount {
  /**
   * Value is not only change: improvement, stabilisation or slower decline.
   */
  contribution: ("improvement" | "stabilisation" | "slower_decline") & string;
  people: number;
}
export interface StoryLine {
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  story: string;
  /**
   * Value is not only change: improvement, stabilisation or slower decline.
   */
  contribution: ("improvement" | "stabilisation" | "slower_decline") & string;
  /**
   * Only with consent to quote publicly.
   */
  text?: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
}
export interface Quote {
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  story: string;
  /**
   * A text in Dutch, optionally with an English translation.
   */
  words: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
}
/**
 * An area figure over the years, beside a collective output; no claim of attribution.
 */
export interface AreaTrend {
  municipality: string;
  neighbourhood?: string;
  /**
   * What the figure measures.
   */
  indicator: ("experienced_mental_health" | "loneliness" | "labour_participation" | "care_use") &
    string;
  unit: string;
  source: string;
  points: AreaPoint[];
}
export interface AreaPoint {
  year: number;
  value: number;
}
