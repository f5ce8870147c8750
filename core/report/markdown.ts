/**
 * The reading report as Markdown (CommonMark with GitHub tables): the same
 * content as the HTML report, for a wiki, a ticket or an email.
 */
import type { ReviewArticle, ReviewClaim, ReviewCounts } from '../../db/queries/review-report';
import type { ReadingReportInput } from './html';
import { countWithShare, disputeHolder, isWebAddress, readableTime, REVIEW_STATES, reviewStateOf, sourceByline, stanceWords, stateLabel } from './reading';

// Line breaks inside a value would end the paragraph, list item or table row it sits in.
const LINE_BREAKS = /\s*[\r\n\v\f\u0085\u2028\u2029]+\s*/g;

/**
 * Text as Markdown that reads as itself, and still reads well as plain text:
 * characters that start emphasis, code, links, HTML or table cells are
 * backslash-escaped anywhere, an entity-like `&name;` keeps its `&`, what
 * would start a heading, list or quote at the start is escaped there, and
 * line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/^(\s*)([#+\-=>]|\d+(?=[.)]))/, (_m, space: string, start: string) => (/^\d/.test(start) ? `${space}${start}\\` : `${space}\\${start}`));
}

/** A link whose address cannot break out of it: `<…>` with spaces and angle brackets percent-encoded. */
function link(url: string, text: string): string {
  if (!isWebAddress(url)) return escapeMarkdown(text === url ? url : `${text} (${url})`);
  const safe = url.replace(/[\s<>]/g, (c) => encodeURIComponent(c));
  return `[${escapeMarkdown(text)}](<${safe}>)`;
}

function countsLine(counts: ReviewCounts): string {
  return REVIEW_STATES.map(({ state, label }) => `${label}: ${countWithShare(counts[state], counts)}`).join(' · ');
}

function claimBlock(claim: ReviewClaim): string {
  const state = reviewStateOf(claim);
  const head = [
    claim.number !== null ? `**#${claim.number}**` : '**hidden row**',
    `**${stateLabel(state).toUpperCase()}**`,
    claim.speaker ? `Speaker: ${escapeMarkdown(claim.speaker)}` : 'No speaker',
    claim.tags.length > 0 ? `Tags: ${claim.tags.map(escapeMarkdown).join(', ')}` : null,
    claim.reviewedAt !== null ? `Reviewed by ${escapeMarkdown(claim.reviewedBy ?? 'unknown')}, ${escapeMarkdown(readableTime(claim.reviewedAt))}` : null,
  ].filter(Boolean);
  const lines = [`- ${head.join(' · ')}`, '', `  > ${escapeMarkdown(claim.text)}`];
  if (claim.notes.length > 0) {
    lines.push('', '  Notes:', '');
    for (const n of claim.notes) lines.push(`  - ${escapeMarkdown(n.body)} — ${escapeMarkdown(n.author)}, ${escapeMarkdown(readableTime(n.createdAt))}`);
  }
  if (claim.sources.length > 0) {
    lines.push('', '  Sources:', '');
    for (const s of claim.sources) {
      const byline = sourceByline(s);
      lines.push(
        `  - ${link(s.url, s.title?.trim() || s.url)}${byline ? ` — ${escapeMarkdown(byline)}` : ''} *(${stanceWords(s)})*${s.excerpt ? ` “${escapeMarkdown(s.excerpt)}”` : ''}`,
      );
    }
  }
  if (claim.disputes.length > 0) {
    lines.push('', '  Disputed in the article:', '');
    for (const d of claim.disputes) {
      lines.push(`  - ${escapeMarkdown(disputeHolder(d))} (“${escapeMarkdown(d.phrase)}”): ${escapeMarkdown(d.text)}${d.state === 'pending' ? ' *— suggested, not yet reviewed*' : ''}`);
    }
  }
  return lines.join('\n');
}

function articleBlock(article: ReviewArticle): string {
  const meta = [
    article.date ? `Dated ${escapeMarkdown(article.date)}` : null,
    article.filename ? `File ${escapeMarkdown(article.filename)}` : null,
    article.sourceUrl ? `From ${link(article.sourceUrl, article.sourceUrl)}` : null,
  ].filter(Boolean);
  return [`## ${escapeMarkdown(article.title)}`, '', ...(meta.length > 0 ? [meta.join(' · '), ''] : []), countsLine(article.counts), '', article.claims.map(claimBlock).join('\n\n'), ''].join('\n');
}

/** The Markdown report as text chunks: the title and summary, then one chunk per article. */
export function* markdownReportChunks(input: ReadingReportInput, tally: { rowCount: number } = { rowCount: 0 }): Generator<string> {
  const { summary } = input;
  const head = [
    '# Fact-check report',
    '',
    `${escapeMarkdown(input.filterDescription)} · made ${escapeMarkdown(readableTime(input.generatedAt))} with Claimdesk`,
    '',
    '## Summary',
    '',
    `${summary.overall.total} claim${summary.overall.total === 1 ? '' : 's'} in ${summary.articles.length} article${summary.articles.length === 1 ? '' : 's'}. ${countsLine(summary.overall)}`,
    '',
  ];
  if (summary.articles.length > 0) {
    head.push(`| Article | Date | Claims | ${REVIEW_STATES.map((s) => s.label).join(' | ')} |`, `|---|---|--:|${REVIEW_STATES.map(() => '--:').join('|')}|`);
    for (const a of summary.articles) {
      head.push(`| ${escapeMarkdown(a.title)} | ${escapeMarkdown(a.date ?? '')} | ${a.counts.total} | ${REVIEW_STATES.map((s) => a.counts[s.state]).join(' | ')} |`);
    }
    head.push('');
  } else {
    head.push('No claims match this report’s filter.', '');
  }
  yield `${head.join('\n')}\n`;
  for (const article of input.articles) {
    tally.rowCount += article.claims.length;
    yield `${articleBlock(article)}\n`;
  }
}
