/**
 * The Electron main process does no database work: everything it loads is
 * listed by bundling electron/main.ts with esbuild (a metafile: every module
 * and every package it requires), and none of it is better-sqlite3, db/ or
 * the dispatcher with its handlers. The backend thread's entry is where they
 * are. (scripts/desktop-start.test.ts checks the same of electron-vite's real
 * output, out/main/.)
 */
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.join(__dirname, '..');

interface Graph {
  /** Source files bundled, relative to the repository, with forward slashes. */
  modules: string[];
  /** Packages left as require()s (node_modules and Node's own). */
  packages: string[];
}

async function graphOf(entry: string): Promise<Graph> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    metafile: true,
    // As electron-vite's main build: dependencies stay require()s (externalizeDeps).
    packages: 'external',
    external: ['electron'],
    logLevel: 'silent',
  });
  const metafile: Metafile = result.metafile;
  const modules = Object.keys(metafile.inputs).map((file) => file.split(path.sep).join('/'));
  const packages = new Set<string>();
  for (const input of Object.values(metafile.inputs)) for (const imported of input.imports) if (imported.external) packages.add(imported.path);
  return { modules: modules.sort(), packages: [...packages].sort() };
}

let main: Graph;
let worker: Graph;
beforeAll(async () => {
  [main, worker] = await Promise.all([graphOf('electron/main.ts'), graphOf('core/api/backend-worker.ts')]);
});

/** What doing database work takes: the driver, the schema and queries, the dispatcher and the operations it runs. */
const DATABASE_MODULES = /^(db\/|core\/api\/(dispatch|contract|workspace|backend-tasks|backend-worker)\.ts$|core\/api\/handlers\/)/;

describe("the desktop app's module graph", () => {
  it('keeps the database off the main process', () => {
    expect(main.modules).toContain('electron/main.ts');
    expect(main.modules).toContain('core/api/worker-backend.ts');
    expect(main.modules.filter((file) => DATABASE_MODULES.test(file))).toEqual([]);
    expect(main.packages).not.toContain('better-sqlite3');
    expect(main.packages).toContain('node:worker_threads');
  });

  it('puts it on the backend thread', () => {
    for (const file of ['db/open.ts', 'db/migrate.ts', 'core/api/dispatch.ts', 'core/api/contract.ts', 'core/api/backend-tasks.ts']) expect(worker.modules).toContain(file);
    expect(worker.packages).toContain('better-sqlite3');
  });
});
