/** Words a reporter swaps for one another when retelling a claim, and words that assert the opposite. Lower case. */
import { wordList } from './words';

/**
 * Rewordings of the same assertion. Each group reads as its first word;
 * "deported", "expelled" and "repatriated" are one thing to a fact-checker
 * comparing two claims.
 */
export const CLAIM_MEMORY_SYNONYM_GROUPS: ReadonlyArray<readonly string[]> = [
  wordList('expel expelled expels expelling expulsion expulsions deport deported deports deporting deportation deportations deportee deportees repatriate repatriated repatriates repatriating repatriation evict evicted eviction'),
  wordList('kill killed kills killing killings dead death deaths died die dies dying slain fatalities fatality fatal'),
  wordList('injure injured injuries injury wounded wounding wounds hurt'),
  wordList('rise rose risen rises rising increase increased increases increasing grew grow grows growing growth climbed climb climbs jumped jump surged surge soared soar higher'),
  wordList('fall fell fallen falls falling decrease decreased decreases decreasing decline declined declines declining dropped drop drops dropping slumped slump plunged plunge shrank shrink lower'),
  wordList('arrest arrested arrests detain detained detention detentions'),
  wordList('release released releases freed free'),
  wordList('close closed closes closing closure shut shuts shutting'),
  wordList('open opened opens opening reopen reopened reopens reopening'),
  wordList('approve approved approves approval passed pass passes endorse endorsed'),
  wordList('reject rejected rejects rejection refuse refused refuses refusal veto vetoed'),
  wordList('win won wins winning victory'),
  wordList('lose lost loses losing defeat defeated'),
  wordList('ban banned bans banning prohibit prohibited prohibits forbid forbidden'),
  wordList('allow allowed allows permit permitted permits legalise legalised legalize legalized'),
  wordList('migrant migrants refugee refugees asylum seeker seekers'),
  wordList('afghan afghans afghanistan'),
  wordList('usa america american americans'),
  wordList('uk britain british'),
  wordList('hike hiked raise raised'),
  wordList('cut cuts slash slashed reduce reduced reduces reduction'),
  wordList('spend spent spending expenditure'),
  wordList('attack attacks attacked assault assaults strike strikes struck'),
  wordList('flee fled fleeing displaced displacement'),
  wordList('unemployment jobless joblessness'),
];

/**
 * Groups (named by their first word) that assert opposite things: a claim
 * saying "rose" and one saying "fell" about the same subject are two claims.
 */
export const CLAIM_MEMORY_OPPOSITES: ReadonlyArray<readonly [string, string]> = [
  ['rise', 'fall'],
  ['rise', 'cut'],
  ['hike', 'cut'],
  ['arrest', 'release'],
  ['close', 'open'],
  ['approve', 'reject'],
  ['win', 'lose'],
  ['ban', 'allow'],
];

/** Irregular forms onto their base. */
export const IRREGULAR_BASE_FORMS: Record<string, string> = {
  hid: 'hide', hidden: 'hide', paid: 'pay', sold: 'sell', dead: 'die', died: 'die', dying: 'die', death: 'die',
  deaths: 'die', rose: 'rise', risen: 'rise', grew: 'grow', grown: 'grow', growth: 'grow', fell: 'fall', fallen: 'fall',
  lost: 'lose', losses: 'lose', loss: 'lose', won: 'win', met: 'meet', left: 'leave', fled: 'flee', stole: 'steal',
  stolen: 'steal', theft: 'steal', bought: 'buy', took: 'take', taken: 'take', gave: 'give', given: 'give', knew: 'know',
  known: 'know', spent: 'spend', sent: 'send', built: 'build', broke: 'break', broken: 'break', wrote: 'write',
  written: 'write', began: 'begin', begun: 'begin', shot: 'shoot', struck: 'strike', brought: 'bring', sought: 'seek',
  caught: 'catch', held: 'hold', kept: 'keep', led: 'lead', lent: 'lend', owed: 'owe', ran: 'run', saw: 'see', seen: 'see',
  shut: 'shut', thrown: 'throw', threw: 'throw', forgot: 'forget', forgotten: 'forget', fought: 'fight', drove: 'drive',
  driven: 'drive', bore: 'bear', borne: 'bear', chose: 'choose', chosen: 'choose', froze: 'freeze', frozen: 'freeze',
  hit: 'hit', cut: 'cut', cuts: 'cut', cutting: 'cut', set: 'set', put: 'put', quit: 'quit', spread: 'spread',
  hire: 'hire', hired: 'hire', hiring: 'hire', hires: 'hire', sale: 'sell', sales: 'sell', selling: 'sell', sells: 'sell',
  seller: 'sell', sellers: 'sell', buyer: 'sell', buyers: 'sell', payment: 'pay', payments: 'pay', paying: 'pay',
  pays: 'pay', money: 'money', funds: 'fund', funding: 'fund', funded: 'fund',
};

/**
 * Synonym groups: every word (after stemming) maps to the group's first member.
 * Kept to pairs a reporter swaps freely when retelling the same claim.
 */
export const CONCEPT_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['hide', 'conceal', 'cover-up'],
  ['sell', 'dispos'],
  ['pay', 'compens'],
  ['kill', 'die', 'fatal', 'fatality', 'death', 'dead', 'toll'],
  ['rise', 'ris', 'increas', 'grow', 'climb', 'soar'],
  ['cut', 'reduc', 'reduct', 'slash'],
  ['fall', 'drop', 'declin', 'decreas', 'plung'],
  ['fund', 'financ', 'bankroll', 'sponsor'],
  ['releas', 'discharg', 'dump', 'spill'],
  ['hire', 'employ', 'recruit', 'appoint'],
  ['study', 'research', 'survey'],
  ['steal', 'embezzl', 'misappro'],
  ['arrest', 'detain', 'detent'],
  ['clos', 'shut', 'closur'],
  ['send', 'deploy', 'dispatch'],
  ['enter', 'intrud', 'intrus', 'incurs'],
  ['ban', 'prohibit'],
  ['breach', 'viol', 'break'],
  ['resign', 'quit'],
  ['lie', 'mislead', 'misled', 'deceiv', 'decept'],
  ['soldier', 'troop'],
  ['money', 'cash'],
  ['outag', 'blackout', 'power-cu'],
  ['cyberatt', 'cyber-at', 'hack', 'hacker'],
  ['clash', 'feud', 'rift', 'spat', 'quarrel', 'at-od', 'falling-'],
  ['chancell', 'treasury'],
];

/** Two-word names of one concept, joined before the words are split: "power cut" ~ "outage", "at odds" ~ "clashed". */
export const CONCEPT_PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/\bpower\s+(?:cut|failure|outage)s?\b/giu, 'power-cut'],
  [/\bcyber[\s-]+attacks?\b/giu, 'cyber-attack'],
  [/\bat\s+odds\b/giu, 'at-odds'],
  [/\b(?:fall(?:en|ing)?|fell)\s+out\b/giu, 'falling-out'],
];
/** A word one of CONCEPT_PHRASES needs: a cheap test before any of them is tried. */
export const CONCEPT_PHRASE_WORDS = /\b(?:power|cyber|odds|out)\b/i;
