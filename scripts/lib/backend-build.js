// The backend that `claimdesk` (the CLI) and `npm run web` (browser mode) run:
// core/cli/main.ts and core/web/main.ts bundled by esbuild into out/backend/,
// built on first use and again whenever a source is newer than the bundle, so
// nothing is compiled on the fly at each run (tsx cost ~1.4 s a call) and
// nothing stale ever runs. Works right after `npm ci`, with no other step.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { isStale } = require('./fresh-build');

const ROOT = path.join(__dirname, '..', '..');
const OUT_DIR = path.join('out', 'backend');

/**
 * Entry name → source. Each becomes out/backend/<name>.js. The CLI is two: its
 * front (main.ts, which answers --help alone) requires the commands (run.ts)
 * only when a command runs, so `claimdesk --help` never reads the big bundle.
 */
const ENTRIES = { cli: 'core/cli/main.ts', 'cli-commands': 'core/cli/run.ts', web: 'core/web/main.ts', 'backend-worker': 'core/api/backend-worker.ts', 'import-worker': 'core/import/import-worker.ts' };

/** A require() of another entry's source stays a require() of that entry's bundle, loaded when reached. */
const requireOtherEntries = (root) => ({
  name: 'require-other-entries',
  setup(build) {
    const bundleOf = new Map(Object.entries(ENTRIES).map(([name, source]) => [path.join(root, source), `./${name}.js`]));
    build.onResolve({ filter: /^\./ }, (args) => {
      if (args.kind !== 'require-call') return undefined;
      const target = bundleOf.get(`${path.join(args.resolveDir, args.path)}.ts`);
      return target === undefined ? undefined : { path: target, external: true };
    });
  },
});

// Everything a bundle is made from: the sources, the locked dependencies bundled
// into it, the TypeScript settings esbuild reads, and this recipe itself.
const INPUTS = ['core', 'db', 'package-lock.json', 'tsconfig.json', 'tsconfig.base.json', path.relative(ROOT, __filename)];

const builtFiles = () => Object.keys(ENTRIES).map((name) => path.join(OUT_DIR, `${name}.js`));

/** Bundles every entry; files appear by rename, so a run started meanwhile sees the old bundle or the new one whole. */
async function buildBackend(root = ROOT) {
  // Stamped with the time the build started: a source saved while it ran is newer, and is built next time.
  const startedAt = new Date();
  // Loaded here only: a run whose bundle is fresh never pays for loading esbuild.
  const esbuild = require('esbuild');
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir: OUT_DIR,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Native: loaded from node_modules at run time, never bundled.
    external: ['better-sqlite3'],
    plugins: [requireOtherEntries(root)],
    write: false,
    logLevel: 'warning',
  });
  fs.mkdirSync(path.join(root, OUT_DIR), { recursive: true });
  for (const file of result.outputFiles) {
    const temp = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(temp, file.contents);
    fs.utimesSync(temp, startedAt, startedAt);
    fs.renameSync(temp, file.path);
  }
}

/**
 * Runs out/backend/<entry>.js, built first when it is missing or stale. When
 * the bundle is fresh it is required at once, so a command's output and exit
 * code are exactly what they would be had this file not been in between.
 */
function runBackend(entry, { root = ROOT, say = (line) => process.stderr.write(`${line}\n`) } = {}) {
  if (!Object.hasOwn(ENTRIES, entry)) throw new Error(`No backend entry named ${entry}`);
  const bundle = path.join(root, OUT_DIR, `${entry}.js`);
  if (!isStale(root, builtFiles(), INPUTS)) {
    require(bundle);
    return;
  }
  say('Building the Claimdesk backend…');
  buildBackend(root).then(
    () => require(bundle),
    () => {
      // esbuild has already printed what it found wrong, file and line.
      say('Claimdesk: building the backend failed (see above).');
      process.exit(1);
    },
  );
}

module.exports = { runBackend, buildBackend };
