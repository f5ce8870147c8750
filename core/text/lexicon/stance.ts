/** What a sentence does beyond its facts: feelings, advice, scene-setting, jokes, the frames of a quotation and of an interview. Lower case. */
import { wordList } from './words';

/** Reporting verbs opening a frame before the reported content: "X said (that) …", "X warned …" ("told" is read with whom it was told). */
export const LEADING_FRAME_VERBS = wordList(`
  said says added insisted insists stated announced claimed claims argued argues warned warns confirmed reiterated stressed
  maintained pledged promised vowed wrote`);

/** Verbs of a question's attribution besides the reporting verbs: `"Where is it?" she wondered`. */
export const QUESTION_FRAME_VERBS = wordList(`wondered demanded shouted pleaded`);

/** Conjunctions carried along when a sentence is cut into clauses at punctuation: ", and …", "; while …". */
export const CLAUSE_JOINING_CONJUNCTIONS = wordList(`and but while whereas`);

/** Openings of a clause that is only circumstance: "Speaking in Leeds on Tuesday", "Asked about the delay". */
export const CIRCUMSTANCE_PARTICIPLES = wordList(`speaking writing addressing asked talking`);

/** Bodies that report their own feelings: "the club was 'disappointed'", "the family are devastated". */
export const FEELING_BODIES = wordList(`club company council family families board firm group government ministry department party`);
/** Self-reported feelings: "disappointed", "delighted", "saddened". Not checkable. */
export const FEELINGS = wordList(`
  disappointed saddened delighted pleased thrilled dismayed frustrated relieved heartbroken encouraged grateful proud
  happy glad sorry devastated shocked appalled upset angry disgusted humbled honoured honored excited satisfied
  dissatisfied unhappy gutted sad`);

/** Verbs of advice to the public: "The agency advises people …", "Police urged residents …". */
export const ADVISING_VERBS = wordList(`
  advises advise advised urges urge urged recommends recommend recommended tells tell told reminds remind reminded
  encourages encourage encouraged asks ask asked warns warn warned`);
/** Who is advised when the advice is to the public, after an optional "all", "local" or "affected" (a pattern's alternation). */
export const ADVISED_PUBLIC_PATTERN = String.raw`people|residents|customers|the public|members of the public|anyone|everyone|households|parents|patients|drivers|motorists|consumers|shoppers|travellers|visitors|users`;

/** What a scene-setting "It was a grey, windy …" describes: "morning", "season", "sight". */
export const SCENE_NOUNS = wordList(`
  day night evening morning afternoon season year week weekend summer winter spring autumn occasion moment affair
  scene sight place`);

/** Joking, teasing: "joked", "quipped". */
export const JOKING_WORDS = wordList(`joked jokes joking jokingly quipped quips teased`);
/** "with a grin", "with a shrug": said not to be taken at its word. */
export const JOKING_GESTURES = wordList(`grin smile laugh wink chuckle shrug sigh`);

/** How a quotation was put: "put it plainly", "summed it up neatly", "put it another way" (a pattern's alternation). */
export const PUTTING_IT_PATTERN = String.raw`plainly|bluntly|simply|succinctly|starkly|directly|frankly|candidly|crisply|memorably|neatly|best|differently|another way|this way|like this|thus|so`;
/** How a speaker was when quoted: "Doe was blunt.", "Okafor was characteristically unapologetic." */
export const MANNERS_OF_SPEAKING = wordList(`
  blunt blunter candid frank unequivocal emphatic direct succinct categorical forthright diplomatic cautious
  circumspect guarded scathing defiant unrepentant unapologetic philosophical upbeat downbeat measured terse`);

/** What a sentence that only reports that nothing was said may go on with: "would not say how many died". */
export const AFTER_SAYING_NOTHING = wordList(`so more much why how when where whether if what who which`);

/** What follows "spoke to the Courier": where or when the interview was. */
export const AFTER_AN_INTERVIEW = wordList(`at in from on before after ahead during outside inside by`);

/** Words that name a quotation rather than say it: "a banner reading …", "chanting …", "slogans such as …" (a pattern's alternation, case ignored). */
export const NAMING_A_QUOTATION_PATTERN = String.raw`such as|reading|read|bearing|bore|with the words|chanting|chanted|shouting|emblazoned with|titled|entitled|headlined|dubbed|slogans?|banners?|placards?|signs?|hashtag`;
