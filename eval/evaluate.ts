/**
 * Loads the evaluation set (eval/articles + eval/gold, or the held-out set in
 * eval/holdout), validates every gold file against its article, runs the
 * engine on each article and scores it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../core/import/analyze';
import { GoldError, resolveGold, type ResolvedGold } from './gold-schema';
import { combine, scoreArticle, type EvalReport, type PredictedArticle } from './score';

export const EVAL_DIR = __dirname;
/** The held-out set (eval/holdout/articles + eval/holdout/gold): articles the engine was not tuned on. */
export const HOLDOUT_DIR = path.join(EVAL_DIR, 'holdout');
/** The development set (eval/dev5/articles + gold + contested): real articles that may be tuned on. */
export const DEV5_DIR = path.join(EVAL_DIR, 'dev5');
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

export interface CorpusEntry {
  name: string;
  text: string;
  gold: ResolvedGold;
}

/**
 * Every article with its validated gold, in file-name order. `filter` keeps
 * the articles whose file name contains one of the given strings. Throws a
 * GoldError listing every problem in every file.
 */
export function loadCorpus(dir: string = EVAL_DIR, filter: string[] = []): CorpusEntry[] {
  const articlesDir = path.join(dir, 'articles');
  const goldDir = path.join(dir, 'gold');
  const names = fs
    .readdirSync(articlesDir)
    .filter((n) => ARTICLE_EXTENSIONS.has(path.extname(n)))
    .sort();
  const problems: string[] = [];
  const stems = new Set(names.map((n) => path.basename(n, path.extname(n))));
  if (stems.size !== names.length) problems.push(`${articlesDir}: two articles share a base name; each needs its own gold file`);
  for (const g of fs.readdirSync(goldDir).filter((n) => n.endsWith('.json'))) {
    if (!stems.has(path.basename(g, '.json'))) problems.push(`gold/${g}: no article with this base name in ${articlesDir}`);
  }
  const entries: CorpusEntry[] = [];
  for (const name of names) {
    if (filter.length > 0 && !filter.some((f) => name.includes(f))) continue;
    const goldPath = path.join(goldDir, `${path.basename(name, path.extname(name))}.json`);
    if (!fs.existsSync(goldPath)) {
      problems.push(`${name}: no gold file (expected ${path.relative(dir, goldPath)})`);
      continue;
    }
    const text = fs.readFileSync(path.join(articlesDir, name), 'utf8');
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(goldPath, 'utf8'));
    } catch (err) {
      problems.push(`${path.relative(dir, goldPath)}: not valid JSON: ${(err as Error).message}`);
      continue;
    }
    try {
      const gold = resolveGold(name, text, raw);
      const contestedPath = path.join(dir, 'contested', `${path.basename(name, path.extname(name))}.json`);
      if (fs.existsSync(contestedPath)) gold.contestedPairs = readContested(contestedPath, gold, problems);
      entries.push({ name, text, gold });
    } catch (err) {
      if (err instanceof GoldError) problems.push(...err.problems);
      else throw err;
    }
  }
  if (problems.length > 0) throw new GoldError(problems);
  return entries;
}

/**
 * A set's contested marks (holdout4/ or dev5/contested/NAME.json: [{ claim, contestedWith: [...] }]),
 * each text one gold sentence's, as pairs of sentence indices.
 */
function readContested(file: string, gold: ResolvedGold, problems: string[]): Array<[number, number]> {
  const where = path.relative(EVAL_DIR, file);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    problems.push(`${where}: not valid JSON: ${(err as Error).message}`);
    return [];
  }
  if (!Array.isArray(raw)) {
    problems.push(`${where}: expected a list of { claim, contestedWith }`);
    return [];
  }
  const indexOf = (text: unknown): number | null => {
    const found = typeof text === 'string' ? gold.sentences.find((s) => s.text.trim() === text.trim()) : undefined;
    if (!found) problems.push(`${where}: "${String(text).slice(0, 60)}" is not the text of a gold sentence`);
    return found ? found.index : null;
  };
  const pairs: Array<[number, number]> = [];
  for (const entry of raw as Array<{ claim?: unknown; contestedWith?: unknown }>) {
    const claim = indexOf(entry.claim);
    for (const other of Array.isArray(entry.contestedWith) ? entry.contestedWith : []) {
      const side = indexOf(other);
      if (claim !== null && side !== null) pairs.push([claim, side]);
    }
  }
  return pairs;
}

export interface EvaluateOptions {
  dir?: string;
  filter?: string[];
  /** The engine under test; analyzeArticle by default. */
  analyze?: (text: string) => PredictedArticle;
}

/** Runs the engine over the whole evaluation set and scores it. */
export function evaluateAll(options: EvaluateOptions = {}): EvalReport {
  const analyze = options.analyze ?? analyzeArticle;
  const corpus = loadCorpus(options.dir, options.filter);
  return combine(corpus.map((e) => scoreArticle(e.text, e.gold, analyze(e.text))));
}
