/**
 * The reports people publish and read: ClaimReview JSON-LD checked field by
 * field against Google's documented required and recommended fields, the
 * HTML report (self-contained, escaped, no scripts) and the Markdown report,
 * all from the fixture workspace after a review session.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir, useTempWorkspace } from '../../db/testing/temp-workspace';
import { callOrThrow, dispatch } from '../api/dispatch';
import type { Workspace } from '../api/workspace';
import { runCli } from '../cli/run';
import { BEST_RATING, speakerIsPerson, WORST_RATING, type ClaimReview } from './claimreview';
import { escapeHtml } from './html';
import { escapeMarkdown } from './markdown';
import { buildReportFixture } from './report-fixture';

const newWorkspace = useTempWorkspace();
const tempDir = useTempDir();

const PUBLISHER = { name: 'Example Fact Checks', url: 'https://factcheck.example.org', reviewUrlTemplate: 'https://factcheck.example.org/checks/{claimId}' };

function reviewed(): Workspace {
  const ws = newWorkspace();
  buildReportFixture(ws);
  callOrThrow(ws, 'setPublisher', PUBLISHER);
  return ws;
}

const exported = (ws: Workspace, format: 'html' | 'markdown' | 'claimreview', filter: object = {}) =>
  callOrThrow(ws, 'exportReport', { format, filter });

describe('ClaimReview JSON-LD', () => {
  it('has one ClaimReview per reviewed claim, with every required and recommended field', () => {
    const ws = reviewed();
    const reviewedClaims = ws.db
      .prepare(
        `SELECT c.id, c.text, c.status, c.speaker, c.reviewed_at AS reviewedAt, a.title, a.article_date AS articleDate, a.source_url AS sourceUrl
           FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.reviewed_at IS NOT NULL AND c.hidden = 0 ORDER BY c.article_id, c.position`,
      )
      .all() as Array<{ id: number; text: string; status: string; speaker: string | null; reviewedAt: string; title: string; articleDate: string | null; sourceUrl: string | null }>;
    expect(reviewedClaims.length).toBeGreaterThanOrEqual(3);

    const report = exported(ws, 'claimreview');
    expect(report.filename).toMatch(/^claimdesk-\d{4}-\d{2}-\d{2}\.claimreview\.json$/);
    expect(report.mediaType).toContain('application/ld+json');
    const reviews = JSON.parse(report.content) as ClaimReview[];
    expect(Array.isArray(reviews)).toBe(true);
    expect(reviews).toHaveLength(reviewedClaims.length);
    expect(report.rowCount).toBe(reviewedClaims.length);

    const labels: Record<string, [string, number]> = { verified: ['Verified', 3], unverified: ['Unverified', 2], disputed: ['Disputed', 1] };
    reviews.forEach((review, i) => {
      const claim = reviewedClaims[i]!;
      // Required by Google: claimReviewed, reviewRating (with alternateName), url; schema.org type and context.
      expect(review['@context']).toBe('https://schema.org');
      expect(review['@type']).toBe('ClaimReview');
      expect(review.claimReviewed).toBe(claim.text);
      expect(review.url).toBe(`https://factcheck.example.org/checks/${claim.id}`);
      expect(review.reviewRating['@type']).toBe('Rating');
      expect(review.reviewRating.alternateName).toBe(labels[claim.status]![0]);
      expect(review.reviewRating.ratingValue).toBe(labels[claim.status]![1]);
      expect(review.reviewRating.worstRating).toBe(WORST_RATING);
      expect(review.reviewRating.bestRating).toBe(BEST_RATING);
      expect(review.reviewRating.ratingValue).toBeGreaterThanOrEqual(WORST_RATING);
      expect(review.reviewRating.ratingValue).toBeLessThanOrEqual(BEST_RATING);
      // Recommended: the publishing organisation, the review date, the claim reviewed.
      expect(review.author).toEqual({ '@type': 'Organization', name: PUBLISHER.name, url: PUBLISHER.url });
      expect(review.datePublished).toBe(claim.reviewedAt.slice(0, 10));
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(review.itemReviewed['@type']).toBe('Claim');
      expect(review.itemReviewed.appearance?.headline).toBe(claim.title);
      if (claim.articleDate && /^\d{4}-\d{2}-\d{2}/.test(claim.articleDate)) expect(review.itemReviewed.datePublished).toBe(claim.articleDate.slice(0, 10));
      else expect(review.itemReviewed.datePublished).toBeUndefined();
      if (claim.speaker) {
        expect(review.itemReviewed.author?.name).toBe(claim.speaker);
        expect(['Person', 'Organization']).toContain(review.itemReviewed.author?.['@type']);
      } else {
        expect(review.itemReviewed.author).toBeUndefined();
      }
    });
  });

  it('leaves out claims nobody reviewed, and a cleared verdict', () => {
    const ws = reviewed();
    const before = JSON.parse(exported(ws, 'claimreview').content) as ClaimReview[];
    const cleared = ws.db.prepare('SELECT id FROM claims WHERE reviewed_at IS NOT NULL ORDER BY id LIMIT 1').get() as { id: number };
    callOrThrow(ws, 'clearStatus', { claimId: cleared.id });
    const after = JSON.parse(exported(ws, 'claimreview').content) as ClaimReview[];
    expect(after).toHaveLength(before.length - 1);
    expect(after.some((r) => r.url.endsWith(`/${cleared.id}`))).toBe(false);
  });

  it('is an empty array when nothing is reviewed yet', () => {
    const ws = newWorkspace();
    callOrThrow(ws, 'loadSample', {});
    callOrThrow(ws, 'setPublisher', PUBLISHER);
    expect(JSON.parse(exported(ws, 'claimreview').content)).toEqual([]);
  });

  it('without a publisher is a named error that says what to set, and writes no file', async () => {
    const ws = newWorkspace();
    buildReportFixture(ws);
    const result = dispatch(ws, 'exportReport', { format: 'claimreview' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('publisher_required');
      expect(result.error.message).toContain('organisation’s name');
    }
    const out = path.join(tempDir(), 'reviews.json');
    const err: string[] = [];
    const code = await runCli(['--db', ws.dbPath, 'export', '--format', 'claimreview', '--out', out], { out: { write: () => {} }, err: { write: (t: string) => err.push(t) }, env: {} });
    expect(code).toBe(1);
    expect(err.join('')).toContain('claimdesk publisher --name');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses a publisher whose addresses are not web addresses, or a template without {claimId}', () => {
    const ws = newWorkspace();
    for (const bad of [
      { ...PUBLISHER, url: 'javascript:alert(1)' },
      { ...PUBLISHER, reviewUrlTemplate: 'https://factcheck.example.org/checks/' },
      { ...PUBLISHER, reviewUrlTemplate: 'ftp://example.org/{claimId}' },
      { ...PUBLISHER, name: '   ' },
    ]) {
      const result = dispatch(ws, 'setPublisher', bad);
      expect(result.ok, JSON.stringify(bad)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid_input');
    }
    expect(callOrThrow(ws, 'getPreferences', {}).publisher).toEqual({ name: null, url: null, reviewUrlTemplate: null });
  });

  it('tells people from organisations by the shape of the name', () => {
    for (const person of ['Ali Amin Gandapur', 'Shafqat Ali Khan', 'Ursula von der Leyen', 'Gandapur', 'business editor', 'one diplomat', 'the Foreign Office spokesperson']) {
      expect(speakerIsPerson(person), person).toBe(true);
    }
    for (const body of ['The federal government', 'UNHCR', 'Home Office', 'officials', 'traders', 'the Red Crescent', 'Pakistan Foreign Office', 'Taliban']) {
      expect(speakerIsPerson(body), body).toBe(false);
    }
  });
});

describe('the HTML report', () => {
  it('is one self-contained page: a CSP that allows no script and no fetch, and no script or external reference in it', () => {
    const ws = reviewed();
    const html = exported(ws, 'html', { includeHidden: true }).content;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).toContain('@media print');
  });

  it('holds every article and every claim with its verdict, speaker, notes, sources and in-article disputes', () => {
    const ws = reviewed();
    const html = exported(ws, 'html').content;
    const shown = callOrThrow(ws, 'listClaims', { filter: {}, limit: 500 }).rows;
    for (const claim of shown) expect(html).toContain(`id="claim-${claim.id}"`);
    for (const a of callOrThrow(ws, 'listArticles', {}) as Array<{ title: string }>) expect(html).toContain(escapeHtml(a.title));
    expect(html).toContain('Called the ministry. No answer, &quot;twice&quot;.'.replace('. No', '.\nNo'));
    expect(html).toContain('<a href="https://example.org/returns?week=8">Returns, week 8</a> — IOM Pakistan, 2025-02-24');
    expect(html).toContain('Disputed in the article');
    expect(html).toContain('suggested, not yet reviewed');
    expect(html).toMatch(/<span class="verdict">Verified<\/span>/);
    expect(html).toMatch(/<span class="verdict">Disputed<\/span>/);
  });

  it('shows each claim’s tags, in HTML and Markdown', () => {
    const ws = reviewed();
    const claim = callOrThrow(ws, 'listClaims', { filter: {}, limit: 1 }).rows[0]!;
    callOrThrow(ws, 'tagClaims', { target: { claimIds: [claim.id] }, tag: 'Border <security>' });
    expect(exported(ws, 'html').content).toContain(`<span class="tag">Border &lt;security&gt;</span>`);
    expect(exported(ws, 'markdown').content).toMatch(/Tags: [^\n]*Border \\<security\\>/);
  });

  it('escapes what people typed, and links only web addresses', () => {
    const ws = reviewed();
    const claim = callOrThrow(ws, 'listClaims', { filter: {}, limit: 1 }).rows[0]!;
    callOrThrow(ws, 'addNote', { claimId: claim.id, body: '<script>alert(1)</script> & <img src=x onerror=alert(2)>' });
    callOrThrow(ws, 'editClaim', { claimId: claim.id, text: 'A claim with <b>markup</b> and "quotes" in it.' });
    const html = exported(ws, 'html').content;
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('A claim with &lt;b&gt;markup&lt;/b&gt; and &quot;quotes&quot; in it.');
    expect(html).not.toMatch(/href="(?!https?:|#)/);
  });

  it('follows the filter, and says which', () => {
    const ws = reviewed();
    const html = exported(ws, 'html', { status: 'disputed' }).content;
    const disputed = callOrThrow(ws, 'listClaims', { filter: { status: 'disputed' }, limit: 500 }).rows;
    const all = callOrThrow(ws, 'listClaims', { filter: {}, limit: 500 }).rows;
    expect(disputed.length).toBeGreaterThan(0);
    expect(html.match(/<li class="claim"/g)).toHaveLength(disputed.length);
    for (const other of all.filter((c) => !disputed.some((d) => d.id === c.id))) expect(html).not.toContain(`id="claim-${other.id}"`);
    expect(html).toContain('Disputed claims');
  });
});

describe('the Markdown report', () => {
  it('has the same content: summary table, articles, claims with verdicts, notes and linked sources', () => {
    const ws = reviewed();
    const md = exported(ws, 'markdown').content;
    expect(md.startsWith('# Fact-check report\n')).toBe(true);
    expect(md).toContain('## Summary');
    expect(md).toMatch(/\| Article \| Date \| Claims \| Verified \| Disputed \| Unverified \| Not reviewed \|/);
    expect(md).toContain('[Returns, week 8](<https://example.org/returns?week=8>) — IOM Pakistan, 2025-02-24 *(supports the claim)*');
    expect(md).toContain('**VERIFIED**');
    expect(md).toContain('Called the ministry. No answer, "twice".');
    const shown = callOrThrow(ws, 'listClaims', { filter: {}, limit: 500 }).rows;
    expect(md.match(/^- \*\*(#\d+|hidden row)\*\*/gm)).toHaveLength(shown.length);
  });

  it('escapes text so it reads as itself, on one line', () => {
    expect(escapeMarkdown('*bold* [link](javascript:x) <b>html</b> | cell')).toBe('\\*bold\\* \\[link\\](javascript:x) \\<b\\>html\\</b\\> \\| cell');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('two\nlines\r\nhere')).toBe('two lines here');
    expect(escapeMarkdown('AT&T, &amp; kept')).toBe('AT&T, \\&amp; kept');
  });
});

