/**
 * The backend worker bundled by esbuild, as the apps run it (out/backend/,
 * out/main/), for tests that start backend threads: a thread starts from it
 * in about a second, where the TypeScript source through tsx takes several on
 * a loaded machine. Built once per test file, into a folder of its own under
 * the checkout's .tmp/ (so node_modules and core/sample are found from it as
 * from out/backend/), removed when the test process ends.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

let built: Promise<string> | null = null;

export function backendWorkerBundle(): Promise<string> {
  built ??= (async () => {
    const root = path.join(__dirname, '..', '..', '..');
    fs.mkdirSync(path.join(root, '.tmp'), { recursive: true });
    const dir = fs.mkdtempSync(path.join(root, '.tmp', 'worker-bundle-'));
    process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    const outfile = path.join(dir, 'backend-worker.js');
    await build({
      entryPoints: [path.join(__dirname, '..', 'backend-worker.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // Native: required at run time from node_modules, never bundled.
      external: ['better-sqlite3'],
      logLevel: 'warning',
    });
    return outfile;
  })();
  return built;
}
