/** Words that say nothing about what a claim asserts, for the two matchers that compare claims' words. Lower case. */
import { words } from './words';

/**
 * Words that say nothing about what a claim asserts: function words,
 * attribution verbs, hedges and the qualifiers of a figure ("over",
 * "more than", "nearly"), which rewordings swap freely.
 */
export const CLAIM_MEMORY_STOPWORDS: ReadonlySet<string> = words(`
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
`);

export const CONCEPT_STOPWORDS = new Set(
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

/** Words that carry no checkable content on their own. */
export const EMPTY_WORDS = new Set(
  `a an the and or but nor so yet of in on at to for from by with it its it's this that these those they them their he him
  his she her we us our you your i me my is are was were be been am has have had do does did not no never none nobody
  nothing one once all every everyone anyone someone some any here there then now just still also too very really
  isn't wasn't aren't weren't don't doesn't didn't won't can't cannot i'm i've i'd we're they're you're he's she's
  that's what who which when where why how said says say told added asked`.split(/\s+/),
);
