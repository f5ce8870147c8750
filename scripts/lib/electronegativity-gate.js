// The Electronegativity gate: Electronegativity always exits 0, so its CSV is read here, and
// every HIGH or MEDIUM finding must be listed, with its reason, in
// electron/electronegativity-justifications.json. A finding is matched by its check and its
// file (never its line, which moves with every edit); a listed finding that no longer
// appears is reported too, so the file is kept true.
'use strict';

const fs = require('node:fs');
const { parse } = require('csv-parse/sync');

const GATED = new Set(['HIGH', 'MEDIUM']);

/** The findings of Electronegativity's CSV output (`-o FILE.csv`), one object per row. */
function readFindings(csvText) {
  const rows = parse(csvText, { columns: (header) => header.map((name) => name.trim()), trim: true, skip_empty_lines: true, relax_quotes: true });
  return rows.map((row) => ({
    check: row.issue,
    severity: String(row.severity).toUpperCase(),
    confidence: row.confidence,
    file: row.filename,
    location: row.location,
    sample: row.sample,
    description: row.description,
  }));
}

/** The justification file, checked: each entry names a check and a file and says why. */
function readJustifications(jsonText) {
  const data = JSON.parse(jsonText);
  const list = Array.isArray(data) ? data : data.justified;
  if (!Array.isArray(list)) throw new Error('the justification file must hold a "justified" list');
  for (const [i, entry] of list.entries()) {
    for (const key of ['check', 'file', 'reason']) {
      if (typeof entry[key] !== 'string' || entry[key].trim() === '') throw new Error(`justification ${i + 1} has no ${key}`);
    }
    if (entry.reason.trim().length < 40) throw new Error(`justification ${i + 1} (${entry.check}) gives no real reason: "${entry.reason}"`);
  }
  return list;
}

const matches = (finding, entry) => finding.check === entry.check && finding.file === entry.file;

/** { failed, unlisted, justified, stale, ignored }: failed when a HIGH or MEDIUM finding has no justification. */
function judge(findings, justifications) {
  const gated = findings.filter((f) => GATED.has(f.severity));
  const unlisted = gated.filter((f) => !justifications.some((j) => matches(f, j)));
  const justified = gated.filter((f) => justifications.some((j) => matches(f, j)));
  const stale = justifications.filter((j) => !gated.some((f) => matches(f, j)));
  return { failed: unlisted.length > 0, unlisted, justified, stale, ignored: findings.length - gated.length };
}

/** What the gate prints. */
function describe(result, justifications) {
  const where = (f) => `${f.check} (${f.severity}) in ${f.file}:${f.location}`;
  const lines = [];
  for (const f of result.justified) lines.push(`  justified: ${where(f)}: ${justifications.find((j) => matches(f, j)).reason}`);
  for (const f of result.unlisted) lines.push(`  NOT JUSTIFIED: ${where(f)}: ${f.description} (${f.sample})`);
  for (const j of result.stale) lines.push(`  no longer found (remove it from the justification file): ${j.check} in ${j.file}`);
  lines.push(`electronegativity: ${result.justified.length} justified, ${result.unlisted.length} not justified, ${result.ignored} low or informational`);
  return lines.join('\n');
}

function gateFiles(csvFile, justificationFile) {
  const justifications = readJustifications(fs.readFileSync(justificationFile, 'utf8'));
  const result = judge(readFindings(fs.readFileSync(csvFile, 'utf8')), justifications);
  return { result, report: describe(result, justifications) };
}

module.exports = { readFindings, readJustifications, judge, describe, gateFiles };
