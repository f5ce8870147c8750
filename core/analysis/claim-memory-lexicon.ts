/**
 * The word lists claim memory reads (core/analysis/claim-memory.ts), as data
 * in one place. Lower case; surface forms, stemmed when the module loads.
 */

const words = (list: string): string[] => list.trim().split(/\s+/);

/**
 * Words that say nothing about what a claim asserts: function words,
 * attribution verbs, hedges and the qualifiers of a figure ("over",
 * "more than", "nearly"), which rewordings swap freely.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  words(`
  a an the and or but nor so yet of in on at to for from by with without within into onto upon over under about above
  below after before since until till between among amid amidst against during through throughout across along around
  beyond toward towards via per than then there here thus hence also too very just only even still again already ago
  is are was were be been being am has have had having do does did doing done will would shall should can could may
  might must ought that which who whom whose what when where why how this these those it its itself they them their
  theirs he him his she her hers we us our ours you your i me my mine as if whether because while although though
  unless once each every such both either neither other others another some any all most more less least many much
  few fewer several lot lots whole own same s t
  said says say saying told tell tells according added adding stated states claimed claims claim reportedly reported
  reports report announced asserted insisted noted explained confirmed acknowledged
  nearly almost about approximately roughly around some estimated estimate up down out off well
  over under upwards just least than more fewer less
  now today yesterday tomorrow recently currently new latest also however meanwhile moreover furthermore
  people person figure figures number numbers total totalling totaling
  mr mrs ms dr cent
`),
);

/**
 * Rewordings of the same assertion. Each group reads as its first word;
 * "deported", "expelled" and "repatriated" are one thing to a fact-checker
 * comparing two claims.
 */
export const SYNONYM_GROUPS: ReadonlyArray<readonly string[]> = [
  words('expel expelled expels expelling expulsion expulsions deport deported deports deporting deportation deportations deportee deportees repatriate repatriated repatriates repatriating repatriation evict evicted eviction'),
  words('kill killed kills killing killings dead death deaths died die dies dying slain fatalities fatality fatal'),
  words('injure injured injuries injury wounded wounding wounds hurt'),
  words('rise rose risen rises rising increase increased increases increasing grew grow grows growing growth climbed climb climbs jumped jump surged surge soared soar higher'),
  words('fall fell fallen falls falling decrease decreased decreases decreasing decline declined declines declining dropped drop drops dropping slumped slump plunged plunge shrank shrink lower'),
  words('arrest arrested arrests detain detained detention detentions'),
  words('release released releases freed free'),
  words('close closed closes closing closure shut shuts shutting'),
  words('open opened opens opening reopen reopened reopens reopening'),
  words('approve approved approves approval passed pass passes endorse endorsed'),
  words('reject rejected rejects rejection refuse refused refuses refusal veto vetoed'),
  words('win won wins winning victory'),
  words('lose lost loses losing defeat defeated'),
  words('ban banned bans banning prohibit prohibited prohibits forbid forbidden'),
  words('allow allowed allows permit permitted permits legalise legalised legalize legalized'),
  words('migrant migrants refugee refugees asylum seeker seekers'),
  words('afghan afghans afghanistan'),
  words('usa america american americans'),
  words('uk britain british'),
  words('hike hiked raise raised'),
  words('cut cuts slash slashed reduce reduced reduces reduction'),
  words('spend spent spending expenditure'),
  words('attack attacks attacked assault assaults strike strikes struck'),
  words('flee fled fleeing displaced displacement'),
  words('unemployment jobless joblessness'),
];

/**
 * Groups (named by their first word) that assert opposite things: a claim
 * saying "rose" and one saying "fell" about the same subject are two claims.
 */
export const OPPOSITES: ReadonlyArray<readonly [string, string]> = [
  ['rise', 'fall'],
  ['rise', 'cut'],
  ['hike', 'cut'],
  ['arrest', 'release'],
  ['close', 'open'],
  ['approve', 'reject'],
  ['win', 'lose'],
  ['ban', 'allow'],
];

/** Words that negate what a clause asserts; a denial reads as a negation of the claim it denies. */
export const NEGATIONS: ReadonlySet<string> = new Set(
  words(`not no never none nobody nothing neither nor cannot without deny denies denied denying dismissed dismisses
  refuted refutes false untrue baseless unfounded`),
);

export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);
/** Month names that are also common words: months only beside a number ("May 2024", "12 March"). */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jun', 'dec', 'sep', 'jan', 'aug', 'oct', 'nov', 'feb', 'apr', 'jul', 'sept']);

export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Multipliers written after a number: "800k", "4.2bn", "3 lakh", "eight hundred thousand". */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['k', 1e3], ['million', 1e6], ['millions', 1e6], ['m', 1e6], ['mn', 1e6], ['mln', 1e6],
  ['billion', 1e9], ['bn', 1e9], ['b', 1e9], ['trillion', 1e12], ['tn', 1e12], ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7],
  ['dozen', 12],
]);

export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'pc', 'pct']);
