/**
 * A folder of many real-looking article files for the import bench: the eval
 * articles (every set) and the sample, copied over and over, each copy's
 * figures changed (so no two files are one article, and the claim memory
 * sees reworded copies with other figures, as a news archive would give it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { sampleArticlePath } from '../core/paths';

const ROOT = path.join(__dirname, '..');

/** Every article text of the eval sets, plus the sample, by file name. */
export function corpusSources(): Array<{ name: string; text: string }> {
  const sources: Array<{ name: string; text: string }> = [{ name: 'sample.txt', text: fs.readFileSync(sampleArticlePath(), 'utf8') }];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(txt|md)$/.test(entry.name) && full.includes(`${path.sep}articles${path.sep}`)) {
        sources.push({ name: path.relative(path.join(ROOT, 'eval'), full).replace(/[\\/]/g, '_'), text: fs.readFileSync(full, 'utf8') });
      }
    }
  };
  walk(path.join(ROOT, 'eval'));
  return sources;
}

/** Copy `copy` of a text: every number in it moved by an amount that depends on the copy. */
export function variedCopy(text: string, copy: number): string {
  if (copy === 0) return text;
  let k = 0;
  return text.replace(/\d+/g, (digits) => {
    k++;
    const n = Number(digits);
    if (!Number.isSafeInteger(n)) return digits;
    const moved = n + ((copy * 7 + k * 3) % 97) + 1;
    // Same width where the original was zero-padded (dates, times), so the text still reads the same way.
    return digits.startsWith('0') ? String(moved).padStart(digits.length, '0') : String(moved);
  });
}

/** Writes `count` article files into `dir` (in sub-folders of 500), cycling through the sources. Returns their paths. */
export function writeCorpus(dir: string, count: number): string[] {
  const sources = corpusSources();
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length]!;
    const copy = Math.floor(i / sources.length);
    const folder = path.join(dir, `part-${String(Math.floor(i / 500)).padStart(3, '0')}`);
    if (i % 500 === 0) fs.mkdirSync(folder, { recursive: true });
    const ext = path.extname(source.name);
    const file = path.join(folder, `${String(i).padStart(5, '0')}_${path.basename(source.name, ext)}${ext}`);
    fs.writeFileSync(file, variedCopy(source.text, copy));
    files.push(file);
  }
  return files;
}

if (require.main === module) {
  const [dir, count] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: tsx bench/import-corpus.ts DIR [COUNT]');
    process.exit(2);
  }
  const files = writeCorpus(dir, Number(count ?? 3100));
  console.log(`wrote ${files.length} article files to ${dir}`);
}
