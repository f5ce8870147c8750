/** Questions: the words that open a question or a supposition, and the conjunctions before them. Lower case, case ignored. */
import { words } from './words';

// core/analysis/questions.ts

/** Words that open a question clause: wh-words, auxiliaries and their negative contractions ("why", "is", "didn't"). */
export const ASKING_WORDS = words(`
  why how what who whom whose where when is are was were do does did can could will would should shall has have had
  isn't aren't wasn't weren't doesn't don't didn't won't wouldn't shouldn't can't couldn't hasn't haven't`);

/** Words that open a sentence only supposing, besides a question ("If it fails, who pays?", "Suppose …"). */
export const SUPPOSING_OPENERS = words(`which if unless whether suppose imagine`);

/** Conjunctions between an assertion and the question put after it ("…, so why are waiting lists still rising?"). */
export const BEFORE_A_TRAILING_QUESTION = words(`so but and yet then or`);

/** Conjunctions before a sentence's opening question or supposition ("So why …", "But if …"). */
export const BEFORE_AN_OPENING_QUESTION = words(`so but and then`);
