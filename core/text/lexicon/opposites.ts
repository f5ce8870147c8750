/**
 * Predicates that assert opposite things, for in-article disagreements: two parties saying "he stopped working
 * for RFA" and "they continued to work for the radio station", "prices rose" and "prices fell", "the plan won
 * support" and "the plan lost support". Each entry is a pair of sides, each side every surface form of its
 * words (lower case). Kept to opposites a reporter uses of one event told two ways: not "open"/"close" or
 * "arrest"/"release", which tell two events in turn far more often than a disagreement. Claim memory's
 * opposites (synonyms.ts, CLAIM_MEMORY_OPPOSITES) have another job: telling two claims apart, not two sides.
 */
import { words } from './words';

export const OPPOSED_PREDICATES: ReadonlyArray<readonly [ReadonlySet<string>, ReadonlySet<string>]> = [
  [
    words(`stop stops stopped stopping cease ceases ceased ceasing quit quits quitting halt halts halted halting`),
    words(`continue continues continued continuing resume resumes resumed resuming`),
  ],
  [
    words(`rise rises rose risen rising increase increases increased increasing grow grows grew grown growing`),
    words(`fall falls fell fallen falling decrease decreases decreased decreasing decline declines declined declining shrink shrinks shrank shrunk shrinking`),
  ],
  [words(`win wins won winning`), words(`lose loses lost losing`)],
  [words(`accept accepts accepted accepting`), words(`reject rejects rejected rejecting refuse refuses refused refusing`)],
  [words(`support supports supported supporting favour favours favoured favor favors favored`), words(`oppose opposes opposed opposing`)],
  [words(`succeed succeeds succeeded succeeding`), words(`fail fails failed failing`)],
  [words(`improve improves improved improving`), words(`worsen worsens worsened worsening deteriorate deteriorates deteriorated deteriorating`)],
  [words(`legal lawful legally lawfully`), words(`illegal unlawful illegally unlawfully`)],
  [words(`guilty`), words(`innocent`)],
];

