/* The stories document of the theory-of-value crate, generated from schemas/2020-12/en/stories.schema.json by web/typescript.mjs. Do not edit. */

/**
 * Stories along the ToV's outputs: telling beside counting.
 */
export interface Stories {
  /**
   * The JSON Schema this document follows (for editors).
   */
  $schema?: string;
  /**
   * Lowercase letters and digits, words separated by -, _ or .
   */
  id: string;
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  tov: string;
  organisation: string;
  stories: Story[];
}
export interface Story {
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  id: string;
  /**
   * Pseudonymous.
   */
  participant?: string;
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  persona?: string;
  /**
   * A text in Dutch, optionally with an English translation.
   */
  before: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
  /**
   * In the ToV's outputs.
   */
  meant: StoryOutput[];
  /**
   * Care or support that did not happen.
   */
  care_avoided?: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
  /**
   * A text in Dutch, optionally with an English translation.
   */
  own_words?: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
  /**
   * Required with own words.
   */
  consent?: ("public" | "internal" | "none") & string;
}
export interface StoryOutput {
  /**
   * Lowercase letters and digits, words separated by -, _ or . (for example op-meaning). Unique in the document.
   */
  output: string;
  /**
   * Value is not only change: improvement, stabilisation or slower decline.
   */
  contribution: ("improvement" | "stabilisation" | "slower_decline") & string;
  /**
   * A text in Dutch, optionally with an English translation.
   */
  text: {
    nl: string;
    /**
     * Optional.
     */
    en?: string;
  };
}
