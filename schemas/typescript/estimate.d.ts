/* The estimate document of the theory-of-value crate, generated from schemas/2020-12/en/estimate.schema.json by web/typescript.mjs. Do not edit. */

/**
 * The estimated added value per output and the care costs avoided, with every line the totals consist of.
 */
export interface Estimate {
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  tov: string;
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  persona_set: string;
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  census: string;
  outputs: OutputEstimate[];
  care_lines: CareLine[];
  /**
   * The sum of the lines, before adjustments.
   */
  gross: number;
  /**
   * The sum of the lines, after adjustments.
   */
  net: number;
  /**
   * Amount in euro cents: 1265000 is €12,650.00.
   */
  organisation_cost: number;
  /**
   * Care costs avoided per payer, with the lines they add up; together exactly the total.
   */
  by_payer: PayerTotal[];
  /**
   * Care costs avoided per law, with the lines they add up.
   */
  by_law: LawTotal[];
}
/**
 * For how many people (or neighbourhoods) the output is recorded, per kind of contribution, with the strength.
 */
export interface OutputEstimate {
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  output: string;
  /**
   * Individual or collective.
   */
  level: ("individual" | "collective") & string;
  /**
   * People (individual) or neighbourhoods (collective).
   */
  count: number;
  improvement: number;
  stabilisation: number;
  slower_decline: number;
  /**
   * The sum of count × strength (1 to 4).
   */
  strength_points: number;
  lines: ValueLine[];
}
/**
 * The contribution of one persona or neighbourhood profile to an output.
 */
export interface ValueLine {
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  from: string;
  count: number;
  /**
   * Improvement, stabilisation or slower decline.
   */
  contribution: ("improvement" | "stabilisation" | "slower_decline") & string;
  /**
   * How strong the contribution is, on a scale from slight to strong.
   */
  strength: ("slight" | "noticeable" | "considerable" | "strong") & string;
  /**
   * Count × strength.
   */
  points: number;
}
/**
 * One kind of care avoided for one persona, computed per person and then times the number of people.
 */
export interface CareLine {
  /**
   * The persona's identifier.
   */
  persona: string;
  /**
   * The position in the persona's list of care avoided, from 0.
   */
  entry: number;
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
   * A text in Dutch, optionally with an English translation.
   */
  label: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
  /**
   * The law the care is paid under.
   */
  law: ("zvw" | "wlz" | "jeugdwet" | "wmo" | "wpg" | "wvggz" | "other" | "unknown") & string;
  /**
   * Who pays for the care, and so who saves when it is avoided.
   */
  payer: ("insurer" | "care_office" | "municipality" | "other" | "unknown") & string;
  /**
   * The number of people of this persona in the census.
   */
  people: number;
  /**
   * Per person, as given.
   */
  yearly_cost: number;
  /**
   * Per person per year.
   */
  after_deadweight: number;
  /**
   * Per person per year.
   */
  after_attribution: number;
  /**
   * The first year's value, per person.
   */
  after_displacement: number;
  years: YearLine[];
  /**
   * Yearly cost × number of years.
   */
  unit_gross: number;
  /**
   * The sum of the years' present values.
   */
  unit_net: number;
  /**
   * People × gross per person.
   */
  gross: number;
  /**
   * People × net per person.
   */
  net: number;
}
/**
 * One year of a line of care avoided, per person.
 */
export interface YearLine {
  /**
   * From 1.
   */
  year: number;
  /**
   * After adjustments and drop-off.
   */
  value: number;
  /**
   * Amount in euro cents: 1265000 is €12,650.00.
   */
  present_value: number;
}
/**
 * The sum of the lines of care avoided this payer pays for.
 */
export interface PayerTotal {
  /**
   * Who pays: insurer, care office, municipality, other or unknown.
   */
  payer: ("insurer" | "care_office" | "municipality" | "other" | "unknown") & string;
  /**
   * Amount in euro cents: 1265000 is €12,650.00.
   */
  gross: number;
  /**
   * Amount in euro cents: 1265000 is €12,650.00.
   */
  net: number;
  /**
   * The numbers of the lines of care avoided, from 0.
   */
  lines: number[];
}
/**
 * The sum of the lines of care avoided paid under this law.
 */
export interface LawTotal {
  /**
   * The law under which care or money is paid (Theory of Value, ‘Wettelijk kader’).
   */
  law: ("zvw" | "wlz" | "jeugdwet" | "wmo" | "wpg" | "wvggz" | "other" | "unknown") & string;
  /**
   * Who pays: insurer, care office, municipality, other or unknown.
   */
  payer: ("insurer" | "care_office" | "municipality" | "other" | "unknown") & string;
  /**
   * Amount in euro cents: 1265000 is €12,650.00.
   */
  gross: number;
  /**
   * Amount in euro cents: 1265000 is €12,650.00.
   */
  net: number;
  /**
   * The numbers of the lines of care avoided, from 0.
   */
  lines: number[];
}
