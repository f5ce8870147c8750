/** Verbs that report nothing themselves but shape the clause around a speaker: causatives, participles before an agent's "by", finite verbs after a subject. Lower case. */
import { words } from './words';

// core/import/speaker.ts

/** "make", "let", "help", "lead", "cause" straight before a subject: "to make victims believe", "led many to think". */
export const CAUSATIVE_FORMS = words(`
  make makes made making let lets letting help helps helped helping lead leads led leading cause causes caused
  causing`);

/** Irregular participles before an agent's "by" in a description ("a system backed by Labour"), as a pattern's alternation; the stage adds -ed and -en words. */
export const AGENT_PARTICIPLES_PATTERN = String.raw`led|won|held|run|built|made|set up`;

/** Irregular past-tense forms that mark a clause as telling an event ("the attack came from Afghan soil", "prices rose"). */
export const IRREGULAR_PAST_FORMS = words(`
  made took gave went came saw found lost won left fell rose paid sold bought built spent met held led began became sent
  kept brought struck fought fled stole wrote spoke broke chose drove flew grew knew ran sank shot stood swore threw wore`);

/** A verb right after an inverted speaker, making it a clause's subject: "says her manager told her". */
export const FINITE_AFTER_AN_INVERTED_SPEAKER = words(`told tells said says had has have was were is are would will could can did does do wanted asked warned made`);

/** Verbs after "that" that make it a relative pronoun ("a report that was released"), not the opening of what a document says; the stage adds -ed words. */
export const VERBS_AFTER_A_RELATIVE_THAT = words(`was were is are has have had will would could can may might should did does do`);

// core/import/speaker-phrase.ts

/** Irregular participles of a description's agent: "Three witnesses seen by Reuters"; the stage adds -ed and -en words. */
export const DESCRIBING_AGENT_PARTICIPLES = words(`seen met told sent given`);
