/* The comparison document of the theory-of-value crate, generated from schemas/2020-12/en/comparison.schema.json by web/typescript.mjs. Do not edit. */

/**
 * How a local ToV carries the national one (or another reference): per element the local refinements or a gap, the local additions and the coverage.
 */
export interface Comparison {
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  local: string;
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  reference: string;
  elements: ElementCoverage[];
  additions: Addition[];
  /**
   * Per layer, and per level for outcomes and outputs.
   */
  coverage: LayerCoverage[];
  building_blocks: BlockCoverage[];
  inputs: InputCoverage[];
  report: Report;
}
/**
 * One element of the reference ToV and the local elements that carry it.
 */
export interface ElementCoverage {
  /**
   * The element's id, or the kind for activities and inputs.
   */
  reference: string;
  /**
   * A layer of the chain: impact, outcome, output, activities or input.
   */
  layer: ("impact" | "outcome" | "output" | "activity" | "input") & string;
  /**
   * Individual or collective.
   */
  level?: ("individual" | "collective") & string;
  /**
   * A readable name: the name of the kind, or the start of the statement.
   */
  label: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
  /**
   * The local elements that carry it; empty for a gap.
   *
   * Items: Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  refined_by: string[];
  /**
   * The reason the local ToV gives for deliberately not carrying this element.
   */
  choice?: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
}
/**
 * A local element that refines nothing in the reference ToV: couleur locale.
 */
export interface Addition {
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  id: string;
  /**
   * A layer of the chain: impact, outcome, output, activities or input.
   */
  layer: ("impact" | "outcome" | "output" | "activity" | "input") & string;
  /**
   * Individual or collective.
   */
  level?: ("individual" | "collective") & string;
  /**
   * A readable name: its own name, or the start of its statement.
   */
  label: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
}
/**
 * How many elements of a layer (and level) of the reference are carried locally.
 */
export interface LayerCoverage {
  /**
   * A layer of the chain: impact, outcome, output, activities or input.
   */
  layer: ("impact" | "outcome" | "output" | "activity" | "input") & string;
  /**
   * Individual or collective.
   */
  level?: ("individual" | "collective") & string;
  covered: number;
  total: number;
}
/**
 * The local activities of one building block.
 */
export interface BlockCoverage {
  /**
   * One of the four building blocks present at nearly all self-direction and recovery organisations.
   */
  block: ("walk_in" | "by_and_for" | "recovery_offer" | "growth_pond") & string;
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
   * Items: Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  activities: string[];
}
/**
 * The local inputs of one kind.
 */
export interface InputCoverage {
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
   * Items: Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  inputs: string[];
}
/**
 * Every finding of a check.
 */
export interface Report {
  findings: Finding[];
}
/**
 * Something the check found, with a stable code, a place in the document and an explanation.
 */
export interface Finding {
  /**
   * A stable code for an error or finding; see the rule table.
   */
  code: (
    | "TOV001"
    | "TOV002"
    | "TOV003"
    | "TOV004"
    | "TOV005"
    | "TOV006"
    | "TOV007"
    | "TOV010"
    | "TOV011"
    | "TOV101"
    | "TOV102"
    | "TOV103"
    | "TOV104"
    | "TOV105"
    | "TOV106"
    | "TOV107"
    | "TOV108"
    | "TOV109"
    | "TOV110"
    | "TOV111"
    | "TOV112"
    | "TOV113"
    | "TOV114"
    | "TOV115"
    | "TOV116"
    | "TOV117"
    | "TOV118"
    | "TOV119"
    | "TOV120"
    | "TOV121"
    | "TOV122"
    | "TOV123"
    | "TOV124"
    | "TOV125"
    | "TOV126"
    | "TOV128"
    | "TOV129"
    | "TOV201"
    | "TOV202"
    | "TOV203"
    | "TOV204"
    | "TOV205"
    | "TOV206"
    | "TOV207"
    | "TOV208"
    | "TOV209"
    | "TOV210"
    | "TOV211"
    | "TOV212"
    | "TOV213"
    | "TOV214"
    | "TOV215"
    | "TOV216"
    | "TOV217"
    | "TOV220"
    | "TOV221"
    | "TOV222"
    | "TOV223"
    | "TOV224"
    | "TOV225"
    | "TOV226"
    | "TOV227"
    | "TOV228"
    | "TOV301"
    | "TOV302"
    | "TOV303"
    | "TOV304"
    | "TOV305"
    | "TOV306"
    | "TOV307"
    | "TOV308"
    | "TOV309"
    | "TOV310"
    | "TOV401"
    | "TOV402"
    | "TOV403"
    | "TOV404"
    | "TOV405"
    | "TOV406"
    | "TOV407"
    | "TOV408"
    | "TOV409"
    | "TOV410"
    | "TOV501"
    | "TOV502"
    | "TOV503"
    | "TOV504"
    | "TOV505"
    | "TOV506"
    | "TOV507"
    | "TOV508"
    | "TOV509"
    | "TOV510"
    | "TOV511"
    | "TOV512"
    | "TOV513"
    | "TOV514"
    | "TOV515"
  ) &
    string;
  /**
   * Error, warning or information.
   */
  severity: ("info" | "warning" | "error") & string;
  /**
   * A JSON Pointer to the place in the document.
   */
  path: string;
  /**
   * A message in Dutch and English.
   */
  message: {
    nl: string;
    en: string;
  };
}
