/**
 * The backend that `claimdesk` and `npm run web` run is built on first use and
 * rebuilt after any source edit: checked with real processes in a copy of the
 * checkout (sharing node_modules), as a fresh clone is right after `npm ci`.
 */
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from './lib/test-support';

const COPIED = ['bin', 'core', 'db', 'scripts/lib', 'scripts/web.js', 'renderer', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.base.json'];

let checkout: string;
let dbPath: string;

beforeAll(() => {
  checkout = tempDir('checkout');
  for (const entry of COPIED) fs.cpSync(path.join(REPO_ROOT, entry), path.join(checkout, entry), { recursive: true });
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(checkout, 'node_modules'), 'dir');
  dbPath = path.join(tempDir('workspace'), 'claimdesk.sqlite');
});

afterAll(() => {
  fs.rmSync(checkout, { recursive: true, force: true });
});

function claimdesk(...args: string[]) {
  return spawnSync(process.execPath, [path.join(checkout, 'bin', 'claimdesk.js'), ...args], { cwd: checkout, encoding: 'utf8' });
}

/** Replaces text in a file of the copied checkout, as an editor saving it would. */
function edit(file: string, from: string, to: string): void {
  const full = path.join(checkout, file);
  const text = fs.readFileSync(full, 'utf8');
  expect(text).toContain(from);
  fs.writeFileSync(full, text.replace(from, to));
}

describe('the built backend', () => {
  it('is built by the first command of a fresh checkout, then reused', () => {
    expect(fs.existsSync(path.join(checkout, 'out'))).toBe(false);
    const first = claimdesk('--help');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^usage: claimdesk \[--db PATH\]/);
    expect(first.stderr).toBe('Building the Claimdesk backend…\n');
    for (const bundle of ['cli.js', 'cli-commands.js', 'web.js']) expect(fs.existsSync(path.join(checkout, 'out', 'backend', bundle))).toBe(true);

    const again = claimdesk('--help');
    expect(again).toMatchObject({ status: 0, stdout: first.stdout, stderr: '' });
    const stats = claimdesk('stats', '--db', dbPath);
    expect(stats).toMatchObject({ status: 0, stderr: '' });
    expect(stats.stdout).toMatch(/^All articles: 0 claims/);
    // A usage error keeps its exit code through the bundle.
    expect(claimdesk('frobnicate').status).toBe(2);
  });

  it('never runs stale code: an edit to a source is in the very next run', () => {
    claimdesk('--help');
    edit('core/cli/args.ts', 'usage: claimdesk [--db PATH]', 'usage: claimdesk (edited) [--db PATH]');
    const help = claimdesk('--help');
    expect(help.stderr).toBe('Building the Claimdesk backend…\n');
    expect(help.stdout).toMatch(/^usage: claimdesk \(edited\)/);
    // A module the commands bundle holds, two imports away from the entry.
    edit('core/cli/run.ts', "line('All articles'", "line('Every article'");
    expect(claimdesk('stats', '--db', dbPath).stdout).toMatch(/^Every article: 0 claims/);
  });

  it('runs through npm run cli', () => {
    const npm = spawnSync('npm', ['run', '--silent', 'cli', '--', '--help'], { cwd: checkout, encoding: 'utf8' });
    expect(npm.status).toBe(0);
    expect(npm.stdout).toMatch(/^usage: claimdesk/);
  });

  it('serves browser mode from the bundle: the UI folder and the sample article are found', async () => {
    // A stand-in for the built UI, newer than its sources, so no vite build runs here.
    fs.mkdirSync(path.join(checkout, 'out', 'web'), { recursive: true });
    fs.writeFileSync(path.join(checkout, 'out', 'web', 'index.html'), '<!doctype html><title>stand-in UI</title>');
    const child = spawn(process.execPath, [path.join(checkout, 'scripts', 'web.js'), '--port', '0', '--db', dbPath], { cwd: checkout, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = new URL(
        await new Promise<string>((resolve, reject) => {
          let out = '';
          child.stdout.on('data', (chunk: Buffer) => {
            out += chunk.toString();
            const match = /Claimdesk running at (\S+)/.exec(out);
            if (match) resolve(match[1]!);
          });
          child.on('exit', (code) => reject(new Error(`browser mode exited with ${code}`)));
        }),
      );
      expect(await (await fetch(new URL('/', url.origin))).text()).toContain('stand-in UI');
      const sample = await fetch(new URL('/api/loadSample', url.origin), {
        method: 'POST',
        headers: { 'x-claimdesk-token': url.searchParams.get('token') ?? '' },
      });
      expect(await sample.json()).toMatchObject({ ok: true });
    } finally {
      child.kill('SIGTERM');
    }
  });
});
