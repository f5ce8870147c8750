/** What a speaker says of themself in the first person: feelings, stances, what they do not know. Pattern alternatives, case ignored. */
import { words } from './words';

// core/analysis/worthiness.ts

/** Feelings that may govern a clause of their own ("I am afraid the hospital ran out of oxygen"). */
export const GOVERNING_FEELINGS = words(`worried concerned afraid scared anxious nervous fearful`);

/** Verbs and adjectives of a first-person stance, one word each ("I understand why …", "We are deeply sorry", "I would be angry too"). */
export const FIRST_PERSON_STANCE_WORDS = words(`
  understand share feel think believe know hope wish regret apologi[sz]e sorry happy glad delighted proud honou?red
  grateful thankful excited pleased sad confident hopeful optimistic angry surprised say love hate agree disagree
  accept welcome confused perplexed heartbroken devastated frustrated`);

/** What a speaker does not know: "I don't know when / whether / who …". */
export const NOT_KNOWN_WH_WORDS = words(`when whether if how why what who where which`);

/** Intensifiers before a governing feeling or a want ("I am so worried that …", "We are deeply concerned"). */
export const FEELING_INTENSIFIERS = words(`so very really deeply`);
