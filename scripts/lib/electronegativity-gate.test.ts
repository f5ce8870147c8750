import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { judge, readFindings, readJustifications } from './electronegativity-gate';
import { REPO_ROOT, tempDir } from './test-support';

/** Electronegativity 1.10.3's CSV for electron/ as it is (run with -r -v false -e 45.3.4), its header spaced as it writes it. */
const TODAY = `issue, severity, confidence, filename, location, sample, description, url
CSP_GLOBAL_CHECK,"LOW","TENTATIVE","security.ts","35:4",N/A,"Failed to parse CSP, it may not be valid.",https://github.com/doyensec/electronegativity/wiki/CSP_GLOBAL_CHECK
OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","security.ts","15:2","shell.openExternal(url).catch((err: unknown) => {","Review the use of openExternal",https://github.com/doyensec/electronegativity/wiki/OPEN_EXTERNAL_JS_CHECK
AUXCLICK_JS_CHECK,"MEDIUM","FIRM","window.ts","15:17","const window = new BrowserWindow({","Limit navigation flows to untrusted origins. Middle-click may cause Electron to open a link within a new window",https://github.com/doyensec/electronegativity/wiki/AUXCLICK_JS_CHECK
PRELOAD_JS_CHECK,"MEDIUM","FIRM","window.ts","24:6","preload: options.preloadPath,","Review the use of preload scripts",https://github.com/doyensec/electronegativity/wiki/PRELOAD_JS_CHECK
`;
const UNLISTED = `${TODAY}NODE_INTEGRATION_JS_CHECK,"HIGH","FIRM","window.ts","27:6","nodeIntegration: true,","Disable nodeIntegration for untrusted origins",https://github.com/doyensec/electronegativity/wiki/NODE_INTEGRATION_JS_CHECK
`;
const JUSTIFICATIONS = path.join(REPO_ROOT, 'electron', 'electronegativity-justifications.json');
const justifications = readJustifications(fs.readFileSync(JUSTIFICATIONS, 'utf8'));

function gate(csv: string): { status: number | null; output: string } {
  const file = path.join(tempDir('electronegativity'), 'findings.csv');
  fs.writeFileSync(file, csv);
  const ran = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'electronegativity.js'), '--csv', file], { encoding: 'utf8' });
  return { status: ran.status, output: ran.stdout + ran.stderr };
}

describe('the Electronegativity gate', () => {
  it('reads the CSV Electronegativity writes', () => {
    const findings = readFindings(TODAY);
    expect(findings.map((f) => [f.check, f.severity, f.file])).toEqual([
      ['CSP_GLOBAL_CHECK', 'LOW', 'security.ts'],
      ['OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'security.ts'],
      ['AUXCLICK_JS_CHECK', 'MEDIUM', 'window.ts'],
      ['PRELOAD_JS_CHECK', 'MEDIUM', 'window.ts'],
    ]);
  });

  it("passes today's three MEDIUM findings, each justified with its reason in the checked-in file", () => {
    const result = judge(readFindings(TODAY), justifications);
    expect(result).toMatchObject({ failed: false, unlisted: [], stale: [], ignored: 1 });
    expect(result.justified.map((f: { check: string }) => f.check)).toEqual(['OPEN_EXTERNAL_JS_CHECK', 'AUXCLICK_JS_CHECK', 'PRELOAD_JS_CHECK']);
    const run = gate(TODAY);
    expect(run.status).toBe(0);
    expect(run.output).toMatch(/3 justified, 0 not justified, 1 low or informational/);
  });

  it('fails on a HIGH or MEDIUM finding not listed, naming it', () => {
    expect(judge(readFindings(UNLISTED), justifications).unlisted.map((f: { check: string }) => f.check)).toEqual(['NODE_INTEGRATION_JS_CHECK']);
    const run = gate(UNLISTED);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/NOT JUSTIFIED: NODE_INTEGRATION_JS_CHECK \(HIGH\) in window\.ts:27:6/);
    // The same check in another file is another finding.
    const moved = TODAY.replace('PRELOAD_JS_CHECK,"MEDIUM","FIRM","window.ts"', 'PRELOAD_JS_CHECK,"MEDIUM","FIRM","second-window.ts"');
    expect(gate(moved).status).toBe(1);
  });

  it('says which justification no longer matches anything, and refuses one without a reason', () => {
    const fixed = TODAY.split('\n').filter((line) => !line.startsWith('AUXCLICK')).join('\n');
    const result = judge(readFindings(fixed), justifications);
    expect(result.failed).toBe(false);
    expect(result.stale.map((j: { check: string }) => j.check)).toEqual(['AUXCLICK_JS_CHECK']);
    expect(() => readJustifications(JSON.stringify({ justified: [{ check: 'PRELOAD_JS_CHECK', file: 'window.ts', reason: 'fine' }] }))).toThrow(/no real reason/);
    expect(() => readJustifications(JSON.stringify({ justified: [{ check: 'PRELOAD_JS_CHECK', reason: 'x'.repeat(50) }] }))).toThrow(/no file/);
  });

  it('reads a CSV whose first row the header’s racing write cut (as Electronegativity leaves it on a loaded machine) as malformed, the error the gate reruns it on', () => {
    // Seen in CI: the header's truncating write landed after the rows, leaving "se CSP, it may not be valid.",… on line 2.
    const cut = TODAY.replace(/^(issue[^\n]*\n)CSP_GLOBAL_CHECK,"LOW","TENTATIVE","security.ts","35:4",N\/A,"Failed to par/u, '$1');
    expect(cut).not.toBe(TODAY);
    expect(() => readFindings(cut)).toThrow(expect.objectContaining({ code: expect.stringMatching(/^CSV_/) }));
    // Given as a file (--csv: nothing to rerun), it fails loudly rather than passing.
    expect(gate(cut).status).not.toBe(0);
  });
});
