/**
 * A workspace holding everything a CSV report has to get right — notes,
 * sources, in-article disputes (pending, accepted, dismissed), a reworded
 * claim, hidden rows, claim memory, formula-like text ("=1+1", "@x", "-5%"),
 * quotes, commas, line breaks, tabs and non-ASCII — built through the API only,
 * so the same steps give the same workspace whatever the report code is.
 * report-golden.test.ts compares the report of it with the bytes the export
 * wrote before it was streamed (testdata/).
 */
import fs from 'node:fs';
import type { OpInput } from '../api/contract';
import { callOrThrow } from '../api/dispatch';
import type { Workspace } from '../api/workspace';
import { sampleArticlePath } from '../paths';

const FORMULAS = [
  '=1+1 is what the ministry claims, officials said.',
  '@x posted that 40 people died on Tuesday.',
  '-5% growth was reported, "officials" said, in a statement.',
  '+7 villages were cut off, according to the Red Crescent.',
  'The mayor said: “Ça ne passera pas” — 12 000 Menschen in Zürich, 東京で3人.',
].join(' ');

export function buildReportFixture(ws: Workspace): void {
  const sample = callOrThrow(ws, 'loadSample', {}).article.id;
  const formulas = callOrThrow(ws, 'importArticle', {
    bytesBase64: Buffer.from(`date 2025-03-01\n# =Formulas, "quotes" and 🇵🇰 flags\n\n${FORMULAS}\n\nA second paragraph, with a comma.\n`).toString('base64'),
    filename: '@wire "copy".md',
  }).article.id;
  // The sample reworded a little: its claims are seen before in the sample.
  const reworded = fs.readFileSync(sampleArticlePath(), 'utf8').replace('with over 800,000 Afghans repatriated', 'as more than 800,000 Afghans were deported');
  callOrThrow(ws, 'importArticle', { text: reworded, title: 'Sample, reworded' });
  callOrThrow(ws, 'importArticle', { text: `${reworded}\n\nA third copy, for a third denial.`, title: 'Sample, third copy' });

  const rows = (articleId: number) => callOrThrow(ws, 'listClaims', { filter: { articleId, includeHidden: true }, limit: 500 }).rows;
  const shown = (articleId: number) => rows(articleId).filter((r) => !r.hidden);
  const [s0, s1, s2] = shown(sample);
  const [f0, f1, f2, f3, f4] = shown(formulas);

  callOrThrow(ws, 'setStatus', { claimId: s0!.id, status: 'verified' });
  callOrThrow(ws, 'setStatus', { claimId: s1!.id, status: 'unverified' });
  callOrThrow(ws, 'setStatus', { claimId: f0!.id, status: 'disputed' });
  callOrThrow(ws, 'addNote', { claimId: s0!.id, body: 'Called the ministry.\nNo answer, "twice".' });
  callOrThrow(ws, 'addNote', { claimId: s0!.id, body: '=HYPERLINK("http://evil.example","click")' });
  callOrThrow(ws, 'addNote', { claimId: f1!.id, body: '\tTabbed, and\r\nCRLF inside' });
  callOrThrow(ws, 'addNote', { claimId: f2!.id, body: 'Ünïcödé — “curly” ‘quotes’ 🇵🇰' });
  callOrThrow(ws, 'addSource', {
    claimId: s0!.id,
    url: 'https://example.org/returns?week=8',
    title: 'Returns, week 8',
    publisher: 'IOM Pakistan',
    publishedOn: '2025-02-24',
    excerpt: '812,000 returned\u2028since 2023,\r\n\t"mostly" from Sindh',
    stance: 'supports',
  });
  callOrThrow(ws, 'addSource', { claimId: s0!.id, url: 'https://example.org/bare', publishedOn: '2025', stance: 'context' });
  callOrThrow(ws, 'addSource', { claimId: f3!.id, url: 'https://example.org/x?a=1,b="2"', title: '=cmd|/C calc', stance: 'contradicts', excerpt: '@x said so' });
  callOrThrow(ws, 'editClaim', { claimId: s2!.id, text: 'A reworded claim, with "quotes".' });
  callOrThrow(ws, 'excludeClaim', { claimId: f4!.id });
  // The sample's denial, in each copy: accepted in one, dismissed in another (still reported as disputed in the article), pending in the third.
  const suggestions = ws.db.prepare("SELECT id FROM dispute_suggestions WHERE state = 'pending' ORDER BY id").all() as Array<{ id: number }>;
  if (suggestions.length < 3) throw new Error('the fixture expects an in-article dispute in the sample and in each copy');
  callOrThrow(ws, 'acceptSuggestion', { suggestionId: suggestions[0]!.id });
  callOrThrow(ws, 'dismissSuggestion', { suggestionId: suggestions.at(-1)!.id });
  // Last, so every time stamped before stays as it was.
  // Tags: one that could start a formula, two on one claim (listed by name, "; " between).
  callOrThrow(ws, 'tagClaims', { target: { claimIds: [s0!.id, f0!.id] }, tag: '=Health' });
  callOrThrow(ws, 'tagClaims', { target: { claimIds: [s0!.id] }, tag: 'Border desk' });
}

/** The reports testdata/ holds for the fixture: every claim, and two filters with a sort. */
export const GOLDEN_REPORTS: Array<{ file: string; input: OpInput<'exportCsv'> }> = [
  { file: 'report-all.csv', input: { filter: { includeHidden: true } } },
  { file: 'report-filtered.csv', input: { filter: { status: 'disputed' }, sort: { column: 'text', direction: 'desc' } } },
  { file: 'report-not-reviewed.csv', input: { filter: { status: 'not_reviewed' }, sort: { column: 'checkWorthiness', direction: 'desc' } } },
];
