/* The area-figures document of the theory-of-value crate, generated from schemas/2020-12/en/area-figures.schema.json by web/typescript.mjs. Do not edit. */

/**
 * Figures on municipalities and neighbourhoods for the collective level.
 */
export interface AreaFigures {
  /**
   * The JSON Schema this document follows (for editors).
   */
  $schema?: string;
  /**
   * Lowercase letters and digits, words separated by -, _ or .
   */
  id: string;
  /**
   * The id of the ToV whose outputs are meant.
   */
  tov: string;
  figures: AreaFigure[];
}
/**
 * A published figure for one area and year, beside the collective outputs it informs; no claim that the organisation caused it.
 */
export interface AreaFigure {
  municipality: string;
  /**
   * Only where the figure is for one neighbourhood.
   */
  neighbourhood?: string;
  /**
   * What the figure measures.
   */
  indicator: ("experienced_mental_health" | "loneliness" | "labour_participation" | "care_use") &
    string;
  year: number;
  value: number;
  /**
   * For example: % of residents aged 18 and over.
   */
  unit: string;
  /**
   * Where the figure is published, for example waarstaatjegemeente.nl.
   */
  source: string;
  /**
   * The collective outputs (ids) the figure is shown beside.
   *
   * Items: Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  outputs: string[];
}
