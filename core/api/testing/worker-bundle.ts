/**
 * The backend worker bundled by esbuild, as the apps run it (out/backend/,
 * out/main/), for tests that start backend threads: a thread starts from it
 * in about a second, where the TypeScript source through tsx takes several on
 * a loaded machine. Built once per test file into the checkout's .tmp/ (so
 * node_modules and core/sample are found from it as from out/backend/), and
 * put in place by rename, so test files building it at once never see half a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.join(__dirname, '..', '..', '..');
const OUT_FILE = path.join(ROOT, '.tmp', 'test-backend-worker', 'backend-worker.js');

let built: Promise<string> | null = null;

export function backendWorkerBundle(): Promise<string> {
  built ??= (async () => {
    const result = await build({
      entryPoints: [path.join(ROOT, 'core', 'api', 'backend-worker.ts')],
      outfile: OUT_FILE,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // Native: required at run time from node_modules, never bundled.
      external: ['better-sqlite3'],
      write: false,
      logLevel: 'warning',
    });
    fs.mkdirSync(path.dirname(OUT_FILE), { recursive: true });
    const temp = `${OUT_FILE}.${process.pid}.tmp`;
    fs.writeFileSync(temp, result.outputFiles[0]!.contents);
    fs.renameSync(temp, OUT_FILE);
    return OUT_FILE;
  })();
  return built;
}
