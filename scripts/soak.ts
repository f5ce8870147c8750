/**
 * `npm run soak -- --cycles N [--seed S]`: crash-safety soak of browser mode.
 *
 * Each cycle starts browser mode (`npm run web`, as a user does) on one
 * temporary workspace, drives a random mix of writes over its HTTP API from
 * three clients at once (verdicts, notes and their edits and deletions,
 * sources, claim edits, imports), SIGKILLs the server at a random moment,
 * then reads the file: every write the API acknowledged must be there, and
 * integrity_check must say ok. A write cut off by the kill was never
 * acknowledged: either outcome is accepted for it.
 *
 * Prints cycles, acknowledged writes, lost writes; exits 1 on any loss.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { spawnBrowserMode, waitForAddress } from '../e2e/server';

export interface SoakOptions {
  cycles: number;
  seed: number;
  /** One line per cycle (default: none). */
  log?: (line: string) => void;
}

export interface SoakResult {
  cycles: number;
  acknowledged: number;
  /** Acknowledged writes not found after the kill. */
  lost: number;
  /** Writes cut off by a kill (neither acknowledged nor refused). */
  cutOff: number;
  byOperation: Record<string, number>;
  /** integrity_check answers other than ok, one per cycle that had them. */
  integrityFailures: string[];
  lostDetails: string[];
  seed: number;
}

/** A small seeded generator (mulberry32): a failing run can be repeated with its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the file must hold. A value in a set is acceptable; an acknowledged write narrows the set to its value. */
interface Expected {
  verdicts: Map<number, Set<string>>;
  texts: Map<number, Set<string>>;
  notes: Map<number, { claimId: number; bodies: Set<string>; deleted: 'no' | 'maybe' | 'yes' }>;
  links: Array<{ claimId: number; url: string }>;
  articles: Map<number, number>;
}

type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

class Server {
  private constructor(
    readonly child: ChildProcess,
    readonly origin: string,
    readonly token: string,
  ) {}

  static async start(dbPath: string): Promise<Server> {
    const child = spawnBrowserMode(dbPath);
    child.stderr?.resume();
    const url = new URL(await waitForAddress(child));
    child.stdout?.resume();
    return new Server(child, url.origin, url.searchParams.get('token') ?? '');
  }

