/* The report document of the theory-of-value crate, generated from schemas/2020-12/en/report.schema.json by web/typescript.mjs. Do not edit. */

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
