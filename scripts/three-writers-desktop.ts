/**
 * The desktop app's process, for scripts/three-writers.ts: Electron cannot
 * run here, but its backend is the worker backend (createWorkerBackend) that
 * its main process starts, so this process starts the same threads on the
 * workspace and writes through them, as the window's clicks would.
 *
 * argv[2]: JSON `{ dbPath, workerScript? }`. Prints `ready` once the
 * workspace is open, then writes as standard input says (JSON
 * `{ seconds, claimIds }`), then prints one JSON line, the WriterLog.
 */
import { createWorkerBackend } from '../core/api/worker-backend';
import { emptyLog, writeUntil } from './three-writers-writes';

interface DesktopArgs {
  dbPath: string;
  /** The bundled backend thread (out/backend/backend-worker.js), as the desktop app runs a bundle. */
  workerScript?: string;
}

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2] ?? '{}') as DesktopArgs;
  const backend = createWorkerBackend({ dbPath: args.dbPath }, args.workerScript ? { workerScript: args.workerScript } : {});
  await backend.opened;
  process.stdout.write('ready\n');
  let given = '';
  for await (const chunk of process.stdin) given += String(chunk);
  const told = JSON.parse(given) as { seconds: number; claimIds: number[] };
  const log = emptyLog();
  const stopAt = Date.now() + told.seconds * 1000;
  await writeUntil('desktop', told.claimIds, (op, input) => backend.call(op, input), () => Date.now() >= stopAt, log);
  await backend.close();
  process.stdout.write(`${JSON.stringify(log)}\n`);
}

main().catch((err: unknown) => {
  console.error('three-writers desktop stand-in:', err);
  process.exit(1);
});
