/**
 * Concepts of a sentence, for matching a denial against the claim it rewords:
 * content words, lightly stemmed ("hidden" -> hide, "selling" -> sell), and a
 * SMALL table of common news synonyms folded onto one concept ("concealed" ~
 * "hidden", "buyer" ~ "sell"). Deliberately small: every group here makes two
 * different sentences look alike, so a group earns its place only when the two
 * words are near-interchangeable in news copy.
 */

const STOP = new Set(
  `a an the and or but nor so yet of in on at to for from by with without within into onto over under about above below
  after before since until between among against during through across along is are was were be been being am has have
  had do does did doing done will would shall should can could may might must that which who whom whose what when where
  why how this these those it its they them their theirs he him his she her hers we us our you your i me my as than then
  there here if not no never also said says say saying told tell tells according per each every such both either neither
  other another more most less least many much few several some any all only just very too still even again ago while
  although though because unless whether up down out off one now being made make makes claim claims claimed allegation
  allegations alleged allege alleges report reports reported deny denies denied denying reject rejected rejects rejecting
  dismissed dismiss dismisses false untrue baseless true statement statements government officials official spokesperson
  spokesman spokeswoman ministry minister added stated insisted asserted nobody anybody anything nothing none someone
  something everyone everything anyone look looking looked looks want wanted wants way ever already yesterday today
  tomorrow monday tuesday wednesday thursday friday saturday sunday week weeks month months year years last next time
  mr mrs ms dr`.split(/\s+/),
);

/** Irregular forms onto their base. */
const IRREGULAR: Record<string, string> = {
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
const GROUPS: readonly (readonly string[])[] = [
  ['hide', 'conceal', 'cover-up'],
  ['sell', 'dispos'],
  ['pay', 'compens'],
  ['kill', 'die', 'fatal', 'fatality'],
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
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/\bpower\s+(?:cut|failure|outage)s?\b/giu, 'power-cut'],
  [/\bcyber[\s-]+attacks?\b/giu, 'cyber-attack'],
  [/\bat\s+odds\b/giu, 'at-odds'],
  [/\b(?:fall(?:en|ing)?|fell)\s+out\b/giu, 'falling-out'],
];
const MAYBE_PHRASE = /\b(?:power|cyber|odds|out)\b/i;

const CANONICAL = new Map<string, string>();
for (const group of GROUPS) for (const w of group) CANONICAL.set(w, group[0]!);

/** Light suffix stripping: "concealed" -> conceal, "transfers" -> transfer, "released" -> releas, "violation" -> viol. */
export function lightStem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s?$/u, '');
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length > 4) {
    if (/ies$/.test(w) || /ied$/.test(w)) w = `${w.slice(0, -3)}y`;
    else if (/ations?$/.test(w) && w.length > 7) w = w.replace(/ations?$/, '');
    else if (/ments?$/.test(w) && w.length > 7) w = w.replace(/ments?$/, '');
    else if (/[ts]ions?$/.test(w) && w.length > 6) w = w.replace(/ions?$/, '');
    else if (/ings?$/.test(w) && w.length > 5) w = w.replace(/ings?$/, '');
    else if (/ed$/.test(w)) w = w.slice(0, -2);
    else if (/(?:ss|us|is)$/.test(w)) {
      /* "loss", "status", "crisis" keep their s */
    } else if (/(?:sh|ch|x|z|ss)es$/.test(w)) w = w.slice(0, -2);
    else if (/s$/.test(w)) w = w.slice(0, -1);
    // "transferred" -> transferr -> transfer; "planned" -> plann -> plan
    if (/([bdfgmnprt])\1$/.test(w)) w = w.slice(0, -1);
    if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
    // "violate"/"violated" -> viol, like "violation"
    if (w.length > 5 && /at$/.test(w)) w = w.slice(0, -2);
  }
  return w.length > 8 ? w.slice(0, 8) : w;
}

/** The concept a word stands for: its stem, folded onto a synonym group when it belongs to one. */
export function concept(word: string): string {
  let c = MEMO.get(word);
  if (c === undefined) {
    const s = lightStem(word);
    c = CANONICAL.get(s) ?? s;
    if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
    MEMO.set(word, c);
  }
  return c;
}

/** Words recur: stemming each spelling once keeps a 1 MB article fast. Bounded, so memory stays flat. */
const MEMO = new Map<string, string>();
const MEMO_LIMIT = 50_000;

export function isStopWord(word: string): boolean {
  return STOP.has(word.toLowerCase());
}

const WORD = /\p{L}[\p{L}\p{M}'’-]*|\d[\d,.]*/gu;

/** The concepts of a text (at most its first 2,000 characters). */
export function concepts(text: string): Set<string> {
  const out = new Set<string>();
  let bounded = text.length > 2000 ? text.slice(0, 2000) : text;
  if (MAYBE_PHRASE.test(bounded)) for (const [re, joined] of PHRASES) bounded = bounded.replace(re, joined);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(bounded); m !== null; m = WORD.exec(bounded)) {
    let c = RAW.get(m[0]);
    if (c === undefined) {
      const w = m[0].toLowerCase().replace(/['’]s?$/u, '');
      c = w.length < 3 || STOP.has(w) ? '' : concept(w);
      if (RAW.size >= MEMO_LIMIT) RAW.clear();
      RAW.set(m[0], c);
    }
    if (c !== '') out.add(c);
  }
  return out;
}

/** Token as written -> its concept, or '' for a stop word. */
const RAW = new Map<string, string>();

export function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const w of a) if (b.has(w)) out.push(w);
  return out;
}