describe('the CLI', () => {
  it('exports each format to a file and to standard output', async () => {
    const ws = reviewed();
    for (const format of ['html', 'markdown', 'claimreview'] as const) {
      const out = path.join(tempDir(), `report.${format}`);
      const err: string[] = [];
      const io = (sink: string[]) => ({ out: { write: (t: string) => sink.push(t) }, err: { write: (t: string) => err.push(t) }, env: {} });
      expect(await runCli(['--db', ws.dbPath, 'export', '--format', format, '--out', out], io([]))).toBe(0);
      const stdout: string[] = [];
      expect(await runCli(['--db', ws.dbPath, 'export', '--format', format], io(stdout))).toBe(0);
      // The made-at time may differ by a minute between the two runs; everything else is the same.
      // (It is written in the title too: "Fact-check report — 2026-12-07 18:44 UTC".)
      const strip = (s: string) => s.replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/g, '');
      expect(strip(stdout.join(''))).toBe(strip(fs.readFileSync(out, 'utf8')));
    }
  });

  it('names the formats when given a wrong one', () => {
    const ws = newWorkspace();
    const err: string[] = [];
    const code = runCli(['--db', ws.dbPath, 'export', '--format', 'pdf'], { out: { write: () => {} }, err: { write: (t: string) => err.push(t) }, env: {} });
    expect(code).toBe(2);
    expect(err.join('')).toContain('unsupported format "pdf" (one of: csv, html, markdown, claimreview)');
  });
});
