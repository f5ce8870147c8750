#!/usr/bin/env node
// Prints one closing line for the whole `npm test` run, from the JSON
// reports vitest and Playwright wrote: "tests: N passed, N failed".
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const dir = path.join(__dirname, '..', 'test-results');
function read(name) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
  } catch {
    return null;
  }
}

const unit = read('vitest.json');
const e2e = read('playwright.json');
if (!unit || !e2e) {
  console.error('test summary: a JSON report is missing (did a test stage fail to run?)');
  process.exit(1);
}
const flaky = e2e.stats.flaky ?? 0; // failed once, then passed on the retry CI allows
const passed = unit.numPassedTests + (e2e.stats.expected ?? 0) + flaky;
const failed = unit.numFailedTests + (e2e.stats.unexpected ?? 0);
const skipped = unit.numPendingTests + unit.numTodoTests + (e2e.stats.skipped ?? 0);
console.log(`\nunit ${unit.numPassedTests} passed, end-to-end ${(e2e.stats.expected ?? 0) + flaky} passed${flaky ? ` (${flaky} flaky: passed only on retry)` : ''}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
