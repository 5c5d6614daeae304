/* The measurement-plan document of the theory-of-value crate, generated from schemas/2020-12/en/measurement-plan.schema.json by web/typescript.mjs. Do not edit. */

/**
 * Which instrument measures which output of the ToV, and how often.
 */
export interface MeasurementPlan {
  /**
   * The JSON Schema this document follows (for editors).
   */
  $schema?: string;
  /**
   * Lowercase letters and digits, words separated by -, _ or . Unique in the document.
   */
  id: string;
  /**
   * The identifier (id) of the ToV this document belongs to.
   */
  tov: string;
  organisation: string;
  /**
   * A year (2025), a month (2025-06) or a day (2025-06-13).
   */
  date: string;
  lines?: PlanLine[];
}
/**
 * One output, the instrument that measures it, and how often.
 */
export interface PlanLine {
  /**
   * The output's identifier in the ToV.
   */
  output: string;
  /**
   * What is used to measure: a questionnaire, municipal figures, experience stories, or an instrument of your own.
   */
  instrument: (
    | "mpg"
    | "nel"
    | "mansa"
    | "municipal_health"
    | "municipal_loneliness"
    | "municipal_labour"
    | "insurers_care_use"
    | "experience_stories"
    | "craft_instrument"
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
   * Required for an instrument of your own.
   */
  kind?: ("quantitative" | "qualitative") & string;
  /**
   * And who collects it.
   */
  frequency?: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
}
