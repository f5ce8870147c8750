/**
 * `npm run bench`: prints how fast the parts a fact-checker waits on are,
 * each beside a baseline measured in the same process, so the ratio means
 * something on any machine. Never asserts: figures are for people.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { matchNewArticle } from '../core/api/claim-memory';
import { callOrThrow } from '../core/api/dispatch';
import { closeWorkspace, openWorkspace } from '../core/api/workspace';
import { analyzeArticle } from '../core/import';
import { sampleArticlePath } from '../core/paths';
import { exportSection } from './export';
import { CSV_DOWNLOAD_PATH } from '../core/web/download-path';
import { claimCount, growToClaims, importArticles } from './workspace';
import { benchImport, importLine } from './import';

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000);
/** Files the CLI import figure imports (the issue's measure used 3,100). */
const IMPORT_FILES = Number(process.env.BENCH_IMPORT_FILES ?? 600);

function time<T>(fn: () => T, runs = 1): { ms: number; value: T } {
  let value!: T;
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6 / runs, value };
}

function row(label: string, ms: number, baselineMs?: number, note = '') {
  const ratio = baselineMs ? `  ×${(ms / baselineMs).toFixed(2)} of baseline (${baselineMs.toFixed(2)} ms)` : '';
  console.log(`${label.padEnd(52)} ${ms.toFixed(2).padStart(10)} ms${ratio}${note ? `  ${note}` : ''}`);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-bench-'));
const ws = openWorkspace({ dbPath: path.join(dir, 'bench.sqlite'), reviewer: 'Bench' });
// An async body: the browser-mode measures wait on a child process.
void (async () => {
  try {
    const sample = fs.readFileSync(sampleArticlePath(), 'utf8');
    console.log(`Claimdesk bench — node ${process.version}, ${os.cpus().length} cores, ${CLAIMS.toLocaleString('en')} claims\n`);

    // 1. Claim analysis (sentences, speakers, figures, entities, scores, disputes): a typical
    //    5 KB article (aim: under 5 ms on one core), and a 1 MB wall of text with no paragraph breaks (aim: well under 1 s).
    const typical = `${sample}\n\n${sample.slice(0, 5 * 1024 - sample.length - 2).replace(/\s+\S*$/, '.')}`; // 5 KB
    const split = time(() => typical.split(/(?<=[.!?])\s+/), 200);
    time(() => analyzeArticle(typical), 50); // warm up the JIT
    const analyze = time(() => analyzeArticle(typical), 500);
    row(`analyze a ${(typical.length / 1024).toFixed(1)} KB article (aim < 5 ms)`, analyze.ms, split.ms, `(${analyze.value.claims.length} sentences; baseline: a naive regex split)`);
    for (const file of fs.existsSync('eval/articles') ? fs.readdirSync('eval/articles').sort() : []) {
      const text = fs.readFileSync(path.join('eval/articles', file), 'utf8');
      const r = time(() => analyzeArticle(text), 100);
      row(`  eval/${file} (${(text.length / 1024).toFixed(1)} KB)`, r.ms, undefined, `(${r.value.claims.length} sentences)`);
    }
    const wall = sample.replace(/\n+/g, ' ').repeat(Math.ceil(1_000_000 / sample.length)).slice(0, 1_000_000);
    const wallSplit = time(() => wall.split(/(?<=[.!?])\s+/), 3);
    const wallAnalyze = time(() => analyzeArticle(wall), 3);
    row('analyze 1 MB with no paragraph breaks (aim < 1 s)', wallAnalyze.ms, wallSplit.ms, `(${wallAnalyze.value.claims.length} sentences)`);
    const noPunctuation = wall.replace(/[.!?]/g, '');
    const flatSplit = time(() => noPunctuation.split(/(?<=[.!?])\s+/), 3);
    const flatAnalyze = time(() => analyzeArticle(noPunctuation), 3);
    row('analyze 1 MB with no sentence punctuation', flatAnalyze.ms, flatSplit.ms, `(${flatAnalyze.value.claims.length} pieces)`);

    // 2. Import: articles per second through the API, one transaction each.
    const ARTICLES = 200;
    const importRun = time(() => importArticles(ws, ARTICLES, [sample]));
    row(`import ${ARTICLES} articles (per article)`, importRun.ms / ARTICLES, analyze.ms, '(baseline: analysis alone)');

    // 2b. CLI import of a folder of many articles (analysis threads, batched writes), against a bare INSERT loop of the same rows.
    console.log(importLine(benchImport(dir, IMPORT_FILES)));

    // 3. Grow to the target claim count with plain SQL copies of the claims.
    const have = () => claimCount(ws);
    growToClaims(ws, CLAIMS);
    console.log(`\nworkspace now holds ${have().toLocaleString('en')} claims in ${ARTICLES} articles\n`);

    // 3b. Claim memory: one article's claims matched against every stored claim (aim ≤ 50 ms), as import does it.
    //     The sample reworded is the worst case (each claim has thousands of earlier copies); the eval articles share few words.
    const memoryCases: Array<[string, string]> = [['the sample, reworded', sample.replace('with over 800,000 Afghans repatriated', 'as more than 800,000 Afghans were deported') + '\n\nMemory bench.']];
    for (const file of ['01_wire.txt', '03_economy.txt']) if (fs.existsSync(path.join('eval/articles', file))) memoryCases.push([`eval/${file}`, fs.readFileSync(path.join('eval/articles', file), 'utf8')]);
    for (const [label, text] of memoryCases) {
      const articleId = callOrThrow(ws, 'importArticle', { text }).article.id;
      const visible = (ws.db.prepare('SELECT count(*) AS n FROM claims WHERE article_id = ? AND hidden = 0').get(articleId) as { n: number }).n;
      const forget = ws.db.prepare('DELETE FROM claim_matches WHERE claim_id IN (SELECT id FROM claims WHERE article_id = ?)');
      const rematch = time(() => ws.db.transaction(() => (forget.run(articleId), matchNewArticle(ws.db, articleId)))(), 10);
      const analysis = time(() => analyzeArticle(text), 10);
      row(`claim memory: ${label} (aim ≤ 50 ms)`, rematch.ms, analysis.ms, `(${visible} claims, ${rematch.value} matches; baseline: its analysis)`);
    }

    // 4. The table's queries: first page under each filter, baseline a bare SELECT of 200 rows.
    const bare = time(() => ws.db.prepare('SELECT * FROM claims LIMIT 200').all(), 20);
    const page = (label: string, input: Parameters<typeof callOrThrow<'listClaims'>>[2]) => {
      const r = time(() => callOrThrow(ws, 'listClaims', input), 10);
      row(`listClaims: ${label}`, r.ms, bare.ms, `(${r.value.total.toLocaleString('en')} match)`);
    };
    page('first page, article order', { limit: 200 });
    page('page 400, article order', { limit: 200, offset: 80_000 > CLAIMS ? 0 : 80_000 });
    page('status = disputed', { limit: 200, filter: { status: 'disputed' } });
    page('not reviewed, sorted by text', { limit: 200, filter: { status: 'not_reviewed' }, sort: { column: 'text', direction: 'asc' } });
    page('search "Afghan"', { limit: 200, filter: { search: 'Afghan' } });
    page('search "diplomat" + verified', { limit: 200, filter: { search: 'diplomat', status: 'verified' } });
    page('one article', { limit: 200, filter: { articleId: 7 } });
    page('sorted by check-worthiness, highest first', { limit: 200, sort: { column: 'checkWorthiness', direction: 'desc' } });
    page('speaker = "one diplomat"', { limit: 200, filter: { speaker: 'one diplomat' } });
    const topEntity = callOrThrow(ws, 'listFacets', {}).entities[0]?.name;
    if (topEntity) page(`entity = "${topEntity}"`, { limit: 200, filter: { entity: topEntity } });
    page('contested in the article (both sides)', { limit: 200, filter: { contestedInArticle: true } });
    page('seen before (claim memory)', { limit: 200, filter: { seenBefore: true } });
    const facets = time(() => callOrThrow(ws, 'listFacets', {}), 5);
    const articleList = time(() => callOrThrow(ws, 'listArticles', {}), 5);
    row(`listArticles: ${articleList.value.length.toLocaleString('en')} articles with their progress`, articleList.ms, bare.ms);
    row('listFacets: speakers and entities of every claim', facets.ms, bare.ms);

    // 5. Verdicts: one transaction each, fsync'd.
    const ids = (ws.db.prepare('SELECT id FROM claims ORDER BY random() LIMIT 100').all() as Array<{ id: number }>).map((r) => r.id);
    let k = 0;
    const verdict = time(() => callOrThrow(ws, 'setStatus', { claimId: ids[k++ % ids.length]!, status: 'verified' }), 100);
    row('setStatus (one durable transaction)', verdict.ms);

    // 5b. Editing claims in a full workspace: split then merge back, add from a selection (re-reads the article).
    // (A fresh article: the copies made above to reach the claim count share their spans, which no real article does.)
    const fresh = callOrThrow(ws, 'importArticle', { text: `${sample}\n\nEdit bench.` }).article.id;
    const editable = callOrThrow(ws, 'listClaims', { filter: { articleId: fresh }, limit: 50 }).rows.find((r) => r.text.includes(', '))!;
    const cut = editable.text.indexOf(', ') + 2;
    const splitMerge = time(() => {
      const { claims } = callOrThrow(ws, 'splitClaim', { claimId: editable.id, at: cut });
      callOrThrow(ws, 'mergeClaims', { claimIds: [claims[0].id, claims[1].id] });
    }, 20);
    row('splitClaim + mergeClaims (two transactions)', splitMerge.ms, verdict.ms * 2, '(baseline: two setStatus)');
    const hiddenRow = callOrThrow(ws, 'listClaims', { filter: { articleId: fresh, includeHidden: true }, limit: 50 }).rows.find((r) => r.hidden)!;
    const add = time(() => callOrThrow(ws, 'addClaim', { articleId: fresh, start: hiddenRow.start, end: hiddenRow.end }));
    row('addClaim from a selection', add.ms, verdict.ms, '(baseline: setStatus)');

    // 6. CSV export of every claim, streamed to a file as `claimdesk export --out` writes it, against the
    //    sqlite3 command-line tool dumping the same rows (their plain columns) to a file, in the same run.
    await exportSection(ws, dir);
    const stringRun = time(() => callOrThrow(ws, 'exportCsv', { filter: { includeHidden: true } }));
    row('exportCsv as one string (the desktop save dialog)', stringRun.ms, undefined, '(holds the whole report: not for big exports)');

    // 7. Browser mode: the server's peak memory with a download of every claim, beside one of a single article.
    const downloadAll = await browserMode(ws.dbPath, { includeHidden: true });
    const downloadOne = await browserMode(ws.dbPath, { articleId: 1 });
    console.log(
      `${'browser download: server peak memory (aim ≤ 300 MB, flat)'.padEnd(52)} ${downloadAll.peakMb.toFixed(0).padStart(7)} MB for ${downloadAll.rows.toLocaleString('en')} rows` +
        ` (${(downloadAll.downloadMs / 1000).toFixed(2)} s), ${downloadOne.peakMb.toFixed(0)} MB for ${downloadOne.rows.toLocaleString('en')}`,
    );

    // 8. Start-up of the built backend (out/backend; built first if a source changed), against a bare `node -e 0`.
    const bin = path.join(__dirname, '..', 'bin', 'claimdesk.js');
    execFileSync(process.execPath, [bin, '--help']);
    const median = (values: number[]) => values.sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
    const runs = (n: number, fn: () => number) => Array.from({ length: n }, fn);
    const bareNode = median(runs(9, () => time(() => execFileSync(process.execPath, ['-e', '0'])).ms));
    row('claimdesk --help, median of 9 (aim ≤ 300 ms)', median(runs(9, () => time(() => execFileSync(process.execPath, [bin, '--help'])).ms)), bareNode, '(baseline: node -e 0)');
    const webStarts: number[] = [];
    for (let i = 0; i < 5; i++) webStarts.push((await browserMode(ws.dbPath, null)).startMs);
    row('npm run web: address printed, median of 5 (aim ≤ 1 s)', median(webStarts), bareNode, '(baseline: node -e 0)');
  } finally {
    closeWorkspace(ws);
    fs.rmSync(dir, { recursive: true, force: true });
  }
})();

/**
 * Starts browser mode on `dbPath` as `npm run web` does and, unless `filter` is null, downloads the CSV
 * report of it as the UI does: how long the address took to print, the download, and the server's peak memory.
 */
async function browserMode(dbPath: string, filter: Record<string, unknown> | null): Promise<{ startMs: number; downloadMs: number; peakMb: number; rows: number }> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [path.join(__dirname, '..', 'scripts', 'web.js'), '--port', '0', '--db', dbPath], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const address = await new Promise<URL>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /Claimdesk running at (\S+)/.exec(out);
        if (match) resolve(new URL(match[1]!));
      });
      child.on('exit', (code) => reject(new Error(`browser mode exited with ${code}`)));
    });
    const startMs = Number(process.hrtime.bigint() - started) / 1e6;
    if (filter === null) return { startMs, downloadMs: 0, peakMb: 0, rows: 0 };
    const begin = process.hrtime.bigint();
    const res = await fetch(new URL(`/api/${CSV_DOWNLOAD_PATH}`, address.origin), {
      method: 'POST',
      headers: { 'x-claimdesk-token': address.searchParams.get('token') ?? '' },
      body: JSON.stringify({ filter }),
    });
    let bytes = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
    if (bytes === 0) throw new Error('the download was empty');
    const downloadMs = Number(process.hrtime.bigint() - begin) / 1e6;
    const peakKb = Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? NaN);
    return { startMs, downloadMs, peakMb: peakKb / 1024, rows: Number(res.headers.get('x-claimdesk-row-count')) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}
