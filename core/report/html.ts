/**
 * The report for reading and printing: one self-contained HTML file (no
 * scripts, nothing fetched: its own CSP forbids both), a summary across
 * articles, then per article its title, date and file, a status chart, and
 * every claim with verdict, speaker, notes, sources and in-article disputes.
 * A print stylesheet starts each article on a new page.
 */
import type { ReviewArticle, ReviewClaim, ReviewCounts, ReviewSummary } from '../../db/queries/review-report';
import {
  countWithShare,
  disputeHolder,
  isWebAddress,
  readableTime,
  REVIEW_STATES,
  reviewStateOf,
  sourceByline,
  stanceWords,
  stateLabel,
} from './reading';

export interface ReadingReportInput {
  summary: ReviewSummary;
  articles: Iterable<ReviewArticle>;
  /** The filter the report follows, in words (describeFilter). */
  filterDescription: string;
  generatedAt: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML: every character that could start markup or end an attribute escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const STYLE = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --rule: #d0d7de; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .25rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; }
h3 { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: .6rem 0 .1rem; }
a { color: #0b5cad; overflow-wrap: anywhere; }
.meta { color: var(--muted); margin: 0 0 .6rem; }
.chart { display: flex; align-items: center; gap: 1rem; flex-wrap: wrap; margin: .5rem 0 1rem; }
.chart svg { flex: 0 0 auto; }
.legend { display: flex; gap: .9rem; flex-wrap: wrap; margin: 0; padding: 0; list-style: none; font-size: .9rem; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .3em; vertical-align: -.05em; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { font-weight: 600; }
td.date { white-space: nowrap; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
ol.claims { list-style: none; padding: 0; margin: 0; }
li.claim { border: 1px solid var(--rule); border-left: 5px solid var(--state); border-radius: 4px; padding: .6rem .9rem; margin: 0 0 .8rem; break-inside: avoid; }
.claim-head { display: flex; gap: .7rem; align-items: baseline; flex-wrap: wrap; font-size: .9rem; }
.number { font-weight: 700; }
.verdict { font-weight: 700; color: var(--state); text-transform: uppercase; letter-spacing: .03em; }
.speaker { color: var(--muted); }
.tag { display: inline-block; border: 1px solid var(--rule); border-radius: 999px; padding: 0 .5em; font-size: .8rem; color: var(--muted); }
blockquote { margin: .35rem 0; font-size: 1.05rem; }
ul.items { margin: 0; padding-left: 1.2rem; }
.excerpt { color: var(--muted); }
.empty { color: var(--muted); font-style: italic; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  @page { margin: 16mm 14mm; }
  section.article { break-before: page; }
  h2 { margin-top: 0; }
  a { color: inherit; }
  a[href]:not(.bare):not([href^="#"])::after { content: " <" attr(href) ">"; font-size: .85em; color: var(--muted); }
  li.claim, svg, .swatch { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}`;

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** One stacked bar of the four review states, with a legend of counts; drawn in SVG so it prints. */
function chart(counts: ReviewCounts, label: string): string {
  const width = 320;
  const height = 18;
  let x = 0;
  const bars = REVIEW_STATES.map(({ state, colour }) => {
    const n = counts[state];
    if (n === 0 || counts.total === 0) return '';
    const w = (n / counts.total) * width;
    const rect = `<rect x="${x.toFixed(2)}" y="0" width="${w.toFixed(2)}" height="${height}" fill="${colour}"/>`;
    x += w;
    return rect;
  }).join('');
  const legend = REVIEW_STATES.map(
    ({ state, label: name, colour }) => `<li><span class="swatch" style="background:${colour}"></span>${name}: ${countWithShare(counts[state], counts)}</li>`,
  ).join('');
  return `<div class="chart"><svg role="img" aria-label="${escapeHtml(label)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="#eaeef2"/>${bars}</svg><ul class="legend">${legend}</ul></div>`;
}

function link(url: string, text: string): string {
  // A link that shows its own address is not printed twice.
  if (isWebAddress(url)) return `<a href="${escapeHtml(url)}"${text === url ? ' class="bare"' : ''}>${escapeHtml(text)}</a>`;
  return escapeHtml(text === url ? url : `${text} (${url})`);
}

function summarySection(input: ReadingReportInput): string {
  const { summary } = input;
  const rows = summary.articles
    .map(
      (a) =>
        `<tr><td><a href="#article-${a.id}">${escapeHtml(a.title)}</a></td><td class="date">${escapeHtml(a.date ?? '')}</td><td class="n">${a.counts.total}</td>${REVIEW_STATES.map(
          ({ state }) => `<td class="n">${a.counts[state]}</td>`,
        ).join('')}</tr>`,
    )
    .join('\n');
  const table =
    summary.articles.length === 0
      ? '<p class="empty">No claims match this report’s filter.</p>'
      : `<table><thead><tr><th>Article</th><th>Date</th><th class="n">Claims</th>${REVIEW_STATES.map(({ label }) => `<th class="n">${label}</th>`).join('')}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
  return `<section class="summary"><h2>Summary</h2>
<p class="meta">${summary.overall.total} claim${summary.overall.total === 1 ? '' : 's'} in ${summary.articles.length} article${summary.articles.length === 1 ? '' : 's'}</p>
${chart(summary.overall, 'All claims by review state')}
${table}
</section>`;
}

function claimItem(claim: ReviewClaim): string {
  const state = reviewStateOf(claim);
  const colour = REVIEW_STATES.find((s) => s.state === state)!.colour;
  const head = [
    claim.number !== null ? `<span class="number">#${claim.number}</span>` : '<span class="number">hidden row</span>',
    `<span class="verdict">${stateLabel(state)}</span>`,
    `<span class="speaker">${claim.speaker ? `Speaker: ${escapeHtml(claim.speaker)}` : 'No speaker'}</span>`,
    claim.tags.length > 0 ? `<span class="tags">${claim.tags.map((t) => `<span class="tag">${escapeHtml(t)}</span>`).join(' ')}</span>` : '',
    claim.reviewedAt !== null ? `<span class="speaker">Reviewed by ${escapeHtml(claim.reviewedBy ?? 'unknown')}, ${escapeHtml(readableTime(claim.reviewedAt))}</span>` : '',
  ].join(' ');
  const parts = [`<div class="claim-head">${head}</div>`, `<blockquote>${escapeHtml(claim.text)}</blockquote>`];
  if (claim.notes.length > 0) {
    const notes = claim.notes.map((n) => `<li>${escapeHtml(n.body)} <span class="excerpt">— ${escapeHtml(n.author)}, ${escapeHtml(readableTime(n.createdAt))}</span></li>`);
    parts.push(`<h3>Notes</h3><ul class="items">${notes.join('')}</ul>`);
  }
  if (claim.sources.length > 0) {
    const sources = claim.sources.map((s) => {
      const byline = sourceByline(s);
      return `<li>${link(s.url, s.title?.trim() || s.url)}${byline ? ` — ${escapeHtml(byline)}` : ''} <em>(${stanceWords(s)})</em>${s.excerpt ? ` <span class="excerpt">“${escapeHtml(s.excerpt)}”</span>` : ''}</li>`;
    });
    parts.push(`<h3>Sources</h3><ul class="items">${sources.join('')}</ul>`);
  }
  if (claim.disputes.length > 0) {
    const disputes = claim.disputes.map(
      (d) =>
        `<li>${escapeHtml(disputeHolder(d))} (“${escapeHtml(d.phrase)}”): <span class="excerpt">${escapeHtml(d.text)}</span>${d.state === 'pending' ? ' <em>— suggested, not yet reviewed</em>' : ''}</li>`,
    );
    parts.push(`<h3>Disputed in the article</h3><ul class="items">${disputes.join('')}</ul>`);
  }
  return `<li class="claim" id="claim-${claim.id}" style="--state:${colour}">${parts.join('\n')}</li>`;
}

function articleSection(article: ReviewArticle): string {
  const meta = [
    article.date ? `Dated ${escapeHtml(article.date)}` : null,
    article.filename ? `File ${escapeHtml(article.filename)}` : null,
    article.sourceUrl ? `From ${link(article.sourceUrl, article.sourceUrl)}` : null,
  ].filter(Boolean);
  return `<section class="article" id="article-${article.id}"><h2>${escapeHtml(article.title)}</h2>
${meta.length > 0 ? `<p class="meta">${meta.join(' · ')}</p>` : ''}
${chart(article.counts, `Claims of ${article.title} by review state`)}
<ol class="claims">
${article.claims.map(claimItem).join('\n')}
</ol></section>`;
}

/** The HTML report as text chunks: the head and summary, then one chunk per article, then the end. */
export function* htmlReportChunks(input: ReadingReportInput, tally: { rowCount: number } = { rowCount: 0 }): Generator<string> {
  const when = readableTime(input.generatedAt);
  yield `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Claimdesk">
<title>Fact-check report — ${escapeHtml(when)}</title>
<style>${STYLE}
</style>
</head>
<body>
<header><h1>Fact-check report</h1>
<p class="meta">${escapeHtml(input.filterDescription)} · made ${escapeHtml(when)} with Claimdesk</p></header>
${summarySection(input)}
`;
  for (const article of input.articles) {
    tally.rowCount += article.claims.length;
    yield `${articleSection(article)}\n`;
  }
  yield `<footer>Verdicts: verified — checked and confirmed; disputed — checked and contradicted, or denied; unverified — checked and could not be confirmed either way; not reviewed — nobody has given a verdict yet.</footer>
</body>
</html>
`;
}
