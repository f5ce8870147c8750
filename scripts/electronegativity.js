#!/usr/bin/env node
// CI step: runs Electronegativity over electron/ and fails on any HIGH or MEDIUM finding not
// justified in electron/electronegativity-justifications.json (scripts/lib/electronegativity-gate.js).
//   node scripts/electronegativity.js              run it, then gate
//   node scripts/electronegativity.js --csv FILE   gate an existing CSV (no run)
// Electronegativity asks the network for Electron's releases and waits ~11 s offline; the
// Electron version is given (-e) so its checks judge this version, not "v0.1.0".
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { gateFiles } = require('./lib/electronegativity-gate');

const ROOT = path.join(__dirname, '..');
const JUSTIFICATIONS = path.join(ROOT, 'electron', 'electronegativity-justifications.json');

/** Electronegativity writes its CSV's header and rows with two async writes that race (util/file.js): on a loaded
 * machine the header's truncating write can land after the rows and cut the first one. So it may take a second run. */
const RUNS = 3;

function runElectronegativity() {
  const electronVersion = require(path.join(ROOT, 'node_modules', 'electron', 'package.json')).version;
  const csvFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-electronegativity-')), 'findings.csv');
  const bin = path.join(ROOT, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
  const ran = spawnSync(process.execPath, [bin, '-i', path.join(ROOT, 'electron'), '-o', csvFile, '-r', '-v', 'false', '-e', electronVersion], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  if (ran.status !== 0 || !fs.existsSync(csvFile)) {
    console.error(`electronegativity did not run (exit ${ran.status}):\n${ran.stdout}\n${ran.stderr}`);
    return null;
  }
  return csvFile;
}

function run() {
  const given = process.argv.indexOf('--csv');
  if (given >= 0) return gate(path.resolve(process.argv[given + 1] ?? ''));
  for (let attempt = 1; attempt <= RUNS; attempt++) {
    const csvFile = runElectronegativity();
    if (csvFile === null) return 2;
    try {
      return gate(csvFile);
    } catch (err) {
      if (!(err && err.code && String(err.code).startsWith('CSV_')) || attempt === RUNS) throw err;
      console.error(`electronegativity wrote a malformed CSV (${err.message}; its header and rows race): running it again (${attempt + 1} of ${RUNS})`);
    }
  }
  return 2;
}

function gate(csvFile) {
  const { result, report } = gateFiles(csvFile, JUSTIFICATIONS);
  console.log(report);
  if (result.failed) {
    console.error('electronegativity: a HIGH or MEDIUM finding is not justified: fix the code, or add it with its reason to electron/electronegativity-justifications.json.');
    return 1;
  }
  return 0;
}

process.exitCode = run();
