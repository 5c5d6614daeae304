/* The assessment document of the theory-of-value crate, generated from schemas/2020-12/en/assessment.schema.json by web/typescript.mjs. Do not edit. */

/**
 * How the organisation assesses itself at one moment against the ten characteristics of low-threshold support points, and optionally the craft.
 */
export interface Assessment {
  /**
   * The JSON Schema this document follows (for editors).
   */
  $schema?: string;
  /**
   * Lowercase letters and digits, words separated by -, _ or . Unique in the document.
   */
  id: string;
  /**
   * The organisation assessing itself.
   */
  organisation: string;
  /**
   * When the assessment was made.
   */
  date: string;
  /**
   * Who took part, and from which role. Assess together with participants.
   */
  assessors?: Assessor[];
  /**
   * Each of the ten characteristics exactly once.
   *
   * @minItems 10
   */
  characteristics: [
    CharacteristicScore,
    CharacteristicScore,
    CharacteristicScore,
    CharacteristicScore,
    CharacteristicScore,
    CharacteristicScore,
    CharacteristicScore,
    CharacteristicScore,
    CharacteristicScore,
    CharacteristicScore,
    ...CharacteristicScore[]
  ];
  /**
   * Optional: craft concepts.
   */
  craft?: CraftScore[];
}
/**
 * Someone who took part in the assessment, and from which role.
 */
export interface Assessor {
  /**
   * A name or a group (participants' council).
   */
  name: string;
  /**
   * The role someone assessed from. Roles are equal and can change.
   */
  role: ("participant" | "relative" | "volunteer" | "staff" | "external") & string;
}
/**
 * The level of one characteristic, with a practice example.
 */
export interface CharacteristicScore {
  /**
   * One of the ten characteristics of low-threshold support points.
   */
  characteristic: (
    | "low_threshold_access"
    | "learning_recovery_development"
    | "give_and_take"
    | "reciprocity_equality"
    | "people_not_roles"
    | "needs_led"
    | "what_suits_you"
    | "collective_knowledge"
    | "experts_in_the_lead"
    | "cooperation"
  ) &
    string;
  /**
   * How far the characteristic is lived in daily practice.
   */
  level: ("not_yet" | "emerging" | "established" | "characteristic") & string;
  /**
   * In your own words. Needed for ‘established’ and ‘characteristic’.
   */
  evidence?: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
}
/**
 * The level of one craft concept, with a practice example.
 */
export interface CraftScore {
  /**
   * One of the nine central concepts of the craft of self-direction and recovery.
   */
  concept: (
    | "equality"
    | "reciprocity"
    | "low_threshold"
    | "proximity"
    | "safety"
    | "talent_development"
    | "free_space"
    | "lived_experience_expertise"
    | "support_climate"
  ) &
    string;
  /**
   * How far the characteristic is lived in daily practice.
   */
  level: ("not_yet" | "emerging" | "established" | "characteristic") & string;
  /**
   * In your own words. Needed for ‘established’ and ‘characteristic’.
   */
  evidence?: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
}
