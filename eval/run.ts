/**
 * `npm run eval [-- --holdout | --holdout2 | --holdout3 | --holdout4 | --dev5 | --set NAME] [--verbose | --json] [ARTICLE...]`:
 * scores the extraction engine against the hand-labelled gold in eval/gold,
 * or against a held-out set, each written blind: --holdout (eval/holdout;
 * its categories of misses were then used to generalise the rules),
 * --holdout2 (eval/holdout2; scored blind once, then its misses were read
 * too), --holdout3 (eval/holdout3; scored once, at the end, never tuned on)
 * or --holdout4 (eval/holdout4: real articles, scored once, never tuned on);
 * or --dev5 (eval/dev5: real articles, a development set that may be tuned on);
 * or --set NAME for any other set laid out the same way (eval/NAME/articles, gold, contested).
 * ARTICLE keeps only the articles whose file name contains it.
 * Exit codes: 0 scored (whether or not the aims are met), 1 the evaluation set
 * is invalid, 2 usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEV5_DIR, EVAL_DIR, evaluateAll, HOLDOUT_DIR } from './evaluate';
import { GoldError } from './gold-schema';
import { formatMisses, formatTable, reportJson } from './score';

const USAGE = 'usage: npm run eval -- [--holdout | --holdout2 | --holdout3 | --holdout4 | --dev5 | --set NAME] [--verbose] [--json] [ARTICLE-NAME-PART...]';

function main(argv: string[]): number {
  let verbose = false;
  let json = false;
  let dir = EVAL_DIR;
  const filter: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--set') {
      // Any set laid out as eval/NAME/articles + gold (+ contested): --set dev6, --set holdout5 ...
      const name = argv[++i];
      if (name === undefined || !/^[a-z0-9_-]+$/i.test(name) || !fs.existsSync(path.join(EVAL_DIR, name, 'articles'))) {
        console.error(`--set needs the name of a folder of eval/ with articles/ and gold/ in it\n${USAGE}`);
        return 2;
      }
      dir = path.join(EVAL_DIR, name);
    } else if (arg === '--verbose' || arg === '-v') verbose = true;
    else if (arg === '--json') json = true;
    else if (arg === '--holdout') dir = HOLDOUT_DIR;
    else if (arg === '--holdout2') dir = path.join(EVAL_DIR, 'holdout2');
    else if (arg === '--holdout3') dir = path.join(EVAL_DIR, 'holdout3');
    else if (arg === '--holdout4') dir = path.join(EVAL_DIR, 'holdout4');
    else if (arg === '--dev5') dir = DEV5_DIR;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      return 0;
    } else if (arg.startsWith('-')) {
      console.error(`unknown option ${arg}\n${USAGE}`);
      return 2;
    } else filter.push(arg);
  }
  let report;
  try {
    report = evaluateAll({ dir, filter });
  } catch (err) {
    if (err instanceof GoldError) {
      console.error(`The evaluation set is invalid (${err.problems.length} problem(s)):`);
      for (const p of err.problems) console.error(`  ${p}`);
      return 1;
    }
    throw err;
  }
  if (report.articles.length === 0) {
    console.error(`no article matches ${filter.join(', ')}`);
    return 2;
  }
  if (json) {
    console.log(JSON.stringify(reportJson(report), null, 2));
    return 0;
  }
  if (verbose) console.log(`${formatMisses(report)}\n`);
  console.log(formatTable(report));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
