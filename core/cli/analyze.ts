/**
 * `claimdesk analyze FILE|-`: what Claimdesk understands about an article,
 * without touching any workspace. `--json` gives every field of every row.
 */
import { analyzeArticle, NO_METADATA, type AnalyzedArticle, type ArticleMetadata } from '../import';

/** One row of an article as `analyze --json` prints it. */
export interface AnalyzedClaimJson {
  text: string;
  /** UTF-16 offsets into the article text as decoded. */
  start: number;
  end: number;
  /** 'claim', or what else the row is: 'headline', 'dateline', 'byline', 'question', 'caption', 'metadata'. */
  kind: string;
  speaker: string | null;
  figures: string[];
  entities: string[];
  checkWorthiness: number;
  reasons: string[];
  /** Stored hidden on import: not a claim by kind, or too little to check. */
  excluded: boolean;
  /** Texts of the rows whose denials dispute this one. */
  disputedBy: string[];
  /** One side of a disagreement the article reports: a claim a denial disputes, or the denial. */
  contested: boolean;
  /** Texts of the other sides: the denials of a disputed claim, the claims a denial disputes. */
  contestedWith: string[];
  /** The same denials with who made them and their words, as the app shows them. */
  disputes: Array<{ text: string; speaker: string | null; phrase: string }>;
}

export interface AnalyzedArticleJson {
  /** `author` and `url`: what a web page says about itself (null for text and Word files). */
  article: { title: string; date: string | null; dateline: string | null; author: string | null; url: string | null };
  claims: AnalyzedClaimJson[];
}

export function toAnalysisJson(analysis: AnalyzedArticle, metadata: ArticleMetadata = NO_METADATA): AnalyzedArticleJson {
  const disputesOf = analysis.claims.map((): AnalyzedClaimJson['disputes'] => []);
  const sidesOf = analysis.claims.map(() => new Set<string>());
  for (const d of analysis.disputes) {
    const denial = analysis.claims[d.denial];
    const target = analysis.claims[d.target];
    // Doubt ("cautious about the findings") contests a claim without calling it false: contested, not disputed.
    if (denial && !d.doubt) disputesOf[d.target]?.push({ text: denial.text, speaker: d.speaker, phrase: d.phrase });
    if (denial && target) {
      sidesOf[d.target]!.add(denial.text);
      sidesOf[d.denial]!.add(target.text);
    }
  }
  return {
    // The same title and date an import stores: a page's own ahead of the analyser's reading.
    article: { title: metadata.title ?? analysis.title, date: metadata.date ?? analysis.date, dateline: analysis.dateline, author: metadata.author, url: metadata.url },
    claims: analysis.claims.map((c, i) => ({
      text: c.text,
      start: c.start,
      end: c.end,
      kind: c.kind,
      speaker: c.speaker,
      figures: c.figures,
      entities: c.entities,
      checkWorthiness: c.checkWorthiness,
      reasons: c.reasons,
      excluded: c.excluded,
      disputedBy: [...new Set((disputesOf[i] ?? []).map((d) => d.text))],
      contested: sidesOf[i]!.size > 0,
      contestedWith: [...sidesOf[i]!],
      disputes: disputesOf[i] ?? [],
    })),
  };
}

export function analyzeText(text: string, metadata: ArticleMetadata = NO_METADATA): AnalyzedArticleJson {
  return toAnalysisJson(analyzeArticle(text), metadata);
}

/** A reading of the analysis for a terminal: one line per row, shown claims first-class. */
export function formatAnalysis(json: AnalyzedArticleJson): string {
  const lines = [
    `${json.article.title}${json.article.date ? ` (${json.article.date})` : ''}${json.article.dateline ? ` — ${json.article.dateline}` : ''}`,
    ...(json.article.author ? [`by ${json.article.author}`] : []),
    ...(json.article.url ? [json.article.url] : []),
  ];
  json.claims.forEach((c, i) => {
    const text = c.text.replace(/\s+/g, ' ');
    const label = c.excluded ? `(${c.kind === 'claim' ? 'excluded' : c.kind})` : c.checkWorthiness.toFixed(2);
    lines.push(`${String(i + 1).padStart(3)}  ${label.padEnd(10)} ${c.speaker ?? '-'}: ${text.length > 100 ? `${text.slice(0, 99)}…` : text}`);
    if (c.figures.length) lines.push(`       figures: ${c.figures.join('; ')}`);
    if (c.reasons.length && !c.excluded) lines.push(`       why: ${c.reasons.join(', ')}`);
    for (const d of c.disputes) lines.push(`       disputed by: ${d.speaker ?? 'the article'} — “${d.phrase}”`);
  });
  return `${lines.join('\n')}\n`;
}
