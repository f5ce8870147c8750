import path from 'node:path';
import { parseArgs } from 'node:util';
import { ClaimdeskError } from '../errors';
import { checkoutRoot, dbPathFrom } from '../paths';
import { createWorkerBackend } from '../api/worker-backend';
import { openBrowser } from './open-browser';
import { startWebServer } from './server';

/**
 * `npm run web -- [--port N] [--db PATH] [--open]`: browser mode. Prints one
 * line with the address (token included) and serves until interrupted.
 * `--open` (what `npm start` adds when it falls back to browser mode) also
 * opens that address in the system browser.
 */
async function main(): Promise<number> {
  let values: { port?: string; db?: string; static?: string; open?: boolean };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: { port: { type: 'string' }, db: { type: 'string' }, static: { type: 'string' }, open: { type: 'boolean' } },
      strict: true,
    }));
  } catch (err) {
    console.error(`claimdesk web: ${(err as Error).message}\nusage: npm run web -- [--port N] [--db PATH] [--open]`);
    return 2;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`claimdesk web: --port must be a number from 0 to 65535, not "${values.port}"`);
    return 2;
  }
  if (values.db !== undefined && values.db.trim() === '') {
    console.error('claimdesk web: --db needs a file path, and it was given an empty one');
    return 2;
  }
  const dbPath = dbPathFrom(values.db, process.env);
  // The workspace lives on a backend thread: a long import never stops this one from answering.
  // It opens (migrating, re-scoring) while the server starts, and the address is printed at once:
  // the page's first calls wait for the workspace. A damaged workspace is answered by the recovery
  // screen; one that cannot be opened at all, by its error on every call (and here).
  const backend = createWorkerBackend({ dbPath });
  backend.started.then(
    (damage) => {
      if (damage) console.error(`claimdesk web: ${damage.message} The page offers to salvage it.`);
    },
    (err: unknown) => {
      console.error(`claimdesk web: cannot open the workspace ${dbPath}: ${err instanceof Error ? err.message : String(err)} The page says so; fix it and reload.`);
    },
  );
  const server = await startWebServer({
    backend,
    port,
    staticDir: values.static ?? path.join(checkoutRoot(), 'out', 'web'),
  });
  console.log(`Claimdesk running at ${server.url}`);
  if (values.open) openBrowser(server.url, (line) => console.error(`claimdesk web: ${line}`));
  const stop = () => {
    server
      .close()
      .then(() => backend.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return -1;
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    if (err instanceof ClaimdeskError) console.error(`claimdesk web: ${err.message}`);
    else if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') console.error(`claimdesk web: port already in use: ${(err as Error).message}`);
    else console.error('claimdesk web:', err);
    process.exit(1);
  },
);