  /** The API's answer; throws only when the request got no answer (the server was killed). */
  async call(op: string, input: unknown): Promise<Answer> {
    const response = await fetch(`${this.origin}/api/${op}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-claimdesk-token': this.token },
      body: JSON.stringify(input),
    });
    return (await response.json()) as Answer;
  }

  kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    const exited = new Promise<void>((done) => this.child.once('exit', () => done()));
    this.child.kill('SIGKILL');
    return exited;
  }
}

function articleText(rand: () => number, tag: string): string {
  const n = () => Math.floor(rand() * 9000) + 100;
  return [
    `Soak test report ${tag}`,
    '',
    `The ministry said on Monday that ${n()} schools would reopen by March, according to a statement.`,
    `Officials estimated the repairs cost ${n()} million dollars, up from ${n()} million last year.`,
    `"We have hired ${n()} new teachers," the minister told reporters in the capital.`,
    `Critics said the figure of ${n()} classrooms was exaggerated.`,
  ].join('\n');
}

/** Runs the soak; the workspace lives in a temporary folder, removed at the end. */
export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const rand = random(options.seed);
  const log = options.log ?? (() => undefined);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-soak-'));
  const dbPath = path.join(dir, 'soak.sqlite');
  const expected: Expected = { verdicts: new Map(), texts: new Map(), notes: new Map(), links: [], articles: new Map() };
  const result: SoakResult = { cycles: 0, acknowledged: 0, lost: 0, cutOff: 0, byOperation: {}, integrityFailures: [], lostDetails: [], seed: options.seed };
  let claimPool: number[] = [];
  let serial = 0;

  try {
    for (let cycle = 1; cycle <= options.cycles; cycle++) {
      const server = await Server.start(dbPath);
      if (cycle === 1) {
        const named = await server.call('setPreferences', { reviewerName: 'Soak Tester' });
        if (!named.ok) throw new Error(`setPreferences: ${named.error.message}`);
      }
      if (claimPool.length === 0) {
        const first = await server.call('importArticle', { text: articleText(rand, `seed-${cycle}`) });
        if (!first.ok) throw new Error(`importArticle: ${first.error.message}`);
        const imported = first.value as { article: { id: number }; claimsCreated: number };
        expected.articles.set(imported.article.id, imported.claimsCreated);
        claimPool = claimIdsOf(dbPath);
      }
      const busy = new Set<number>();
      let killed = false;
      const acked = { count: 0 };

      /** One client: random writes, one at a time, until the server is killed. */
      const client = async () => {
        while (!killed) {
          const free = claimPool.filter((id) => !busy.has(id));
          if (free.length === 0) {
            await new Promise((r) => setTimeout(r, 5));
            continue;
          }
          const claimId = free[Math.floor(rand() * free.length)]!;
          busy.add(claimId);
          try {
            await oneWrite(server, claimId, rand, expected, result, acked, () => `${cycle}-${++serial}`);
          } finally {
            busy.delete(claimId);
          }
        }
      };
      const clients = [client(), client(), client()];
      // A random moment: at once, in the middle of a burst, or after a long run of writes.
      await new Promise((r) => setTimeout(r, 100 + Math.floor(rand() * 3000)));
      killed = true;
      await server.kill();
      await Promise.all(clients);

      const check = verify(dbPath, expected);
      result.cycles = cycle;
      if (check.integrity !== 'ok') result.integrityFailures.push(`cycle ${cycle}: ${check.integrity}`);
      result.lost += check.lost.length;
      result.lostDetails.push(...check.lost.map((l) => `cycle ${cycle}: ${l}`));
      claimPool = claimIdsOf(dbPath);
      log(`cycle ${cycle}: ${acked.count} writes acknowledged, ${check.lost.length} lost, integrity ${check.integrity}`);
    }
    // The last kill leaves a file that must still open: once more, as a user would.
    const last = await Server.start(dbPath);
    const stats = await last.call('getStats', {});
    await last.kill();
    if (!stats.ok) result.integrityFailures.push(`after the last cycle the workspace did not open: ${stats.error.message}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

async function oneWrite(
  server: Server,
  claimId: number,
  rand: () => number,
  expected: Expected,
  result: SoakResult,
  acked: { count: number },
  tag: () => string,
): Promise<void> {
  const roll = rand();
  const notesOfClaim = [...expected.notes.entries()].filter(([, n]) => n.claimId === claimId && n.deleted === 'no');
  let op: string;
  let input: Record<string, unknown>;
  let onAck: (value: unknown) => void;
  let onCutOff: () => void = () => undefined;

  if (roll < 0.3) {
    const status = ['verified', 'disputed', 'unverified'][Math.floor(rand() * 3)]!;
    op = 'setStatus';
    input = { claimId, status };
    onAck = () => expected.verdicts.set(claimId, new Set([status]));
    onCutOff = () => expected.verdicts.set(claimId, new Set([...(expected.verdicts.get(claimId) ?? ['any']), status]));
  } else if (roll < 0.55) {
    const body = `Soak note ${tag()}`;
    op = 'addNote';
    input = { claimId, body };
    onAck = (value) => {
      const note = (value as { notes: Array<{ id: number; body: string }> }).notes.find((n) => n.body === body);
      if (note) expected.notes.set(note.id, { claimId, bodies: new Set([body]), deleted: 'no' });
      else result.lostDetails.push(`addNote acknowledged without the note in its answer (claim ${claimId})`);
    };
  } else if (roll < 0.65 && notesOfClaim.length > 0) {
    const [noteId, note] = notesOfClaim[Math.floor(rand() * notesOfClaim.length)]!;
    const body = `Soak note edited ${tag()}`;
    op = 'editNote';
    input = { noteId, body };
    onAck = () => (note.bodies = new Set([body]));
    onCutOff = () => note.bodies.add(body);
  } else if (roll < 0.7 && notesOfClaim.length > 0) {
    const [noteId, note] = notesOfClaim[Math.floor(rand() * notesOfClaim.length)]!;
    op = 'deleteNote';
    input = { noteId };
    onAck = () => (note.deleted = 'yes');
    onCutOff = () => (note.deleted = 'maybe');
  } else if (roll < 0.85) {
    const url = `https://example.org/soak/${tag()}`;
    op = 'addSource';
    input = { claimId, url, title: 'Soak source', stance: rand() < 0.5 ? 'supports' : 'contradicts' };
    onAck = () => expected.links.push({ claimId, url });
  } else if (roll < 0.95) {
    const text = `Soak edit ${tag()}: the ministry said that schools would reopen.`;
    op = 'editClaim';
    input = { claimId, text };
    onAck = () => expected.texts.set(claimId, new Set([text]));
    onCutOff = () => expected.texts.set(claimId, new Set([...(expected.texts.get(claimId) ?? ['any']), text]));
  } else {
    op = 'importArticle';
    input = { text: articleText(rand, tag()) };
    onAck = (value) => {
      const imported = value as { article: { id: number }; claimsCreated: number; duplicate: boolean };
      if (!imported.duplicate) expected.articles.set(imported.article.id, imported.claimsCreated);
    };
  }

  let answer: Answer;
  try {
    answer = await server.call(op, input);
  } catch {
    // No answer: the kill cut it off. It may or may not have been written.
    result.cutOff++;
    onCutOff();
    return;
  }
  if (!answer.ok) {
    // Refused (say a claim edit the anchors do not allow): nothing was written, nothing is expected.
    if (answer.error.code === 'internal') result.lostDetails.push(`${op} answered internal: ${answer.error.message}`);
    return;
  }
  onAck(answer.value);
  acked.count++;
  result.acknowledged++;
  result.byOperation[op] = (result.byOperation[op] ?? 0) + 1;
}

function claimIdsOf(dbPath: string): number[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT id FROM claims WHERE hidden = 0 ORDER BY id').all() as Array<{ id: number }>).map((r) => r.id);
  } finally {
    db.close();
  }
}

/** Reads the killed server's file (with its write-ahead log, as the next start would) against what was acknowledged. */
function verify(dbPath: string, expected: Expected): { integrity: string; lost: string[] } {
  const db = new Database(dbPath, { readonly: true });
  const lost: string[] = [];
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const claim = db.prepare('SELECT status, text FROM claims WHERE id = ?');
    for (const [id, allowed] of expected.verdicts) {
      const row = claim.get(id) as { status: string } | undefined;
      if (!allowed.has('any') && !allowed.has(row?.status ?? 'missing')) lost.push(`claim ${id}: verdict ${row?.status ?? 'missing'}, expected ${[...allowed].join(' or ')}`);
    }
    for (const [id, allowed] of expected.texts) {
      const row = claim.get(id) as { text: string } | undefined;
      if (!allowed.has('any') && !allowed.has(row?.text ?? 'missing')) lost.push(`claim ${id}: text "${row?.text}", expected an acknowledged edit`);
    }
    const note = db.prepare('SELECT claim_id, body FROM notes WHERE id = ?');
    for (const [id, expectedNote] of expected.notes) {
      const row = note.get(id) as { claim_id: number; body: string } | undefined;
      if (expectedNote.deleted === 'yes') {
        if (row) lost.push(`note ${id}: deleted, but still there`);
        else expected.notes.delete(id);
        continue;
      }
      if (!row) {
        if (expectedNote.deleted === 'maybe') expected.notes.delete(id);
        else lost.push(`note ${id} missing`);
        continue;
      }
      if (expectedNote.deleted === 'maybe') expectedNote.deleted = 'no';
      if (row.claim_id !== expectedNote.claimId || !expectedNote.bodies.has(row.body)) lost.push(`note ${id}: "${row.body}" on claim ${row.claim_id}`);
      else expectedNote.bodies = new Set([row.body]);
    }
    // What the file holds now is what the next cycle builds on.
    for (const [id, allowed] of expected.verdicts) if (allowed.size > 1) expected.verdicts.set(id, new Set([(claim.get(id) as { status: string }).status]));
    for (const [id, allowed] of expected.texts) if (allowed.size > 1) expected.texts.set(id, new Set([(claim.get(id) as { text: string }).text]));
    const link = db.prepare('SELECT 1 FROM claim_sources cs JOIN sources s ON s.id = cs.source_id WHERE cs.claim_id = ? AND s.url = ?');
    for (const l of expected.links) if (!link.get(l.claimId, l.url)) lost.push(`source ${l.url} on claim ${l.claimId} missing`);
    const claims = db.prepare('SELECT count(*) AS n FROM claims WHERE article_id = ?');
    for (const [id, count] of expected.articles) {
      const n = (claims.get(id) as { n: number }).n;
      if (n !== count) lost.push(`article ${id}: ${n} claims, expected ${count}`);
    }
    return { integrity, lost };
  } finally {
    db.close();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { cycles: { type: 'string' }, seed: { type: 'string' } }, strict: true });
  const cycles = Number(values.cycles ?? 10);
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  if (!Number.isInteger(cycles) || cycles < 1) throw new Error(`--cycles must be a positive whole number, not "${values.cycles}"`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not "${values.seed}"`);
  const started = Date.now();
  const result = await runSoak({ cycles, seed, log: (line) => process.stderr.write(`${line}\n`) });
  const ops = Object.entries(result.byOperation)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([op, n]) => `${op} ${n}`)
    .join(', ');
  console.log(
    [
      `soak (seed ${result.seed}): ${result.cycles} cycles, ${result.acknowledged} acknowledged writes, ${result.lost} lost, ${result.cutOff} cut off by a kill (not acknowledged), integrity ${result.integrityFailures.length === 0 ? 'ok every cycle' : 'FAILED'}; ${((Date.now() - started) / 1000).toFixed(0)} s`,
      `  acknowledged by operation: ${ops}`,
      ...result.lostDetails.slice(0, 20).map((l) => `  LOST ${l}`),
      ...result.integrityFailures.map((l) => `  INTEGRITY ${l}`),
    ].join('\n'),
  );
  return result.lost === 0 && result.integrityFailures.length === 0 && result.lostDetails.length === 0 ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error('soak:', err);
      process.exit(2);
    },
  );
}
