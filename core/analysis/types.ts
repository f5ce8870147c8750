/**
 * What Claimdesk understands about one claim beyond its words and speaker:
 * the figures and named things it holds, and how worth checking it is.
 */
export interface ClaimInsight {
  /** As written in the claim: "over 800,000 Afghans", "since November 2023", "12.5%". */
  figures: string[];
  /** Named people, organisations and places, acronyms expanded: "Tehrik-e-Taliban Pakistan (TTP)". */
  entities: string[];
  /** 0–1, two decimals. */
  checkWorthiness: number;
  /** Why, as short words a fact-checker reads on hover: "figure", "attribution", "opinion" ... */
  reasons: string[];
}

/** A denial in the article and the claim it disputes (indices into the article's rows). */
export interface InArticleDispute {
  /** The row that reports the denial ("The Taliban government denies these allegations, ..."). */
  denial: number;
  /** The row whose content is denied. */
  target: number;
  /** The words of the denial itself: "denies these allegations". */
  phrase: string;
  /** Who denies it, as attributed: "The Taliban government"; null when the article does not say. */
  speaker: string | null;
  /**
   * Doubt rather than denial ("other experts are cautious about the findings", "questioned the figures"): both
   * sides are contested, but the target is not said to be false, so it is no `disputedBy`.
   */
  doubt?: true;
}

/** One row of an article as the analysis sees it. */
export interface AnalysisRow {
  text: string;
  start: number;
  end: number;
  /** Only 'claim' rows are scored as claims; the rest are headlines, bylines, questions ... */
  kind: string;
  speaker: string | null;
}
