/** Sentences that assert nothing checkable: public notices, instructions to the reader, the setting of a scene. Pattern alternatives, case ignored. */
import { words } from './words';

// core/analysis/worthiness.ts

/** Verbs opening a public notice or advice ("Boil water before drinking it", "Call 999"); "do not" and "don't" are written beside them. */
export const NOTICE_IMPERATIVES = words(`boil wash stay keep avoid call contact check follow visit remember try use drink wear seek`);

/** Verbs opening an instruction to the reader ("Go get your bike!", "Sign up for our newsletter."). */
export const READER_INSTRUCTION_VERBS = words(`
  go get leave sign click tap read share subscribe follow join download register visit tell watch listen grab head
  pop drop send email tweet text bookmark scroll swipe donate submit enter vote find learn discover explore take make
  imagine consider remember look ask buy write comment reply like come bring give pick hit help start stop turn wait
  let`);

/** Words only an instruction puts after its verb ("Leave them in the comments"; not "Share prices fell"). */
export const AFTER_A_READER_INSTRUCTION = words(`
  your yours yourself you us our them it this these those the a an here there up in out on now back get and to along
  ahead me him her off over down away more some all sure today below above for`);

/** Times of day and seasons a scene is set in ("It was a warm, sunny evening"). */
export const SCENE_TIMES = words(`day night evening morning afternoon summer winter spring autumn`);

/** Weather and mood a scene is set in ("It was a quiet day"). */
export const SCENE_ADJECTIVES = words(`warm cold hot wet grey gray sunny cloudy rainy bright quiet busy`);

/** Occasions wished happy ("Happy birthday", "Happy Diwali"); "new year" is written beside them. */
export const OCCASIONS = words(`birthday holidays eid diwali christmas`);

/** Pieces a publisher's note is about ("This article has been updated"). */
export const PUBLISHED_PIECES = words(`article story page interview report`);

/** What a party did not respond to ("did not respond to repeated requests for comment"), as pattern alternatives. */
export const REQUESTS_FOR_COMMENT = words(`requests? questions calls emails messages`);

/** Determiners before what a reporter could not verify ("could not verify these claims"). */
export const BEFORE_UNVERIFIED_THINGS = words(`the these those this its their his her`);

/** Things a reporter could not verify ("could not independently verify the footage"), as pattern alternatives. */
export const UNVERIFIED_THINGS = words(`accounts? claims? reports? figures? details? footage video images? allegations?`);
